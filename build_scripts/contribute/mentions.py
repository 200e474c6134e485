"""The ways a text mentions a speaker (a name, a pronoun, a title), and which words of a name are the person's.

"Menteri Pertahanan AS Lloyd Austin" is Lloyd Austin; "World Health
Organization" is no person; "Presiden" alone stands for whoever holds the office.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_scripts.contribute.claim_lexicons import corporate_name
from build_scripts.contribute.lexicons import (
    ADMINISTRATIVE,
    COUNTRIES,
    COURTESY,
    FIELDS,
    GIVEN_NAMES,
    HONORIFICS,
    INSTITUTIONS,
    NAME_PREFIXES,
    OCCUPATIONS,
    PLACES,
    RANK_SUFFIXES,
    REGIONAL,
    ROLE_NOUNS,
    ROLES,
    TITLE_ENDINGS,
)
from build_scripts.read.people_index import fold


@dataclass(frozen=True)
class Name:
    words: tuple[str, ...]
    at: int
    """Token index of the name's first word."""
    possessive: bool = False
    weak: bool = False
    """One capitalised word opening a sentence, never capitalised elsewhere: maybe no name at all ("Warga menyebut…")."""
    aged: bool = False
    """Followed by an age in brackets ("Rizal (29)"): a person's name, even of one word."""
    described: bool = False
    """Set off by commas after a description opening its sentence ("Seorang pedagang beras, Sutini,"): a person's
    name, even of one word."""


@dataclass(frozen=True)
class Pronoun:
    at: int


@dataclass(frozen=True)
class Title:
    """A definite title standing for someone named before: "the official", "pejabat tersebut"."""

    at: int
    last: int
    """Token index of the title's last word."""


@dataclass(frozen=True)
class SentenceSubject:
    """The verb's subject is the sentence's: "…, adding", "and said", "dengan mengatakan"."""

    at: int
    guessed: bool = False
    """True when only the lack of a nearer subject points there ("Mitsotakis speaking to the … think tank called"):
    then only a personal name will do."""


Mention = Name | Pronoun | Title | SentenceSubject


def base_word(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def is_role(word: str) -> bool:
    """An office, title or occupation, or one made of such words ("director-general", "editor-in-chief"): cut from
    before a name."""
    bare = word.rstrip(".").casefold()
    if bare in ROLES or bare in OCCUPATIONS or (len(bare) >= 7 and bare.endswith(TITLE_ENDINGS)):
        return True
    parts = bare.split("-")
    return len(parts) > 1 and all(part.isalpha() for part in parts) and (parts[0] in ROLES or parts[0] in OCCUPATIONS)


def is_role_noun(word: str) -> bool:
    """A word that makes a phrase a role ("spokesman", "Kepala", "analyst"); in lowercase only an occupation or
    office ("fire chief"), not a word of an office's name ("whose house")."""
    bare = word.rstrip(".").casefold()
    if word.islower():
        compound = "-" in bare and is_role(bare)
        return compound or bare in ROLE_NOUNS or bare in OCCUPATIONS or (len(bare) >= 7 and bare.endswith(TITLE_ENDINGS))
    return is_role(word) or bare in ROLE_NOUNS


def is_doer(word: str) -> bool:
    """An Indonesian noun of one who does something, made with the prefix pe- ("penenun", "Penambang", "pemandu",
    "petani"): an occupation outside the lists, in a description beside a name ("Penenun asal Desa Prailiu,
    Rambu Ana Tamu"), or with the suffix -wan or -wati ("wisatawan", "wartawan", "relawan"), perhaps someone's
    ("Pemandunya"); a word of the same
    shape that names no one ("pernah", "pemerintah", "pekan") is not."""
    bare = word.casefold()
    if bare.endswith("nya") and len(bare) > 6:
        bare = bare[:-3]  # "Pemandunya, Sudding,": their guide.
    if len(bare) >= 7 and bare.endswith(("wan", "wati")) and bare.isalpha():
        return True
    shaped = _DOER.fullmatch(bare) is not None and not bare.endswith(("an", "nya"))
    return shaped and bare not in _NOT_DOERS and bare not in INSTITUTIONS


_DOER = re.compile(r"pe(?:n|m|ng|ny|r|l)?[a-z]{3,}")
_NOT_DOERS = frozenset(
    "penting pernah perlu pergi persen pertama perahu pesawat pesta perang pemerintah pemilu penuh pendek pedas "
    "pecah peduli pegang pesisir petang pelik pelosok pekat perdana perlahan pesat peti pelan pemkab pemkot pemprov "
    "pemda pelabuhan perum persero pers pentas pelantikan pelatihan pemeriksaan".split()
)


def is_office(words: tuple[str, ...]) -> bool:
    """Only office words ("Presiden", "the Prime Minister"): they stand for the person holding it."""
    return all(w.rstrip(".").casefold() in ROLES for w in words)


def is_acronym(word: str) -> bool:
    """ "WHO", "AS", "U.S.": capitals only, a name or part of one wherever it stands."""
    bare = word.replace(".", "")
    return len(bare) > 1 and bare.isalpha() and bare.isupper()


def is_initials(word: str) -> bool:
    """ "J.D.", "A.B.": a person's initials, not an acronym such as "U.S." or "U.N."."""
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,3}", word)) and word.replace(".", "").casefold() not in COUNTRIES | _BODIES


_BODIES = frozenset("un eu uk us".split())


def person_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """A run without the titles and organisation before the name.

    "Menteri Pertahanan AS Lloyd Austin" → Lloyd Austin; "Amnesty International
    Man-kei Tam" → Man-kei Tam; an organisation alone ("World Health
    Organization") is kept whole.
    """

    def institution(word: str) -> bool:
        return word.casefold() in INSTITUTIONS

    def title(i: int, word: str) -> bool:
        suffix = word.casefold() in RANK_SUFFIXES and i > 0 and is_role(words[i - 1])
        unit = i > 0 and words[i - 1].rstrip(".").casefold() in ADMINISTRATIVE
        place = (word.casefold() in PLACES or word.casefold() in COUNTRIES) and i <= len(words) - 3
        acronym = is_acronym(word) and not is_initials(word)
        field = word.casefold() in FIELDS and (i > 0 or len(words) >= 3)  # "(Kelautan dan) Perikanan Susi Pudjiastuti"
        haji = word.rstrip(".") == "H" and len(words[i + 1].rstrip(".")) > 1
        return is_role(word) or acronym or institution(word) or suffix or unit or place or field or haji

    if corporate_name(words):
        return words
    cut = max((i for i, w in enumerate(words[:-1]) if title(i, w)), default=-1)
    address = max((i for i, w in enumerate(words[:-1]) if _addresses(w)), default=-1)
    if -1 < address < cut and all(_name_after_address(w) for w in words[address + 1 :]):
        cut = address  # "Hj. Ratu Siti Mariam": after a title of address, a word of rank is the name's.
    rest = words[cut + 1 :]
    if any(map(institution, rest)) or is_role_only(rest) or not rest[0][0].isupper():
        return words
    member = is_role(words[0]) and cut >= 2 and words[cut - 1].rstrip(".").casefold() in ADMINISTRATIVE
    if any(map(institution, words[:cut])) and len(rest) < 2 and not (member and rest[0].casefold() not in PLACES | COUNTRIES):
        return words  # "Kementerian Luar Negeri China": the ministry, not China; "Politikus Partai Gerindra Habiburokhman"
    while len(rest) > 2 and rest[0].casefold() in COUNTRIES:
        rest = rest[1:]
    if len(rest) > 2 and cut >= 0 and words[cut].casefold() in REGIONAL:
        rest = rest[1:]  # "Bupati Garut Rudy Gunawan": Garut is the region.
    return words if cut >= 0 and institution(words[cut]) and len(rest) < 2 else rest


def _addresses(word: str) -> bool:
    """A title of address printed before a name ("Hj.", "Dr", "Capt."): what follows it is the name."""
    bare = word.rstrip(".").casefold()
    return bare in COURTESY or (word.endswith(".") and bare in HONORIFICS)


def _name_after_address(word: str) -> bool:
    """A word that may be a name's after a title of address: capitalised, and no body, place or acronym."""
    folded = word.casefold()
    body = folded in INSTITUTIONS or folded in PLACES or folded in COUNTRIES or folded in ADMINISTRATIVE
    return word[:1].isupper() and not body and not is_acronym(word) and not _addresses(word)


def is_person(words: tuple[str, ...]) -> bool:
    return bool(words) and not any(w.casefold() in INSTITUTIONS or w.casefold() in PLACES for w in words)


def is_role_only(words: tuple[str, ...]) -> bool:
    return all(is_role(w) for w in words)


def prefixes_a_name(words: tuple[str, ...], i: int) -> bool:
    """Whether word i opens the name inside a run: a word only ever opening a name, after a word that is none."""
    return words[i].casefold() in NAME_PREFIXES and not opens_a_name(words[i - 1])


def opens_a_name(word: str) -> bool:
    """A word opening Indonesian personal names ("Andi", "Muh.", "Ni", "Cut"), however abbreviated, or an initial
    ("R. Gani Muhamad")."""
    return fold(word).rstrip(".") in GIVEN_NAMES or re.fullmatch(r"[A-Z]\.", word) is not None
