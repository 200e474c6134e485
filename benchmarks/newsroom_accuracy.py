"""How well `new` reads articles from other newsrooms, measured on tests/newsroom_cases.

Each article goes through `new`'s own pure functions with an empty people registry (an unseen article
quotes people nobody registered yet): `parse_raw`, `scaffold` (its YAML text read back with
`yaml.safe_load`) and, when the module exists, `read.datelines.find_dateline`. Its output is compared
with the gold file beside the article (format in tests/newsroom_cases/README.md):

- speakers: share of gold quotes whose proposed speaker id is `person_id` of the gold name (a gold
  `speaker: null` wants `unknown`, or an organisation `new` lists as `kind: organisation`: the archive's
  annotations let a body speak, and it is never proposed as a person); a quote the finder missed counts as
  wrong;
- roles: share of gold quotes with a role whose proposed `role:` equals it, both normalised
  (casefold, white space, outer punctuation, a leading article: "a 52-year-old farmer" is
  "52-year-old farmer", "Seorang warga" is "warga");
- credits: share of gold credits proposed under `byline:`/`contributors:` with the same name and role;
  proposed credits that are not in the gold are counted apart as extra;
- datelines: share of articles whose dateline gives the gold city and date (or month and day, or
  neither when the gold has neither); 0 while read/datelines.py does not exist;
- story paragraphs: share of articles whose body has exactly the gold number of paragraphs and none of
  the gold trailer's lines.

Run `.venv/bin/python -m benchmarks.newsroom_accuracy [--part tuning|held_out] [--misses]`; `--misses`
lists every quote whose speaker or role was not the gold one, with what was proposed, every credit missed
or proposed beyond the gold, every dateline read wrong and every story of the wrong length or holding a trailer
line: for the tuning part only, since reading the held-out misses would make them tuning material.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from build_scripts.contribute.proposals import person_id
from build_scripts.contribute.scaffold import UNKNOWN_SPEAKER, scaffold
from build_scripts.model import RawArticle
from build_scripts.read.raw_text import decode, parse_raw

CASES = Path(__file__).resolve().parent.parent / "tests" / "newsroom_cases"
PARTS = ("tuning", "held_out")
METRICS = ("speakers", "roles", "credits", "datelines", "story")
ENGLISH_STYLES = ("ap", "reuters", "afp", "wikinews")
INDONESIAN_STYLES = ("ap-id", "antara", "kompas", "tempo", "detik", "cnn-id")
_ANY_DATE = dt.date(2025, 1, 1)
"""The date `scaffold` files the article under: it only names the paths, which are not measured."""
_OUTER = " \t\n\"'“”‘’«».,;:!?()[]—–-"
_SEPARATOR = re.compile(r"_{3,}")
_DETERMINER = re.compile(r"(?:a|an|the|its|his|her|their|seorang|salah (?:satu|seorang)|sang) ")
_RANK = re.compile(
    r"\s+(?:(?:ajun\s+)?komisaris\s+besar|ajun\s+komisaris|komisaris\s+polisi|inspektur(?:\s+polisi)?\s+(?:satu|dua)"
    r"|komjen|irjen|brigjen|kombes|akbp|kompol|akp|iptu|ipda|aiptu|aipda|bripka|brigpol|briptu|bripda|letjen|mayjen"
    r"|kolonel|letkol|kapten|lettu|letda|laksamana|laksma|marsekal|marsma|serka|sertu|pelda"
    r"|(?:lieutenant|lt\.?)\s+colonel|lt\.?\s+col|colonel|col|(?:brigadier|brig\.?|major|maj\.?|lieutenant|lt\.?)\s+gen(?:eral)?"
    r"|gen|maj|(?:rear|vice)\s+adm(?:iral)?|admiral|adm|capt|lt|(?:staff\s+)?(?:sergeant|sgt)|corporal|cpl|commodore)"
    r"(?:\s+(?:polisi|pol|tni|inf|laut|udara))*$"
)
"""A police or military rank printed between the title and the name ("Kapolres Sleman AKBP Edy Priyono", "coast
guard spokesman Rear Admiral Jane Doe"); words that are also offices ("Attorney General", "team captain") are not
ranks here. Writers of the rounds left it in the role or out of it, and a reader takes either as the role (README,
Format)."""

DatelineFinder = Callable[[RawArticle], Any]


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def share(self) -> float | None:
        return self.right / self.total if self.total else None

    def __iadd__(self, other: Tally) -> Tally:
        self.right += other.right
        self.total += other.total
        return self


@dataclass
class Figures:
    articles: int = 0
    speakers: Tally = field(default_factory=Tally)
    roles: Tally = field(default_factory=Tally)
    credits: Tally = field(default_factory=Tally)
    extra_credits: int = 0
    datelines: Tally = field(default_factory=Tally)
    story: Tally = field(default_factory=Tally)

    def __iadd__(self, other: Figures) -> Figures:
        self.articles += other.articles
        self.extra_credits += other.extra_credits
        for metric in METRICS:
            tally = getattr(self, metric)
            tally += getattr(other, metric)
        return self

    def share(self, metric: str) -> float | None:
        tally: Tally = getattr(self, metric)
        return tally.share()


@dataclass(frozen=True)
class Case:
    name: str
    part: str
    style: str
    language: str
    text: str
    gold: Mapping[str, Any]


def load_cases(part: str, root: Path = CASES) -> list[Case]:
    """The articles of one part with their gold, in file-name order."""
    cases = []
    for path in sorted((root / part).glob("*.txt")):
        gold = yaml.safe_load(path.with_name(path.stem + ".gold.yml").read_text(encoding="utf-8"))
        text, problems = decode(path.name, path.read_bytes())
        if text is None:
            raise ValueError(problems)
        cases.append(Case(path.stem, part, gold["style"], gold["language"], text, gold))
    return cases


def dateline_finder() -> DatelineFinder | None:
    """`find_dateline` once read/datelines.py exists; None before, and datelines then score 0."""
    try:
        module = importlib.import_module("build_scripts.read.datelines")
    except ModuleNotFoundError:
        return None
    finder: DatelineFinder = module.find_dateline
    return finder


def normalise(text: str) -> str:
    return " ".join(text.split()).casefold().strip(_OUTER)


def role_key(text: str) -> str:
    """A role as compared: normalised, without the article or determiner a newsroom puts before it."""
    key = normalise(text)
    while match := _DETERMINER.match(key):
        key = key[match.end() :]
    return _RANK.sub("", key)


def _quote_entry(gold_quote: str, proposed: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The proposed quote that is the gold one: the same text, else one holding it or held by it."""
    wanted = normalise(gold_quote)
    texts = [normalise(str(entry.get("quote", ""))) for entry in proposed]
    for entry, text in zip(proposed, texts, strict=True):
        if text == wanted:
            return entry
    for entry, text in zip(proposed, texts, strict=True):
        if text and (wanted in text or text in wanted):
            return entry
    return None


def _trailer_lines(text: str, story_paragraphs: int) -> set[str]:
    """The lines after the story's last paragraph: what must not be printed as the story."""
    paragraphs = re.split(r"\n\s*\n", text.strip())[1:]
    lines = [
        [line.strip() for line in p.split("\n") if line.strip() and not _SEPARATOR.fullmatch(line.strip())] for p in paragraphs
    ]
    kept = [p for p in lines if p]
    end, counted = 0, 0
    while end < len(kept) and counted < story_paragraphs:
        counted += not _READ_MORE.match(kept[end][0])
        end += 1
    story = {line for p in kept[:end] for line in p if not _READ_MORE.match(line)}
    return {line for p in kept for line in p} - story


_READ_MORE = re.compile(r"(?:Baca juga|Read more|Simak juga|Pilihan Editor)\b", re.IGNORECASE)
"""A line pointing to another story: never a story paragraph, wherever it stands (the gold's convention)."""


def _dateline_right(gold: Mapping[str, Any] | None, found: Any) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    if normalise(str(gold.get("city") or "")) != normalise(found.city or ""):
        return False
    if "date" in gold:
        return bool(found.date == gold["date"])
    if "month" in gold:
        return found.date is None and (found.month, found.day) == (gold["month"], gold["day"])
    return found.date is None and found.month is None


def _credits(data: Mapping[str, Any]) -> set[tuple[str, str]]:
    entries = [*(data.get("byline") or []), *(data.get("contributors") or [])]
    return {(normalise(str(e.get("name") or e.get("person") or "")), str(e.get("role"))) for e in entries}


@dataclass(frozen=True)
class Miss:
    """A gold quote whose proposed speaker or role differs from the gold, as the rule writer reads it."""

    case: str
    quote: str
    speaker: tuple[str, str]
    role: tuple[str, str] | None

    def __str__(self) -> str:
        lines = [f"{self.case}: {self.quote[:70]!r}"]
        lines.append(f"    speaker: want {self.speaker[0]!r}, got {self.speaker[1]!r}")
        if self.role is not None:
            lines.append(f"    role:    want {self.role[0]!r}, got {self.role[1]!r}")
        return "\n".join(lines)


@dataclass(frozen=True)
class Proposed:
    """What `new` wrote for one article: its YAML read back, and the ids it lists as organisations."""

    raw: RawArticle
    data: Mapping[str, Any]
    organisations: frozenset[str]

    def speaker_right(self, entry: Mapping[str, Any], wanted: str) -> bool:
        speaker = entry.get("speaker")
        return speaker == wanted or (wanted == UNKNOWN_SPEAKER and speaker in self.organisations)


def _proposed(case: Case) -> Proposed:
    raw, problems = parse_raw(f"{case.name}.txt", case.text)
    if raw is None:
        raise ValueError(problems)
    result = scaffold(raw, {}, _ANY_DATE, case.name)
    return Proposed(raw, yaml.safe_load(result.yml_text) or {}, result.organisations)


def misses(case: Case) -> list[Miss]:
    """Every gold quote of one article given a wrong speaker or role, in the gold's order."""
    proposal = _proposed(case)
    proposed = list(proposal.data.get("quotes") or [])
    found = []
    for gold in case.gold.get("quotes") or []:
        entry = _quote_entry(gold["quote"], proposed) or {}
        wanted = person_id(gold["speaker"]) if gold.get("speaker") else UNKNOWN_SPEAKER
        speaker_right = proposal.speaker_right(entry, wanted)
        role = None
        if gold.get("role") and role_key(str(entry.get("role") or "")) != role_key(str(gold["role"])):
            role = (str(gold["role"]), str(entry.get("role")))
        if not speaker_right or role is not None:
            found.append(Miss(case.name, gold["quote"], (wanted, str(entry.get("speaker"))), role))
    return found


def credit_misses(case: Case) -> list[str]:
    """Every gold credit of one article not proposed, then every proposed credit the gold lacks."""
    gold = {(normalise(str(c["name"])), str(c["role"])) for c in case.gold.get("credits") or []}
    found = _credits(_proposed(case).data)
    missed = [f"{case.name}: credit {name!r} ({role}) not proposed" for name, role in sorted(gold - found)]
    return missed + [f"{case.name}: credit {name!r} ({role}) proposed, not in the gold" for name, role in sorted(found - gold)]


def dateline_misses(case: Case, find_dateline: DatelineFinder | None) -> list[str]:
    """The article's dateline when it is not the gold one: what the gold wants and what was read."""
    raw = _proposed(case).raw
    found = find_dateline(raw) if find_dateline is not None else None
    gold = case.gold.get("dateline")
    if find_dateline is not None and _dateline_right(gold, found):
        return []
    return [f"{case.name}: dateline: want {dict(gold) if gold else None}, got {found}"]


def story_misses(case: Case) -> list[str]:
    """The article's story when its paragraph count is not the gold one or it holds a trailer line."""
    raw = _proposed(case).raw
    wanted = case.gold["story_paragraphs"]
    trailer = _trailer_lines(case.text, wanted)
    in_story = sorted(line for p in raw.body for line in p.text.split("\n") if line.strip() in trailer)
    if len(raw.body) == wanted and not in_story:
        return []
    lines = [f"{case.name}: story: want {wanted} paragraphs, got {len(raw.body)}; last: {raw.body[-1].text[:70]!r}"]
    lines += [f"    trailer line in the story: {line[:70]!r}" for line in in_story]
    trailer_start = raw.trailer[0].text if raw.trailer else ""
    return lines + [f"    trailer begins: {trailer_start[:70]!r}"]


def measure(case: Case, find_dateline: DatelineFinder | None) -> Figures:
    """One article's figures."""
    figures = Figures(articles=1)
    proposal = _proposed(case)
    raw, data = proposal.raw, proposal.data
    proposed = list(data.get("quotes") or [])
    for gold in case.gold.get("quotes") or []:
        entry = _quote_entry(gold["quote"], proposed)
        wanted = person_id(gold["speaker"]) if gold.get("speaker") else UNKNOWN_SPEAKER
        figures.speakers.add(entry is not None and proposal.speaker_right(entry, wanted))
        if gold.get("role"):
            role = entry.get("role") if entry is not None else None
            figures.roles.add(role is not None and role_key(str(role)) == role_key(str(gold["role"])))
    gold_credits = {(normalise(str(c["name"])), str(c["role"])) for c in case.gold.get("credits") or []}
    found_credits = _credits(data)
    for credit in gold_credits:
        figures.credits.add(credit in found_credits)
    figures.extra_credits = len(found_credits - gold_credits)
    found_dateline = find_dateline(raw) if find_dateline is not None else None
    figures.datelines.add(find_dateline is not None and _dateline_right(case.gold.get("dateline"), found_dateline))
    trailer = _trailer_lines(case.text, case.gold["story_paragraphs"])
    body_lines = {line.strip() for p in raw.body for line in p.text.split("\n")}
    figures.story.add(len(raw.body) == case.gold["story_paragraphs"] and not body_lines & trailer)
    return figures


def measure_part(part: str, root: Path = CASES) -> dict[tuple[str, str], Figures]:
    """Figures per (language, style) of one part."""
    find_dateline = dateline_finder()
    results: dict[tuple[str, str], Figures] = {}
    for case in load_cases(part, root):
        figures = results.setdefault((case.language, case.style), Figures())
        figures += measure(case, find_dateline)
    return results


def by_language(results: Mapping[tuple[str, str], Figures]) -> dict[str, Figures]:
    totals: dict[str, Figures] = {}
    for (language, _), figures in results.items():
        total = totals.setdefault(language, Figures())
        total += figures
    return totals


def _cell(tally: Tally) -> str:
    share = tally.share()
    return "—" if share is None else f"{100 * share:5.1f}% {tally.right:>3}/{tally.total:<3}"


def _row(label: str, figures: Figures) -> str:
    cells = [_cell(getattr(figures, metric)) for metric in METRICS]
    return f"| {label} | {figures.articles} | " + " | ".join(cells) + f" | {figures.extra_credits} |"


def table(part: str, results: Mapping[tuple[str, str], Figures], datelines_read: bool) -> str:
    """A Markdown table: one row per language and style, then per language, then all."""
    lines = [
        f"### {part}" + ("" if datelines_read else " (read/datelines.py absent: datelines counted as 0)"),
        "",
        "| language / style | articles | speakers exact | roles | credits | datelines | story paragraphs | extra credits |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [_row(f"{language} / {style}", results[language, style]) for language, style in sorted(results)]
    everything = Figures()
    for language, figures in sorted(by_language(results).items()):
        lines.append(_row(f"**{language}**", figures))
        everything += figures
    lines.append(_row("**all**", everything))
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--part", choices=PARTS, help="measure one part only (default: both, separately)")
    parser.add_argument(
        "--misses", action="store_true", help="list the tuning part's wrong speakers, roles, credits, datelines and stories"
    )
    args = parser.parse_args(None if argv is None else list(argv))
    if args.misses:
        find_dateline = dateline_finder()
        for case in load_cases("tuning"):
            found = [*map(str, misses(case)), *credit_misses(case), *dateline_misses(case, find_dateline)]
            for line in [*found, *story_misses(case)]:
                print(line)
        return 0
    datelines_read = dateline_finder() is not None
    for part in [args.part] if args.part else PARTS:
        print(table(part, measure_part(part), datelines_read), end="\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
