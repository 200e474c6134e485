"""Every kind of page loads with no console error or warning, no script error and no failed request:
none allowed, in either palette."""

from __future__ import annotations

from typing import Literal

import pytest
from playwright.sync_api import ConsoleMessage, Error, Page, Request, Response

from .archive_site import EVERY_KIND, visit

pytestmark = pytest.mark.browser

OWN_ANSWER = "console error: Failed to load resource: the server responded with a status of 404 (Not Found)"
"""What the browser says of the 404 page's own answer, the one failure that page is about."""


class _Problems(list[str]):
    """Everything that went wrong while a page loaded, as the browser reports it."""

    def __init__(self, page: Page, missing: bool) -> None:
        super().__init__()
        self.missing = missing
        page.on("console", self.console)
        page.on("pageerror", self.script_error)
        page.on("requestfailed", self.request_failed)
        page.on("response", self.answered)

    def console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.append(f"console {message.type}: {message.text}")

    def script_error(self, error: Error) -> None:
        self.append(f"script error: {error}")

    def request_failed(self, request: Request) -> None:
        self.append(f"request failed: {request.url} ({request.failure})")

    def answered(self, response: Response) -> None:
        if response.status >= 400 and not (self.missing and response.request.is_navigation_request()):
            self.append(f"HTTP {response.status}: {response.url}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", EVERY_KIND)
def test_a_page_loads_without_an_error(page: Page, kind: str, scheme: Literal["light", "dark"]) -> None:
    missing = kind == "not found"
    page.emulate_media(color_scheme=scheme)
    problems = _Problems(page, missing)
    visit(page, EVERY_KIND[kind], status=404 if missing else 200)
    page.wait_for_load_state("networkidle")
    if missing:
        assert problems.count(OWN_ANSWER) == 1
        problems.remove(OWN_ANSWER)
    assert problems == []
