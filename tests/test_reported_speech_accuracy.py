"""How well `new` proposes reported claims, measured on hand-annotated articles it was never tuned on.

Gold: tests/reported_speech_cases (its README says how it was written and annotated). The rules were
adjusted on `tuning/` only; `held_out/` measures them. A proposal matches a gold claim when both are in
the same paragraph and their characters overlap by at least half of their union; each gold claim and each
proposal is matched at most once, best overlap first.

- precision: share of proposals that match a gold claim;
- recall: share of gold claims matched by a proposal;
- source: share of matched claims whose proposed source is the gold one: the same id for a named person or
  organisation (the name made into an id, as `new` does with an empty registry); an unnamed source whose
  description holds the gold one or is held in it; a document whose issuer is the gold issuer, or whose
  description holds the gold one or is held in it when the gold names no issuer.

Each test fails when its figure drops below its floor: the held-out figure measured when the rules were
written (precision 75/75, recall 75/77, source 57/75), rounded down to the next multiple of 0.05 below it.
Run with `-s` to see the figures of both parts and both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from build_scripts.contribute.claim_sources import ClaimSource, Document, Named, Unnamed
from build_scripts.contribute.proposals import person_id
from build_scripts.contribute.reported_speech import FoundClaim, find_claims
from build_scripts.read.people_index import fold

CASES = Path(__file__).parent / "reported_speech_cases"
_MARK = re.compile(r"⟦([^⟦⟧]*)⟧⟨([^⟩]*)⟩")
FLOORS = {"precision": 0.95, "recall": 0.95, "source": 0.75}


@dataclass(frozen=True)
class Gold:
    paragraph: int
    start: int
    end: int
    text: str
    fields: dict[str, str]


@dataclass(frozen=True)
class Case:
    name: str
    language: str
    paragraphs: list[str]
    gold: list[Gold]


def load_case(path: Path) -> Case:
    """An article's text with the marks removed, and its gold claims at their offsets in that text."""
    paragraphs, gold = [], []
    for number, marked in enumerate(p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()):
        text, position = "", 0
        for match in _MARK.finditer(marked):
            text += marked[position : match.start()]
            fields = dict(field.split("=", 1) for field in match[2].split("|"))
            gold.append(Gold(number, len(text), len(text) + len(match[1]), match[1], fields))
            text += match[1]
            position = match.end()
        paragraphs.append(text + marked[position:])
    return Case(path.stem, path.stem.split("-")[0], paragraphs, gold)


def cases(part: str) -> list[Case]:
    return [load_case(path) for path in sorted((CASES / part).glob("*.txt"))]


def overlap(claim: FoundClaim, gold: Gold) -> float:
    if claim.paragraph != gold.paragraph:
        return 0.0
    shared = min(claim.end, gold.end) - max(claim.start, gold.start)
    return max(shared, 0) / (max(claim.end, gold.end) - min(claim.start, gold.start))


def _holds(one: str, other: str) -> bool:
    a, b = fold(one), fold(other)
    return a in b or b in a


def source_right(source: ClaimSource | None, gold: Gold) -> bool:
    fields = gold.fields
    if "speaker" in fields:
        return isinstance(source, Named) and person_id(source.name) == fields["speaker"]
    if "unnamed" in fields:
        return isinstance(source, Unnamed) and _holds(source.description, fields["unnamed"])
    if not isinstance(source, Document):
        return False
    if "issuer" in fields:
        return source.issuer is not None and person_id(source.issuer) == fields["issuer"]
    return _holds(source.description, fields["document"])


@dataclass
class Figures:
    proposed: int = 0
    gold: int = 0
    matched: int = 0
    sourced: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.proposed if self.proposed else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def source(self) -> float:
        return self.sourced / self.matched if self.matched else 0.0


def match(found: list[FoundClaim], gold: list[Gold]) -> list[tuple[FoundClaim, Gold]]:
    """Proposals paired with gold claims, best overlap first, each at most once."""
    pairs = sorted(((overlap(f, g), i, j) for i, f in enumerate(found) for j, g in enumerate(gold)), key=lambda p: -p[0])
    used_found, used_gold, matched = set(), set(), []
    for ratio, i, j in pairs:
        if ratio < 0.5:
            break
        if i not in used_found and j not in used_gold:
            used_found.add(i)
            used_gold.add(j)
            matched.append((found[i], gold[j]))
    return matched


def measure(part: str, language: str | None = None) -> Figures:
    figures = Figures()
    for case in cases(part):
        if language not in (None, case.language):
            continue
        found = find_claims(case.paragraphs, case.language)
        pairs = match(found, case.gold)
        figures.proposed += len(found)
        figures.gold += len(case.gold)
        figures.matched += len(pairs)
        figures.sourced += sum(source_right(f.source, g) for f, g in pairs)
    return figures


@pytest.fixture(scope="module")
def held_out() -> Figures:
    for part in ("held_out", "tuning"):
        for language in (None, "en", "id"):
            f = measure(part, language)
            print(
                f"\n{part} {language or 'all'}: {f.proposed} proposed, {f.gold} gold, {f.matched} matched, "
                f"{f.sourced} with the right source: precision {f.precision:.3f}, recall {f.recall:.3f}, "
                f"source {f.source:.3f}"
            )
    return measure("held_out")


def test_the_gold_marks_are_well_formed() -> None:
    """Every mark names one kind of source and only known fields; no stray mark is left in the text."""
    for part in ("tuning", "held_out"):
        for case in cases(part):
            assert case.language in ("en", "id"), case.name
            for paragraph in case.paragraphs:
                assert not re.search("[⟦⟧⟨⟩]", paragraph), case.name
            for gold in case.gold:
                kinds = [k for k in ("speaker", "unnamed", "document") if k in gold.fields]
                assert len(kinds) == 1, (case.name, gold.fields)
                assert set(gold.fields) <= {"cue", "speaker", "unnamed", "document", "issuer", "reason", "affiliation"}
                assert case.paragraphs[gold.paragraph][gold.start : gold.end] == gold.text


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_held_out_figure_stays_above_its_floor(held_out: Figures, figure: str) -> None:
    assert getattr(held_out, figure) >= FLOORS[figure]
