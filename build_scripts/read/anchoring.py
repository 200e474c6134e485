"""Find where each quote and note sits in the article's text.

Editors copy quotes from wherever they read them, so matching ignores the
differences a copy introduces (spacing, Unicode composition, curly vs straight
quote marks) while the span found always points into the original text.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import operator
import re
import sys
import unicodedata
from dataclasses import dataclass, field

from build_scripts.model import Paragraph, Span

# Copies switch between curly and straight marks and between double and single nesting styles.
_QUOTE_MARKS = "“”„‟″«»‘’‚‛′‹›'`´"
_QUOTE_MARK = re.compile(f"[{_QUOTE_MARKS}]")


def _straightened(text: str) -> str:
    """`_QUOTE_MARK.sub('"', text)`, cheaper: a text holds few of the marks, and `in` skips the rest."""
    for mark in _QUOTE_MARKS:
        if mark in text:
            text = text.replace(mark, '"')
    return text


@dataclass(frozen=True)
class NormalText:
    """A normalised text, and where each of its characters came from in the original.

    `pieces` are (normalised start, original start, original end) for runs that map one
    character to one character (original end is None) or one character to a whole cluster
    (a collapsed run of white space, a character with its combining marks).
    """

    text: str
    pieces: tuple[tuple[int, int, int | None], ...]

    def _piece(self, index: int) -> tuple[int, int, int | None]:
        return self.pieces[bisect.bisect_right(self.pieces, (index, sys.maxsize)) - 1]

    def start(self, index: int) -> int:
        """Where the normalised character at `index` starts in the original."""
        norm_start, orig_start, orig_end = self._piece(index)
        return orig_start if orig_end is not None else orig_start + index - norm_start

    def end(self, index: int) -> int:
        """Where the normalised character at `index` ends in the original."""
        norm_start, orig_start, orig_end = self._piece(index)
        return orig_end if orig_end is not None else orig_start + index - norm_start + 1


_IRREGULAR_SPACE = re.compile(r"\s{2,}|[^\S ]")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _one_kind_of_mark(text: str) -> str | None:
    """`text` with one kind of quote mark, if it is NFC already and has no combining marks (nearly every text):
    then each character maps to one, and only white space is left to normalise. None: it needs clusters."""
    if text.isascii():  # all of that, and ' and ` are its only quote marks
        return text.replace("'", '"').replace("`", '"')
    if unicodedata.is_normalized("NFC", text) and not any(map(unicodedata.combining, _NOT_ASCII.findall(text))):
        return _straightened(text)
    return None


def single_spaced(text: str) -> bool:
    """True when `" ".join(text.split())` is `text` already, told without splitting it.

    Every white space character but the plain space is unprintable, so a printable text with no double or
    edge space needs no collapsing: nearly every paragraph, and a scan for the others costs more than the rest.
    """
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def normalise(text: str) -> NormalText:
    """White space collapsed and trimmed, NFC, one kind of quote mark."""
    translated = _one_kind_of_mark(text)
    if translated is None:
        return _normalise_by_cluster(text)
    body = translated.strip()
    offset = len(translated) - len(translated.lstrip())
    if single_spaced(body):
        return NormalText(body, ((0, offset, None),))
    parts: list[str] = []
    pieces: list[tuple[int, int, int | None]] = []
    length = position = 0
    for run in _IRREGULAR_SPACE.finditer(body):
        parts.append(body[position : run.start()])
        pieces.append((length, offset + position, None))
        length += run.start() - position
        pieces.append((length, offset + run.start(), offset + run.end()))
        parts.append(" ")
        length += 1
        position = run.end()
    parts.append(body[position:])
    pieces.append((length, offset + position, None))
    return NormalText("".join(parts), tuple(pieces))


_HANGUL_VOWEL_OR_FINAL = re.compile("[\u1160-\u11ff\ud7b0-\ud7c6\ud7cb-\ud7fb]")


def _composes_hangul(cluster: str, char: str) -> bool:
    """Whether NFC joins a conjoining jamo to what precedes it: its combining class is 0, yet it composes."""
    if not _HANGUL_VOWEL_OR_FINAL.match(char):
        return False
    return len(unicodedata.normalize("NFC", cluster + char)) == len(unicodedata.normalize("NFC", cluster))


def _normalise_by_cluster(text: str) -> NormalText:
    """The general case: each character with what NFC may compose it with is normalised as one cluster."""
    out: list[str] = []
    pieces: list[tuple[int, int, int | None]] = []
    index = 0
    while index < len(text):
        end = index + 1
        while end < len(text) and (unicodedata.combining(text[end]) or _composes_hangul(text[index:end], text[end])):
            end += 1
        cluster = _QUOTE_MARK.sub('"', unicodedata.normalize("NFC", text[index:end]))
        if cluster.isspace():
            if out and out[-1] != " ":
                pieces.append((len(out), index, end))
                out.append(" ")
            elif out:
                norm_start, orig_start, _ = pieces[-1]
                pieces[-1] = (norm_start, orig_start, end)
        else:
            for char in cluster:
                pieces.append((len(out), index, end))
                out.append(char)
        index = end
    while out and out[-1] == " ":
        out.pop(), pieces.pop()
    return NormalText("".join(out), tuple(pieces))


def key(text: str) -> str:
    return normalise(text).text.strip()


@dataclass(frozen=True)
class Found:
    spans: tuple[Span, ...]
    """Every occurrence, or the first `limit` of them when `find` was given one."""
    total: int | None = field(default=None, compare=False)
    """How many occurrences there are (None: as many as `spans`)."""

    @property
    def count(self) -> int:
        return len(self.spans) if self.total is None else self.total


NEAR_MISS_BUDGET = 20_000_000
"""Character comparisons (article characters × quote characters) the near-miss search may make in a whole
archive: room for the closest passage of dozens of ordinary misses, while the worst text difflib can be given
(one letter repeated) stays within `check`'s promised time."""


@dataclass
class Budget:
    """How many character comparisons the near-miss search may still make.

    difflib's search is quadratic: one annotation file of long quotes that are not in a 1 MB article would
    take hours. One budget serves the whole archive, spent in a fixed order, so which quotes get the closest
    passage never depends on how many processes loaded the articles; past it, a quote not found is reported
    without the closest passage.
    """

    left: int = NEAR_MISS_BUDGET

    def spend(self, cost: int) -> bool:
        if cost > self.left:
            return False
        self.left -= cost
        return True


@dataclass(frozen=True)
class Closest:
    paragraph: int
    passage: str
    spans_paragraphs: bool
    """True when the text is there, but across a paragraph break."""


@dataclass(frozen=True)
class ArticleText:
    """An article's paragraphs as matching reads them: normalised, joined by single spaces, and where each starts.

    Made once per article and searched once per quote: a quote is looked for in the whole text, then placed.
    """

    originals: tuple[str, ...]
    joined: str
    starts: tuple[int, ...]
    """Where each paragraph's normalised text starts in `joined`."""
    normalised: tuple[NormalText, ...] | None
    """None when the paragraphs are their own normal form but for quote marks, which are one character either
    way: nearly every article. Then `joined` holds each paragraph at its original offsets."""

    def paragraph(self, number: int) -> NormalText:
        if self.normalised is not None:
            return self.normalised[number]
        return NormalText(self.joined[self.starts[number] : self._end(number)], ((0, 0, None),))

    def length(self, number: int) -> int:
        return self._end(number) - self.starts[number]

    def _end(self, number: int) -> int:
        return self.starts[number + 1] - 1 if number + 1 < len(self.starts) else len(self.joined)

    def span(self, number: int, start: int, end: int) -> Span:
        """The original text of paragraph `number` that its normalised characters start…end-1 came from."""
        if self.normalised is None:
            return Span(number, start, end)
        norm = self.normalised[number]
        return Span(number, norm.start(start), norm.end(end - 1))


_TEXT = operator.attrgetter("text")


def prepare(paragraphs: tuple[Paragraph, ...]) -> ArticleText:
    originals = tuple(map(_TEXT, paragraphs))
    if not originals:
        return ArticleText((), "", (), ())
    # A paragraph's lines are trimmed and joined by line breaks: each break is one space in the normal form.
    whole = " ".join(originals).replace("\n", " ")
    starts = tuple(itertools.accumulate((len(text) + 1 for text in originals[:-1]), initial=0))
    if single_spaced(whole):  # each paragraph is trimmed, and its only white space is single spaces
        joined = _one_kind_of_mark(whole)
        if joined is not None:
            return ArticleText(originals, joined, starts, None)
    normalised = tuple(normalise(text) for text in originals)
    joined = " ".join(norm.text for norm in normalised)
    starts = tuple(itertools.accumulate((len(norm.text) + 1 for norm in normalised[:-1]), initial=0))
    return ArticleText(originals, joined, starts, normalised)


def find(needle: str, text: ArticleText, *, limit: int | None = None) -> Found | Closest | None:
    """Every span of `needle` in the paragraphs; a `Closest` across a paragraph break when that is the only
    place it is; None when it is not there (`closest` then looks for the near miss).

    With `limit`, only the first `limit` spans and how many there are.
    """
    wanted = key(needle)
    if not wanted:
        return None
    whole = text.joined
    at = first = whole.find(wanted)
    if at == -1:
        return None
    spans: list[Span] = []
    total = 0
    while at != -1:
        number = bisect.bisect_right(text.starts, at) - 1
        start = at - text.starts[number]
        if start + len(wanted) <= text.length(number):  # not across a paragraph break
            if limit is not None and len(spans) >= limit:  # past the limit only count (overlapping, as here)
                total += _count(wanted, text, number, start)
                break
            spans.append(text.span(number, start, start + len(wanted)))
            total += 1
        at = whole.find(wanted, at + 1)
    if spans:
        return Found(tuple(spans), total if limit is not None else None)
    return Closest(bisect.bisect_right(text.starts, first) - 1, wanted, True)


def _count(wanted: str, text: ArticleText, number: int, start: int) -> int:
    """Occurrences, overlapping, from `start` in paragraph `number` to the end of the article: counted in C."""
    pattern = re.compile(f"(?={re.escape(wanted)})")
    count = len(pattern.findall(text.paragraph(number).text, start))
    return count + sum(len(pattern.findall(text.paragraph(n).text)) for n in range(number + 1, len(text.starts)))


def closest(needle: str, article: ArticleText, budget: Budget) -> Closest | None:
    """The passage most like `needle` (which `find` did not find), if one is alike enough and `budget` allows
    the search: its cost is paid even when nothing is alike."""
    wanted = key(needle)
    cost = len(wanted) * len(article.joined) + _PARAGRAPH_COST * len(article.starts)
    if not wanted or not budget.spend(cost):
        return None
    return _closest(wanted, article)


_PARAGRAPH_COST = 100
"""What setting difflib up for one paragraph costs, in character comparisons: many tiny paragraphs cost more
than their characters."""


def _closest(wanted: str, article: ArticleText) -> Closest | None:
    best: tuple[float, int, str] | None = None
    for number in range(len(article.starts)):
        norm = article.paragraph(number)
        text = norm.text
        matcher = difflib.SequenceMatcher(None, text, wanted, autojunk=False)
        block = matcher.find_longest_match(0, len(text), 0, len(wanted))
        if block.size == 0:
            continue
        start = max(0, block.a - block.b)
        end = min(len(text), start + len(wanted))
        ratio = difflib.SequenceMatcher(None, text[start:end], wanted, autojunk=False).ratio()
        if best is None or ratio > best[0]:
            original = article.originals[number]
            best = (ratio, number, _whole_words(original, norm.start(start), norm.end(end - 1)))
    if best is None or best[0] < 0.4:
        return None
    return Closest(best[1], best[2], False)


def _whole_words(text: str, start: int, end: int) -> str:
    """The passage widened to word boundaries, so the suggestion reads as text the editor can copy."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return " ".join(text[start:end].split())
