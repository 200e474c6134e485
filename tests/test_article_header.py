"""What a reader meets under an article's headline: the byline, the dateline, the source as a named link; and
the way back up (breadcrumbs) above it."""

from __future__ import annotations

from build_scripts.build.pipeline import generate_pages
from build_scripts.read.archive import load_archive
from build_scripts.render.page_blocks import PageSource

from html_text import article_paragraphs
from support import PEOPLE, SITE_IDENTITY, collapsed

STORY = "articles/2024/2024-10-23-story"
TEXT = """\
Bridge vote delayed

WASHINGTON (AP) — The council delayed its vote on the bridge.

___

Jari Tanner reported from Helsinki. Kim Tong-hyung wrote this story. Danica Kirka contributed.
"""


def _page(annotations: str) -> PageSource:
    archive = load_archive(
        {"articles/people.yml": PEOPLE.encode(), f"{STORY}.txt": TEXT.encode(), f"{STORY}.yml": annotations.encode()}
    )
    page = generate_pages(archive, SITE_IDENTITY)[f"{STORY}.md"]
    assert isinstance(page, PageSource)
    return page


def test_the_byline_names_the_reporters_and_writers_under_the_headline_and_links_the_registered() -> None:
    html = _page("language: en\n").html()
    shown = [collapsed(p) for p in article_paragraphs(html)]
    assert shown[:2] == ["By Jari Tanner and Kim Tong-hyung", "Washington · October 23, 2024 · English"]
    assert '<p class="article-byline">By <a href="../../../people/jari-tanner/">Jari Tanner</a> and Kim Tong-hyung</p>' in html


def test_a_source_given_only_by_its_address_is_named_by_its_site() -> None:
    html = _page("language: en\nsource:\n  url: https://example.org/news/2024/bridge\n").html()
    assert 'Source: <a href="https://example.org/news/2024/bridge">example.org</a></p>' in html


def test_breadcrumbs_lead_to_home_the_year_and_the_month_in_the_article_language() -> None:
    html = _page("language: id\n").html()
    assert html.startswith(
        '<nav class="breadcrumbs" aria-label="Posisi Anda"><ol><li><a href="../../../">Beranda</a></li>'
        '<li><a href="../">2024</a></li><li><a href="../10/">Oktober 2024</a></li></ol></nav>'
    )
