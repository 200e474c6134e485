"""The people registry as a lookup from printed names to person ids, for the build and for `new` alike.

Names reach the archive typed on many keyboards: "Erdogan" for "Erdoğan",
"Lukasz" for "Łukasz", a straight apostrophe for a curly one. An editor
expects either spelling to find the person, so every comparison folds case,
accents, letters with no decomposition (ł, ø, ß…), quotation marks and spacing
the same way. A name or alias two people share finds nobody: a wrong link is
worse than none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from build_scripts.model import Person

_MARKS = "“”„‟″«»‘’‚‛′‹›'`´\""
"""The marks `anchoring` treats as one when it matches quotes: a copied name may carry any of them."""
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
    | dict.fromkeys(_MARKS, "'")
)


def fold(text: str) -> str:
    """Case, accents, quotation marks and spacing ignored: how names are compared ("Erdogan" is "Erdoğan")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


@dataclass(frozen=True)
class PeopleIndex:
    """People.yml indexed once, so matching every credit's and quote's name is a lookup."""

    by_name: Mapping[str, str]
    """Folded name or alias → id; a name two people share maps to nobody."""
    by_surname: Mapping[str, tuple[str, ...]]
    """Folded last word of each name → the ids whose name ends with it."""
    ids: frozenset[str]

    def named(self, name: str) -> str | None:
        """The id of the person printed as `name` in full or by an alias: what the build links a credit to."""
        return self.by_name.get(fold(name))


def registry_index(people: Mapping[str, Person]) -> PeopleIndex:
    by_name: dict[str, str] = {}
    ambiguous: set[str] = set()
    by_surname: dict[str, list[str]] = {}
    for person in people.values():
        for name in (person.name, *person.aliases):
            key = fold(name)
            if key in by_name and by_name[key] != person.id:
                ambiguous.add(key)
            by_name[key] = person.id
        surname = fold(person.name).rsplit(" ", 1)[-1]
        by_surname.setdefault(surname, []).append(person.id)
    return PeopleIndex(
        {k: v for k, v in by_name.items() if k not in ambiguous},
        {k: tuple(v) for k, v in by_surname.items()},
        frozenset(people),
    )


def match_person(name: str, index: PeopleIndex) -> str | None:
    """The id `new` proposes for a printed name: as `PeopleIndex.named`, or a lone surname only one registered name
    ends with.

    The surname is a guess an editor checks (`new` marks it a proposal); the build, whose links are published
    unchecked, takes only `named`. So the two never tell one name apart differently: `new` only finds more.
    """
    if (person := index.named(name)) is not None:
        return person
    key = fold(name)
    if " " not in key and len(ids := index.by_surname.get(key, ())) == 1:
        return ids[0]
    return None
