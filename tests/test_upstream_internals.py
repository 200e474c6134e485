"""The upstream internals the build relies on (build_scripts/mkdocs/internals.py, build_scripts/search/pagefind_format.py),
each through a real `mkdocs build` or a real Pagefind index: an upgrade of a pinned version that changes one fails
here, by the internal's name."""

from __future__ import annotations

import gzip
import inspect
import json
import logging
import re
import shutil
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page, _HTMLHandler

from build_scripts.mkdocs import internals
from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.search import pagefind_format
from build_scripts.search.pagefind import write_index
from build_scripts.search.records import search_records

from support import REPO, run_mkdocs, write_files

SEED = "golden/seed_article/articles"
ARTICLE = "articles/2024/2024-10-23-korea-utara-kirim-tentara-ke-rusia.md"
STAND_IN = "people/danica-kirka.md"
LINKS = f"""# Links into generated pages

[a quote]({ARTICLE}#quote-3), [a heading]({ARTICLE}#credits), [nowhere]({ARTICLE}#no-such-anchor),
[unchanged]({STAND_IN}).
"""
STAND_IN_HOOK = f'''
from mkdocs.plugins import event_priority

from build_scripts.mkdocs.internals import StandIn


@event_priority(-100)
def on_files(files, config):
    files.remove(files.get_file_from_path("{STAND_IN}"))
    files.append(StandIn.generated(config, "{STAND_IN}", content=""))
    return files
'''


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The seed article's site, with a hand-written page linking into it and one generated page as a `StandIn`."""
    project = tmp_path_factory.mktemp("internals") / "project"
    for folder in ("docs", "overrides", "build_scripts", "schemas"):
        shutil.copytree(REPO / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "tests" / SEED, project / "articles")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - build_scripts/mkdocs/hook.py\n", "  - build_scripts/mkdocs/hook.py\n  - stand_in_hook.py\n")
    write_files(project, {"mkdocs.yml": config, "stand_in_hook.py": STAND_IN_HOOK, "docs/links.md": LINKS})
    result = run_mkdocs(project)
    assert result.returncode == 0, result.stderr
    return project / "site", result.stderr


def _page(site: Path, path: str) -> str:
    return (site / path.removesuffix(".md") / "index.html").read_text(encoding="utf-8")


def test_mkdocs_page_present_anchor_ids_check_links_into_a_generated_page(built: tuple[Path, str]) -> None:
    site, log = built
    assert 'id="quote-3"' in _page(site, ARTICLE), "the quote's anchor is raw HTML of the generated page"
    missing = f"contains a link '{ARTICLE}#no-such-anchor', but the doc '{ARTICLE}' does not contain an anchor '#no-such-anchor'"
    assert missing in log, f"Page.present_anchor_ids: MkDocs did not check the link against the page's anchors\n{log}"
    assert "#quote-3'" not in log and "#credits'" not in log, f"Page.present_anchor_ids: real anchors were missed\n{log}"


def test_mkdocs_raw_html_anchor_ids_are_what_mkdocs_own_html_handler_finds(built: tuple[Path, str]) -> None:
    """`internals.anchor_ids` finds by pattern what MkDocs' `_HTMLHandler` (raw HTML's anchors) finds by parsing."""
    site, _ = built
    for path in site.rglob("*.html"):
        content = path.read_text(encoding="utf-8")
        handler = _HTMLHandler()
        handler.feed(content)
        handler.close()
        assert internals.anchor_ids(content) == handler.present_anchor_ids, path


def test_mkdocs_page_title_from_render_titles_a_generated_page_without_one(built: tuple[Path, str]) -> None:
    site, _ = built
    assert "_title_from_render" in inspect.getsource(Page), "Page._title_from_render is gone"
    assert "<title>Hanna Arhirova - Annotated News Archive</title>" in _page(site, "people/hanna-arhirova.md")


def test_mkdocs_page_made_in_on_files_is_rendered_with_its_read_source_meta(built: tuple[Path, str]) -> None:
    """`file.page` is reused by the navigation; `read_source` gives the meta (`lang`), `render` the headings."""
    site, _ = built
    page = _page(site, ARTICLE)
    assert page.startswith('<!doctype html>\n<html lang="id"') or '<html lang="id"' in page[:200]
    assert "data-pagefind-body" in page and '<a class="headerlink" href="#credits"' in page
    assert re.search(r'<a href="#credits" class="md-nav__link">', page), "the page's toc (Page.toc) is not in its navigation"


def test_mkdocs_file_is_methods_and_copy_file_let_a_stand_in_resolve_links_and_write_nothing(built: tuple[Path, str]) -> None:
    site, log = built
    assert not (site / "people" / "danica-kirka").exists(), "StandIn: MkDocs wrote the page of a File that says it is none"
    assert 'href="../people/danica-kirka/"' in _page(site, "links.md")
    assert "danica-kirka" not in log, log
    for directory_urls in (True, False):
        for path in ("people/x.md", "people/index.md", "README.md"):
            page = File(path, "/docs", "/site", use_directory_urls=directory_urls)
            stand_in = internals.StandIn(path, "/docs", "/site", use_directory_urls=directory_urls)
            assert (stand_in.dest_uri, stand_in.url) == (page.dest_uri, page.url), "File.dest_uri follows is_documentation_page"
    files = Files([stand_in])
    assert not (files.documentation_pages() or files.static_pages() or files.media_files())
    assert not (files.javascript_files() or files.css_files())


def test_mkdocs_theme_partials_nav_is_reached_under_the_theme_prefix(built: tuple[Path, str]) -> None:
    site, _ = built
    assert 'class="md-nav md-nav--primary"' in _page(site, "people/hanna-arhirova.md"), "Material's partials/nav.html"


def test_mkdocs_strict_fails_on_warnings_of_the_mkdocs_loggers_as_strict_warnings_counts(built: tuple[Path, str]) -> None:
    site, _ = built
    before = {path: path.read_bytes() for path in site.rglob("*") if path.is_file()}
    result = run_mkdocs(site.parent, "--strict")
    assert result.returncode == 1, result.stderr
    assert "build failed under --strict: site left as it was" in result.stderr, (
        f"StrictWarnings missed the warning\n{result.stderr}"
    )
    assert {path: path.read_bytes() for path in site.rglob("*") if path.is_file()} == before


def test_mkdocs_livereload_server_observer_is_replaced_and_watches_schedule_on_it(tmp_path: Path) -> None:
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        (tmp_path / "docs").mkdir()
        server.watch(str(tmp_path / "docs"))
        internals.observe_changes_only(server, [str(tmp_path / "docs")])
        server.watch(str(tmp_path))
        assert isinstance(server.observer, internals._ChangesObserver), "LiveReloadServer.observer is not what it watches with"
        watched = {emitter.watch.path: emitter.watch.event_filter for emitter in server.observer.emitters}
        changes = frozenset(internals._ChangesObserver.CHANGES)
        assert watched == {str(tmp_path / "docs"): changes, str(tmp_path): changes}
    finally:
        server.server_close()


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's archive indexed by the Pagefind of requirements.txt (re-cut and made stable)."""
    folder = tmp_path_factory.mktemp("pagefind") / "pagefind"
    assert write_index(search_records(load_archive(read_sources(REPO))), folder) is None
    return folder


def _gunzipped(path: Path) -> bytes:
    data = gzip.decompress(path.read_bytes())
    assert data.startswith(pagefind_format.SIGNATURE), f"{path.name}: not gzipped pagefind_dcd + CBOR"
    return data


def test_pagefind_entry_names_each_languages_metadata_by_hash(index: Path) -> None:
    languages = json.loads((index / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
    assert sorted(languages) == ["en", "id"]
    for language in languages.values():
        _gunzipped(index / f"pagefind.{language['hash']}.pf_meta")


def test_pagefind_metadata_lists_its_chunks_and_each_chunk_its_word_entries(index: Path) -> None:
    for meta_path in index.glob("*.pf_meta"):
        meta = _gunzipped(meta_path)
        listed = pagefind_format.decoded(meta, pagefind_format.array_spans(meta, len(pagefind_format.SIGNATURE))[2])
        assert isinstance(listed, list) and listed, "the metadata's third part is its list of chunks"
        for first, last, name in listed:
            words = pagefind_format._word_entries(_gunzipped(index / "index" / f"{name}.pf_index"), name)
            assert words and words[0][0].startswith(first) and words[-1][0].startswith(last)


def test_pagefind_metadata_lists_its_filters_and_each_filter_index_its_values(index: Path) -> None:
    for meta_path in index.glob("*.pf_meta"):
        span, filters = pagefind_format._filter_list(_gunzipped(meta_path), index / "filter")
        assert span is not None and {name for name, _ in filters} >= {"language", "year", "person", "topic"}, (
            "the metadata's [[name, filter index], …] list was not found: stable_search_index would leave filters unsorted"
        )
        for name, file in filters:
            data = _gunzipped(index / "filter" / f"{file}.pf_filter")
            top = pagefind_format.array_spans(data, len(pagefind_format.SIGNATURE))
            assert pagefind_format.decoded(data, top[0]) == name
            pairs = pagefind_format.decoded(data, top[1])
            assert isinstance(pairs, list), "a filter's values are a list of [value, pages] pairs"
            values = [value for value, _ in pairs]
            assert values == sorted(values), f"stable_search_index did not sort the {name} filter"


def test_pagefind_stable_search_index_finds_nothing_to_change_in_a_stable_index(
    index: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    copy = tmp_path / "site"
    shutil.copytree(index, copy / "pagefind")
    with caplog.at_level(logging.INFO):
        pagefind_format.stable_search_index(copy)
    assert "Pagefind's own order" not in caplog.text, caplog.text
    assert {p.relative_to(copy / "pagefind"): p.read_bytes() for p in (copy / "pagefind").rglob("*") if p.is_file()} == {
        p.relative_to(index): p.read_bytes() for p in index.rglob("*") if p.is_file()
    }
