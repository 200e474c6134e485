"""A full build spreads per-article work over forked processes: the archive and pages are the same."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from build_scripts import parallel
from support import REPO


def _in_fresh_interpreter(code: str) -> tuple[int, str, str]:
    """Runs `code` in a new Python: pytest's own process may have threads left by other tests, and then nothing forks."""
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    return run.returncode, run.stdout.strip(), run.stderr


def test_results_come_back_in_order_from_every_process() -> None:
    code = (
        "import os; from build_scripts import parallel; items = list(range(1000)); "
        "results = parallel.ordered_map(lambda n: (n, n * n, os.getpid()), items, processes=2); "
        "assert [(n, s) for n, s, _ in results] == [(n, n * n) for n in items], 'order'; "
        "print(len({pid for _, _, pid in results}))"
    )
    status, shown, errors = _in_fresh_interpreter(code)
    assert (status, shown) == (0, "2"), errors


def test_no_fork_while_another_thread_runs() -> None:
    """Forking copies only the calling thread: locks another thread holds would stay locked in the child."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        pids = parallel.ordered_map(lambda _: os.getpid(), range(500), processes=2)
    finally:
        stop.set()
        other.join()
    assert set(pids) == {os.getpid()}


def test_a_parallel_build_is_the_serial_build() -> None:
    """The repository's own archive, loaded and rendered on several cores and on one."""
    code = (
        "from pathlib import Path; from build_scripts import parallel; "
        "from build_scripts.archive import load_archive; from build_scripts.generate import generate_site; "
        "from build_scripts.sources import read_sources; files = read_sources(Path('.')); "
        "parallel.MIN_ITEMS = 2; archive = load_archive(files); site = generate_site(archive); "
        "parallel.MIN_ITEMS = 10**9; serial = load_archive(files); "
        "assert len(serial.articles) > 8 and archive == serial and site == generate_site(serial); print('same')"
    )
    status, shown, errors = _in_fresh_interpreter(code)
    assert (status, shown) == (0, "same"), errors


@pytest.mark.parametrize(
    ("failure", "reported"),
    [
        ("raise ValueError('no sevens')", "ValueError: no sevens"),
        ("os._exit(3)", "a build worker ended before sending its results (exit code 3)"),
    ],
    ids=["raises", "dies"],
)
def test_a_worker_that_fails_or_dies_fails_the_map_and_says_how(failure: str, reported: str) -> None:
    """Never a hang, never a result missing: the map fails with the worker's traceback, or its exit code."""
    code = (
        "import os; from build_scripts import parallel\n"
        "def run(n):\n"
        f"    if n == 7: {failure}\n"
        "    return n\n"
        "try: parallel.ordered_map(run, range(1000), processes=2)\n"
        "except parallel.WorkerError as error: print(str(error).splitlines()[-1])\n"
    )
    status, shown, errors = _in_fresh_interpreter(code)
    assert (status, shown) == (0, reported), errors


def test_beside_runs_each_side_in_its_own_process_and_neither_forks_again() -> None:
    code = (
        "import os; from build_scripts import parallel; "
        "pids = lambda: set(parallel.ordered_map(lambda _: os.getpid(), range(1000), processes=2)); "
        "here, there = parallel.beside(pids, pids, processes=2); "
        "assert here == {os.getpid()} and len(there) == 1 and there != here, (here, there); "
        "assert len(pids()) == 2; print('ok')"
    )
    status, shown, errors = _in_fresh_interpreter(code)
    assert (status, shown) == (0, "ok"), errors
