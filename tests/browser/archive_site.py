"""What the browser tests know of the site: page addresses (relative to its root), opening them, searching."""

from playwright.sync_api import Locator, Page

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
    "topics index": "tags/",
    "topic": "tags/rusia/",
    "people index": "people/",
    "people index, page 2": "people/page/2/",
    "person": "people/lloyd-austin/",
    "about": "about/",
    "not found": "articles/no-such-article/",  # the server answers with the site's 404.html
}


def visit(page: Page, address: str, status: int = 200) -> None:
    """Opens a page of the site; a missing page fails here rather than testing the 404 page by mistake."""
    response = page.goto(address)
    assert response is not None and response.status == status, f"{address}: HTTP {response and response.status}"


def search(page: Page, query: str) -> Locator:
    """Types the query into the home page's search box key by key, as Material searches on key events.
    Returns the results panel."""
    visit(page, "")
    box = page.get_by_role("textbox", name="Search")
    box.click()
    box.press_sequentially(query)
    return page.locator(".md-search-result")
