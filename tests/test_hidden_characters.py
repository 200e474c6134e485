"""Hidden characters are shown the same way in every output a person reads, and links keep their URL.

The case `tests/hostile/hidden-characters-everywhere` holds a right-to-left override, a soft hyphen, a Hangul
filler, a musical and a shorthand format control in a title, paragraphs, a role, a context, a note, a
publisher, a topic, a person's name and description, and in URLs. Its page is checked by the hostile
catalogue; here, every other output: the feeds, the JSON-LD, the search record and the W3C export show the
same `[U+XXXX]` marks as the page, the export's selectors keep the raw text they must match, and every link
points where its URL was written.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest

from build_scripts import site_paths
from build_scripts.build.pipeline import generate_pages
from build_scripts.model import Listing, Person
from build_scripts.read.archive import Archive, load_archive
from build_scripts.read.files import read_sources
from build_scripts.render.article_page import text_fragment
from build_scripts.render.escaping import visible
from build_scripts.render.feeds import archive_feeds
from build_scripts.render.page_blocks import PageSource
from build_scripts.render.web_annotations import article_annotations
from build_scripts.search.records import search_record

from support import REPO, SITE_IDENTITY, Page

CASE = REPO / "tests" / "hostile" / "hidden-characters-everywhere"
ARTICLE_ID = "2024-01-24-hidden-characters-everywhere"
HIDDEN = "\u202e\u00ad\u3164\U0001d173\U0001bca0"
MARKS = "[U+202E][U+00AD][U+3164][U+1D173][U+1BCA0]"
ENCODED = quote(HIDDEN, safe="")
ATOM = "{http://www.w3.org/2005/Atom}"
_READ_IN_FEEDS = {f"{ATOM}{tag}" for tag in ("title", "name", "summary")}


@pytest.fixture(scope="module")
def archive() -> Archive:
    archive = load_archive(read_sources(CASE))
    assert archive.problems == ()
    return archive


@pytest.fixture(scope="module")
def pages(archive: Archive) -> dict[str, str]:
    return {path: page.html() for path, page in generate_pages(archive, SITE_IDENTITY).items() if isinstance(page, PageSource)}


def _shown(text: str) -> str:
    return text.replace(HIDDEN, MARKS)


def _article_page(pages: dict[str, str]) -> Page:
    return Page(pages[f"articles/2024/{ARTICLE_ID}.md"])


def _links(page: Page) -> set[str]:
    return {attributes["href"] or "" for tag, attributes in page.tags if tag == "a" and attributes.get("href")}


def test_the_page_marks_every_hidden_character(pages: dict[str, str]) -> None:
    page = _article_page(pages)
    assert page.heading is not None and _shown(f"Title{HIDDEN}hidden{HIDDEN}characters") in page.heading
    for text in (
        f"The paragraph{HIDDEN}holds them",
        f"Secretary{HIDDEN}of Secrets",
        f"at a briefing{HIDDEN}in private",
        f"A note{HIDDEN}that hides",
        f"Hidden{HIDDEN}Speaker",
        f"Hidden{HIDDEN}Wire",
    ):
        assert _shown(text) in page.visible_text
    assert not set(HIDDEN) & set(page.visible_text)


def test_links_keep_the_url_as_written_and_their_text_shows_the_marks(pages: dict[str, str]) -> None:
    hrefs = _links(_article_page(pages))
    assert f"https://example.org/story{ENCODED}page" in hrefs
    assert f"https://example.org/briefing{ENCODED}transcript" in hrefs
    assert not [href for href in hrefs if "[U+" in href or set(HIDDEN) & set(href)]
    person = Page(pages[site_paths.registry_page(Person("hidden-speaker", "Hidden Speaker"))])
    assert f"https://example.org/people/hidden{ENCODED}speaker" in _links(person)
    assert _shown(f"https://example.org/people/hidden{HIDDEN}speaker") in person.visible_text
    assert _shown(f"Hidden{HIDDEN}Speaker") in person.visible_text
    assert _shown(f"Minister{HIDDEN}of Secrets") in person.visible_text


def test_the_feeds_show_the_marks(archive: Archive) -> None:
    feeds = archive_feeds(tuple(map(Listing.of, archive.articles)), archive.people, SITE_IDENTITY)
    entry = ET.fromstring(feeds["feeds/atom.xml"]).find(f"{ATOM}entry")
    assert entry is not None
    assert entry.findtext(f"{ATOM}title") == _shown(f"Title{HIDDEN}hidden{HIDDEN}characters")
    summary = entry.findtext(f"{ATOM}summary") or ""
    assert summary.startswith(_shown(f"The paragraph{HIDDEN}holds them"))
    category = entry.find(f"{ATOM}category")
    assert category is not None and category.attrib["term"] == site_paths.topic_slug(f"secret{HIDDEN}topic")
    assert category.attrib["label"] == _shown(f"secret{HIDDEN}topic")
    person_feed = ET.fromstring(feeds[site_paths.feed_file("people", "hidden-speaker")])
    assert _shown(f"Articles citing Hidden{HIDDEN}Speaker") in (person_feed.findtext(f"{ATOM}title") or "")
    for path, xml in feeds.items():
        read = [element.text or "" for element in ET.fromstring(xml).iter() if element.tag in _READ_IN_FEEDS]
        read += [element.attrib.get("label", "") for element in ET.fromstring(xml).iter(f"{ATOM}category")]
        assert not set(HIDDEN) & set("".join(read)), path


def test_the_json_ld_shows_the_marks_and_keeps_the_urls(pages: dict[str, str]) -> None:
    (data,) = [
        json.loads(content)
        for attributes, content in _article_page(pages).scripts
        if attributes.get("type") == "application/ld+json"
    ]
    assert data["headline"] == _shown(f"Title{HIDDEN}hidden{HIDDEN}characters")
    assert data["publisher"]["name"] == _shown(f"Hidden{HIDDEN}Wire")
    assert data["keywords"] == [_shown(f"secret{HIDDEN}topic")]
    assert data["correction"] == [{"@type": "CorrectionComment", "text": _shown(f"A note{HIDDEN}that hides")}]
    (quotation,) = data["hasPart"]
    assert quotation["text"] == _shown(f"pay{HIDDEN}0001 dollars")
    assert quotation["creator"]["name"] == _shown(f"Hidden{HIDDEN}Speaker")
    assert quotation["creator"]["sameAs"] == f"https://example.org/people/hidden{ENCODED}speaker"
    assert quotation["citation"] == f"https://example.org/briefing{ENCODED}transcript"
    assert data["isBasedOn"] == f"https://example.org/story{ENCODED}page"
    assert not set(HIDDEN) & set(json.dumps(data, ensure_ascii=False))


def test_the_search_record_shows_the_marks(archive: Archive) -> None:
    (article,) = archive.articles
    record = search_record(article, archive.people)
    assert record.meta["title"] == _shown(f"Title{HIDDEN}hidden{HIDDEN}characters")
    content = record.content.decode()
    for text in (f"The paragraph{HIDDEN}holds them", f"Hidden{HIDDEN}Speaker, Secretary{HIDDEN}of Secrets"):
        assert _shown(text) in content
    assert record.filters["person"] == (_shown(f"Hidden{HIDDEN}Speaker"),)
    assert record.filters["topic"] == (_shown(f"secret{HIDDEN}topic"),)
    assert not set(HIDDEN) & set(content + record.meta["title"])


def test_the_annotation_export_shows_the_marks_and_its_selectors_keep_the_raw_text(archive: Archive) -> None:
    (article,) = archive.articles
    export = json.loads(article_annotations(article, archive.people, SITE_IDENTITY.url))
    assert export["label"] == _shown(f"Title{HIDDEN}hidden{HIDDEN}characters")
    quote_annotation, note_annotation = export["first"]["items"]
    description = quote_annotation["body"][0]["value"]
    assert description.startswith(_shown(f"Hidden{HIDDEN}Speaker, Secretary{HIDDEN}of Secrets."))
    assert _shown(f"at a briefing{HIDDEN}in private") in description
    assert note_annotation["body"]["value"] == _shown(f"A note{HIDDEN}that hides")
    quote_selector = quote_annotation["target"]["selector"]
    assert quote_selector["exact"] == f"pay{HIDDEN}0001 dollars"
    assert quote_selector["prefix"].endswith("the minister said “")
    assert quote_selector["suffix"].startswith("” to reporters.")
    note_selector = note_annotation["target"]["selector"]
    assert note_selector["exact"] == f"note{HIDDEN}here"
    assert note_selector["prefix"] == f"A second{HIDDEN}paragraph, with a "
    paragraph = article.raw.body[1].text
    assert note_selector["prefix"] + note_selector["exact"] + note_selector["suffix"] == paragraph


def test_a_variation_selector_is_shown_unless_it_changes_the_character_before_it() -> None:
    """An emoji's, a CJK ideograph's selector stays; one after a space or another selector (a message hidden in
    a run of them after an emoji) is marked, on the page and in every other output that goes through `visible`."""
    assert visible("\u2764\ufe0f \u8fbb\U000e0100") == "\u2764\ufe0f \u8fbb\U000e0100"
    assert visible("\u2764\ufe0f\ufe01\U000e0101") == "\u2764\ufe0f[U+FE01][U+E0101]"
    assert visible("a \ufe0f") == "a [U+FE0F]"
    assert visible("\ufe0f") == "[U+FE0F]"


def test_a_piece_of_a_paragraph_is_shown_as_in_the_whole_paragraph() -> None:
    """A quote's span can start at a selector: whether it is marked depends on the character before the span."""
    assert text_fragment("\ufe0f and more", "\u2764") == "\ufe0f and more"
    assert text_fragment("\ufe0f and more", "\ufe0f") == "[U+FE0F] and more"
    assert text_fragment("\ufe0f and more") == "[U+FE0F] and more"
    assert visible("\ufe0f!", "\u2764") == "\ufe0f!" and visible("\ufe0f!", " ") == "[U+FE0F]!"
