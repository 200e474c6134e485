"""Finding annotated text in an article despite the differences a copy introduces."""

from __future__ import annotations

import unicodedata
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts.model import Paragraph, Span
from build_scripts.read.anchoring import Budget, Closest, Found, _normalise_by_cluster, closest, find, key, normalise, prepare

PARAGRAPHS = (
    Paragraph("“Kami melihat bukti adanya tentara Korea Utara” yang pergi ke Rusia, kata Austin.", 3),
    Paragraph('He said: "we\'ve  seen\nit" and cafe\u0301 owners agreed.', 5),
)
BODY = prepare(PARAGRAPHS)


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
    assert find(needle, BODY) == Found((span,))
    assert PARAGRAPHS[span.paragraph].text[span.start : span.end].strip()


def test_every_occurrence_is_returned() -> None:
    paragraphs = (Paragraph("no, no, no", 1),)
    found = find("no", prepare(paragraphs))
    assert found == Found((Span(0, 0, 2), Span(0, 4, 6), Span(0, 8, 10)))


def test_a_near_miss_names_the_closest_passage() -> None:
    assert find("Kami melihat bukti tentara Korea Utara", BODY) is None
    assert closest("Kami melihat bukti tentara Korea Utara", BODY, Budget()) == Closest(
        0, "melihat bukti adanya tentara Korea Utara”", False
    )


def test_a_near_miss_is_looked_for_only_while_the_budget_lasts() -> None:
    budget = Budget(len("Kami melihat bukti tentara Korea Utara") * len(BODY.joined))
    assert closest("Kami melihat bukti tentara Korea Utara", BODY, budget) is None
    assert budget.left > 0


def test_text_across_a_paragraph_break_is_recognised() -> None:
    assert find("kata Austin. He said:", BODY) == Closest(0, "kata Austin. He said:", True)


def test_unrelated_text_has_no_closest_passage() -> None:
    assert find("zzzz qqqq", BODY) is None
    assert closest("zzzz qqqq", BODY, Budget()) is None


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(max_codepoint=0x7F) | st.sampled_from("\u00a0\u3000“’«\u0301\u00e9\u1100\u1161\u212b")))
def test_the_fast_path_maps_as_the_general_one(text: str) -> None:
    """normalise skips the character-by-character path for most texts: it must map every character as that path does."""
    fast, general = normalise(text), _normalise_by_cluster(text)
    assert fast.text == general.text
    assert [(fast.start(i), fast.end(i)) for i in range(len(fast.text))] == [
        (general.start(i), general.end(i)) for i in range(len(general.text))
    ]


def _spans_paragraph_by_paragraph(needle: str, paragraphs: tuple[Paragraph, ...]) -> list[Span]:
    """Every span, found the plain way: each paragraph normalised and searched on its own."""
    wanted, spans = key(needle), []
    for number, paragraph in enumerate(paragraphs):
        norm = normalise(paragraph.text)
        start = norm.text.find(wanted) if wanted else -1
        while start != -1:
            spans.append(Span(number, norm.start(start), norm.end(start + len(wanted) - 1)))
            start = norm.text.find(wanted, start + 1)
    return spans


PIECES = st.text(st.sampled_from("ab '\n\t“é́ "), max_size=12)


@settings(max_examples=1000, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=4), PIECES, st.integers(1, 3))
def test_searching_the_whole_article_finds_what_each_paragraph_holds(texts: list[str], needle: str, limit: int) -> None:
    """`find` searches the paragraphs joined, most articles without normalising each: the same spans, the same count."""
    paragraphs = tuple(Paragraph(text, n) for n, text in enumerate(texts, start=1))
    expected = _spans_paragraph_by_paragraph(needle, paragraphs)
    found = find(needle, prepare(paragraphs), limit=limit)
    if expected:
        assert found == Found(tuple(expected[:limit]), len(expected))
    else:
        assert not isinstance(found, Found)


def test_a_one_letter_quote_past_the_limit_is_counted_in_every_paragraph() -> None:
    paragraphs = (Paragraph("a b a", 1), Paragraph("aa", 3), Paragraph("b", 5), Paragraph("a", 7))
    assert find("a", prepare(paragraphs), limit=2) == Found((Span(0, 0, 1), Span(0, 4, 5)), 5)


@pytest.mark.parametrize(("article_form", "quote_form"), [("NFC", "NFD"), ("NFD", "NFC")])
def test_a_hangul_quote_is_found_whichever_normal_form_each_side_is_in(
    article_form: Literal["NFC", "NFD"], quote_form: Literal["NFC", "NFD"]
) -> None:
    """Conjoining jamo have combining class 0, yet NFC composes them: the quote's form must not matter."""
    sentence = "국방부 장관은 “북한군이 러시아에 있다”고 말했다."
    paragraphs = (Paragraph(unicodedata.normalize(article_form, sentence), 1),)
    found = find(unicodedata.normalize(quote_form, "북한군이 러시아에 있다"), prepare(paragraphs))
    assert isinstance(found, Found), found
    (span,) = found.spans
    shown = paragraphs[0].text[span.start : span.end]
    assert unicodedata.normalize("NFC", shown) == "북한군이 러시아에 있다"
