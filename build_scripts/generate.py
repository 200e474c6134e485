"""Every generated file of the site, as docs-relative path → content (pages as blocks, feeds, data)."""

from __future__ import annotations

from collections.abc import Mapping

from . import parallel, render_lists, site_paths
from .archive import Archive
from .feeds import archive_feeds
from .memo import Memo, Same, computed
from .model import Article, Person
from .page_blocks import PageSource
from .render_article import render_article
from .web_annotations import annotation_exports

HOME_INTRO = (
    "News articles in Indonesian and English, each quote footnoted to the person who said it "
    "and each story credited to the journalists who reported it."
)


DEFAULT_SITE_URL = "http://127.0.0.1:8000/"

Generated = PageSource | str
"""A page (written out as Markdown, or handed to MkDocs as HTML), or a file's text (feeds, data)."""


def generate_pages(archive: Archive, site_url: str = DEFAULT_SITE_URL, memo: Memo | None = None) -> dict[str, Generated]:
    """`site_url` makes the absolute links feeds and structured data need.

    With a `memo` (`mkdocs serve`), a file whose inputs are unchanged since the last build is not made again.
    """
    return article_files(archive, site_url, memo) | list_files(archive, site_url, memo)


def article_files(archive: Archive, site_url: str = DEFAULT_SITE_URL, memo: Memo | None = None) -> dict[str, Generated]:
    """The home page, then each article's page and annotation export (a full build makes these on every core)."""
    articles, people = archive.articles, archive.people
    titles = {a.id: (a.language, a.raw.title) for a in articles}
    pages: dict[str, Generated] = {site_paths.HOME: render_lists.home(articles, people, HOME_INTRO)}

    def files_of(index: int) -> tuple[PageSource, dict[str, str]]:
        newer = articles[index - 1].id if index > 0 else None
        older = articles[index + 1].id if index + 1 < len(articles) else None
        return _article_files(articles[index], people, titles, (older, newer), site_url, memo)

    # What a worker puts in the memo would go with it: with a memo (`mkdocs serve`) the work stays here.
    made = parallel.ordered_map(files_of, range(len(articles)), processes=1 if memo else None)
    for article, (page, exports) in zip(articles, made):
        pages[site_paths.article_page(article)] = page
        pages |= exports
    return pages


def list_files(archive: Archive, site_url: str = DEFAULT_SITE_URL, memo: Memo | None = None) -> dict[str, Generated]:
    """The pages listing articles (by date, topic, person) and the feeds."""
    articles, people = archive.articles, archive.people
    pages: dict[str, Generated] = {}
    pages |= render_lists.time_pages(articles, memo)
    pages |= render_lists.tag_pages(articles, memo)
    pages |= render_lists.people_pages(articles, people, memo)
    pages |= archive_feeds(articles, people, site_url, memo=memo)
    return pages


def as_files(pages: Mapping[str, Generated]) -> dict[str, str]:
    """The generated files' text, pages as Markdown: what `build --out` writes for any MkDocs to build."""
    return {path: content.markdown() if isinstance(content, PageSource) else content for path, content in pages.items()}


def _article_files(
    article: Article,
    people: dict[str, Person],
    titles: dict[str, tuple[str, str]],
    around: tuple[str | None, str | None],
    site_url: str,
    memo: Memo | None,
) -> tuple[PageSource, dict[str, str]]:
    """The article's page and its annotation export (one memo entry: 10,000 lookups fewer per rebuild)."""
    # The page is given only the titles it shows (neighbours, original, translations), so they are its whole key.
    original = article.annotations.original
    shown = [*around, *article.translations, original.article if original else None]
    needed = {other: titles[other] for other in shown if other in titles}
    key = ("article", Same(article), Same(people), tuple(sorted(needed.items())), around, site_url)
    return computed(
        memo,
        key,
        lambda: (render_article(article, people, needed, around, site_url), annotation_exports((article,), people, site_url)),
    )
