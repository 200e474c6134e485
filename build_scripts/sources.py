"""Read the archive's source files from disk: the only place the pipeline touches them."""

from __future__ import annotations

from pathlib import Path

from .archive import ARTICLES_DIR


def read_sources(project_root: Path) -> dict[str, bytes]:
    """Every file under articles/, by project-relative POSIX path; hidden files and folders are not sources."""
    base = project_root / ARTICLES_DIR
    files: dict[str, bytes] = {}
    if not base.is_dir():
        return files
    for path in sorted(base.rglob("*")):
        relative = path.relative_to(project_root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        files[relative.as_posix()] = path.read_bytes()
    return files
