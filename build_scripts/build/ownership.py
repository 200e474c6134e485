"""Which files in an output folder the tool wrote, as its manifest records them, and which are someone else's.

Every published folder holds `MANIFEST`, the path and SHA-256 of each file the tool put there. A file that
is not listed, or has changed since, belongs to someone else, and the tool never overwrites or deletes it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

from build_scripts.build import workers

MANIFEST = ".generated-files.json"
"""In each published folder: what the tool wrote there, `{"files": {relative path: sha256}}`."""


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    """The files the tool wrote in `folder`, by relative POSIX path; empty when there is no readable manifest."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    return {path: digest for path, digest in files.items() if isinstance(path, str) and isinstance(digest, str)}


def manifest_text(folder: Path) -> str:
    """On both cores: a large site has tens of thousands of files to hash."""
    paths = [path for path in walk_files(folder) if path != MANIFEST]
    return manifest_json(dict(zip(paths, workers.ordered_map(functools.partial(_sha256_in, folder), paths), strict=True)))


def _sha256_in(folder: Path, path: str) -> str:
    return sha256(folder / path)


def manifest_json(files: Mapping[str, str]) -> str:
    return json.dumps({"files": files}, indent=1, sort_keys=True) + "\n"


def walk_files(folder: Path, under: str = "") -> Iterator[str]:
    """Relative POSIX paths of the files (and links, never followed) in `folder`."""
    with os.scandir(folder / under if under else folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            relative = f"{under}/{entry.name}" if under else entry.name
            if entry.is_dir(follow_symlinks=False):
                yield from walk_files(folder, relative)
            else:
                yield relative


def foreign_entries(target: Path, manifest: Mapping[str, str]) -> list[tuple[str, bool]]:
    """What in `target` the tool did not write: (relative path, whole folder?), outermost first.

    A folder none of whose files the manifest lists is foreign as a whole (a `.git` of a Pages
    checkout is carried over in one move); inside the others, file by file.
    """
    owned_folders = {parent for path in manifest for parent in parents(path)}
    found: list[tuple[str, bool]] = []

    def visit(under: str) -> None:
        with os.scandir(target / under if under else target) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                relative = f"{under}/{entry.name}" if under else entry.name
                if relative == MANIFEST:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if relative in owned_folders:
                        visit(relative)
                    else:
                        found.append((relative, True))
                elif entry.is_symlink() or manifest.get(relative) != sha256(Path(entry.path)):
                    found.append((relative, False))

    if target.is_dir():
        visit("")
    return found


def parents(path: str) -> list[str]:
    parts = path.split("/")
    return ["/".join(parts[:n]) for n in range(1, len(parts))]


def clashes(staged: Path, relative: str) -> bool:
    """Whether the new output has something at `relative`, or a file where `relative` needs a folder."""
    if os.path.lexists(staged / relative):
        return True
    return any((staged / parent).is_file() or (staged / parent).is_symlink() for parent in parents(relative))


def carry(source_root: Path, staged: Path, entries: list[tuple[str, bool]]) -> None:
    """Move the foreign entries from the old output into the new one, as they are (checked clash-free)."""
    for relative, whole in entries:
        if whole and (staged / relative).is_dir():  # both have the folder: carry its files one by one
            carry(source_root, staged, [(inner, False) for inner in walk_files(source_root, relative)])
            continue
        destination = staged / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.rename(source_root / relative, destination)


def uncarried(tree: Path, target: Path, manifest: Mapping[str, str]) -> list[tuple[str, bool]]:
    """The foreign entries of an old output that the published `target` has no place taken for."""
    free = []
    for relative, whole in foreign_entries(tree, manifest):
        inner = walk_files(tree, relative) if whole and (target / relative).is_dir() else [relative]
        free += [(path, whole and path == relative) for path in inner if not clashes(target, path)]
    return free
