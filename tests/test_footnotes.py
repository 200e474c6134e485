"""Article footnotes as a reader meets them: numbered in reading order on every page (this archive's and the
golden cases'), never two markers read as one number, shared by consecutive attributions from one source in
one setting, and every kind of source worded in the page's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from build_scripts.build.pipeline import generate_pages
from build_scripts.build.site_files import as_files
from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.site_paths import article_page

from support import ARTICLE, PEOPLE, REPO, SITE_IDENTITY

GOLDEN = Path(__file__).parent / "golden"
_MARKER = re.compile(r'<sup id="fnref(\d*):(\d+)"><a class="footnote-ref" href="#fn:(\d+)">(\d+)</a></sup>')
_TAG = re.compile(r"<[^>]*>")


def _article_pages(root: Path) -> dict[str, str]:
    archive = load_archive(read_sources(root))
    pages = as_files(generate_pages(archive, SITE_IDENTITY))
    return {article.id: pages[article_page(article)] for article in archive.articles}


def footnote_order_problems(page: str) -> list[str]:
    """How a page's markers fail to read in order: numbers that skip or go back, markers whose number, link and
    back-link id disagree, adjacent markers with nothing between them, footnotes missing or out of order."""
    problems = []
    highest, previous_end = 0, None
    occurrences: dict[int, int] = {}
    for marker in _MARKER.finditer(page):
        occurrence, number, target, shown = marker.groups()
        if not number == target == shown:
            problems.append(f"marker {marker.group()} names two footnotes")
        n = int(number)
        if n not in (highest, highest + 1) or n == 0:
            problems.append(f"footnote {n} read after footnote {highest}")
        highest = max(highest, n)
        occurrences[n] = occurrences.get(n, 0) + 1
        if int(occurrence or 1) != occurrences[n]:
            problems.append(f"reference {occurrence or 1} of footnote {n} is its reference {occurrences[n]}")
        if previous_end is not None and not _TAG.sub("", page[previous_end : marker.start()]):
            problems.append(f"nothing between two markers before footnote {n}")
        previous_end = marker.end()
    listed = [int(n) for n in re.findall(r'<li id="fn:(\d+)">', page)]
    if listed != list(range(1, highest + 1)):
        problems.append(f"footnotes {listed} for markers up to {highest}")
    return problems


REAL = _article_pages(REPO)


@pytest.mark.parametrize("article", sorted(REAL))
def test_every_article_of_the_archive_numbers_its_footnotes_in_reading_order(article: str) -> None:
    assert footnote_order_problems(REAL[article]) == []


@pytest.mark.parametrize("case", sorted(p.name for p in GOLDEN.iterdir() if p.is_dir()))
def test_every_golden_article_numbers_its_footnotes_in_reading_order(case: str) -> None:
    pages = _article_pages(GOLDEN / case)
    assert {article: footnote_order_problems(page) for article, page in pages.items()} == {article: [] for article in pages}


def _marker(number: int, occurrence: int = 1) -> str:
    ident = f"fnref{occurrence if occurrence > 1 else ''}:{number}"
    return f'<sup id="{ident}"><a class="footnote-ref" href="#fn:{number}">{number}</a></sup>'


def _listed(count: int) -> str:
    return "".join(f'<li id="fn:{n}">' for n in range(1, count + 1))


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        (f"a{_marker(2)} b{_marker(1)}" + _listed(2), "footnote 2 read after footnote 0"),
        (f"a{_marker(1)}</span>{_marker(2)}" + _listed(2), "nothing between two markers before footnote 2"),
        (f"a{_marker(1)} b{_marker(1)}" + _listed(1), "reference 1 of footnote 1 is its reference 2"),
        (f"a{_marker(1)} b{_marker(2)}" + _listed(1), "footnotes [1] for markers up to 2"),
    ],
    ids=["backwards", "adjacent", "one place twice", "footnote missing"],
)
def test_the_order_check_sees_each_fault(page: str, problem: str) -> None:
    assert problem in footnote_order_problems(page)


def _seed_page() -> str:
    return _article_pages(GOLDEN / "seed_article")["2024-10-23-korea-utara-kirim-tentara-ke-rusia"]


def test_two_markers_at_one_place_are_kept_apart_by_a_comma() -> None:
    """The seed's broken quote "Masalah Pasifik.”" ends where the translation note's passage ends: "⁴,⁵", not "⁴⁵"."""
    separator = '<sup class="footnote-separator">,</sup>'
    assert f"Masalah Pasifik.</span>”{_marker(4)}{separator}{_marker(5)}</p>" in _seed_page()
    assert _seed_page().count(separator) == 1


def test_consecutive_attributions_in_one_setting_share_a_footnote_with_a_back_link_to_each() -> None:
    page = _seed_page()
    kirby = re.search(r'<li id="fn:6">\n<p>(.*)</p>\n</li>', page)
    assert kirby is not None
    assert _TAG.sub("", kirby.group(1)).replace("&#160;", " ").replace("&#8617;", "↩") == (
        "John Kirby, Juru bicara Keamanan Nasional Gedung Putih. Di Gedung Putih, 23 Oktober 2024. "
        "Kutipan tidak langsung: “mengatakan pada hari Rabu bahwa” ↩; kutipan langsung ↩2; kutipan langsung ↩3; "
        "kutipan tidak langsung: “mengindikasikan bahwa” ↩4"
    )
    assert re.findall(r'class="footnote-backref" href="#(fnref\d*:6)"', kirby.group(1)) == [
        "fnref:6",
        "fnref2:6",
        "fnref3:6",
        "fnref4:6",
    ]
    assert [page.count(f'<sup id="{ident}">') for ident in ("fnref:6", "fnref2:6", "fnref3:6", "fnref4:6")] == [1] * 4


def test_the_same_source_in_another_setting_gets_its_own_footnote() -> None:
    """Austin's quote that the translation cut ("Masalah Pasifik.") has its own context: footnote 4, not 3's."""
    page = _seed_page()
    assert [page.count(f'href="#fn:{n}"') for n in (3, 4)] == [3, 1]


def _page_of(yml: str, people: str = PEOPLE) -> str:
    story = "articles/2024/2024-10-23-story"
    files = {"articles/people.yml": people, f"{story}.txt": ARTICLE, f"{story}.yml": yml}
    archive = load_archive({name: text.encode() for name, text in files.items()})
    assert [p.message for p in archive.problems if not p.warning] == []
    return as_files(generate_pages(archive, SITE_IDENTITY))[f"{story}.md"]


def _footnote_texts(page: str) -> list[str]:
    notes = re.findall(r'<li id="fn:\d+">\n<p>(.*)</p>\n</li>', page)
    return [_TAG.sub("", note).replace("&#160;", " ").replace("&#8617;", "↩") for note in notes]


def test_unconfirmed_sources_are_marked_in_their_footnote() -> None:
    yml = (
        "claims:\n"
        "  - {claim: we see evidence, speaker: lloyd-austin, cue: said, confirmed: false}\n"
        "  - {claim: It is a very serious matter, unnamed: {description: an aide, reason: not authorised}, "
        "confirmed: false}\n"
    )
    assert _footnote_texts(_page_of(yml)) == [
        "Lloyd Austin. (speaker not yet confirmed by an editor) Reported: “said”. ↩",
        "Unnamed source: an aide (reason given: not authorised). (source not yet confirmed by an editor) Reported. ↩",
    ]


def test_a_claim_is_wrapped_like_a_quote_with_the_quote_inside_it() -> None:
    yml = (
        "quotes:\n  - {quote: we see evidence, speaker: lloyd-austin}\n"
        "claims:\n  - {claim: where “we see evidence” appears, speaker: john-kirby}\n"
    )
    page = _page_of(yml)
    assert (
        '<p>First paragraph <span class="claim" id="claim-1">where “<span class="quote" id="quote-2">we see evidence'
        f"</span>”{_marker(1)} appears</span>{_marker(2)}, said Austin.</p>"
    ) in page
    assert _footnote_texts(page) == ["Lloyd Austin. Direct quote. ↩", "John Kirby. Reported. ↩"]


def test_the_sources_summary_counts_each_source_by_kind() -> None:
    people = PEOPLE + "national-intelligence-service:\n  name: National Intelligence Service\n  kind: organisation\n"
    yml = (
        "quotes:\n  - {quote: we see evidence, speaker: lloyd-austin}\n"
        "claims:\n"
        "  - {claim: First paragraph where, speaker: lloyd-austin}\n"
        "  - {claim: It is a very serious matter, speaker: national-intelligence-service}\n"
        "  - {claim: Second paragraph, unnamed: {description: an aide, affiliation: the Pentagon}}\n"
        "  - {claim: Kirby said, document: {description: a report, issuer: national-intelligence-service}}\n"
    )
    summary = _page_of(yml, people).split("## Sources {: #sources }\n\n")[1].split("\n\n")[0]
    assert _TAG.sub("", summary).strip().split("\n") == [
        "People",
        "Lloyd Austin: 1 direct quote, 1 reported claim",
        "Organisations",
        "National Intelligence Service: 1 reported claim",
        "Unnamed sources",
        "an aide, the Pentagon: 1 reported claim",
        "Documents and data",
        "a report, issued by National Intelligence Service: 1 reported claim",
    ]
    assert summary.count('href="../../../organisations/national-intelligence-service/"') == 2


def test_an_article_without_attributions_has_no_sources_section() -> None:
    page = _page_of("notes:\n  - {text: Second paragraph, kind: context, note: A note.}\n")
    assert "#sources" not in page and _footnote_texts(page) == ["Context. A note. ↩"]


def test_a_role_or_setting_ending_in_a_full_stop_gets_no_second_one() -> None:
    yml = (
        "quotes:\n"
        "  - {quote: we see evidence, speaker: lloyd-austin, role: chief executive of Acme Inc., "
        "context: 'At a rally in Tupelo, Miss.'}\n"
    )
    assert _footnote_texts(_page_of(yml)) == [
        "Lloyd Austin, chief executive of Acme Inc. At a rally in Tupelo, Miss. Direct quote. ↩"
    ]
