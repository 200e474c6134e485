"""The archive in this repository: clean, and every line of every article on its page once, as story or trailer."""

from __future__ import annotations

import markdown
import pytest

from build_scripts.build.pipeline import generate_pages
from build_scripts.build.site_files import as_files
from build_scripts.model import Attribution
from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.render.escaping import visible
from build_scripts.site_paths import article_page

from html_text import article_paragraphs
from support import EXTENSIONS, REPO, SITE_IDENTITY, collapsed

ARCHIVE = load_archive(read_sources(REPO))
PAGES = as_files(generate_pages(ARCHIVE, SITE_IDENTITY))


def test_the_archive_has_no_problems() -> None:
    assert [str(p) for p in ARCHIVE.problems] == []


@pytest.mark.parametrize("article", ARCHIVE.articles, ids=lambda a: a.id)
def test_every_line_of_the_text_is_on_the_page_once_as_story_or_trailer(article) -> None:
    page = PAGES[article_page(article)].split("---\n", 2)[2]
    shown = [collapsed(p) for p in article_paragraphs(markdown.markdown(page, extensions=EXTENSIONS))]
    raw = article.raw
    story = [collapsed(visible(p.text)) for p in raw.body]
    trailer = [collapsed(visible(p.text)) for p in raw.trailer]
    if raw.source and raw.source.text:  # a bare "Sumber" label says nothing and is left out
        trailer.append(collapsed(f"{raw.source.label}: {raw.source.text}"))
    assert [text for text in story + trailer if shown.count(text) != (story + trailer).count(text)] == []
    credits = shown.index(trailer[0]) if trailer else len(shown)
    assert [text for text in story if shown.index(text) > credits] == []
    lines = (REPO / raw.path).read_text(encoding="utf-8").splitlines()[raw.title_line :]
    text_lines = [line.strip() for line in lines if line.strip() and line.strip().strip("_")]
    bare_label = [raw.source.label] if raw.source and not raw.source.text else []
    assert collapsed(" ".join(story + trailer + bare_label)) == collapsed(visible(" ".join(text_lines)))


def _source(attribution: Attribution) -> str:
    if attribution.unnamed:
        return f"unnamed: {attribution.unnamed.description} ({attribution.unnamed.affiliation})"
    if attribution.document:
        return f"document: {attribution.document.description} by {attribution.document.issuer}"
    return f"speaker: {attribution.speaker}"


def test_the_seed_attributes_every_claim_in_reading_order() -> None:
    seed = next(a for a in ARCHIVE.articles if a.id == "2024-10-23-korea-utara-kirim-tentara-ke-rusia")
    claims = [(a.annotation.text[:40], _source(a.annotation)) for a in seed.attributions if a.annotation.kind == "claim"]
    assert claims == [
        ("ada bukti bahwa Korea Utara telah mengir", "speaker: lloyd-austin"),
        ("itu adalah “masalah yang sangat serius” ", "speaker: lloyd-austin"),
        ("akan ada konsekuensinya", "speaker: lloyd-austin"),
        (
            "sekitar 3.000 tentara Korea Utara telah ",
            "unnamed: direktur agen mata-mata Korea Selatan (Badan Intelijen Nasional Korea Selatan)",
        ),
        ("Amerika Serikat yakin setidaknya 3.000 t", "speaker: john-kirby"),
        ("mereka dapat menuju ke Rusia barat dan k", "speaker: john-kirby"),
        ("pengerahan tersebut merupakan “langkah s", "speaker: lloyd-austin"),
        ("Pyongyang dapat menghadapi konsekuensi j", "speaker: lloyd-austin"),
        ("para analis sedang mengevaluasi situasi", "speaker: lloyd-austin"),
        ("Angkatan Laut Rusia telah membawa 1.500 ", "document: laporan by badan-intelijen-nasional-korea-selatan"),
        ("pemerintahnya memiliki informasi bahwa 1", "speaker: volodymyr-zelensky"),
    ]
    kinds = [a.annotation.kind for a in seed.attributions]
    assert (kinds.count("quote"), kinds.count("claim")) == (8, 11)


def test_organisations_are_registered_as_organisations() -> None:
    for id_ in ("aldi", "coles", "woolworths", "national-basketball-association", "world-health-organization"):
        assert ARCHIVE.people[id_].kind == "organisation", id_
    assert ARCHIVE.people["badan-intelijen-nasional-korea-selatan"].kind == "organisation"
    assert ARCHIVE.people["lloyd-austin"].kind == "person"


def test_the_indonesian_articles_and_their_originals_report_claims() -> None:
    claims = {a.id: sum(q.annotation.kind == "claim" for q in a.attributions) for a in ARCHIVE.articles}
    translated = [a for a in ARCHIVE.articles if a.language == "id"]
    assert len(translated) == 7
    for article in translated:
        assert claims[article.id] > 0, article.id
        original = article.annotations.original.article if article.annotations.original else None
        if original:
            assert claims[original] == claims[article.id], (article.id, original)
