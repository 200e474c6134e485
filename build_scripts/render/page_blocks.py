"""A generated page as blocks (headings and raw HTML), written out as Markdown or as the HTML made of it.

The Markdown is the archive's product (`python -m build_scripts build --out`, the golden files): any
MkDocs builds it. Our own build hands MkDocs the HTML instead, the HTML Python-Markdown makes of that
Markdown (tests/test_page_blocks.py holds the two equal), because Python-Markdown reading back the raw
HTML we had just written would be a large share of a build and change nothing.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import yaml
from markdown.extensions.toc import nest_toc_tokens, slugify, unique

if TYPE_CHECKING:
    from markdown.extensions.toc import _FlatTocToken, _TocToken

from build_scripts.render.escaping import attribute, escape, link, page_url, visible
from build_scripts.site_paths import relative

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class Heading:
    """`text` shown; `id` None: made from the text as the toc extension makes it; `link`: (from_page, to_page)."""

    level: int
    text: str
    id: str | None = None
    link: tuple[str, str] | None = None


@dataclass(frozen=True)
class Section:
    """An element holding blocks (the article): in Markdown, `markdown="1"` (md_in_html) reads its headings."""

    tag: str
    attributes: tuple[tuple[str, str | None], ...]
    blocks: tuple[Block, ...]


Block = str | Heading | Section
"""A `str` is a raw HTML block (no blank line in it)."""


@dataclass(frozen=True)
class Permalinks:
    """The toc extension's permalink settings (mkdocs.yml `markdown_extensions: toc:`)."""

    symbol: str = "&para;"
    title: str = "Permanent link"
    css_class: str = "headerlink"


@dataclass(frozen=True)
class PageOutline:
    """What MkDocs takes from rendering a page besides its HTML: table of contents and first-heading title."""

    anchors: tuple[str, ...]
    """Every heading's id, in the order of the page."""
    toc: list[_TocToken]
    title: str | None


@dataclass(frozen=True)
class PageSource:
    meta: tuple[tuple[str, str], ...]
    blocks: tuple[Block, ...]

    def markdown(self) -> str:
        front = "---\n" + yaml.dump(dict(self.meta), Dumper=_DUMPER, allow_unicode=True, sort_keys=False) + "---\n\n"
        return (front if self.meta else "") + _markdown_blocks(self.blocks).rstrip() + "\n"

    def outline(self) -> PageOutline:
        """The headings' ids, the table of contents and the title, as the toc extension makes them."""
        headings = list(_headings(self.blocks))
        # The ids given first, then one made from each other heading's text.
        used = {h.id for h in headings if h.id is not None}
        counters: dict[str, int] = {}
        tokens: list[_FlatTocToken] = []
        for heading in headings:
            name = " ".join(_heading_text(heading.text).split())  # as the toc extension gives a name
            anchor = heading.id if heading.id is not None else unique(slugify(html.unescape(name), "-"), used, counters)
            tokens.append({"level": heading.level, "id": anchor, "name": name})
        title = next((token["name"] for token in tokens if token["level"] == 1), None)
        return PageOutline(tuple(token["id"] for token in tokens), nest_toc_tokens(tokens), title)

    def html(self, permalinks: Permalinks = Permalinks(), outline: PageOutline | None = None) -> str:
        anchors = (outline or self.outline()).anchors
        lines: list[str] = []
        _html_blocks(self.blocks, iter(anchors), permalinks, lines)
        return "\n".join(lines)


def _heading_text(value: str) -> str:
    """A heading's text as HTML: no Python-Markdown reads it, so no marker of its needs hiding (see `text`)."""
    return html.escape(visible(value.replace("\n", " ").strip()), quote=False)


def _headings(blocks: tuple[Block, ...]) -> Iterator[Heading]:
    for block in blocks:
        if isinstance(block, str):  # most blocks, so asked first
            continue
        if isinstance(block, Heading):
            yield block
        elif isinstance(block, Section):
            yield from _headings(block.blocks)


def _attributes(attributes: tuple[tuple[str, str | None], ...]) -> str:
    return "".join(f" {name}" if value is None else f' {name}="{attribute(value)}"' for name, value in attributes)


def _markdown_blocks(blocks: tuple[Block, ...]) -> str:
    parts = []
    for block in blocks:
        if isinstance(block, Heading):
            shown = link(block.text, relative(*block.link)) if block.link else escape(block.text)
            parts.append("#" * block.level + f" {shown}" + (f" {{: #{block.id} }}" if block.id else ""))
        elif isinstance(block, Section):
            opening = f'<{block.tag}{_attributes(block.attributes)} markdown="1">'
            parts.append(f"{opening}\n\n{_markdown_blocks(block.blocks)}\n\n</{block.tag}>")
        else:
            parts.append(block)
    return "\n\n".join(parts)


def _html_blocks(blocks: tuple[Block, ...], anchors: Iterator[str], permalinks: Permalinks, lines: list[str]) -> None:
    """Each block's HTML appended to `lines`; `anchors`: every heading's id, in the order of the page."""
    for block in blocks:
        if isinstance(block, str):  # raw HTML: most blocks, so asked first
            lines.append(block)
        elif isinstance(block, Heading):
            anchor = next(anchors)
            shown = _heading_text(block.text)
            if block.link:
                shown = f'<a href="{attribute(page_url(*block.link))}">{shown}</a>'
            permalink = f'<a class="{permalinks.css_class}" href="#{anchor}" title="{permalinks.title}">{permalinks.symbol}</a>'
            lines.append(f'<h{block.level} id="{anchor}">{shown}{permalink}</h{block.level}>')
        else:
            lines.append(f"<{block.tag}{_attributes(block.attributes)}>")
            _html_blocks(block.blocks, anchors, permalinks, lines)
            lines.append(f"</{block.tag}>")
