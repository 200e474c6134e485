"""Atom 1.0 feeds of the archive: everything, each person or organisation cited, each topic.

Every text and attribute goes through one escaping function, the one ElementTree applies (the feeds are
the XML ElementTree would write of them, byte for byte: tests/test_feeds.py holds them to it; writing
each entry through element trees is much slower). Timestamps come from article dates only, so a rebuild of
the same archive writes byte-identical feeds.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from build_scripts import site_paths
from build_scripts.build.memo import Same, computed
from build_scripts.model import ListedCredit, Listing, Person, Topic
from build_scripts.render.escaping import visible
from build_scripts.render.topic_pages import filed, topic_title
from build_scripts.site_config import SiteIdentity

"""The site's name, as in mkdocs.yml; also the author of last resort."""
FEED_LANGUAGE = "en"
"""Feed-level text (titles) is in the site's language; each entry carries its article's own."""
AUTHOR_ROLES = ("reported", "wrote")
"""Credit roles that make someone an author of the story; the rest contributed."""

_ATOM = "http://www.w3.org/2005/Atom"
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
        c._replace(name=people[c.person].name) if c.person is not None and c.person in people else c
        for c in article.credits
        if c.role in AUTHOR_ROLES
    ]


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(value: str) -> str:
    value = _text(value).replace('"', "&quot;")
    return value.replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")


def _attributes(attributes: Mapping[str, str]) -> str:
    return "".join(f' {name}="{_attribute(value)}"' for name, value in attributes.items())


def _leaf(tag: str, text: str | None = None, attributes: Mapping[str, str] | None = None) -> str:
    """An element holding text only (or nothing), on one line; XML 1.0 cannot hold some characters: they are left out.

    Callers give text a person reads (titles, names, summaries) as `visible` shows it, ids, URIs and terms as they are.
    """
    shown = _attributes({name: _xml_text(value) for name, value in attributes.items()}) if attributes else ""
    text = _xml_text(text) if text is not None else ""
    return f"<{tag}{shown}>{_text(text)}</{tag}>" if text else f"<{tag}{shown} />"


def _parent(tag: str, children: list[str], level: int, attributes: str = "") -> str:
    """An element holding elements, each on its own line, indented two spaces a level as `ET.indent` does."""
    inside = "\n" + "  " * (level + 1)
    return f"<{tag}{attributes}>{inside}{inside.join(children)}\n{'  ' * level}</{tag}>"


def _author(name: str, uri: str | None, level: int) -> str:
    return _parent("author", [_leaf("name", visible(name)), *([_leaf("uri", uri)] if uri else [])], level)


def _category(topic: Topic, language: str, scheme: str) -> dict[str, str]:
    """The topic as its `term` (its id, the same in every language), and as the article's reader names it (`label`)."""
    return {"term": topic.id, "scheme": scheme, "label": visible(topic.name(language))}


def _entry(article: Listing, people: Mapping[str, Person], site: SiteIdentity) -> str:
    """The article's `<entry>`, indented as inside a feed: the same text in every feed that lists it."""
    url = site_paths.absolute(site.url, site_paths.article_page_for(article.id))
    published = _timestamp(article.date)
    children = [
        _leaf("id", url),
        _leaf("title", visible(article.title), {"type": "text"}),
        _leaf("link", None, {"rel": "alternate", "type": "text/html", "href": url, "hreflang": article.language}),
        _leaf("published", published),
        _leaf("updated", published),
    ]
    credited = _authors(article, people)
    for credit in credited:
        uri = (
            site_paths.absolute(site.url, site_paths.registry_page(people[credit.person]))
            if credit.person is not None and credit.person in people
            else None
        )
        children.append(_author(credit.name, uri, 2))
    if not credited:
        children.append(_author(article.publisher or site.name, None, 2))
    scheme = site_paths.absolute(site.url, site_paths.TOPICS_INDEX)
    children += [_leaf("category", None, _category(topic, article.language, scheme)) for topic in article.topics]
    # The first paragraph as plain text; its line breaks are spaces, as on the page.
    if article.first_paragraph is not None:
        children.append(_leaf("summary", visible(article.first_paragraph.replace("\n", " ")), {"type": "text"}))
    return _parent("entry", children, 1, _attributes({"xml:lang": article.language}))


def _feed_xml(feed: _Feed, entries: list[bytes], updated: str, site: SiteIdentity) -> bytes:
    head = [
        _leaf("id", site_paths.absolute(site.url, feed.path)),
        _leaf("title", visible(feed.title), {"type": "text"}),
        _leaf("updated", updated),
        _leaf("link", None, {"rel": "self", "type": "application/atom+xml", "href": site_paths.absolute(site.url, feed.path)}),
        _leaf("link", None, {"rel": "alternate", "type": "text/html", "href": site_paths.absolute(site.url, feed.page)}),
        _author(site.name, site_paths.absolute(site.url, site_paths.HOME), 1),
    ]
    root = _parent("feed", head, 0, _attributes({"xmlns": _ATOM, "xml:lang": FEED_LANGUAGE})).removesuffix("\n</feed>")
    return b"\n  ".join([f'<?xml version="1.0" encoding="utf-8"?>\n{root}'.encode(), *entries]) + b"\n</feed>\n"


def archive_feeds(
    articles: Sequence[Listing], people: Mapping[str, Person], site: SiteIdentity, limit: int = 50
) -> dict[str, bytes]:
    """`{docs-relative path: Atom XML, UTF-8}`: the whole archive, each person or organisation cited (quoted, or a
    claim reported), each topic; newest first.

    With a memo in effect, a feed whose newest `limit` articles are unchanged is not written again.
    """
    quoting: dict[str, list[Listing]] = {}
    for article in articles:
        for speaker in dict.fromkeys(a.source for a in article.attributions if a.source):
            quoting.setdefault(speaker, []).append(article)
    feeds = [(_Feed(site_paths.feed_file("all"), site.name, site_paths.HOME), list(articles))]
    for source_id, citing in quoting.items():
        source = people[source_id]
        title = f"Articles citing {source.name} — {site.name}"
        path = site_paths.feed_file(site_paths.registry_folder(source.kind), source_id)
        feeds.append((_Feed(path, title, site_paths.registry_page(source)), citing))
    for topic, filed_articles in filed(articles):
        path = site_paths.feed_file("topics", topic.id)
        feeds.append((_Feed(path, f"{topic_title(topic)} — {site.name}", site_paths.topic_page(topic.id)), filed_articles))
    xml = {}
    entry_xml: dict[str, bytes] = {}
    for feed, chosen in feeds:
        entries = sorted(chosen, key=lambda a: (a.date, a.id), reverse=True)[:limit]
        key = ("feed", feed, tuple(map(Same, entries)), Same(people), site)
        xml[feed.path] = computed(key, functools.partial(_written, feed, entries, entry_xml, people, site))
    return xml


def _written(
    feed: _Feed, entries: list[Listing], entry_xml: dict[str, bytes], people: Mapping[str, Person], site: SiteIdentity
) -> bytes:
    """A feed's XML; each article's entry made once for all the feeds it is in (`entry_xml`)."""
    for article in entries:
        if article.id not in entry_xml:
            entry_xml[article.id] = _entry(article, people, site).encode()
    updated = _timestamp(entries[0].date) if entries else _EMPTY_FEED_UPDATED
    return _feed_xml(feed, [entry_xml[a.id] for a in entries], updated, site)
