"""Symbolic links that lead out of the project, under the folders the site is published from.

MkDocs copies `docs/` following links, the theme's `overrides/` reach the site through its templates and
static files, and the hook publishes `schemas/*.json`: a link there to a file outside the project would
publish whatever it points at on the machine that builds the site (a key, a token). The archive itself
never follows a link (`read/files.py`); here a link is allowed only while it stays inside the project.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from build_scripts.model import Problem

MESSAGE = (
    "is a symbolic link that leads outside the project; nothing from outside the project is published: "
    "put the file itself here, or link to a file inside the project"
)


def stays_inside(root: Path, path: Path) -> bool:
    """Whether `path`, every link on the way resolved, is under the project folder `root`."""
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))


def leaving_links(root: Path, folders: Iterable[Path]) -> list[Problem]:
    """A `path:1:1:` problem for each file or folder under `folders` that leads outside `root`.

    Walked as MkDocs walks `docs/`, following links, so a link inside a linked folder is found too; a
    folder that leads outside, or that the walk has already seen (a loop), is not entered.
    """
    problems: list[Problem] = []
    seen: set[str] = set()

    def refused(path: Path) -> bool:
        if stays_inside(root, path):
            return False
        problems.append(Problem(_display(root, path), 1, 1, MESSAGE))
        return True

    for folder in folders:
        if not os.path.lexists(folder) or refused(folder):
            continue
        for parent, dirs, names in os.walk(folder, followlinks=True):
            seen.add(os.path.realpath(parent))
            for name in sorted(names):
                refused(Path(parent, name))
            kept = []
            for name in sorted(dirs):
                path = Path(parent, name)
                if not refused(path) and os.path.realpath(path) not in seen:
                    kept.append(name)
            dirs[:] = kept
    return problems


def _display(root: Path, path: Path) -> str:
    """The path as the project names it (`docs/leak.md`), its links not resolved."""
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return path.as_posix()
