"""Splitting raw text: title, body, credit paragraph, source trailer, and what the file's bytes can do wrong."""

from __future__ import annotations

import pytest

from build_scripts.model import Paragraph, Problem, SourceTrailer
from build_scripts.read.raw_text import decode, parse_raw

SEED_TAIL = "Last body paragraph.\n\n___\n\nBaldor melaporkan di Washington.\n\nSumber"


@pytest.mark.parametrize(
    ("text", "title", "body", "trailer", "source"),
    [
        ("Title\n\nOne.\n\nTwo.\n", "Title", ("One.", "Two."), (), None),
        ("\n\n  Title  \nOne.\nstill one.\n\n\n\nTwo.", "Title", ("One.\nstill one.", "Two."), (), None),
        ("T\n\n" + SEED_TAIL, "T", ("Last body paragraph.",), ("Baldor melaporkan di Washington.",), ("Sumber", "")),
        (
            "T\n\nBody.\n\n___\nSource: Wikinews, https://x.org (CC BY 2.5)",
            "T",
            ("Body.",),
            (),
            ("Source", "Wikinews, https://x.org (CC BY 2.5)"),
        ),
        (
            "T\n\nBody.\n\n___\n\nCredit one.\n\nSumber: AP\nhttps://apnews.com",
            "T",
            ("Body.",),
            ("Credit one.",),
            ("Sumber", "AP\nhttps://apnews.com"),
        ),
        ("T\n\nA.\n\n___\n\nB.\n\n___\n\nCredit.", "T", ("A.", "___", "B."), ("Credit.",), None),
        ("T\n\nBody.\n\n___\n\nSources said it was over.", "T", ("Body.",), ("Sources said it was over.",), None),
        ("T\n\nBody.\n\nSource: not after a separator", "T", ("Body.", "Source: not after a separator"), (), None),
    ],
)
def test_parts_of_a_raw_article(text, title, body, trailer, source) -> None:
    raw, problems = parse_raw("a.txt", text)
    assert problems == []
    assert raw is not None
    assert (raw.title, tuple(p.text for p in raw.body), tuple(p.text for p in raw.trailer)) == (title, body, trailer)
    assert (raw.source and (raw.source.label, raw.source.text)) == source


def test_paragraphs_remember_their_line() -> None:
    raw, _ = parse_raw("a.txt", "\nTitle\n\nOne.\n\n\nTwo\nlines.\n___\nSumber")
    assert raw is not None
    assert raw.title_line == 2
    assert raw.body == (Paragraph("One.", 4), Paragraph("Two\nlines.", 7))
    assert raw.source == SourceTrailer("Sumber", "", 10)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "a.txt:1:1: article is empty; expected a title on the first line, then paragraphs"),
        ("  \n\n", "a.txt:1:1: article is empty; expected a title on the first line, then paragraphs"),
        (
            "\nOnly a title\n",
            "a.txt:2:1: article has a title but no paragraphs; expected the article's text after the title line",
        ),
    ],
)
def test_articles_without_text_are_reported(text: str, problem: str) -> None:
    assert [str(p) for p in parse_raw("a.txt", text)[1]] == [problem]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbfTitle\r\n\r\nBody\r\n", "Title\n\nBody\n"),
        (b"Title\r\rBody\r", "Title\n\nBody\n"),
        ("Judul “kutipan” — café".encode(), "Judul “kutipan” — café"),
    ],
)
def test_decoding_removes_bom_and_normalises_line_endings(data: bytes, text: str) -> None:
    assert decode("a.txt", data) == (text, [])


def test_invalid_utf8_names_line_and_column() -> None:
    assert decode("a.txt", "Title\n\nab\xff".encode("latin-1")) == (
        None,
        [
            Problem(
                "a.txt",
                3,
                3,
                "text is not UTF-8: byte 0xFF cannot start or continue a UTF-8 character; "
                "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)",
            )
        ],
    )
