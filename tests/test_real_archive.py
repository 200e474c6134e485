"""The archive in this repository: clean, and every paragraph of every article on its page."""

from __future__ import annotations

import markdown
import pytest

from build_scripts.build.pipeline import generate_pages
from build_scripts.build.site_files import as_files
from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.render.escaping import visible
from build_scripts.site_paths import article_page

from html_text import article_paragraphs
from support import EXTENSIONS, REPO, SITE_IDENTITY, collapsed

ARCHIVE = load_archive(read_sources(REPO))
PAGES = as_files(generate_pages(ARCHIVE, SITE_IDENTITY))


def test_the_archive_has_no_problems() -> None:
    assert [str(p) for p in ARCHIVE.problems] == []


@pytest.mark.parametrize("article", ARCHIVE.articles, ids=lambda a: a.id)
def test_every_paragraph_reaches_the_page(article) -> None:
    page = PAGES[article_page(article)].split("---\n", 2)[2]
    shown = [collapsed(p) for p in article_paragraphs(markdown.markdown(page, extensions=EXTENSIONS))]
    raw = article.raw
    expected = [collapsed(visible(p.text)) for p in raw.body + raw.trailer]
    if raw.source:
        expected.append(collapsed(f"{raw.source.label}: {raw.source.text}" if raw.source.text else raw.source.label))
    missing = [text for text in expected if text not in shown]
    assert missing == []
