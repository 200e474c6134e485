"""The shortcuts markdown_text takes for speed give what the plain definitions give."""

from __future__ import annotations

import posixpath
import sys
from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts import site_paths
from build_scripts.render.escaping import page_url, visible

SEGMENT = st.sampled_from(["articles", "2024", "index", "a b", "é", "%", "?", "#", ".", "..", "", "x.jsonld", "feeds"])
PATH = st.lists(SEGMENT, min_size=1, max_size=4).map("/".join)
PAGE = PATH.map(lambda path: path + ".md")


@settings(max_examples=1000, deadline=None)
@given(from_page=PAGE, to=st.one_of(PAGE, PATH, st.just("index.md")))
def test_page_url_is_the_relative_path_posixpath_gives(from_page: str, to: str) -> None:
    target = "/" + quote(site_paths.url_of(to) if to.endswith(".md") else to)
    relative = posixpath.relpath(target, "/" + quote(site_paths.url_of(from_page)))
    assert page_url(from_page, to) == (relative + "/" if target.endswith("/") else relative)


def test_visible_leaves_every_printable_character_alone() -> None:
    """visible returns a printable text as it is: it must mark no printable character."""
    printable = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isprintable())
    assert visible(printable + "\x00") == printable + "\u2400"
