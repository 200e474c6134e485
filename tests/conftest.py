"""Fixtures shared by the non-browser tests: small archives written into tmp_path; Hypothesis without a clock."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from support import PEOPLE, REPO, write_files

# No example fails for the time it took (a deadline, or the health check of slow generation): on a busy
# machine any of them would.
settings.register_profile("no-clock", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("no-clock")


@pytest.fixture
def archive_dir(tmp_path: Path) -> Callable[[Mapping[str, str | bytes]], Path]:
    """A project folder holding only the given files under articles/ (people.yml defaults to PEOPLE)."""

    def make(files: Mapping[str, str | bytes]) -> Path:
        write_files(tmp_path, {"articles/people.yml": PEOPLE, **files})
        return tmp_path

    return make


@pytest.fixture
def site_project(tmp_path: Path) -> Callable[[Mapping[str, str | bytes]], Path]:
    """A full MkDocs project (this repo's config, theme overrides, hook and docs) with the given articles."""

    def make(files: Mapping[str, str | bytes]) -> Path:
        project = tmp_path / "project"
        for folder in ("docs", "overrides", "build_scripts", "schemas"):
            shutil.copytree(REPO / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
        write_files(project, {"articles/people.yml": PEOPLE, **files})
        return project

    return make
