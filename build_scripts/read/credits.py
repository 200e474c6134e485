"""Parse the wire-service credit paragraph that follows an article's `___`.

Credits are printed as prose ("Baldor reported from Washington. AP writers …
contributed."), in English or Indonesian. Parsing them lets pages list and link
the journalists; anything not understood completely is left to the caller to
show verbatim, because a wrong or partial credit is worse than none.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from build_scripts.model import Credit


@dataclass(frozen=True)
class _Language:
    """The words that build a credit list in one language."""

    at: str
    """Joins a name to its place ("in", "di")."""
    conj: str
    """Joins the last items of a list ("and", "dan")."""
    lead: str
    """Optional title before the names ("AP writers"), as a regex."""


_EN = _Language(
    at="in",
    conj="and",
    lead=r"(?:The )?(?:Associated Press|AP) "
    r"(?:writers?|reporters?|journalists?|correspondents?|photographers?)",
)
_ID = _Language(
    at="di",
    conj="dan",
    lead=r"(?:Penulis|Wartawan|Jurnalis|Reporter|Koresponden) (?:Associated Press|AP)",
)

# (language, role, a word the form always has, what follows the names); a `place` group holds the city of a
# "reported" sentence, whose names then must not carry places of their own.
_VERBS: tuple[tuple[_Language, str, str, str], ...] = (
    (_EN, "reported", "reported", r"reported (?:from|in) (?P<place>.+)"),
    (_EN, "wrote", "wrote", r"wrote this (?:story|report|article)"),
    (_EN, "contributed", "contributed", r"contributed(?: reporting| to this (?:report|story|article))?"),
    (_ID, "reported", "melapor", r"melapor(?:kan)? (?:dari|di) (?P<place>.+)"),
    (_ID, "wrote", "menulis", r"menulis (?:laporan|berita|artikel) ini"),
    (
        _ID,
        "contributed",
        "berkontribusi",
        r"(?:turut |ikut )?berkontribusi(?: (?:pada|dalam|untuk) (?:laporan|berita|artikel) ini)?",
    ),
)
_SENTENCES = tuple(
    (language, role, word, re.compile(rf"(?:{language.lead} )?(?P<names>.+?) {verb}\.")) for language, role, word, verb in _VERBS
)
"""A sentence without a form's word is not matched against it: the lazy names would be tried at every length first."""

_WORD = re.compile(r"(?:[a-z]{1,3}['’-])?(?P<initial>[^\W\d_])(?:[^\W\d_]|['’.-])*")
"""A capitalised word: "Tong-hyung", "O'Brien", "D.C.", "al-Sharif"."""
_PARTICLES = frozenset("al bin binti da das de del della der do dos du el la le of van von y".split())
"""Lowercase words allowed inside names and places ("Rio de Janeiro")."""
_MAX_NAME_WORDS = 6
_MAX_CONTINUATION_WORDS = 3
"""A place's second part ("Ukraine", "United Arab Emirates") is short."""


def parse_credits(paragraph: str) -> tuple[Credit, ...] | None:
    """Read the credits of a credit paragraph, in the order printed.

    Returns None when the paragraph is not a credit line in a form we know;
    the caller then shows it verbatim.
    """
    text = " ".join(unicodedata.normalize("NFC", paragraph).split())
    if not text:
        return None
    # Sentences end at ". ", but so do initials ("Lolita C. Baldor") and
    # abbreviations ("St. Louis"): try every grouping of the fragments, from the
    # end, and keep the one where every sentence is a credit.
    fragments = re.split(r"(?<=\.) ", text)
    parsed: list[tuple[Credit, ...] | None] = [None] * len(fragments) + [()]
    for start in reversed(range(len(fragments))):
        for end in range(start + 1, len(fragments) + 1):
            rest = parsed[end]
            if rest is None:
                continue
            sentence = _parse_sentence(" ".join(fragments[start:end]))
            if sentence is not None:
                parsed[start] = sentence + rest
                break
    return parsed[0]


def _parse_sentence(sentence: str) -> tuple[Credit, ...] | None:
    """Credits of one sentence, or None unless it is wholly one credit form."""
    for language, role, word, pattern in _SENTENCES:
        if word not in sentence:
            continue
        match = pattern.fullmatch(sentence)
        if match is None:
            continue
        people = _parse_list(match["names"], language)
        if people is None:
            continue
        if "place" not in pattern.groupindex:
            return tuple(Credit(name, role, city) for name, city in people)
        place = _parse_place(match["place"])
        if place is None or any(city is not None for _, city in people):
            continue
        return tuple(Credit(name, role, place) for name, _ in people)
    return None


def _parse_list(text: str, language: _Language) -> list[tuple[str, str | None]] | None:
    """Names, each with its place if printed, from "A in X, B and C in Y, and D".

    A place applies to the names before it that have none yet ("A, B and C in
    London": all three in London). A comma item without a place ("Ukraine")
    right after an item that ended with a place extends that place instead of
    being a name when it is short, capitalised, is not introduced by "and",
    and is followed by an item holding a place or by nothing: so in "A in
    Seoul, South Korea, B and C in Kyiv, Ukraine, and D in Helsinki" both
    countries are places. This follows AP style, which puts a comma after the
    country; "A in Seoul, South Korea and B in Kyiv" reads as names.
    """
    at, conj = f" {language.at} ", f" {language.conj} "
    items: list[tuple[bool, list[str]]] = []
    for number, item in enumerate(text.split(", ")):
        after_conj = item.startswith(conj[1:])
        if after_conj and number == 0:
            return None
        items.append((after_conj, item.removeprefix(conj[1:]).split(conj)))

    names: list[str] = []
    cities: list[str | None] = []
    waiting: list[int] = []
    last_group: list[int] = []
    place_open = False
    for number, (after_conj, tokens) in enumerate(items):
        following = items[number + 1][1] if number + 1 < len(items) else None
        if (
            place_open
            and not after_conj
            and len(tokens) == 1
            and at not in tokens[0]
            and _is_proper(tokens[0], _MAX_CONTINUATION_WORDS)
            and (following is None or any(at in token for token in following))
        ):
            for index in last_group:
                cities[index] = f"{cities[index]}, {tokens[0]}"
            place_open = False
            continue
        for token in tokens:
            name, has_place, place = token.partition(at)
            if not _is_proper(name, _MAX_NAME_WORDS):
                return None
            waiting.append(len(names))
            names.append(name)
            cities.append(None)
            place_open = bool(has_place)
            if place_open:
                if not _is_proper(place, _MAX_NAME_WORDS):
                    return None
                for index in waiting:
                    cities[index] = place
                last_group, waiting = waiting, []
    return list(zip(names, cities, strict=True))


def _parse_place(text: str) -> str | None:
    """The place of a "reported" sentence: "Washington" or "Kyiv, Ukraine"."""
    if re.search(r"\.\w+$", text):
        text += "."  # The full stop also ended an abbreviation: "Washington, D.C."
    place, _, continuation = text.partition(", ")
    if not _is_proper(place, _MAX_NAME_WORDS):
        return None
    if continuation and not _is_proper(continuation, _MAX_CONTINUATION_WORDS):
        return None
    return text


def _is_proper(text: str, max_words: int) -> bool:
    """Whether text is a proper name: capitalised words, lowercase particles inside."""
    words = text.split(" ")
    if not 1 <= len(words) <= max_words:
        return False
    for position, word in enumerate(words):
        inside = 0 < position < len(words) - 1
        if inside and word in _PARTICLES:
            continue
        match = _WORD.fullmatch(word)
        if match is None or not match["initial"].isupper():
            return False
    return True
