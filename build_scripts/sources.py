"""Read the archive's source files from disk: the only place the pipeline touches them."""

from __future__ import annotations

from pathlib import Path

from .archive import ARTICLES_DIR


def read_sources(project_root: Path) -> dict[str, bytes | None]:
    """Every file under articles/, by project-relative POSIX path; hidden files and folders are not sources.

    A symbolic link is never followed (it could reach any file on the machine that builds the site): it
    maps to None, which `load_archive` reports.
    """
    base = project_root / ARTICLES_DIR
    files: dict[str, bytes | None] = {}
    if base.is_symlink():
        return {ARTICLES_DIR: None}
    if not base.is_dir():
        return files
    for path in sorted(base.rglob("*")):
        relative = path.relative_to(project_root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_symlink():
            files[relative.as_posix()] = None
        elif path.is_file():
            files[relative.as_posix()] = path.read_bytes()
    return files
