"""Helpers for tests that build small archives and run the CLI or MkDocs on them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PEOPLE = """\
lloyd-austin:
  name: Lloyd Austin
  aliases: [Austin]
john-kirby:
  name: John Kirby
jari-tanner:
  name: Jari Tanner
"""
ARTICLE = """\
Title of the story

First paragraph where “we see evidence” appears, said Austin.

Second paragraph: “It is a very serious matter,” Kirby said.

___

Baldor reported from Washington. AP writer Jari Tanner in Helsinki contributed to this report.
"""


def write_files(root: Path, files: Mapping[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def run_check(root: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "build_scripts", "--root", str(root), "check", *options],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )


def run_mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(project / "site"), *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
