"""The shortcuts markdown_text takes for speed give what the plain definitions give."""

from __future__ import annotations

import posixpath
import sys
from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts import site_paths
from build_scripts.render.escaping import page_url, shows_as_is, visible

from support import MARKED, VARIATION_SELECTORS

SEGMENT = st.sampled_from(["articles", "2024", "index", "a b", "é", "%", "?", "#", ".", "..", "", "x.jsonld", "feeds"])
PATH = st.lists(SEGMENT, min_size=1, max_size=4).map("/".join)
PAGE = PATH.map(lambda path: path + ".md")


@settings(max_examples=1000, deadline=None)
@given(from_page=PAGE, to=st.one_of(PAGE, PATH, st.just("index.md")))
def test_page_url_is_the_relative_path_posixpath_gives(from_page: str, to: str) -> None:
    target = "/" + quote(site_paths.url_of(to) if to.endswith(".md") else to)
    relative = posixpath.relpath(target, "/" + quote(site_paths.url_of(from_page)))
    assert page_url(from_page, to) == (relative + "/" if target.endswith("/") else relative)


def test_visible_leaves_alone_every_text_its_shortcut_lets_through() -> None:
    """`shows_as_is` (str.isprintable, then a search for the few printable characters that may print as nothing)
    lets a text skip visible's passes: visible must leave any such text as it is, and only those few be searched."""
    printable = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isprintable()]
    through = "".join(filter(shows_as_is, printable))
    assert visible(through + "\x00") == through + "\u2400"
    assert {c for c in printable if not shows_as_is(c)} == {c for c in printable if MARKED.match(c)} | VARIATION_SELECTORS
