"""Finding annotated text in an article despite the differences a copy introduces."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts.anchoring import Closest, Found, _normalise_by_cluster, find, normalise
from build_scripts.model import Paragraph, Span

PARAGRAPHS = (
    Paragraph("“Kami melihat bukti adanya tentara Korea Utara” yang pergi ke Rusia, kata Austin.", 3),
    Paragraph("He said: \"we've  seen\nit\" and cafe\u0301 owners agreed.", 5),
)
NORMALISED = tuple(normalise(p.text) for p in PARAGRAPHS)


@pytest.mark.parametrize(
    ("needle", "span"),
    [
        ("Kami melihat bukti adanya tentara Korea Utara", Span(0, 1, 46)),
        ('"Kami melihat bukti', Span(0, 0, 19)),
        ("we’ve seen it", Span(1, 10, 24)),
        ("café owners", Span(1, 30, 42)),
        ("  kata   Austin. ", Span(0, 69, 81)),
    ],
)
def test_found_spans_point_into_the_original_text(needle: str, span: Span) -> None:
    assert find(needle, PARAGRAPHS, NORMALISED) == Found((span,))
    assert PARAGRAPHS[span.paragraph].text[span.start : span.end].strip()


def test_every_occurrence_is_returned() -> None:
    paragraphs = (Paragraph("no, no, no", 1),)
    found = find("no", paragraphs, tuple(normalise(p.text) for p in paragraphs))
    assert found == Found((Span(0, 0, 2), Span(0, 4, 6), Span(0, 8, 10)))


def test_a_near_miss_names_the_closest_passage() -> None:
    assert find("Kami melihat bukti tentara Korea Utara", PARAGRAPHS, NORMALISED) == Closest(
        0, "melihat bukti adanya tentara Korea Utara”", False
    )


def test_text_across_a_paragraph_break_is_recognised() -> None:
    assert find("kata Austin. He said:", PARAGRAPHS, NORMALISED) == Closest(0, "kata Austin. He said:", True)


def test_unrelated_text_has_no_closest_passage() -> None:
    assert find("zzzz qqqq", PARAGRAPHS, NORMALISED) is None


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(max_codepoint=0x7F) | st.sampled_from("\u00a0\u3000“’«\u0301\u00e9\u1100\u1161\u212b")))
def test_the_fast_path_maps_as_the_general_one(text: str) -> None:
    """normalise skips the character-by-character path for most texts: it must map every character as that path does."""
    fast, general = normalise(text), _normalise_by_cluster(text)
    assert fast.text == general.text
    assert [(fast.start(i), fast.end(i)) for i in range(len(fast.text))] == [
        (general.start(i), general.end(i)) for i in range(len(general.text))
    ]
