"""What the browser tests know of the site: page addresses (relative to its root), opening them, searching."""

import re

from playwright.sync_api import Locator, Page, expect

SEED = "articles/2024/2024-10-23-korea-utara-kirim-tentara-ke-rusia/"
SEED_TITLE = "Amerika Serikat mengonfirmasi bahwa Korea Utara telah mengirimkan sekitar 3.000 tentara ke Rusia"
ENGLISH = "articles/2020/2020-03-14-world-health-organization-declares-covid-19-pandemic/"
ENGLISH_TITLE = "World Health Organization declares COVID-19 pandemic"

EVERY_KIND = {
    "home": "",
    "indonesian article": SEED,
    "english article": ENGLISH,
    "articles index": "articles/",
    "year index": "articles/2024/",
    "month index": "articles/2024/10/",
    "topics index": "topics/",
    "topic": "topics/russia/",
    "people index": "people/",
    "person": "people/lloyd-austin/",
    "organisations index": "organisations/",
    "organisation": "organisations/world-health-organization/",
    "stories with unnamed sources": "sources/unnamed/",
    "about": "about/",
    "not found": "articles/no-such-article/",  # the server answers with the site's 404.html
}


def visit(page: Page, address: str, status: int = 200) -> None:
    """Opens a page of the site; a missing page fails here rather than testing the 404 page by mistake."""
    response = page.goto(address)
    assert response is not None and response.status == status, f"{address}: HTTP {response and response.status}"


def search_button(page: Page) -> Locator:
    """The header's search button (hidden until javascripts/search.js runs), in the page's language."""
    return page.get_by_role("banner").get_by_role("button", name=re.compile(r"^(Search|Cari)$"))


def search_dialog(page: Page) -> Locator:
    return page.get_by_role("dialog", name=re.compile(r"^(Search the archive|Cari di arsip)$"))


def open_search(page: Page) -> Locator:
    """Clicks the header's search button; returns the search dialog, open."""
    search_button(page).click()
    dialog = search_dialog(page)
    expect(dialog).to_be_visible()
    return dialog


def search(page: Page, query: str, address: str = "") -> Locator:
    """Opens the search on a page (the home page by default) and types the query key by key, as a reader
    does; returns the dialog once its status line answers this query (results shown, or none found)."""
    visit(page, address)
    dialog = open_search(page)
    dialog.get_by_role("searchbox").press_sequentially(query)
    wait_for_answer(dialog, query)
    return dialog


def wait_for_answer(dialog: Locator, query: str) -> None:
    """Waits for the status line to answer `query`, in English or Indonesian ("3 pages match “latih”",
    "Tidak ada yang cocok dengan “xyz”"); answers to the query's first letters don't count."""
    expect(search_status(dialog)).to_contain_text(re.compile(f"“{re.escape(query)}”"))


def search_status(dialog: Locator) -> Locator:
    return dialog.get_by_role("status")


def search_language(dialog: Locator) -> Locator:
    """The Language list: every language is searched unless the reader narrows it to one."""
    return dialog.get_by_role("combobox", name=re.compile(r"^(Language|Bahasa)$"))


def search_all_languages_button(dialog: Locator) -> Locator:
    """Offered under the status line once the reader narrows the search to one language: every language again."""
    return dialog.get_by_role("button", name=re.compile(r"^(Search all languages|Cari di semua bahasa)$"))


def more_filters_button(dialog: Locator) -> Locator:
    """Opens the Year, Topic and Person quoted lists ("More filters (2)" when two of them are chosen)."""
    return dialog.get_by_role("button", name=re.compile(r"^More filters"))


def search_results(dialog: Locator) -> Locator:
    """One list item per page found: its kind, its title as a link, a details line (date · language), the
    story's other versions as links, an excerpt."""
    return dialog.locator("ol.archive-search__results > li")
