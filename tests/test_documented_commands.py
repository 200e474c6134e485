"""Every `new` command README.md, CONTRIBUTING.md and `new --help` give works as written, in a shell, on a copy of
the project as a fresh clone has it once `make` has set up `.venv/`; and so does the step `new` prints next."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import REPO

STORY = """\
Farmers block roads around Paris

PARIS, Nov 18, 2024 (AFP) - Farmers blocked roads around the capital on Monday.

The police kept the ring road open.
"""
SECOND = """\
Presiden melantik menteri baru

Jakarta, CNN Indonesia -- Presiden melantik tiga menteri baru di Istana pada Senin (18/11/2024).
"""
_INLINE = re.compile(r"`((?:make new|\.venv/bin/python -m build_scripts new) [^`]*)`")
_PLACEHOLDER = re.compile(r"PATH\.\.\.|YYYY|\[")
_LEFT_BEHIND = shutil.ignore_patterns(".git", ".venv", "node_modules", "site", "__pycache__", ".*_cache", ".hypothesis")


def _documented() -> list[str]:
    """The `new` command lines of the guides' shell blocks and inline code, and of the CLI's examples."""
    commands: list[str] = []
    for guide in ("README.md", "CONTRIBUTING.md"):
        text = (REPO / guide).read_text(encoding="utf-8")
        for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL):
            commands += [line.strip() for line in block.splitlines() if " new " in line]
        commands += [m for m in _INLINE.findall(" ".join(text.split())) if not _PLACEHOLDER.search(m)]
    help_text = subprocess.run(
        [sys.executable, "-m", "build_scripts", "new", "--help"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    commands += [line.strip() for line in help_text.split("Examples:", 1)[1].splitlines() if line.strip()]
    return list(dict.fromkeys(commands))


COMMANDS = _documented()


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's files, and a `.venv/` that `make` takes as set up (this interpreter's, linked)."""
    project = tmp_path_factory.mktemp("clone") / "project"
    shutil.copytree(REPO, project, ignore=_LEFT_BEHIND)
    venv = project / ".venv"
    venv.mkdir()
    for entry in Path(sys.prefix).iterdir():
        if not entry.name.startswith("."):
            (venv / entry.name).symlink_to(entry)
    (venv / ".runtime").touch()  # newer than requirements.txt, whose time copytree kept
    return project


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    (home / "Downloads/backlog").mkdir(parents=True)
    (home / "Downloads/story.txt").write_text(STORY, encoding="utf-8")
    (home / "Downloads/backlog/1-paris.txt").write_text(STORY, encoding="utf-8")
    (home / "Downloads/backlog/2-jakarta.txt").write_text(SECOND, encoding="utf-8")
    return home


def _shell(command: str, project: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "MFLAGS", "VIRTUAL_ENV", "PYTHON"))}
    return subprocess.run(
        ["bash", "-c", command], cwd=project, env={**env, "HOME": str(home)}, capture_output=True, text=True, check=False
    )


def test_the_guides_show_make_new_first() -> None:
    assert COMMANDS[0] == "make new FILE=~/Downloads/story.txt"
    assert len(COMMANDS) >= 5, COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_a_documented_new_command_works_as_written(command: str, clone: Path, home: Path) -> None:
    before = set((clone / "articles").rglob("*"))
    try:
        result = _shell(command, clone, home)
        assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
        written = sorted(p.relative_to(clone).as_posix() for p in set((clone / "articles").rglob("*.txt")) - before)
        assert written, result.stdout
        step = re.search(r"^next: check every proposal in \S+, then run (.+)$", result.stdout, re.MULTILINE)
        assert step, result.stdout
        check = _shell(step[1], clone, home)
        assert check.returncode in (0, 1)
        assert re.search(r"^\d+ articles, \d+ people: ", check.stderr, re.MULTILINE), check.stderr
    finally:
        for path in sorted(set((clone / "articles").rglob("*")) - before, reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
