"""Split a raw article, exactly as a newsroom sent it, into title, body and trailer.

The tool adapts to the text, never the reverse: every line ends up in `body` or `trailer`, so it reaches the
page. Most newsrooms print no `___` before their credits, so the trailer is also what ends the text in a form
`read/credits.py` recognises (credit, copyright and correction lines); a "Baca juga" / "Read more" line is the
trailer's wherever it stands, since it links to another story. The story keeps every other line: a paragraph is
taken from it only when all of it reads as trailer, so a story that mentions an editor stays whole.
"""

from __future__ import annotations

import re

from build_scripts.model import Paragraph, Problem, RawArticle, SourceTrailer
from build_scripts.read.credits import GLUED_TAG, is_aside, is_byline, parse_credits

_SEPARATOR = re.compile(r"_{3,}")
_SOURCES_LIST = re.compile(r"(?:Sources?|Sumber|References|Referensi)\s*:?\s*\n")
"""Wikinews' "Sources" heading with its sources, one a line, printed after the story."""
_SOURCE = re.compile(r"(?P<label>Sources?|Sumber)\s*(?::\s*(?P<rest>.*))?", re.DOTALL | re.IGNORECASE)
_SOURCES_HEADING = re.compile(
    r"(?:Sources?|Sumber|References|Referensi|External\s+links|Pranala\s+luar"
    r"|Related\s+(?:news|stories|articles)|See\s+also|Berita\s+terkait|Artikel\s+terkait|Lihat\s+pula)\s*:?",
    re.IGNORECASE,
)
"""A heading over a list after the story: its sources, or Wikinews' "Related news" printed above them."""
_SOURCE_ENTRY = re.compile(r"[*•·\-–—]\s*\S.*|.*[\"“‘'].+[\"”’'].*|.+\b(?:19|20)\d\d\.?")
"""A source listed under that heading, one a line: a bullet, a quoted headline wherever it stands ("Radio
Merkury — "Wykolejenie …" — February 19, 2025"), or a line ending with the year it was published."""
_CREDITS_AFTER_SOURCE = re.compile(
    r"\s+(?=[A-Z][\w-]*(?:\s+[a-z]+)?\s*:|[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:by|oleh)\s|COPYRIGHT\b|Copyright\b|©)"
)
"""Where a credit label, a "… by" credit or a copyright may start on a `Source:` line: ANTARA runs "Sumber: Reuters
Penerjemah: A Editor: B COPYRIGHT © ANTARA 2025" together."""


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
        story = _paragraphs(rest[:cut], rest_start)
        after = _paragraphs(rest[cut + 1 :], rest_start + cut + 1)
    else:
        story, after = _paragraphs(rest, rest_start), []
    story = _joined_sources(story)
    body, ending = _ending(story, lines)
    body, asides = _asides(body)
    if len(body) > 1 and is_byline(body[0].text):
        asides.insert(0, body.pop(0))
    if not body:
        body, ending, asides = story, [], []

    source: SourceTrailer | None = None
    trailer: list[Paragraph] = list(asides)
    for paragraph in _source_apart(after + ending):
        match = _SOURCE.fullmatch(paragraph.text)
        if source is None and match:
            source = SourceTrailer(match["label"], (match["rest"] or "").strip(), paragraph.line)
        else:
            trailer.append(paragraph)
    trailer.sort(key=lambda paragraph: (paragraph.line, paragraph.column))

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


def _ending(story: list[Paragraph], lines: list[str]) -> tuple[list[Paragraph], list[Paragraph]]:
    """The story's paragraphs, and the trailer that ends them: whole paragraphs, then lines, then initials.

    A `Source:` line counts only beside a credit, copyright or correction line: alone after the story it stays
    the story's, as it always has.
    """
    index, credited = len(story), False
    while index > 1 and (kind := _kind(story[index - 1].text) or _rule_above(story, index)):
        credited |= kind == "trailer"
        index -= 1
    if index == 0:
        return story, []
    last = story[index - 1]
    ending = [paragraph for paragraph in story[index:] if not _SEPARATOR.fullmatch(paragraph.text.strip())]
    texts = last.text.split("\n")
    cut = len(texts)
    while cut > 1 and (kind := _kind(texts[cut - 1])):
        credited |= kind == "trailer"
        cut -= 1
    head = [Paragraph("\n".join(texts[:cut]), last.line, last.column)]
    tail = [Paragraph("\n".join(texts[cut:]), last.line + cut, 1)] if cut < len(texts) else []
    glued = GLUED_TAG.search(texts[cut - 1])
    if glued:
        line = last.line + cut - 1
        column = lines[line - 1].rfind(glued["tag"]) + 1
        head[-1] = Paragraph("\n".join([*texts[: cut - 1], texts[cut - 1][: glued.start()]]), last.line, last.column)
        tail.insert(0, Paragraph(glued["tag"], line, column))
        credited = True
    if not credited:
        return story, []
    return story[: index - 1] + head, tail + ending


def _rule_above(story: list[Paragraph], index: int) -> str | None:
    """ "rule" for a `___` line right above the trailer read so far (AP prints one above its credits and another
    above a correction): it ends the story as the last one does, and is no text of the trailer."""
    ruled = index < len(story) and _SEPARATOR.fullmatch(story[index - 1].text.strip())
    return "rule" if ruled else None


def _joined_sources(story: list[Paragraph]) -> list[Paragraph]:
    """The story with each heading printed alone over a list ("Related news", then "Sources"), and the entries
    after it one a paragraph, as one paragraph: the list is the trailer's as a whole, as when no blank line parts
    its entries."""
    end = len(story)
    for index in range(len(story) - 1, 0, -1):
        if _SOURCES_HEADING.fullmatch(story[index].text):
            lines = [line for entry in story[index + 1 : end] for line in entry.text.split("\n")]
            if not (lines and all(_SOURCE_ENTRY.fullmatch(line) for line in lines)):
                return story
            heading = story[index]
            story = [*story[:index], Paragraph("\n".join([heading.text, *lines]), heading.line, heading.column), *story[end:]]
            end = index
    return story


def _credits_after_source(line: str) -> int | None:
    """Where the credit lines start on a `Source:` line that runs on into them, if it does."""
    if not _SOURCE.fullmatch(line):
        return None
    for cut in _CREDITS_AFTER_SOURCE.finditer(line):
        if parse_credits(line[cut.end() :]).is_trailer:
            return cut.end()
    return None


def _source_apart(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Each paragraph, with a `Source:` line printed above credit lines, or running on into them, set apart from
    them, so both are read."""
    apart: list[Paragraph] = []
    for paragraph in paragraphs:
        first, _, others = paragraph.text.partition("\n")
        if (cut := _credits_after_source(first)) is not None:
            source = Paragraph(first[:cut].rstrip(" |/-–—"), paragraph.line, paragraph.column)
            credits = Paragraph(paragraph.text[cut:], paragraph.line, paragraph.column + cut)
            apart += [source, credits]
        elif others and _SOURCE.fullmatch(first) and parse_credits(others).is_trailer:
            apart += [Paragraph(first, paragraph.line, paragraph.column), Paragraph(others, paragraph.line + 1, 1)]
        else:
            apart.append(paragraph)
    return apart


def _kind(text: str) -> str | None:
    """ "trailer" for credit, copyright, correction and link lines and a list of sources under its heading;
    "source" for a `Source:` line; else None. A paragraph of several lines is judged line by line first, so a
    `Source:` line above credit lines does not read as one source running on."""
    heading, _, entries = text.partition("\n")
    if _SOURCES_HEADING.fullmatch(heading) and entries and all(_SOURCE_ENTRY.fullmatch(e) for e in entries.split("\n")):
        return "trailer"
    if entries and not _SOURCES_LIST.match(text):
        kinds = {_kind(line) for line in text.split("\n")}
        if None not in kinds:
            return "trailer" if "trailer" in kinds else "source"
    if _SOURCE.fullmatch(text):
        return "source" if _credits_after_source(text) is None else "trailer"
    if _SOURCES_LIST.match(text):
        return "trailer"
    return "trailer" if parse_credits(text).is_trailer else None


def _asides(body: list[Paragraph]) -> tuple[list[Paragraph], list[Paragraph]]:
    """The story without its "Baca juga" lines, and those lines, each run of them a paragraph; "Baca juga:" alone on
    its line takes the headline printed under it."""
    story: list[Paragraph] = []
    asides: list[Paragraph] = []
    for paragraph in body:
        texts = paragraph.text.split("\n")
        labels = [is_aside(line) for line in texts]
        aside = [labels[n] or (n > 0 and labels[n - 1] and texts[n - 1].rstrip().endswith(":")) for n in range(len(texts))]
        start = 0
        for number in range(1, len(texts) + 1):
            if number == len(texts) or aside[number] != aside[start]:
                run = Paragraph("\n".join(texts[start:number]), paragraph.line + start, paragraph.column if start == 0 else 1)
                (asides if aside[start] else story).append(run)
                start = number
    return story, asides
