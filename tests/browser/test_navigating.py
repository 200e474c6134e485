"""A reader finds their way by following links: from the home page to an article, and out of a wrong address."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .archive_site import ENGLISH_TITLE, EVERY_KIND, SEED, SEED_TITLE, visit

TRANSLATION_TITLE = "Organisasi Kesehatan Dunia (WHO) menyatakan COVID-19 sebagai pandemi"

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


def test_every_article_is_two_clicks_from_the_home_page(page: Page, site_dir: Path) -> None:
    """Home → a year → the article: the year pages list their articles themselves."""
    visit(page, "")
    reached = set()
    for year in page.locator(".archive-years a").evaluate_all("links => links.map(a => a.href)"):
        page.goto(year)
        hrefs = page.get_by_role("article").locator("li a[lang]").evaluate_all("links => links.map(a => a.href)")
        reached |= {re.sub(r"^.*?/articles/", "", href) for href in hrefs}
    published = {str(p.parent.relative_to(site_dir / "articles")) + "/" for p in site_dir.glob("articles/*/*-*/index.html")}
    assert len(published) > 30
    assert reached == published


def test_breadcrumbs_lead_up_from_an_article_in_its_language(page: Page) -> None:
    visit(page, SEED)
    crumbs = page.get_by_role("navigation", name="Posisi Anda")
    expect(crumbs.get_by_role("link")).to_have_text(["Beranda", "2024", "Oktober 2024"])
    crumbs.get_by_role("link", name="Oktober 2024").click()
    expect(page).to_have_url(re.compile(r"/articles/2024/10/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Articles from October 2024")
    english = page.get_by_role("navigation", name="You are here")
    expect(english.get_by_role("link")).to_have_text(["Home", "2024"])
    english.get_by_role("link", name="Home").click()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Annotated News Archive")


def test_a_month_and_a_year_lead_to_their_neighbours_with_articles(page: Page) -> None:
    visit(page, "articles/2019/05/")
    page.get_by_role("link", name="August 2019 →").click()  # no articles in June or July 2019
    expect(page).to_have_url(re.compile(r"/articles/2019/08/$"))
    page.get_by_role("link", name="← May 2019").click()
    expect(page).to_have_url(re.compile(r"/articles/2019/05/$"))
    visit(page, "articles/2020/")
    expect(page.get_by_role("navigation", name="Neighbouring periods").get_by_role("link")).to_have_text(["← 2019", "2024 →"])
    page.get_by_role("link", name="2024 →").click()
    expect(page).to_have_url(re.compile(r"/articles/2024/$"))


def test_the_home_page_shows_a_story_and_its_translation_as_one_item(page: Page) -> None:
    visit(page, "")
    story = page.locator("li.story").filter(has=page.get_by_role("heading", name=ENGLISH_TITLE))
    expect(story).to_have_count(1)
    expect(story.get_by_role("link", name=TRANSLATION_TITLE)).to_have_attribute("hreflang", "id")
    expect(page.locator("li.story").filter(has=page.get_by_role("heading", name=TRANSLATION_TITLE))).to_have_count(0)
    # Headlines, not a table of contents repeating them.
    expect(page.get_by_role("navigation", name="Table of contents").get_by_role("link")).to_have_count(0)
    expect(page.locator("li.story .headerlink")).to_have_count(0)


def test_the_people_index_is_one_page_by_letter(page: Page) -> None:
    visit(page, "people/")
    letters = page.get_by_role("navigation", name="Names by first letter")
    letters.get_by_role("link", name="L", exact=True).click()
    expect(page).to_have_url(re.compile(r"/people/#letter-l$"))
    expect(page.get_by_role("link", name="Łukasz Szumowski")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Older|Next"))).to_have_count(0)


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
