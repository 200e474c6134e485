"""The found claims' sources as registry ids: registered ones where the name matches, new ids otherwise."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from build_scripts.contribute.claim_lexicons import CORPORATE_WORDS
from build_scripts.contribute.claim_sources import Document, Named, Unnamed
from build_scripts.contribute.lexicons import INSTITUTIONS, ORGANISATION_NOUNS
from build_scripts.contribute.mentions import is_acronym, is_initials, is_person
from build_scripts.contribute.proposals import registry_id
from build_scripts.contribute.reported_speech import FoundClaim
from build_scripts.read.people_index import PeopleIndex


@dataclass(frozen=True)
class ClaimProposal:
    """A found claim with exactly one source, as `claims:` needs it."""

    claim: FoundClaim
    speaker: str | None
    """The id of a named person or organisation."""
    unnamed: Unnamed | None
    document: Document | None
    issuer: str | None
    """The id of the document's issuer, when the article names one."""
    new: tuple[tuple[str, str], ...]
    """(id, name) of each id above not in the registry yet: the editor has to add them."""
    role: str | None = None
    """The named source's role, as the article prints it beside the name."""


def is_organisation(name: str) -> bool:
    """Whether a name reads as an organisation's ("Komisi Pemilihan Umum", an acronym alone such as "BPS";
    "Saudi Aramco" reads as a person's)."""
    words = tuple(name.split())
    acronym = len(words) == 1 and is_acronym(words[0]) and not is_initials(words[0])
    folded = [w.casefold().rstrip(".,") for w in words]
    corporate = any(w in INSTITUTIONS or w in CORPORATE_WORDS for w in folded)
    return acronym or corporate or not is_person(words)


def organisation_role(role: str | None) -> bool:
    """Whether the role printed beside a name says it is an organisation's: "the mine's operator", "the
    company", "its parent group", "perusahaan tambang itu" (English names the kind last, Indonesian first)."""
    words = (role or "").replace("’", "'").split()
    if not words:
        return False
    definite = words[0].casefold() in ("the", "its", "their") or words[0].endswith("'s")
    last = words[-1].casefold().rstrip(".,")
    return (definite and last in ORGANISATION_NOUNS) or words[0].casefold() in _INDONESIAN_BODIES


_INDONESIAN_BODIES = frozenset("perusahaan maskapai emiten pabrikan badan lembaga kementerian".split())


def named_as_bodies(paragraphs: Sequence[str]) -> frozenset[str]:
    """The names, casefolded, the article prints right after a noun for a kind of organisation: "forestry group
    Kallio Paper", "Lembaga penyelamat satwa Jivdaya Trust" (Indonesian names the kind first, then what it does).
    Such a name is a body's, whatever its words: when it speaks, it speaks as an organisation; so is the whole
    phrase, which a sentence opening with it capitalises ("Maskapai Sriwijaya Nusantara menunda …"), and so is a
    name printed after "the" with "of" in it ("the Friends of Point Lobos Light"), and its words before "of", and one
    printed after "the" before a reporting verb ("the Treasure State Conference said")."""
    bodies = (n for text in paragraphs for m in _NAMED_BODY.finditer(text) for n in (m[0], m[1]))
    speaking = (m[1] for text in paragraphs for m in _THE_BODY_SAID.finditer(text))
    apposed = (m[1] for text in paragraphs for m in _APPOSED_BODY.finditer(text))
    of_places = (n for text in paragraphs for m in _BODY_OF.finditer(text) for n in (m[1], f"{m[1]} of {m[2].strip()}"))
    return frozenset(n.casefold() for n in (*bodies, *apposed, *of_places, *speaking))


_THE_BODY_SAID = re.compile(r"\bthe\s+((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+(?:said|says|told|wrote|added|announced)\b")
_BODY_OF = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+)*?[A-Z][\w'’-]*)\s+of\s+((?:[A-Z][\w'’-]*\s*)+)")
"""English "the X of Y" ("the Friends of Point Lobos Light", "the Bank of England"): no person takes "the"."""
_NAMED_BODY = re.compile(
    rf"\b(?:(?i:{'|'.join(sorted(ORGANISATION_NOUNS - _INDONESIAN_BODIES))})"
    rf"|(?i:{'|'.join(sorted(_INDONESIAN_BODIES))})(?:\s+(?!(?:me|ber|di|ter|ke|se)\w)[a-z]+){{0,3}})"
    r"\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)"
)

_APPOSED_BODY = re.compile(
    rf"(?:^|[.!?]\s+)The\s+(?:{'|'.join(sorted(ORGANISATION_NOUNS - _INDONESIAN_BODIES))}),\s+"
    r"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*),"
)
"""A body named in apposition to its kind as a sentence opens ("The company, Old Ferrous Creek Distilling Co.,
said"); "a spokesperson for the company, John Smith, said" names a person."""


def propose_claims(claims: Sequence[FoundClaim], registry: PeopleIndex, new_ids: dict[str, str]) -> list[ClaimProposal]:
    """Each claim with its source as ids; a claim whose source nobody could tell is described as unnamed.

    `new_ids` is shared with the quotes' speakers, so one new person gets one id.
    """
    proposals = []
    for claim in claims:
        source = claim.source
        if isinstance(source, Named):
            speaker, is_new = registry_id(source.name, registry, new_ids)
            new = ((speaker, source.name),) if is_new else ()
            proposals.append(ClaimProposal(claim, speaker, None, None, None, new, source.role))
        elif isinstance(source, Document):
            issuer, is_new = registry_id(source.issuer, registry, new_ids) if source.issuer else (None, False)
            new = ((issuer, source.issuer),) if is_new and issuer and source.issuer else ()
            proposals.append(ClaimProposal(claim, None, None, source, issuer, new))
        else:
            unnamed = source if isinstance(source, Unnamed) else Unnamed(_UNTOLD)
            proposals.append(ClaimProposal(claim, None, unnamed, None, None, ()))
    return proposals


_UNTOLD = "(no source found: name it or delete the claim)"
