"""`python -m build_scripts new`: file raw articles, each dated by its dateline, and scaffold their annotation files.

The text is filed byte for byte; the YAML beside it holds everything the text
itself can tell, each value marked as a proposal so nothing unchecked is
published as fact: quotes' speakers and reported claims' sources carry
`confirmed: false` (a warning in `check`), credits a `# proposed: check`
comment, and a quote with no reporting cue has `speaker: unknown` (an error in
`check`: an editor has to decide). Everything but `file_articles` and `write_new_article` is pure:
text in, text out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from build_scripts.contribute.claim_proposals import (
    ClaimProposal,
    is_organisation,
    named_as_bodies,
    organisation_role,
    propose_claims,
)
from build_scripts.contribute.proposals import Proposal, ascii_words, propose_speakers
from build_scripts.contribute.quote_finder import find_quotes
from build_scripts.contribute.reported_speech import find_claims
from build_scripts.model import Credit, Person, Problem, RawArticle
from build_scripts.read import anchoring
from build_scripts.read.annotations import parse_people
from build_scripts.read.archive import ARTICLES_DIR, PEOPLE_FILE
from build_scripts.read.credits import Flag, read_trailer
from build_scripts.read.datelines import find_dateline, opening_dateline
from build_scripts.read.language import detect_language
from build_scripts.read.people_index import PeopleIndex, match_person, registry_index
from build_scripts.read.raw_text import decode, parse_raw

SCHEMA_LINE = "# yaml-language-server: $schema=../../schemas/annotations.schema.json"
UNKNOWN_SPEAKER = "unknown"
"""Written for a quote nobody is named for: `check` reports the id, so the editor must decide."""
MAX_SLUG = 60
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""What the archive accepts after the date in a file name."""

_MAX_CUE, _MAX_DESCRIPTION, _MAX_REASON, _MAX_ROLE = 300, 300, 500, 300
"""The schema's longest cue, description, reason for anonymity and role."""
_URL = re.compile(r"https?://[^\s<>\"“”‘’]+")


@dataclass(frozen=True)
class Scaffold:
    """An article filed under articles/ and its pre-filled annotation file, ready to write."""

    txt_path: str
    """Project-relative path of the article: articles/<YYYY>/<YYYY-MM-DD>-<slug>.txt."""
    yml_path: str
    yml_text: str
    language: str
    proposals: tuple[Proposal, ...]
    claims: tuple[ClaimProposal, ...]
    new_people: tuple[tuple[str, str], ...]
    """(id, name) of the speakers and sources not in the registry, in order of first quote, then of first claim."""
    credits: int
    credit_flags: tuple[Flag, ...] = ()
    """Credit lines not understood, and initials to name: listed in the summary."""
    organisations: frozenset[str] = frozenset()
    """The ids of `new_people` that read as organisations, by their name or the role printed beside it."""


# --- Date, slug and paths ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dating:
    """The date an article is filed under and how it was read, or, with no date, why none could be."""

    date: dt.date | None
    how: str
    """"dated by …" when dated; else the problem's message."""
    line: int = 1
    """Where the problem is in the text."""


def article_date(raw: RawArticle, date: dt.date | None, year: int | None) -> Dating:
    """`--date`, else the date the dateline or the named day prints, else their month and day in `--year`.

    Never today: an article filed under the wrong day sorts and links wrongly until someone notices.
    """
    if date is not None:
        return Dating(date, "dated by --date")
    dateline = find_dateline(raw)
    printed = dateline.date_text if dateline else None
    if dateline is None or printed is None:
        completes = " (--year completes a dateline's month and day)" if year else ""
        message = (
            "no date found: no dateline with a date, and no day named in the text"
            f"{completes}; nothing was written: give the article's date with --date YYYY-MM-DD"
        )
        return Dating(None, message)
    opens = any(p.text.startswith(dateline.text) for p in raw.body)
    where = "its dateline" if opens and printed in dateline.text else "the day its text names"
    line = next((p.line for p in raw.body if printed in p.text), 1)
    if dateline.date is not None:
        return Dating(dateline.date, f'dated by {where}, "{printed}"')
    month, day = dateline.month, dateline.day
    assert month is not None and day is not None, "a printed day without its year has a month and day"
    if year is None:
        message = (
            f'{where} gives a day without its year ("{printed}"); nothing was written: '
            "give the year with --year YYYY, or the date with --date YYYY-MM-DD"
        )
        return Dating(None, message, line)
    try:
        return Dating(dt.date(year, month, day), f'dated by {where}, "{printed}", and --year {year}')
    except ValueError:
        message = f'"{printed}" is not a day of {year}; nothing was written: check --year, or give the date with --date'
        return Dating(None, message, line)


def slug_from_title(title: str) -> str:
    """The title in lowercase ASCII words joined by hyphens, cut at a word boundary to at most 60 characters."""
    words = ascii_words(title) or ["article"]
    slug = words[0][:MAX_SLUG]
    for word in words[1:]:
        if len(slug) + 1 + len(word) > MAX_SLUG:
            break
        slug = f"{slug}-{word}"
    return slug


def article_paths(date: dt.date, slug: str) -> tuple[str, str]:
    stem = f"{ARTICLES_DIR}/{date.year}/{date.isoformat()}-{slug}"
    return f"{stem}.txt", f"{stem}.yml"


# --- YAML writing --------------------------------------------------------------------------------------


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar: any character is safe in it, escaped where needed."""
    return yaml.safe_dump(text, default_style='"', allow_unicode=True, width=math.inf).rstrip("\n")


def _scalar(text: str) -> str:
    """Plain when plain reads back as the same text (a name, a city), else double-quoted."""
    plain = re.fullmatch(r"[^\W\d_][\w .'’-]*", text) and not text.endswith(" ")
    return text if plain and yaml.safe_load(text) == text else _quoted(text)


def _comment(text: str) -> str:
    """Text safe inside a YAML comment: one line, no control characters."""
    return "".join(c for c in " ".join(text.split()) if c.isprintable())


def _credit_line(credit: Credit, registry: PeopleIndex) -> str:
    person = None if credit.initials else match_person(credit.name, registry)
    fields = [f"person: {person}" if person else f"name: {_scalar(credit.name)}", f"role: {credit.role}"]
    if credit.city:
        fields.append(f"city: {_scalar(credit.city)}")
    flag = "; initials as printed: name the journalist" if credit.initials else ""
    return f"  - {{{', '.join(fields)}}}  # proposed: check{flag}"


def _credits(raw: RawArticle) -> tuple[tuple[Credit, ...], tuple[Flag, ...]]:
    """Every credit the trailer's lines give, as the archive reads them, and the lines not understood."""
    return read_trailer(raw.trailer)


def _unread_lines(flags: tuple[Flag, ...]) -> list[str]:
    unread = [flag for flag in flags if not flag.initials]
    if not unread:
        return []
    lines = ["", "# Credit lines not understood: add who they credit to byline: or contributors: by hand."]
    return lines + [f"#   line {flag.line}: {_comment(flag.text)}" for flag in unread]


def _source_lines(raw: RawArticle) -> list[str]:
    url = _URL.search(raw.source.text) if raw.source else None
    if url is None:
        return ["# source:", "#   publisher: ...", "#   url: https://...", "#   licence: ...", "#   licence_url: https://..."]
    link = url[0].rstrip(".,;:'’”")
    while link.endswith(")") and link.count("(") < link.count(")"):
        link = link[:-1].rstrip(".,;:")
    return ["source:", f"  url: {_quoted(link)}", "  # publisher: ...", "  # licence: ...", "  # licence_url: https://..."]


def _quote_lines(proposal: Proposal, body: anchoring.ArticleText) -> list[str]:
    quote = proposal.quote
    text = " ".join(quote.text.split())
    lines = [f"  - quote: {_quoted(text)}"]
    if proposal.person is None:
        why = f"why not: {_comment(quote.cue)}" if quote.cue else "no reporting cue found"
        lines.append(f"    speaker: {UNKNOWN_SPEAKER}  # {why}")
    else:
        lines.append(f"    speaker: {proposal.person}  # why: {_comment(quote.cue or '')}")
        if quote.role:
            lines.append(f"    role: {_scalar(quote.role[:_MAX_ROLE])}")
    lines.append("    confirmed: false")
    if occurrence := occurrence_of(text, quote.paragraph, quote.start, body):
        lines.append(f"    occurrence: {occurrence}")
    return lines


def _claim_lines(proposal: ClaimProposal, body: anchoring.ArticleText) -> list[str]:
    """A proposed claim: its text, cue and one source, each a proposal until an editor deletes `confirmed: false`."""
    claim = proposal.claim
    lines = [f"  - claim: {_quoted(claim.text)}", f"    cue: {_quoted(claim.cue[:_MAX_CUE])}"]
    if proposal.speaker is not None:
        lines.append(f"    speaker: {proposal.speaker}")
        if proposal.role:
            lines.append(f"    role: {_scalar(proposal.role[:_MAX_ROLE])}")
    elif proposal.unnamed is not None:
        unnamed = proposal.unnamed
        lines += ["    unnamed:", f"      description: {_quoted(unnamed.description[:_MAX_DESCRIPTION])}"]
        if unnamed.affiliation:
            lines.append(f"      affiliation: {_quoted(unnamed.affiliation[:_MAX_DESCRIPTION])}")
        if unnamed.reason:
            lines.append(f"      reason: {_quoted(unnamed.reason[:_MAX_REASON])}")
    elif proposal.document is not None:
        lines += ["    document:", f"      description: {_quoted(proposal.document.description[:_MAX_DESCRIPTION])}"]
        if proposal.issuer is not None:
            lines.append(f"      issuer: {proposal.issuer}")
    lines.append("    confirmed: false")
    if occurrence := occurrence_of(claim.text, claim.paragraph, claim.start, body):
        lines.append(f"    occurrence: {occurrence}")
    return lines


def occurrence_of(text: str, paragraph: int, start: int, body: anchoring.ArticleText) -> int | None:
    """Which of the places `check` finds this text is the quote, when it finds more than one."""
    found = anchoring.find(text, body)
    spans = list(found.spans) if isinstance(found, anchoring.Found) else []
    if len(spans) < 2:
        return None
    here = [n for n, s in enumerate(spans, 1) if s.paragraph == paragraph and s.start <= start < s.end]
    exact = [n for n, s in enumerate(spans, 1) if s.paragraph == paragraph and s.start == start]
    return next(iter(exact or here), None)


def render_yaml(
    raw: RawArticle,
    language: str,
    credits: tuple[Credit, ...],
    proposals: tuple[Proposal, ...],
    claims: tuple[ClaimProposal, ...],
    new_people: tuple[tuple[str, str], ...],
    registry: PeopleIndex,
    credit_flags: tuple[Flag, ...] = (),
    organisations: frozenset[str] = frozenset(),
) -> str:
    lines = [
        SCHEMA_LINE,
        "# Scaffolded by `.venv/bin/python -m build_scripts new`: every value below is a proposal read from the text.",
        "# Check each quote's speaker and each claim's source against the article, then delete its",
        "# `confirmed: false`; decide each `speaker: unknown` (name someone or delete the quote); delete a claim",
        "# that is not reported speech; check the lines marked `# proposed: check`;",
        "# fill in the source and tags. Then run `.venv/bin/python -m build_scripts check`.",
        f"language: {language}",
        *_source_lines(raw),
        "# tags: [topic, another-topic]",
    ]
    byline = [c for c in credits if c.role != "contributed"]
    contributors = [c for c in credits if c.role == "contributed"]
    for key, group in (("byline", byline), ("contributors", contributors)):
        if group:
            lines += ["", f"{key}:", *(_credit_line(c, registry) for c in group)]
    lines += _unread_lines(credit_flags)
    body = anchoring.prepare(raw.body)
    lines += ["", "quotes:" if proposals else "quotes: []  # no direct quotes found"]
    for proposal in proposals:
        lines += _quote_lines(proposal, body)
    lines += ["", "claims:" if claims else "claims: []  # no reported speech found"]
    for claim in claims:
        lines += _claim_lines(claim, body)
    if new_people:
        lines += ["", f"# New people and organisations to add to {PEOPLE_FILE} (check the names):"]
        for pid, name in new_people:
            lines += [f"# {pid}:", f"#   name: {_comment(_scalar(name))}"]
            if pid in organisations:
                lines.append("#   kind: organisation")
    return "\n".join(lines) + "\n"


def date_argument(text: str) -> dt.date:
    """`--date`: a calendar date as YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, such as 2024-10-23; found {text!r}") from None


def year_argument(text: str) -> int:
    """`--year`: the year of a dateline that prints only the month and day."""
    if not re.fullmatch(r"[0-9]{4}", text):
        raise argparse.ArgumentTypeError(f"expected a year as YYYY, such as 2024; found {text!r}")
    return int(text)


def slug_argument(text: str) -> str:
    """`--slug`: what the archive accepts after the date in a file name."""
    if not SLUG.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"expected lowercase letters, digits and hyphens, such as korea-utara-kirim-tentara; found {text!r}"
        )
    return text


# --- The scaffold ---------------------------------------------------------------------------------------


def _without_dateline(paragraphs: list[str], raw: RawArticle) -> list[str]:
    """The paragraphs with the opening dateline blanked, offsets kept: "NAIROBI, Nov 18 (Reuters) - Kenya's central
    bank held …, saying …" must not make the city the subject of what follows."""
    dateline = opening_dateline(raw)
    if paragraphs and dateline is not None and paragraphs[0].startswith(dateline.text):
        paragraphs[0] = " " * len(dateline.text) + paragraphs[0][len(dateline.text) :]
    return paragraphs


def scaffold(raw: RawArticle, people: Mapping[str, Person], date: dt.date, slug: str) -> Scaffold:
    """The annotation file for a raw article, and where both files go."""
    txt_path, yml_path = article_paths(date, slug)
    language = detect_language(" ".join(p.text for p in raw.body))
    registry = registry_index(people)
    paragraphs = _without_dateline([p.text for p in raw.body], raw)
    new_ids: dict[str, str] = {}
    proposals = tuple(propose_speakers(find_quotes(paragraphs, language), registry, new_ids))
    claims = tuple(propose_claims(find_claims(paragraphs, language), registry, new_ids))
    new_people: dict[str, str] = {}
    for proposal in proposals:
        if proposal.is_new and proposal.person and proposal.quote.speaker:
            new_people.setdefault(proposal.person, proposal.quote.speaker)
    for claim in claims:
        for pid, name in claim.new:
            new_people.setdefault(pid, name)
    credits, flags = _credits(raw)
    news = tuple(new_people.items())
    roles = [(p.person, p.quote.role) for p in proposals] + [(c.speaker, c.role) for c in claims]
    bodies = {pid for pid, role in roles if organisation_role(role)}
    named = named_as_bodies(paragraphs)
    organisations = frozenset(pid for pid, name in news if is_organisation(name) or pid in bodies or name.casefold() in named)
    text = render_yaml(raw, language, credits, proposals, claims, news, registry, flags, organisations)
    return Scaffold(txt_path, yml_path, text, language, proposals, claims, news, len(credits), flags, organisations)


def summary(result: Scaffold, dated: str) -> str:
    """What was written, what to check, and the next step."""
    proposed = sum(p.person is not None for p in result.proposals)
    unknown = len(result.proposals) - proposed
    people = len(result.new_people)
    named = sum(c.speaker is not None for c in result.claims)
    documents = sum(c.document is not None for c in result.claims)
    return "\n".join(
        [
            f"wrote {result.txt_path} (the text as received, {dated})",
            (
                f"wrote {result.yml_path}: language {result.language}, {_count(len(result.proposals), 'quote')} "
                f"({proposed} with a proposed speaker, {unknown} with none), {_count(len(result.claims), 'claim')} "
                f"({named} named, {len(result.claims) - named - documents} unnamed, {documents} from documents), "
                f"{_count(result.credits, 'credit')}, "
                f"{_count(people, 'new person or organisation', 'new people or organisations')} to add to {PEOPLE_FILE}"
            ),
            *(
                str(Problem(result.txt_path, f.line, f.column, f.message(result.yml_path), warning=True))
                for f in result.credit_flags
            ),
            f"next: check every proposal in {result.yml_path}, then run .venv/bin/python -m build_scripts check",
        ]
    )


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


def file_articles(root: Path, paths: Sequence[Path], date: dt.date | None, slug: str | None, year: int | None) -> int:
    """The command: each article of `paths` (files, and the .txt files of folders) filed or said why not.

    One article that cannot be dated or read stops only itself: a backlog is filed in one run, and what is
    left is listed at the end for a second run with the missing `--date` or `--year`.
    """
    sources, missing = articles_in(paths)
    for problem in missing:
        print(problem, file=sys.stderr)
    if slug and len(sources) > 1:
        message = f"--slug names one article, and {len(sources)} were given: leave it out to make each slug from its title"
        print(message, file=sys.stderr)
        return 2
    people = _people(root)
    left: list[Path] = []
    for number, source in enumerate(sources, start=1):
        if len(sources) > 1:
            print(f"[{number}/{len(sources)}] {source}", flush=True)
        stopped = write_new_article(root, source, people, date, slug, year)
        for problem in stopped:
            print(problem, file=sys.stderr, flush=True)
        if stopped:
            left.append(source)
    if len(sources) > 1:
        filed = len(sources) - len(left)
        unfiled = f"; not filed: {', '.join(map(str, left))}" if left else ""
        print(f"filed {filed} of {len(sources)} articles{unfiled}")
    return 1 if left or missing else 0


def articles_in(paths: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """The files named, and the .txt files of the folders named, each once, in the order given (a folder's sorted)."""
    found: dict[Path, Path] = {}
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            texts = sorted(child for child in path.iterdir() if child.suffix == ".txt" and child.is_file())
            if not texts:
                problems.append(Problem(str(path), 1, 1, "folder holds no .txt file; expected articles saved as .txt"))
            for text in texts:
                found.setdefault(text.resolve(), text)
        else:
            found.setdefault(path.resolve(), path)
    return list(found.values()), problems


def write_new_article(
    root: Path, source: Path, people: Mapping[str, Person], date: dt.date | None, slug: str | None, year: int | None
) -> list[Problem]:
    """Read, date and file one raw article; refuse to overwrite anything; say what was done, or what stopped it."""
    try:
        data = source.read_bytes()
    except OSError as err:
        return [Problem(str(source), 1, 1, f"cannot read the article: {err.strerror}")]
    text, problems = decode(str(source), data)
    raw, raw_problems = parse_raw(str(source), text) if text is not None else (None, [])
    if raw is None or problems or raw_problems:
        return problems + raw_problems
    dating = article_date(raw, date, year)
    if dating.date is None:
        return [Problem(str(source), dating.line, 1, dating.how)]
    result = scaffold(raw, people, dating.date, slug or slug_from_title(raw.title))
    for path in (result.txt_path, result.yml_path):
        if (root / path).exists():
            message = "already exists; nothing was written: choose another --slug or --date, or edit the existing file"
            return [Problem(path, 1, 1, message)]
    (root / result.txt_path).parent.mkdir(parents=True, exist_ok=True)
    with open(root / result.txt_path, "xb") as txt, open(root / result.yml_path, "x", encoding="utf-8", newline="\n") as yml:
        txt.write(data)
        yml.write(result.yml_text)
    print(summary(result, dating.how), flush=True)
    return []


def _people(root: Path) -> dict[str, Person]:
    """The registry as it stands; a broken people.yml only costs matches (`check` reports it)."""
    path = root / PEOPLE_FILE
    if not path.is_file():
        return {}
    text, _ = decode(PEOPLE_FILE, path.read_bytes())
    return parse_people(PEOPLE_FILE, text)[0] if text is not None else {}
