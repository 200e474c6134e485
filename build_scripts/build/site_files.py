"""Every generated file of the site, as docs-relative path → content (pages as blocks, feeds, data)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from build_scripts import site_paths
from build_scripts.build.memo import Same, computed
from build_scripts.model import Article, Listing, Person
from build_scripts.read.links import Head, Links
from build_scripts.render import list_pages, source_pages, topic_pages
from build_scripts.render.article_page import render_article
from build_scripts.render.feeds import archive_feeds
from build_scripts.render.page_blocks import PageSource
from build_scripts.render.web_annotations import annotation_exports
from build_scripts.search.records import SearchRecord, search_record
from build_scripts.site_config import SiteIdentity

Generated = PageSource | str | bytes
"""A page (written out as Markdown, or handed to MkDocs as HTML), or a file's content (feeds, data).

Feeds and annotation exports are UTF-8 bytes: as text, one curly quote makes a whole string two bytes a
character, and a large archive's feeds and exports are a great deal of text."""


@dataclass(frozen=True)
class Summary:
    """What a share of the articles makes of them before any page: all the lists and the search index need."""

    heads: tuple[Head, ...]
    listings: tuple[Listing, ...]
    records: tuple[SearchRecord, ...]


class OtherShare(Protocol):
    """The rest of the archive as one share sees it: none, or the share another process makes."""

    def tell(self, summary: Summary) -> None:
        """This share's summary, as soon as it is made."""

    def heads(self) -> Sequence[Head]:
        """The other share's articles' heads, once they are known."""


def share_files(
    articles: Sequence[Article], people: Mapping[str, Person], site: SiteIdentity, other: OtherShare
) -> tuple[dict[str, Generated], dict[str, bytes]]:
    """Each of `articles`' pages and annotation exports (newest first), their summary told to `other` first.

    The same whether these are all the articles or one of two shares. A page links to its neighbours by
    date and to its translations, which may be in the other share: what needs no links is made first, and
    the pages, once each, when the other share's heads are known.
    """
    heads = tuple(map(Head.of, articles))
    # The same article gives the same listing, so with a memo the lists see which of their items are unchanged.
    listings = tuple(computed(("listing", Same(a)), functools.partial(Listing.of, a)) for a in articles)
    records = tuple(computed(("search", Same(a), Same(people)), functools.partial(search_record, a, people)) for a in articles)
    other.tell(Summary(heads, listings, records))
    exports = export_files(articles, people, site)
    links = Links.of([*heads, *other.heads()])
    return article_pages(articles, people, links, site), exports


def home_page(listings: Sequence[Listing], people: Mapping[str, Person], site: SiteIdentity) -> PageSource:
    return list_pages.home(listings, people, site.name)


def article_pages(
    articles: Sequence[Article], people: Mapping[str, Person], links: Links, site: SiteIdentity
) -> dict[str, Generated]:
    """Each article's page, newest first, its translations linked: an unchanged article stays the same object,
    so with a memo what a previous build rendered from it is reused."""
    pages: dict[str, Generated] = {}
    for a in articles:
        if a.id in links.translations:
            a = computed(("linked", Same(a), links.translations[a.id]), functools.partial(links.linked, a))
        pages[site_paths.article_page(a)] = article_page(a, people, links, site)
    return pages


def export_files(articles: Sequence[Article], people: Mapping[str, Person], site: SiteIdentity) -> dict[str, bytes]:
    """Each article's annotations as JSON-LD, for annotation tools."""
    exports: dict[str, bytes] = {}
    for article in articles:
        key = ("export", Same(article), Same(people), site.url)
        exports |= computed(key, functools.partial(annotation_exports, (article,), people, site.url))
    return exports


def list_files(articles: Sequence[Listing], people: Mapping[str, Person], site: SiteIdentity) -> dict[str, Generated]:
    """The pages listing articles (by date, topic, person or organisation, with unnamed sources) and the feeds."""
    pages: dict[str, Generated] = {}
    pages |= list_pages.time_pages(articles)
    pages |= topic_pages.topic_pages(articles)
    pages |= source_pages.registry_pages(articles, people)
    pages |= list_pages.unnamed_sources_page(articles)
    pages |= archive_feeds(articles, people, site)
    return pages


def as_files(pages: Mapping[str, Generated]) -> dict[str, str]:
    """The generated files' text, pages as Markdown: what `build --out` writes for any MkDocs to build."""
    return {path: _text(content) for path, content in pages.items()}


def _text(content: Generated) -> str:
    if isinstance(content, PageSource):
        return content.markdown()
    return content.decode() if isinstance(content, bytes) else content


def article_page(article: Article, people: Mapping[str, Person], links: Links, site: SiteIdentity) -> PageSource:
    """An article's page (`article` with its translations linked), given only the titles it shows: with a memo,
    those, its neighbours and the article itself are its whole key."""
    around, needed = _links_shown(article, links)
    key = ("article", Same(article), Same(people), tuple(sorted(needed.items())), around, site)
    return computed(key, lambda: render_article(article, people, needed, around, site))


def _links_shown(article: Article, links: Links) -> tuple[tuple[str | None, str | None], dict[str, tuple[str, str]]]:
    """What an article's page shows of the others: its (older, newer) neighbours, and the titles of those, of
    its original and of its translations (`article` with its translations linked)."""
    around = links.around(article.id)
    original = article.annotations.original
    shown = [*around, *article.translations, original.article if original else None]
    return around, {other: links.titles[other] for other in shown if other is not None and other in links.titles}
