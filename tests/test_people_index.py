"""The build and `new` find a printed name's person the same way: one index of people.yml, one folding.

An editor types "Erdogan" for "Erdoğan" and "Lukasz" for "Łukasz": a credit so
printed links to the person on the published page exactly when `new` proposes
that person as the speaker of a quote or the author of a credit.
"""

from __future__ import annotations

import datetime as dt

import pytest

from build_scripts.contribute.scaffold import scaffold
from build_scripts.read.annotations import parse_people
from build_scripts.read.archive import load_archive
from build_scripts.read.raw_text import parse_raw

PEOPLE = """\
recep-tayyip-erdogan:
  name: Recep Tayyip Erdoğan
lukasz-szumowski:
  name: Łukasz Szumowski
lloyd-austin:
  name: Lloyd Austin
  aliases: [Austin]
jose-garcia-madrid:
  name: José García
jose-garcia-texas:
  name: Jose Garcia
jane-doe:
  name: Jane Doe
  aliases: [Doe]
john-doe:
  name: John Doe
  aliases: [Doe]
"""
TXT = "articles/2024/2024-10-23-story.txt"

CASES = [
    ("Recep Tayyip Erdogan", "recep-tayyip-erdogan"),  # diacritics dropped, no ASCII alias registered
    ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
    ("Lukasz Szumowski", "lukasz-szumowski"),  # ł has no decomposition: folded by hand
    ("Lloyd Austin", "lloyd-austin"),
    ("Austin", "lloyd-austin"),  # an alias
    ("Jose Garcia", None),  # two people whose names differ only by accents: nobody
    ("José García", None),
    ("Doe", None),  # an alias two people share: nobody
    ("Jane Roe", None),  # not registered
]


def _article(name: str) -> str:
    return (
        "Story\n\n"
        f"“We are ready and we will be there for as long as it takes,” said {name} on Tuesday.\n\n"
        "___\n\n"
        f"{name} reported from Ankara.\n"
    )


def _build_credit(name: str) -> str | None:
    archive = load_archive({"articles/people.yml": PEOPLE.encode(), TXT: _article(name).encode()})
    (article,) = archive.articles
    (credit,) = article.credits
    assert (credit.role, credit.city) == ("reported", "Ankara")
    return credit.person


def _new_scaffold(name: str) -> tuple[str | None, str]:
    """`new`'s proposed speaker (a registered id, None when it proposes a new person) and its credit line."""
    raw, _ = parse_raw(TXT, _article(name))
    assert raw is not None
    people, _ = parse_people("articles/people.yml", PEOPLE)
    result = scaffold(raw, people, dt.date(2024, 10, 23), "story")
    (proposal,) = result.proposals
    assert proposal.quote.speaker == name
    credit = next(line for line in result.yml_text.splitlines() if "role: reported" in line)
    return (None if proposal.is_new else proposal.person), credit


@pytest.mark.parametrize(("name", "expected"), CASES)
def test_a_credit_links_to_the_person_new_proposes(name: str, expected: str | None) -> None:
    speaker, credit_line = _new_scaffold(name)
    assert _build_credit(name) == expected
    assert speaker == expected
    assert credit_line.startswith(f"  - {{person: {expected}," if expected else "  - {name: ")


def test_a_lone_surname_is_a_proposal_of_new_and_no_link_of_the_build() -> None:
    """Only one registered name ends with "Erdoğan": `new` proposes him for the editor to check; the build,
    whose links are published unchecked, leaves the credit unlinked."""
    speaker, credit_line = _new_scaffold("Erdoğan")
    assert speaker == "recep-tayyip-erdogan"
    assert credit_line.startswith("  - {person: recep-tayyip-erdogan,")
    assert _build_credit("Erdoğan") is None
