"""The HTML our build hands MkDocs for each generated page is the page its Markdown makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_scripts.build.pipeline import generate_pages
from build_scripts.mkdocs import prerendered
from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.render.page_blocks import Heading, PageSource, Permalinks

from same_html import differences, elements
from support import REPO, SITE_IDENTITY

GOLDEN = Path(__file__).parent / "golden"
ARCHIVES = {case.name: case for case in sorted(GOLDEN.iterdir()) if case.is_dir()} | {"articles": REPO}


@pytest.mark.parametrize("archive", sorted(ARCHIVES))
def test_every_generated_page_is_the_page_its_markdown_makes(archive: str) -> None:
    loaded = load_archive(read_sources(ARCHIVES[archive]))
    assert differences(generate_pages(loaded, SITE_IDENTITY)) == []


def test_headings_without_ids_get_the_ids_python_markdown_makes() -> None:
    """Repeated, empty and non-Latin headings: made unique after the ids given, as the toc extension does."""
    page = PageSource(
        (),
        (
            Heading(1, "Same"),
            Heading(2, "Same"),
            Heading(2, "same", "same_1"),
            Heading(2, "東京"),
            Heading(2, "東京"),
            Heading(3, "A & B <c>"),
            Heading(3, "Linked", link=("index.md", "articles/2024/2024-01-01-x.md")),
        ),
    )
    assert differences({"index.md": page, "articles/2024/2024-01-01-x.md": PageSource((), ("<p>x</p>",))}) == []
    assert [token["id"] for token in page.outline().toc[0]["children"]] == ["same_2", "same_1", "_1", "_2"]


def test_a_difference_is_found() -> None:
    """The comparison itself: a heading whose HTML we wrote differently is reported."""
    assert elements('<h2 id="a">A</h2>') != elements('<h2 id="b">A</h2>')
    assert elements("<p>a <b>b</b></p>") != elements("<p>a b</p>")
    assert elements("<p>x</p>\n\n<p>y</p>") == elements("<p>x</p><p>y</p>")


def test_other_markdown_extensions_turn_prerendering_off() -> None:
    """With an extension page_blocks does not reproduce, MkDocs renders the Markdown as before."""
    ours = ["toc", "tables", "fenced_code", "footnotes", "attr_list", "md_in_html"]
    assert prerendered.permalinks(ours, {"toc": {"permalink": True}}) == Permalinks()
    assert prerendered.permalinks(ours, {"toc": {"permalink": "#", "permalink_title": "Link"}}) == Permalinks("#", "Link")
    assert prerendered.permalinks([*ours, "smarty"], {"toc": {"permalink": True}}) is None
    assert prerendered.permalinks(ours, {"toc": {"permalink": True, "toc_depth": 2}}) is None
    assert prerendered.permalinks(ours, {"toc": {}}) is None
