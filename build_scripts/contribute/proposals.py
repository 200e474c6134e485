"""The found quotes' speakers as person ids: registered ones where the name matches, new ids otherwise."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from build_scripts.contribute.quote_finder import FoundQuote
from build_scripts.read.people_index import PeopleIndex, fold, match_person


@dataclass(frozen=True)
class Proposal:
    """A found quote with its speaker matched against the people registry."""

    quote: FoundQuote
    person: str | None
    """An id of people.yml, a new id made from the name, or None when no speaker was found."""
    is_new: bool
    """True when `person` is not in the registry yet: the editor has to add them."""


def ascii_words(text: str) -> list[str]:
    """The text's words in lowercase ASCII, accents dropped: "Łukasz Szumowski" → lukasz, szumowski."""
    return re.findall(r"[a-z0-9]+", fold(text))


def person_id(name: str) -> str:
    """An id for a new person, made from the name: lowercase ASCII words joined by hyphens."""
    return "-".join(ascii_words(name)) or "unknown-person"


def propose_speakers(
    quotes: Sequence[FoundQuote], registry: PeopleIndex, new_ids: dict[str, str] | None = None
) -> list[Proposal]:
    """Each quote's speaker as a registry id, or as a new id when the name is not registered.

    `new_ids` (folded name → new id) is shared with the claims' sources, so one new person gets one id.
    """
    new_ids = {} if new_ids is None else new_ids
    proposals = []
    for quote in quotes:
        if quote.speaker is None:
            proposals.append(Proposal(quote, None, False))
            continue
        person, is_new = registry_id(quote.speaker, registry, new_ids)
        proposals.append(Proposal(quote, person, is_new))
    return proposals


def registry_id(name: str, registry: PeopleIndex, new_ids: dict[str, str]) -> tuple[str, bool]:
    """The registered id a printed name matches, or a new id made from it (and whether it is new)."""
    known = match_person(name, registry)
    if known is not None:
        return known, False
    key = fold(name)
    if key not in new_ids:
        new_ids[key] = _unused_id(person_id(name), registry.ids | frozenset(new_ids.values()))
    return new_ids[key], True


def _unused_id(wanted: str, taken: frozenset[str]) -> str:
    """A new person never takes a registered id: that id belongs to someone else."""
    candidate, number = wanted, 2
    while candidate in taken:
        candidate, number = f"{wanted}-{number}", number + 1
    return candidate
