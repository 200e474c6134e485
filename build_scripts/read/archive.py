"""Assemble the whole archive from its files: every article resolved, every problem collected.

Input is a mapping of project-relative paths to bytes, read by the caller, so
the assembly is pure and a test can hand it an archive made in memory.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from build_scripts.build import workers
from build_scripts.build.memo import Same, active_memo, computed
from build_scripts.model import (
    AnchoredAttribution,
    AnchoredNote,
    Annotations,
    Article,
    Attribution,
    Credit,
    Located,
    Person,
    Problem,
    RawArticle,
    Span,
)
from build_scripts.read import anchoring
from build_scripts.read.annotations import parse_annotations, parse_registry
from build_scripts.read.credits import read_trailer
from build_scripts.read.datelines import opening_dateline
from build_scripts.read.language import detect_language
from build_scripts.read.links import Head, Links, unknown_originals
from build_scripts.read.near_misses import Miss, Unfound, describe_paragraph, settled
from build_scripts.read.people_index import PeopleIndex, registry_index
from build_scripts.read.raw_text import decode, parse_raw
from build_scripts.read.topics import MAX_TOPICS_BYTES, TOPICS_FILE, TopicRegistry, parse_topics, resolve_topics

ARTICLES_DIR = "articles"
PEOPLE_FILE = f"{ARTICLES_DIR}/people.yml"
_ARTICLE_FILE = re.compile(
    rf"{ARTICLES_DIR}/(?P<year>[0-9]{{4}})/(?P<id>(?P<date>[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*))\.(?P<ext>txt|yml)"
)
MAX_ARTICLE_BYTES = 1_000_000
"""Ten times the longest news story we know of; keeps one bad file from stalling every build."""
MAX_ANNOTATION_BYTES = 500_000
MAX_PEOPLE_BYTES = 5_000_000
"""The registry grows with the archive: room for tens of thousands of people."""
MAX_FILE_BYTES = max(MAX_ARTICLE_BYTES, MAX_ANNOTATION_BYTES, MAX_PEOPLE_BYTES)
"""No source is read past this (and one byte more, to know it is longer)."""
MAX_ANNOTATIONS = 2_000
MIN_YEAR, MAX_YEAR = 1600, 2100
"""Years a news article can carry: a typed 9999 or 0001 is refused, not filed."""
MAX_SLUG = 100
"""Characters in a file name's slug: the article's pages and exports are named after its id."""
_EXPECTED_NAME = f"{ARTICLES_DIR}/<YYYY>/<YYYY-MM-DD>-<slug>.txt (or .yml), slug in lowercase letters, digits and hyphens"


@dataclass(frozen=True)
class Archive:
    articles: tuple[Article, ...]
    """Newest first; ties by id, so the order never depends on the file system."""
    people: Mapping[str, Person]
    problems: tuple[Problem, ...]


def _suggest_name(path: str) -> str:
    stem, _, ext = path.rpartition("/")[2].rpartition(".")
    ext = {"yaml": "yml", "md": "txt", "text": "txt"}.get(ext.lower(), ext.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    match = re.match(r"([0-9]{4})-[0-9]{2}-[0-9]{2}-", slug)
    year = match.group(1) if match else "YYYY"
    return f"{ARTICLES_DIR}/{year}/{slug}.{ext}"


def _file_name_problem(path: str) -> Problem | None:
    match = _ARTICLE_FILE.fullmatch(path)
    if match is None:
        return Problem(path, 1, 1, f"file name does not match {_EXPECTED_NAME}; rename it, e.g. to {_suggest_name(path)}")
    try:
        date = dt.date.fromisoformat(match["date"])
    except ValueError:
        return Problem(path, 1, 1, f"file name has {match['date']!r}, which is not a calendar date; expected YYYY-MM-DD")
    if len(match["slug"]) > MAX_SLUG:
        return Problem(path, 1, 1, f"file name's slug is {len(match['slug']):,} characters; the limit is {MAX_SLUG}: shorten it")
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        return Problem(path, 1, 1, f"file name has the year {match['year']}; expected a year from {MIN_YEAR} to {MAX_YEAR}")
    if f"{date.year:04d}" != match["year"]:
        return Problem(
            path, 1, 1, f"article dated {date.year:04d} is in folder {match['year']}/; move it to {ARTICLES_DIR}/{date.year:04d}/"
        )
    return None


def _read_text(path: str, data: bytes, limit: int) -> tuple[str | None, list[Problem]]:
    """A contributor's file as text: within its size limit and valid UTF-8, or the problem saying why not."""
    if len(data) > limit:
        size = f"over {MAX_FILE_BYTES:,}" if len(data) > MAX_FILE_BYTES else f"{len(data):,}"
        message = f"file is {size} bytes; the limit is {limit:,} bytes: split it, or check that it is the right file"
        return None, [Problem(path, 1, 1, message)]
    return decode(path, data)


def _unchecked(person_id: str, people: Mapping[str, Person], left_out: frozenset[str] | None) -> bool:
    """Whether an id is missing from the registry and that is the contributor's to fix here (not a registry
    that could not be read, or an entry left out for a problem of its own, already reported)."""
    return person_id not in people and left_out is not None and person_id not in left_out


def _unknown_person(path: str, at: Located, person_id: str, people: Mapping[str, Person], what: str) -> Problem:
    close = difflib.get_close_matches(person_id, list(people), n=1)
    hint = f"did you mean {close[0]!r}? If not, " if close else ""
    return Problem(
        path,
        at.line,
        at.column,
        f"unknown person id {person_id!r} in {what}; {hint}add them to {PEOPLE_FILE} as `{person_id}: {{name: ...}}`",
    )


def _source_problems(
    path: str, attribution: Attribution, people: Mapping[str, Person], left_out: frozenset[str] | None
) -> list[Problem]:
    """An unknown speaker or issuer id, and the warning that an unconfirmed proposal is published as one."""
    problems = []
    named = [(attribution.speaker, attribution.speaker_at, "'speaker'")]
    if attribution.document is not None:
        named.append((attribution.document.issuer, attribution.document.issuer_at, "'document' 'issuer'"))
    for person_id, at, what in named:
        if person_id is not None and at is not None and _unchecked(person_id, people, left_out):
            problems.append(_unknown_person(path, at, person_id, people, what))
    if not attribution.confirmed:
        at = attribution.speaker_at or attribution.at
        who = f"speaker {attribution.speaker!r}" if attribution.speaker is not None else "source"
        problems.append(
            Problem(
                path,
                at.line,
                at.column,
                f"{who} is a proposal nobody has confirmed; check who said this, then delete `confirmed: false`",
                warning=True,
            )
        )
    return problems


def _resolved(attribution: Attribution, people: Mapping[str, Person]) -> bool:
    """Whether every registry id it names is in the registry (one left out for its own problem is not)."""
    return all(i is None or i in people for i in (attribution.speaker, attribution.document and attribution.document.issuer))


def _resolve_credits(
    raw: RawArticle, annotations: Annotations, names: PeopleIndex, people: Mapping[str, Person]
) -> tuple[tuple[Credit, ...], bool, list[Problem]]:
    """The credits, whether the trailer was read whole, and a warning for each credit line an editor must name.

    An annotation file that gives `byline:` or `contributors:` has named them: then the trailer is only shown.
    """
    if annotations.byline or annotations.contributors:
        given = annotations.byline + annotations.contributors
        named = (
            replace(c, name=c.name or people[c.person].name) if c.person is not None and c.person in people else c for c in given
        )
        return tuple(named), True, []
    credits, flags = read_trailer(raw.trailer)
    yml = raw.path[:-4] + ".yml"
    problems = [Problem(raw.path, flag.line, flag.column, flag.message(yml), warning=True) for flag in flags]
    linked = tuple(c if c.initials else _linked(c, names.named(c.name), people) for c in credits)
    return linked, not any(not flag.initials for flag in flags), problems


def _linked(credit: Credit, person_id: str | None, people: Mapping[str, Person]) -> Credit:
    """A parsed credit that names a registered person ("Baldor") takes the registry's full name."""
    return replace(credit, person=person_id, name=people[person_id].name) if person_id else credit


_PLACES_LISTED = 5
"""An ambiguous quote's message names this many places; a one-letter quote may occur a million times."""


def _anchor(
    path: str,
    what: str,
    text: str,
    at: Located,
    occurrence: int | None,
    raw: RawArticle,
    body: anchoring.ArticleText,
) -> tuple[Span | None, Problem | Miss | None]:
    limit = max(occurrence or 0, _PLACES_LISTED)
    result = anchoring.find(text, body, limit=limit)
    if isinstance(result, anchoring.Found):
        spans, count = result.spans, result.count
        if occurrence is None and count > 1:
            where = ", ".join(describe_paragraph(raw.body, s.paragraph) for s in spans[:_PLACES_LISTED])
            if count > _PLACES_LISTED:
                where += f" and {count - _PLACES_LISTED:,} more"
            return None, Problem(
                path, at.line, at.column, f"{what} found {count:,} times ({where}); add `occurrence: N` to say which one"
            )
        if occurrence is not None and occurrence > count:
            return None, Problem(
                path, at.line, at.column, f"{what}: occurrence {occurrence} asked for, but the text is found only {count} time(s)"
            )
        return spans[(occurrence or 1) - 1], None
    if result is None:
        return None, Miss(at.line, at.column, what, text)
    return None, Problem(
        path,
        at.line,
        at.column,
        f"{what} runs across a paragraph break, starting in {describe_paragraph(raw.body, result.paragraph)}; "
        "annotate the part in each paragraph separately",
    )


def _reading_order(anchored: AnchoredAttribution) -> tuple[int, int, int]:
    """Where a reader meets it; a passage holding another comes first (a claim before the quote inside it)."""
    return anchored.span.paragraph, anchored.span.start, -anchored.span.end


def _overlap_problems(path: str, ordered: list[AnchoredAttribution]) -> list[Problem]:
    """Quotes and claims may nest but not partly overlap: each becomes one element on the page."""
    problems = []
    for i, first in enumerate(ordered):
        for second in ordered[i + 1 :]:
            a, b = first.span, second.span
            if b.paragraph != a.paragraph or b.start >= a.end:
                break
            if b.end > a.end:
                at = second.annotation.at
                problems.append(
                    Problem(
                        path,
                        at.line,
                        at.column,
                        f"{second.annotation.kind} partly overlaps the {first.annotation.kind} on line "
                        f"{first.annotation.at.line}; quotes and claims may contain one another but not overlap: "
                        "shorten one of them",
                    )
                )
    return problems


def _build_article(
    match: re.Match[str],
    raw: RawArticle,
    yml_path: str | None,
    annotations: Annotations,
    people: Mapping[str, Person],
    names: PeopleIndex,
    left_out: frozenset[str] | None,
    registry: TopicRegistry,
) -> tuple[Article, list[Problem | Unfound]]:
    problems: list[Problem | Unfound] = []
    path = yml_path or raw.path
    if len(annotations.attributions) + len(annotations.notes) > MAX_ANNOTATIONS:
        count = len(annotations.attributions) + len(annotations.notes)
        message = f"{count:,} quotes, claims and notes; the limit is {MAX_ANNOTATIONS:,} per article"
        problems.append(Problem(path, 1, 1, message))
        annotations = replace(annotations, attributions=(), notes=())
    body = anchoring.prepare(raw.body)
    misses: list[Miss] = []
    attributions: list[AnchoredAttribution] = []
    for attribution in annotations.attributions:
        problems += _source_problems(path, attribution, people, left_out)
        span, problem = _anchor(path, attribution.kind, attribution.text, attribution.at, attribution.occurrence, raw, body)
        if isinstance(problem, Miss):
            misses.append(problem)
        elif problem:
            problems.append(problem)
        elif span and _resolved(attribution, people):
            attributions.append(AnchoredAttribution(attribution, span))
    attributions.sort(key=_reading_order)
    overlaps = _overlap_problems(path, attributions)
    problems += overlaps
    if overlaps:
        rejected = {(p.line, p.column) for p in overlaps}
        attributions = [a for a in attributions if (a.annotation.at.line, a.annotation.at.column) not in rejected]
    notes: list[AnchoredNote] = []
    for note in annotations.notes:
        span, problem = _anchor(path, "note text", note.text, note.at, note.occurrence, raw, body)
        if isinstance(problem, Miss):
            misses.append(problem)
        elif problem:
            problems.append(problem)
        elif span:
            notes.append(AnchoredNote(note, span))
    if misses:
        problems.append(Unfound(path, raw.body, tuple(misses)))
    credits, parsed, credit_problems = _resolve_credits(raw, annotations, names, people)
    problems += credit_problems
    language = annotations.language or detect_language(" ".join(p.text for p in raw.body))
    topics, topic_problems = resolve_topics(path, annotations, language, registry)
    problems += topic_problems
    article = Article(
        id=match["id"],
        date=dt.date.fromisoformat(match["date"]),
        slug=match["slug"],
        raw=raw,
        language=language,
        annotations=annotations,
        credits=credits,
        credits_parsed=parsed,
        attributions=tuple(attributions),
        notes=tuple(notes),
        dateline=opening_dateline(raw),
        topics=topics,
    )
    return article, problems


def _credit_problems(
    article: Article, people: Mapping[str, Person], left_out: frozenset[str] | None, yml_path: str | None
) -> list[Problem]:
    problems = []
    for credit in article.annotations.byline + article.annotations.contributors:
        if credit.person is not None and _unchecked(credit.person, people, left_out):
            problems.append(
                _unknown_person(yml_path or article.raw.path, credit.at or Located(1, 1), credit.person, people, "credits")
            )
    return problems


def _load_people(data: bytes) -> tuple[dict[str, Person], list[Problem], frozenset[str] | None]:
    text, problems = _read_text(PEOPLE_FILE, data, MAX_PEOPLE_BYTES)
    if text is None:
        return {}, problems, None
    people, people_problems, left_out = parse_registry(PEOPLE_FILE, text)
    return people, problems + people_problems, left_out


def _load_topics(data: bytes) -> tuple[TopicRegistry, list[Problem]]:
    text, problems = _read_text(TOPICS_FILE, data, MAX_TOPICS_BYTES)
    if text is None:
        return TopicRegistry(), problems
    registry, registry_problems = parse_topics(TOPICS_FILE, text)
    return registry, problems + registry_problems


def _load_article(
    path: str,
    match: re.Match[str],
    files: Mapping[str, bytes],
    people: Mapping[str, Person],
    names: PeopleIndex,
    left_out: frozenset[str] | None,
    registry: TopicRegistry,
) -> tuple[Article | None, list[Problem | Unfound]]:
    """One article from its text and annotation files: None when the text cannot be read as an article."""
    text, read_problems = _read_text(path, files[path], MAX_ARTICLE_BYTES)
    problems: list[Problem | Unfound] = [*read_problems]
    if text is None:
        return None, problems
    raw, raw_problems = parse_raw(path, text)
    problems += raw_problems
    if raw is None:
        return None, problems
    yml_path = path[:-4] + ".yml"
    annotations = Annotations()
    if yml_path in files:
        yml_text, read_problems = _read_text(yml_path, files[yml_path], MAX_ANNOTATION_BYTES)
        problems += read_problems
        if yml_text is not None:
            annotations, annotation_problems = parse_annotations(yml_path, yml_text)
            problems += annotation_problems
    present = yml_path if yml_path in files else None
    article, article_problems = _build_article(match, raw, present, annotations, people, names, left_out, registry)
    return article, problems + article_problems + _credit_problems(article, people, left_out, present)


@dataclass(frozen=True)
class Sources:
    """An archive's files, checked and ready for its articles to be loaded one by one, in any process."""

    files: Mapping[str, bytes]
    people: Mapping[str, Person]
    names: PeopleIndex
    """Printed names and aliases to person ids, as `new` matches them too."""
    left_out: frozenset[str] | None
    """Ids in people.yml left out for a problem of their own; None when people.yml could not be read at all."""
    topics: TopicRegistry
    texts: tuple[tuple[str, re.Match[str]], ...]
    """Every article's text file, oldest first."""
    problems: tuple[Problem, ...]
    """Of the files themselves: links, names, the registry, annotation files without an article."""


def plan_archive(files: Mapping[str, bytes | None]) -> Sources:
    """`files`: project-relative path → content; None for a symbolic link, which is reported and not read."""
    problems: list[Problem] = [
        Problem(path, 1, 1, "is a symbolic link; the archive reads only files inside articles/: put the file itself here")
        for path, data in sorted(files.items())
        if data is None
    ]
    present = {path: data for path, data in files.items() if data is not None}
    people: dict[str, Person] = {}
    left_out: frozenset[str] | None = frozenset()
    if PEOPLE_FILE in present:
        registry = computed(("people", present[PEOPLE_FILE]), lambda: _load_people(present[PEOPLE_FILE]))
        people, people_problems, left_out = registry
        problems += people_problems
    names = computed(("names", Same(people)), lambda: registry_index(people))
    topics = TopicRegistry()
    if TOPICS_FILE in present:
        topics, topic_problems = computed(("topics", present[TOPICS_FILE]), lambda: _load_topics(present[TOPICS_FILE]))
        problems += topic_problems

    matches: dict[str, re.Match[str]] = {}
    for path in sorted(present):
        if path in (PEOPLE_FILE, TOPICS_FILE):
            continue
        problem = _file_name_problem(path)
        if problem:
            problems.append(problem)
        else:
            match = _ARTICLE_FILE.fullmatch(path)
            assert match is not None
            matches[path] = match

    for path, match in matches.items():
        if match["ext"] == "yml" and path[:-4] + ".txt" not in matches:
            stems = [p for p in matches if p.endswith(".txt")]
            close = difflib.get_close_matches(path[:-4] + ".txt", stems, n=1)
            hint = f"; did you mean to name it after {close[0]}?" if close else ""
            problems.append(Problem(path, 1, 1, f"annotation file has no article: expected {path[:-4]}.txt beside it{hint}"))
    # By id, not path: "2024-01-02-a" comes before "2024-01-02-a-b", but "…a.txt" after "…a-b.txt".
    texts = tuple(sorted(((path, match) for path, match in matches.items() if match["ext"] == "txt"), key=lambda t: t[1]["id"]))
    return Sources(present, people, names, left_out, topics, texts, tuple(problems))


def load_text(sources: Sources, text: tuple[str, re.Match[str]]) -> tuple[Article | None, list[Problem | Unfound]]:
    """One article of `sources.texts`, its translations not yet linked (see `Links`); its quotes not found are
    `Unfound`, to be `settled` with the whole archive's."""
    path, match = text
    files = sources.files
    key = ("article", path, files[path], files.get(path[:-4] + ".yml"), Same(sources.people), Same(sources.topics))
    return computed(
        key, lambda: _load_article(path, match, files, sources.people, sources.names, sources.left_out, sources.topics)
    )


def load_archive(files: Mapping[str, bytes | None]) -> Archive:
    """`files`: project-relative path → content; None for a symbolic link, which is reported and not read.

    With a memo in effect (`mkdocs serve`), an article whose files and registry are unchanged is not read again.
    """
    return assemble(plan_archive(files))


def load_texts(
    sources: Sources,
    texts: tuple[tuple[str, re.Match[str]], ...],
    each: Callable[[], None] | None = None,
) -> tuple[list[Article], list[Problem | Unfound]]:
    """The articles of `texts` that could be read, in their order, and every problem found in them (the
    quotes not found as `Unfound`, for `settled`).

    `each()` is called once a text is read, for the progress shown (`progress.Tally`).
    """

    def load(text: tuple[str, re.Match[str]]) -> tuple[Article | None, list[Problem | Unfound]]:
        result = load_text(sources, text)
        if each is not None:
            each()
        return result

    # What a worker puts in the memo would go with it: with a memo (`mkdocs serve`) the work stays here.
    loaded = workers.ordered_map(load, texts, processes=1 if active_memo() else None)
    articles: list[Article] = []
    problems: list[Problem | Unfound] = []
    for article, article_problems in loaded:
        problems += article_problems
        if article is not None:
            articles.append(article)
    return articles, problems


def assemble(sources: Sources, each: Callable[[], None] | None = None) -> Archive:
    """Every article of `sources` loaded, translations linked, newest first; every problem, in file order."""
    articles, reported = load_texts(sources, sources.texts, each)
    heads = [Head.of(article) for article in articles]
    links = Links.of(heads)
    problems = [*settled(reported), *sources.problems, *unknown_originals(heads)]
    # Unchanged articles stay the same objects, so what a previous build rendered from them is reused.
    linked = [
        computed(("linked", Same(a), links.translations[a.id]), functools.partial(links.linked, a))
        if a.id in links.translations
        else a
        for a in articles
    ]
    linked.sort(key=lambda a: (a.date, a.id), reverse=True)
    problems.sort(key=lambda p: (p.path, p.line, p.column, p.message))
    return Archive(tuple(linked), sources.people, tuple(problems))
