"""A reader finds their way by following links: from the home page to an article, and out of a wrong address."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .archive_site import EVERY_KIND, SEED, SEED_TITLE, visit

pytestmark = pytest.mark.browser


def test_reader_reaches_the_article_from_the_home_page_by_navigation(page: Page) -> None:
    visit(page, "")
    page.get_by_role("navigation").get_by_role("link", name="Articles", exact=True).click()
    page.get_by_role("article").get_by_role("link", name="2024", exact=True).click()
    page.get_by_role("article").get_by_role("link", name="October 2024", exact=True).click()
    page.get_by_role("article").get_by_role("link", name=SEED_TITLE).click()
    expect(page).to_have_url(re.compile(re.escape(SEED) + "$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(SEED_TITLE)


def test_a_wrong_address_shows_the_not_found_page_with_working_navigation(page: Page) -> None:
    visit(page, EVERY_KIND["not found"], status=404)
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    page.get_by_role("navigation").get_by_role("link", name="People", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("People")
