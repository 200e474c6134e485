"""Reproducible builds: with SOURCE_DATE_EPOCH set, two builds of the same sources, in different folders, at
different times, by different users, in different time zones and hash seeds, give byte-identical sites; and no
absolute path, user name or build time is in either.
"""

from __future__ import annotations

import datetime as dt
import difflib
import gzip
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import REPO

SOURCES = ("articles", "docs", "overrides", "build_scripts", "schemas", "mkdocs.yml")
EPOCH = 1_000_000_000
"""2001-09-09T01:46:40Z: a date no article and no build can have."""


def _checkout(folder: Path) -> Path:
    """The repository's sources, as a fresh checkout of this commit would have them."""
    for name in SOURCES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("__pycache__", ".*"))
        else:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, folder / name)
    return folder


def _build(project: Path, home: Path, user: str, zone: str, seed: str) -> subprocess.CompletedProcess[str]:
    home.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": str(EPOCH),
        "HOME": str(home),
        "USER": user,
        "LOGNAME": user,
        "TZ": zone,
        "PYTHONHASHSEED": seed,
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=env, capture_output=True, text=True, check=False
    )


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[dict[str, bytes], dict[str, bytes], list[str]]:
    base = tmp_path_factory.mktemp("reproducible")
    first = _checkout(base / "builder-alpha-7q3k" / "checkout")
    second = _checkout(base / "elsewhere-zx9w" / "deeper" / "second-clone")
    one = _build(first, base / "home-alpha-7q3k", "alpha7q3k", "UTC", "1")
    assert one.returncode == 0, one.stderr
    started = time.time()
    time.sleep(max(0.0, 1.1 - (started % 1)))  # at least the next second: a different build time
    two = _build(second, base / "home-zx9w", "zx9wuser", "Asia/Jakarta", "2")
    assert two.returncode == 0, two.stderr
    leaks = [str(base), str(first), str(second), "alpha7q3k", "zx9wuser", "7q3k", "zx9w"]
    return _files(first / "site"), _files(second / "site"), leaks


def test_two_builds_are_byte_identical(two_builds) -> None:
    first, second, _ = two_builds
    assert sorted(first) == sorted(second), "the builds made different files"
    different = [path for path in first if first[path] != second[path]]
    report = []
    for path in different[:5]:
        try:
            a, b = first[path].decode("utf-8").splitlines(), second[path].decode("utf-8").splitlines()
            report += list(difflib.unified_diff(a, b, f"first/{path}", f"second/{path}", lineterm="", n=1))[:40]
        except UnicodeDecodeError:
            report.append(f"{path}: binary files differ")
    assert different == [], "\n".join(report)


def test_no_path_user_or_build_time_is_in_the_output(two_builds) -> None:
    first, second, leaks = two_builds
    now = dt.datetime.now(dt.UTC)
    days = {now.date(), now.astimezone().date(), (now - dt.timedelta(hours=1)).date()}
    dates = [f"{d.isoformat()}" for d in days] + [f"{d.year}{d.month:02d}{d.day:02d}" for d in days]
    found = []
    for build in (first, second):
        for path, content in build.items():
            for needle in [*leaks, *dates, str(REPO)]:
                if needle.encode() in content:
                    found.append(f"{path}: {needle}")
    assert found == []


def test_the_build_date_is_the_source_date(two_builds) -> None:
    """Where a build date must be written (the sitemap, its gzip header) it is SOURCE_DATE_EPOCH's."""
    first, _, _ = two_builds
    source_date = dt.datetime.fromtimestamp(EPOCH, dt.UTC).date().isoformat()
    assert f"<lastmod>{source_date}</lastmod>".encode() in first["sitemap.xml"]
    header_time = int.from_bytes(first["sitemap.xml.gz"][4:8], "little")
    assert dt.datetime.fromtimestamp(header_time, dt.UTC).date().isoformat() == source_date
    assert gzip.decompress(first["sitemap.xml.gz"]) == first["sitemap.xml"]
