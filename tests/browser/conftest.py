"""The built site, served on 127.0.0.1, and Chromium for the browser tests (through pytest-playwright)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from mkdocs.utils import yaml_load
from playwright.sync_api import expect

REPO = Path(__file__).resolve().parents[2]
NO_BROWSER = (
    "No Chromium for the browser tests. Install Debian's with 'sudo apt-get install chromium' "
    "(or 'sudo make browser'), or Playwright's with '.venv/bin/playwright install chromium', "
    "or set CHROMIUM=/path/to/chrome."
)


TIMEOUT_MS = 60_000
"""How long an action or an `expect` waits for the page: a hang guard, far beyond a busy machine's slowest page."""


def pytest_configure(config: pytest.Config) -> None:
    # Every browser test leaves a screenshot under test-results/ when it fails.
    if config.option.screenshot == "off":
        config.option.screenshot = "only-on-failure"
    expect.set_options(timeout=TIMEOUT_MS)


def _site_url_path() -> str:
    """The path of site_url ("" for http://127.0.0.1:8000/): the site is served there, as when it is published."""
    with (REPO / "mkdocs.yml").open("rb") as config:
        return urlsplit(yaml_load(config)["site_url"]).path.strip("/")


SITE_PATH = _site_url_path()


def build_web_root(project: Path, root: Path) -> Path:
    """`project`'s site built with `mkdocs build --strict` into the web root `root`, at SITE_PATH."""
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(root / SITE_PATH)],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{build.stderr}", pytrace=False)
    return root


@pytest.fixture(scope="session")
def web_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A web root holding the site, built once, at SITE_PATH."""
    return build_web_root(REPO, tmp_path_factory.mktemp("www"))


@pytest.fixture(scope="session")
def site_dir(web_root: Path) -> Path:
    return web_root / SITE_PATH


class _StaticHost(SimpleHTTPRequestHandler):
    """Serves the web root like a static host: quietly, answering a missing page with the site's 404.html."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        not_found = Path(self.directory, SITE_PATH, "404.html")
        if code != 404 or not not_found.exists():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def served(web_root: Path) -> Iterator[str]:
    """The site's address while a static host serves `web_root` on 127.0.0.1."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_StaticHost, directory=str(web_root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/" + (f"{SITE_PATH}/" if SITE_PATH else "")
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="session")
def base_url(web_root: Path) -> Iterator[str]:
    """The site's address on 127.0.0.1; pages are opened relative to it (`page.goto("people/")`)."""
    yield from served(web_root)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, playwright) -> dict:
    """Debian's Chromium (or $CHROMIUM); Playwright's own download when neither is there."""
    executable = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if executable is None and not Path(playwright.chromium.executable_path).exists():
        pytest.fail(NO_BROWSER, pytrace=False)
    if executable is not None and not Path(executable).exists():
        pytest.fail(f"CHROMIUM={executable} does not exist. {NO_BROWSER}", pytrace=False)
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    }


@pytest.fixture
def new_context(new_context):
    """pytest-playwright's contexts, with actions failing after TIMEOUT_MS."""

    def make(**kwargs):
        context = new_context(**kwargs)
        context.set_default_timeout(TIMEOUT_MS)
        return context

    return make
