"""Time the archive build, its search and its preview on synthetic archives of growing size, against bare MkDocs.

For each size N: generate N articles in the real formats, check the pipeline finds no problem in
them, time our stages in-process, then run `mkdocs build` on our project (the real hook, Pagefind
included) and on a bare Material project holding the same text as plain pages (Material's own
search); run the hook's search indexing again alone (benchmarks/index_alone.py), to time Pagefind and
measure its memory, since in the build it runs in the background beside MkDocs; query both
sites' search in headless Chromium (benchmarks/search.py); and at one size, edit an article under
`mkdocs serve` (benchmarks/preview.py). Results go to stdout as a table and to a JSON file.
Example: .venv/bin/python -m benchmarks.run --articles 1000 5000
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import multiprocessing
import os
import platform
import pstats
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # also run as `python benchmarks/run.py`

import yaml  # noqa: E402
from mkdocs.utils.yaml import yaml_load  # noqa: E402

from benchmarks import preview, search, synthetic  # noqa: E402
from build_scripts.build.pipeline import build_site, generate_pages  # noqa: E402
from build_scripts.build.site_files import article_pages, export_files, home_page, list_files  # noqa: E402
from build_scripts.model import Listing  # noqa: E402
from build_scripts.read.archive import Archive, load_archive  # noqa: E402
from build_scripts.read.files import read_sources  # noqa: E402
from build_scripts.read.links import Head, Links  # noqa: E402
from build_scripts.render.page_blocks import PageSource, Permalinks  # noqa: E402
from build_scripts.search.records import search_records  # noqa: E402
from build_scripts.site_config import read_site  # noqa: E402
from build_scripts.site_paths import article_page_for, url_of  # noqa: E402

T = TypeVar("T")
SITE = read_site(REPO / "mkdocs.yml")
"""The site's name and address, as the command line reads them."""
NOT_COPIED = {"articles", "site", "node_modules", "benchmark-output", "benchmarks", "tests", "test-results"}
"""Top-level entries left out of the copy of the project: its sources, outputs and local tools; hidden ones too."""
PEAK_MEMORY_METHOD = (
    "peak_rss_mb: the largest VmHWM (a process's own peak) of any process of the tree, sampled from /proc every 50 ms "
    "(not ru_maxrss, which on Linux a child inherits from the process that forked it). tree_peak_rss_mb_sampled: the largest "
    "sum of VmRSS over the whole process tree, sampled from /proc every 50 ms (mkdocs and Pagefind at once). "
    "Pagefind alone: the largest process of `benchmarks/index_alone.py` (the Pagefind service it starts); "
    "its wall time is Pagefind's, as search_index.py logs it; its CPU includes loading the archive."
)


@dataclass(frozen=True)
class Build:
    """One `mkdocs build` run as a child process, and the site it wrote."""

    wall_s: float
    cpu_s: float
    """User + system CPU of the build process: less disturbed than wall time by other load on the machine."""
    peak_rss_mb: float
    site_bytes: int
    site_files: int
    html_pages: int
    search_index_bytes: int
    """The bare build: Material's `search/search_index.json`; ours: everything under `pagefind/`."""
    search_index_files: int
    search_index_in_build_s: float | None
    """Pagefind's run inside the build, as the hook logs it ("search index: … indexed in X s")."""
    search_index_waited_s: float | None
    """How long the build waited for the index after MkDocs had written the pages: what indexing adds to its wall time."""
    archive_in_build_s: float | None
    """Our files read and generated inside the build, as the hook logs it: with the search index started beside them."""
    tree_peak_rss_mb_sampled: float
    warnings: int
    first_warnings: list[str]


@dataclass(frozen=True)
class Indexing:
    """The hook's Pagefind command, run alone on the built site."""

    command: list[str]
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    index_bytes: int
    index_files: int
    by_folder: dict[str, tuple[int, int]]
    """Top-level entry of `pagefind/` → (files, bytes): index chunks, fragments, filters, code."""


@contextmanager
def _phase(message: str) -> Iterator[None]:
    """One progress line per phase on stderr, so stdout holds only the results."""
    print(f"{message}…", end=" ", file=sys.stderr, flush=True)
    start = time.perf_counter()
    try:
        yield
    except BaseException:
        print("failed", file=sys.stderr, flush=True)
        raise
    print(f"done in {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)


def _write(root: Path, files: Mapping[str, bytes | str]) -> None:
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)


def _snapshot(template: Path) -> None:
    """Copy the project as its build sees it (config, docs, overrides, hook, schemas…), once per run.

    Once, because other people edit the work tree while a long run goes on; everything but a short
    deny-list, so a file the build starts to need is not forgotten.
    """

    def ignore(folder: str, names: list[str]) -> list[str]:
        top = Path(folder) == REPO
        return [n for n in names if n == "__pycache__" or (top and (n.startswith(".") or n in NOT_COPIED))]

    shutil.copytree(REPO, template, ignore=ignore)


def _bare_project(template: Path, root: Path, pages: Mapping[str, str]) -> None:
    """Material with our theme and Markdown settings, a one-page nav, no hook, no overrides: MkDocs' own cost."""
    root.mkdir()
    config = yaml_load((template / "mkdocs.yml").read_text(encoding="utf-8"))  # MkDocs' loader: knows !ENV
    bare = {
        "site_name": "Bare baseline",
        "site_url": config.get("site_url"),
        "theme": {key: value for key, value in config["theme"].items() if key != "custom_dir"},
        "markdown_extensions": config.get("markdown_extensions", []),
        "plugins": ["search"],
        "nav": [{"Home": "index.md"}],
    }
    # The full dumper, so a `!!python/name:` value (as pymdownx extensions take) survives the round trip.
    (root / "mkdocs.yml").write_text(yaml.dump(bare, allow_unicode=True, sort_keys=False), encoding="utf-8")
    _write(root / "docs", pages)


def _site_stats(site: Path) -> tuple[int, int, int]:
    sizes = [(path.stat().st_size, path.suffix) for path in site.rglob("*") if path.is_file()]
    return sum(size for size, _ in sizes), len(sizes), sum(suffix == ".html" for _, suffix in sizes)


def _folder_stats(folder: Path) -> tuple[int, int]:
    sizes = [path.stat().st_size for path in folder.rglob("*") if path.is_file()] if folder.is_dir() else []
    return len(sizes), sum(sizes)


def _run_measured(command: list[str], cwd: Path, log: Path) -> tuple[int, float, Any, float, float]:
    """Runs a command as a child process: exit code, wall time, its rusage (os.wait4), the sampled tree peak and the
    largest single process's peak, in MB."""
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        sampler = _TreeSampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        sampler.stopped.set()
        sampler.join(timeout=5)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, wall, usage, sampler.peak_kb / 1024, sampler.largest_kb / 1024


class _TreeSampler(threading.Thread):
    """From /proc: the largest summed resident memory of a process and its descendants, and the largest one's peak.

    Each process's own high-water mark (VmHWM), not `ru_maxrss`: on Linux a child inherits the peak of the
    process that forked it (`true` started from an 800 MB Python reports 800 MB).
    """

    def __init__(self, pid: int, every: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak_kb, self.largest_kb, self.stopped = pid, every, 0, 0, threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            self.peak_kb = max(self.peak_kb, preview.tree_rss_kb(self.pid))
            self.largest_kb = max(self.largest_kb, preview.largest_peak_kb(self.pid))


def _median(builds: list[Build]) -> Build:
    """The build of median wall time, with the largest memory and warnings of them all: the targets hold for every build."""
    middle = sorted(builds, key=lambda build: build.wall_s)[len(builds) // 2]
    worst = max(builds, key=lambda build: build.warnings)
    return replace(
        middle,
        peak_rss_mb=max(build.peak_rss_mb for build in builds),
        tree_peak_rss_mb_sampled=max(build.tree_peak_rss_mb_sampled for build in builds),
        warnings=worst.warnings,
        first_warnings=worst.first_warnings,
    )


def _mkdocs_build(project: Path, site: Path) -> Build:
    log = project / "build.log"
    code, wall, usage, tree_peak, largest = _run_measured(
        [sys.executable, "-m", "mkdocs", "build", "-d", str(site)], project, log
    )
    lines = log.read_text(encoding="utf-8").splitlines()
    if code != 0:
        raise SystemExit(f"mkdocs build failed in {project} (exit {code}):\n" + "\n".join(lines[-20:]))
    warnings = [line for line in lines if line.startswith("WARNING")]
    errors = [line for line in lines if line.startswith("ERROR")]
    if errors:
        raise SystemExit(f"mkdocs build in {project} logged errors:\n" + "\n".join(errors[:10]))
    indexed = [float(m) for line in lines for m in re.findall(_INDEXED, line)]
    waited = [float(m) for line in lines for m in re.findall(_WAITED, line)]
    generated = [float(m) for line in lines for m in re.findall(_GENERATED, line)]
    material_index = site / "search" / "search_index.json"
    index_files, index_bytes = _folder_stats(site / "pagefind")
    if material_index.exists():
        index_files, index_bytes = 1, material_index.stat().st_size
    size, files, html = _site_stats(site)
    return Build(
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=largest,
        site_bytes=size,
        site_files=files,
        html_pages=html,
        search_index_bytes=index_bytes,
        search_index_files=index_files,
        search_index_in_build_s=indexed[-1] if indexed else None,
        search_index_waited_s=waited[-1] if waited else None,
        archive_in_build_s=generated[-1] if generated else None,
        tree_peak_rss_mb_sampled=tree_peak,
        warnings=len(warnings),
        first_warnings=warnings[:5],
    )


_INDEXED = r"search index: [\d,]+ pages indexed in ([\d.]+) s"
_WAITED = r"search index: the build waited ([\d.]+) s for it"
"""build_scripts/search/index.py's log line once Pagefind has written the index."""
_GENERATED = r"pages to build, read and generated in ([\d.]+) s"
"""build_scripts/mkdocs/hook.py's log line once the archive's files are made."""


def index_command(project: Path, site: Path) -> list[str]:
    """The hook's search indexing (build_scripts/search/index.py) as a process of its own."""
    return [sys.executable, str(REPO / "benchmarks" / "index_alone.py"), str(project), str(site / "pagefind")]


def _index_alone(project: Path, site: Path) -> Indexing:
    """The hook's search indexing again, alone, into the built site (its index removed first)."""
    command = index_command(project, site)
    shutil.rmtree(site / "pagefind", ignore_errors=True)
    code, wall, usage, _, largest = _run_measured(command, project, project / "pagefind.log")
    if code != 0:
        raise SystemExit(f"{' '.join(command)} failed (exit {code}): see {project / 'pagefind.log'}")
    # Pagefind's own time, without loading the archive first (the build has it loaded already).
    logged = re.findall(_INDEXED, (project / "pagefind.log").read_text(encoding="utf-8"))
    wall = float(logged[-1]) if logged else wall
    files, size = _folder_stats(site / "pagefind")
    folders = {
        entry.name: _folder_stats(entry) if entry.is_dir() else (1, entry.stat().st_size)
        for entry in (site / "pagefind").iterdir()
    }
    grouped: dict[str, tuple[int, int]] = {}
    for name, (count, total) in folders.items():
        key = name if (site / "pagefind" / name).is_dir() else ("wasm" if name.startswith("wasm.") else "code and metadata")
        before = grouped.get(key, (0, 0))
        grouped[key] = (before[0] + count, before[1] + total)
    return Indexing(
        command=[Path(command[0]).name, *command[1:]],
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=largest,
        index_bytes=size,
        index_files=files,
        by_folder=grouped,
    )


def _existing(folder: Path) -> synthetic.SyntheticArchive:
    """An archive already written (`folder/articles/…`), as the generator would have given it: its bare pages are
    each article's title, paragraphs and credit line, as plain Markdown."""
    sources = read_sources(folder)
    loaded = load_archive(sources)
    if loaded.problems:
        shown = "\n".join(map(str, loaded.problems[:20]))
        many = f"{len(loaded.problems):,} problem" + ("s" if len(loaded.problems) > 1 else "")
        raise SystemExit(f"{folder}: {many}; the benchmark needs an archive that passes `check`:\n{shown}")
    if not loaded.articles:
        raise SystemExit(f"{folder}: no articles under {folder / 'articles'}")
    bare_pages = {"index.md": "# Bare baseline\n\nThe same article text as plain Markdown pages.\n"}
    for article in loaded.articles:
        raw = article.raw
        paragraphs = [paragraph.text for paragraph in raw.body + raw.trailer]
        bare_pages[str(Path(raw.path).with_suffix(".md"))] = "\n\n".join([f"# {raw.title}", *paragraphs]) + "\n"
    return synthetic.SyntheticArchive(
        {path: data for path, data in sources.items() if data is not None},  # none is a link: it passed `check`
        bare_pages,
        {article.id: article.language for article in loaded.articles},
        sum(len(paragraph.text.split()) for article in loaded.articles for paragraph in article.raw.body),
        sum(len(article.attributions) for article in loaded.articles),
    )


def _check(archive: synthetic.SyntheticArchive) -> None:
    """The benchmark is only meaningful if the pipeline accepts the synthetic archive in full."""
    loaded = load_archive(archive.sources)
    failures = [str(problem) for problem in loaded.problems]
    for article in loaded.articles:
        if not article.credits_parsed or any(credit.person is None for credit in article.credits):
            failures.append(f"{article.raw.path}: credit line not parsed or not linked to people.yml: {article.raw.trailer}")
        if article.language != archive.languages[article.id]:
            failures.append(f"{article.raw.path}: detected {article.language!r}, written in {archive.languages[article.id]!r}")
    if len(loaded.articles) != len(archive.languages):
        failures.append(f"{len(loaded.articles)} articles loaded, {len(archive.languages)} generated")
    if failures:
        shown = "\n".join(failures[:20])
        raise SystemExit(f"synthetic archive rejected ({len(failures)} failures), fix benchmarks/synthetic.py:\n{shown}")


def _time_stages(project: Path) -> tuple[dict[str, float], float, int, int]:
    """Wall time of each of our stages as a full build runs them, their total CPU time, and how many people and files.

    As in the hook: the garbage collector off, the work shared with a forked partner (its CPU included),
    and each page's HTML made from its blocks (in the build, when MkDocs renders the page). Loading and
    generating overlap on the two cores (site_build), so they are one stage; `records_ready` says when the
    search records were handed over (the search index starts then), from the start of that stage.
    """
    gc.collect()
    gc.disable()
    cpu = _cpu_with_children()
    start = time.perf_counter()
    files = read_sources(project)
    read_done = time.perf_counter()
    records_made: list[float] = []
    site = build_site(files, SITE, records_ready=lambda _: records_made.append(time.perf_counter()))
    build_done = time.perf_counter()
    links = Permalinks()
    for content in site.files.values():
        if isinstance(content, PageSource):
            content.html(links)
    end = time.perf_counter()
    for partner in multiprocessing.active_children():  # its CPU is counted once it is reaped
        partner.join()
    cpu = _cpu_with_children() - cpu
    gc.enable()
    times = {
        "read_sources": read_done - start,
        "build_site": build_done - read_done,
        "page_html": end - build_done,
    }
    return times | {"total": end - start, "records_ready": records_made[0] - read_done}, cpu, site.people, len(site.files)


def _one_core_parts(project: Path) -> dict[str, float]:
    """CPU time of each part of `build_site`'s work done in one process on one core, one part after another.

    What sharing the work between two processes divides: half their sum is the least `build_site` could take
    on two cores, however the work were split (`sharing_overhead` says how far it is from that).
    """
    files = read_sources(project)
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})  # one usable core: load_archive forks no worker
    gc.collect()
    gc.disable()
    try:
        parts: dict[str, float] = {}

        def timed(part: str, work: Callable[[], T]) -> T:
            start = time.process_time()
            result = work()
            parts[part] = time.process_time() - start
            return result

        archive = timed("load", lambda: load_archive(files))
        links = Links.of([Head.of(article) for article in archive.articles])
        timed("article pages", lambda: article_pages(archive.articles, archive.people, links, SITE))
        timed("annotation exports", lambda: export_files(archive.articles, archive.people, SITE))
        timed("search records", lambda: search_records(archive))
        timed("home, lists, feeds", lambda: _lists(archive))
        return parts
    finally:
        gc.enable()
        os.sched_setaffinity(0, cores)


def _lists(archive: Archive) -> None:
    listings = tuple(map(Listing.of, archive.articles))
    home_page(listings, archive.people, SITE)
    list_files(listings, archive.people, SITE)


def _cpu_with_children() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _profile(files: Mapping[str, bytes | None], top: int) -> str:
    profiler = cProfile.Profile()
    profiler.runcall(lambda: generate_pages(load_archive(files), SITE))
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


@dataclass(frozen=True)
class Options:
    """What to measure beyond the builds."""

    keep: bool = False
    profile: bool = False
    search: bool = True
    search_rotations: int | None = None
    preview: bool = False
    builds: int = 3
    """Builds of each project, alternately, and timings of our stages: their medians are reported (the machine is noisy)."""


def measure(archive: synthetic.SyntheticArchive, template: Path, options: Options, from_generator: bool = True) -> dict[str, Any]:
    """`from_generator`: the archive is a synthetic one, whose credits and languages the generator knows to check."""
    count = len(archive.languages)
    work = Path(tempfile.mkdtemp(prefix=f"bench-{count}-"))
    ours, bare = work / "archive", work / "bare"
    site, bare_site = work / "site", work / "bare-site"
    searched = previewed = profiled = None
    try:
        with _phase(f"writing the project of {count} articles and its bare baseline"):
            shutil.copytree(template, ours)
            _write(ours, archive.sources)
            _bare_project(template, bare, archive.bare_pages)
        if from_generator:
            with _phase(f"checking {count} articles with load_archive"):
                _check(archive)
        with _phase(f"timing our stages on {count} articles, {options.builds} times"):
            timings = sorted((_time_stages(ours) for _ in range(options.builds)), key=lambda timing: timing[0]["total"])
            stages, stages_cpu, people, generated = timings[len(timings) // 2]
        with _phase(f"timing each part of build_site on one core, {count} articles"):
            one_core = _one_core_parts(ours)
        if options.profile:
            with _phase(f"profiling load_archive + generate_pages on {count} articles"):
                profiled = _profile(read_sources(ours), 25)
        ours_built, bare_built = [], []
        for run in range(1, options.builds + 1):
            with _phase(f"mkdocs build {run}/{options.builds}, our project, {count} articles (Pagefind included)"):
                ours_built.append(_mkdocs_build(ours, site))
            with _phase(f"mkdocs build {run}/{options.builds}, bare baseline, {count} pages (Material's search)"):
                bare_built.append(_mkdocs_build(bare, bare_site))
        our_build, bare_build = _median(ours_built), _median(bare_built)
        with _phase(f"the hook's Pagefind command alone on the built site, {count} articles"):
            indexing = _index_alone(ours, site)
        newest = max(archive.languages)  # ids start with the date: the newest article, first on every list
        if options.search:
            queries = search.pick_queries(archive.sources, archive.languages)
            with _phase(f"searching both sites in Chromium, {count} articles: " + ", ".join(q.text for q in queries)):
                page = url_of(article_page_for(newest))
                searched = search.measure({"ours": site, "material": bare_site}, page, queries, options.search_rotations)
        if options.preview:
            with _phase(f"mkdocs serve on {count} articles, editing {newest}"):
                previewed = preview.measure(ours, newest)
    finally:
        if options.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work)
    # The index is written beside MkDocs: what it adds to the build's wall time is the wait for it at the end.
    waited = our_build.search_index_waited_s
    in_build = waited if waited is not None else (our_build.search_index_in_build_s or indexing.wall_s)
    without_index = our_build.wall_s - in_build
    without_index_cpu = our_build.cpu_s - indexing.cpu_s
    return {
        "articles": count,
        "words_per_article": archive.words / count,
        "quotes": archive.quotes,
        "people": people,
        "files_generated": generated,
        "stages_s": stages,
        "stages_cpu_s": stages_cpu,
        "stages_ms_per_article": {stage: 1000 * seconds / count for stage, seconds in stages.items()},
        "stages_runs_s": [timing[0]["total"] for timing in timings],
        "build_runs_s": [build.wall_s for build in ours_built],
        "bare_build_runs_s": [build.wall_s for build in bare_built],
        "one_core_cpu_s": one_core,
        "sharing_overhead": stages["build_site"] / (sum(one_core.values()) / 2),
        "stages_floor_share_of_build_wall": (stages["total"] - stages["build_site"] + sum(one_core.values()) / 2)
        / our_build.wall_s,
        "archive_in_build_share_of_build_wall": (our_build.archive_in_build_s or 0) / our_build.wall_s,
        "build": asdict(our_build),
        "bare_build": asdict(bare_build),
        "indexing": asdict(indexing),
        "build_ms_per_article": 1000 * our_build.wall_s / count,
        "build_cpu_ms_per_article": 1000 * our_build.cpu_s / count,
        "bare_build_ms_per_article": 1000 * bare_build.wall_s / count,
        "build_over_bare_wall": our_build.wall_s / bare_build.wall_s,
        "build_over_bare_cpu": our_build.cpu_s / bare_build.cpu_s,
        "build_without_index_s": without_index,
        "build_without_index_cpu_s": without_index_cpu,
        "mkdocs_rest_s": without_index - stages["total"],
        "build_without_index_over_bare_wall": without_index / bare_build.wall_s,
        "index_share_of_mkdocs_wall": in_build / without_index,
        "index_share_of_mkdocs_cpu": indexing.cpu_s / without_index_cpu,
        "stages_share_of_build_wall": stages["total"] / our_build.wall_s,
        "stages_share_of_build_cpu": stages_cpu / our_build.cpu_s,
        "search": searched,
        "preview": previewed,
        "profile": profiled,
    }


def growth(results: list[dict[str, Any]]) -> dict[str, float]:
    """Per-article cost at the largest size over the smallest: 1.0 is linear, above it superlinear."""
    first, last = results[0], results[-1]

    def ratio(figure: Callable[[dict[str, Any]], float]) -> float:
        return figure(last) / figure(first)

    return {
        "from_articles": first["articles"],
        "to_articles": last["articles"],
        "stages_per_article": ratio(lambda r: r["stages_s"]["total"] / r["articles"]),
        "stages_per_article_cpu": ratio(lambda r: r["stages_cpu_s"] / r["articles"]),
        "build_site_per_article": ratio(lambda r: r["stages_s"]["build_site"] / r["articles"]),
        "build_per_article": ratio(lambda r: r["build"]["wall_s"] / r["articles"]),
        "build_per_article_cpu": ratio(lambda r: r["build"]["cpu_s"] / r["articles"]),
        "bare_build_per_article": ratio(lambda r: r["bare_build"]["wall_s"] / r["articles"]),
        "bare_build_per_article_cpu": ratio(lambda r: r["bare_build"]["cpu_s"] / r["articles"]),
        "index_per_article": ratio(lambda r: r["indexing"]["wall_s"] / r["articles"]),
        "index_per_article_cpu": ratio(lambda r: r["indexing"]["cpu_s"] / r["articles"]),
    }


Row = Callable[[dict[str, Any]], str]
KB = 1024
MB = 1024 * 1024


def _stage(name: str) -> Row:
    return lambda r: f"{r['stages_s'][name]:.2f} ({r['stages_ms_per_article'][name]:.2f})"


def _both(key: str, scale: float = 1, digits: int = 0) -> Row:
    """Our build's figure / the bare build's."""
    return lambda r: f"{r['build'][key] / scale:.{digits}f} / {r['bare_build'][key] / scale:.{digits}f}"


def _maybe(cell: Row) -> Row:
    """A figure not measured at this size (no search, no preview) shows as a dash."""

    def shown(r: dict[str, Any]) -> str:
        try:
            return cell(r)
        except (KeyError, TypeError, ZeroDivisionError):
            return "–"

    return shown


def _pair(key: str, scale: float = 1, digits: int = 0) -> Row:
    """Ours / Material's."""

    def cell(r: dict[str, Any]) -> str:
        ours, material = r["search"]["ours"]["summary"][key], r["search"]["material"]["summary"][key]
        return f"{ours / scale:.{digits}f} / {material / scale:.{digits}f}"

    return _maybe(cell)


def _per_article(seconds: float, result: dict[str, Any]) -> str:
    return f"{seconds:.1f} ({1000 * seconds / result['articles']:.1f})"


def _seconds(value: float | None) -> str:
    return "never" if value is None else f"{value:.1f}"


def _edit(name: str, *pages: str) -> Row:
    return _maybe(lambda r: " / ".join(_seconds(r["preview"][name]["seconds"][page]) for page in pages))


def table(results: list[dict[str, Any]], grown: dict[str, float] | None) -> str:
    rows: list[tuple[str, Row]] = [
        ("words per article (mean)", lambda r: f"{r['words_per_article']:.0f}"),
        ("quotes / people", lambda r: f"{r['quotes']} / {r['people']}"),
        ("files generated by the hook", lambda r: str(r["files_generated"])),
        ("BUILD, time per stage", lambda r: ""),
        ("read_sources s (ms/article)", _stage("read_sources")),
        ("build_site = load+validate+render s (ms/art.)", _stage("build_site")),
        ("  search records ready after s (ms/article)", _stage("records_ready")),
        ("pages' HTML from their blocks s (ms/article)", _stage("page_html")),
        ("our stages s (ms/article)", _stage("total")),
        ("MkDocs, the rest s (ms/article), est.", lambda r: _per_article(r["mkdocs_rest_s"], r)),
        (
            "search index (Pagefind) in build s (ms/art.)",
            _maybe(lambda r: _per_article(r["build"]["search_index_in_build_s"], r)),
        ),
        ("mkdocs build, all s (ms/article)", lambda r: f"{r['build']['wall_s']:.1f} ({r['build_ms_per_article']:.1f})"),
        ("mkdocs build, all: CPU s (ms/article)", lambda r: f"{r['build']['cpu_s']:.1f} ({r['build_cpu_ms_per_article']:.1f})"),
        ("bare build s (ms/article)", lambda r: f"{r['bare_build']['wall_s']:.1f} ({r['bare_build_ms_per_article']:.1f})"),
        (
            "  each build, ours / bare s (median above)",
            _maybe(
                lambda r: (
                    " ".join(f"{t:.1f}" for t in r["build_runs_s"]) + " / " + " ".join(f"{t:.1f}" for t in r["bare_build_runs_s"])
                )
            ),
        ),
        ("  each timing of our stages s (median above)", _maybe(lambda r: " ".join(f"{t:.2f}" for t in r["stages_runs_s"]))),
        ("build / bare, wall (cpu)", lambda r: f"{r['build_over_bare_wall']:.2f} ({r['build_over_bare_cpu']:.2f})"),
        ("build without search index / bare, wall", lambda r: f"{r['build_without_index_over_bare_wall']:.2f}"),
        (
            "our stages / our build, wall (cpu)",
            lambda r: f"{r['stages_share_of_build_wall']:.0%} ({r['stages_share_of_build_cpu']:.0%})",
        ),
        (
            "  one core, CPU s: load/pages/exports/records/lists",
            _maybe(lambda r: " / ".join(f"{seconds:.2f}" for seconds in r["one_core_cpu_s"].values())),
        ),
        ("  build_site / half its one-core CPU", _maybe(lambda r: f"{r['sharing_overhead']:.2f}")),
        ("  our stages / build, build_site at that half", _maybe(lambda r: f"{r['stages_floor_share_of_build_wall']:.1%}")),
        (
            "  in the build (hook's log) s, / build",
            _maybe(lambda r: f"{r['build']['archive_in_build_s']:.1f}, {r['archive_in_build_share_of_build_wall']:.0%}"),
        ),
        ("SEARCH INDEX (the hook's Pagefind command alone)", lambda r: ""),
        ("Pagefind alone: wall s / CPU s", lambda r: f"{r['indexing']['wall_s']:.1f} / {r['indexing']['cpu_s']:.1f}"),
        (
            "Pagefind adds to MkDocs build, wall (cpu)",
            lambda r: f"{r['index_share_of_mkdocs_wall']:.0%} ({r['index_share_of_mkdocs_cpu']:.0%})",
        ),
        ("Pagefind peak RSS MB", lambda r: f"{r['indexing']['peak_rss_mb']:.0f}"),
        ("Pagefind index MB (files)", lambda r: f"{r['indexing']['index_bytes'] / MB:.1f} ({r['indexing']['index_files']})"),
        ("MEMORY AND OUTPUT", lambda r: ""),
        ("peak RSS MB, largest process: ours / bare", _both("peak_rss_mb")),
        ("peak RSS MB, all processes (sampled): ours / bare", _both("tree_peak_rss_mb_sampled")),
        ("site MB: ours / bare", _both("site_bytes", MB, 1)),
        ("site files: ours / bare", _both("site_files")),
        ("search index MB: ours / bare", _both("search_index_bytes", MB, 1)),
        ("build warnings: ours / bare", _both("warnings")),
        ("SEARCH IN CHROMIUM (ours / Material)", lambda r: ""),
        ("article page without search KB", _pair("page_bytes_without_search", KB)),
        ("first query KB, worst query", _pair("first_query_bytes_max", KB)),
        ("first query KB, median query", _pair("first_query_bytes_median", KB)),
        ("first query KB gzip est., worst", _pair("first_query_gzip_max", KB)),
        ("first query requests, worst", _pair("first_query_requests_max")),
        ("later query KB, worst", _pair("later_query_bytes_max", KB, 1)),
        ("later query KB, median", _pair("later_query_bytes_median", KB, 1)),
        ("first results ms after last key, median", _pair("first_results_ms_median")),
        ("first results ms after last key, worst", _pair("first_results_ms_max")),
        ("first results ms, worst first query", _pair("first_query_results_ms_max")),
        ("ratio ours/Material: first query bytes", _maybe(lambda r: f"{r['search']['ratios']['first_query_bytes_max']:.4f}")),
        ("ratio ours/Material: results ms median", _maybe(lambda r: f"{r['search']['ratios']['first_results_ms_median']:.2f}")),
        ("PREVIEW (mkdocs serve)", lambda r: ""),
        (
            "serve: first build s (CPU s)",
            _maybe(lambda r: f"{_seconds(r['preview']['first_build_s'])} ({r['preview']['first_serve_cpu_s']:.1f})"),
        ),
        (
            "text edit visible s: article / all 5 pages",
            _maybe(
                lambda r: " / ".join(
                    _seconds(t)
                    for t in (r["preview"]["text_edit"]["seconds"]["article"], r["preview"]["text_edit"]["all_pages_s"])
                )
            ),
        ),
        ("YAML edit visible s: article / person page", _edit("yaml_edit", "article", "person page")),
        (
            "serve rebuilds s (text, YAML)",
            _maybe(
                lambda r: ", ".join(
                    f"{t:.1f}" for t in r["preview"]["text_edit"]["rebuilds"] + r["preview"]["yaml_edit"]["rebuilds"]
                )
            ),
        ),
        (
            "serve CPU s per edit (text, YAML)",
            _maybe(lambda r: f"{r['preview']['text_edit']['cpu_s']:.1f}, {r['preview']['yaml_edit']['cpu_s']:.1f}"),
        ),
        (
            "pages correct after reload",
            _maybe(lambda r: f"{sum(r['preview']['correct_after_reload'].values())}/{len(r['preview']['correct_after_reload'])}"),
        ),
        (
            "serve peak RSS MB, all processes (sampled)",
            _maybe(lambda r: f"{r['preview']['server_tree_peak_rss_mb_sampled']:.0f}"),
        ),
    ]
    header = ["articles", *(str(r["articles"]) for r in results)]
    body = [[name, *(cell(r) for r in results)] for name, cell in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(line, widths, strict=True)))
        for line in [header, *body]
    ]
    lines.insert(1, "-" * len(lines[0]))
    if grown:
        lines += [
            "",
            f"per-article time at {grown['to_articles']} vs {grown['from_articles']} articles, wall (cpu); 1.00 = linear:",
            (
                f"  our stages {grown['stages_per_article']:.2f} ({grown['stages_per_article_cpu']:.2f}): "
                f"build_site {grown['build_site_per_article']:.2f}"
            ),
            (
                f"  mkdocs build {grown['build_per_article']:.2f} ({grown['build_per_article_cpu']:.2f}), "
                f"bare build {grown['bare_build_per_article']:.2f} ({grown['bare_build_per_article_cpu']:.2f}), "
                f"Pagefind alone {grown['index_per_article']:.2f} ({grown['index_per_article_cpu']:.2f})"
            ),
        ]
    for result in results:
        if result.get("search"):
            lines += ["", *query_table(result)]
    return "\n".join(lines)


def query_table(result: dict[str, Any]) -> list[str]:
    """Each query at one size: what each search found, how fast, how many bytes."""
    ours, material = result["search"]["ours"]["summary"]["by_query"], result["search"]["material"]["summary"]["by_query"]
    head = ["query", "kind", "found", "ms ours", "ms Material", "1st KB", "later KB ours"]
    rows = [head]
    for query, mine in ours.items():
        theirs = material.get(query, {})
        rows.append(
            [
                query,
                mine["kind"],
                f"{_found(mine['status'])} / {_found(theirs.get('status', ''))}",
                " ".join("–" if ms is None else f"{ms:.0f}" for ms in mine["ms"]),
                " ".join("–" if ms is None else f"{ms:.0f}" for ms in theirs.get("ms", [])),
                " / ".join(_kb(side.get("first_query_bytes")) for side in (mine, theirs)),
                " ".join(f"{b / KB:.0f}" for b in mine.get("later_query_bytes", [])),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    out = [
        f"queries at {result['articles']} articles, on {result['search']['page']} "
        f"(found: ours / Material; ms: from the last key, one figure per query set; KB: ours / Material):"
    ]
    out += ["  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip() for row in rows]
    for engine in ("ours", "material"):
        for which in ("first", "later"):
            worst = result["search"][engine]["summary"].get(f"worst_{which}_query")
            if worst and worst["by_kind"]:
                kinds = ", ".join(f"{kind} {size / KB:.0f}" for kind, size in worst["by_kind"].items())
                out.append(f"  worst {which} query, {engine} ({worst['query']}, {worst['requests']} requests), KB: {kinds}")
    return out


def _kb(size: float | None) -> str:
    return "–" if size is None else f"{size / KB:.0f}"


def _found(status: str) -> str:
    number = re.match(r"\s*(\d[\d.,]*k?)", status)  # Material abbreviates: "2.3k matching documents"
    return number.group(1) if number else ("0" if status else "?")


def _ours(result: dict[str, Any], key: str) -> float:
    return result["search"]["ours"]["summary"][key]


TARGETS = (
    # name, where it comes from, figure (None: not measured), limit, unit
    ("build time at the size", "about a minute", lambda r: r["build"]["wall_s"], 60, "s"),
    ("the build / bare MkDocs (wall), search included", "≤ 1.3×", lambda r: r["build_over_bare_wall"], 1.3, "×"),
    ("peak memory, largest process of the build", "≤ 1 GB", lambda r: r["build"]["peak_rss_mb"] * MB / 1e9, 1, "GB"),
    ("search index adds to MkDocs build (wall)", "≤ 50 %", lambda r: 100 * r["index_share_of_mkdocs_wall"], 50, "%"),
    ("first query bytes, worst query", "≤ 400 KB", lambda r: _ours(r, "first_query_bytes_max") / KB, 400, "KB"),
    ("later query bytes, worst", "≤ 100 KB", lambda r: _ours(r, "later_query_bytes_max") / KB, 100, "KB"),
    ("first results after the last key, worst", "≤ 0.5 s", lambda r: _ours(r, "first_results_ms_max") / 1000, 0.5, "s"),
    ("text edit visible on every page", "≤ 2 s", lambda r: r["preview"]["text_edit"]["all_pages_s"], 2, "s"),
    ("YAML edit visible on every page", "≤ 2 s", lambda r: r["preview"]["yaml_edit"]["all_pages_s"], 2, "s"),
)


GROWTH_TARGETS = (
    ("our stages per article, largest size / smallest", "≤ 1.2×", "stages_per_article", 1.2),
    ("the build per article, largest size / smallest", "≤ 1.2×", "build_per_article", 1.2),
)


def targets(results: list[dict[str, Any]], grown: dict[str, float] | None = None) -> list[dict[str, Any]]:
    """The issues' targets, checked at the largest size that measured each figure (growth: over all sizes)."""
    checked = []
    for name, wanted, figure, limit, unit in TARGETS:
        for result in reversed(results):
            try:
                value = figure(result)
            except (KeyError, TypeError):
                continue
            checked.append(
                {
                    "target": name,
                    "wanted": wanted,
                    "articles": result["articles"],
                    "value": value,
                    "unit": unit,
                    "met": value is not None and value <= limit,
                }
            )
            break
    for name, wanted, key, limit in GROWTH_TARGETS:
        if grown is None:
            break
        checked.append(
            {
                "target": name,
                "wanted": wanted,
                "articles": grown["to_articles"],
                "value": grown[key],
                "unit": "×",
                "met": grown[key] <= limit,
            }
        )
    return checked


_DIGITS = {"KB": 0, "%": 1}


def targets_text(checked: list[dict[str, Any]]) -> str:
    lines = ["targets (at the largest size measured):"]
    for t in checked:
        value = "never" if t["value"] is None else f"{t['value']:.{_DIGITS.get(t['unit'], 2)}f} {t['unit']}"
        lines.append(f"  {'met   ' if t['met'] else 'MISSED'}  {t['target']} at {t['articles']}: {value} (target {t['wanted']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles",
        type=int,
        nargs="+",
        default=None,
        metavar="N",
        help="archive sizes (default: 1000 5000 10000)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="one small run of 200 articles, every figure, to check the benchmark itself"
    )
    parser.add_argument("--output", type=Path, default=REPO / "benchmark-output" / "results.json", help="JSON results file")
    parser.add_argument(
        "--corpus", type=Path, default=REPO.parent / "shared" / "corpus", help="real texts in en/ and id/ to sample words from"
    )
    parser.add_argument(
        "--archive", type=Path, metavar="DIR",
        help="measure the archive in DIR/articles (one that passes `check`, such as this repository's) instead of synthetic ones",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic archives (default: 1)")
    parser.add_argument(
        "--builds", type=int, default=3, metavar="K",
        help="builds of each project, alternately, and timings of our stages, at each size: medians reported (default: 3)",
    )  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="keep each synthetic project and its built sites")
    parser.add_argument("--profile", action="store_true", help="cProfile load_archive + generate_pages at the smallest size")
    parser.add_argument("--no-search", action="store_true", help="skip the search measurements in Chromium")
    parser.add_argument(
        "--search-sets", type=int, default=None, metavar="K",
        help="query sets per site (each starts with another query; default: one per query, 6)",
    )  # fmt: skip
    parser.add_argument(
        "--preview-articles", type=int, default=None, metavar="N",
        help="the size at which to measure mkdocs serve (one of --articles; default: the largest; 0: none)",
    )  # fmt: skip
    parser.add_argument("--report", type=Path, metavar="JSON", help="print the table of an earlier run's results file, and stop")
    args = parser.parse_args(argv)
    if args.report:
        earlier = json.loads(args.report.read_text(encoding="utf-8"))
        print(table(earlier["sizes"], earlier["growth"]))
        print()
        print(targets_text(targets(earlier["sizes"], earlier["growth"])))
        return 0
    if args.builds < 1:
        parser.error(f"--builds {args.builds}: at least one build is needed")
    if args.archive and (args.articles or args.quick):
        parser.error("--archive is measured at its own size: leave out --articles and --quick")
    existing = None
    if args.archive:
        with _phase(f"reading the archive in {args.archive}"):
            existing = _existing(args.archive)
    sizes = [len(existing.languages)] if existing else [200] if args.quick else sorted(set(args.articles or [1000, 5000, 10000]))
    preview_at = sizes[-1] if args.preview_articles is None else args.preview_articles
    if preview_at and preview_at not in sizes:
        parser.error(f"--preview-articles {preview_at} is not one of the sizes {sizes}")

    vocabularies = None if existing else synthetic.load_vocabularies(args.corpus)
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-project-") as folder:
        template = Path(folder) / "project"
        _snapshot(template)
        for n in sizes:
            options = Options(
                keep=args.keep,
                profile=args.profile and n == sizes[0],
                search=not args.no_search,
                search_rotations=args.search_sets or (2 if args.quick else None),
                preview=n == preview_at,
                builds=args.builds,
            )
            if existing:
                results.append(measure(existing, template, options, from_generator=False))
            else:
                assert vocabularies is not None  # made whenever no archive is given
                with _phase(f"generating {n} articles"):
                    archive = synthetic.generate(n, args.seed, vocabularies)
                results.append(measure(archive, template, options))
            _save(args, results, None, [])  # a long run keeps what it has measured so far
    grown = growth(results) if len(results) > 1 else None
    checked = targets(results, grown)
    print(table(results, grown))
    print()
    print(targets_text(checked))
    for result in results:
        if result["profile"]:
            print(f"\nProfile of load_archive + generate_pages, {result['articles']} articles (by cumulative time):")
            print(result["profile"])
    _save(args, results, grown, checked)
    print(f"\nresults written to {args.output}", file=sys.stderr)
    return 0


def _save(
    args: argparse.Namespace, results: list[dict[str, Any]], grown: dict[str, float] | None, checked: list[dict[str, Any]]
) -> None:
    report = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "archive": str(args.archive) if args.archive else None,
        "seed": args.seed,
        "peak_memory": PEAK_MEMORY_METHOD,
        "sizes": results,
        "growth": grown,
        "targets": checked,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
