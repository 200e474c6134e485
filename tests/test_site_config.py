"""The site's name and address come from `mkdocs.yml`, for the pages MkDocs builds and for `build --out` alike."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import feedparser

from support import ARTICLE, REPO, run_mkdocs

TXT = "articles/2024/2024-10-23-story.txt"
NAME = "The Rebus Gazette"


def _renamed_project(site_project) -> Path:
    project: Path = site_project({TXT: ARTICLE})
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert text.startswith("site_name: Annotated News Archive\n")
    config.write_text(text.replace("site_name: Annotated News Archive\n", f"site_name: {NAME}\n", 1), encoding="utf-8")
    return project


def _citation(page: str) -> str:
    """The plain-text reference of an article's page (Markdown or HTML), as a reader sees it."""
    found = re.search(r'<p class="citation">(.*?)</p>', page, re.DOTALL)
    assert found is not None, page
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1)))


def _home_heading(page: str) -> str:
    found = re.search(r"^# (.*)$", page, re.MULTILINE) or re.search(r"<h1 [^>]*>([^<]*)", page)
    assert found is not None, page
    return html.unescape(found.group(1)).strip()


def _feed(xml: bytes) -> tuple[str, list[str]]:
    """The feed's title and each entry's address."""
    parsed = feedparser.parse(xml)
    return parsed.feed.title, [entry.id for entry in parsed.entries]


def _build_out(project: Path, out: Path, *options: str, site_url: str | None = None) -> None:
    env = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    if site_url is not None:
        env["SITE_URL"] = site_url
    # Run from this repository: the name must come from the project's mkdocs.yml, not the current folder's.
    result = subprocess.run(
        [sys.executable, "-m", "build_scripts", "--root", str(project), "build", "--out", str(out), *options],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr


def test_build_out_names_the_site_as_mkdocs_yml_does(site_project, tmp_path: Path) -> None:
    project = _renamed_project(site_project)
    out = tmp_path / "generated"
    _build_out(project, out)
    assert _home_heading((out / "index.md").read_text(encoding="utf-8")) == NAME
    title, entries = _feed((out / "feeds/atom.xml").read_bytes())
    assert (title, entries) == (NAME, ["http://127.0.0.1:8000/articles/2024/2024-10-23-story/"])
    page = (out / "articles/2024/2024-10-23-story.md").read_text(encoding="utf-8")
    assert f"“Title of the story”. {NAME}. http://127.0.0.1:8000/articles/2024/2024-10-23-story/" in _citation(page)
    assert f"  howpublished = {{{NAME}}},\n" in page
    assert "Annotated News Archive" not in "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())


def test_build_out_takes_the_address_from_the_environment_as_mkdocs_does_and_site_url_over_both(
    site_project, tmp_path: Path
) -> None:
    project = _renamed_project(site_project)
    from_environment, from_option = tmp_path / "environment", tmp_path / "option"
    _build_out(project, from_environment, site_url="https://example.org/news/")
    _build_out(project, from_option, "--site-url", "https://mirror.example.net/", site_url="https://example.org/news/")
    story = "articles/2024/2024-10-23-story/"
    assert _feed((from_environment / "feeds/atom.xml").read_bytes()) == (NAME, [f"https://example.org/news/{story}"])
    assert _feed((from_option / "feeds/atom.xml").read_bytes()) == (NAME, [f"https://mirror.example.net/{story}"])


def test_mkdocs_build_names_the_site_as_mkdocs_yml_does(site_project) -> None:
    project = _renamed_project(site_project)
    result = run_mkdocs(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert _home_heading((site / "index.html").read_text(encoding="utf-8")) == NAME
    title, entries = _feed((site / "feeds/atom.xml").read_bytes())
    assert (title, entries) == (NAME, ["http://127.0.0.1:8000/articles/2024/2024-10-23-story/"])
    page = (site / "articles/2024/2024-10-23-story/index.html").read_text(encoding="utf-8")
    assert f"“Title of the story”. {NAME}. http://127.0.0.1:8000/articles/2024/2024-10-23-story/" in _citation(page)
    assert f"  howpublished = {{{NAME}}},\n" in page
    assert f"<title>Title of the story - {NAME}</title>" in page
