"""The catalogue of hostile and broken inputs: every case in tests/hostile/ either reaches the page as literal
text, or gives exact `path:line:col` problems and a non-zero exit; never a traceback, never a hang, never
markup from the input on a page.

Each case is checked three ways:
- `check`: `python -m build_scripts check` in a subprocess, within the case's limit of CPU time;
- render: the archive loaded and every page generated in this process (Markdown rendered by
  Python-Markdown with the site's extensions), within the same limit;
- site: a real `mkdocs build` (not strict, so reported problems do not stop it) of many cases at once,
  asserting on the HTML a reader gets; a case whose input only the site build reads (`docs/`, `schemas/`,
  `overrides/`) is built alone, and that build must fail with its exact errors and publish nothing.

The same catalogue runs on other inputs of the same kinds: `HOSTILE_CASES=/path/to/cases python -m pytest
tests/test_hostile_inputs.py` (the case format: tests/hostile/README.md).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import markdown
import pytest
import yaml

from build_scripts import site_paths
from build_scripts.build.pipeline import generate_pages
from build_scripts.build.site_files import as_files
from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.read.raw_text import decode, parse_raw

from same_html import differences
from support import (
    EXTENSIONS,
    PEOPLE,
    REPO,
    SITE_IDENTITY,
    SITE_NAME,
    Page,
    active_elements,
    collapsed,
    markup_problems,
    shown_as,
    shown_problems,
)

CASES_DIR = Path(os.environ.get("HOSTILE_CASES") or Path(__file__).parent / "hostile")
CPU_SECONDS = 10.0
"""How long `check` (and loading and rendering in-process) may take on any case, inputs at the size limits
included: the promise of docs/guarantees.md, counted in CPU time, which a busy machine does not stretch."""
HANG_SECONDS = 300.0
"""Wall-clock time after which a run is stopped as a hang (one that waits rather than computes): far beyond
any working run, however busy the machine, so that it only ends a stuck suite."""
MAX_MEGABYTES = 300
"""Peak memory (resident) of `check` on any case: inputs at the size limits included."""
MAX_LINE = 2_000
"""Longest problem line: a message is one clear line, not a dump of the input."""
PROBLEM = re.compile(r"(?P<path>[^\n:]+):(?P<line>[1-9][0-9]*):(?P<column>[1-9][0-9]*): (?P<message>\S.*)")
SUMMARY = re.compile(r"[0-9]+ articles, [0-9]+ people: .+\n")
INDEX_PAGES = {
    "index.md": SITE_NAME,
    "articles/index.md": "Articles by date",
    "people/index.md": "People",
    "organisations/index.md": "Organisations",
    "sources/unnamed.md": "Stories with unnamed sources",
    "topics/index.md": "Topics",
}
"""The list pages, by their heading: no input may take their place."""
TOP_FOLDERS = ("articles/", "people/", "organisations/", "sources/", "topics/", "feeds/", "annotations/", "schemas/")


# --- The cases -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    kind: str
    expect: str
    """"shown": every text reaches its page literally and `check` is clean; "error": `check` fails with problems."""
    check: str | None = None
    """For "error": the exact stdout of `check`; without it, each line must be `path:line:col: message`."""
    build: str | None = None
    """For "error" inputs only the site build reads: the exact errors of `mkdocs build`, which publishes nothing."""
    large: dict = field(default_factory=dict)
    symlinks: dict = field(default_factory=dict)
    seconds: float = CPU_SECONDS
    """The limit of CPU time, for `check` and for loading and rendering in-process."""
    known_bug: dict = field(default_factory=dict)
    """Stage ("check", "render", "site") → what is wrong: that stage is expected to fail until it is fixed."""

    @cached_property
    def files(self) -> dict[str, bytes]:
        """The input files by project-relative path (people.yml: support.PEOPLE unless the case has one)."""
        files = {"articles/people.yml": PEOPLE.encode()}
        for path in sorted(self.folder.rglob("*")):
            relative = path.relative_to(self.folder).as_posix()
            if path.is_file() and relative.startswith("articles/"):
                files[relative] = path.read_bytes()
        for relative, spec in self.large.items():
            times = int(spec["times"])
            if spec.get("numbered"):
                body = "".join(spec["repeat"].replace("{n}", str(n)) for n in range(times))
            else:
                body = spec["repeat"] * times
            files[relative] = (spec.get("head", "") + body + spec.get("tail", "")).encode("utf-8")
        return files

    @property
    def secrets(self) -> list[str]:
        """Text of the files the case's links point at, which must never reach a page."""
        return [line for content in self.symlinks.values() for line in content.splitlines() if line.strip()]

    def install(self, project: Path, outside: Path) -> None:
        """Write the case into a project folder; its symbolic links point at files in `outside`."""
        for relative, content in self.files.items():
            target = project / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        for number, (relative, content) in enumerate(sorted(self.symlinks.items())):
            secret = outside / f"{self.name}-{number}.txt"
            secret.parent.mkdir(parents=True, exist_ok=True)
            secret.write_text(content, encoding="utf-8")
            link = project / relative
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(secret)

    def param(self, stage: str):
        marks = [pytest.mark.xfail(strict=True, reason=self.known_bug[stage])] if stage in self.known_bug else []
        return pytest.param(self, id=self.name, marks=marks)


def load_cases(folder: Path = CASES_DIR) -> list[Case]:
    cases = []
    for spec_file in sorted(folder.glob("*/case.yml")):
        spec = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
        unknown = set(spec) - {"kind", "expect", "check", "build", "large", "symlinks", "seconds", "known_bug"}
        assert not unknown, f"{spec_file}: unknown keys {sorted(unknown)}"
        assert spec["expect"] in ("shown", "error"), f"{spec_file}: expect is 'shown' or 'error'"
        cases.append(Case(spec_file.parent.name, spec_file.parent, **spec))
    assert cases, f"no cases (*/case.yml) in {folder}"
    return cases


CASES = load_cases()
ERRORS = [case for case in CASES if case.expect == "error" and case.build is None]
"""The cases `check` reports: it reads the archive, not the folders only the site build reads."""
REFUSED = [case for case in CASES if case.build is not None]


@contextmanager
def watchdog(cpu_seconds: float) -> Iterator[None]:
    """Stop the code under test with TimeoutError once this process has used `cpu_seconds` of CPU time, or
    HANG_SECONDS by the clock (a hang that waits rather than computes): a hang is a failure, not a stuck suite."""

    def expire(signum, frame):
        if signum == signal.SIGPROF:
            raise TimeoutError(f"more than {cpu_seconds:g} s of CPU time")
        raise TimeoutError(f"still running after {HANG_SECONDS:g} s")

    previous = {number: signal.signal(number, expire) for number in (signal.SIGPROF, signal.SIGALRM)}
    signal.setitimer(signal.ITIMER_PROF, cpu_seconds)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    except TimeoutError as err:  # raised afresh here: deep in generated code, pytest cannot format the frames
        raise TimeoutError(str(err)) from None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        for number, handler in previous.items():
            signal.signal(number, handler)


_SHOWN_KEYS = frozenset({"role", "context", "note", "publisher", "licence", "title", "name", "city", "tags"})


def annotation_texts(data: bytes) -> list[str]:
    """The texts an annotation file puts on its article's page (roles, contexts, notes, names, topics…).

    Spellings of one topic ("Korea Utara", "korea-utara") are one topic, shown once, as first written (the
    cases have no topic registry to name it)."""
    text, _ = decode("x.yml", data)
    document = yaml.safe_load(text) if text else None
    found: list[str] = []
    topics: set[str] = set()

    def visit(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                visit(v, k)
        elif isinstance(value, list):
            for item in value:
                visit(item, key)
        elif isinstance(value, str) and key == "tags":
            if value.strip() and site_paths.topic_slug(value) not in topics:
                found.append(value)
            topics.add(site_paths.topic_slug(value))
        elif isinstance(value, str) and key in _SHOWN_KEYS and value.strip():
            found.append(value)

    visit(document)
    return found


def _articles(files: dict[str, bytes]) -> list[tuple[str, str]]:
    """(id, path) of each article file of a case."""
    return [
        (Path(path).stem, path)
        for path in sorted(files)
        if re.fullmatch(r"articles/[0-9]{4}/[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9-]+\.txt", path)
    ]


def _raw(files: dict[str, bytes], path: str):
    text, _ = decode(path, files[path])
    assert text is not None, f"{path} is not UTF-8"
    raw, _ = parse_raw(path, text)
    return raw


# --- Stage 1: `check` in a subprocess, every case at once ------------------------------------------------


@dataclass(frozen=True)
class CheckRun:
    returncode: int | None
    """None: still running after HANG_SECONDS (and then killed)."""
    stdout: str
    stderr: str
    cpu_seconds: float
    megabytes: float
    """Peak resident memory."""


def _run_check(case: Case, base: Path) -> CheckRun:
    folder = base / case.name
    case.install(folder / "project", folder / "outside")
    hung = threading.Event()
    with (folder / "stdout").open("wb") as stdout, (folder / "stderr").open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "build_scripts", "--root", str(folder / "project"), "check"],
            cwd=REPO,
            stdout=stdout,
            stderr=stderr,
        )

        def stop() -> None:
            hung.set()
            process.kill()

        guard = threading.Timer(HANG_SECONDS, stop)
        guard.start()
        _, status, usage = os.wait4(process.pid, 0)  # wait4: the child's own CPU time and peak memory
        guard.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    return CheckRun(
        None if hung.is_set() else process.returncode,
        (folder / "stdout").read_text(encoding="utf-8", errors="replace"),
        (folder / "stderr").read_text(encoding="utf-8", errors="replace"),
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,
    )


@pytest.fixture(scope="module")
def checks(tmp_path_factory) -> dict[str, CheckRun]:
    base = tmp_path_factory.mktemp("check")
    with ThreadPoolExecutor(max_workers=4) as pool:
        runs = pool.map(lambda case: (case.name, _run_check(case, base)), ERRORS)
        return dict(runs)


@pytest.mark.parametrize("case", [case.param("check") for case in ERRORS])
def test_check(case: Case, checks: dict[str, CheckRun]) -> None:
    """(A case to be shown must load without a single problem: that is asserted by test_render, in-process.)"""
    run = checks[case.name]
    assert run.returncode is not None, f"check still running after {HANG_SECONDS:g} s (a hang)"
    assert run.cpu_seconds <= case.seconds, f"check took {run.cpu_seconds:.1f} s of CPU time, over {case.seconds:g} s"
    assert run.megabytes <= MAX_MEGABYTES, f"check needed {run.megabytes:,.0f} MB"
    assert "Traceback" not in run.stderr, run.stderr
    assert SUMMARY.fullmatch(run.stderr.splitlines(keepends=True)[-1] if run.stderr else ""), run.stderr
    lines = run.stdout.splitlines()
    assert run.returncode == 1
    if case.check is not None:
        assert lines == case.check.splitlines()
    assert lines, "an error case must report at least one problem"
    inputs = set(case.files) | set(case.symlinks) | {"articles"}
    for line in lines:
        assert len(line) <= MAX_LINE, f"a problem of {len(line):,} characters: {line[:300]}..."
        match = PROBLEM.fullmatch(line)
        assert match, f"not path:line:col: message: {line!r}"
        assert match["path"] in inputs, f"{match['path']} is not one of the case's files"


# --- Stage 2: load and render in-process ----------------------------------------------------------------


def _output_paths(pages: dict[str, str]) -> list[str]:
    """Where MkDocs writes each generated file (use_directory_urls): x/y.md → x/y/index.html."""
    out = []
    for path in pages:
        if path.endswith(".md"):
            stem = path.removesuffix(".md")
            out.append(f"{stem}.html" if stem == "index" or stem.endswith("/index") else f"{stem}/index.html")
        else:
            out.append(path)
    return out


def render_problems(case: Case, tmp_path: Path) -> list[str]:
    """Load the case from disk as the build does, generate every page, render the Markdown; what is wrong."""
    project = tmp_path / "project"
    case.install(project, tmp_path / "outside")
    problems = []
    with watchdog(case.seconds):
        archive = load_archive(read_sources(project))
        generated = generate_pages(archive, SITE_IDENTITY)
        pages = as_files(generated)
        rendered = {
            path: markdown.markdown(
                content.split("---\n", 2)[2] if content.startswith("---\n") else content, extensions=EXTENSIONS
            )
            for path, content in pages.items()
            if path.endswith(".md")
        }
    problems += differences(generated)
    if case.expect == "shown" and archive.problems:
        problems.append(f"problems in a case that must be shown: {[str(p) for p in archive.problems]}")
    for path, heading in INDEX_PAGES.items():
        body = pages[path].split("---\n", 2)[2] if pages[path].startswith("---\n") else pages[path]
        body = re.sub(r'\A\s*<nav class="breadcrumbs".*?</nav>\n', "", body)
        if not body.lstrip().startswith(f"# {heading}\n"):
            problems.append(f"{path} is not the page {heading!r} any more: {body[:80]!r}")
    for output in _output_paths(pages):
        parts = output.split("/")
        if not output.startswith(TOP_FOLDERS) and "/" in output:
            problems.append(f"generated file outside the site's folders: {output}")
        if any(part in ("", ".", "..") for part in parts) or output.startswith("/"):
            problems.append(f"generated path escapes its folder: {output}")
        if any(len(part.encode("utf-8")) > 255 for part in parts):
            problems.append(f"generated path has a name longer than a file name may be: {output[:120]}...")
    for path, html in rendered.items():
        problems += [f"{path}: {p}" for p in markup_problems(Page(html))]
    for secret in case.secrets:
        problems += [f"{path}: the secret {secret!r} is on the page" for path, content in pages.items() if secret in content]
    if case.expect == "shown":
        for article_id, path in _articles(case.files):
            page = Page(rendered[f"articles/{article_id[:4]}/{article_id}.md"])
            problems += [f"{article_id}: {p}" for p in shown_problems(page, _raw(case.files, path), page_title=False)]
            yml = path[:-4] + ".yml"
            for text in annotation_texts(case.files[yml]) if yml in case.files else []:
                if collapsed(shown_as(text)) not in page.visible_text:
                    problems.append(f"{article_id}: annotation text not shown literally: {text[:200]!r}")
    return problems


@pytest.mark.parametrize("case", [case.param("render") for case in CASES])
def test_render(case: Case, tmp_path: Path) -> None:
    assert render_problems(case, tmp_path) == []


# --- Stage 3: real `mkdocs build`s, many cases in each ------------------------------------------------


@dataclass
class Build:
    cases: list[Case]
    project: Path
    result: subprocess.CompletedProcess[str] | None = None

    @property
    def site(self) -> Path:
        return self.project / "site"


def _groups(cases: list[Case]) -> list[list[Case]]:
    """Cases that can share one build: same people.yml, no file in common."""
    groups: list[tuple[bytes, set[str], list[Case]]] = []
    for case in cases:
        people = case.files["articles/people.yml"]
        paths = set(case.files) - {"articles/people.yml"} | set(case.symlinks)
        for group_people, group_paths, members in groups:
            if group_people == people and not group_paths & paths:
                group_paths |= paths
                members.append(case)
                break
        else:
            groups.append((people, paths, [case]))
    return [members for _, _, members in groups]


def _build(build: Build, outside: Path) -> Build:
    for folder in ("docs", "overrides", "build_scripts", "schemas"):
        shutil.copytree(REPO / folder, build.project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "mkdocs.yml", build.project / "mkdocs.yml")
    for case in build.cases:
        case.install(build.project, outside)
    build.result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(build.site)],
        cwd=build.project,
        capture_output=True,
        text=True,
        check=False,
        timeout=HANG_SECONDS,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": os.environ.get("PATH", "/usr/bin:/bin")},
    )
    return build


BUILT = [case for case in CASES if not case.known_bug and case.build is None]
"""A case with a known bug would break the build it shares; it joins once its bug is fixed."""


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> list[Build]:
    base = tmp_path_factory.mktemp("site")
    jobs = [Build(group, base / f"build-{number}") for number, group in enumerate(_groups(BUILT))]
    with ThreadPoolExecutor(max_workers=3) as pool:
        return list(pool.map(lambda build: _build(build, base / "outside"), jobs))


def _build_of(case: Case, builds: list[Build]) -> Build:
    return next(build for build in builds if case in build.cases)


def _baseline(site: Path) -> Counter[str]:
    """The theme's own active elements: the hand-written About page has no input in it."""
    return active_elements(Page((site / "about" / "index.html").read_text(encoding="utf-8")))


def test_every_build_succeeds_and_reports_exactly_the_problems(builds: list[Build]) -> None:
    for build in builds:
        result = build.result
        assert result is not None and result.returncode == 0, result and result.stderr[-3000:]
        assert "Traceback" not in result.stderr and "ERROR" not in result.stderr, result.stderr[-3000:]
        warnings = [line.removeprefix("WARNING -  ") for line in result.stderr.splitlines() if line.startswith("WARNING")]
        expected = [line for case in build.cases if case.check for line in case.check.splitlines()]
        assert sorted(set(expected) - set(warnings)) == [], "problems check reports but the build does not"
        loose = [case for case in build.cases if case.expect == "error" and not case.check]
        unexplained = [w for w in warnings if w not in expected and not any(w.startswith(tuple(c.files)) for c in loose)]
        assert unexplained == []


NOT_FOUND_SEARCH = Counter({"button": 1, "script": 1})
"""The 404 page's own: its search button and the script that opens the header's search with it."""


def test_no_page_of_any_build_carries_markup_from_input(builds: list[Build]) -> None:
    for build in builds:
        baseline = _baseline(build.site)
        problems = []
        for html_file in sorted(build.site.rglob("*.html")):
            page = Page(html_file.read_text(encoding="utf-8"))
            own = baseline + NOT_FOUND_SEARCH if html_file == build.site / "404.html" else baseline
            problems += [f"{html_file.relative_to(build.site)}: {p}" for p in markup_problems(page, own)]
        assert problems == []


def test_the_list_pages_are_still_the_list_pages(builds: list[Build]) -> None:
    for build in builds:
        for path, heading in INDEX_PAGES.items():
            output = build.site / ("index.html" if path == "index.md" else site_paths.url_of(path) + "index.html")
            page = Page(output.read_text(encoding="utf-8"))
            h1 = re.search(r"<h1[^>]*>(.*?)<", output.read_text(encoding="utf-8"), re.DOTALL)
            assert h1 and collapsed(h1[1]) == heading, f"{output}: {page.title}"


def test_nothing_is_written_outside_the_site(builds: list[Build]) -> None:
    for build in builds:
        outside = sorted(p.name for p in build.project.iterdir())
        assert outside == ["articles", "build_scripts", "docs", "mkdocs.yml", "overrides", "schemas", "site"]
        for path in build.site.rglob("*"):
            assert not path.is_symlink(), path
            assert path.resolve().is_relative_to(build.site.resolve()), path


@pytest.mark.parametrize("case", [case for case in BUILT if case.expect == "shown"], ids=lambda c: c.name)
def test_shown_literally_on_the_built_page(case: Case, builds: list[Build]) -> None:
    build = _build_of(case, builds)
    problems = []
    for article_id, path in _articles(case.files):
        html = (build.site / "articles" / article_id[:4] / article_id / "index.html").read_text(encoding="utf-8")
        page = Page(html)
        problems += shown_problems(page, _raw(case.files, path))
        yml = path[:-4] + ".yml"
        for text in annotation_texts(case.files[yml]) if yml in case.files else []:
            if collapsed(shown_as(text)) not in page.visible_text:
                problems.append(f"annotation text not shown literally: {text[:200]!r}")
    assert problems == []


@pytest.mark.parametrize("case", [case.param("site") for case in REFUSED])
def test_the_build_refuses_with_exactly_its_errors_and_publishes_nothing(case: Case, tmp_path: Path) -> None:
    build = _build(Build([case], tmp_path / "project"), tmp_path / "outside")
    result = build.result
    assert result is not None and result.returncode == 1, result and result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    errors = [line.removeprefix("ERROR   -  ") for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert errors == (case.build or "").splitlines()
    assert not build.site.exists()
    written = [p for p in build.project.rglob("*") if p.is_file() and not p.is_symlink()]
    leaked = [p for p in written for secret in case.secrets if secret in p.read_text(encoding="utf-8", errors="replace")]
    assert leaked == []


# --- Bounds that need no fixture ------------------------------------------------------------------------


def test_an_alias_bomb_is_never_expanded() -> None:
    """Nine levels of nine aliases would be 9**9 nodes if expanded: YAML is only composed, and aliases rejected."""
    levels = ["a: &a [" + ", ".join(["lol"] * 9) + "]"]
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    files = {
        "articles/2024/2024-01-01-bomb.txt": "Title\n\nText.\n",
        "articles/2024/2024-01-01-bomb.yml": "\n".join(levels) + "\n",
    }
    with watchdog(CPU_SECONDS):
        archive = load_archive({path: content.encode() for path, content in files.items()})
    aliases = [p for p in archive.problems if "alias" in p.message]
    assert len(aliases) == 8 * 9
    assert [p.message.split(";")[0] for p in archive.problems if p not in aliases] == [
        f"unknown key {chr(ord('a') + level)!r} in annotation file" for level in range(9)
    ]
