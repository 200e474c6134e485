"""A full build spreads per-article work over forked processes: the archive and pages are the same."""

from __future__ import annotations

import os
import threading

import pytest

from build_scripts import parallel
from build_scripts.archive import load_archive
from build_scripts.generate import generate_pages
from build_scripts.sources import read_sources
from support import REPO


def test_results_come_back_in_order_from_every_process() -> None:
    items = list(range(1000))
    results = parallel.ordered_map(lambda n: (n, n * n, os.getpid()), items, processes=3)
    assert [(n, square) for n, square, _ in results] == [(n, n * n) for n in items]
    assert len({pid for _, _, pid in results}) == 3


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


def test_a_parallel_build_is_the_serial_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """The repository's own archive, loaded and rendered on several cores and on one."""
    files = read_sources(REPO)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    monkeypatch.setattr(parallel, "PART", 4)
    archive = load_archive(files)
    pages = generate_pages(archive)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 10**9)
    serial = load_archive(files)
    assert len(serial.articles) > 2 * parallel.PART
    assert archive == serial and pages == generate_pages(serial)
