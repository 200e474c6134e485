"""Where the direct quotes of a paragraph are: the text between its double quotation marks.

Curly marks say which way they face; a straight mark is told by its
neighbours. Single marks are left alone (apostrophes make them ambiguous).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_scripts.contribute.lexicons import ABBREVIATIONS

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
_OPENS_AFTER = " \t\n([{—–-/:"
TERMINAL = re.compile(r"[.…](?:\[\.\]|[\])'’])*$|\[\.\]$")
"""A quote ending its sentence: "…dilihat.", "…victims[.]". Not "?" or "!": “Why?” Smith asked."""


@dataclass(frozen=True)
class QuoteSpan:
    """One quote's place in a paragraph: marks (None when missing) and the text between them."""

    open: int | None
    close: int | None
    start: int
    end: int


def _mark_kind(text: str, i: int) -> str:
    """'open', 'close' or 'either', from the mark itself or, for a straight mark, from its neighbours."""
    char = text[i]
    if char in OPENING:
        return "open"
    if char in CLOSING:
        return "close"
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPENS_AFTER and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _clause_start(text: str, before: int, floor: int) -> int:
    """Where the sentence holding `before` starts, not earlier than `floor`: for a quote whose opening mark is lost."""
    for match in reversed(list(re.finditer(r"[.!?]\s+", text[floor:before]))):
        word = re.search(r"(\w+)\.$", text[floor : floor + match.start() + 1])
        if word is None or (word[1].casefold() not in ABBREVIATIONS and len(word[1]) > 1):
            return floor + match.end()
    return floor


def quote_spans(text: str) -> list[QuoteSpan]:
    """Outermost quotes of a paragraph; nested ones stay inside their quote.

    A quote still open at the paragraph's end runs to it (news style opens
    every paragraph of a long quote and closes only the last); a closing mark
    with no opening one starts its quote at its own sentence.
    """
    spans: list[QuoteSpan] = []
    depth, opened = 0, 0
    for i, char in enumerate(text):
        if char not in OPENING and char not in CLOSING and char != STRAIGHT:
            continue
        kind = _mark_kind(text, i)
        if kind == "either":
            kind = "close" if depth else "open"
        if kind == "open":
            depth, opened = depth + 1, i if depth == 0 else opened
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append(QuoteSpan(opened, i, opened + 1, i))
        else:
            floor = spans[-1].end + 1 if spans else 0
            spans.append(QuoteSpan(None, i, _clause_start(text, i, floor), i))
    if depth:
        spans.append(QuoteSpan(opened, None, opened + 1, len(text)))
    return [_trimmed(text, span) for span in spans]


def _trimmed(text: str, span: QuoteSpan) -> QuoteSpan:
    inner = text[span.start : span.end]
    start = span.start + len(inner) - len(inner.lstrip())
    return QuoteSpan(span.open, span.close, start, max(start, span.start + len(inner.rstrip())))
