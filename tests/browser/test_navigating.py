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
    expect(page.get_by_role("heading", level=1)).to_have_text("404 - Not found")
    page.get_by_role("navigation").get_by_role("link", name="People", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("People")


def test_a_reader_follows_a_topic_from_an_article_to_its_neighbours_and_back_to_the_index(page: Page) -> None:
    visit(page, SEED)
    topics = page.locator(".article-topics")
    expect(topics).to_contain_text("Topik: Korea Utara, Rusia, Ukraina, Amerika Serikat")
    topics.get_by_role("link", name="Ukraina", exact=True).click()
    expect(page).to_have_url(re.compile(r"topics/ukraine/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Topic: Ukraine")
    listed = page.get_by_role("article").get_by_role("link", name=SEED_TITLE)
    expect(listed).to_be_visible()
    page.get_by_role("link", name=re.compile("^Next topic: ")).click()
    expect(page).to_have_url(re.compile(r"topics/united-kingdom/$"))
    page.get_by_role("link", name=re.compile("^← Previous topic: Ukraine$")).click()
    expect(page).to_have_url(re.compile(r"topics/ukraine/$"))
    page.get_by_role("link", name="All topics", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Topics")
    expect(page.get_by_role("article").get_by_role("listitem").filter(has_text="Ukraine")).to_have_text("Ukraine: 2 articles")
