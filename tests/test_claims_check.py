"""`check` on reported claims and sources that are not people: exact messages, and what is anchored."""

from __future__ import annotations

from pathlib import Path

from build_scripts.read.archive import load_archive

from support import ARTICLE, PEOPLE, run_check, write_files

STORY = "articles/2024/2024-10-23-story"
ORGANISATION = "national-intelligence-service:\n  name: National Intelligence Service\n  kind: organisation\n"


def _check(root: Path, yml: str) -> list[str]:
    write_files(root, {"articles/people.yml": PEOPLE + ORGANISATION, f"{STORY}.txt": ARTICLE, f"{STORY}.yml": yml})
    result = run_check(root)
    assert "Traceback" not in result.stderr
    return result.stdout.splitlines()


def test_claims_with_every_kind_of_source_pass(tmp_path: Path) -> None:
    yml = (
        "claims:\n"
        "  - claim: First paragraph where “we see evidence” appears\n"
        "    speaker: lloyd-austin\n"
        "  - {claim: It is a very serious matter, unnamed: {description: a senior official, reason: not authorised}}\n"
        "  - {claim: Second paragraph, document: {description: a report, issuer: national-intelligence-service}}\n"
        "  - {claim: appears, speaker: national-intelligence-service}\n"
        "quotes:\n  - {quote: we see evidence, speaker: lloyd-austin}\n"
    )
    write_files(tmp_path, {"articles/people.yml": PEOPLE + ORGANISATION, f"{STORY}.txt": ARTICLE, f"{STORY}.yml": yml})
    result = run_check(tmp_path)
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr


def test_a_claim_or_quote_needs_exactly_one_source(tmp_path: Path) -> None:
    yml = (
        "claims:\n"
        "  - claim: we see evidence\n"
        "  - claim: Second paragraph\n"
        "    speaker: john-kirby\n"
        "    unnamed: {description: an aide}\n"
    )
    assert _check(tmp_path, yml) == [
        f"{STORY}.yml:2:5: claim has no source: add `speaker:` (an id from articles/people.yml), `unnamed:` "
        "(a source the article does not name) or `document:` (a report or data)",
        f"{STORY}.yml:5:14: claim has several sources (`speaker:` and `unnamed:`); keep one",
    ]


def test_unknown_ids_in_a_claim_suggest_the_close_one(tmp_path: Path) -> None:
    yml = (
        "claims:\n"
        "  - {claim: we see evidence, speaker: loyd-austin}\n"
        "  - {claim: Second paragraph, document: {description: a report, issuer: national-inteligence-service}}\n"
    )
    assert _check(tmp_path, yml) == [
        f"{STORY}.yml:2:39: unknown person id 'loyd-austin' in 'speaker'; did you mean 'lloyd-austin'? If not, "
        "add them to articles/people.yml as `loyd-austin: {name: ...}`",
        f"{STORY}.yml:3:73: unknown person id 'national-inteligence-service' in 'document' 'issuer'; did you mean "
        "'national-intelligence-service'? If not, add them to articles/people.yml as "
        "`national-inteligence-service: {name: ...}`",
    ]


def test_a_claim_not_in_the_text_gets_the_closest_passage(tmp_path: Path) -> None:
    yml = "claims:\n  - {claim: It was a very serious matter, speaker: john-kirby}\n"
    assert _check(tmp_path, yml) == [
        f"{STORY}.yml:2:13: claim not found in the article: 'It was a very serious matter'; closest text in "
        "paragraph 2 (line 5): '“It is a very serious matter,”'"
    ]


def test_a_claim_partly_overlapping_a_quote_is_refused(tmp_path: Path) -> None:
    yml = (
        "quotes:\n  - {quote: we see evidence, speaker: lloyd-austin}\n"
        "claims:\n  - {claim: evidence” appears, speaker: lloyd-austin}\n"
    )
    assert _check(tmp_path, yml) == [
        f"{STORY}.yml:4:13: claim partly overlaps the quote on line 2; quotes and claims may contain one another "
        "but not overlap: shorten one of them"
    ]


def test_a_quote_inside_a_claim_is_anchored_and_both_follow_reading_order(tmp_path: Path) -> None:
    yml = (
        "quotes:\n  - {quote: It is a very serious matter, speaker: john-kirby}\n"
        "  - {quote: we see evidence, speaker: lloyd-austin}\n"
        "claims:\n  - {claim: where “we see evidence” appears, speaker: lloyd-austin}\n"
    )
    files = {"articles/people.yml": PEOPLE, f"{STORY}.txt": ARTICLE, f"{STORY}.yml": yml}
    archive = load_archive({name: text.encode() for name, text in files.items()})
    assert archive.problems == ()
    (article,) = archive.articles
    assert [(a.annotation.kind, a.annotation.text) for a in article.attributions] == [
        ("claim", "where “we see evidence” appears"),
        ("quote", "we see evidence"),
        ("quote", "It is a very serious matter"),
    ]
