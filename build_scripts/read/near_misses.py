"""Quotes and notes not found in their article, and the closest passage to each, looked for across the archive.

difflib's search for the closest passage is quadratic, so it has one budget for the whole archive
(`anchoring.NEAR_MISS_BUDGET`). Articles are loaded in several processes, in any order: each keeps its
misses with its text (`Unfound`), and `settled` spends the budget once they are all loaded, in one fixed order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from build_scripts.model import Paragraph, Problem
from build_scripts.read import anchoring

_PASSAGE_SHOWN = 500
"""Characters of the closest passage a message shows: a quote may be 5,000, and a problem is one readable line."""


def describe_paragraph(paragraphs: tuple[Paragraph, ...], index: int) -> str:
    return f"paragraph {index + 1} (line {paragraphs[index].line})"


@dataclass(frozen=True)
class Miss:
    """A quote or note not found in its article's text, where its annotation file has it."""

    line: int
    column: int
    what: str
    text: str


@dataclass(frozen=True)
class Unfound:
    """An article's quotes and notes not found in its text, and the text: the closest passage to each is looked
    for once every article is loaded (`settled`), whichever process loaded this one."""

    path: str
    body: tuple[Paragraph, ...]
    misses: tuple[Miss, ...]


def settled(reported: Sequence[Problem | Unfound]) -> list[Problem]:
    """Every problem, an unfound quote's with the closest passage while one budget for the whole archive lasts.

    The budget is spent by path, then line and column: the same quotes get a closest passage however many
    processes loaded the articles, and in whatever order.
    """
    problems = [problem for problem in reported if isinstance(problem, Problem)]
    budget = anchoring.Budget()
    for unfound in sorted((u for u in reported if isinstance(u, Unfound)), key=lambda u: u.path):
        body = anchoring.prepare(unfound.body)
        for miss in sorted(unfound.misses, key=lambda m: (m.line, m.column)):
            near = anchoring.closest(miss.text, body, budget)
            problems.append(_not_found(unfound.path, miss, unfound.body, near))
    return problems


def _not_found(path: str, miss: Miss, body: tuple[Paragraph, ...], near: anchoring.Closest | None) -> Problem:
    shown = miss.text if len(miss.text) <= 80 else miss.text[:77] + "..."
    if near is not None:
        passage = near.passage if len(near.passage) <= _PASSAGE_SHOWN else near.passage[: _PASSAGE_SHOWN - 3] + "..."
        hint = f"; closest text in {describe_paragraph(body, near.paragraph)}: {passage!r}"
    else:
        hint = "; copy the text exactly as it appears in the article"
    return Problem(path, miss.line, miss.column, f"{miss.what} not found in the article: {shown!r}{hint}")
