"""`mkdocs serve` on a synthetic archive: how long an edit to one article takes to show, on every page it touches.

The server is started in the synthetic project as an editor would (`python -m mkdocs serve`, live reload on).
Once it serves, the newest article (so it is on the home page and first on its lists) is edited twice, each
time as one file write: its text (a word in its title, a word added to the paragraph of its first quote),
then its annotations (the role of its first quote). After each write, every page that should change is
fetched over HTTP every POLL_S until it shows the change: the article, the first quote's speaker's page, the
article's first topic's page, its month page and the home page. Times are from the write to the first answer
that shows it; a page that must not change (for the role: the lists, which do not print roles) is checked
again at the end to still hold the new title.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import yaml

from build_scripts import site_paths
from build_scripts.model import Person

POLL_S = 0.1
READY_TIMEOUT_S = 1800
"""For the first build of the server: 10,000 articles take minutes."""
STOP_TIMEOUT_S = 20
TITLE_WORD = "Benchtitleedit"
TEXT_WORD = "Benchtextedit"
ROLE = "benchmark role edited"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, timeout: float = 30) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError):
        return 0, ""


class _Sampler(threading.Thread):
    """Largest summed resident memory of a process tree, sampled from /proc (every process the server starts)."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak_kb, self.stopped = pid, every, 0, threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.pid))


def _descendants(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    pending += [int(child) for child in children.read().split()]
        except OSError:
            continue
    return found


def tree_rss_kb(pid: int) -> int:
    total = 0
    for member in _descendants(pid):
        try:
            with open(f"/proc/{member}/status") as status:
                total += next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
        except OSError:
            continue
    return total


def largest_peak_kb(pid: int) -> int:
    """The largest VmHWM (each process's own peak resident memory) among a process and its descendants."""
    largest = 0
    for member in _descendants(pid):
        try:
            with open(f"/proc/{member}/status") as status:
                largest = max(largest, next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0))
        except OSError:
            continue
    return largest


def tree_cpu_s(pid: int) -> float:
    """CPU time of a process, of the children it has waited for (Pagefind runs), and of its live descendants."""
    ticks = 0
    for number, member in enumerate(_descendants(pid)):
        try:
            with open(f"/proc/{member}/stat") as stat:
                fields = stat.read().rpartition(")")[2].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
        if number == 0:
            ticks += int(fields[13]) + int(fields[14])  # cutime, cstime: children waited for
    return ticks / os.sysconf("SC_CLK_TCK")


def _wait_for(
    checks: dict[str, tuple[str, Any]], started: float, timeout: float, process: subprocess.Popen
) -> dict[str, float | None]:
    """Polls each page until its check passes; seconds from `started` to the first passing answer (None: timed out)."""
    seen: dict[str, float | None] = dict.fromkeys(checks)
    deadline = started + timeout
    while any(value is None for value in seen.values()) and time.perf_counter() < deadline and process.poll() is None:
        for name, (url, passes) in checks.items():
            if seen[name] is None:
                status, body = _get(url)
                if status == 200 and passes(body):
                    seen[name] = time.perf_counter() - started
        time.sleep(POLL_S)
    return seen


def _built_times(log: Path) -> list[float]:
    text = log.read_text(encoding="utf-8", errors="replace")
    return [float(x) for x in re.findall(r"Documentation built in ([\d.]+) seconds", text)]


def measure(project: Path, article_id: str, edit_timeout: float | None = None) -> dict[str, Any]:
    """Starts `mkdocs serve` in `project`, edits `article_id` twice, measures; always stops the server."""
    stem = project / "articles" / article_id[:4] / article_id
    txt, yml = stem.with_suffix(".txt"), stem.with_suffix(".yml")
    annotations = yaml.safe_load(yml.read_text(encoding="utf-8"))
    first = annotations["quotes"][0]
    speaker, quote, tag = first["speaker"], first["quote"], annotations["tags"][0]
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    pages = {
        "article": site_paths.url_of(site_paths.article_page_for(article_id)),
        "person page": site_paths.url_of(site_paths.registry_page(Person(speaker, speaker))),
        "topic page": site_paths.url_of(site_paths.topic_page(tag)),
        "month page": site_paths.url_of(site_paths.month_page(int(article_id[:4]), int(article_id[5:7]))),
        "home page": "",
    }
    log = project / "serve.log"
    report: dict[str, Any] = {"article": article_id, "pages": pages, "speaker": speaker, "tag": tag, "port": port}
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    sampler = _Sampler(process.pid)
    sampler.start()
    try:
        title = txt.read_text(encoding="utf-8").split("\n", 1)[0]
        ready = _wait_for({"article": (base + pages["article"], lambda body: "<h1" in body)}, started, READY_TIMEOUT_S, process)
        if ready["article"] is None:
            raise RuntimeError(f"mkdocs serve did not serve {pages['article']} within {READY_TIMEOUT_S} s; see {log}")
        report["first_serve_s"] = ready["article"]
        report["first_serve_cpu_s"] = tree_cpu_s(process.pid)
        built = _built_times(log)
        report["first_build_s"] = built[-1] if built else None
        timeout = edit_timeout or max(120.0, 4 * report["first_serve_s"])
        report["edit_timeout_s"] = timeout

        # 1. The text: a word of the title, a word before the first quote's paragraph's opening words.
        paragraphs = txt.read_text(encoding="utf-8").split("\n\n")  # the title first
        index = next(i for i, p in enumerate(paragraphs) if i and quote in p)
        paragraphs[index] = f"{TEXT_WORD} {paragraphs[index]}"
        paragraphs[0] = " ".join([TITLE_WORD, *paragraphs[0].split(" ")[1:]])
        has_title = lambda body: TITLE_WORD in body  # noqa: E731
        checks = {name: (base + url, has_title) for name, url in pages.items()}
        checks["article"] = (base + pages["article"], lambda body: TITLE_WORD in body and TEXT_WORD in body)
        report["text_edit"] = {
            "changed": f"title word {title.split(' ')[0]!r} → {TITLE_WORD!r}; {TEXT_WORD!r} added to the paragraph of quote 1",
            **_timed_edit(txt, "\n\n".join(paragraphs), checks, log, timeout, process),
        }

        # 2. The annotations: the role of the first quote (printed on the article and the speaker's page).
        source = yml.read_text(encoding="utf-8")
        old_role = first.get("role")
        line = re.search(r"(?m)^(\s*)role: .*$", source)
        if line is None:
            raise RuntimeError(f"no role line in {yml}")
        has_role = lambda body: ROLE in body  # noqa: E731
        checks = {"article": (base + pages["article"], has_role), "person page": (base + pages["person page"], has_role)}
        edited = source[: line.start()] + f"{line.group(1)}role: {ROLE}" + source[line.end() :]
        report["yaml_edit"] = {
            "changed": f"role of quote 1 {old_role!r} → {ROLE!r}",
            **_timed_edit(yml, edited, checks, log, timeout, process),
        }
        # After both reloads, every dependent page holds the new state.
        final = {name: _get(base + url) for name, url in pages.items()}
        report["correct_after_reload"] = {
            name: status == 200 and TITLE_WORD in body and (ROLE in body if name in ("article", "person page") else True)
            for name, (status, body) in final.items()
        }
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        problems = [line for line in lines if line.startswith(("WARNING", "ERROR"))]
        report["log_problems"] = problems[:10]
    finally:
        report |= _stop(process, sampler)
    for edit in ("text_edit", "yaml_edit"):
        if edit in report:
            times = report[edit]["seconds"].values()
            report[edit]["all_pages_s"] = None if None in times else max(times)
    return report


def _timed_edit(
    path: Path, text: str, checks: dict[str, tuple[str, Any]], log: Path, timeout: float, process: subprocess.Popen
) -> dict[str, Any]:
    """Write `text` to `path` in one write, then time each page until it shows the edit; the CPU and rebuilds it cost."""
    builds_before = len(_built_times(log))
    cpu = tree_cpu_s(process.pid)
    written = time.perf_counter()
    path.write_text(text, encoding="utf-8")
    seconds = _wait_for(checks, written, timeout, process)
    cpu_s = tree_cpu_s(process.pid) - cpu
    time.sleep(1)  # the server logs the build's time just after it reloads the pages
    return {"seconds": seconds, "cpu_s": cpu_s, "rebuilds": _built_times(log)[builds_before:]}


def _stop(process: subprocess.Popen, sampler: _Sampler) -> dict[str, Any]:
    """Ctrl+C to the server's process group, then firmer signals; bounded waits. Peak memory of its tree."""
    for sent in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sent)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
    sampler.stopped.set()
    sampler.join(timeout=5)
    return {"server_exit": process.returncode, "server_tree_peak_rss_mb_sampled": sampler.peak_kb / 1024}
