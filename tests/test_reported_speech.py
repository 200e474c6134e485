"""`find_claims`: which reported claims it proposes, where each starts and ends, and whom it names as the source.

Table tests, one shape of reported speech each; the accuracy on whole articles is in
test_reported_speech_accuracy.py.
"""

from __future__ import annotations

import pytest

from build_scripts.contribute.claim_sources import ClaimSource, Document, Named, Unnamed
from build_scripts.contribute.reported_speech import find_claims

CASES: list[tuple[str, list[str], list[tuple[str, str, ClaimSource]]]] = [
    (
        "en",
        ["Defense Secretary Lloyd Austin said on Wednesday that there is evidence of troops in Russia."],
        [("there is evidence of troops in Russia", "said on Wednesday that", Named("Lloyd Austin"))],
    ),
    (
        "en",
        ["Lloyd Austin spoke first. He told reporters the troops had arrived and that more would follow."],
        [
            ("the troops had arrived", "told reporters", Named("Lloyd Austin")),
            ("more would follow", "told reporters", Named("Lloyd Austin")),
        ],
    ),
    (
        "en",
        ["Two people were killed in the blast, police said on Tuesday."],
        [("Two people were killed in the blast", "police said on Tuesday", Unnamed("police"))],
    ),
    (
        "en",
        [
            "A senior U.S. official, speaking on condition of anonymity, said the talks had stalled.",
        ],
        [
            (
                "the talks had stalled",
                "said",
                Unnamed("A senior U.S. official", None, "speaking on condition of anonymity"),
            )
        ],
    ),
    (
        "en",
        ["Prices rose 3% in May, according to figures from the Office for National Statistics (ONS)."],
        [
            (
                "Prices rose 3% in May",
                "according to",
                Document("figures from the Office for National Statistics (ONS)", "Office for National Statistics"),
            )
        ],
    ),
    (
        "en",
        ['"We will rebuild," Mayor Jane Roe said. Roe said the bridge was "serious but fixable" and would reopen.'],
        [('the bridge was "serious but fixable" and would reopen', "said", Named("Jane Roe"))],
    ),
    (
        "en",
        ['Roe said: "The bridge will reopen." She did not say when the work would start.'],
        [],
    ),
    (
        "id",
        ["Menteri Kesehatan Budi Gunadi Sadikin mengatakan bahwa kasus demam berdarah meningkat tajam."],
        [("kasus demam berdarah meningkat tajam", "mengatakan bahwa", Named("Budi Gunadi Sadikin"))],
    ),
    (
        "id",
        ["Badan Pusat Statistik (BPS) mencatat inflasi sebesar 2,8 persen. Menurut BPS, harga beras turun."],
        [
            ("inflasi sebesar 2,8 persen", "mencatat", Named("Badan Pusat Statistik")),
            ("harga beras turun", "Menurut", Named("Badan Pusat Statistik")),
        ],
    ),
    (
        "id",
        ["Stok beras cukup hingga akhir tahun, kata Kepala Badan Pangan Nasional Arief Prasetyo Adi."],
        [
            (
                "Stok beras cukup hingga akhir tahun",
                "kata Kepala Badan Pangan Nasional Arief Prasetyo Adi",
                Named("Arief Prasetyo Adi"),
            )
        ],
    ),
    (
        "id",
        [
            "Seorang pejabat yang enggan disebutkan namanya mengatakan kepada wartawan bahwa rapat itu ditunda.",
        ],
        [
            (
                "rapat itu ditunda",
                "mengatakan kepada wartawan bahwa",
                Unnamed("Seorang pejabat", None, "enggan disebutkan namanya"),
            )
        ],
    ),
    (
        "id",
        ["Intelijen Korea Selatan menerbitkan laporan bahwa 1.500 tentara telah tiba di Rusia."],
        [("1.500 tentara telah tiba di Rusia", "menerbitkan laporan bahwa", Document("laporan", "Intelijen Korea Selatan"))],
    ),
    (
        "id",
        ["“Kami mengatakan bahwa semua aman,” kata Austin kepada wartawan."],
        [],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), CASES, ids=lambda v: str(v)[:50])
def test_claims_their_cues_and_sources(
    language: str, paragraphs: list[str], expected: list[tuple[str, str, ClaimSource]]
) -> None:
    found = find_claims(paragraphs, language)
    assert [(c.text, c.cue, c.source) for c in found] == expected
    for claim in found:
        assert paragraphs[claim.paragraph][claim.start : claim.end] == claim.text


def test_a_claim_never_partly_overlaps_another_or_a_quote() -> None:
    text = (
        'Officials said the dam, which engineers called "unsafe, old and leaking," had held, '
        "and that residents could return, the agency said."
    )
    found = find_claims([text], "en")
    spans = [(c.start, c.end) for c in found] + [(text.index('"'), text.rindex('"') + 1)]
    for a_start, a_end in spans:
        for b_start, b_end in spans:
            assert not (a_start < b_start < a_end < b_end)


def test_a_claim_keeps_the_combining_marks_of_its_last_letter() -> None:
    """ "e" + U+0301 is one letter: a span ending between them is text `check` cannot find (it compares in NFC)."""
    (claim,) = find_claims(["The mayor said the cafe\u0301 would close."], "en")
    assert claim.text == "the cafe\u0301 would close"
    (claim,) = find_claims(["said kata e\u0301"], "en")
    assert claim.text == "kata e\u0301"
