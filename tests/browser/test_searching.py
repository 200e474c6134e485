"""A reader searches the archive from the header's search dialog and lands on the article that holds the
word, highlighted; whatever the page's language, every language's articles are searched."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from .archive_site import (
    ENGLISH,
    ENGLISH_TITLE,
    SEED,
    SEED_TITLE,
    search,
    search_button,
    search_dialog,
    search_results,
    search_status,
    visit,
    wait_for_answer,
)

pytestmark = pytest.mark.browser


def result_titled(dialog: Locator, title: str) -> Locator:
    return search_results(dialog).get_by_role("link", name=title)


def test_searching_an_indonesian_root_word_finds_its_inflected_form_and_highlights_it(page: Page) -> None:
    # "latih" (to train) is in the seed article only as "pelatihan" (training): Indonesian stemming finds it.
    dialog = search(page, "latih")
    result = result_titled(dialog, SEED_TITLE)
    expect(result).to_be_visible()
    expect(result).to_contain_text("untuk pelatihan militer")
    result.click()
    expect(page).to_have_url(re.compile(re.escape(SEED) + r"\?highlight=latih$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(SEED_TITLE)
    highlights = page.locator("article.news-article mark")
    expect(highlights.first).to_be_visible()
    expect(highlights.first).to_contain_text(re.compile("latih", re.IGNORECASE))


def test_searching_an_english_word_leads_to_the_article(page: Page) -> None:
    dialog = search(page, "inaction")
    result_titled(dialog, ENGLISH_TITLE).click()
    expect(page).to_have_url(re.compile(re.escape(ENGLISH) + r"\?highlight=inaction$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(ENGLISH_TITLE)
    expect(page.locator("article.news-article mark").first).to_have_text(re.compile("^inaction$", re.IGNORECASE))


def test_searching_from_an_english_page_finds_indonesian_articles(page: Page) -> None:
    dialog = search(page, "pelatihan")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    result = search_results(dialog).filter(has=page.get_by_role("link", name=SEED_TITLE))
    expect(result).to_contain_text("Bahasa Indonesia")
    expect(result).to_have_attribute("lang", "id")  # a screen reader reads its title and excerpt as Indonesian


def test_choosing_a_language_shows_only_that_languages_articles(page: Page) -> None:
    dialog = search(page, "COVID-19")
    details = search_results(dialog).locator(".archive-search__details")
    expect(details.filter(has_text="English").first).to_be_visible()
    expect(details.filter(has_text="Bahasa Indonesia").first).to_be_visible()
    everything = search_status(dialog).inner_text()

    dialog.get_by_role("combobox", name="Language").select_option("Bahasa Indonesia")
    expect(search_status(dialog)).not_to_have_text(everything)  # the count changes: results are for the filter
    wait_for_answer(dialog, "COVID-19")
    expect(details.first).to_be_visible()
    assert all(line.endswith("· Bahasa Indonesia") for line in details.all_inner_texts()), details.all_inner_texts()
    expect(search_results(dialog).get_by_role("link", name=ENGLISH_TITLE)).to_have_count(0)


def test_more_results_continue_the_list_from_the_first_new_one(page: Page) -> None:
    dialog = search(page, "WHO")
    found = int(search_status(dialog).inner_text().split()[0])
    assert found > 20, f"'WHO' should find more than two pages of results, not {found}"
    results, more = search_results(dialog), dialog.get_by_role("button", name="More results")
    expect(results).to_have_count(10)
    more.click()
    expect(results).to_have_count(20)
    expect(results.nth(10).get_by_role("link")).to_be_focused()
    more.press("Enter")
    expect(results).to_have_count(found)
    expect(more).to_be_hidden()
    expect(results.nth(20).get_by_role("link")).to_be_focused()  # not lost with the button


@pytest.mark.parametrize(
    ("address", "answer"),
    [("", "No article matches “zqxjvw”"), (SEED, "Tidak ada artikel yang cocok dengan “zqxjvw”")],
    ids=["english page", "indonesian page"],
)
def test_searching_a_word_found_nowhere_says_so(page: Page, address: str, answer: str) -> None:
    dialog = search(page, "zqxjvw", address)
    expect(search_status(dialog)).to_contain_text(answer)
    expect(search_results(dialog)).to_have_count(0)


def test_searching_with_the_keyboard_only(page: Page) -> None:
    visit(page, "")
    page.keyboard.press("/")
    dialog = search_dialog(page)
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("searchbox")).to_be_focused()
    page.keyboard.type("inaction")  # key by key, into whatever has the focus
    wait_for_answer(dialog, "inaction")
    first = search_results(dialog).first.get_by_role("link")
    expect(first).to_have_text(ENGLISH_TITLE)
    for _ in range(6):  # past the four filters
        page.keyboard.press("Tab")
        if first.evaluate("link => link === document.activeElement"):
            break
    expect(first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(ENGLISH) + r"\?highlight=inaction$"))

    expect(search_button(page)).to_be_visible()  # the search is ready: its script shows the button
    page.keyboard.press("/")
    expect(search_dialog(page)).to_be_visible()
    page.keyboard.press("Escape")
    expect(search_dialog(page)).to_be_hidden()
    expect(search_button(page)).to_be_focused()


def test_without_javascript_no_search_button_is_offered(new_context) -> None:
    page = new_context(java_script_enabled=False).new_page()
    visit(page, "")
    expect(page.get_by_role("banner").get_by_role("link", name="Annotated News Archive")).to_be_visible()
    expect(search_button(page)).to_have_count(0)  # a button that could open nothing
