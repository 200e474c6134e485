"""Progress of a long build on a terminal; in a CI log, nothing until the one-line summary.

A 10,000-article build takes minutes: someone at a terminal should see it move, while a CI log
should not fill with thousands of progress lines.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Iterator
from typing import TextIO


class Progress:
    """`done / total` rewritten in place on a terminal, about a hundred times over the whole count."""

    def __init__(self, what: str, total: int, stream: TextIO) -> None:
        self.what = what
        self.total = total
        self.done = 0
        self.stream = stream
        self.shown = stream.isatty() and not os.environ.get("CI") and total > 0
        self.every = max(1, total // 100)

    def step(self) -> None:
        self.done += 1
        if self.shown and (self.done % self.every == 0 or self.done == self.total):
            self._write()

    def show(self, done: int) -> None:
        """The count at `done`, counted elsewhere: written if it moved."""
        if done != self.done:
            self.done = done
            if self.shown:
                self._write()

    def end(self) -> None:
        """The line ended, if it was begun and not finished: what is written next starts on a line of its own."""
        if self.shown and 0 < self.done < self.total:
            self.stream.write("\n")
            self.stream.flush()

    def _write(self) -> None:
        end = "\n" if self.done == self.total else ""
        self.stream.write(f"\r{self.what}: {self.done:,}/{self.total:,}{end}")
        self.stream.flush()


class Tally:
    """A count kept in memory that forked processes share: each adds to its own slot, so none waits for a lock."""

    def __init__(self, slots: int) -> None:
        self.counts = multiprocessing.RawArray("q", slots)

    def add(self, slot: int) -> None:
        self.counts[slot] += 1

    def sum(self) -> int:
        return sum(self.counts)


@contextlib.contextmanager
def watched(what: str, total: int, tally: Tally, stream: TextIO | None) -> Iterator[None]:
    """`what: done/total` on a terminal while the body runs, `done` read from `tally` five times a second.

    A thread of this process writes it: the processes counting share the terminal, and two writers would
    garble the line. No thread at all when nothing is shown (a pipe, a CI log): a thread keeps the build from forking (`workers`).
    """
    progress = Progress(what, total, stream) if stream is not None else None
    if progress is None or not progress.shown:
        yield
        return
    stop = threading.Event()

    def refresh() -> None:
        while True:
            progress.show(min(tally.sum(), total))
            if progress.done == total or stop.wait(0.2):
                return

    thread = threading.Thread(target=refresh, name="progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        progress.show(min(tally.sum(), total))
        progress.end()
