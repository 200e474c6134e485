"""The "Cite this article" section: the reference and BibTeX say what the article is, and article text stays text."""

from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser

import markdown

from build_scripts.model import Article
from build_scripts.read.archive import load_archive
from build_scripts.render.citation import bibtex, citation_blocks
from build_scripts.render.page_blocks import PageSource
from build_scripts.site_config import SiteIdentity

from support import ARTICLE, EXTENSIONS, PEOPLE, SITE_NAME

SITE = "https://example.org/news/"
IDENTITY = SiteIdentity(SITE_NAME, SITE)
ANNOTATIONS = b"language: en\nsource: {publisher: Associated Press}\n"
HOSTILE = "Evil *bold* [x](javascript:alert(1)) <script>x</script> {\\}%$#_^~& ``` </code></pre> \x02 end"


def article(text: str = ARTICLE, annotations: bytes | None = ANNOTATIONS, name: str = "2024-10-23-troops") -> Article:
    files = {"articles/people.yml": PEOPLE.encode(), f"articles/2024/{name}.txt": text.encode()}
    if annotations is not None:
        files[f"articles/2024/{name}.yml"] = annotations
    archive = load_archive(files)
    assert archive.problems == ()
    return archive.articles[0]


class _Rendered(HTMLParser):
    """Texts of the heading, the citation paragraph and the code block, and every tag seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: dict[str, str] = {}
        self.current: str | None = None
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("h2", "p", "code"):
            self.current = tag
            self.texts.setdefault(tag, "")

    def handle_endtag(self, tag: str) -> None:
        if tag == self.current:
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current:
            self.texts[self.current] += data


def rendered(text: str) -> _Rendered:
    parser = _Rendered()
    parser.feed(markdown.markdown(text, extensions=EXTENSIONS))
    return parser


def citation_markdown(article: Article) -> str:
    return PageSource((), tuple(citation_blocks(article, IDENTITY))).markdown()


def balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def test_small_article_citation_and_bibtex() -> None:
    md = citation_markdown(article())
    assert md.startswith("## Cite this article {: #cite }\n")
    url = f"{SITE}articles/2024/2024-10-23-troops/"
    page = rendered(md)
    assert page.texts["h2"] == "Cite this article"
    assert page.texts["p"] == (
        f"Baldor (2024). “Title of the story”. Associated Press. Annotated News Archive. {url}, accessed [date]."
    )
    assert ("h2", {"id": "cite"}) in page.tags and ("p", {"class": "citation"}) in page.tags
    assert ("span", {"class": "access-date", "data-today": None}) in page.tags
    assert ("a", {"href": url}) in page.tags
    assert page.texts["code"] == (
        "@misc{2024-10-23-troops,\n"
        "  author = {Baldor},\n"
        "  title = {{Title of the story}},\n"
        "  year = {2024},\n"
        "  date = {2024-10-23},\n"
        "  publisher = {Associated Press},\n"
        "  howpublished = {Annotated News Archive},\n"
        f"  url = {{{url}}},\n"
        "  language = {English},\n"
        "}"
    )
    assert ("code", {"class": "language-bibtex"}) in page.tags
    assert dt.date.today().isoformat() not in md


def test_indonesian_labels_and_publisher_as_author() -> None:
    text = ARTICLE.split("___")[0]
    md = citation_markdown(article(text, b"language: id\nsource: {publisher: Antara}\n"))
    page = rendered(md)
    assert page.texts["h2"] == "Kutip artikel ini"
    assert page.texts["p"].startswith("Antara (2024). “Title of the story”. Annotated News Archive. ")
    assert page.texts["p"].endswith(", diakses [tanggal].")
    assert "  author = {{Antara}},\n" in page.texts["code"] and "  language = {Indonesian},\n" in page.texts["code"]


def test_no_credits_and_no_publisher_cite_the_archive() -> None:
    page = rendered(citation_markdown(article(ARTICLE.split("___")[0], None)))
    assert page.texts["p"].startswith("Annotated News Archive (2024). “Title of the story”. https://")
    assert "  author = {{Annotated News Archive}},\n" in page.texts["code"]


def test_hostile_title_is_text_in_the_citation_and_escaped_in_bibtex() -> None:
    hostile = article(f"{HOSTILE}\n\nBody.\n", ANNOTATIONS, "2024-10-23-hostile")
    md = citation_markdown(hostile)
    page = rendered(md)
    shown = HOSTILE.replace("\x02", "\u2402")
    assert f"“{shown}”" in page.texts["p"]
    assert {tag for tag, _ in page.tags} == {"h2", "p", "a", "span", "pre", "code"}
    assert ("a", {"href": f"{SITE}articles/2024/2024-10-23-hostile/"}) in page.tags
    entry = bibtex(hostile, IDENTITY)
    assert page.texts["code"] == entry
    assert html.escape(entry, quote=False) in md
    title = next(line for line in entry.splitlines() if line.startswith("  title = "))
    assert title == (
        r"  title = {{Evil *bold* [x](javascript:alert(1)) <script>x</script> "
        r"\textbraceleft{}\textbackslash{}\textbraceright{}\%\$\#\_\textasciicircum{}\textasciitilde{}\& "
        "``` </code></pre> \u2402 end}},"
    )
    assert balanced(entry) and all(balanced(line.rstrip(",")) for line in entry.splitlines()[1:-1])
    assert not any(line.startswith("```") for line in md.splitlines())


def test_hostile_author_and_publisher_stay_balanced() -> None:
    annotations = b"""language: en
source: {publisher: "Pub } {"}
byline: [{name: "A}{ \\\\ and B", role: reported}, {name: Baldor}]
"""
    entry = bibtex(article(ARTICLE, annotations), IDENTITY)
    assert "  author = {{A\\textbraceright{}\\textbraceleft{} \\textbackslash{} and B} and Baldor},\n" in entry
    assert "  publisher = {Pub \\textbraceright{} \\textbraceleft{}},\n" in entry
    assert balanced(entry)
