"""Progress of a long build on a terminal; in a CI log, nothing until the one-line summary.

A 10,000-article build takes minutes: someone at a terminal should see it move, while a CI log
should not fill with thousands of progress lines.
"""

from __future__ import annotations

import os
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
            end = "\n" if self.done == self.total else ""
            self.stream.write(f"\r{self.what}: {self.done:,}/{self.total:,}{end}")
            self.stream.flush()
