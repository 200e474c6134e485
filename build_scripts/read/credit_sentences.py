"""Credits printed as prose, the way AP writes them in English and in Indonesian translation.

"Baldor reported from Washington. AP writers Kim Tong-hyung in Seoul, South Korea, and Zeke Miller at the
White House contributed." A sentence is read wholly or not at all: a wrong name or place is worse than
none, and the caller reports what was not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_scripts.model import Credit


@dataclass(frozen=True)
class Language:
    """The words that build a credit list in one language."""

    at: tuple[str, ...]
    """Join a name to its place ("in", "at the White House", "di")."""
    conj: str
    """Joins the last items of a list ("and", "dan")."""
    lead: str
    """Optional title before the names ("AP writers"), as a regex."""


EN = Language(
    at=("in", "at", "aboard"),
    conj="and",
    lead=r"(?:The )?(?:Associated Press|AP) "
    r"(?:writers?|reporters?|journalists?|correspondents?|photographers?|video journalists?)",
)
ID = Language(
    at=("di",),
    conj="dan",
    lead=r"(?:Penulis|Wartawan|Jurnalis|Reporter|Koresponden) (?:Associated Press|AP)",
)

# (language, role, a word the form always has, what follows the names); a `place` group holds the city of a
# "reported" sentence, whose names then must not carry places of their own.
_VERBS: tuple[tuple[Language, str, str, str], ...] = (
    (EN, "reported", "reported", r"reported (?:from|in|at) (?P<place>.+)"),
    (EN, "wrote", "wrote", r"wrote this (?:story|report|article)"),
    (EN, "contributed", "contributed", r"contributed(?: reporting)? from (?P<place>.+)"),
    (EN, "contributed", "contributed", r"contributed(?: reporting| to this (?:report|story|article))?"),
    (ID, "reported", "melapor", r"melapor(?:kan)? (?:dari|di) (?P<place>.+)"),
    (ID, "wrote", "menulis", r"menulis (?:laporan|berita|artikel) ini"),
    (
        ID,
        "contributed",
        "berkontribusi",
        r"(?:turut |ikut )?berkontribusi(?: (?:pada|dalam|untuk) (?:penulisan |pembuatan )?(?:laporan|berita|artikel) ini)?",
    ),
)
_SENTENCES = tuple(
    (language, role, word, re.compile(rf"(?:{language.lead} )?(?P<names>.+?),? {verb}\."))
    for language, role, word, verb in _VERBS
)
"""A sentence without a form's word is not matched against it: the lazy names would be tried at every length first.
The comma before the verb ends a place with its country: "… in Nairobi, Kenya, contributed"."""

_LOOSE = re.compile(
    r"(?P<names>[^\W\d_][^.?!]{0,300}?) (?:reported (?:from|in|at)|melapor(?:kan)? (?:dari|di)) "
    r"(?:the )?(?P<place>[^\W\d_][\w .,'’-]{0,80})\.?"
    r"|(?P<names2>[^\W\d_][^.?!]{0,300}?) (?:contributed(?: reporting)? from [^\W\d_][\w .,'’-]{0,80}"
    r"|contributed|wrote this|(?:turut |ikut )?berkontribusi|menulis (?:laporan|berita))"
    r"[\w ]{0,40}\.?"
)
"""A sentence shaped like a credit whatever its words: reported, not silently kept as the story, when not read."""
_LEADS = re.compile(f"{EN.lead}|{ID.lead}")
_LEAD_INSIDE = {
    language.conj: re.compile(rf"(, (?:{language.conj} )?| {language.conj} ){language.lead} ") for language in (EN, ID)
}
"""A title again before a later name: "AP writer A at the White House and Associated Press writer B in Kyiv"."""
_SEMICOLON = re.compile(r"; ")
"""AP separates a list's items by semicolons when places hold commas: "A in Mexico City; B in Caracas, Venezuela;
and C in Miami"."""
_PLACED = re.compile(r"\b(?:in|at|aboard|di) (?:the )?[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)*")
"""A place after a name, taken away to see whether anyone is named."""
_NOT_NAMES = frozenset("A An The AP Associated Press Staff Seorang Para Tim Penulis Wartawan Reporter".split())
_LOOSE_WORDS = frozenset(
    "and dan in di at the of writers writer reporters reporter journalists journalist correspondents correspondent "
    "photographers photographer video penulis wartawan jurnalis koresponden".split()
)

_WORD = re.compile(r"(?:[a-z]{1,3}['’-])?(?P<initial>[^\W\d_])(?:[^\W\d_]|['’.-])*")
"""A capitalised word: "Tong-hyung", "O'Brien", "D.C.", "al-Sharif"."""
PARTICLES = frozenset("al bin binti da das de del dela della der do dos du el la le of van von y".split())
"""Lowercase words allowed inside names and places ("Rio de Janeiro")."""
MAX_NAME_WORDS = 6
_MAX_CONTINUATION_WORDS = 3
"""A place's second part ("Ukraine", "United Arab Emirates") is short."""


def parse_sentence(sentence: str) -> tuple[Credit, ...] | None:
    """Credits of one sentence (white space already collapsed), or None unless it is wholly one credit form."""
    for language, role, word, pattern in _SENTENCES:
        if word not in sentence:
            continue
        match = pattern.fullmatch(sentence)
        if match is None:
            continue
        listed = _SEMICOLON.sub(", ", _LEAD_INSIDE[language.conj].sub(r"\1", match["names"]))
        people = parse_list(listed, language)
        if people is None:
            continue
        if "place" not in pattern.groupindex:
            return tuple(Credit(name, role, city) for name, city in people)
        place = _parse_place(match["place"])
        if place is None or any(city is not None for _, city in people):
            continue
        return tuple(Credit(name, role, place) for name, _ in people)
    return None


def credit_shape(sentence: str) -> str | None:
    """How a sentence not read as credits still looks like one: "unread" when it names someone, "anonymous"
    when it names nobody ("A reporter in Bandung contributed."), None when it is not shaped like a credit."""
    match = _LOOSE.fullmatch(sentence)
    if match is None:
        return None
    if match["place"] is not None and not match["place"][0].isupper():
        return None
    names = match["names"] or match["names2"]
    words = names.replace(",", " ").split()
    if not _LEADS.match(names) and (
        len(words) > 40 or not all(w[0].isupper() or w.casefold() in _LOOSE_WORDS or w in PARTICLES for w in words)
    ):
        return None
    unplaced = _PLACED.sub("", _LEADS.sub("", names))
    return "unread" if any(w[0].isupper() and w not in _NOT_NAMES for w in unplaced.replace(",", " ").split()) else "anonymous"


def parse_list(text: str, language: Language) -> list[tuple[str, str | None]] | None:
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
    conj = f" {language.conj} "
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
            and _split_place(tokens[0], language) is None
            and is_proper(tokens[0], _MAX_CONTINUATION_WORDS)
            and (following is None or any(_split_place(token, language) for token in following))
        ):
            for index in last_group:
                cities[index] = f"{cities[index]}, {tokens[0]}"
            place_open = False
            continue
        for token in tokens:
            name, place = _split_place(token, language) or (token, None)
            if not is_proper(name, MAX_NAME_WORDS):
                return None
            waiting.append(len(names))
            names.append(name)
            cities.append(None)
            place_open = place is not None
            if place is not None:
                if not _is_place(place):
                    return None
                for index in waiting:
                    cities[index] = place
                last_group, waiting = waiting, []
    return list(zip(names, cities, strict=True))


def _split_place(token: str, language: Language) -> tuple[str, str] | None:
    """ "Jari Tanner in Helsinki" → (name, place); the first "in"/"at"/"di" joins them."""
    found = [(token.find(f" {at} "), at) for at in language.at if f" {at} " in token]
    if not found:
        return None
    position, at = min(found)
    return token[:position], token[position + len(at) + 2 :]


def _parse_place(text: str) -> str | None:
    """The place of a "reported" sentence: "Washington", "Kyiv, Ukraine", "the White House"."""
    if re.search(r"\.\w+$", text):
        text += "."  # The full stop also ended an abbreviation: "Washington, D.C."
    place, _, continuation = text.partition(", ")
    if not _is_place(place):
        return None
    if continuation and not is_proper(continuation, _MAX_CONTINUATION_WORDS):
        return None
    return text


def _is_place(text: str) -> bool:
    """A proper name, or one after "the", or a place inside another: "the White House", "the Capitol in
    Frankfort", "Gedung DPR di Jakarta"."""
    return all(is_proper(part.removeprefix("the "), MAX_NAME_WORDS) for part in _INSIDE.split(text))


_INSIDE = re.compile(r" (?:in|at|aboard|di) (?:the )?")


def is_proper(text: str, max_words: int) -> bool:
    """Whether text is a proper name: capitalised words, lowercase particles inside."""
    words = text.split(" ")
    if not 1 <= len(words) <= max_words:
        return False
    for position, word in enumerate(words):
        inside = 0 < position < len(words) - 1
        if inside and word in PARTICLES:
            continue
        match = _WORD.fullmatch(word)
        if match is None or not match["initial"].isupper():
            return False
    return True
