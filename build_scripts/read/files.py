"""Read the archive's source files from disk: the only place the pipeline touches them."""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

from build_scripts.read.archive import ARTICLES_DIR


def read_sources(
    project_root: Path, cache: MutableMapping[str, tuple[tuple[int, ...], bytes]] | None = None
) -> dict[str, bytes | None]:
    """Every file under articles/, by project-relative POSIX path; hidden files and folders are not sources.

    A symbolic link is never followed (it could reach any file on the machine that builds the site): it
    maps to None, which `load_archive` reports. With a `cache` (`mkdocs serve`), a file whose size,
    times and inode are unchanged is not read again; what changed is then decided by content.
    """
    base = project_root / ARTICLES_DIR
    files: dict[str, bytes | None] = {}
    if base.is_symlink():
        return {ARTICLES_DIR: None}
    if base.is_dir():
        _walk(base, ARTICLES_DIR, files, cache)
    if cache is not None:
        for gone in cache.keys() - files.keys():
            del cache[gone]
    return dict(sorted(files.items()))


def _walk(
    folder: Path, relative: str, files: dict[str, bytes | None], cache: MutableMapping[str, tuple[tuple[int, ...], bytes]] | None
) -> None:
    # os.scandir: one system call per file at most, for 20,000 files on every `mkdocs serve` rebuild.
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = f"{relative}/{entry.name}"
            if entry.is_symlink():
                files[path] = None
            elif entry.is_dir():
                _walk(Path(entry.path), path, files, cache)
            elif entry.is_file():
                files[path] = _read(entry, cache, path)


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)  # O_BINARY: Windows would translate line breaks


def _read_file(path: str) -> bytes:
    """`Path(path).read_bytes()` without a file object, whose cost counts when every file is read each build."""
    descriptor = os.open(path, _READ_FLAGS)
    try:
        chunks = []
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _read(entry: os.DirEntry[str], cache: MutableMapping[str, tuple[tuple[int, ...], bytes]] | None, relative: str) -> bytes:
    if cache is None:
        return _read_file(entry.path)
    status = entry.stat(follow_symlinks=False)
    signature = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)
    known = cache.get(relative)
    if known is not None and known[0] == signature:
        return known[1]
    data = _read_file(entry.path)
    cache[relative] = (signature, data)
    return data
