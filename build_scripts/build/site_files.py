"""Every generated file of the site, as docs-relative path → content (pages as blocks, feeds, data)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from build_scripts import site_paths
from build_scripts.build.memo import Memo, Same, computed
from build_scripts.model import Article, Listing, Person
from build_scripts.read.archive import Archive, Head, Links
from build_scripts.render import list_pages
from build_scripts.render.article_page import render_article
from build_scripts.render.feeds import archive_feeds
from build_scripts.render.page_blocks import PageSource
from build_scripts.render.web_annotations import annotation_exports
from build_scripts.search.records import SearchRecord, search_records

HOME_INTRO = (
    "News articles in Indonesian and English, each quote footnoted to the person who said it "
    "and each story credited to the journalists who reported it."
)


DEFAULT_SITE_URL = "http://127.0.0.1:8000/"

Generated = PageSource | str | bytes
"""A page (written out as Markdown, or handed to MkDocs as HTML), or a file's content (feeds, data).

Feeds and annotation exports are UTF-8 bytes: as text, one curly quote made a whole string two bytes a
character, and they are 170 MB of text at 10,000 articles."""


def generate_pages(archive: Archive, site_url: str = DEFAULT_SITE_URL, memo: Memo | None = None) -> dict[str, Generated]:
    """`site_url` makes the absolute links feeds and structured data need.

    With a `memo` (`mkdocs serve`), a file whose inputs are unchanged since the last build is not made again.
    """
    return generate_site(archive, site_url, memo)[0]


def generate_site(
    archive: Archive,
    site_url: str = DEFAULT_SITE_URL,
    memo: Memo | None = None,
    records_ready: Callable[[tuple[SearchRecord, ...]], None] | None = None,
) -> tuple[dict[str, Generated], tuple[SearchRecord, ...]]:
    """Every generated file, and each article's search record: what a build makes of the archive.

    The records first, handed at once to `records_ready` (the hook starts the search index with them).
    All of it in this process: `site_build` shares a big archive's loading and generating between two.
    """
    records = search_records(archive, memo)
    if records_ready is not None:
        records_ready(records)
    articles, people = archive.articles, archive.people
    # The same article gives the same listing, so with a memo the lists see which of their items are unchanged.
    listings = tuple(computed(memo, ("listing", Same(a)), lambda a=a: Listing.of(a)) for a in articles)
    files: dict[str, Generated] = {site_paths.HOME: home_page(listings, people)}
    files |= article_pages(archive, site_url, memo)
    files |= export_files(articles, people, site_url, memo)
    return files | list_files(listings, people, site_url, memo), records


def home_page(listings: Sequence[Listing], people: Mapping[str, Person]) -> PageSource:
    return list_pages.home(listings, people, HOME_INTRO)


def article_pages(archive: Archive, site_url: str = DEFAULT_SITE_URL, memo: Memo | None = None) -> dict[str, Generated]:
    """Each article's page, newest first."""
    links = Links.of([Head.of(article) for article in archive.articles])
    return {site_paths.article_page(a): article_page(a, archive.people, links, site_url, memo) for a in archive.articles}


def export_files(
    articles: tuple[Article, ...], people: Mapping[str, Person], site_url: str = DEFAULT_SITE_URL, memo: Memo | None = None
) -> dict[str, bytes]:
    """Each article's annotations as JSON-LD, for annotation tools."""
    exports: dict[str, bytes] = {}
    for article in articles:
        exports |= computed(
            memo, ("export", Same(article), Same(people), site_url), lambda a=article: annotation_exports((a,), people, site_url)
        )
    return exports


def list_files(
    articles: Sequence[Listing], people: Mapping[str, Person], site_url: str = DEFAULT_SITE_URL, memo: Memo | None = None
) -> dict[str, Generated]:
    """The pages listing articles (by date, topic, person) and the feeds."""
    pages: dict[str, Generated] = {}
    pages |= list_pages.time_pages(articles, memo)
    pages |= list_pages.tag_pages(articles, memo)
    pages |= list_pages.people_pages(articles, people, memo)
    pages |= archive_feeds(articles, people, site_url, memo=memo)
    return pages


def as_files(pages: Mapping[str, Generated]) -> dict[str, str]:
    """The generated files' text, pages as Markdown: what `build --out` writes for any MkDocs to build."""
    return {path: _text(content) for path, content in pages.items()}


def _text(content: Generated) -> str:
    if isinstance(content, PageSource):
        return content.markdown()
    return content.decode() if isinstance(content, bytes) else content


def article_page(
    article: Article, people: Mapping[str, Person], links: Links, site_url: str, memo: Memo | None = None
) -> PageSource:
    """An article's page (`article` with its translations linked), given only the titles it shows: with a memo,
    those, its neighbours and the article itself are its whole key."""
    around, needed = links_shown(article, links)
    key = ("article", Same(article), Same(people), tuple(sorted(needed.items())), around, site_url)
    return computed(memo, key, lambda: render_article(article, people, needed, around, site_url))


def links_shown(article: Article, links: Links) -> tuple[tuple[str | None, str | None], dict[str, tuple[str, str]]]:
    """What an article's page shows of the others: its (older, newer) neighbours, and the titles of those, of
    its original and of its translations (`article` with its translations linked)."""
    around = links.around(article.id)
    original = article.annotations.original
    shown = [*around, *article.translations, original.article if original else None]
    return around, {other: links.titles[other] for other in shown if other in links.titles}
