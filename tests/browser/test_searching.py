"""A reader types a word into the search box and lands on the article that holds it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .archive_site import ENGLISH, ENGLISH_TITLE, SEED, SEED_TITLE, search

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("word", "title", "address"),
    [("Vladivostok", SEED_TITLE, SEED), ("inaction", ENGLISH_TITLE, ENGLISH)],
    ids=["indonesian", "english"],
)
def test_searching_a_word_from_an_article_leads_to_it(page: Page, word: str, title: str, address: str) -> None:
    results = search(page, word)
    results.get_by_role("link").filter(has=page.get_by_role("heading", name=title)).first.click()
    expect(page).to_have_url(re.compile(re.escape(address) + r"(\?.*)?$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)
    expect(page.locator("article.news-article")).to_contain_text(word)


def test_searching_a_word_found_nowhere_says_so(page: Page) -> None:
    results = search(page, "zqxjvw")
    expect(results).to_contain_text("No matching documents")
