"""The way back up from a page (Home › 2024 › October 2024) and the way sideways (the months or years on
either side), in the page's language: no page of the archive is a dead end."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from build_scripts import dates, site_paths
from build_scripts.interface import interface_language
from build_scripts.render.escaping import anchor, attribute, page_url, text
from build_scripts.render.labels import label
from build_scripts.render.page_blocks import Block

Crumb = tuple[str, str]
"""A page above this one: (the words shown, its docs-relative path)."""


@functools.lru_cache(maxsize=4096)
def month_name(year: int, month: int, language: str) -> str:
    """ "October 2024", "Oktober 2024" (cached: every article's breadcrumbs ask)."""
    return dates.month_and_year(year, month, interface_language(language))


def date_trail(date: dt.date, language: str) -> list[Crumb]:
    """Home, the year and the month an article or a month page sits in."""
    return [
        (label(language, "list.home"), site_paths.HOME),
        (str(date.year), site_paths.year_page(date.year)),
        (month_name(date.year, date.month, language), site_paths.month_page(date.year, date.month)),
    ]


def breadcrumbs(from_page: str, trail: Sequence[Crumb], language: str, current: str | None = None) -> list[Block]:
    """The pages above `from_page`, each a link, then `current` (this page's own name) unlinked."""
    items = [f"<li>{anchor(shown, page_url(from_page, target))}</li>" for shown, target in trail]
    if current is not None:
        items.append(f'<li aria-current="page">{text(current)}</li>')
    name = attribute(label(language, "list.breadcrumbs"))
    return [f'<nav class="breadcrumbs" aria-label="{name}"><ol>{"".join(items)}</ol></nav>']


def neighbours(from_page: str, earlier: Crumb | None, later: Crumb | None, language: str) -> list[Block]:
    """Links to the period before and after this one that hold articles (none: nothing shown)."""
    links = []
    if earlier is not None:
        links.append(anchor(f"← {earlier[0]}", page_url(from_page, earlier[1]), {"rel": "prev", "class": "earlier"}))
    if later is not None:
        links.append(anchor(f"{later[0]} →", page_url(from_page, later[1]), {"rel": "next", "class": "later"}))
    if not links:
        return []
    name = attribute(label(language, "list.neighbours"))
    return [f'<nav class="list-neighbours" aria-label="{name}">{" ".join(links)}</nav>']
