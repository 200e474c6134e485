"""A reader searches the archive from the header's search dialog and lands on the article that holds the
word, highlighted. The page's language is searched first; one button searches every language."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from .archive_site import (
    ENGLISH,
    ENGLISH_TITLE,
    SEED,
    SEED_TITLE,
    more_filters_button,
    search,
    search_all_languages_button,
    search_button,
    search_dialog,
    search_language,
    search_results,
    search_status,
    visit,
    wait_for_answer,
)

pytestmark = pytest.mark.browser


def result_titled(dialog: Locator, title: str) -> Locator:
    return search_results(dialog).get_by_role("link", name=title)


def chosen_option(select: Locator) -> Locator:
    return select.locator("option:checked")


def choose(select: Locator, value: str) -> int:
    """Picks `value` from a Year, Topic or Person list ("Rusia (2)"); returns the count the list shows for it."""
    option = select.locator("option", has_text=re.compile(rf"^{re.escape(value)} \(\d+\)$"))
    expect(option).to_have_count(1)
    label = option.inner_text()
    select.select_option(label=label)
    count = re.search(r"\((\d+)\)$", label)
    assert count is not None, label
    return int(count.group(1))


def test_searching_an_indonesian_root_word_finds_its_inflected_form_and_highlights_it(page: Page) -> None:
    # "latih" (to train) is in the seed article only as "pelatihan" (training): Indonesian stemming finds it.
    dialog = search(page, "latih", SEED)
    expect(chosen_option(search_language(dialog))).to_have_text("Bahasa Indonesia")  # the page's language
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
    expect(chosen_option(search_language(dialog))).to_have_text("English")  # the page's language
    result_titled(dialog, ENGLISH_TITLE).click()
    expect(page).to_have_url(re.compile(re.escape(ENGLISH) + r"\?highlight=inaction$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(ENGLISH_TITLE)
    expect(page.locator("article.news-article mark").first).to_have_text(re.compile("^inaction$", re.IGNORECASE))


def test_searching_from_an_english_page_finds_indonesian_articles_through_all_languages(page: Page) -> None:
    dialog = search(page, "pelatihan")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(search_status(dialog)).to_contain_text("No article matches “pelatihan”")  # no English article has it
    search_all_languages_button(dialog).click()
    result = search_results(dialog).filter(has=page.get_by_role("link", name=SEED_TITLE))
    expect(result).to_contain_text("Bahasa Indonesia")
    expect(result).to_have_attribute("lang", "id")  # a screen reader reads its title and excerpt as Indonesian
    expect(search_status(dialog)).to_have_text("1 article for “pelatihan”")
    expect(chosen_option(search_language(dialog))).to_have_text("All languages")
    expect(search_all_languages_button(dialog)).to_be_hidden()  # every language is searched already
    expect(result.get_by_role("link")).to_be_focused()  # not lost with the button


def test_choosing_a_language_shows_only_that_languages_articles(page: Page) -> None:
    dialog = search(page, "COVID-19")
    details = search_results(dialog).locator(".archive-search__details")
    expect(details.first).to_be_visible()
    assert all(line.endswith("· English") for line in details.all_inner_texts()), details.all_inner_texts()
    english = search_status(dialog).inner_text()

    search_language(dialog).select_option("All languages")
    expect(search_status(dialog)).not_to_have_text(english)  # the count changes: results are for the choice
    wait_for_answer(dialog, "COVID-19")
    expect(details.filter(has_text="English").first).to_be_visible()
    expect(details.filter(has_text="Bahasa Indonesia").first).to_be_visible()
    everything = search_status(dialog).inner_text()

    search_language(dialog).select_option("Bahasa Indonesia")
    expect(search_status(dialog)).not_to_have_text(everything)
    wait_for_answer(dialog, "COVID-19")
    expect(details.first).to_be_visible()
    assert all(line.endswith("· Bahasa Indonesia") for line in details.all_inner_texts()), details.all_inner_texts()
    expect(search_results(dialog).get_by_role("link", name=ENGLISH_TITLE)).to_have_count(0)


def test_year_topic_and_person_lists_appear_only_when_opened_and_then_filter(page: Page) -> None:
    dialog = search(page, "COVID-19")
    lists = {name: dialog.get_by_role("combobox", name=name) for name in ("Year", "Topic", "Person quoted")}
    toggle = more_filters_button(dialog)
    expect(toggle).to_have_attribute("aria-expanded", "false")
    for select in lists.values():
        expect(select).to_have_count(0)
    unfiltered = search_status(dialog).inner_text()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    for select in lists.values():
        expect(select).to_be_enabled()
    choose(lists["Year"], "2020")
    expect(search_status(dialog)).not_to_have_text(unfiltered)
    wait_for_answer(dialog, "COVID-19")
    details = search_results(dialog).locator(".archive-search__details")
    expect(details.first).to_be_visible()
    assert all(line.startswith("2020-") for line in details.all_inner_texts()), details.all_inner_texts()
    expect(toggle).to_have_accessible_name("More filters (1)")  # still said when the lists are closed

    # Without words, a filter alone lists its articles: as many as its list says.
    dialog.get_by_role("searchbox").fill("")
    lists["Year"].select_option("All")
    person_counts = lists["Person quoted"].locator("option").all_inner_texts()
    search_language(dialog).select_option("All languages")
    expect(lists["Person quoted"].locator("option")).not_to_have_text(person_counts)  # counted for every language
    quoted = choose(lists["Person quoted"], "Lloyd Austin")
    expect(result_titled(dialog, SEED_TITLE)).to_be_visible()
    expect(search_results(dialog)).to_have_count(quoted)
    lists["Person quoted"].select_option("All")
    tagged = choose(lists["Topic"], "Rusia")
    expect(search_status(dialog)).to_have_text(f"{tagged} article{'' if tagged == 1 else 's'}")
    expect(result_titled(dialog, SEED_TITLE)).to_be_visible()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(lists["Topic"]).to_have_count(0)


def test_a_search_loads_only_its_languages_index_and_no_filter_list(page: Page) -> None:
    # Issue 4: every filter list, or a second language's index, weighs more than the query itself.
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    search(page, "COVID-19")
    pagefind = [url for url in fetched if "/pagefind/" in url]
    assert any("/pagefind/index/en_" in url for url in pagefind), pagefind
    assert not [url for url in pagefind if "/filter/" in url or re.search(r"[./]id[._]|language=id", url)], pagefind


def test_a_word_on_nearly_every_article_is_left_out_of_a_query_with_other_words(page: Page) -> None:
    # Issue 4: at 10,000 articles "the" is an index chunk of ~75 KB in each of a language's bundles.
    chunks: list[str] = []
    page.on("request", lambda request: chunks.append(request.url) if "/pagefind/index/" in request.url else None)
    dialog = search(page, "inaction")
    found = search_status(dialog).inner_text().replace("“inaction”", "“The inaction”")
    fetched = len(chunks)
    box = dialog.get_by_role("searchbox")
    box.fill("The inaction")  # one query: typed key by key, a pause after "The" could search it alone
    expect(search_status(dialog)).to_have_text(found)
    assert len(chunks) == fetched, chunks  # nothing more to load
    box.fill("the")  # alone, it is searched as typed: its chunk had not been loaded
    wait_for_answer(dialog, "the")
    assert len(chunks) == fetched + 1, chunks
    box.fill("The inaction")
    result_titled(dialog, ENGLISH_TITLE).click()
    expect(page).to_have_url(re.compile(re.escape(ENGLISH) + r"\?highlight=inaction$"))


def test_more_results_continue_the_list_from_the_first_new_one(page: Page) -> None:
    dialog = search(page, "WHO")
    search_language(dialog).select_option("All languages")
    expect(search_all_languages_button(dialog)).to_be_hidden()
    wait_for_answer(dialog, "WHO")
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
    ("address", "answer", "everywhere", "every_language"),
    [
        ("", "No article matches “zqxjvw”", "Search all languages", "All languages"),
        (SEED, "Tidak ada artikel yang cocok dengan “zqxjvw”", "Cari di semua bahasa", "Semua bahasa"),
    ],
    ids=["english page", "indonesian page"],
)
def test_searching_a_word_found_nowhere_says_so(
    page: Page, address: str, answer: str, everywhere: str, every_language: str
) -> None:
    dialog = search(page, "zqxjvw", address)
    expect(search_status(dialog)).to_contain_text(answer)
    expect(search_results(dialog)).to_have_count(0)
    dialog.get_by_role("button", name=everywhere).click()
    expect(chosen_option(search_language(dialog))).to_have_text(every_language)
    expect(search_status(dialog)).to_contain_text(answer)
    expect(dialog.get_by_role("button", name=everywhere)).to_be_hidden()


def test_searching_with_the_keyboard_only(page: Page) -> None:
    visit(page, "")
    page.keyboard.press("/")
    dialog = search_dialog(page)
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("searchbox")).to_be_focused()
    page.keyboard.type("pelatihan")  # key by key, into whatever has the focus
    wait_for_answer(dialog, "pelatihan")
    everywhere = search_all_languages_button(dialog)
    for _ in range(6):  # past the Language list and the More filters button
        page.keyboard.press("Tab")
        if everywhere.evaluate("button => button === document.activeElement"):
            break
    expect(everywhere).to_be_focused()
    page.keyboard.press("Enter")
    first = search_results(dialog).first.get_by_role("link")
    expect(first).to_contain_text(SEED_TITLE)
    expect(first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(SEED) + r"\?highlight=pelatihan$"))

    expect(search_button(page)).to_be_visible()  # the search is ready: its script shows the button
    page.keyboard.press("/")
    expect(search_dialog(page)).to_be_visible()
    page.keyboard.press("Escape")
    expect(search_dialog(page)).to_be_hidden()
    expect(search_button(page)).to_be_focused()


def test_opening_more_filters_with_the_keyboard(page: Page) -> None:
    visit(page, "")
    page.keyboard.press("/")
    dialog = search_dialog(page)
    page.keyboard.press("Tab")
    expect(search_language(dialog)).to_be_focused()
    page.keyboard.press("Tab")
    toggle = more_filters_button(dialog)
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    year = dialog.get_by_role("combobox", name="Year")
    expect(year).to_be_enabled()
    page.keyboard.press("Tab")
    expect(year).to_be_focused()


def test_without_javascript_no_search_button_is_offered(new_context) -> None:
    page = new_context(java_script_enabled=False).new_page()
    visit(page, "")
    expect(page.get_by_role("banner").get_by_role("link", name="Annotated News Archive")).to_be_visible()
    expect(search_button(page)).to_have_count(0)  # a button that could open nothing
