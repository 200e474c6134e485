"""Split a raw article, exactly as a newsroom sent it, into title, body and trailer.

The tool adapts to the text, never the reverse: any paragraph the parser
does not understand still ends up in `body` or `trailer`, so it reaches the page.
"""

from __future__ import annotations

import re

from build_scripts.model import Paragraph, Problem, RawArticle, SourceTrailer

_SEPARATOR = re.compile(r"_{3,}")
_SOURCE = re.compile(r"(?P<label>Sources?|Sumber)\s*(?::\s*(?P<rest>.*))?", re.DOTALL | re.IGNORECASE)


def decode(path: str, data: bytes) -> tuple[str | None, list[Problem]]:
    """Bytes to text with universal newlines and no BOM, or a problem saying where it broke."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")) + 1
        byte = data[err.start]
        return None, [
            Problem(
                path,
                line,
                column,
                f"text is not UTF-8: byte 0x{byte:02X} cannot start or continue a UTF-8 character; "
                "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)",
            )
        ]
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def _paragraphs(lines: list[str], first_line: int) -> list[Paragraph]:
    """Blank-line separated paragraphs; `first_line` is the 1-based number of lines[0]."""
    paragraphs: list[Paragraph] = []
    current: list[str] = []
    start = 0
    for offset, line in enumerate(lines):
        stripped = line.strip()
        if stripped:
            if not current:
                start = first_line + offset
            current.append(stripped)
        elif current:
            paragraphs.append(Paragraph("\n".join(current), start))
            current = []
    if current:
        paragraphs.append(Paragraph("\n".join(current), start))
    return paragraphs


def parse_raw(path: str, text: str) -> tuple[RawArticle | None, list[Problem]]:
    lines = text.split("\n")
    title_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if title_index is None:
        return None, [Problem(path, 1, 1, "article is empty; expected a title on the first line, then paragraphs")]
    title = lines[title_index].strip()
    rest = lines[title_index + 1 :]
    rest_start = title_index + 2
    separators = [i for i, line in enumerate(rest) if _SEPARATOR.fullmatch(line.strip())]
    if separators:
        cut = separators[-1]
        body = _paragraphs(rest[:cut], rest_start)
        after = _paragraphs(rest[cut + 1 :], rest_start + cut + 1)
    else:
        body, after = _paragraphs(rest, rest_start), []

    source: SourceTrailer | None = None
    trailer: list[Paragraph] = []
    for paragraph in after:
        match = _SOURCE.fullmatch(paragraph.text)
        if source is None and match:
            source = SourceTrailer(match["label"], (match["rest"] or "").strip(), paragraph.line)
        else:
            trailer.append(paragraph)

    problems = []
    if not body:
        problems.append(
            Problem(
                path,
                title_index + 1,
                1,
                "article has a title but no paragraphs; expected the article's text after the title line",
            )
        )
    return RawArticle(path, title, title_index + 1, tuple(body), tuple(trailer), source), problems
