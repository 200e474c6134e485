"""A reader reads the seed article: who said each quote, who reported the story, the translation note, how
to cite it; and follows a speaker to their page and back to the quote."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Locator, Page, expect

from .archive_site import ENGLISH, SEED, SEED_TITLE, visit

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
    # The footnote is shared by Austin's quotes around this one: its back-link to this place.
    footnote.locator(f"a.footnote-backref[href='#{reference.locator('xpath=..').get_attribute('id')}']").click()
    expect(seed.locator("sup:target")).to_be_in_viewport()
    expect(seed.locator("sup:target").get_by_role("link")).to_have_text(reference.inner_text())


def test_following_a_speaker_to_their_page_and_back_to_the_highlighted_quote(seed: Page) -> None:
    quote_reference(seed, "masalah yang sangat serius").click()
    seed.locator("li:target").get_by_role("link", name="Lloyd Austin").click()
    expect(seed).to_have_url(re.compile(r"/people/lloyd-austin/$"))
    expect(seed.get_by_role("heading", level=1)).to_contain_text("Lloyd Austin")

    expect(seed.get_by_role("heading", level=3, name=re.compile(re.escape(SEED_TITLE)))).to_have_count(1)
    said = seed.get_by_role("listitem").filter(has=seed.locator("q", has_text=re.compile("^masalah yang sangat serius$")))
    expect(said).to_have_count(1)
    said.get_by_role("link", name="Read it in the article").click()
    expect(seed).to_have_url(re.compile(re.escape(SEED) + "#quote-3$"))
    quote = seed.locator(".quote:target")
    expect(quote).to_have_text("masalah yang sangat serius")
    expect(quote).to_be_in_viewport()
    header, box = seed.get_by_role("banner").bounding_box(), quote.bounding_box()
    assert header is not None and box is not None, "the header or the quote is not shown"
    assert box["y"] >= header["y"] + header["height"], "the quote is hidden under the header"
    quote_background, paragraph_background = quote.evaluate(
        "quote => [quote, quote.closest('p')].map(element => getComputedStyle(element).backgroundColor)"
    )
    assert quote_background != paragraph_background, f"the quote is not highlighted: {quote_background}"


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
    for item, (name, person, city) in zip(credits.all(), JOURNALISTS, strict=True):
        expect(item).to_contain_text(f"({city})")
        link = item.get_by_role("link", name=name, exact=True)
        expect(link).to_have_attribute("href", re.compile(f"/people/{person}/$"))


def test_translation_note_is_shown_and_referenced_from_the_text(seed: Page) -> None:
    note = seed.locator(".footnote li", has_text="Catatan terjemahan.")
    expect(note).to_be_visible()
    expect(note).to_contain_text("Indo-Pasifik")
    expect(seed.locator(f"a.footnote-ref[href='#{note.get_attribute('id')}']")).to_be_visible()


JAKARTA = ZoneInfo("Asia/Jakarta")
MIDDAY = datetime(2025, 3, 2, 12, 0, tzinfo=JAKARTA)
EARLY_MORNING = datetime(2025, 3, 2, 6, 0, tzinfo=JAKARTA)  # still March 1st in UTC


@pytest.mark.parametrize(
    ("address", "accessed", "now"),
    [
        (SEED, "diakses", MIDDAY),
        (ENGLISH, "accessed", MIDDAY),
        (SEED, "diakses", EARLY_MORNING),
    ],
    ids=["indonesian", "english", "indonesian, early morning in jakarta"],
)
def test_citation_gives_todays_date_as_the_access_date(new_context, address: str, accessed: str, now: datetime) -> None:
    """The reader, in Jakarta, cites the article on the day they read it: their date, not the server's or UTC's."""
    page = new_context(timezone_id="Asia/Jakarta").new_page()
    page.clock.set_fixed_time(now)
    visit(page, address)
    citation = page.locator(".citation")
    expect(citation).to_be_visible()
    expect(citation).to_contain_text(f"{accessed} {now:%Y-%m-%d}.")


def test_the_headline_leads_with_byline_and_dateline_under_it(seed: Page) -> None:
    """The headline is the page's strongest line; who reported the story and where and when stand right under
    it, while the credits stay in full at the end."""
    article = seed.locator("article.news-article")
    headline = article.get_by_role("heading", level=1)
    weight, size = headline.evaluate("h => [getComputedStyle(h).fontWeight, parseFloat(getComputedStyle(h).fontSize)]")
    section = article.get_by_role("heading", level=2).first.evaluate("h => parseFloat(getComputedStyle(h).fontSize)")
    assert int(weight) >= 700 and size > section
    byline = article.locator("h1 + p")
    expect(byline).to_have_text("Oleh Lolita C. Baldor")
    expect(byline.get_by_role("link")).to_have_attribute("href", re.compile(r"people/lolita-c-baldor/$"))
    expect(article.locator("h1 + p + p time")).to_have_text("23 Oktober 2024")
    expect(article.locator("#credits ~ ul").get_by_role("link")).to_have_count(6)


def test_the_source_line_is_a_folded_record_and_a_bare_label_is_left_out(seed: Page) -> None:
    expect(seed.locator("article.news-article")).not_to_contain_text(re.compile(r"^Sumber$", re.M))
    expect(seed.locator(".source-note")).to_have_count(0)
    visit(seed, ENGLISH)
    note = seed.locator("details.source-note")
    expect(note.locator("summary")).to_have_text("How this copy was archived")
    link = note.locator("a[href^='https://en.wikinews.org/']")
    expect(link).not_to_be_visible()
    note.locator("summary").click()
    expect(link).to_be_visible()


def test_a_footnote_tooltip_stands_out_from_the_dark_page(new_context) -> None:
    page = new_context(color_scheme="dark").new_page()
    visit(page, SEED)
    reference = quote_reference(page, "masalah yang sangat serius")
    reference.hover()
    inner = page.locator(f"[id='{reference.get_attribute('aria-controls')}'] .md-tooltip2__inner")
    expect(inner).to_be_visible()
    ground = page.evaluate("getComputedStyle(document.body).backgroundColor")
    style = inner.evaluate("e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).borderTopWidth]")
    assert style[0] != ground and style[1] != "0px", (style, ground)
