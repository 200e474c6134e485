"""The benchmark (benchmarks/run.py) runs end to end on small archives and checks the issues' build targets."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from support import REPO


def _corpus(folder: Path) -> Path:
    """The repository's own articles as the benchmark's word source, by the language their annotations give."""
    for text in sorted((REPO / "articles").rglob("*.txt")):
        language = yaml.safe_load(text.with_suffix(".yml").read_text(encoding="utf-8")).get("language")
        if language in ("en", "id"):
            (folder / language).mkdir(parents=True, exist_ok=True)
            shutil.copy(text, folder / language / text.name)
    return folder


def test_the_benchmark_measures_two_sizes_and_checks_the_build_targets(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    command = [
        sys.executable,
        "-m",
        "benchmarks.run",
        "--articles",
        "40",
        "80",
        "--no-search",
        "--preview-articles",
        "0",
        "--builds",
        "2",
        "--corpus",
        str(_corpus(tmp_path / "corpus")),
        "--output",
        str(results),
    ]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(results.read_text(encoding="utf-8"))
    assert [target["target"] for target in report["targets"]] == [
        "build time at the size",
        "the build / bare MkDocs (wall), search included",
        "peak memory, largest process of the build",
        "search index adds to MkDocs build (wall)",
        "our stages per article, largest size / smallest",
        "the build per article, largest size / smallest",
    ]
    assert re.search(
        r"\n  (met   |MISSED)  the build / bare MkDocs \(wall\), search included at 80: [0-9.]+ × \(target ≤ 1.3×\)\n", run.stdout
    )
    sizes = report["sizes"]
    assert [size["articles"] for size in sizes] == [40, 80]
    for size in sizes:
        parts = size["one_core_cpu_s"]
        assert list(parts) == ["load", "article pages", "annotation exports", "search records", "home, lists, feeds"]
        assert all(seconds > 0 for seconds in parts.values())
        # The hook's log line, read back: to a tenth of a second, so a build of 40 articles may read 0.0 s.
        assert (
            size["build"]["archive_in_build_s"] is not None and 0 <= size["build"]["archive_in_build_s"] < size["build"]["wall_s"]
        )
        assert size["build"]["warnings"] == size["bare_build"]["warnings"] == 0
        assert size["files_generated"] > 2 * size["articles"]
        assert len(size["build_runs_s"]) == len(size["bare_build_runs_s"]) == len(size["stages_runs_s"]) == 2
        assert size["build"]["wall_s"] == max(size["build_runs_s"])  # the upper median of two


def test_the_benchmark_measures_an_archive_already_written(tmp_path: Path) -> None:
    """`--archive DIR`: this repository's own articles, timed against bare MkDocs holding the same text."""
    results = tmp_path / "results.json"
    command = [
        sys.executable,
        "-m",
        "benchmarks.run",
        "--archive",
        str(REPO),
        "--no-search",
        "--preview-articles",
        "0",
        "--builds",
        "1",
        "--output",
        str(results),
    ]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(results.read_text(encoding="utf-8"))
    articles = len(list((REPO / "articles").rglob("*.txt")))
    assert report["archive"] == str(REPO) and report["growth"] is None
    [size] = report["sizes"]
    assert size["articles"] == articles
    assert (
        size["build"]["html_pages"] > articles and size["bare_build"]["html_pages"] == articles + 2
    )  # and its home and 404 pages
    assert re.search(rf"\n  (met   |MISSED)  the build / bare MkDocs \(wall\), search included at {articles}: ", run.stdout)


def test_the_benchmark_refuses_an_archive_with_problems(tmp_path: Path) -> None:
    shutil.copytree(REPO / "articles", tmp_path / "articles")
    story = next((tmp_path / "articles").rglob("20*.yml"))
    story.write_text(story.read_text(encoding="utf-8") + "unknown_key: 1\n", encoding="utf-8")
    command = [sys.executable, "-m", "benchmarks.run", "--archive", str(tmp_path), "--output", str(tmp_path / "results.json")]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False, timeout=300)
    assert run.returncode == 1
    assert f"{tmp_path}: 1 problem; the benchmark needs an archive that passes `check`:\n" in run.stderr
    assert "unknown key 'unknown_key' in annotation file" in run.stderr
    assert not (tmp_path / "results.json").exists()


def test_the_benchmark_measures_an_archive_at_its_own_size_only() -> None:
    command = [sys.executable, "-m", "benchmarks.run", "--archive", str(REPO), "--articles", "1000"]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False, timeout=60)
    assert run.returncode == 2
    assert run.stderr.endswith("error: --archive is measured at its own size: leave out --articles and --quick\n")
