"""The two ways out of the pipeline: `build --out` for inspection, and the MkDocs hook."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from support import ARTICLE, REPO, run_mkdocs

TXT = "articles/2024/2024-10-23-story.txt"


def test_build_writes_the_generated_markdown(archive_dir, tmp_path) -> None:
    root = archive_dir({TXT: ARTICLE})
    out = tmp_path / "generated"
    result = subprocess.run(
        [sys.executable, "-m", "build_scripts", "--root", str(root), "build", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"1 articles, 3 people: no problems; wrote 13 files to {out}\n"
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == [
        ".generated-files.json",
        "articles/2024/10.md",
        "articles/2024/2024-10-23-story.md",
        "articles/2024/index.md",
        "articles/index.md",
        "feeds/atom.xml",
        "index.md",
        "organisations/index.md",
        "people/index.md",
        "people/jari-tanner.md",
        "people/john-kirby.md",
        "people/lloyd-austin.md",
        "sources/unnamed.md",
        "topics/index.md",
    ]
    assert (out / "articles/2024/2024-10-23-story.md").read_text(encoding="utf-8").startswith("---\ntitle: Title of the story\n")


def test_help_shows_an_example_for_every_command() -> None:
    for command in ("check", "build"):
        result = subprocess.run(
            [sys.executable, "-m", "build_scripts", command, "--help"], cwd=REPO, capture_output=True, text=True, check=True
        )
        assert f"Example: .venv/bin/python -m build_scripts {command}" in result.stdout


def test_a_hand_written_page_is_never_overwritten(site_project) -> None:
    project = site_project({TXT: ARTICLE})
    page = project / "docs" / "people" / "lloyd-austin.md"
    page.parent.mkdir(parents=True)
    page.write_text("# Written by hand\n", encoding="utf-8")
    result = run_mkdocs(project)
    assert page.read_text(encoding="utf-8") == "# Written by hand\n"
    assert "Written by hand" in (project / "site/people/lloyd-austin/index.html").read_text(encoding="utf-8")
    assert (
        "WARNING -  docs/people/lloyd-austin.md:1:1: a hand-written page is where the archive generates one; "
        "it was kept and the generated page left out: rename or move the hand-written page\n"
    ) in result.stderr
    assert run_mkdocs(project, "--strict").returncode == 1


def test_the_build_log_says_what_the_archive_made_and_how_long_it_took(site_project) -> None:
    result = run_mkdocs(site_project({TXT: ARTICLE}))
    summary = re.findall(r"INFO    -  archive: .*\n", result.stderr)
    assert len(summary) == 1 and re.fullmatch(
        r"INFO    -  archive: 1 articles, 3 people, 14 pages to build, read and generated in [0-9]+\.[0-9] s\n", summary[0]
    ), result.stderr


def test_the_hook_builds_the_same_site_on_two_processes(tmp_path) -> None:
    """The repository's archive through `mkdocs build`, its articles shared with a partner process and all in
    one: every page, feed and export the same, byte for byte."""
    project = tmp_path / "project"
    for folder in ("articles", "docs", "overrides", "build_scripts", "schemas"):
        shutil.copytree(REPO / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    sites = {}
    for name, least in (("one", 10**9), ("two", 2)):
        code = (
            f"from build_scripts.build import workers; workers.MIN_ITEMS = {least}; partner = workers.partner; shared = []; "
            "workers.partner = lambda job: shared.append(job) or partner(job); "
            "from mkdocs.__main__ import cli; "
            f"cli(['build', '--strict', '--site-dir', {str(tmp_path / name)!r}], standalone_mode=False); print(len(shared))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=project,
            capture_output=True,
            text=True,
            check=False,
            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        )
        assert (result.returncode, result.stdout) == (0, "1\n" if name == "two" else "0\n"), result.stderr
        sites[name] = {
            p.relative_to(tmp_path / name).as_posix(): p.read_bytes()
            for p in (tmp_path / name).rglob("*")
            if p.suffix in (".html", ".xml", ".jsonld")
        }
    assert len(sites["one"]) > 50 and sites["one"] == sites["two"]
