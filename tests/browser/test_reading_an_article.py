"""A reader reads the seed article: who said each quote, who reported the story, the translation note."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from .archive_site import SEED, visit

pytestmark = pytest.mark.browser


@pytest.fixture
def seed(page: Page) -> Page:
    visit(page, SEED)
    return page


def quote_reference(page: Page, quote: str) -> Locator:
    """The footnote reference printed right after a quote."""
    return page.locator("span.quote", has_text=quote).locator("xpath=following-sibling::*[1][self::sup]/a")


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [("masalah yang sangat serius", "Lloyd Austin"), ("Para prajurit ini kemudian", "John Kirby")],
)
def test_hovering_a_quote_reference_shows_who_said_it(seed: Page, quote: str, speaker: str) -> None:
    reference = quote_reference(seed, quote)
    reference.hover()
    tooltip = seed.locator(f"[id='{reference.get_attribute('aria-controls')}']")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text(speaker)


def test_quote_reference_leads_to_its_footnote_and_back(seed: Page) -> None:
    reference = quote_reference(seed, "Kami melihat bukti adanya tentara Korea Utara")
    reference.click()
    footnote = seed.locator("li:target")
    expect(footnote).to_be_in_viewport()
    expect(footnote.get_by_role("link", name="Lloyd Austin")).to_be_visible()
    footnote.locator("a.footnote-backref").click()
    expect(seed.locator("sup:target")).to_be_in_viewport()
    expect(seed.locator("sup:target").get_by_role("link")).to_have_text(reference.inner_text())


# Each journalist credited on the seed article: name, person page, city.
JOURNALISTS = [
    ("Lolita C. Baldor", "lolita-c-baldor", "Washington"),
    ("Kim Tong-hyung", "kim-tong-hyung", "Seoul"),
    ("Ilya Novikov", "ilya-novikov", "Kiev, Ukraina"),
    ("Hanna Arhirova", "hanna-arhirova", "Kiev, Ukraina"),
    ("Danica Kirka", "danica-kirka", "London"),
    ("Jari Tanner", "jari-tanner", "Helsinki"),
]


def test_credits_name_every_journalist_and_city(seed: Page) -> None:
    credits = seed.locator("#credits + ul > li")
    expect(seed.get_by_role("heading", name="Kredit")).to_be_visible()
    expect(credits).to_have_count(len(JOURNALISTS))
    for item, (name, person, city) in zip(credits.all(), JOURNALISTS):
        expect(item).to_contain_text(f"({city})")
        link = item.get_by_role("link", name=name, exact=True)
        expect(link).to_have_attribute("href", re.compile(f"/people/{person}/$"))


def test_translation_note_is_shown_and_referenced_from_the_text(seed: Page) -> None:
    note = seed.locator(".footnote li", has_text="Catatan terjemahan.")
    expect(note).to_be_visible()
    expect(note).to_contain_text("Indo-Pasifik")
    expect(seed.locator(f"a.footnote-ref[href='#{note.get_attribute('id')}']")).to_be_visible()
