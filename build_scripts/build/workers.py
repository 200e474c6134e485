"""The work of a full build spread over the machine's cores.

Loading one article needs nothing from another (`ordered_map`); a whole build is two processes, each
loading and rendering its share of the articles and sending the other what it needs (`partner`). Workers
are forked after the inputs exist, so only results cross between processes: each result is pickled
whole, once, into a file of its own, and read when the other side is ready for it. Sent in parts (as
`multiprocessing.Pool` sends them), each part would wait for this busy process to read it and the worker
would idle; sent through a pipe, it would be written only as fast as this process reads, after its own share.

Forking is only safe with no other thread running, so `mkdocs serve` (whose edits a memo makes cheap
anyway) and platforms without `fork` get the plain loop. Nor does a worker or partner fork, nor this
process while one runs: the cores are taken.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import pickle
import select
import socket
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO, TypeVar

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")

MIN_ITEMS = 200
"""Fewer items than this are not worth a process (forking and pickling cost a few milliseconds)."""

OWN_SHARE = 0.56
"""This process's part of the items, set for it to end with the workers: a worker is slower by its pickling and the
copies forking makes, and this process then unpickles what it sent."""


class WorkerError(Exception):
    """A worker failed or died: the message holds its traceback, or how it ended."""


def ordered_map(function: Callable[[T], R], items: Sequence[T], processes: int | None = None) -> list[R]:
    """`[function(item) for item in items]`: the first items in forked processes, the last share here."""
    processes = processes or _usable_cores()
    if processes < 2 or len(items) < MIN_ITEMS or not _can_fork():
        return [function(item) for item in items]
    theirs_end = len(items) - int(len(items) * OWN_SHARE / (OWN_SHARE + (processes - 1) * (1 - OWN_SHARE)))
    step = -(-theirs_end // (processes - 1))
    shares = [items[start : min(start + step, theirs_end)] for start in range(0, theirs_end, step)]
    with _Workers([functools.partial(_each, function, share) for share in shares]) as workers:
        own = _each(function, items[theirs_end:])
        return [result for results in workers.results() for result in results] + own


@contextlib.contextmanager
def partner(job: Callable[[Channel], None]) -> Iterator[Channel]:
    """`job(channel)` in a forked process, beside this one, each sending the other what it has made.

    While it runs, nothing forks again: the cores are taken. If this side fails, the partner is ended.
    """
    mine, theirs = socket.socketpair()
    worker = multiprocessing.get_context("fork").Process(target=_partner, args=(theirs, mine, job))
    worker.start()
    theirs.close()  # the partner's end is the partner's alone: its exit reads here as the end of the messages
    try:
        yield Channel(mine, worker)
    except BaseException:
        worker.terminate()
        worker.join()
        raise
    finally:
        mine.close()
    # Not joined: having sent its last message, the partner only exits, and the kernel's taking its memory
    # back is not worth waiting for. multiprocessing reaps it later, at the latest at exit.


class Channel:
    """Messages between this process and its partner, each pickled whole into an unlinked temporary file.

    The file's descriptor crosses a Unix socket, so a message never waits for its reader to be free to
    read it, and sending one costs its pickling only (see the module's docstring on pipes).
    """

    def __init__(self, end: socket.socket, partner: multiprocessing.process.BaseProcess | None = None) -> None:
        self.end = end
        self.partner = partner

    def send(self, message: Any) -> None:
        self._send(True, message)

    def _send(self, done: bool, message: Any) -> None:
        with tempfile.TemporaryFile() as out:
            pickle.dump((done, message), out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
            socket.send_fds(self.end, [b"m"], [out.fileno()])

    def ready(self) -> bool:
        """Whether a message is waiting: `receive` would not block."""
        return bool(select.select([self.end], [], [], 0)[0])

    def receive(self) -> Any:
        _, descriptors, _, _ = socket.recv_fds(self.end, 1, 1)
        if not descriptors:
            raise _ended(self.partner)
        with os.fdopen(descriptors[0], "rb") as message:
            message.seek(0)
            return _content(message, self.partner)


def _partner(end: socket.socket, other_end: socket.socket, job: Callable[[Channel], None]) -> None:
    other_end.close()
    channel = Channel(end)
    try:
        job(channel)
    except BaseException:
        channel._send(False, traceback.format_exc())


def _each(function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    return [function(item) for item in items]


class _Workers:
    """One forked process per job, each writing its job's result whole to a file, read only when asked for.

    The file is unlinked from the start (a `TemporaryFile`, in $TMPDIR) and read as a stream: neither side holds
    the pickle whole beside the objects it stands for (a large archive's pickles are large; the kernel keeps
    the file in its page cache for the short time it lives).
    """

    def __init__(self, jobs: Sequence[Callable[[], Any]]) -> None:
        self.jobs = jobs
        self.running: list[tuple[multiprocessing.process.BaseProcess, BinaryIO]] = []

    def __enter__(self) -> _Workers:
        context = multiprocessing.get_context("fork")
        for job in self.jobs:
            results = tempfile.TemporaryFile()
            worker = context.Process(target=_run, args=(results.fileno(), job))
            worker.start()
            self.running.append((worker, results))
        return self

    def results(self) -> list[Any]:
        return [_received(worker, results) for worker, results in self.running]

    def __exit__(self, failed: type[BaseException] | None, *_: object) -> None:
        for worker, results in self.running:
            if failed is not None:  # this side failed: nobody will read the worker's result
                worker.terminate()
            worker.join()
            results.close()


def _run(results: int, job: Callable[[], Any]) -> None:
    with os.fdopen(os.dup(results), "wb") as out:
        try:
            result = job()
        except BaseException:
            pickle.dump((False, traceback.format_exc()), out, protocol=pickle.HIGHEST_PROTOCOL)
        else:
            pickle.dump((True, result), out, protocol=pickle.HIGHEST_PROTOCOL)


def _received(worker: multiprocessing.process.BaseProcess, results: BinaryIO) -> Any:
    worker.join()
    results.seek(0)
    return _content(results, worker)


def _content(message: BinaryIO, worker: multiprocessing.process.BaseProcess | None) -> Any:
    """What a worker or partner pickled as `(done, content)`: its content, or its traceback as a WorkerError."""
    try:
        done, content = pickle.load(message)
    except (EOFError, pickle.UnpicklingError):
        raise _ended(worker) from None
    if not done:
        raise WorkerError(f"a build worker failed:\n{content}")
    return content


def _ended(worker: multiprocessing.process.BaseProcess | None) -> WorkerError:
    """A worker or partner that ended without its message (`worker` None: this is the partner, the other side ended)."""
    if worker is not None:
        worker.join()
    code = worker.exitcode if worker is not None else None
    return WorkerError(f"a build worker ended before sending its results (exit code {code})")


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def can_share(items: int) -> bool:
    """Whether `items` pieces of work are worth a `partner`, and one can be forked now."""
    return _usable_cores() >= 2 and items >= MIN_ITEMS and _can_fork()


def _can_fork() -> bool:
    """On Linux, with no other thread, in no worker or partner, and with none of them running: forking
    copies only this thread, and the cores are taken while this process's workers run."""
    return (
        sys.platform == "linux"
        and threading.active_count() == 1
        and multiprocessing.parent_process() is None
        and not multiprocessing.active_children()
    )
