"""End to end: `mkdocs build` of a small archive, asserting on the HTML a reader gets."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest

from html_text import article_paragraphs, article_tags
from support import REPO, run_mkdocs, write_files

GOLDEN = Path(__file__).parent / "golden"
SEED = "articles/2024/2024-10-23-korea-utara-kirim-tentara-ke-rusia"
HOSTILE = "articles/2022/2022-01-01-markup-in-text"


def _articles_of(case: str) -> dict[str, bytes]:
    base = GOLDEN / case
    return {p.relative_to(base).as_posix(): p.read_bytes() for p in (base / "articles").rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("e2e")
    for folder in ("docs", "overrides", "build_scripts", "schemas"):
        shutil.copytree(REPO / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    files = {**_articles_of("markup_in_text"), **_articles_of("seed_article")}
    write_files(project, files)
    result = run_mkdocs(project, "--strict")
    assert result.returncode == 0, result.stderr
    return project / "site"


def _page(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_every_paragraph_of_the_seed_reaches_its_page(site: Path) -> None:
    raw = (GOLDEN / "seed_article" / f"{SEED}.txt").read_text(encoding="utf-8")
    blocks = [" ".join(b.split()) for b in raw.replace("___", "").split("\n\n") if b.strip()]
    shown = [" ".join(p.split()) for p in article_paragraphs(_page(site, SEED))]
    title, body = blocks[0], blocks[1:]
    assert title in _page(site, SEED)
    for block in body:
        assert block in shown or any(block in s for s in shown), block


def test_seed_quotes_and_claims_are_footnoted_to_their_sources(site: Path) -> None:
    html = _page(site, SEED)
    footnotes = dict(re.findall(r'<li id="fn:(\d+)">\s*<p>[^<]*<strong>(?:<a href="[^"]+">)?([^<]+)<', html))
    austin, kirby = "Lloyd Austin", "John Kirby"
    names = [austin, "direktur agen mata-mata Korea Selatan", austin, austin, "Catatan terjemahan.", kirby, austin]
    assert footnotes == dict(zip(map(str, range(1, 10)), [*names, "laporan", "Volodymyr Zelensky"], strict=True))
    markers = re.findall(r'<a class="footnote-ref" href="#fn:(\d+)">', html)
    assert markers == [*"1111", "2", *"333", "4", "5", *"6666", *"7777", "8", "9"]
    assert "Catatan terjemahan." in html


def test_seed_page_is_indonesian_to_the_browser(site: Path) -> None:
    html = _page(site, SEED)
    assert html.lstrip().startswith('<!doctype html>\n<html lang="id"')
    assert re.search(r'<article class="news-article"[^>]* lang="id"', html)


def test_seed_credits_link_journalists_with_their_cities(site: Path) -> None:
    html = _page(site, SEED)
    credits = html[html.index('id="credits"') :]
    for name, city in [
        ("Lolita C. Baldor", "Washington"),
        ("Kim Tong-hyung", "Seoul"),
        ("Ilya Novikov", "Kiev, Ukraina"),
        ("Hanna Arhirova", "Kiev, Ukraina"),
        ("Danica Kirka", "London"),
        ("Jari Tanner", "Helsinki"),
    ]:
        assert re.search(
            rf'<li><a href="[^"]*people/[a-z-]+/">{re.escape(name)}</a>: [a-z]+ \({re.escape(city)}\)</li>', credits
        ), name


def test_markup_in_an_article_is_shown_as_text(site: Path) -> None:
    html = _page(site, HOSTILE)
    tags = article_tags(html)
    elements = {"h1", "h2", "p", "time", "a", "ul", "li", "sup", "span", "div", "details", "summary"}
    assert {tag for tag, _ in tags} <= elements, tags
    assert [attrs.get("class") for tag, attrs in tags if tag == "div"] == []
    assert not any(
        (attrs.get("href") or "").startswith(("javascript:", "data:", "vbscript:")) or any(k.startswith("on") for k in attrs)
        for _, attrs in tags
    )
    shown = article_paragraphs(html)
    assert "<script>alert(1)</script> and <img src=x onerror=alert(2)> & &amp; entities" in shown
    assert "[click](javascript:alert(3)) and [^1] and ![img](x.png) and <https://example.org> and `code` **bold** _em_" in shown
    assert "[^1]: not a footnote definition" in shown
    assert "| not | a | table | --- *** {: .attr } \\escaped\\ trailing backslash\\" in shown
    assert "<title># Not a heading &lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; {{ config }} - " in html


def test_search_index_holds_article_text_by_language(site: Path) -> None:
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    # Indonesian: the seed, its 10 people and organisations (all cited there) and its 4 topics; English: the other article.
    assert {language: index["page_count"] for language, index in entry["languages"].items()} == {"id": 15, "en": 1}
    fragments = [
        gzip.decompress(p.read_bytes()).removeprefix(b"pagefind_dcd") for p in (site / "pagefind" / "fragment").iterdir()
    ]
    seed = next(json.loads(f) for f in fragments if json.loads(f)["url"] == f"/{SEED}/")
    assert "Vladivostok" in seed["content"] and "¶" not in seed["content"]
    assert seed["filters"] == {
        "language": ["Bahasa Indonesia"],
        "year": ["2024"],
        "person": ["Lloyd Austin", "John Kirby", "Badan Intelijen Nasional Korea Selatan", "Volodymyr Zelensky"],
        "topic": ["Korea Utara", "Rusia", "Ukraina", "Amerika Serikat"],
    }


def test_generated_pages_are_reachable_from_the_home_page(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="articles/2024/2024-10-23-korea-utara-kirim-tentara-ke-rusia/"' in home
    people = _page(site, "people/lloyd-austin")
    assert people.count("#quote-") == 6


def _navigation(html: str) -> list[tuple[str, str, bool]]:
    """The primary navigation's entries: (link, label, marked active)."""
    nav = html[html.index('<nav class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index('data-md-type="toc"')]
    return [
        (href, " ".join(label.split()), "--active" in css)
        for css, href, label in re.findall(r'<a class="(md-nav__link[^"]*)" href="([^"]*)"[^>]*>(.*?)</a>', nav, re.S)
        or [(c, h, t) for h, c, t in re.findall(r'<a href="([^"]*)" class="(md-nav__link[^"]*)"[^>]*>(.*?)</a>', nav, re.S)]
    ]


def test_every_page_gets_the_navigation_that_leads_from_it(site: Path) -> None:
    """The navigation is rendered once per set of relative links and language (overrides/partials/nav.html),
    not per page: each page gets its own language's titles."""
    english = ["Home", "Articles", "People", "Topics", "About"]
    indonesian = ["Beranda", "Artikel", "Tokoh", "Topik", "Tentang"]
    targets = ["", "articles/", "people/", "topics/", "about/"]
    for page in (SEED, "people/lloyd-austin", "articles/2024", "topics/russia", "people", "about"):
        html = _page(site, page)
        entries = [entry for entry in _navigation(html) if not entry[0].startswith("#")]  # not the active page's toc
        resolved = [(site / page / href).resolve() for href, _, _ in entries]
        labels = indonesian if page == SEED else english
        assert [re.sub(r"<[^>]+>", "", label).strip() for _, label, _ in entries] == labels, page
        assert resolved == [(site / target).resolve() for target in targets], page
        assert [active for _, _, active in entries] == [page + "/" == target for target in targets], page
