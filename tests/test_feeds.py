"""Atom feeds: valid for a real feed reader, newest first, absolute links, hostile text kept as text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser
import pytest

from build_scripts import site_paths
from build_scripts.model import Listing
from build_scripts.read.archive import Archive, load_archive
from build_scripts.read.files import read_sources
from build_scripts.render.feeds import archive_feeds
from build_scripts.site_config import SiteIdentity

from support import ARTICLE, PEOPLE, REPO, SITE_NAME

SITE = "https://example.org/news/"
IDENTITY = SiteIdentity(SITE_NAME, SITE)
HOSTILE_TITLE = 'Evil <script>alert("x")</script> & co \x01\x1b]0;pwn\x07 </feed> ]]>'
HOSTILE_SHOWN = 'Evil <script>alert("x")</script> & co \u2401\u241b]0;pwn\u2407 </feed> ]]>'
"""As the page shows it: control characters as control pictures."""
FILES = {
    "articles/people.yml": PEOPLE.encode(),
    "articles/topics.yml": b"""\
north-korea: {name: {en: North Korea, id: Korea Utara}, tags: [korea-utara]}
russia: {name: {en: Russia, id: Rusia}, tags: rusia}
""",
    "articles/2024/2024-10-23-troops.txt": ARTICLE.encode(),
    "articles/2024/2024-10-23-troops.yml": b"""\
language: en
source: {publisher: Associated Press}
tags: [North Korea, russia]
quotes:
  - {quote: we see evidence, speaker: lloyd-austin}
  - {quote: "It is a very serious matter,", speaker: john-kirby}
""",
    "articles/2024/2024-11-02-hostile.txt": (
        f"{HOSTILE_TITLE}\n\nFirst <b>para</b> & \x02more\non two lines.\n\nSecond.\n"
    ).encode(),
    "articles/2024/2024-11-02-hostile.yml": b"""\
language: en
tags: [korea-utara]
byline: [{name: "Ann <Writer>", role: wrote}, {name: Helper, role: contributed}]
quotes:
  - {quote: Second, speaker: lloyd-austin}
""",
    "articles/2023/2023-05-01-old.txt": b"Old news\n\nNothing to see.\n",
}


@pytest.fixture(scope="module")
def archive() -> Archive:
    archive = load_archive(FILES)
    assert archive.problems == ()
    return archive


def _listings(archive: Archive) -> tuple[Listing, ...]:
    return tuple(map(Listing.of, archive.articles))


@pytest.fixture(scope="module")
def feeds(archive: Archive) -> dict[str, bytes]:
    return archive_feeds(_listings(archive), archive.people, IDENTITY)


def parsed(xml: str | bytes) -> feedparser.FeedParserDict:
    feed = feedparser.parse(xml)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


def test_one_feed_for_all_each_quoted_person_and_each_topic(feeds: dict[str, bytes]) -> None:
    assert set(feeds) == {
        "feeds/atom.xml",
        "feeds/people/lloyd-austin.xml",
        "feeds/people/john-kirby.xml",
        "feeds/topics/north-korea.xml",
        "feeds/topics/russia.xml",
    }


def test_every_feed_is_well_formed_atom(feeds: dict[str, bytes]) -> None:
    for path, xml in feeds.items():
        root = ET.fromstring(xml)
        assert root.tag == "{http://www.w3.org/2005/Atom}feed", path
        feed = parsed(xml)
        assert feed.version == "atom10"
        links = {link.rel: link.href for link in feed.feed.links}
        assert links["self"] == site_paths.absolute(SITE, path)
        assert feed.feed.id == links["self"]
        assert all(entry.get("authors") for entry in feed.entries), path


def test_whole_archive_feed_is_newest_first_with_absolute_unique_links(feeds: dict[str, bytes]) -> None:
    feed = parsed(feeds["feeds/atom.xml"])
    assert feed.feed.title == "Annotated News Archive"
    assert {link.rel: link.href for link in feed.feed.links}["alternate"] == SITE
    assert [entry.link for entry in feed.entries] == [
        f"{SITE}articles/2024/2024-11-02-hostile/",
        f"{SITE}articles/2024/2024-10-23-troops/",
        f"{SITE}articles/2023/2023-05-01-old/",
    ]
    assert [entry.id for entry in feed.entries] == [entry.link for entry in feed.entries]
    assert feed.feed.updated == "2024-11-02T00:00:00Z"
    assert [entry.published for entry in feed.entries] == ["2024-11-02T00:00:00Z", "2024-10-23T00:00:00Z", "2023-05-01T00:00:00Z"]


def test_person_feed_lists_only_articles_citing_them(feeds: dict[str, bytes]) -> None:
    kirby = parsed(feeds["feeds/people/john-kirby.xml"])
    assert kirby.feed.title == "Articles citing John Kirby — Annotated News Archive"
    assert {link.rel: link.href for link in kirby.feed.links}["alternate"] == f"{SITE}people/john-kirby/"
    assert [entry.id for entry in kirby.entries] == [f"{SITE}articles/2024/2024-10-23-troops/"]
    austin = parsed(feeds["feeds/people/lloyd-austin.xml"])
    assert len(austin.entries) == 2


def test_names_of_one_topic_share_its_feed_and_entries_carry_its_id_and_name(feeds: dict[str, bytes]) -> None:
    feed = parsed(feeds["feeds/topics/north-korea.xml"])
    assert feed.feed.title == "Topic: North Korea — Annotated News Archive"
    assert {link.rel: link.href for link in feed.feed.links}["alternate"] == f"{SITE}topics/north-korea/"
    assert [entry.id.rsplit("/", 2)[1] for entry in feed.entries] == ["2024-11-02-hostile", "2024-10-23-troops"]
    categories = [(tag.term, tag.label, tag.scheme) for tag in feed.entries[1].tags]
    assert categories == [("north-korea", "North Korea", f"{SITE}topics/"), ("russia", "Russia", f"{SITE}topics/")]


def test_hostile_text_comes_back_as_literal_text(feeds: dict[str, bytes]) -> None:
    for xml in feeds.values():
        assert b"\x01" not in xml and b"\x02" not in xml and b"<script>" not in xml
    entry = parsed(feeds["feeds/atom.xml"]).entries[0]
    assert entry.title == HOSTILE_SHOWN
    assert entry.summary == "First <b>para</b> & \u2402more on two lines."
    assert entry.title_detail.type == "text/plain"
    assert [author.name for author in entry.authors] == ["Ann <Writer>"]


def test_authors_are_reporters_or_else_the_publisher_with_entry_language(feeds: dict[str, bytes]) -> None:
    _, troops, old = parsed(feeds["feeds/atom.xml"]).entries
    assert [author.name for author in troops.authors] == ["Baldor"]
    assert [author.name for author in old.authors] == ["Annotated News Archive"]
    assert troops.title_detail.language == "en"


def test_publisher_authors_an_uncredited_article_and_the_limit_keeps_the_newest() -> None:
    files = {**FILES, "articles/2024/2024-10-23-troops.txt": ARTICLE.split("___")[0].encode()}
    archive = load_archive(files)
    feeds = archive_feeds(_listings(archive), archive.people, IDENTITY, limit=2)
    entries = parsed(feeds["feeds/atom.xml"]).entries
    assert [entry.title for entry in entries] == [HOSTILE_SHOWN, "Title of the story"]
    assert [author.name for author in entries[1].authors] == ["Associated Press"]


def test_an_empty_archive_still_has_a_valid_feed() -> None:
    feeds = archive_feeds((), {}, IDENTITY)
    feed = parsed(feeds["feeds/atom.xml"])
    assert list(feeds) == ["feeds/atom.xml"] and feed.entries == []
    assert feed.feed.updated == "1970-01-01T00:00:00Z"


def _as_element_tree_writes_it(xml: bytes) -> bytes:
    """The feed parsed and written again by ElementTree, indented as `ET.indent` indents."""
    ET.register_namespace("", "http://www.w3.org/2005/Atom")
    root = ET.fromstring(xml)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False) + b"\n"


def test_feeds_are_the_xml_element_tree_writes_hostile_text_included(feeds: dict[str, bytes]) -> None:
    """Written as text for speed, escaped and indented exactly as ElementTree writes the same elements."""
    assert HOSTILE_TITLE.encode() not in feeds["feeds/atom.xml"]
    for path, xml in feeds.items():
        assert xml == _as_element_tree_writes_it(xml), path


def test_real_archive_feeds_are_valid_and_reproducible() -> None:
    archive = load_archive(read_sources(REPO))
    feeds = archive_feeds(_listings(archive), archive.people, IDENTITY)
    assert feeds == archive_feeds(_listings(archive), archive.people, IDENTITY)
    for xml in feeds.values():
        assert xml == _as_element_tree_writes_it(xml)
        feed = parsed(xml)
        ids = [entry.id for entry in feed.entries]
        assert len(ids) == len(set(ids)) > 0
        assert all(entry.link.startswith(SITE) for entry in feed.entries)
    assert len(parsed(feeds["feeds/atom.xml"]).entries) == len(archive.articles)
