"""Property: whatever a paragraph holds, the reader sees exactly that text, and no markup from it."""

from __future__ import annotations

import re
from html import unescape

import markdown
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_real_archive import EXTENSIONS, collapsed

from build_scripts.build.pipeline import generate_pages
from build_scripts.build.site_files import as_files
from build_scripts.read.archive import load_archive
from build_scripts.render.escaping import visible

from html_text import article_paragraphs, article_tags

MARKUP_PIECES = st.sampled_from(
    [
        "<script>",
        "</article>",
        "<b>",
        "&amp;",
        "&",
        "[^1]",
        "[^1]:",
        "[x](javascript:alert(1))",
        "# ",
        "* ",
        "1. ",
        "> ",
        "|",
        "---",
        "***",
        "___",
        "{{ x }}",
        "{: .c }",
        "`",
        "\\",
        "**",
        "_",
        "<!--",
        "-->",
        "\x02",
        "\x03",
        "wzxhzdk:0",
        "///Footnotes Go Here///",
        "'",
        '"',
        "“",
        "”",
        "\u202e",
        "\u00a0",
        "    ",
        "\t",
        ":",
        "!",
        "=",
        "~~",
        "==",
        "^^",
    ]
)
WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), min_size=1, max_size=12)
LINE = st.lists(st.one_of(MARKUP_PIECES, WORDS), min_size=1, max_size=12).map(" ".join).filter(lambda s: s.strip())


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=4))
@example(["<script>alert(1)</script> and <b>bold</b> & text"])
@example(["[x](javascript:alert(1)) [^1]", "[^1]: a definition"])
@example(["///Footnotes Go Here///"])
@example(["C#", "1. one", "- two", "12.5 per cent", "# three #", "# ", "#"])
def test_any_paragraph_text_reaches_the_page_literally(lines: list[str]) -> None:
    lines = [
        line
        for line in lines
        if line.strip() and line.strip().strip("_") != "" and not line.lstrip().lower().startswith(("source", "sumber"))
    ]
    if not lines:
        return
    text = "Title\n\n" + "\n\n".join(lines) + "\n"
    archive = load_archive({"articles/people.yml": b"", "articles/2024/2024-01-01-x.txt": text.encode()})
    assert archive.problems == ()
    (article,) = archive.articles
    page = as_files(generate_pages(archive))["articles/2024/2024-01-01-x.md"].split("---\n", 2)[2]
    html = markdown.markdown(page, extensions=EXTENSIONS)
    shown = [collapsed(p) for p in article_paragraphs(html)]
    assert shown[-len(article.raw.body) :] == [collapsed(visible(p.text)) for p in article.raw.body]
    tags = article_tags(html)
    assert {tag for tag, _ in tags} <= {"h1", "p", "time", "div", "span"}
    assert [(tag, attrs) for tag, attrs in tags if tag in ("div", "span")] == []


def test_an_article_cannot_move_the_footnotes() -> None:
    text = "Title\n\n///Footnotes Go Here///\n\nShe said “yes” and left.\n"
    archive = load_archive(
        {
            "articles/people.yml": b"ana:\n  name: Ana\n",
            "articles/2024/2024-01-01-x.txt": text.encode(),
            "articles/2024/2024-01-01-x.yml": b"quotes:\n  - quote: 'yes'\n    speaker: ana\n",
        }
    )
    page = as_files(generate_pages(archive))["articles/2024/2024-01-01-x.md"].split("---\n", 2)[2]
    html = markdown.markdown(page, extensions=EXTENSIONS)
    assert article_paragraphs(html)[1:3] == ["///Footnotes Go Here///", "She said “yes” and left."]
    assert html.index("She said") < html.index('<div class="footnote">')


@pytest.mark.parametrize("title", ["C# and F#", "1. Not a list", "# Not a heading #", "- dash", "<b>bold</b> & {{ x }}"])
def test_a_title_is_shown_literally(title: str) -> None:
    archive = load_archive({"articles/people.yml": b"", "articles/2024/2024-01-01-x.txt": f"{title}\n\nBody.\n".encode()})
    page = as_files(generate_pages(archive))["articles/2024/2024-01-01-x.md"].split("---\n", 2)[2]
    html = markdown.markdown(page, extensions=EXTENSIONS)
    heading = html[html.index("<h1") : html.index("</h1>") + len("</h1>")]
    assert collapsed(unescape(re.sub(r"<[^>]+>", "", heading))) == title
