"""Golden files: each case folder holds an archive's articles/ and every file it must generate.

Regenerate deliberately with `UPDATE_GOLDEN=1 python -m pytest tests/test_render_golden.py`
and review the diff; a test never rewrites its own expectations otherwise.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from build_scripts.build.pipeline import generate_pages
from build_scripts.build.site_files import as_files
from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources

from support import SITE_IDENTITY

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES)
def test_generated_pages_match_golden_markdown(case: str) -> None:
    folder = GOLDEN / case
    archive = load_archive(read_sources(folder))
    assert [str(p) for p in archive.problems] == []
    pages = as_files(generate_pages(archive, SITE_IDENTITY))
    expected_dir = folder / "expected"
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        for path, markdown in pages.items():
            target = expected_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(markdown, encoding="utf-8")
    expected = {
        p.relative_to(expected_dir).as_posix(): p.read_text(encoding="utf-8") for p in expected_dir.rglob("*") if p.is_file()
    }
    assert sorted(pages) == sorted(expected)
    for path, markdown in pages.items():
        assert markdown == expected[path], f"{case}: {path} differs from its golden file"
