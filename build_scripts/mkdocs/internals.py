"""The private details of MkDocs and Material the archive's build relies on, all in this one module.

Pinned at mkdocs==1.6.1, mkdocs-material==9.8.2 and their watchdog==7.1.0 (requirements.txt);
tests/test_upstream_internals.py exercises each through a real `mkdocs build`, so an upgrade that
changes one fails there, named:

- a `Page` made for a `File` attaches itself to it (`file.page`) and the navigation reuses it rather
  than making another: a page made in `on_files` is the one MkDocs renders (`PageMadeElsewhere`);
- `Page.read_source` sets `markdown` and `meta`; `Page.render` sets `content`, `toc`,
  `_title_from_render` (what `Page.title` falls back on) and `present_anchor_ids` (what
  `Page.validate_anchor_links` checks links into the page against, once every page is written);
- MkDocs asks a `File`'s `is_documentation_page`, `is_static_page`, `is_media_file`, `is_javascript`
  and `is_css` what to build from it, calls its `copy_file`, and links to its `url`, made from
  `dest_uri`, which follows `is_documentation_page` (File's own says whether the source is Markdown: `StandIn`);
- the theme's `sitemap.xml` lists its context's `pages`, reading of each one's `page` `is_link`,
  `canonical_url`, `abs_url` and `update_date`, as `Page` sets them from `site_url` and the build's date
  (`sitemap_pages`: tests/test_preview.py holds a served sitemap to a fresh build's);
- `mkdocs serve` watches through `LiveReloadServer.observer`, a watchdog observer whose `schedule`
  its `watch` calls (`observe_changes_only`);
- `--strict` fails a build on any record of WARNING or above on the `mkdocs` loggers, counted from
  before `on_config` and acted on after `on_post_build` (`StrictWarnings`);
- Material's `partials/nav.html` reached under the `theme/` prefix by overrides/partials/nav.html,
  which renders it once per set of links (`theme_templates`);
- Material's templates import `partials/language.html` as `lang` with the page's context and print
  their labels through `lang.t(key)`, and print the site's name from `config.site_name` and the
  navigation's from each entry's `title` (a `Page`'s is settable), read while each page is rendered
  (build_scripts/mkdocs/hook.py sets them per page; tests/test_theme_overrides.py);
- Material's JavaScript fetches a `sitemap.xml` beside every `link[rel=alternate]` (that exact attribute
  value): overrides/main.html's feed links say `alternate feed` (tests/browser/test_no_errors.py).
"""

from __future__ import annotations

import html
import logging
import posixpath
import re
from collections.abc import Iterable
from typing import Any, ClassVar, NamedTuple
from urllib.parse import urlsplit

import jinja2
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_build_date
from watchdog import events
from watchdog.observers import Observer

_ANCHOR_IDS = re.compile(r'<[A-Za-z][^<>]*?\sid="([^"]*)"')
_ANCHOR_NAMES = re.compile(r'<a\s[^<>]*?\sname="([^"]*)"')


class PageMadeElsewhere(Page):
    """A page whose meta, headings and HTML are not read from Markdown: a subclass gives them."""

    def own_meta(self) -> dict[str, Any]:
        raise NotImplementedError

    def own_headings(self) -> tuple[list[Any], str | None]:
        """The table of contents (the toc extension's tokens) and the first-heading title."""
        raise NotImplementedError

    def read_source(self, config: Any) -> None:
        self.markdown = ""
        self.meta = self.own_meta()

    def render(self, config: Any, files: Any) -> None:
        """The headings only: the HTML is the subclass's to make when the page is written (`written`)."""
        toc, title = self.own_headings()
        self.content = ""
        self.toc = get_toc(toc)
        self._title_from_render = title
        self.present_anchor_ids = None  # until `written`: links into a page MkDocs never wrote go unchecked

    def written(self, content: str) -> str:
        """The page's HTML once made: its ids are what MkDocs checks links into the page against."""
        self.present_anchor_ids = anchor_ids(content)
        return content


def anchor_ids(content: str) -> set[str]:
    """What MkDocs counts as anchors in raw HTML: every element's `id`, and an `<a>`'s `name`.

    Found by pattern, not by parsing (much faster): the archive writes every attribute double-quoted.
    """
    found = _ANCHOR_IDS.findall(content)
    if ' name="' in content:
        found += _ANCHOR_NAMES.findall(content)
    return {html.unescape(anchor) for anchor in found}


class StandIn(File):
    """An unchanged generated file the served site already has: links to it resolve, MkDocs writes nothing."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.for_page = File.is_documentation_page(self)
        """Whether it stands for a page (else for a file MkDocs would copy, published at its own path)."""
        if not self.for_page:
            return
        # Where the page it stands for is published: MkDocs' rule for a documentation page, which this says it is not.
        parent = posixpath.dirname(self.src_uri)
        if not self.use_directory_urls or self.name == "index":
            self.dest_uri = posixpath.join(parent, f"{self.name}.html")
        else:
            self.dest_uri = posixpath.join(parent, self.name, "index.html")

    def is_documentation_page(self) -> bool:
        return False

    def is_static_page(self) -> bool:
        return False

    def is_media_file(self) -> bool:
        return False

    def is_javascript(self) -> bool:
        return False

    def is_css(self) -> bool:
        return False

    def copy_file(self, dirty: bool = False) -> None:
        pass


class _Listed(NamedTuple):
    """What the sitemap reads of a page."""

    canonical_url: str | None
    abs_url: str | None
    update_date: str
    is_link: bool = False


class _ListedFile(NamedTuple):
    page: _Listed


def sitemap_pages(files: Iterable[File], site_url: str | None) -> list[Any]:
    """The sitemap's `pages` when some pages are stand-ins: every page a full build lists, in its order.

    A stand-in has no `Page` to list: it gets the values a `Page` would have, its URLs joined by
    concatenation (a page's `url` is a plain relative path): `urljoin` would be most of the work.
    """
    base = site_url if not site_url or site_url.endswith("/") else f"{site_url}/"
    root = urlsplit(base).path if base else ""
    date = get_build_date()
    pages: list[Any] = []
    for file in files:
        if isinstance(file, StandIn):
            if file.for_page and file.inclusion.is_included():
                url = "" if file.url in (".", "./") else file.url
                pages.append(_ListedFile(_Listed(base + url, root + url, date) if base else _Listed(None, None, date)))
        elif file.is_documentation_page() and file.inclusion.is_included():
            pages.append(file)
    return pages


class StrictWarnings(logging.Handler):
    """Counts what MkDocs' `--strict` counts, so the hook knows before MkDocs does that the build will fail."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    @classmethod
    def counting(cls) -> StrictWarnings:
        handler = cls()
        logging.getLogger("mkdocs").addHandler(handler)
        return handler

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1

    def stop(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self)


class _ChangesObserver(Observer):  # type: ignore[misc,valid-type]
    """File events that change content only: the build itself opens and reads every article."""

    CHANGES: ClassVar[list[type[events.FileSystemEvent]]] = [
        events.FileCreatedEvent,
        events.FileModifiedEvent,
        events.FileMovedEvent,
        events.FileDeletedEvent,
        events.FileClosedEvent,
    ]

    def schedule(self, event_handler, path, *, recursive=False, event_filter=None, follow_symlink=False):
        return super().schedule(
            event_handler, path, recursive=recursive, event_filter=event_filter or self.CHANGES, follow_symlink=follow_symlink
        )


def observe_changes_only(server: Any, watched: list[str]) -> None:
    """`mkdocs serve` told of edits by the operating system's file events, not by polling every file.

    The paths watched so far move to the new observer; later `watch` calls schedule on it.
    """
    for path in watched:
        server.unwatch(path)
    server.observer = _ChangesObserver()
    for path in watched:
        server.watch(path)


def theme_templates(env: jinja2.Environment, theme_dirs: list[str]) -> None:
    """The theme's own templates reachable as `theme/…` from the overrides that replace them."""
    assert env.loader is not None
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader({"theme": jinja2.FileSystemLoader(theme_dirs)})])
