"""Every generated file of the site, as docs-relative path → content (pages as blocks, feeds, data)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from . import parallel, render_lists, site_paths
from .archive import Archive
from .feeds import archive_feeds
from .memo import Memo, Same, computed
from .model import Article, Person
from .page_blocks import PageSource
from .render_article import render_article
from .search_index import SearchRecord, search_records
from .web_annotations import annotation_exports

HOME_INTRO = (
    "News articles in Indonesian and English, each quote footnoted to the person who said it "
    "and each story credited to the journalists who reported it."
)


DEFAULT_SITE_URL = "http://127.0.0.1:8000/"

Generated = PageSource | str | bytes
"""A page (written out as Markdown, or handed to MkDocs as HTML), or a file's content (feeds, data).

Feeds and annotation exports are UTF-8 bytes: as text, one curly quote made a whole string two bytes a
character, and they are 170 MB of text at 10,000 articles, all held when the worker sends them back."""


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

    Here, the records first, handed at once to `records_ready` (the hook starts the search index with
    them), then the home page and the newest articles' pages and exports; beside them, in a forked worker,
    the lists and feeds, and the older articles' pages and exports: each side about half the work. With a
    memo (`mkdocs serve`) all of it here, where the memo is; for a small archive too, where a fork would
    cost more than it saves.
    """
    forked = not memo and len(archive.articles) >= parallel.MIN_ITEMS
    split = int(len(archive.articles) * NEWEST_MADE_HERE) if forked else len(archive.articles)

    def here() -> tuple[dict[str, Generated], dict[str, bytes], tuple[SearchRecord, ...]]:
        records = search_records(archive, memo)
        if records_ready is not None:
            records_ready(records)
        pages = {site_paths.HOME: render_lists.home(archive.articles, archive.people, HOME_INTRO)}
        return pages | article_pages(archive, site_url, memo, stop=split), export_files(archive, site_url, memo, stop=split), records

    def beside() -> tuple[dict[str, Generated], dict[str, bytes], dict[str, Generated]]:
        pages = article_pages(archive, site_url, memo, start=split)
        return pages, export_files(archive, site_url, memo, start=split), list_files(archive, site_url, memo)

    (pages, exports, records), (older_pages, older_exports, lists) = parallel.beside(
        here, beside, processes=None if forked else 1
    )
    return pages | older_pages | exports | older_exports | lists, records


NEWEST_MADE_HERE = 0.76
"""The share of article pages and exports made in this process, the newest; measured at 10,000 articles to end
with the worker, which also makes the lists and feeds (a third of the work) and pickles what it made."""


def article_pages(
    archive: Archive, site_url: str = DEFAULT_SITE_URL, memo: Memo | None = None, start: int = 0, stop: int | None = None
) -> dict[str, Generated]:
    """The pages of the articles from `start` to `stop` in the archive's order (newest first)."""
    articles, people = archive.articles, archive.people
    titles = {a.id: (a.language, a.raw.title) for a in articles}
    pages: dict[str, Generated] = {}
    for index in range(start, len(articles) if stop is None else stop):
        article = articles[index]
        newer = articles[index - 1].id if index > 0 else None
        older = articles[index + 1].id if index + 1 < len(articles) else None
        pages[site_paths.article_page(article)] = _article_page(article, people, titles, (older, newer), site_url, memo)
    return pages


def export_files(
    archive: Archive, site_url: str = DEFAULT_SITE_URL, memo: Memo | None = None, start: int = 0, stop: int | None = None
) -> dict[str, bytes]:
    """Each article's annotations as JSON-LD, for annotation tools (from `start` to `stop`, as `article_pages`)."""
    people = archive.people
    exports: dict[str, bytes] = {}
    for article in archive.articles[start:stop]:
        exports |= computed(memo, ("export", Same(article), Same(people), site_url),
                            lambda a=article: annotation_exports((a,), people, site_url))
    return exports


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
    return {path: _text(content) for path, content in pages.items()}


def _text(content: Generated) -> str:
    if isinstance(content, PageSource):
        return content.markdown()
    return content.decode() if isinstance(content, bytes) else content


def _article_page(
    article: Article,
    people: dict[str, Person],
    titles: dict[str, tuple[str, str]],
    around: tuple[str | None, str | None],
    site_url: str,
    memo: Memo | None,
) -> PageSource:
    # The page is given only the titles it shows (neighbours, original, translations), so they are its whole key.
    original = article.annotations.original
    shown = [*around, *article.translations, original.article if original else None]
    needed = {other: titles[other] for other in shown if other in titles}
    key = ("article", Same(article), Same(people), tuple(sorted(needed.items())), around, site_url)
    return computed(memo, key, lambda: render_article(article, people, needed, around, site_url))
