"""Properties over generated inputs, not just examples (Hypothesis):

- any article text (any Unicode, any Markdown- or HTML-looking text, any line endings) reaches its page
  paragraph for paragraph, exactly as the reader must see it, nothing of it is lost, and no element is made
  from it;
- annotations on random spans: each is rendered exactly once, at its span, or reported at its line;
- parsing never raises: the parsers and the archive return problems, our own error type, for any input.

Builds stay small (one article, Markdown rendered in-process) so the whole file takes seconds.
"""

from __future__ import annotations

import os
import re
import unicodedata
from html.parser import HTMLParser

import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from build_scripts.build.pipeline import generate_pages
from build_scripts.model import Problem
from build_scripts.read.anchoring import key
from build_scripts.read.annotations import parse_annotations, parse_people
from build_scripts.read.archive import load_archive
from build_scripts.read.raw_text import decode, parse_raw
from build_scripts.render.escaping import visible
from build_scripts.render.page_blocks import PageSource

from html_text import article_tags
from same_html import differences
from support import MARKED, SITE_IDENTITY, Page, collapsed, markup_problems, shown_as, shown_paragraphs

ARTICLE = "articles/2024/2024-01-01-x.txt"
ANNOTATIONS = "articles/2024/2024-01-01-x.yml"
PAGE = "articles/2024/2024-01-01-x.md"
PEOPLE = b"ana:\n  name: Ana\n"
SETTINGS = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "120")), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
"""A deeper search: PROPERTY_EXAMPLES=5000 python -m pytest tests/test_properties.py"""

PENDING = "".join(
    chr(code)
    for code in range(0x110000)
    if not 0xD800 <= code <= 0xDFFF and MARKED.fullmatch(chr(code)) and visible(chr(code)) == chr(code)
)
"""Characters the page must mark as [U+XXXX] that markdown_text.visible does not mark yet (empty once fixed):
left out of the generated texts below, and tested on their own by the known-bug test at the end."""


def _rendered(files: dict[str, bytes]):
    """The page's HTML as the site shows it, which must be the page its published Markdown makes."""
    archive = load_archive({"articles/people.yml": PEOPLE, **files})
    page = generate_pages(archive, SITE_IDENTITY)[PAGE]
    assert isinstance(page, PageSource) and differences({PAGE: page}) == []
    return archive, page.html()


# --- Any text reaches the page ----------------------------------------------------------------------------

MARKUP = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<script>",
        "<b>",
        "<img src=x onerror=alert(1)>",
        "</p></article>",
        "</article>",
        "&amp;",
        "&lt;",
        "&",
        "<!--",
        "-->",
        "[^1]",
        "[^1]:",
        "[^1]: def",
        "[^q1]:",
        "[x](javascript:alert(1))",
        "![i](x.png)",
        "<https://e.org>",
        "# ",
        "## h #",
        "* ",
        "- ",
        "+ ",
        "1. ",
        "1) ",
        "> ",
        "|",
        "---",
        "***",
        "===",
        "___",
        "{{ x }}",
        "{% x %}",
        "{: #quote-1 }",
        "{: .c }",
        "{: onclick=x }",
        "`",
        "``",
        "\\",
        "**",
        "__",
        "_",
        "~~",
        "==",
        "^^",
        ":smile:",
        "*[X]: y",
        ": def",
        ":",
        "!",
        "=",
        "    ",
        "\t",
        "\x00",
        "\x02",
        "\x03",
        "\x1b",
        "\x7f",
        "wzxhzdk:0",
        "///Footnotes Go Here///",
        "'",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "\u00a0",
        "\u202e",
        "\u2066",
        "\u200b",
        "\ufeff",
        "e\u0301",
        "\U0001f469\u200d\U0001f467",
        "\u0627\u0644",
        "\u05e9",
        "Source:",
        "Sumber",
        "[TOC]",
        "$$",
        "<?php ?>",
        "]]>",
    ]
)
CHARS = st.characters(exclude_categories=["Cs"], exclude_characters=PENDING + "\n\r")
WORD = st.text(alphabet=CHARS, min_size=1, max_size=10)
LINE = st.lists(st.one_of(MARKUP, WORD), min_size=1, max_size=8).map(" ".join)
PARAGRAPH = st.lists(LINE, min_size=1, max_size=3).map("\n".join)
NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])
ARTICLE_ELEMENTS = {
    ("h1", None),
    ("a", "headerlink"),
    ("p", "article-meta"),
    ("time", None),
    ("p", None),
    ("h2", None),
    ("p", "credit-line"),
    ("p", "article-byline"),
    ("span", "dateline-city"),
    ("details", "source-note"),
    ("summary", None),
    ("a", None),
}
"""(element, class) of everything an article without annotations holds: its heading, date line, paragraphs and credits."""


@SETTINGS
@given(title=LINE, paragraphs=st.lists(PARAGRAPH, min_size=1, max_size=4), newline=NEWLINE, bom=st.booleans())
@example(
    title="<script>x</script>", paragraphs=["[^1]: a\n[x](javascript:y)", "___", "Source: <b>s</b>"], newline="\r\n", bom=True
)
@example(title="# t #", paragraphs=["1. a\n- b\n> c", "    code", "\x00\x02wzxhzdk:0\x03"], newline="\r", bom=False)
@example(title="[TOC]", paragraphs=["[TOC]", "///Footnotes Go Here///"], newline="\n", bom=False)  # markers read in raw HTML
@example(
    title="C# and F#", paragraphs=["C#", "1. one", "- two", "12.5 per cent", "# three #", "# ", "#"], newline="\n", bom=False
)
@example(title="1. Not a list", paragraphs=["Body."], newline="\n", bom=False)
@example(title="# Not a heading #", paragraphs=["Body."], newline="\n", bom=False)
@example(title="- dash", paragraphs=["Body."], newline="\n", bom=False)
@example(title="<b>bold</b> & {{ x }}", paragraphs=["Body."], newline="\n", bom=False)
def test_any_text_reaches_the_page_literally(title: str, paragraphs: list[str], newline: str, bom: bool) -> None:
    assume(title.replace("\ufeff", "").strip())  # a first line of byte order marks is read as one, not as a title
    text = ("\ufeff" if bom else "") + title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    raw, _ = parse_raw(ARTICLE, decode(ARTICLE, text.encode())[0] or "")
    assume(raw is not None and raw.body)  # an article of nothing but a title is an error, tested in the catalogue
    assert raw is not None
    _, html = _rendered({ARTICLE: text.replace("\n", newline).encode("utf-8")})
    page = Page(html)
    # Every paragraph after the date line, exactly (none split, merged or added), and no element made from the text.
    assert [collapsed(p) for p in page.paragraphs][1:] == shown_paragraphs(raw)
    assert collapsed(page.heading or "") == collapsed(shown_as(raw.title))
    assert {(tag, attributes.get("class")) for tag, attributes in article_tags(html)} <= ARTICLE_ELEMENTS
    assert markup_problems(page) == []
    # Nothing lost: without a separator line every character after the title is in the story or the trailer.
    if not any(re.fullmatch(r"_{3,}", line.strip()) for line in text.split("\n")):
        rest = text.removeprefix("\ufeff").split("\n", 1)[1]
        pieces = [(p.line, p.column, p.text) for p in raw.body + raw.trailer]
        if raw.source:
            pieces.append((raw.source.line, 1, raw.source.label + raw.source.text))
        assert re.sub(r"[\s:]", "", "".join(text for *_, text in sorted(pieces))) == re.sub(r"[\s:]", "", rest)


# --- Annotations on random spans ----------------------------------------------------------------------------

SPAN_TEXT = st.lists(
    st.sampled_from([*"abc de“”‘’\"'-,.&<>*_[]^", "e\u0301", "\u00e9", "\u00a0", "\n"]), min_size=8, max_size=60
).map("".join)


class _Spans(HTMLParser):
    """The text inside each quote element (footnote numbers left out), by its id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str]] = []
        self.texts: dict[str, list[str]] = {}
        self.count: dict[str, int] = {}
        self.sup = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "span" and "quote" in (attributes.get("class") or "").split():
            ident = attributes.get("id") or ""
            self.count[ident] = self.count.get(ident, 0) + 1
            self.texts.setdefault(ident, [])
            self.open.append(("span", ident))
        elif tag == "span":
            self.open.append(("span", ""))
        if tag == "sup":
            self.sup += 1

    def handle_endtag(self, tag):
        if tag == "span" and self.open:
            self.open.pop()
        if tag == "sup":
            self.sup -= 1

    def handle_data(self, data):
        if not self.sup:
            for _, ident in self.open:
                if ident:
                    self.texts[ident].append(data)


@st.composite
def annotated(draw):
    paragraphs = draw(st.lists(SPAN_TEXT.filter(lambda t: t.strip() and t.strip().strip("_") != ""), min_size=1, max_size=3))
    raw, _ = parse_raw(ARTICLE, "Title\n\n" + "\n\n".join(paragraphs) + "\n")
    assume(raw is not None and raw.body)
    quotes = []
    for _ in range(draw(st.integers(1, 5))):
        number = draw(st.integers(0, len(raw.body) - 1))
        text = raw.body[number].text
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        quote = text[start:end]
        variant = draw(st.sampled_from(["as is", "straight", "curly", "nfd", "nfc", "spaces", "edited"]))
        quote = {
            "as is": quote,
            "straight": re.sub("[“”]", '"', re.sub("[‘’]", "'", quote)),
            "curly": quote.replace('"', "“").replace("'", "’"),
            "nfd": unicodedata.normalize("NFD", quote),
            "nfc": unicodedata.normalize("NFC", quote),
            "spaces": re.sub(r"\s+", "  ", quote),
            "edited": quote[::-1],
        }[variant]
        occurrence = {"occurrence": draw(st.integers(1, 3))} if draw(st.booleans()) else {}
        quotes.append({"quote": quote, "speaker": "ana", **occurrence})
    return raw, quotes


@SETTINGS
@given(annotated())
def test_every_annotation_is_shown_once_at_its_span_or_reported(case) -> None:
    raw, quotes = case
    document = yaml.safe_dump({"quotes": quotes}, allow_unicode=False)
    root = yaml.compose(document)
    assert root is not None
    positions = [
        (value.start_mark.line + 1, value.start_mark.column + 1)
        for item in root.value[0][1].value
        for key_node, value in item.value
        if key_node.value == "quote"
    ]
    text = "Title\n\n" + "\n\n".join(p.text for p in raw.body) + "\n"
    archive, html = _rendered({ARTICLE: text.encode(), ANNOTATIONS: document.encode()})
    (article,) = archive.articles
    reported = {(p.line, p.column) for p in archive.problems if p.path == ANNOTATIONS}
    anchored = {(q.annotation.at.line, q.annotation.at.column): number for number, q in enumerate(article.attributions, start=1)}
    spans = _Spans()
    spans.feed(html)
    for position, quote in zip(positions, quotes, strict=True):
        assert (position in anchored) != (position in reported), (quote, archive.problems)
        if position not in anchored:
            continue
        number = anchored[position]
        anchored_quote = article.attributions[number - 1]
        span = anchored_quote.span
        assert key(raw.body[span.paragraph].text[span.start : span.end]) == key(quote["quote"])
        ident = f"quote-{number}"
        assert spans.count.get(ident) == 1, f"{ident} is on the page {spans.count.get(ident, 0)} times"
        shown = collapsed("".join(spans.texts[ident]))
        assert shown == collapsed(shown_as(raw.body[span.paragraph].text[span.start : span.end]))
    assert set(reported) <= set(positions) | {(1, 1)}, archive.problems
    assert len(article.attributions) == len(anchored)
    # One marker per quote (consecutive ones may share a footnote), each leading to a footnote on the page.
    references = re.findall(r'<sup id="(fnref\d*:\d+)"><a class="footnote-ref" href="#(fn:\d+)">', html)
    assert len(references) == len(anchored) and len(set(references)) == len(references)
    assert all(html.count(f'<li id="{footnote}">') == 1 for _, footnote in references)


# --- Parsing never raises ---------------------------------------------------------------------------------

YAMLISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "quotes",
                "notes",
                "quote",
                "speaker",
                "text",
                "note",
                "tags",
                "source",
                "url",
                "language",
                "original",
                "byline",
                "person",
                "name",
                "occurrence",
                "confirmed",
                ": ",
                ":",
                "- ",
                "-",
                "\n",
                "\n  ",
                "\n    ",
                "  ",
                "[",
                "]",
                "{",
                "}",
                ", ",
                "&a ",
                "*a",
                "<<: ",
                "!tag ",
                "!!python/object:os.system ",
                "!!str ",
                "!!binary ",
                "|",
                ">",
                "|-",
                "---\n",
                "...\n",
                "# c",
                "'",
                '"',
                "\\",
                "\t",
                "%YAML 1.2\n",
                "%TAG ! x\n",
                "? ",
                "~",
                "null",
                "true",
                "no",
                "2024-10-23",
                "1e400",
                "0x1F",
                ".inf",
                "\x00",
                "\x85",
                "\u2028",
                "\ufeff",
                "é",
            ]
        ),
        st.text(max_size=6),
    ),
    max_size=40,
).map("".join)


def _assert_problems(problems: list[Problem], path: str) -> None:
    for problem in problems:
        assert isinstance(problem, Problem) and problem.path == path
        assert problem.line >= 1 and problem.column >= 1


@SETTINGS
@given(st.one_of(YAMLISH, st.text(max_size=200)))
def test_yaml_parsing_never_raises(text: str) -> None:
    _, problems = parse_annotations("a.yml", text)
    _assert_problems(problems, "a.yml")
    _, problems = parse_people("people.yml", text)
    _assert_problems(problems, "people.yml")


@SETTINGS
@given(st.binary(max_size=300), st.text(max_size=300))
def test_decoding_and_splitting_never_raise(data: bytes, text: str) -> None:
    decoded, problems = decode("a.txt", data)
    _assert_problems(problems, "a.txt")
    for candidate in (decoded, text):
        if candidate is not None:
            _, problems = parse_raw("a.txt", candidate)
            _assert_problems(problems, "a.txt")


PATHS = st.sampled_from(
    [
        "articles/people.yml",
        ARTICLE,
        ANNOTATIONS,
        "articles/2024/2024-02-30-x.txt",
        "articles/2023/2024-01-01-x.txt",
        "articles/2024/2024-01-01-y.yml",
        "articles/x.txt",
        "articles/2024/2024-01-01-X.txt",
        "articles/2024/a/b.txt",
        "articles/2024/2024-01-01-z.txt",
        "articles/2024/2024-01-01-z.yml",
    ]
)


@SETTINGS
@given(
    st.dictionaries(
        PATHS, st.one_of(st.binary(max_size=200), YAMLISH.map(str.encode), st.text(max_size=200).map(str.encode)), max_size=5
    )
)
def test_loading_any_archive_never_raises(files: dict[str, bytes]) -> None:
    archive = load_archive(files)
    for problem in archive.problems:
        assert isinstance(problem, Problem) and problem.path in files and problem.line >= 1 and problem.column >= 1


@SETTINGS
@given(st.one_of(YAMLISH, st.text(max_size=200)))
@example("\x85[")  # YAML breaks lines at NEL; editors do not: the error was reported on line 3 of a 1-line file
@example("a: 1\r[")
@example("\x85\x85quotes")  # a node's position, not only a syntax error's
def test_every_yaml_problem_is_one_line_inside_the_file(text: str) -> None:
    """ "One clear path:line:col error": a message has no line break and points into the file."""
    _, problems = parse_annotations("a.yml", text)
    lines = len(re.findall("\r\n|[\r\n]", text)) + 2  # as an editor counts them
    for problem in problems:
        assert "\n" not in problem.message, problem.message
        assert problem.line <= lines, (problem, text)


def test_every_invisible_character_is_shown() -> None:
    assert [f"U+{ord(c):04X}" for c in PENDING] == []
