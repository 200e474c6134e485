"""Nothing lost under faults of the MkDocs build itself: a search index that cannot be written (a full disk)
publishes nothing new, plain or strict, and a symbolic link under `docs/`, `schemas/` or `overrides/` that
leads outside the project stops the build before anything from outside is published (build_scripts/mkdocs/).
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import threading
from pathlib import Path

import pytest
from pagefind.service import get_executable

from build_scripts.mkdocs import preview
from build_scripts.search.records import SearchRecord

from support import ARTICLE, run_mkdocs

TXT = "articles/2024/2024-10-23-story.txt"
DISK_FULL = "Error: No space left on device (os error 28)"
SECRET = "SECRET-TOKEN-9b2e"
HANG_GUARD = 300


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def failing_pagefind(folder: Path) -> tuple[Path, Path]:
    """A Pagefind that fails as on a full disk once the returned flag file exists, and is the real one until then."""
    real = get_executable()
    assert real is not None, "no Pagefind binary: pip install -r requirements.txt"
    flag = folder / "disk-full"
    script = folder / "pagefind"
    script.write_text(
        f'#!/bin/sh\nif [ -e "{flag}" ]; then echo "{DISK_FULL}" >&2; exit 1; fi\nexec "{real}" "$@"\n', encoding="utf-8"
    )
    script.chmod(0o755)
    return script, flag


def build(project: Path, pagefind: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_mkdocs(project, *args, pagefind=pagefind, timeout=HANG_GUARD)


@pytest.mark.parametrize("strict", [False, True], ids=["plain", "strict"])
def test_a_search_index_that_cannot_be_written_fails_the_build_and_keeps_the_previous_site(
    site_project, tmp_path: Path, strict: bool
) -> None:
    project = site_project({TXT: ARTICLE})
    pagefind, disk_full = failing_pagefind(tmp_path)
    options = ("--strict",) if strict else ()
    first = build(project, pagefind, *options)
    assert first.returncode == 0, first.stderr[-3000:]
    before = snapshot(project / "site")
    assert any(path.startswith("pagefind/") for path in before)

    (project / TXT).write_text(ARTICLE.replace("Title of the story", "A new title"), encoding="utf-8")
    disk_full.touch()
    second = build(project, pagefind, *options)

    assert second.returncode != 0, second.stderr[-3000:]
    assert "Traceback" not in second.stderr, second.stderr[-3000:]
    errors = [line for line in second.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, second.stderr[-3000:]
    assert errors[0].startswith("ERROR   -  search index not written: pagefind stopped"), errors
    assert DISK_FULL in errors[0] and errors[0].endswith("nothing was published, the previous site is left as it was")
    assert snapshot(project / "site") == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".")) == []


def test_a_search_refresh_that_fails_under_serve_says_the_served_search_is_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """After a partial `mkdocs serve` rebuild the index is rewritten in the background: a failure there is an
    error on the console, the served index stays whole, and nothing is left beside the site."""
    pagefind, disk_full = failing_pagefind(tmp_path)
    disk_full.touch()
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(pagefind))
    monkeypatch.setattr(preview, "SEARCH_INDEX_DELAY_S", 0.0)
    site = tmp_path / "served" / "site"
    (site / "pagefind").mkdir(parents=True)
    (site / "pagefind" / "pagefind-entry.json").write_text("{}", encoding="utf-8")
    record = SearchRecord(url="/a/", content=b"some words", language="en", meta={}, filters={}, sort={})

    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.news_archive"):
        preview.Preview().refresh_search((record,), site)
        for thread in threading.enumerate():
            if thread.name == "search-index":
                thread.join(HANG_GUARD)

    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1, caplog.text
    assert errors[0].startswith("preview: search index not written: pagefind stopped"), errors
    assert DISK_FULL in errors[0]
    assert errors[0].endswith("the served search still shows the site before the last edits")
    assert "search index updated" not in caplog.text
    assert snapshot(site) == {"pagefind/pagefind-entry.json": hashlib.sha256(b"{}").hexdigest()}
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]


LEAVING = ("docs/leak.md", "overrides/leak.js", "schemas/leak.json")
"""A symbolic link to a secret outside the project in each folder the site is published from."""


def test_links_that_leave_the_project_stop_the_build_and_nothing_from_outside_is_published(site_project, tmp_path: Path) -> None:
    project = site_project({TXT: ARTICLE})
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(f"# {SECRET}\n\n{SECRET}\n", encoding="utf-8")
    for relative in LEAVING:
        (project / relative).symlink_to(secret)
    (project / "docs" / "outside-folder").symlink_to(secret.parent, target_is_directory=True)
    (project / "docs" / "same-about.md").symlink_to("about.md")  # stays inside the project: allowed

    result = build(project, get_executable() or Path("pagefind"))

    assert result.returncode != 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    refused = sorted(
        line.removeprefix("ERROR   -  ").split(":1:1: ")[0]
        for line in result.stderr.splitlines()
        if line.startswith("ERROR") and ":1:1: " in line
    )
    assert refused == sorted([*LEAVING, "docs/outside-folder"]), result.stderr[-3000:]
    message = "is a symbolic link that leads outside the project; nothing from outside the project is published"
    assert result.stderr.count(message) == len(LEAVING) + 1
    assert "nothing published: 4 symbolic link(s) lead outside the project, listed above" in result.stderr
    assert not (project / "site").exists()
    written = [p for p in project.rglob("*") if p.is_file() and not p.is_symlink() and "outside-folder" not in p.parts]
    assert [p for p in written if SECRET in p.read_text(encoding="utf-8", errors="replace")] == []
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".")) == []


def test_a_link_that_stays_inside_the_project_is_published(site_project, tmp_path: Path) -> None:
    project = site_project({TXT: ARTICLE})
    (project / "docs" / "same-about.md").symlink_to("about.md")
    (project / "schemas" / "same.json").symlink_to("people.schema.json")

    result = build(project, get_executable() or Path("pagefind"))

    assert result.returncode == 0, result.stderr[-3000:]
    assert "symbolic link" not in result.stderr
    assert (project / "site" / "same-about" / "index.html").is_file()
    schema = (project / "schemas" / "people.schema.json").read_bytes()
    assert (project / "site" / "schemas" / "same.json").read_bytes() == schema
