"""Time the archive build on synthetic archives of growing size, against a bare MkDocs baseline.

For each size N: generate N articles in the real formats, check the pipeline finds no problem in
them, time our stages in-process, then run `mkdocs build` on our project (the real hook) and on a
bare Material project holding the same text as plain pages. Results go to stdout as a table and
to a JSON file. Example: .venv/bin/python -m benchmarks.run --articles 1000 5000
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # also run as `python benchmarks/run.py`

import yaml  # noqa: E402
from mkdocs.utils.yaml import yaml_load  # noqa: E402

from benchmarks import synthetic  # noqa: E402
from build_scripts.archive import load_archive  # noqa: E402
from build_scripts.generate import generate_pages  # noqa: E402
from build_scripts.sources import read_sources  # noqa: E402

NOT_COPIED = {"articles", "site", "node_modules", "benchmark-output", "benchmarks", "tests", "test-results"}
"""Top-level entries left out of the copy of the project: its sources, outputs and local tools; hidden ones too."""
PEAK_MEMORY_METHOD = "ru_maxrss of the mkdocs process alone, from os.wait4 on its pid"


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
    warnings: int
    first_warnings: list[str]


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


def _mkdocs_build(project: Path, site: Path) -> Build:
    log = project / "build.log"
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "-d", str(site)], cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    lines = log.read_text(encoding="utf-8").splitlines()
    if process.returncode != 0:
        raise SystemExit(f"mkdocs build failed in {project} (exit {process.returncode}):\n" + "\n".join(lines[-20:]))
    warnings = [line for line in lines if line.startswith("WARNING")]
    index = site / "search" / "search_index.json"
    size, files, html = _site_stats(site)
    return Build(
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
        site_bytes=size,
        site_files=files,
        html_pages=html,
        search_index_bytes=index.stat().st_size if index.exists() else 0,
        warnings=len(warnings),
        first_warnings=warnings[:5],
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
    """Wall time of each of our stages as the hook runs them, their total CPU time, and how many people and files."""
    gc.collect()
    cpu = time.process_time()
    start = time.perf_counter()
    files = read_sources(project)
    read_done = time.perf_counter()
    archive = load_archive(files)
    load_done = time.perf_counter()
    pages = generate_pages(archive)
    end = time.perf_counter()
    cpu = time.process_time() - cpu
    times = {"read_sources": read_done - start, "load_archive": load_done - read_done, "generate_pages": end - load_done}
    return times | {"total": end - start}, cpu, len(archive.people), len(pages)


def _profile(files: Mapping[str, bytes], top: int) -> str:
    profiler = cProfile.Profile()
    profiler.runcall(lambda: generate_pages(load_archive(files)))
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def measure(
    count: int, template: Path, seed: int, vocabularies: dict[str, synthetic.Vocabulary], keep: bool, profile: bool
) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix=f"bench-{count}-"))
    ours, bare = work / "archive", work / "bare"
    try:
        with _phase(f"generating {count} articles"):
            archive = synthetic.generate(count, seed, vocabularies)
            shutil.copytree(template, ours)
            _write(ours, archive.sources)
            _bare_project(template, bare, archive.bare_pages)
        with _phase(f"checking {count} articles with load_archive"):
            _check(archive)
        with _phase(f"timing our stages on {count} articles"):
            stages, stages_cpu, people, generated = _time_stages(ours)
        profiled = None
        if profile:
            with _phase(f"profiling load_archive + generate_pages on {count} articles"):
                profiled = _profile(read_sources(ours), 25)
        with _phase(f"mkdocs build, our project, {count} articles"):
            our_build = _mkdocs_build(ours, work / "site")
        with _phase(f"mkdocs build, bare baseline, {count} pages"):
            bare_build = _mkdocs_build(bare, work / "bare-site")
    finally:
        if keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work)
    return {
        "articles": count,
        "words_per_article": archive.words / count,
        "quotes": archive.quotes,
        "people": people,
        "files_generated": generated,
        "stages_s": stages,
        "stages_cpu_s": stages_cpu,
        "stages_ms_per_article": {stage: 1000 * seconds / count for stage, seconds in stages.items()},
        "build": asdict(our_build),
        "bare_build": asdict(bare_build),
        "build_ms_per_article": 1000 * our_build.wall_s / count,
        "bare_build_ms_per_article": 1000 * bare_build.wall_s / count,
        "build_over_bare_wall": our_build.wall_s / bare_build.wall_s,
        "build_over_bare_cpu": our_build.cpu_s / bare_build.cpu_s,
        "stages_share_of_build_wall": stages["total"] / our_build.wall_s,
        "stages_share_of_build_cpu": stages_cpu / our_build.cpu_s,
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
        "load_archive_per_article": ratio(lambda r: r["stages_s"]["load_archive"] / r["articles"]),
        "generate_pages_per_article": ratio(lambda r: r["stages_s"]["generate_pages"] / r["articles"]),
        "build_per_article": ratio(lambda r: r["build"]["wall_s"] / r["articles"]),
        "build_per_article_cpu": ratio(lambda r: r["build"]["cpu_s"] / r["articles"]),
        "bare_build_per_article": ratio(lambda r: r["bare_build"]["wall_s"] / r["articles"]),
        "bare_build_per_article_cpu": ratio(lambda r: r["bare_build"]["cpu_s"] / r["articles"]),
    }


Row = Callable[[dict[str, Any]], str]


def _stage(name: str) -> Row:
    return lambda r: f"{r['stages_s'][name]:.2f} ({r['stages_ms_per_article'][name]:.2f})"


def _both(key: str, scale: float = 1, digits: int = 0) -> Row:
    """Our build's figure / the bare build's."""
    return lambda r: f"{r['build'][key] / scale:.{digits}f} / {r['bare_build'][key] / scale:.{digits}f}"


def table(results: list[dict[str, Any]], grown: dict[str, float] | None) -> str:
    mb = 1024 * 1024
    rows: list[tuple[str, Row]] = [
        ("words per article (mean)", lambda r: f"{r['words_per_article']:.0f}"),
        ("quotes / people", lambda r: f"{r['quotes']} / {r['people']}"),
        ("files generated by the hook", lambda r: str(r["files_generated"])),
        ("read_sources s (ms/article)", _stage("read_sources")),
        ("load_archive s (ms/article)", _stage("load_archive")),
        ("generate_pages s (ms/article)", _stage("generate_pages")),
        ("our stages s (ms/article)", _stage("total")),
        ("mkdocs build s (ms/article)", lambda r: f"{r['build']['wall_s']:.1f} ({r['build_ms_per_article']:.1f})"),
        ("bare build s (ms/article)", lambda r: f"{r['bare_build']['wall_s']:.1f} ({r['bare_build_ms_per_article']:.1f})"),
        ("build / bare, wall (cpu)", lambda r: f"{r['build_over_bare_wall']:.2f} ({r['build_over_bare_cpu']:.2f})"),
        (
            "our stages / our build, wall (cpu)",
            lambda r: f"{r['stages_share_of_build_wall']:.0%} ({r['stages_share_of_build_cpu']:.0%})",
        ),
        ("peak RSS MB: ours / bare", _both("peak_rss_mb")),
        ("site MB: ours / bare", _both("site_bytes", mb, 1)),
        ("site files: ours / bare", _both("site_files")),
        ("search index MB: ours / bare", _both("search_index_bytes", mb, 1)),
        ("build warnings: ours / bare", _both("warnings")),
    ]
    header = ["articles", *(str(r["articles"]) for r in results)]
    body = [[name, *(cell(r) for r in results)] for name, cell in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(line, widths)))
        for line in [header, *body]
    ]
    lines.insert(1, "-" * len(lines[0]))
    if grown:
        lines += [
            "",
            f"per-article time at {grown['to_articles']} vs {grown['from_articles']} articles, wall (cpu); 1.00 = linear:",
            (
                f"  our stages {grown['stages_per_article']:.2f} ({grown['stages_per_article_cpu']:.2f}): "
                f"load_archive {grown['load_archive_per_article']:.2f}, generate_pages {grown['generate_pages_per_article']:.2f}"
            ),
            (
                f"  mkdocs build {grown['build_per_article']:.2f} ({grown['build_per_article_cpu']:.2f}), "
                f"bare build {grown['bare_build_per_article']:.2f} ({grown['bare_build_per_article_cpu']:.2f})"
            ),
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles",
        type=int,
        nargs="+",
        default=[1000, 5000, 10000],
        metavar="N",
        help="archive sizes (default: 1000 5000 10000)",
    )
    parser.add_argument("--quick", action="store_true", help="one small run of 200 articles, to check the benchmark itself")
    parser.add_argument("--output", type=Path, default=REPO / "benchmark-output" / "results.json", help="JSON results file")
    parser.add_argument(
        "--corpus", type=Path, default=REPO.parent / "shared" / "corpus", help="real texts in en/ and id/ to sample words from"
    )
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic archives (default: 1)")
    parser.add_argument("--keep", action="store_true", help="keep each synthetic project and its built sites")
    parser.add_argument("--profile", action="store_true", help="cProfile load_archive + generate_pages at the smallest size")
    args = parser.parse_args(argv)
    sizes = [200] if args.quick else sorted(set(args.articles))

    vocabularies = synthetic.load_vocabularies(args.corpus)
    with tempfile.TemporaryDirectory(prefix="bench-project-") as folder:
        template = Path(folder) / "project"
        _snapshot(template)
        results = [measure(n, template, args.seed, vocabularies, args.keep, args.profile and n == sizes[0]) for n in sizes]
    grown = growth(results) if len(results) > 1 else None
    print(table(results, grown))
    for result in results:
        if result["profile"]:
            print(f"\nProfile of load_archive + generate_pages, {result['articles']} articles (by cumulative time):")
            print(result["profile"])
    report = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "seed": args.seed,
        "peak_memory": PEAK_MEMORY_METHOD,
        "sizes": results,
        "growth": grown,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nresults written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
