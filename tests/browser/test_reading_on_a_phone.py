"""A reader on a phone (390×844): the article fits the screen and the navigation drawer opens."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .archive_site import ENGLISH, SEED, visit

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


def test_navigation_opens_on_a_phone(phone: Page) -> None:
    visit(phone, SEED)
    navigation = phone.get_by_role("navigation", name="Navigation")
    people = navigation.get_by_role("link", name="People", exact=True)
    expect(people).not_to_be_in_viewport()
    phone.locator("label.md-header__button[for='__drawer']").click()
    expect(people).to_be_in_viewport()
    people.click()
    expect(phone).to_have_url(re.compile(r"/people/$"))
