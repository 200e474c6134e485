"""`mkdocs serve`: an edit rebuilds only what it changed, and every page that shows the edited article is right."""

from __future__ import annotations

import hashlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from support import ARTICLE, REPO

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
    def __init__(self, project: Path, env: dict[str, str] | None = None) -> None:
        self.project = project
        self.port = _free_port()
        self.log = project / "serve.log"
        self.output = self.log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{self.port}"],
            cwd=project,
            stdout=self.output,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
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
        """The first build ends before the server says where it serves; each rebuild, with the browsers reloaded.

        Not "Documentation built in": MkDocs logs a message once per session, and two rebuilds can take as long.
        """
        log = self.log.read_text(encoding="utf-8")
        return ("Serving on" in log) + log.count("Reloading browsers")

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

    def start(files: Mapping[str, str] | None = None, env: dict[str, str] | None = None) -> Server:
        project = site_project(files or {f"{STORY}.txt": ARTICLE, f"{STORY}.yml": QUOTES, f"{OTHER}.txt": OTHER_TEXT})
        server = Server(project, env)
        servers.append(server)
        # Edits count once the server watches the files, which it starts after the first build.
        server.wait_for_build(1)
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


ARCHIVE = REPO / "articles"
SERVED_ARTICLES = (
    "2019/2019-05-16-actor-doris-day-dies-at-97",
    "2020/2020-03-14-world-health-organization-declares-covid-19-pandemic",
    "2020/2020-03-14-world-health-organization-declares-covid-19-pandemic-id",
    "2020/2020-03-16-us-president-trump-declares-covid-19-national-emergency",
    "2020/2020-03-16-us-president-trump-declares-covid-19-national-emergency-id",
)
ADDED_ARTICLE = "2020/2020-03-13-national-basketball-association-suspends-season-due-to-covid"
WHO = "2020/2020-03-14-world-health-organization-declares-covid-19-pandemic"
TRUMP = "2020/2020-03-16-us-president-trump-declares-covid-19-national-emergency"
DELETED_ARTICLE = "2019/2019-05-16-actor-doris-day-dies-at-97"


def _digests(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_after_edits_of_every_kind_the_served_site_is_a_fresh_build_file_for_file(serve, tmp_path) -> None:
    """Each rebuild renders only what changed; what the server then serves is, file for file, a fresh build."""
    temporary = tmp_path / "temporary"  # where `mkdocs serve` makes the folder it serves: the only mkdocs_* in it
    temporary.mkdir()
    # The sitemap's dates are the build's: a session that outlives midnight differs from a fresh build by them alone.
    dated = {"SOURCE_DATE_EPOCH": "1700000000"}
    files = {"articles/people.yml": (ARCHIVE / "people.yml").read_text(encoding="utf-8")}
    for name in SERVED_ARTICLES:
        for ext in (".txt", ".yml"):
            files[f"articles/{name}{ext}"] = (ARCHIVE / f"{name}{ext}").read_text(encoding="utf-8")
    server = serve(files, {"TMPDIR": str(temporary), **dated})
    articles = server.project / "articles"
    builds = 1

    def rebuilt_after(change: Callable[[], object]) -> None:
        nonlocal builds
        change()
        builds += 1
        server.wait_for_build(builds)

    def save(name: str, content: bytes) -> Callable[[], object]:
        """As an editor saves: the whole file replaced at once, so that one edit is one rebuild."""

        def replace() -> None:
            (tmp_path / "saving").write_bytes(content)
            os.replace(tmp_path / "saving", articles / name)

        return replace

    def rewrite(name: str, old: str, new: str) -> Callable[[], object]:
        text = (articles / name).read_text(encoding="utf-8")
        assert old in text, name
        return save(name, text.replace(old, new, 1).encode())

    title = (articles / f"{WHO}.txt").read_text(encoding="utf-8").split("\n", 1)[0]
    rebuilt_after(rewrite(f"{WHO}.txt", title, f"Edited: {title}"))
    rebuilt_after(rewrite(f"{TRUMP}.txt", "\n\n", "\n\nA paragraph added while the site was served.\n\n"))
    rebuilt_after(save(f"{ADDED_ARTICLE}.txt", (ARCHIVE / f"{ADDED_ARTICLE}.txt").read_bytes()))
    rebuilt_after(save(f"{ADDED_ARTICLE}.yml", (ARCHIVE / f"{ADDED_ARTICLE}.yml").read_bytes()))
    rebuilt_after((articles / f"{DELETED_ARTICLE}.yml").unlink)
    rebuilt_after((articles / f"{DELETED_ARTICLE}.txt").unlink)
    rebuilt_after(rewrite(f"{WHO}.yml", "speaker: tedros-adhanom-ghebreyesus", "speaker: tom-frieden"))
    # Last, an edit that leaves most files, the feeds among them, as they were: stand-ins for the whole rebuild.
    rebuilt_after(rewrite("people.yml", "name: Tom Frieden", "name: Thomas R. Frieden"))

    log = server.log.read_text(encoding="utf-8")
    assert log.count("Building documentation...") == builds, log  # and none under way
    assert len(re.findall(r"preview: \d+ changed files to build", log)) == builds - 1, log  # every rebuild a partial one
    last = log.rindex("Reloading browsers")
    deadline = time.monotonic() + TIMEOUT_S
    while "preview: search index updated" not in server.log.read_text(encoding="utf-8")[last:]:
        assert time.monotonic() < deadline, server.log.read_text(encoding="utf-8")
        time.sleep(0.1)
    (served,) = temporary.glob("mkdocs_*")
    served_files = _digests(served)

    fresh = tmp_path / "fresh"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{server.port}/", **dated}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(fresh)],
        cwd=server.project,
        env=environment,
        check=True,
        timeout=TIMEOUT_S * 5,
    )
    fresh_files = _digests(fresh)
    differing = sorted(
        path for path in served_files.keys() | fresh_files.keys() if served_files.get(path) != fresh_files.get(path)
    )
    assert not differing, f"{len(differing)} of {len(fresh_files)} files differ: {differing}"
