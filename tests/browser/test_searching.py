"""A reader searches the archive from the header's search dialog and lands on the page that holds the
word, highlighted. Every language is searched unless the reader narrows it; every result holds the words
searched (or a word of the same stem); a story and its translation are one result; people, organisations
and topics are found by name, above the articles; the dialog speaks the page's language."""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
from playwright.sync_api import Locator, Page, expect

from .archive_site import (
    ENGLISH,
    ENGLISH_TITLE,
    SEED,
    SEED_TITLE,
    more_filters_button,
    open_search,
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

ENGLISH_TRANSLATED = "Organisasi Kesehatan Dunia (WHO) menyatakan COVID-19 sebagai pandemi"
"""The Indonesian translation of ENGLISH."""


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


def every_result(dialog: Locator) -> list[Locator]:
    """Every result of the answer, "More results" pressed until it is gone."""
    more = dialog.locator(".archive-search__more")
    while more.is_visible():
        shown = search_results(dialog).count()
        more.click()
        expect(search_results(dialog)).not_to_have_count(shown)
    return search_results(dialog).all()


def folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def page_text(page: Page, address: str) -> str:
    """The page's text, markup and letter case aside: what a reader could find the words in."""
    response = page.request.get(address)
    assert response.ok, f"{address}: HTTP {response.status}"
    return folded(html.unescape(re.sub(r"<[^>]+>", " ", response.text())))


def kinds(dialog: Locator) -> list[str]:
    return search_results(dialog).locator(".archive-search__kind").all_inner_texts()


@pytest.mark.parametrize("query", ["Vladivostok", "pelatihan", "Kirby"])
def test_the_home_pages_search_finds_the_indonesian_seed_with_no_other_click(page: Page, query: str) -> None:
    dialog = search(page, query)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(chosen_option(search_language(dialog))).to_have_text("All languages")
    result = search_results(dialog).filter(has=page.get_by_role("link", name=SEED_TITLE))
    expect(result).to_have_count(1)
    expect(result).to_have_attribute("lang", "id")  # a screen reader reads its title and excerpt as Indonesian
    expect(result.locator(".archive-search__details")).to_have_text("Article · 2024-10-23 · Indonesian")
    expect(search_all_languages_button(dialog)).to_be_hidden()  # every language is searched already


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Brexit", "Thousands march in anti-Brexit protest, London"),
        ("Hong Kong", "Hong Kong leader announces withdrawal of extradition bill"),
    ],
)
def test_an_indonesian_pages_search_finds_english_stories(page: Page, query: str, title: str) -> None:
    dialog = search(page, query, SEED)
    expect(chosen_option(search_language(dialog))).to_have_text("Semua bahasa")
    result = search_results(dialog).filter(has=page.get_by_role("link", name=title))
    expect(result).to_have_attribute("lang", "en")
    expect(result.locator(".archive-search__details")).to_contain_text("· bahasa Inggris")
    expect(result.locator(".archive-search__kind")).to_have_text("Artikel")


JUDGED = {
    "Lloyd Austin": ["lloyd", "austin"],
    "Austin": ["austin"],
    "Kirby": ["kirby"],
    "latih": ["latih"],
    "pelatihan": ["latih"],
    "Hong Kong": ["hong", "kong"],
    "Korea Utara": ["korea", "utara"],
    "COVID-19": ["covid", "19"],
    "Walter Munk": ["walter", "munk"],
    "toilet paper": ["toilet", "paper"],
    "pandemi": ["pandemi"],
    "World Health Organization": ["world", "health", "organization"],
}
"""Names, stems and two-word queries, and the words (or stems) every page found must hold."""


@pytest.mark.parametrize("query", JUDGED)
def test_every_result_holds_every_word_searched_or_its_stem(page: Page, query: str) -> None:
    dialog = search(page, query)
    results = every_result(dialog)
    assert results, f"{query!r} found nothing"
    for item in results:
        link = item.locator(":scope > a")
        address = link.get_attribute("href")
        assert address is not None
        text = page_text(page, address)
        missing = [word for word in JUDGED[query] if word not in text]
        assert not missing, f"{query!r} found {link.inner_text()!r} ({address}), which lacks {missing}"


def test_a_name_finds_no_word_that_only_begins_like_it(page: Page) -> None:
    # Pagefind's own matching found "Australia" for "Austin", and "Latin" for "latih".
    for query, unrelated in [
        ("Lloyd Austin", "Stores in Australia lower toilet paper limits per transaction"),
        ("latih", "Pioneering oceanographer Walter Munk dies of pneumonia in California"),
        ("latih", "Argentine president Fernández to send bill legalising abortion to National Congress within 10 days"),
    ]:
        dialog = search(page, query)
        expect(result_titled(dialog, SEED_TITLE)).to_be_visible()
        expect(search_results(dialog).get_by_role("link", name=unrelated)).to_have_count(0)


def test_a_story_and_its_translation_are_one_result_linking_both(page: Page) -> None:
    dialog = search(page, "COVID-19")
    story = search_results(dialog).filter(has=page.get_by_role("link", name=ENGLISH_TITLE, exact=True))
    expect(story).to_have_count(1)
    translation = story.get_by_role("link", name=ENGLISH_TRANSLATED)
    expect(translation).to_be_visible()
    expect(story.locator(".archive-search__versions li")).to_have_text(f"{ENGLISH_TRANSLATED} (Indonesian)")
    expect(story.locator(".archive-search__versions li")).to_have_attribute("lang", "id")
    expect(search_results(dialog).get_by_role("link", name=ENGLISH_TRANSLATED)).to_have_count(1)  # not a result of its own
    every_result(dialog)
    expect(search_results(dialog).get_by_role("link", name=ENGLISH_TRANSLATED)).to_have_count(1)
    translation.click()
    expect(page).to_have_url(re.compile(re.escape(ENGLISH.rstrip("/")) + r"-id/\?highlight=covid\+19$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(ENGLISH_TRANSLATED)


def test_people_organisations_and_topics_are_found_by_name_above_the_articles(page: Page) -> None:
    dialog = search(page, "Kirby")
    expect(search_results(dialog).first.locator(".archive-search__kind")).to_have_text("Person")
    person = search_results(dialog).first.get_by_role("link", name="John Kirby")
    person.click()
    expect(page).to_have_url(re.compile(r"/people/john-kirby/\?highlight=kirby$"))

    dialog = search(page, "Ukraina")  # the topic's Indonesian name: one topic, its page titled in English
    found = kinds(dialog)
    assert found.index("Topic") < found.index("Article"), found
    expect(result_titled(dialog, "Ukraine")).to_have_attribute("href", re.compile(r"/topics/ukraine/"))

    dialog = search(page, "World Health Organization")
    organisation = search_results(dialog).filter(has_text="Organisation")
    expect(organisation.get_by_role("link")).to_have_attribute("href", re.compile(r"/organisations/world-health-organization/"))
    found = kinds(dialog)
    assert found.index("Organisation") < found.index("Article"), found


def test_searching_an_indonesian_root_word_finds_its_inflected_form_and_highlights_it(page: Page) -> None:
    # "latih" (to train) is in the seed article only as "pelatihan" (training): Indonesian stemming finds it.
    dialog = search(page, "latih", SEED)
    expect(search_status(dialog)).to_have_text("1 halaman cocok dengan “latih”")
    result = result_titled(dialog, SEED_TITLE)
    expect(result).to_be_visible()
    expect(search_results(dialog).first).to_contain_text("untuk pelatihan militer")
    result.click()
    expect(page).to_have_url(re.compile(re.escape(SEED) + r"\?highlight=latih$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(SEED_TITLE)
    highlights = page.locator("article.news-article mark")
    expect(highlights.first).to_be_visible()
    expect(highlights.first).to_contain_text(re.compile("latih", re.IGNORECASE))


def test_searching_an_english_word_leads_to_the_article(page: Page) -> None:
    dialog = search(page, "inaction")
    expect(search_status(dialog)).to_have_text("2 pages match “inaction”")  # and "inactive", of the same English stem
    result_titled(dialog, ENGLISH_TITLE).click()
    expect(page).to_have_url(re.compile(re.escape(ENGLISH) + r"\?highlight=inaction$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(ENGLISH_TITLE)
    expect(page.locator("article.news-article mark").first).to_have_text(re.compile("^inaction$", re.IGNORECASE))


def test_a_word_is_found_once_typed_whole_not_by_its_first_letters(page: Page) -> None:
    dialog = search(page, "Vladivo")
    expect(search_status(dialog)).to_have_text("Nothing matches “Vladivo”. Try another word, or fewer filters.")
    dialog.get_by_role("searchbox").press_sequentially("stok")
    wait_for_answer(dialog, "Vladivostok")
    expect(result_titled(dialog, SEED_TITLE)).to_be_visible()


def test_the_dialog_speaks_the_pages_language(page: Page) -> None:
    dialog = search(page, "Kirby", SEED)
    expect(search_button(page)).to_have_accessible_name("Cari")
    expect(dialog).to_have_accessible_name("Cari di arsip")
    expect(dialog.get_by_role("searchbox")).to_have_accessible_name("Kata yang dicari (artikel, kutipan, tokoh, topik)")
    expect(search_language(dialog)).to_have_accessible_name("Bahasa")
    expect(search_language(dialog).locator("option")).to_have_text(["Semua bahasa", "bahasa Inggris", "bahasa Indonesia"])
    expect(dialog.locator("legend")).to_have_text("Tampilkan hanya")
    expect(dialog.locator(".archive-search__toggle")).to_have_text("Filter lain")
    expect(dialog.get_by_role("button", name="Tutup")).to_be_visible()
    expect(search_status(dialog)).to_have_text("2 halaman cocok dengan “Kirby”")
    assert kinds(dialog) == ["Tokoh", "Artikel"]
    dialog.locator(".archive-search__toggle").click()
    for name in ("Tahun", "Topik", "Tokoh yang dikutip"):
        expect(dialog.get_by_role("combobox", name=name)).to_be_enabled()
    # The words around the results and the filters' values, hidden ones included ("Hasil lainnya", "Cari di
    # semua bahasa"): the results and values are the pages' own words, English for an English page.
    interface = dialog.evaluate(
        "d => { const c = d.cloneNode(true);"
        " c.querySelectorAll('li > :not(.archive-search__details), [data-filter] option:not(:first-child)').forEach((e) => e.remove());"
        " return c.textContent; }"
    )
    english = re.compile(r"\b(Search|Close|Language|Only show|More|filters?|Year|Topic|Person|Article|All|pages?|match)\b")
    assert not english.findall(interface), " ".join(interface.split())


def test_narrowing_to_a_language_shows_only_that_languages_pages(page: Page) -> None:
    dialog = search(page, "COVID-19")
    details = search_results(dialog).locator(".archive-search__details")
    expect(details.filter(has_text="English").first).to_be_visible()
    everything = search_status(dialog).inner_text()

    search_language(dialog).select_option("Indonesian")
    expect(search_status(dialog)).not_to_have_text(everything)  # the count changes: results are for the choice
    wait_for_answer(dialog, "COVID-19")
    expect(details.first).to_be_visible()
    articles = [line for line in details.all_inner_texts() if line.startswith("Article")]
    assert articles and all(line.endswith("· Indonesian") for line in articles), details.all_inner_texts()
    expect(search_results(dialog).locator(":scope > a", has_text=ENGLISH_TITLE)).to_have_count(0)  # linked as a version only
    expect(search_results(dialog).get_by_role("link", name=ENGLISH_TRANSLATED)).to_be_visible()
    indonesian = search_status(dialog).inner_text()

    search_language(dialog).select_option("English")
    expect(search_status(dialog)).not_to_have_text(indonesian)
    wait_for_answer(dialog, "COVID-19")
    assert all(line.endswith("· English") for line in details.all_inner_texts() if line.startswith("Article")), (
        details.all_inner_texts()
    )
    expect(search_all_languages_button(dialog)).to_be_visible()
    search_all_languages_button(dialog).click()
    expect(search_status(dialog)).to_have_text(everything)


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
    assert all(line.startswith("Article · 2020-") for line in details.all_inner_texts()), details.all_inner_texts()
    expect(toggle).to_have_accessible_name("More filters (1)")  # still said when the lists are closed

    # Without words, a filter alone lists its articles: as many as its list says.
    dialog.get_by_role("searchbox").fill("")
    lists["Year"].select_option("All")
    person_counts = lists["Person quoted"].locator("option").all_inner_texts()
    search_language(dialog).select_option("Indonesian")
    expect(lists["Person quoted"].locator("option")).not_to_have_text(person_counts)  # counted for the language chosen
    quoted = choose(lists["Person quoted"], "Lloyd Austin")
    expect(result_titled(dialog, SEED_TITLE)).to_be_visible()
    expect(search_results(dialog)).to_have_count(quoted)
    lists["Person quoted"].select_option("All")
    tagged = choose(lists["Topic"], "Rusia")
    expect(search_status(dialog)).to_have_text(f"{tagged} page{'' if tagged == 1 else 's'}")
    expect(result_titled(dialog, SEED_TITLE)).to_be_visible()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(lists["Topic"]).to_have_count(0)


def test_a_search_loads_no_year_topic_or_person_list(page: Page) -> None:
    # Issue 4: every filter list weighs more than the query itself. What loads is the list of which pages
    # are about people and topics, one small file per language.
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    search(page, "COVID-19")
    pagefind = [url for url in fetched if "/pagefind/" in url]
    assert any("/pagefind/index/en_" in url for url in pagefind), pagefind
    assert any("/pagefind/index/id_" in url for url in pagefind), pagefind
    filters = [url for url in pagefind if "/filter/" in url]
    assert len(filters) <= 2, filters


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
    assert len(chunks) > fetched, chunks
    box.fill("The inaction")
    result_titled(dialog, ENGLISH_TITLE).click()
    expect(page).to_have_url(re.compile(re.escape(ENGLISH) + r"\?highlight=inaction$"))


def test_more_results_continue_the_list_from_the_first_new_one(page: Page) -> None:
    dialog = search(page, "WHO")
    found = int(search_status(dialog).inner_text().split()[0])
    assert found > 20, f"'WHO' should find more than two pages of results, not {found}"
    results, more = search_results(dialog), dialog.get_by_role("button", name="More results")
    expect(results).to_have_count(10)
    more.click()
    expect(results).to_have_count(20)
    expect(results.nth(10).get_by_role("link").first).to_be_focused()
    while more.is_visible():
        shown = results.count()
        more.press("Enter")
        expect(results).not_to_have_count(shown)
        expect(results.nth(shown).get_by_role("link").first).to_be_focused()  # not lost with the button
    assert results.count() <= found  # a story's translation is in its original's result


@pytest.mark.parametrize(
    ("address", "answer", "everywhere", "every_language", "one_language"),
    [
        ("", "Nothing matches “zqxjvw”", "Search all languages", "All languages", "English"),
        (SEED, "Tidak ada yang cocok dengan “zqxjvw”", "Cari di semua bahasa", "Semua bahasa", "bahasa Indonesia"),
    ],
    ids=["english page", "indonesian page"],
)
def test_searching_a_word_found_nowhere_says_so(
    page: Page, address: str, answer: str, everywhere: str, every_language: str, one_language: str
) -> None:
    dialog = search(page, "zqxjvw", address)
    expect(search_status(dialog)).to_contain_text(answer)
    expect(search_results(dialog)).to_have_count(0)
    expect(chosen_option(search_language(dialog))).to_have_text(every_language)
    expect(dialog.get_by_role("button", name=everywhere)).to_be_hidden()
    search_language(dialog).select_option(one_language)
    expect(dialog.get_by_role("button", name=everywhere)).to_be_visible()
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
    first = search_results(dialog).first.get_by_role("link").first
    expect(first).to_contain_text(SEED_TITLE)
    for _ in range(6):  # past the Language list and the More filters button
        page.keyboard.press("Tab")
        if first.evaluate("link => link === document.activeElement"):
            break
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


@pytest.mark.parametrize("address", ["", SEED], ids=["english page", "indonesian page"])
def test_searching_logs_nothing_and_every_request_succeeds(page: Page, address: str) -> None:
    """From the search button to the last result, the filters and a narrowed language: what the search itself
    does, once the page has loaded (the page's own requests are the theme's)."""
    visit(page, address)
    page.wait_for_load_state("networkidle")
    problems: list[str] = []
    page.on("console", lambda message: problems.append(f"console {message.type}: {message.text}"))
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on(
        "response",
        lambda response: problems.append(f"HTTP {response.status}: {response.url}") if response.status >= 400 else None,
    )
    dialog = open_search(page)
    for query in ["Hong Kong", "latih", "zqxjvw", "COVID-19", "WHO"]:
        dialog.get_by_role("searchbox").fill(query)
        wait_for_answer(dialog, query)
    every_result(dialog)
    dialog.locator(".archive-search__toggle").click()
    expect(dialog.locator("select[data-filter=year]")).to_be_enabled()
    search_language(dialog).select_option(index=1)
    wait_for_answer(dialog, "WHO")
    assert problems == []
