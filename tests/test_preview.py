"""`mkdocs serve`: an edit rebuilds only what it changed, and every page that shows the edited article is right."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from support import ARTICLE

STORY = "articles/2024/2024-10-23-story"
OTHER = "articles/2024/2024-10-20-other"
QUOTES = """\
quotes:
  - quote: we see evidence
    speaker: lloyd-austin
  - quote: It is a very serious matter
    speaker: john-kirby
"""
OTHER_TEXT = "Another story\n\nNothing was said in this one.\n"
TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, project: Path) -> None:
        self.project = project
        self.port = _free_port()
        self.log = project / "serve.log"
        self.output = self.log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{self.port}"],
            cwd=project,
            stdout=self.output,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=TIMEOUT_S) as answer:
                return answer.status, answer.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, ""
        except OSError:
            return 0, ""

    def builds(self) -> int:
        return self.log.read_text(encoding="utf-8").count("Documentation built in")

    def wait_for_build(self, count: int) -> str:
        """The server's log once it has finished `count` builds."""
        deadline = time.monotonic() + TIMEOUT_S
        while self.builds() < count:
            assert self.process.poll() is None, self.log.read_text(encoding="utf-8")
            assert time.monotonic() < deadline, self.log.read_text(encoding="utf-8")
            time.sleep(0.1)
        return self.log.read_text(encoding="utf-8")


@pytest.fixture
def serve(site_project) -> Iterator[Callable[[], Server]]:
    servers: list[Server] = []

    def start() -> Server:
        project = site_project({f"{STORY}.txt": ARTICLE, f"{STORY}.yml": QUOTES, f"{OTHER}.txt": OTHER_TEXT})
        server = Server(project)
        servers.append(server)
        # Edits count once the server watches the files, which it starts after the first build.
        deadline = time.monotonic() + TIMEOUT_S
        while "Serving on" not in server.wait_for_build(1):
            assert time.monotonic() < deadline, server.log.read_text(encoding="utf-8")
            time.sleep(0.1)
        return server

    yield start
    for server in servers:
        server.process.terminate()
        server.process.wait(timeout=TIMEOUT_S)
        server.output.close()


def _title(html: str) -> str:
    found = re.search(r"<h1[^>]*>(.*?)<", html)
    return found[1] if found else ""


def test_an_edited_title_shows_on_every_page_that_lists_the_article_after_a_partial_rebuild(serve) -> None:
    server = serve()
    first = server.log.read_text(encoding="utf-8")
    assert "archive: 2 articles, 3 people, " in first
    other_page = server.project / "site"  # MkDocs serves from a temporary folder: compare by HTTP instead
    assert not other_page.exists()
    _, other_before = server.get("articles/2024/2024-10-20-other/")
    _, index_before = server.get("pagefind/pagefind-entry.json")

    text = server.project / f"{STORY}.txt"
    text.write_text(ARTICLE.replace("Title of the story", "Edited title of the story"), encoding="utf-8")
    log = server.wait_for_build(2)

    rebuild = log[len(first) :]
    changed = re.search(r"preview: (\d+) changed files to build, 0 to remove", rebuild)
    assert changed, rebuild
    assert 0 < int(changed[1]) < 20, rebuild
    assert _title(server.get("articles/2024/2024-10-23-story/")[1]) == "Edited title of the story"
    for page in ("", "articles/2024/10/", "people/lloyd-austin/", "people/john-kirby/", "people/jari-tanner/"):
        status, html = server.get(page)
        assert status == 200 and "Edited title of the story" in html, page
        assert "Title of the story<" not in html.replace("Edited title of the story<", ""), page
    status, other_after = server.get("articles/2024/2024-10-20-other/")
    # The older article names the edited one as its newer neighbour.
    assert status == 200 and "Edited title of the story" in other_after and other_after != other_before
    # The search index is rewritten in the background, then replaces the served one.
    deadline = time.monotonic() + TIMEOUT_S
    while "preview: search index updated" not in server.log.read_text(encoding="utf-8"):
        assert time.monotonic() < deadline, server.log.read_text(encoding="utf-8")
        time.sleep(0.1)
    status, index_after = server.get("pagefind/pagefind-entry.json")
    assert status == 200 and index_after != index_before


def test_a_deleted_article_is_gone_from_the_served_site_and_its_lists(serve) -> None:
    server = serve()
    assert server.get("articles/2024/2024-10-20-other/")[0] == 200
    (server.project / f"{OTHER}.txt").unlink()
    log = server.wait_for_build(2)
    assert re.search(r"preview: \d+ changed files to build, [1-9]\d* to remove", log), log
    assert server.get("articles/2024/2024-10-20-other/")[0] == 404
    assert "Another story" not in server.get("")[1]
    assert "Another story" not in server.get("articles/2024/10/")[1]


def test_an_edited_quote_speaker_moves_the_quote_between_person_pages(serve) -> None:
    server = serve()
    assert "It is a very serious matter" in server.get("people/john-kirby/")[1]
    (server.project / f"{STORY}.yml").write_text(QUOTES.replace("speaker: john-kirby", "speaker: lloyd-austin"), encoding="utf-8")
    server.wait_for_build(2)
    assert "It is a very serious matter" not in server.get("people/john-kirby/")[1]
    assert "It is a very serious matter" in server.get("people/lloyd-austin/")[1]


def test_a_change_to_the_theme_rebuilds_everything(serve) -> None:
    server = serve()
    first = server.log.read_text(encoding="utf-8")
    override = server.project / "overrides" / "main.html"
    override.write_text(override.read_text(encoding="utf-8") + "\n{#- edited -#}\n", encoding="utf-8")
    log = server.wait_for_build(2)
    assert "archive: 2 articles, 3 people, " in log[len(first) :]
    assert "preview:" not in log[len(first) :]
