"""A page speaks its language: an Indonesian article shows no English word of the interface in what a reader
sees or hears, and the 404 page, in the site's language, leads on to the search and home."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest
import yaml
from playwright.sync_api import Page, expect

from .archive_site import EVERY_KIND, SEED, visit

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
INTERFACE = REPO / "build_scripts" / "interface"
MATERIAL_ENGLISH = Path(material.__file__).parent / "templates" / "partials" / "languages" / "en.html"

UNUSED = ("blog.", "consent.", "readtime.", "rss.", "search.config.", "source.file.")
"""Material's labels for plugins and features the site does not use (its blog's "Archive" is in our site's name)."""

SHOWN = """() => {
  const shown = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (!element.checkVisibility({ visibilityProperty: true }) || element.closest("pre")) continue;
    if (node.nodeType === Node.TEXT_NODE) shown.push(node.textContent);
    else for (const name of ["aria-label", "title", "placeholder", "alt"]) {
      if (node.hasAttribute(name)) shown.push(node.getAttribute(name));
    }
  }
  return shown.map((text) => text.replace(/\\s+/g, " ").trim()).filter(Boolean);
}"""
"""Every piece of text shown, and every label a screen reader says or a pointer shows, on visible elements;
not in code blocks (the citation's BibTeX, a machine-readable format whose field values are English)."""


def _english_words() -> set[str]:
    """The English interface: our table's words unlike Indonesian's, and Material's own English labels,
    each cut at its {placeholders}; pieces of one short word ("of") say nothing and are left out."""
    english = yaml.safe_load((INTERFACE / "en.yml").read_text(encoding="utf-8"))
    indonesian = yaml.safe_load((INTERFACE / "id.yml").read_text(encoding="utf-8"))
    values = [value for key, value in english.items() if indonesian.get(key) != value]
    material = re.findall(r'^  "([^"]+)": "(.*)",?$', MATERIAL_ENGLISH.read_text(encoding="utf-8"), re.M)
    values += [value for key, value in material if not key.startswith(UNUSED)]
    pieces = {piece.strip() for value in values for piece in re.split(r"\{\w+\}|#", value)}
    return {piece for piece in pieces if len(piece) > 3 and re.search(r"[A-Za-z]{3}", piece)} - set(indonesian.values())


def _english_in(shown: list[str], words: set[str], data: str = "") -> list[str]:
    """The English words in what is shown, but in the archive's own text (`data`): a note's annotator may
    quote the English original, which is no interface word; nor is a web address (the citation's)."""
    return sorted(
        f"{word!r} in {text!r}"
        for text in shown
        if text not in data
        for word in words
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", re.sub(r"https?://\S+", "", text))
    )


def _archive_text(article: str) -> str:
    """An article's text and annotations, as one line of words."""
    stem = REPO / article.rstrip("/")
    return " ".join(" ".join(stem.with_suffix(suffix).read_text(encoding="utf-8").split()) for suffix in (".txt", ".yml"))


def test_the_english_words_are_found_where_they_are_shown(page: Page) -> None:
    """The walk sees what it looks for: an English page shows the English labels."""
    visit(page, EVERY_KIND["english article"])
    found = _english_in(page.evaluate(SHOWN), _english_words())
    for label in ("'Table of contents'", "'Back to top'", "'Switch to dark mode'", "'Navigation'"):
        assert any(entry.startswith(label) for entry in found), label


@pytest.mark.parametrize("width", [1280, 390])
def test_an_indonesian_article_shows_no_english_interface_word(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    visit(page, SEED)
    expect(page.locator("html")).to_have_attribute("lang", "id")
    page.mouse.wheel(0, 600)  # Back to top appears once the reader scrolls down and back up
    page.mouse.wheel(0, -300)
    if width < 1000:
        page.locator("label.md-header__button[for=__drawer]").click()  # the navigation, in the drawer on a phone
    assert _english_in(page.evaluate(SHOWN), _english_words(), _archive_text(SEED)) == []


def test_the_not_found_page_offers_the_search_and_the_way_home(page: Page, base_url: str) -> None:
    visit(page, EVERY_KIND["not found"], status=404)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    content = page.get_by_role("article")
    expect(content.get_by_role("heading", level=1)).to_have_text("Page not found")
    content.get_by_role("button", name="Search the archive").click()
    expect(page.get_by_role("dialog", name="Search the archive")).to_be_visible()
    page.keyboard.press("Escape")
    content.get_by_role("link", name="Go to the home page").click()
    expect(page).to_have_url(base_url)
