"""The search index built from the archive: each article's record, and the Pagefind bundle written from them."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from build_scripts.read.archive import Archive, load_archive
from build_scripts.read.files import read_sources
from build_scripts.search import pagefind
from build_scripts.search.pagefind import Bundle, bundles, bundles_by_language, start, write_index
from build_scripts.search.pagefind_format import stable_search_index
from build_scripts.search.records import SearchRecord, search_records

from support import ARTICLE, PEOPLE, REPO

GOLDEN = Path(__file__).parent / "golden"
SEED = "2024-10-23-korea-utara-kirim-tentara-ke-rusia"
HOSTILE = "2022-01-01-markup-in-text"


def _articles_of(case: str) -> dict[str, bytes]:
    base = GOLDEN / case
    return {p.relative_to(base).as_posix(): p.read_bytes() for p in (base / "articles").rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def archive() -> Archive:
    """The seed article (Indonesian, quotes, credits, tags) and the hostile one (English, markup as text)."""
    loaded = load_archive({**_articles_of("markup_in_text"), **_articles_of("seed_article")})
    assert loaded.problems == ()
    return loaded


def _articles(records: tuple[SearchRecord, ...]) -> tuple[SearchRecord, ...]:
    return tuple(record for record in records if record.meta["kind"] == "article")


@pytest.fixture(scope="module")
def records(archive: Archive) -> dict[str, SearchRecord]:
    return {record.url: record for record in _articles(search_records(archive))}


def _raw(case: str, article_id: str) -> str:
    return (GOLDEN / case / "articles" / article_id[:4] / f"{article_id}.txt").read_text(encoding="utf-8")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def test_one_record_per_article_at_its_page_url(records: dict[str, SearchRecord]) -> None:
    assert list(records) == [f"/articles/2024/{SEED}/", f"/articles/2022/{HOSTILE}/"]


def test_seed_record_has_the_meta_filters_and_language_the_search_reads(records: dict[str, SearchRecord]) -> None:
    seed = records[f"/articles/2024/{SEED}/"]
    assert seed.language == "id"
    assert seed.meta == {
        "title": "Amerika Serikat mengonfirmasi bahwa Korea Utara telah mengirimkan sekitar 3.000 tentara ke Rusia "
        "untuk pelatihan militer",
        "date": "2024-10-23",
        "kind": "article",
        "group": SEED,
    }
    assert seed.sort == {"date": "2024-10-23"}
    assert seed.filters == {
        "language": ("Bahasa Indonesia",),
        "year": ("2024",),
        "topic": ("Korea Utara", "Rusia", "Ukraina", "Amerika Serikat"),
        "person": ("Lloyd Austin", "John Kirby", "Badan Intelijen Nasional Korea Selatan", "Volodymyr Zelensky"),
    }


def test_an_article_without_quotes_or_tags_has_only_language_and_year(records: dict[str, SearchRecord]) -> None:
    hostile = records[f"/articles/2022/{HOSTILE}/"]
    assert (hostile.language, hostile.filters) == ("en", {"language": ("English",), "year": ("2022",)})


def test_content_is_the_title_then_every_body_paragraph(records: dict[str, SearchRecord]) -> None:
    for case, article_id, url in [
        ("seed_article", SEED, f"/articles/2024/{SEED}/"),
        ("markup_in_text", HOSTILE, f"/articles/2022/{HOSTILE}/"),
    ]:
        blocks = [_one_line(b) for b in _raw(case, article_id).split("___")[0].split("\n\n") if b.strip()]
        content = records[url].content.decode()
        assert content.startswith(blocks[0])
        for block in blocks[1:]:
            assert block in content, block
        positions = [content.index(block) for block in blocks]
        assert positions == sorted(positions)


def test_content_names_the_people_quoted_with_their_roles_and_the_credits(records: dict[str, SearchRecord]) -> None:
    content = records[f"/articles/2024/{SEED}/"].content.decode()
    assert content.count("Lloyd Austin, Menteri Pertahanan AS.") == 1
    assert "John Kirby, Juru bicara Keamanan Nasional Gedung Putih." in content
    for credit in [
        "Lolita C. Baldor (Washington)",
        "Kim Tong-hyung (Seoul)",
        "Ilya Novikov (Kiev, Ukraina)",
        "Jari Tanner (Helsinki)",
    ]:
        assert credit in content, credit
    assert content.endswith("Danica Kirka di London, dan Jari Tanner di Helsinki berkontribusi pada laporan ini.")


def test_text_stays_data(records: dict[str, SearchRecord]) -> None:
    hostile = records[f"/articles/2022/{HOSTILE}/"]
    content = hostile.content.decode()
    assert hostile.meta["title"] == '# Not a heading <script>alert("title")</script> {{ config }}'
    assert content.startswith('# Not a heading <script>alert("title")</script> {{ config }}. ')
    assert "<script>alert(1)</script> and <img src=x onerror=alert(2)> & &amp; entities." in content
    assert "| not | a | table | --- *** {: .attr } \\escaped\\ trailing backslash\\." in content
    assert "&lt;" not in content and "\n" not in content


def test_a_regional_language_tag_is_indexed_under_its_language(tmp_path: Path) -> None:
    files = {
        "articles/people.yml": PEOPLE.encode(),
        "articles/2024/2024-01-02-story.txt": ARTICLE.encode(),
        "articles/2024/2024-01-02-story.yml": b"language: en-GB\n",
    }
    (record,) = _articles(search_records(load_archive(files)))
    assert (record.language, record.filters["language"]) == ("en", ("English",))


def test_every_registered_source_is_a_filter_and_unnamed_ones_are_searchable() -> None:
    """Speakers of quotes and claims and issuers of documents, people and organisations, each once in reading order;
    an unnamed source's description and affiliation in the text, never as a filter."""
    files = {
        "articles/people.yml": (
            PEOPLE + "nis:\n  name: National Intelligence Service\n  kind: organisation\n"
            "kcna:\n  name: Korean Central News Agency\n  kind: organisation\n"
        ).encode(),
        "articles/2024/2024-01-02-story.txt": ARTICLE.encode(),
        "articles/2024/2024-01-02-story.yml": b"""\
quotes:
  - {quote: we see evidence, speaker: lloyd-austin, role: Secretary of Defense}
  - {quote: "It is a very serious matter,", unnamed: {description: an aide, affiliation: White House}}
claims:
  - {claim: First paragraph where, document: {description: a report, issuer: nis}}
  - {claim: Second paragraph, speaker: kcna}
  - {claim: appears, unnamed: {description: a senior official}}
  - {claim: said Austin, document: {description: figures}}
""",
    }
    (record,) = _articles(search_records(load_archive(files)))
    assert record.filters["person"] == (
        "National Intelligence Service",
        "Lloyd Austin",
        "Korean Central News Agency",
    )
    content = record.content.decode()
    sources = (
        "National Intelligence Service. Lloyd Austin, Secretary of Defense. a senior official. Korean Central News "
        "Agency. an aide, White House."
    )
    assert f"said Austin. Second paragraph: “It is a very serious matter,” Kirby said. {sources} Baldor" in content
    assert "figures" not in content and "a report" not in content
    assert _articles(search_records(load_archive(files))) == (record,)


# --- The bundle, written by Pagefind -------------------------------------------------------------------


def _fragments(bundle: Path) -> dict[str, dict]:
    decoded = [json.loads(gzip.decompress(p.read_bytes()).removeprefix(b"pagefind_dcd")) for p in (bundle / "fragment").iterdir()]
    return {fragment["url"]: fragment for fragment in decoded}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _page_counts(bundle: Path) -> dict[str, int]:
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return {language: index["page_count"] for language, index in entry["languages"].items()}


def test_the_bundle_lists_its_languages_and_holds_markup_as_text(archive: Archive, tmp_path: Path) -> None:
    """(Each language's pages, the article text and the filters, as the built site serves them: test_site_build.)"""
    bundle = tmp_path / "site" / "pagefind"
    assert start(search_records(archive), bundle).wait() is None
    assert json.loads((bundle / "bundles.json").read_text(encoding="utf-8")) == {"en": ["./"], "id": ["./"]}
    fragments = _fragments(bundle)
    seed = fragments[f"/articles/2024/{SEED}/"]
    assert seed["meta"] == {"title": seed["meta"]["title"], "date": "2024-10-23", "kind": "article", "group": SEED}
    assert "<script>alert(1)</script>" in fragments[f"/articles/2022/{HOSTILE}/"]["content"]


def test_two_writes_are_byte_identical_once_made_stable(archive: Archive, tmp_path: Path) -> None:
    for site in ("one", "two"):
        assert write_index(search_records(archive), tmp_path / site / "pagefind") is None
        stable_search_index(tmp_path / site)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_a_failure_is_one_line_not_a_traceback(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("in the way", encoding="utf-8")
    message = write_index(search_records(archive), tmp_path / "a-file" / "pagefind")
    assert message is not None and message.startswith("search index not written: ") and "\n" not in message


def test_a_missing_pagefind_binary_is_reported(archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagefind, "get_executable", lambda: None)
    message = start(search_records(archive), tmp_path / "pagefind").wait()
    assert message == "search index not written: no Pagefind binary found: pip install -r requirements.txt (pagefind[extended])"


# --- An index too big for one Pagefind process: several bundles -------------------------------------


def _record(language: str, number: int, words: int) -> SearchRecord:
    return SearchRecord(
        url=f"/{language}/{number}/", content=b" ".join([b"kata"] * words), language=language, meta={}, filters={}, sort={}
    )


def test_an_index_within_the_budget_is_one_bundle_at_the_top() -> None:
    records = [_record("id", 1, 100), _record("en", 2, 100)]
    assert bundles(records, words_per_bundle=200) == (Bundle("", tuple(records)),)
    assert bundles_by_language(bundles(records, words_per_bundle=200)) == {"en": ["./"], "id": ["./"]}


def test_a_bigger_index_cuts_each_language_into_as_few_alike_parts_as_the_budget_allows() -> None:
    indonesian = [_record("id", n, 100) for n in range(10)]  # 1,000 words: 4 parts of at most 300
    english = [_record("en", n, 100) for n in range(4)]  # 400 words: 2 parts
    records = [*indonesian[:5], *english, *indonesian[5:]]
    parts = bundles(records, words_per_bundle=300)
    assert [(bundle.folder, [r.url for r in bundle.records]) for bundle in parts] == [
        ("", ["/en/0/", "/en/2/"]),
        ("en-2", ["/en/1/", "/en/3/"]),
        ("id-1", ["/id/0/", "/id/4/", "/id/8/"]),
        ("id-2", ["/id/1/", "/id/5/", "/id/9/"]),
        ("id-3", ["/id/2/", "/id/6/"]),
        ("id-4", ["/id/3/", "/id/7/"]),
    ]
    assert bundles_by_language(parts) == {"en": ["./", "en-2/"], "id": ["id-1/", "id-2/", "id-3/", "id-4/"]}


def test_each_part_also_holds_the_words_of_its_language_that_only_other_parts_hold() -> None:
    # Pagefind matches a word an index lacks with a shorter word it holds ("ukraine" with "uk"): a part
    # lacking the word would add those to the other parts' matches.
    def record(language: str, number: int, content: str) -> SearchRecord:
        return SearchRecord(url=f"/{number}/", content=content.encode(), language=language, meta={}, filters={}, sort={})

    records = [record("en", 1, "Ukraine said, “no.”"), record("en", 2, "UK said yes"), record("id", 3, "kata")]
    parts = bundles(records, words_per_bundle=4)
    vocabulary = [(b.folder, b.records[-1].content, b.records[-1].filters) for b in parts if len(b.records) > 1]
    assert vocabulary == [("", b"uk yes", {"kind": ("vocabulary",)}), ("en-2", b"no ukraine", {"kind": ("vocabulary",)})]
    assert [len(b.records) for b in parts] == [2, 2, 1]  # the only Indonesian part lacks nothing
    assert pagefind.VOCABULARY_FILTER == ("kind", "vocabulary")
    assert 'const NOT_VOCABULARY = { not: { kind: "vocabulary" } };' in (REPO / "docs/javascripts/search.js").read_text()


def test_an_article_bigger_than_the_budget_is_a_bundle_of_its_own_never_cut() -> None:
    records = [_record("id", 1, 500), _record("en", 2, 10)]
    assert [(b.folder, [r.url for r in b.records]) for b in bundles(records, words_per_bundle=100)] == [
        ("", ["/en/2/"]),
        ("id-1", ["/id/1/"]),
    ]


@pytest.fixture(scope="module")
def real_records() -> tuple[SearchRecord, ...]:
    """This repository's archive: 28 English articles (15,000 words) and 7 Indonesian ones (2,200)."""
    return search_records(load_archive(read_sources(REPO)))


def test_each_bundle_is_written_by_pagefind_and_bundles_json_lists_them(
    real_records: tuple[SearchRecord, ...], tmp_path: Path
) -> None:
    index = tmp_path / "site" / "pagefind"
    assert write_index(real_records, index, words_per_bundle=5_000) is None
    listing = json.loads((index / "bundles.json").read_text(encoding="utf-8"))
    assert listing == bundles_by_language(bundles(real_records, words_per_bundle=5_000))
    assert len(listing["en"]) > 1 and listing["en"][0] == "./"
    folders = [index / folder for language in listing for folder in listing[language]]
    assert all(len(_page_counts(folder)) == 1 for folder in folders)  # one language a bundle
    urls = [url for folder in folders for url in _fragments(folder) if url != "/search-vocabulary/"]
    assert sorted(urls) == sorted(r.url for r in real_records)  # every article once
    assert not list(tmp_path.glob("site/.search-index-*"))  # no scratch folder left


def test_every_bundle_is_made_byte_stable_by_write_index_itself(real_records: tuple[SearchRecord, ...], tmp_path: Path) -> None:
    for site in ("one", "two"):
        assert write_index(real_records, tmp_path / site / "pagefind", words_per_bundle=5_000) is None
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
