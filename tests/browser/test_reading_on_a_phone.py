"""A reader on a phone (390×844): the article fits the screen, the navigation drawer opens, the search too."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .archive_site import ENGLISH, SEED, search_button, search_dialog, search_results, visit, wait_for_answer

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(new_context) -> Page:
    context = new_context(viewport={"width": 390, "height": 844}, device_scale_factor=3, is_mobile=True, has_touch=True)
    return context.new_page()


@pytest.mark.parametrize("address", [SEED, ENGLISH], ids=["indonesian", "english"])
def test_article_fits_a_phone_screen_without_horizontal_scrolling(phone: Page, address: str) -> None:
    visit(phone, address)
    expect(phone.get_by_role("heading", level=1)).to_be_in_viewport()
    page_width = phone.evaluate("document.documentElement.scrollWidth")
    assert page_width <= 390, f"the page is {page_width}px wide on a 390px screen: the reader must scroll sideways"


def test_the_bibtex_entry_wraps_inside_its_box_on_a_phone(phone: Page) -> None:
    visit(phone, SEED)
    entry = phone.locator("pre:has(code.language-bibtex)")
    entry.scroll_into_view_if_needed()
    expect(entry).to_contain_text("@misc{2024-10-23-korea-utara-kirim-tentara-ke-rusia,")
    box = entry.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    hidden = entry.locator("code").evaluate("c => c.scrollWidth - c.clientWidth")
    assert hidden <= 0, f"{hidden}px of the BibTeX entry are cut off"


def test_navigation_opens_on_a_phone(phone: Page) -> None:
    visit(phone, SEED)
    navigation = phone.get_by_role("navigation", name="Navigasi")  # the Indonesian story's navigation is Indonesian
    people = navigation.get_by_role("link", name="Tokoh", exact=True)
    expect(people).not_to_be_in_viewport()
    phone.locator("label.md-header__button[for='__drawer']").click()
    expect(people).to_be_in_viewport()
    people.click()
    expect(phone).to_have_url(re.compile(r"/people/$"))


def test_search_opens_and_fits_a_phone_screen(phone: Page) -> None:
    visit(phone, SEED)
    button = search_button(phone)
    expect(button).to_be_in_viewport()
    button.tap()
    dialog = search_dialog(phone)
    expect(dialog).to_be_visible()
    dialog.get_by_role("searchbox").press_sequentially("COVID-19")
    wait_for_answer(dialog, "COVID-19")
    expect(search_results(dialog).first).to_be_visible()
    # The longest filter names, loaded when the reader opens the filters (this page is Indonesian).
    dialog.get_by_role("button", name=re.compile("^(More filters|Filter lain)")).tap()
    expect(dialog.get_by_role("combobox", name=re.compile("^(Person quoted|Tokoh yang dikutip)$"))).to_be_enabled()
    box = dialog.bounding_box()
    assert box is not None, "the dialog is not shown"
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, f"the dialog spans x={box['x']}..{box['x'] + box['width']}"
    assert box["y"] >= 0 and box["y"] + box["height"] <= 844, f"the dialog spans y={box['y']}..{box['y'] + box['height']}"
    widths = dialog.evaluate("d => [d.scrollWidth, d.clientWidth, document.documentElement.scrollWidth]")
    assert widths[0] <= widths[1], f"the dialog's content is {widths[0]}px wide in {widths[1]}px: it scrolls sideways"
    assert widths[2] <= 390, f"the page is {widths[2]}px wide on a 390px screen: the reader must scroll sideways"
