"""One paragraph read into tokens, sentences, clauses and runs of capitalised words, once for every question.

The attribution rules ask the same things of every token (is it a name word,
where does its clause start and end); `ParsedParagraph` answers them from
tables worked out once in `read_paragraph`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from build_scripts.contribute.lexicons import (
    ABBREVIATIONS,
    EN,
    ENGLISH_OPENERS,
    GIVEN_NAMES,
    INDONESIAN_OPENERS,
    INSTITUTIONS,
    MONTHS,
    NOT_NAMES,
    PARTICLES,
    Lexicon,
)
from build_scripts.contribute.mentions import Name, base_word, is_acronym
from build_scripts.contribute.quote_spans import CLOSING, OPENING, STRAIGHT, TERMINAL, QuoteSpan, quote_spans

_FUNCTION_MONTHS = frozenset(["march"])
"""A month that is also a common word, never a name."""
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = rf"\w[\w{_MARKS}]*"
_TOKEN = re.compile(rf"{_WORD}(?:[-'’.]{_WORD})*|[^\w\s]")
"""Words keep their combining marks ("e" + U+0301): a span never ends inside a letter, which `check`, comparing
in NFC, could not find again."""


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str
    """'word', 'punct' or 'quote' (a whole quote, marks included)."""
    quote: int = -1
    """For a 'quote' token: its index among the paragraph's quotes."""

    @property
    def lower(self) -> str:
        return self.text.casefold()


def _tokens(text: str, spans: list[QuoteSpan]) -> list[Token]:
    """Words and punctuation outside quotes, each quote as one token, in order."""
    tokens: list[Token] = []
    position = 0
    for number, span in enumerate(spans):
        left = span.open if span.open is not None else span.start
        tokens += _plain_tokens(text, position, left)
        right = span.close + 1 if span.close is not None else span.end
        tokens.append(Token(text[left:right], left, right, "quote", number))
        position = right
    return tokens + _plain_tokens(text, position, len(text))


def _plain_tokens(text: str, start: int, end: int) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text, start, end):
        word = match[0]
        if word in OPENING or word in CLOSING or word == STRAIGHT:
            continue
        kind = "word" if word[0].isalnum() else "punct"
        stop = match.end()
        initial = len(word) == 1 and word.isupper()
        abbreviation = kind == "word" and (initial or "." in word or word.casefold() in ABBREVIATIONS)
        if abbreviation and text[stop : stop + 1] == ".":
            word, stop = word + ".", stop + 1
        tokens.append(Token(word, match.start(), stop, kind))
    # A full stop already swallowed by an abbreviation leaves an empty match; keep tokens disjoint.
    return [t for i, t in enumerate(tokens) if i == 0 or t.start >= tokens[i - 1].end]


def _sentence_starts(tokens: list[Token], quote_texts: list[str]) -> list[bool]:
    """For each token, whether a sentence starts there."""
    starts = [False] * len(tokens)
    for i, token in enumerate(tokens):
        if i == 0:
            starts[i] = True
            continue
        before = tokens[i - 1]
        ends = (before.kind == "punct" and before.text in ".!?") or (
            before.kind == "quote" and TERMINAL.search(quote_texts[before.quote]) is not None
        )
        starts[i] = ends and (token.kind == "quote" or token.text[0].isupper() or token.text[0].isdigit())
    return starts


@dataclass(frozen=True)
class ParsedParagraph:
    """One paragraph read into tokens, with the questions the attribution rules ask of them."""

    text: str
    spans: list[QuoteSpan]
    tokens: list[Token]
    starts: list[bool]
    """Whether a sentence starts at each token."""
    lexicon: Lexicon
    common: frozenset[str]
    """Words the article prints in lowercase: capitalised at a sentence start, they are not names."""
    proper: frozenset[str]
    """Words the article capitalises inside a sentence: names, wherever they stand."""
    bounds: tuple[tuple[int, int], ...]
    """For each token, its sentence: first token, and the token after the last."""
    floors: tuple[int, ...]
    """For each token, the first token of its clause: after its sentence's start, the last quote or ';' before it."""
    ceilings: tuple[int, ...]
    """For each token, where its clause ends: the next quote or ';' in its sentence, or the sentence's end."""
    dashes: tuple[int, ...]
    brackets: tuple[tuple[int, ...], tuple[int, ...]]
    """Token indices of "(" and of ")"."""
    nouns: frozenset[str] = frozenset()
    """Words the article prints as lowercase nouns ("commuters"): capitalised before a name, a title."""

    def word(self, i: int) -> str:
        """Token i in lowercase, or "" past either end or for a quote."""
        return self.tokens[i].lower if 0 <= i < len(self.tokens) and self.tokens[i].kind != "quote" else ""

    def is_name_word(self, i: int) -> bool:
        """False past either end of the paragraph, so a rule may look at the word after a name that ends it."""
        if not 0 <= i < len(self.tokens):
            return False
        token = self.tokens[i]
        if token.kind != "word":
            return False
        base = base_word(token.text)
        if is_acronym(base):
            return True
        if not (base[0].isupper() or re.match(r"[a-z]{1,3}-\w", base)) or self._never_a_name(i, base.casefold()):
            return False
        if _DESCRIBING_SUFFIX.search(base) or self._before_describing(i):
            return False
        if self.starts[i] and base.casefold() in PARTICLES and self._particle_opens_name(i):
            return True
        return not (self.starts[i] and (base.casefold() in self.common or base.endswith("ly")))

    def _particle_opens_name(self, i: int) -> bool:
        """Whether a particle capitalised at a sentence's start opens a surname ("Van der Meulen disagreed", "De la
        Cruz said"): the article prints it in lowercase inside the full name, yet here it is the name's."""
        j = i + 1
        while j < len(self.tokens) and self.joined(j) and self.tokens[j].text in PARTICLES:
            j += 1
        return self.joined(j) and self._capitalised(j) and self.word(j) not in NOT_NAMES

    def _before_describing(self, i: int) -> bool:
        """Whether the capitalised words from i run into a describing word ("Abu Dhabi-owned"): the place's."""
        j = i + 1
        while j < len(self.tokens) and self.tokens[j].kind == "word" and self.tokens[j].text[:1].isupper():
            if _DESCRIBING_SUFFIX.search(self.tokens[j].text):
                return True
            j += 1
        return False

    def _never_a_name(self, i: int, folded: str) -> bool:
        """A sentence opener, weekday or month; a month only beside a number ("May 5"), not in "Theresa May"; a
        given name that is also a function word ("Lalu") only where it cannot be one: at a sentence's start or
        without a name word after it ("Lalu Marzuki" inside a sentence is a name)."""
        if folded not in NOT_NAMES:
            return False
        if folded in ENGLISH_OPENERS and self.lexicon is not EN and not self.starts[i]:
            return False  # "Walhi Riau Even Sembiring", "tutur Even.": no English word inside an Indonesian sentence.
        if folded in INDONESIAN_OPENERS and folded not in ENGLISH_OPENERS and self.lexicon is EN and not self.starts[i]:
            return False  # "Lt. Gov. Dan Patrick": no Indonesian word inside an English sentence.
        if folded in GIVEN_NAMES and not self.starts[i] and self.joined(i + 1) and self._capitalised(i + 1):
            return False
        if folded in _NAME_NUMBERS and self._between_names(i):
            return False
        if folded not in MONTHS or folded in _FUNCTION_MONTHS:
            return True
        return any(0 <= j < len(self.tokens) and self.tokens[j].text[:1].isdigit() for j in (i - 1, i + 1))

    def plural_possessive(self, i: int) -> bool:
        """Whether word i is a plural possessive ("Growers'" in "Citrus Growers' Association"): its apostrophe
        is a token of its own, attached to it, and a word follows."""
        mark = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        attached = mark is not None and mark.text in ("'", "’") and mark.start == self.tokens[i].end
        return attached and self.tokens[i].text.endswith("s") and self.joined(i + 2)

    def _between_names(self, i: int) -> bool:
        """Whether word i stands inside a sentence between two capitalised words joined to it ("Leland Two
        Crows"): a word of the name, not the number opening a phrase."""
        outer = (i - 1, i + 1)
        named = all(self._capitalised(j) and self.word(j) not in NOT_NAMES for j in outer)
        return not self.starts[i] and self.joined(i) and self.joined(i + 1) and i > 0 and named

    def _capitalised(self, i: int) -> bool:
        return i < len(self.tokens) and self.tokens[i].kind == "word" and self.tokens[i].text[0].isupper()

    def joined(self, i: int) -> bool:
        """Whether token i follows token i-1 with only spaces between (so they can form one name)."""
        return i > 0 and self.text[self.tokens[i - 1].end : self.tokens[i].start].isspace()

    def _bridged(self, left: int, right: int) -> bool:
        """Whether name words `left` and `right` form one name across the lowercase words between them: particles
        ("Mohammad bin Salman", "Ursula von der Leyen"), "of" after an institution ("University of California"), or
        an ampersand ("Procter & Gamble", "Communication, Relations & CSR")."""
        if not (left >= 0 and right < len(self.tokens) and self.is_name_word(left) and self.is_name_word(right)):
            return False
        middle = [self.tokens[k].text for k in range(left + 1, right)]
        if not all(self.joined(k) for k in range(left + 1, right + 1)):
            return False
        particles = all(word in PARTICLES for word in middle) or middle == ["&"]
        return particles or (middle == ["of"] and base_word(self.tokens[left].text).casefold() in INSTITUTIONS)

    def run_ending(self, last: int, floor: int) -> tuple[int, int] | None:
        """The capitalised run ending at token `last`, not before `floor`."""
        if last < floor or not self.is_name_word(last):
            return None
        first = last
        while first - 1 >= floor and self.joined(first):
            previous = first - 1
            if self.is_name_word(previous) and not self.tokens[previous].text.endswith(("'s", "’s")):
                first = previous
                continue
            width = next((w for w in (1, 2) if first - w - 1 >= floor and self._bridged(first - w - 1, first)), None)
            if width is None:
                break
            first -= width + 1
        return first, last

    def runs(self, first: int, ceiling: int) -> Iterator[tuple[int, int]]:
        """Each capitalised run from token `first` on, ending before `ceiling`, in order."""
        i = first
        while i < ceiling:
            run = self.run_starting(i, ceiling)
            if run is None:
                i += 1
                continue
            yield run
            i = run[1] + 1

    def run_starting(self, first: int, ceiling: int) -> tuple[int, int] | None:
        """The capitalised run starting at token `first`, ending before `ceiling`."""
        if first >= ceiling or not self.is_name_word(first):
            return None
        last = first
        while last + 1 < ceiling and self.joined(last + 1) and not self.tokens[last].text.endswith(("'s", "’s")):
            following = last + 1
            if self.is_name_word(following):
                last = following
                continue
            width = next((w for w in (1, 2) if last + w + 1 < ceiling and self._bridged(last, last + w + 1)), None)
            if width is None:
                break
            last += width + 1
        return first, last

    def _aged_after_comma(self, last: int) -> bool:
        """Whether an age set off by commas follows the word at `last` ("Ucok, 45 tahun, sopir …", "Meder, 23,"): a
        person named by one word, as surely as by two."""
        if self.word(last + 1) != "," or not self.word(last + 2).isdigit():
            return False
        unit = 1 if self.word(last + 3) in ("tahun", "years") else 0
        return self.word(last + 3 + unit) == ","

    def name(self, first: int, last: int) -> Name:
        words = tuple(base_word(t.text) for t in self.tokens[first : last + 1])
        possessive = self.tokens[last].text.endswith(("'s", "’s")) or self.plural_possessive(last)
        aged = self.word(last + 1) == "(" and self.word(last + 2).isdigit() and self.word(last + 3) == ")"
        aged = aged or self._aged_after_comma(last)
        weak = first == last and self.starts[first] and not is_acronym(words[0]) and words[0] not in self.proper and not aged
        return Name(words, first, possessive, weak, aged)


_NAME_NUMBERS = frozenset("one two three".split())
"""Numbers that open sentences and also stand inside Native American names ("Leland Two Crows", "Mary One
Feather")."""
_DESCRIBING_SUFFIX = re.compile(r"-(?:based|born|bred|raised|owned|run|led|backed|listed|registered|made)$", re.IGNORECASE)
"""A place or body made an adjective ("a Singapore-based trader", "Paris-born"): it describes, it names no one."""


def read_paragraph(
    text: str, lexicon: Lexicon, common: frozenset[str], proper: frozenset[str], nouns: frozenset[str] = frozenset()
) -> ParsedParagraph:
    """A paragraph's quotes, tokens, sentences and clauses, worked out once."""
    spans = quote_spans(text)
    tokens = _tokens(text, spans)
    starts = _sentence_starts(tokens, [text[s.start : s.end] for s in spans])
    sentence_starts = [i for i, start in enumerate(starts) if start] + [len(tokens)]
    bounds, floors, breaks = [], [], []
    for number, first in enumerate(sentence_starts[:-1]):
        end, floor = sentence_starts[number + 1], first
        for i in range(first, end):
            bounds.append((first, end))
            floors.append(floor)
            if tokens[i].kind == "quote" or tokens[i].text == ";":
                breaks.append(i)
                floor = i + 1
    following = (bisect_right(breaks, i) for i in range(len(tokens)))
    ceilings = [min(breaks[k], bounds[i][1]) if k < len(breaks) else bounds[i][1] for i, k in enumerate(following)]
    marks = {m: tuple(i for i, t in enumerate(tokens) if t.kind == "punct" and t.text in m) for m in ("—–", "(", ")")}
    return ParsedParagraph(
        text,
        spans,
        tokens,
        starts,
        lexicon,
        common,
        proper,
        tuple(bounds),
        tuple(floors),
        tuple(ceilings),
        marks["—–"],
        (marks["("], marks[")"]),
        nouns,
    )
