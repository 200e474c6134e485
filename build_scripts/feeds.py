"""Atom 1.0 feeds of the archive: everything, each person quoted, each tag.

Feeds are built as element trees, never as strings, so every title and summary
is escaped; timestamps come from article dates only, so a rebuild of the same
archive writes byte-identical feeds.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import site_paths
from .memo import Memo, Same, computed
from .model import ListedCredit, Listing, Person

SITE_NAME = "Annotated News Archive"
"""The site's name, as in mkdocs.yml; also the author of last resort."""
FEED_LANGUAGE = "en"
"""Feed-level text (titles) is in the site's language; each entry carries its article's own."""
AUTHOR_ROLES = ("reported", "wrote")
"""Credit roles that make someone an author of the story; the rest contributed."""

_ATOM = "http://www.w3.org/2005/Atom"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z"
"""`updated` is required even of a feed with no entries; a fixed date keeps it reproducible."""
# Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class _Feed:
    """What one feed is about; entries are chosen by the caller."""

    path: str
    title: str
    page: str
    """The HTML page the feed mirrors (its `rel=alternate`)."""


def _xml_text(text: str) -> str:
    """Text XML 1.0 can hold: forbidden characters are dropped, since no escape can represent them."""
    return _NOT_XML.sub("", text)


def _timestamp(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00Z"


def _authors(article: Listing, people: Mapping[str, Person]) -> list[ListedCredit]:
    """Credits that authored the story, named as in the registry when they are in it."""
    return [
        c._replace(name=people[c.person].name) if c.person in people else c
        for c in article.credits
        if c.role in AUTHOR_ROLES
    ]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: _xml_text(v) for k, v in attributes.items()})
    if text is not None:
        element.text = _xml_text(text)
    return element


def _author(parent: ET.Element, name: str, uri: str | None = None) -> None:
    author = _sub(parent, "author")
    _sub(author, "name", name)
    if uri:
        _sub(author, "uri", uri)


def _entry(article: Listing, people: Mapping[str, Person], site_url: str) -> str:
    """The article's `<entry>`, indented as inside a feed: the same text in every feed that lists it."""
    url = site_paths.absolute(site_url, site_paths.article_page_for(article.id))
    entry = ET.Element("entry", {_XML_LANG: article.language})
    _sub(entry, "id", url)
    _sub(entry, "title", article.title, type="text")
    _sub(entry, "link", rel="alternate", type="text/html", href=url, hreflang=article.language)
    _sub(entry, "published", _timestamp(article.date))
    _sub(entry, "updated", _timestamp(article.date))
    credited = _authors(article, people)
    for credit in credited:
        uri = site_paths.absolute(site_url, site_paths.person_page(credit.person)) if credit.person in people else None
        _author(entry, credit.name, uri)
    if not credited:
        _author(entry, article.publisher or SITE_NAME)
    scheme = site_paths.absolute(site_url, site_paths.TAGS_INDEX)
    for tag in article.tags:
        _sub(entry, "category", term=tag, scheme=scheme)
    # The first paragraph as plain text; its line breaks are spaces, as on the page.
    if article.first_paragraph is not None:
        _sub(entry, "summary", article.first_paragraph.replace("\n", " "), type="text")
    ET.indent(entry, level=1)
    return ET.tostring(entry, encoding="unicode")


def _feed_xml(feed: _Feed, entries: list[bytes], updated: str, site_url: str) -> bytes:
    root = ET.Element("feed", {"xmlns": _ATOM, _XML_LANG: FEED_LANGUAGE})
    _sub(root, "id", site_paths.absolute(site_url, feed.path))
    _sub(root, "title", feed.title, type="text")
    _sub(root, "updated", updated)
    _sub(root, "link", rel="self", type="application/atom+xml", href=site_paths.absolute(site_url, feed.path))
    _sub(root, "link", rel="alternate", type="text/html", href=site_paths.absolute(site_url, feed.page))
    _author(root, SITE_NAME, site_paths.absolute(site_url, site_paths.HOME))
    ET.indent(root)
    head = ET.tostring(root, encoding="unicode").removesuffix("\n</feed>")
    return b"\n  ".join([f'<?xml version="1.0" encoding="utf-8"?>\n{head}'.encode(), *entries]) + b"\n</feed>\n"


def archive_feeds(
    articles: Sequence[Listing], people: Mapping[str, Person], site_url: str, limit: int = 50, memo: Memo | None = None
) -> dict[str, bytes]:
    """`{docs-relative path: Atom XML, UTF-8}`: the whole archive, each quoted person, each tag; newest first.

    With a `memo`, a feed whose newest `limit` articles are unchanged is not written again.
    """
    quoting: dict[str, list[Listing]] = {}
    tagged: dict[str, tuple[str, list[Listing]]] = {}
    for article in articles:
        for speaker in dict.fromkeys(q.speaker for q in article.quotes):
            quoting.setdefault(speaker, []).append(article)
        for tag in dict.fromkeys(article.tags):
            # Tags spelled differently but sharing a slug share a page, so they share a feed too.
            tagged.setdefault(site_paths.tag_slug(tag), (tag, []))[1].append(article)
    feeds = [(_Feed(site_paths.feed_file("all"), SITE_NAME, site_paths.HOME), list(articles))]
    for person_id, quoted in quoting.items():
        title = f"Articles quoting {people[person_id].name} — {SITE_NAME}"
        feeds.append((_Feed(site_paths.feed_file("people", person_id), title, site_paths.person_page(person_id)), quoted))
    for slug, (tag, tagged_articles) in tagged.items():
        feed = _Feed(site_paths.feed_file("tags", slug), f"Topic: {tag} — {SITE_NAME}", site_paths.tag_page(tag))
        feeds.append((feed, tagged_articles))
    xml = {}
    entry_xml: dict[str, bytes] = {}
    for feed, chosen in feeds:
        entries = sorted(chosen, key=lambda a: (a.date, a.id), reverse=True)[:limit]
        key = ("feed", feed, tuple(map(Same, entries)), Same(people), site_url)

        def written() -> bytes:
            for article in entries:
                if article.id not in entry_xml:
                    entry_xml[article.id] = _entry(article, people, site_url).encode()
            updated = _timestamp(entries[0].date) if entries else _EMPTY_FEED_UPDATED
            return _feed_xml(feed, [entry_xml[a.id] for a in entries], updated, site_url)

        xml[feed.path] = computed(memo, key, written)
    return xml
