"""Who owns the folders a build makes beside the folder it publishes, so a dead build's are found and cleared.

A build makes its staging folder (and, while it swaps the site, the folder holding the previous one) beside
the target, and holds an exclusive `flock` on each for as long as it needs it. The kernel releases a lock
when its holder dies, however it dies (SIGKILL included), so such a folder whose lock can be taken has no
living owner: it is what a killed or interrupted build left, and the next build puts it right.

Folders are made, cleared and swapped only under a lock on the parent folder, so a build clearing
leftovers never takes a folder another build has just made and not yet locked, and two builds into one
folder publish one after the other.
"""

from __future__ import annotations

import errno
import fcntl
import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

STAGING = "staging"
OLD = "old"

_held: set[int] = set()
"""Descriptors holding a lock: a forked worker closes its copies, so only this process keeps a lock alive."""


def _close_in_child() -> None:
    for fd in _held:
        with suppress(OSError):
            os.close(fd)
    _held.clear()


os.register_at_fork(after_in_child=_close_in_child)


UNLOCKED = -1
"""Where the file system cannot lock a folder (some network file systems): the build goes on without."""
_NO_LOCKS = {errno.EBADF, errno.EINVAL, errno.ENOLCK, errno.EOPNOTSUPP}


def _lock(path: Path, *, wait: bool) -> int | None:
    """A descriptor of the folder `path` holding its lock, or `UNLOCKED`; None when another process holds it."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError as error:
        os.close(fd)
        if error.errno in _NO_LOCKS:
            return UNLOCKED
        raise
    except BaseException:
        os.close(fd)
        raise
    _held.add(fd)
    return fd


def _unlock(fd: int) -> None:
    if fd != UNLOCKED:
        _held.discard(fd)
        os.close(fd)


@contextmanager
def publishing(parent: Path) -> Iterator[None]:
    """Held while folders beside a target are made, cleared or swapped: one build at a time per parent folder."""
    fd = _lock(parent, wait=True)
    assert fd is not None
    try:
        yield
    finally:
        _unlock(fd)


@dataclass(frozen=True)
class Claimed:
    """A folder this build made beside the target, locked until `release`."""

    path: Path
    fd: int

    def release(self) -> None:
        _unlock(self.fd)

    def remove(self) -> None:
        """Delete the folder, then let go of it (a folder deleted half way is still ours to finish)."""
        shutil.rmtree(self.path, ignore_errors=True)
        self.release()


def claim(target: Path, kind: str) -> Claimed:
    """A new, locked, empty folder beside `target` (under `publishing`).

    Made by `mkdir`, so with the permissions any new folder gets (the umask's): a staging folder is
    published as it is.
    """
    while True:
        path = target.parent / f".{target.name}.{kind}-{secrets.token_hex(4)}"
        try:
            os.mkdir(path)
        except FileExistsError:
            continue
        fd = _lock(path, wait=False)
        assert fd is not None
        return Claimed(path, fd)


def dead_leftovers(target: Path) -> Iterator[tuple[Path, str]]:
    """The folders beside `target` that dead builds left, newest first, each locked while the caller handles it."""
    found = []
    for kind in (OLD, STAGING):
        for path in target.parent.glob(f".{target.name}.{kind}-*"):
            try:
                if path.is_dir() and not path.is_symlink():
                    found.append((path.lstat().st_mtime_ns, path, kind))
            except OSError:
                continue
    for _, path, kind in sorted(found, key=lambda item: (item[2] != OLD, -item[0])):
        try:
            fd = _lock(path, wait=False)
        except OSError:  # cleared meanwhile
            continue
        if fd is None or fd == UNLOCKED:  # a live build's, or perhaps one: without locks nothing tells
            continue
        try:
            yield path, kind
        finally:
            _unlock(fd)
