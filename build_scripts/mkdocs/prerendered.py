"""MkDocs pages whose HTML the archive made itself (page_blocks), so Python-Markdown does not read it back.

A page made in the hook's `on_files` is the one MkDocs renders (`internals.PageMadeElsewhere`). Its
HTML is what Python-Markdown would make of the page's Markdown with the site's extensions, so this
holds only while those extensions are the ones `page_blocks` reproduces: with any other set,
`permalinks()` says no and MkDocs renders the Markdown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from build_scripts.mkdocs.internals import PageMadeElsewhere
from build_scripts.render.page_blocks import PageOutline, PageSource, Permalinks

EXTENSIONS = {"toc", "tables", "fenced_code", "footnotes", "attr_list", "md_in_html"}
"""mkdocs.yml's extensions and MkDocs' built-in ones; none but toc changes the HTML of a generated page."""
_TOC_OPTIONS = {"permalink": "symbol", "permalink_title": "title", "permalink_class": "css_class"}


def permalinks(markdown_extensions: Iterable[object], options: Mapping[str, Mapping[str, Any]]) -> Permalinks | None:
    """The toc extension's permalinks, or None when the site's Markdown is not what page_blocks reproduces."""
    if set(map(str, markdown_extensions)) != EXTENSIONS or any(options.get(name) for name in EXTENSIONS - {"toc"}):
        return None
    toc = options.get("toc", {})
    if set(toc) - set(_TOC_OPTIONS) or toc.get("permalink") in (None, False):
        return None
    chosen = {_TOC_OPTIONS[key]: value for key, value in toc.items() if key != "permalink"}
    symbol = toc["permalink"]
    return Permalinks(**chosen) if symbol is True else Permalinks(symbol=str(symbol), **chosen)


class PrerenderedPage(PageMadeElsewhere):
    """A generated page: its meta and HTML come from its blocks, not from reading Markdown."""

    def __init__(self, title: str | None, file: Any, config: Any, source: PageSource, links: Permalinks) -> None:
        super().__init__(title, file, config)
        self.source: PageSource | None = source
        self.links = links
        self.outline: PageOutline | None = None

    def own_meta(self) -> dict[str, Any]:
        return dict(self.source.meta) if self.source else {}

    def own_headings(self) -> tuple[list[Any], str | None]:
        """The headings only: MkDocs renders every page before it writes the first, and holding every page's
        HTML at once would take much memory; `html()` makes a page's when it is written (the hook's on_page_context)."""
        assert self.source is not None, "headings are read before the page is written"
        self.outline = self.source.outline()
        return self.outline.toc, self.outline.title

    def html(self) -> str:
        """The page's HTML, once: its blocks are let go."""
        assert self.source is not None, "a page is written once"
        content = self.source.html(self.links, self.outline)
        self.source = None
        return self.written(content)


def nav_titles(nav: object) -> dict[str, str]:
    """Page path → title given in mkdocs.yml's `nav` (MkDocs applies it only to pages it makes itself)."""
    titles: dict[str, str] = {}
    items = nav if isinstance(nav, list) else [nav]
    for item in items:
        if isinstance(item, dict):
            for title, target in item.items():
                if isinstance(target, str):
                    titles[target] = title
                else:
                    titles |= nav_titles(target)
    return titles
