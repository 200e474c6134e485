"""Per-article work of a full build spread over the machine's cores.

Loading and rendering one article needs nothing from another, and while they run the second core
is otherwise idle (the search indexer starts only once every article is loaded). Workers are forked
after the inputs exist, so only results cross between processes: Python pickles them back, in order.

Forking is only safe with no other thread running, so `mkdocs serve` (whose edits a memo makes cheap
anyway) and platforms without `fork` get the plain loop.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200
"""Fewer items than this are not worth a process (forking and pickling cost a few milliseconds)."""

PART = 250
"""Items a worker does before it sends their results back."""

_task: tuple[Callable, Sequence] | None = None
"""The function and items of the running `ordered_map`, set before forking so the workers inherit them."""


def ordered_map(function: Callable[[T], R], items: Sequence[T], processes: int | None = None) -> list[R]:
    """`[function(item) for item in items]`: the first items in forked processes, the last share here."""
    global _task
    processes = processes or _usable_cores()
    if processes < 2 or len(items) < MIN_ITEMS or not _can_fork():
        return [function(item) for item in items]
    theirs_end = len(items) - len(items) // processes
    # The workers' share goes back in small parts: a part's pickle and its objects are in memory together.
    parts = [(start, min(start + PART, theirs_end)) for start in range(0, theirs_end, PART)]
    _task = (function, items)
    try:
        with multiprocessing.get_context("fork").Pool(processes - 1) as pool:
            theirs = pool.map_async(_run_part, parts, chunksize=1)
            own = [function(item) for item in items[theirs_end:]]
            return [result for part in theirs.get() for result in part] + own
    finally:
        _task = None


def _run_part(bounds: tuple[int, int]) -> list:
    assert _task is not None
    function, items = _task
    start, end = bounds
    return [function(item) for item in items[start:end]]


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _can_fork() -> bool:
    return sys.platform == "linux" and threading.active_count() == 1
