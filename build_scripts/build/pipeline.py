"""A whole build from the archive's files: every article loaded and checked, every file generated.

On two cores, two processes share the articles: each loads its share and makes their pages, exports and
search records (`site_files.share_files`, the same work as for the only share of a serial build), and only
what the other needs crosses between them. The partner takes the older articles and sends what the lists
and the search index need of them (`site_files.Summary`); this process makes the home page, the lists and
the feeds. No article crosses whole.

Without a second core, for a small archive, or with a memo in effect (`mkdocs serve`: what a forked
partner computed would not be kept), this process is the only share.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

from build_scripts import site_paths
from build_scripts.build import progress, workers
from build_scripts.build.memo import active_memo
from build_scripts.build.site_files import (
    Generated,
    Summary,
    home_page,
    list_files,
    share_files,
)
from build_scripts.model import Article, Person, Problem
from build_scripts.read.archive import Archive, Sources, load_texts, plan_archive
from build_scripts.read.links import Head, unknown_originals
from build_scripts.read.near_misses import Unfound, settled
from build_scripts.search.records import SearchRecord, all_records
from build_scripts.site_config import SiteIdentity

NEWEST_LOADED_HERE = 0.49
"""This process's share of the articles, the newest, when a partner takes the rest: set for this
process to have made its own search records and exports when the partner's summary
comes. Every record is then ready, and the search index, the longest part of a whole build, can start;
the lists and feeds this process makes after its pages end it a little after the partner."""


@dataclass(frozen=True)
class Site:
    files: dict[str, Generated]
    """Every generated file (see `site_files.Generated`), home page first, then the articles' pages, newest first."""
    records: tuple[SearchRecord, ...]
    """Each article's search record, newest first."""
    problems: tuple[Problem, ...]
    languages: tuple[str, ...]
    """Each article's language, newest first."""
    people: int


def build_site(
    files: Mapping[str, bytes | None],
    site: SiteIdentity,
    records_ready: Callable[[tuple[SearchRecord, ...]], None] | None = None,
    terminal: TextIO | None = None,
) -> Site:
    """`files` as `load_archive` takes them; `records_ready` is handed every search record as soon as they exist.

    On a `terminal`, the articles loaded so far are counted (see `progress.Progress`).
    """
    sources = plan_archive(files)
    texts = sources.texts
    shared = active_memo() is None and workers.can_share(len(texts))
    split = len(texts) - int(len(texts) * NEWEST_LOADED_HERE) if shared else 0
    tally = progress.Tally(2)  # made before the fork: its memory is the partner's too

    def older(channel: workers.Channel) -> None:
        articles, problems = _loaded(sources, texts[:split], lambda: tally.add(1))
        pages, exports = share_files(articles, sources.people, site, _Newer(channel))
        channel.send((pages, exports, problems))

    with _partner(older if shared else None) as partner, progress.watched(_LOADED, len(texts), tally, terminal):
        newer = functools.partial(_loaded, sources, texts[split:], lambda: tally.add(0))
        made = _generated(newer, sources.people, site, _Gathered(partner, records_ready, sources.people))
    problems = [*sources.problems, *settled(made.problems), *unknown_originals(list(made.heads))]
    problems.sort(key=lambda p: (p.path, p.line, p.column, p.message))
    languages = tuple(head.language for head in made.heads)
    return Site(made.files, made.records, tuple(problems), languages, len(sources.people))


def generate_pages(archive: Archive, site: SiteIdentity) -> dict[str, Generated]:
    """Every generated file of an archive already loaded (or made in memory, as tests do), as `build_site`
    makes them: its articles one share. `site`'s address makes the absolute links feeds and structured data need."""
    return _generated(lambda: (archive.articles, []), archive.people, site, _Gathered(None, None, archive.people)).files


_LOADED = "articles loaded"


class _Gathered:
    """The other share as this process sees it (`site_files.OtherShare`): none, or the older articles, which a
    forked partner loads and makes, sending this process their summary; this process sends it only heads.

    Every search record is handed to `records_ready` as soon as both summaries are here.
    """

    def __init__(
        self,
        partner: workers.Channel | None,
        records_ready: Callable[[tuple[SearchRecord, ...]], None] | None,
        people: Mapping[str, Person],
    ) -> None:
        self.partner = partner
        self.records_ready = records_ready
        self.people = people
        self.summaries: list[Summary] = []
        self.records: tuple[SearchRecord, ...] = ()

    def tell(self, summary: Summary) -> None:
        self.summaries.append(summary)
        if self.partner is None:
            self._complete()
        else:
            self.partner.send(summary.heads)

    def heads(self) -> tuple[Head, ...]:
        if self.partner is None:
            return ()
        theirs: Summary = self.partner.receive()
        self.summaries.append(theirs)
        self._complete()
        return theirs.heads

    def _complete(self) -> None:
        self.records = all_records(
            (record for summary in self.summaries for record in summary.records),
            [listing for summary in self.summaries for listing in summary.listings],
            self.people,
        )
        if self.records_ready is not None:
            self.records_ready(self.records)


class _Newer:
    """The other share as the partner sees it: the newer articles, made in the process that forked it."""

    def __init__(self, channel: workers.Channel) -> None:
        self.channel = channel

    def tell(self, summary: Summary) -> None:
        self.channel.send(summary)

    def heads(self) -> tuple[Head, ...]:
        heads: tuple[Head, ...] = self.channel.receive()
        return heads


@dataclass(frozen=True)
class _Made:
    files: dict[str, Generated]
    records: tuple[SearchRecord, ...]
    heads: tuple[Head, ...]
    """Every article's, newest first."""
    problems: list[Problem | Unfound]
    """Found loading the articles, in both shares: the quotes not found are settled once both are here."""


def _generated(
    share: Callable[[], tuple[Sequence[Article], list[Problem | Unfound]]],
    people: Mapping[str, Person],
    site: SiteIdentity,
    gathered: _Gathered,
) -> _Made:
    """The files of the whole site: this process's `share` (its articles, newest first, loaded with their
    problems), and the older share `gathered` from the partner, if there is one."""
    articles, problems = share()
    pages, exports = share_files(articles, people, site, gathered)
    del articles  # let go before the lists and the partner's files are made and read: this process's peak memory
    listings = tuple(listing for summary in gathered.summaries for listing in summary.listings)
    home = home_page(listings, people, site)
    lists = list_files(listings, people, site)
    partner = gathered.partner
    their_pages, their_exports, their_problems = partner.receive() if partner is not None else ({}, {}, [])
    files: dict[str, Generated] = {site_paths.HOME: home}
    for part in (pages, their_pages, exports, their_exports, lists):
        files.update(part)
    heads = tuple(head for summary in gathered.summaries for head in summary.heads)
    return _Made(files, gathered.records, heads, problems + their_problems)


@contextlib.contextmanager
def _partner(job: Callable[[workers.Channel], None] | None) -> Iterator[workers.Channel | None]:
    """`job` in a forked partner (see `workers.partner`), or no partner when there is no job."""
    if job is None:
        yield None
        return
    with workers.partner(job) as channel:
        yield channel


def _loaded(
    sources: Sources, texts: tuple[tuple[str, re.Match[str]], ...], each: Callable[[], None]
) -> tuple[tuple[Article, ...], list[Problem | Unfound]]:
    """The articles of `texts` (oldest first), newest first, and their problems."""
    articles, problems = load_texts(sources, texts, each)
    return tuple(reversed(articles)), problems
