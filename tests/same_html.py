"""A generated page as the site shows it (our HTML) against MkDocs rendering the page's Markdown.

The build hands MkDocs the HTML of each generated page (build_scripts/mkdocs/prerendered.py); `build --out`
publishes the Markdown. Both must be the same page: same elements, attributes, text, table of
contents and title, as a reader sees them: white space between elements is not compared, a run of it in
text is one space (a browser lays both out the same), and an entity is the character it stands for.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from html.parser import HTMLParser

from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from build_scripts.build.site_files import Generated, as_files
from build_scripts.mkdocs import prerendered
from build_scripts.render.page_blocks import PageSource

from support import REPO

CONFIG = load_config(str(REPO / "mkdocs.yml"))
LINKS = prerendered.permalinks(CONFIG.markdown_extensions, CONFIG.mdx_configs)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple] = []
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # A boolean attribute: Python-Markdown writes data-pagefind-body="data-pagefind-body", we write it bare.
        self.items.append(("<", tag, tuple(sorted((k, "" if v in (None, k) else v) for k, v in attrs))))
        self.pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        self.items.append((">", tag))
        self.pre -= tag == "pre"

    def handle_data(self, data: str) -> None:
        # Runs of white space are laid out as one space, except in <pre> (Python-Markdown expands tabs).
        if data.strip():
            self.items.append(("text", data if self.pre else re.sub(r"[ \t\n\r\f]+", " ", data)))


def elements(html: str) -> list[tuple]:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.items


def _file(path: str, text: str) -> File:
    """A generated file, as `File.generated` makes it in a hook (which needs a plugin event running)."""
    file = File(path, src_dir=None, dest_dir=CONFIG.site_dir, use_directory_urls=CONFIG.use_directory_urls)
    file.content_string = text
    return file


def _toc(items) -> list[tuple]:
    """Titles as a reader sees them (the toc extension keeps an entity Python-Markdown was given)."""
    return [(html.unescape(item.title), item.id, item.level, _toc(item.children)) for item in items]


def differences(pages: Mapping[str, Generated]) -> list[str]:
    """Every generated page whose HTML, table of contents, title or meta differ between the two ways."""
    assert LINKS is not None, "mkdocs.yml's Markdown extensions are no longer the ones page_blocks reproduces"
    files = Files([_file(path, text) for path, text in as_files(pages).items()])
    found = []
    for path, content in pages.items():
        if not isinstance(content, PageSource):
            continue
        source = files.get_file_from_path(path)
        assert source is not None
        theirs = Page(None, source, CONFIG)
        theirs.read_source(CONFIG)
        theirs.render(CONFIG, files)
        ours = prerendered.PrerenderedPage(None, _file(path, ""), CONFIG, content, LINKS)
        ours.read_source(CONFIG)
        ours.render(CONFIG, files)
        for what, mine, markdown in (
            ("HTML", elements(ours.html()), elements(theirs.content or "")),
            ("table of contents", _toc(ours.toc), _toc(theirs.toc)),
            ("title", html.unescape(ours.title or ""), html.unescape(theirs.title or "")),
            ("meta", ours.meta, theirs.meta),
        ):
            if mine != markdown:
                where = ""
                if isinstance(mine, list) and isinstance(markdown, list):
                    first = next((i for i, (a, b) in enumerate(zip(mine, markdown, strict=False)) if a != b), None)
                    if first is not None:
                        where = f" (first difference at item {first}: ours {mine[first]!r}, Markdown's {markdown[first]!r})"
                found.append(f"{path}: {what} differs{where}: ours {str(mine)[:300]!r} vs {str(markdown)[:300]!r}")
    return found
