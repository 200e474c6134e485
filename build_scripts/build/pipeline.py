"""A whole build from the archive's files: every article loaded and checked, every file generated, on two cores.

Two processes share the articles: each loads its share and makes their pages, exports and search records,
and only what the other needs crosses between them. The partner takes the older articles and sends what
the lists need of them (`Listing`); this process makes the home page, the lists and the feeds.
(Before, a worker loaded part of the articles and sent them whole to this process, which then forked
another to make the lists. Now no article crosses whole: this process holds two fifths of them, and its
peak memory at 10,000 articles fell from 815 to 761 MB, with articles twice as long from 1,025 to 956 MB.)

A page links to its neighbours by date and to its translations, which may be in the other share: each side
sends the other its articles' heads (`Head`) once they are loaded. The partner, done loading last, has this
side's by then; this side, not to wait, renders its pages with what it knows meanwhile and renders again
the few whose links the partner's heads change (its oldest article's older neighbour, a translation across).

Without a second core, for a small archive, or with a memo (`mkdocs serve`), all of it is done here, as
`load_archive` and `generate_site` do it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TextIO

from build_scripts import site_paths
from build_scripts.build import progress, workers
from build_scripts.build.memo import Memo
from build_scripts.build.site_files import (
    DEFAULT_SITE_URL,
    Generated,
    article_page,
    export_files,
    generate_site,
    home_page,
    links_shown,
    list_files,
)
from build_scripts.model import Article, Listing, Person, Problem
from build_scripts.read.archive import Head, Links, Sources, assemble, load_texts, plan_archive, unknown_originals
from build_scripts.search.records import SearchRecord, search_record

NEWEST_LOADED_HERE = 0.42
"""This process's share of the articles, the newest: measured at 10,000 articles to end with the partner,
since this process also makes the lists and feeds (a sixth of the work) and reads what the partner sends."""


@dataclass(frozen=True)
class Site:
    files: dict[str, Generated]
    """Every generated file (see `generate.Generated`), home page first, then the articles' pages, newest first."""
    records: tuple[SearchRecord, ...]
    """Each article's search record, newest first."""
    problems: tuple[Problem, ...]
    languages: tuple[str, ...]
    """Each article's language, newest first."""
    people: int


def build_site(
    files: Mapping[str, bytes | None],
    site_url: str = DEFAULT_SITE_URL,
    memo: Memo | None = None,
    records_ready: Callable[[tuple[SearchRecord, ...]], None] | None = None,
    terminal: TextIO | None = None,
) -> Site:
    """`files` as `load_archive` takes them; `records_ready` is handed every search record as soon as they exist.

    On a `terminal`, the articles loaded so far are counted (see `progress.Progress`).
    """
    sources = plan_archive(files, memo)
    if memo is None and workers.can_share(len(sources.texts)):
        return _shared(sources, site_url, records_ready, terminal)
    tally = progress.Tally(1)
    with progress.watched(_LOADED, len(sources.texts), tally, terminal):
        archive = assemble(sources, memo, lambda: tally.add(0))
    generated, records = generate_site(archive, site_url, memo, records_ready)
    languages = tuple(article.language for article in archive.articles)
    return Site(generated, records, archive.problems, languages, len(archive.people))


_LOADED = "articles loaded"


def _shared(
    sources: Sources, site_url: str, records_ready: Callable[[tuple[SearchRecord, ...]], None] | None, terminal: TextIO | None
) -> Site:
    people = sources.people
    split = len(sources.texts) - int(len(sources.texts) * NEWEST_LOADED_HERE)
    tally = progress.Tally(2)  # made before the fork: its memory is the partner's too

    def older(channel: workers.Channel) -> None:
        articles, problems = _load(sources, sources.texts[:split], lambda: tally.add(1))
        heads = [Head.of(article) for article in articles]
        channel.send(heads)
        records = tuple(search_record(article, people) for article in articles)
        channel.send((problems, tuple(map(Listing.of, articles)), records))
        links = Links.of(channel.receive() + heads)
        pages = {
            site_paths.article_page(article): article_page(links.linked(article), people, links, site_url) for article in articles
        }
        channel.send((pages, export_files(articles, people, site_url)))

    with workers.partner(older) as channel, progress.watched(_LOADED, len(sources.texts), tally, terminal):
        articles, problems = _load(sources, sources.texts[split:], lambda: tally.add(0))
        heads = [Head.of(article) for article in articles]
        channel.send(heads)
        records = tuple(search_record(article, people) for article in articles)
        exports = export_files(articles, people, site_url)
        pages, links, their_heads = _pages_meanwhile(articles, heads, channel, people, site_url)
        listings = tuple(map(Listing.of, articles))
        del articles  # let go while the partner finishes its listings: freeing them took a tenth of a second
        their_problems, their_listings, their_records = channel.receive()
        records += their_records
        if records_ready is not None:
            records_ready(records)
        listings += their_listings
        home = home_page(listings, people)
        lists = list_files(listings, people, site_url)
        their_pages, their_exports = channel.receive()
    problems = [*sources.problems, *problems, *their_problems, *unknown_originals(heads + their_heads)]
    problems.sort(key=lambda p: (p.path, p.line, p.column, p.message))
    languages = tuple(head.language for head in heads + their_heads)
    generated: dict[str, Generated] = {site_paths.HOME: home}
    for part in (pages, their_pages, exports, their_exports, lists):
        generated.update(part)
    return Site(generated, records, tuple(problems), languages, len(people))


def _load(
    sources: Sources, texts: tuple[tuple[str, re.Match[str]], ...], each: Callable[[], None]
) -> tuple[tuple[Article, ...], list[Problem]]:
    """The articles of `texts` (oldest first), newest first, and their problems."""
    articles, problems = load_texts(sources, texts, each=each)
    return tuple(reversed(articles)), problems


def _pages_meanwhile(
    articles: tuple[Article, ...], heads: list[Head], channel: workers.Channel, people: Mapping[str, Person], site_url: str
) -> tuple[dict[str, Generated], Links, list[Head]]:
    """This side's pages, made while the partner loads: with this side's links until the partner's heads come."""
    known = Links.of(heads)
    links: Links | None = None
    their_heads: list[Head] = []
    pages: dict[str, Generated] = {}
    early: list[Article] = []
    for article in articles:
        if links is None and channel.ready():
            their_heads = channel.receive()
            links = Links.of(heads + their_heads)
        pages[site_paths.article_page(article)] = article_page((links or known).linked(article), people, links or known, site_url)
        if links is None:
            early.append(article)
    if links is None:
        their_heads = channel.receive()
        links = Links.of(heads + their_heads)
    for article in early:
        if _shown_links(article, known) != _shown_links(article, links):
            pages[site_paths.article_page(article)] = article_page(links.linked(article), people, links, site_url)
    return pages, links, their_heads


def _shown_links(article: Article, links: Links) -> tuple[object, ...]:
    """Everything an article's page shows of the others: made with other links, the page is the same."""
    linked = links.linked(article)
    return linked.translations, *links_shown(linked, links)
