"""A big archive's search index is cut into several Pagefind bundles (build_scripts/search/index.py), each
written by a Pagefind process of its own; the search merges a language's bundles in the browser. Here the
site's own index is cut into bundles of at most 4,500 words (English: 4 bundles, Indonesian: 1), and a
reader finds exactly what the one-bundle index finds."""

from __future__ import annotations

import json
import re
import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.search.pagefind import write_index
from build_scripts.search.records import search_records

from .archive_site import (
    ENGLISH,
    more_filters_button,
    open_search,
    search_language,
    search_results,
    search_status,
    visit,
    wait_for_answer,
)
from support import REPO

pytestmark = pytest.mark.browser

WORDS_PER_BUNDLE = 4_500
QUERIES = ["interact", "detainees", "ukraine", "interac", "pandemic", "pandemi", "Trump", "covid-19", "WHO", "said", "zqxjvw"]
"""Words in one article, in a few, in most; the first letters of one; none. Before each bundle held its
language's words, a bundle lacking a word matched a shorter one it held: "interact" found 22 articles instead of 1."""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def cut_url(web_root: Path, site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same site, its index rewritten in bundles of at most WORDS_PER_BUNDLE words, served on its own port."""
    root = tmp_path_factory.mktemp("www-cut")
    shutil.copytree(web_root, root, dirs_exist_ok=True)
    index = root / site_dir.relative_to(web_root) / "pagefind"
    shutil.rmtree(index)
    assert write_index(search_records(load_archive(read_sources(REPO))), index, WORDS_PER_BUNDLE) is None
    assert len(json.loads((index / "bundles.json").read_text(encoding="utf-8"))["en"]) == 4
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    relative = site_dir.relative_to(web_root).as_posix()
    yield f"http://127.0.0.1:{server.server_port}/" + ("" if relative == "." else f"{relative}/")
    server.shutdown()
    server.server_close()
    thread.join()


def _answers(page: Page, address: str, language: str = "") -> list[tuple[str, list[str]]]:
    """Each query's status line, and the pages listed when they all fit in the first batch (the order of
    close scores may differ: each bundle scores over its own pages); every language, or `language`."""
    visit(page, address)
    dialog = open_search(page)
    if language:
        search_language(dialog).select_option(language)
    answers = []
    for query in QUERIES:
        dialog.get_by_role("searchbox").fill(query)
        wait_for_answer(dialog, query)
        status = search_status(dialog).inner_text()
        count = re.match(r"\d+", status)
        found = int(count[0]) if count else 0
        if found:
            expect(search_results(dialog).first).to_be_visible()  # listed before the status line
        links = search_results(dialog).locator(":scope > a").evaluate_all("links => links.map((a) => a.pathname)")
        answers.append((status, sorted(links) if found < 10 else []))
    return answers


def test_every_bundle_of_the_language_answers_as_one_bundle_does(page: Page, cut_url: str) -> None:
    whole = _answers(page, ENGLISH, "English")
    assert [status for status, _ in whole][:4] == [
        "1 page matches “interact”",
        "1 page matches “detainees”",
        "2 pages match “ukraine”",
        "Nothing matches “interac”. Try another word, or fewer filters.",
    ]
    assert _answers(page, cut_url + ENGLISH, "English") == whole


def test_all_languages_and_the_filter_lists_count_every_bundle(page: Page, cut_url: str) -> None:
    assert _answers(page, cut_url + ENGLISH) == _answers(page, ENGLISH)
    lists = []
    for address in (ENGLISH, cut_url + ENGLISH):
        visit(page, address)
        dialog = open_search(page)
        more_filters_button(dialog).click()
        year = dialog.get_by_role("combobox", name="Year")
        expect(year).to_be_enabled()  # once filled
        lists.append(year.locator("option").all_inner_texts())
    assert lists[0] == lists[1] and len(lists[0]) > 2


def _searched_in_bundles(page: Page, cut_url: str, word: str) -> tuple[Locator, list[str]]:
    """The dialog after searching `word` on the English page of the site in bundles, and the URLs it fetched."""
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url.removeprefix(cut_url)))
    visit(page, cut_url + ENGLISH)
    dialog = open_search(page)
    dialog.get_by_role("searchbox").fill(word)
    wait_for_answer(dialog, word)
    return dialog, fetched


def test_each_language_loads_each_of_its_bundles_but_one_webassembly(page: Page, cut_url: str) -> None:
    _, fetched = _searched_in_bundles(page, cut_url, "pandemic")
    entries = {url.partition("?")[0] for url in fetched if "pagefind-entry.json" in url}
    assert entries == {f"pagefind/{folder}pagefind-entry.json" for folder in ("", "en-2/", "en-3/", "en-4/", "id-1/")}
    assert sorted(url.rpartition("/")[2] for url in fetched if "/wasm." in url) == ["wasm.en.pagefind", "wasm.id.pagefind"]


def test_results_from_every_bundle_show_their_excerpt_with_the_word_marked(page: Page, cut_url: str) -> None:
    dialog, fetched = _searched_in_bundles(page, cut_url, "said")
    expect(search_results(dialog)).to_have_count(10)
    for item in search_results(dialog).all():
        expect(item.locator(".archive-search__excerpt mark").first).to_have_text(re.compile(r"^said\W*$", re.IGNORECASE))
    bundles = {url.split("/fragment/")[0] for url in fetched if "/fragment/" in url}
    assert len(bundles) > 1, bundles  # the ten results came from several bundles
