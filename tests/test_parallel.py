"""A full build spreads per-article work over forked processes: the archive and pages are the same."""

from __future__ import annotations

import threading

import pytest

from benchmarks.synthetic import generate, load_vocabularies
from build_scripts import parallel
from build_scripts.archive import load_archive
from build_scripts.generate import generate_pages
from support import REPO

CORPUS = REPO.parent / "shared" / "corpus"


def test_results_come_back_in_order_from_every_process() -> None:
    items = list(range(1000))
    assert parallel.ordered_map(lambda n: (n, n * n), items, processes=3) == [(n, n * n) for n in items]


def test_no_fork_while_another_thread_runs() -> None:
    """Forking copies only the calling thread: locks another thread holds would stay locked in the child."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        pids = parallel.ordered_map(lambda _: __import__("os").getpid(), range(500), processes=2)
    finally:
        stop.set()
        other.join()
    assert set(pids) == {__import__("os").getpid()}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus for the synthetic archive")
def test_a_parallel_build_is_the_serial_build(monkeypatch: pytest.MonkeyPatch) -> None:
    files = generate(2 * parallel.MIN_ITEMS + 10, 7, load_vocabularies(CORPUS)).sources
    archive = load_archive(files)
    pages = generate_pages(archive)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 10**9)
    serial = load_archive(files)
    assert archive == serial and pages == generate_pages(serial)
