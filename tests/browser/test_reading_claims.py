"""A reader follows the seed's reported claims to their sources: a claim's marker to the footnote naming the
unnamed spy-agency director or the agency's report, a footnote shared by Kirby's four passages back to each
place, the Sources summary; axe-clean in both palettes with a footnote's tooltip open, and on a phone.

The site is built from the golden fixtures (tests/golden/seed_article, whose annotations hold the seed's claims,
and tests/golden/claims_and_sources), so these tests do not depend on how far the archive is annotated.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Literal

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page, expect

from .archive_site import SEED, visit
from .conftest import REPO, build_web_root, served

pytestmark = pytest.mark.browser

GOLDEN = REPO / "tests" / "golden"
BRIDGE = "articles/2021/2021-05-11-bridge-vote-delayed/"
WCAG_A_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]}}
PALETTES = {"light": "default", "dark": "slate"}


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The project's site with the golden fixtures' articles, built with `mkdocs build --strict` and served."""
    project = tmp_path_factory.mktemp("claims")
    for folder in ("docs", "overrides", "build_scripts", "schemas"):
        shutil.copytree(REPO / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    for case in ("seed_article", "claims_and_sources"):
        shutil.copytree(GOLDEN / case / "articles", project / "articles", dirs_exist_ok=True)
    for registry in ("people.yml", "topics.yml"):
        parts = [(GOLDEN / case / "articles" / registry).read_text("utf-8") for case in ("seed_article", "claims_and_sources")]
        (project / "articles" / registry).write_text("\n".join(parts), "utf-8")
    yield from served(build_web_root(project, project / "www"))


@pytest.fixture
def seed(page: Page, fixture_site: str) -> Page:
    visit(page, fixture_site + SEED)
    return page


def marker_after(page: Page, kind: str, text: str) -> Locator:
    """The footnote marker printed right after a quote or claim."""
    return page.locator(f"span.{kind}", has_text=text).locator("xpath=following-sibling::*[1][self::sup]/a")


@pytest.mark.parametrize(
    ("claim", "source", "kind_of_source"),
    [
        ("sekitar 3.000 tentara Korea Utara telah dikirim", "direktur agen mata-mata Korea Selatan", "Sumber tanpa nama"),
        ("Angkatan Laut Rusia telah membawa 1.500", "Badan Intelijen Nasional Korea Selatan", "Dokumen"),
    ],
    ids=["unnamed source", "document"],
)
def test_a_reported_claims_marker_leads_to_the_footnote_naming_its_source(
    seed: Page, claim: str, source: str, kind_of_source: str
) -> None:
    marked = seed.locator("span.claim", has_text=claim)
    expect(marked).to_have_css("text-decoration-style", "dotted")
    marker_after(seed, "claim", claim).click()
    footnote = seed.locator("li:target")
    expect(footnote).to_be_in_viewport()
    expect(footnote).to_contain_text(f"{kind_of_source}: ")
    expect(footnote).to_contain_text(source)
    expect(footnote).to_contain_text("Kutipan tidak langsung: “")


def test_the_agencys_report_links_to_the_agencys_page(seed: Page) -> None:
    marker_after(seed, "claim", "Angkatan Laut Rusia").click()
    seed.locator("li:target").get_by_role("link", name="Badan Intelijen Nasional Korea Selatan").click()
    expect(seed.get_by_role("heading", level=1)).to_contain_text("Badan Intelijen Nasional Korea Selatan")


def test_a_shared_footnote_leads_back_to_each_of_its_places(seed: Page) -> None:
    """Kirby's claim, his two quotes and his second claim, all at the White House that day: one footnote."""
    places = [
        marker_after(seed, "claim", "Amerika Serikat yakin setidaknya"),
        marker_after(seed, "quote", "Para prajurit ini kemudian"),
        marker_after(seed, "quote", "Kami belum tahu apakah"),
        marker_after(seed, "claim", "mereka dapat menuju ke Rusia barat"),
    ]
    targets = {place.get_attribute("href") for place in places}
    assert len(targets) == 1, f"Kirby's passages lead to {targets}"
    places[0].click()
    footnote = seed.locator("li:target")
    expect(footnote.get_by_role("link", name="John Kirby")).to_be_visible()
    back_links = footnote.locator("a.footnote-backref")
    expect(back_links).to_have_count(4)
    for number, place in enumerate(places):
        back_links.nth(number).click()
        here = seed.locator("sup:target")
        expect(here).to_be_in_viewport()
        expect(here).to_have_attribute("id", place.locator("xpath=..").get_attribute("id") or "")
        place.click()  # back to the footnote for the next back-link


def test_hovering_a_claims_marker_shows_its_source(seed: Page) -> None:
    marker = marker_after(seed, "claim", "10.000 tentara Korea Utara")
    marker.hover()
    tooltip = seed.locator(f"[id='{marker.get_attribute('aria-controls')}']")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Volodymyr Zelensky")


def test_adjacent_markers_are_read_as_two_numbers(seed: Page) -> None:
    paragraph = seed.locator("p", has=seed.locator("span.quote", has_text="Masalah Pasifik."))
    separator = paragraph.locator("sup.footnote-separator")
    expect(separator).to_have_text(",")
    expect(separator).to_be_visible()
    before, comma, after = (
        box.bounding_box()
        for box in (
            separator.locator("xpath=preceding-sibling::sup[1]"),
            separator,
            separator.locator("xpath=following-sibling::sup[1]"),
        )
    )
    assert before and comma and after, "a marker or the comma is not shown"
    assert before["x"] + before["width"] <= comma["x"] + 0.5 and comma["x"] + comma["width"] <= after["x"] + 0.5


def test_the_sources_summary_names_every_source_and_how_often_it_is_cited(seed: Page) -> None:
    expect(seed.get_by_role("heading", name="Sumber kutipan")).to_be_visible()
    summary = seed.locator("dl.sources-summary")
    expect(summary.locator("dt")).to_have_text(["Orang", "Sumber tanpa nama", "Dokumen dan data"])
    expect(summary.locator("dd").first).to_have_text("Lloyd Austin: 6 kutipan langsung, 6 kutipan tidak langsung")
    expect(summary.locator("dd", has_text="direktur agen mata-mata Korea Selatan")).to_contain_text("1 kutipan tidak langsung")
    summary.get_by_role("link", name="Volodymyr Zelensky").click()
    expect(seed.get_by_role("heading", level=1)).to_contain_text("Volodymyr Zelensky")


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("address", [SEED, BRIDGE], ids=["indonesian seed", "english, every kind of source"])
def test_claims_footnotes_and_summary_have_no_wcag_a_or_aa_violation(
    page: Page, fixture_site: str, palette: Literal["light", "dark"], address: str
) -> None:
    page.emulate_media(color_scheme=palette)
    visit(page, fixture_site + address)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", PALETTES[palette])
    marker = page.locator("span.claim + sup > a.footnote-ref").first
    marker.click()  # a footnote targeted: its back-links shown
    marker.hover()  # and a tooltip open
    expect(page.locator(f"[id='{marker.get_attribute('aria-controls')}']")).to_be_visible()
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    results = Axe().run(page, options=WCAG_A_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("address", [SEED, BRIDGE], ids=["indonesian seed", "english, every kind of source"])
def test_footnotes_and_summary_fit_a_phone_screen(new_context, fixture_site: str, address: str) -> None:
    phone = new_context(viewport={"width": 390, "height": 844}, device_scale_factor=3, is_mobile=True, has_touch=True).new_page()
    visit(phone, fixture_site + address)
    expect(phone.locator("dl.sources-summary")).to_be_visible()
    page_width = phone.evaluate("document.documentElement.scrollWidth")
    assert page_width <= 390, f"the page is {page_width}px wide on a 390px screen: the reader must scroll sideways"
