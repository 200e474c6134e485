"""axe-core on one page of every kind and on the open search dialog, in the light and the dark palette:
no WCAG 2.0, 2.1 or 2.2 level A or AA violation."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from .archive_site import EVERY_KIND, SEED, search, search_results, visit

pytestmark = pytest.mark.browser

WCAG_A_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]}}
PALETTES = {"light": "default", "dark": "slate"}  # the reader's prefers-color-scheme -> Material's palette


@pytest.fixture(params=PALETTES)
def palette(page: Page, request: pytest.FixtureRequest) -> str:
    """The reader's light or dark system setting, emulated for `page`; Material's palette follows it."""
    page.emulate_media(color_scheme=request.param)
    return request.param


def assert_no_violation(page: Page, palette: str) -> None:
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", PALETTES[palette])
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")  # colours mid-fade fail
    results = Axe().run(page, options=WCAG_A_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("kind", EVERY_KIND)
def test_page_has_no_wcag_a_or_aa_violation(page: Page, palette: str, kind: str) -> None:
    visit(page, EVERY_KIND[kind], status=404 if kind == "not found" else 200)
    assert_no_violation(page, palette)


@pytest.mark.parametrize("address", ["", SEED], ids=["english page", "indonesian page"])
def test_search_dialog_with_results_and_filters_has_no_wcag_a_or_aa_violation(page: Page, palette: str, address: str) -> None:
    dialog = search(page, "COVID-19", address)
    expect(search_results(dialog).locator("mark").first).to_be_visible()
    dialog.get_by_role("button", name=re.compile("^(More filters|Filter lain)")).click()
    people = dialog.get_by_role("combobox", name=re.compile("^(Person quoted|Tokoh yang dikutip)$"))
    expect(people).to_be_enabled()  # every filter shown and loaded
    assert_no_violation(page, palette)
