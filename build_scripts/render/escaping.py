"""Put untrusted text into Markdown, or into the raw HTML blocks of a page, so that it renders as exactly that text.

Article and YAML text is data: every character Python-Markdown could read as
syntax where it stands is escaped, HTML is turned into entities, and control characters
(which Python-Markdown uses internally as placeholders) are shown as visible
symbols instead of being passed through.

Most of a generated page is raw HTML: Python-Markdown passes an HTML block through
without running its inline patterns over it, the costliest part of rendering Markdown.
Only headings stay Markdown, for the table of contents and the permalinks.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Mapping
from urllib.parse import quote

from build_scripts import site_paths

# Inline syntax can start anywhere in a line; block markers (headings, lists, rules) only where a line
# starts. Escaping nothing more keeps Python-Markdown's inline pass, the slowest part of a build, short.
_INLINE_SYNTAX = re.compile(r"[\\`*_{}\[\]!<>&]")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_BLOCK_START = re.compile(r"[#+-]|[0-9]+(?=\.)")
_TRAILING_HASHES = re.compile(r"#+$")
FOOTNOTES_MARKER = "///Footnotes Go Here///"
"""Python-Markdown's footnotes extension moves its footnotes to where a paragraph reads exactly this: never text's."""
_FOOTNOTES_MARKER_ESCAPED = "&#47;" + FOOTNOTES_MARKER[1:]
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(f"{chr(p << 16 | 0xFFFE)}{chr(p << 16 | 0xFFFF)}" for p in range(1, 17))
# What a reader cannot see: C1 controls; Unicode's Default_Ignorable_Code_Point set (soft hyphen, combining
# grapheme joiner, Hangul fillers, zero-width and bidi characters, invisible operators, shorthand and musical
# format controls, tag characters, and the code points reserved for more of them) but its joiners and variation
# selectors; interlinear annotations; noncharacters. Cf's other characters are visible marks (Arabic number
# signs) or Egyptian hieroglyph layout.
_INVISIBLE = (
    "\x80-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    f"\U000e0000-\U000e00ff\U000e01f0-\U000e0fff{_NONCHARACTERS}"
)
# Joiners always stay (emoji sequences, Indic and Persian text need them, and alone they hide no text); a variation
# selector stays right after a character it can change (an emoji's presentation, a CJK or Mongolian form), and
# is marked anywhere else: after a space, an invisible character or another selector it changes nothing, and
# a run of them can carry a hidden message.
_VARIATION_SELECTORS = "\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef"
_NOT_A_BASE = f"\\s\\x00-\\x1f\\x7f\u200c\u200d{_VARIATION_SELECTORS}{_INVISIBLE}"
_HIDDEN = re.compile(f"[{_INVISIBLE}]|(?:^|(?<=[{_NOT_A_BASE}]))[{_VARIATION_SELECTORS}]")
_PRINTABLE_MAYBE_HIDDEN = re.compile(f"[\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0{_VARIATION_SELECTORS}]")
"""The characters `str.isprintable` accepts that may print as nothing: letters and marks, variation selectors."""
_UNSAFE_IN_URL = re.compile(f"{_CONTROL.pattern}|[{_INVISIBLE}{_VARIATION_SELECTORS}]")


_EMOJI_TAG_SEQUENCE = re.compile("(\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f)")
"""A subdivision flag (England's): the one use of tag characters, kept whole."""


def shows_as_is(text: str) -> bool:
    """True when `visible` leaves `text` unchanged (nearly every text: the costly passes run only on the others)."""
    return text.isprintable() and (text.isascii() or _PRINTABLE_MAYBE_HIDDEN.search(text) is None)


def visible(text: str, before: str = "") -> str:
    """Control and invisible characters as visible marks, so nothing hides or reorders text.

    Every text a person reads goes through it (pages, feeds, JSON-LD, search, the annotation export's bodies), so
    one input shows the same marks everywhere. `before` is the character the text follows, for a piece of a
    longer text: a variation selector is marked or not by what it follows.
    """
    if shows_as_is(text):
        return text
    if before:
        return visible(before + text)[len(visible(before)) :]
    parts = _EMOJI_TAG_SEQUENCE.split(text)  # flags at odd indexes
    return "".join(part if i % 2 else _CONTROL.sub(_picture, _HIDDEN.sub(_mark, part)) for i, part in enumerate(parts))


def href(address: str) -> str:
    """A link's target as written, its control and invisible characters percent-encoded.

    A browser percent-encodes them itself when it follows the link, so it still points where it was written to;
    a mark such as `[U+202E]` in it would point somewhere else.
    """
    if shows_as_is(address):
        return address
    return _UNSAFE_IN_URL.sub(lambda m: quote(m.group(), safe=""), address)


def _picture(match: re.Match[str]) -> str:
    return "\u2421" if match.group() == "\x7f" else chr(0x2400 + ord(match.group()))


def _mark(match: re.Match[str]) -> str:
    return f"[U+{ord(match.group()):04X}]"


def escape(text: str) -> str:
    """Inline Markdown that displays `text` literally, on one line, wherever on the line it is put."""
    text = _INLINE_SYNTAX.sub(lambda m: _ENTITIES.get(m[0]) or "\\" + m[0], visible(text.replace("\n", " ").strip()))
    # A heading drops the # signs that end its line; escaped, they stay.
    text = _TRAILING_HASHES.sub(lambda m: "\\#" * len(m[0]), text)
    marker = _BLOCK_START.match(text)
    if marker:
        text = text[: marker.end()] + "\\." + text[marker.end() + 1 :] if marker[0][0].isdigit() else "\\" + text
    return text.replace(FOOTNOTES_MARKER, _FOOTNOTES_MARKER_ESCAPED)


def attribute(text: str) -> str:
    """A value safe inside a double-quoted HTML attribute."""
    # html.escape(visible(text), quote=True), without its calls (shows_as_is too): this runs for every attribute
    # of every page.
    if not (text.isprintable() and (text.isascii() or _PRINTABLE_MAYBE_HIDDEN.search(text) is None)):
        text = visible(text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")


def link(text: str, url: str) -> str:
    """A Markdown link whose target was validated as http(s)/mailto or is a page we generated."""
    return f"[{escape(text)}](<{url}>)"


def text(value: str, before: str = "") -> str:
    """HTML that displays `value` literally, on one line (the HTML counterpart of `escape`).

    Python-Markdown still reads the text of raw HTML for two markers: a paragraph reading exactly
    `[TOC]` would become a table of contents, one reading the footnotes marker would be replaced by the footnotes.
    `before`: the character right before `value` when it is a piece of a longer text (see `visible`).
    """
    shown = value.replace("\n", " ").strip()
    # visible(shown) and html.escape(shown, quote=False), without their calls (shows_as_is too): this runs for every
    # text of every page.
    if not (shown.isprintable() and (shown.isascii() or _PRINTABLE_MAYBE_HIDDEN.search(shown) is None)):
        shown = visible(shown, before)
    shown = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return shown.replace("[TOC]", "&#91;TOC]").replace(FOOTNOTES_MARKER, _FOOTNOTES_MARKER_ESCAPED)


def is_text(value: str) -> bool:
    """True when `value`, and so any part of it, needs no escaping: `text` changes nothing but its edge spaces."""
    return (
        shows_as_is(value)
        and "&" not in value
        and "<" not in value
        and ">" not in value
        and "[TOC]" not in value
        and FOOTNOTES_MARKER not in value
    )


def element(tag: str, content: str, attributes: Mapping[str, str] | None = None) -> str:
    """`<tag …>content</tag>`; `content` is HTML already. Attributes in lexical order, as Python-Markdown writes them."""
    if not attributes:
        return f"<{tag}>{content}</{tag}>"
    if len(attributes) == 1:  # nearly every element (a class, a link's href), so the short way
        ((name, value),) = attributes.items()
        return f'<{tag} {name}="{attribute(value)}">{content}</{tag}>'
    shown = "".join([f' {name}="{attribute(value)}"' for name, value in sorted(attributes.items())])
    return f"<{tag}{shown}>{content}</{tag}>"


def anchor(value: str, target: str, attributes: Mapping[str, str] | None = None) -> str:
    """An HTML link showing `value`, to a URL validated as http(s)/mailto or made by `page_url`."""
    return element("a", text(value), {"href": href(target), **(attributes or {})})


def page_url(from_page: str, to: str) -> str:
    """The relative URL MkDocs writes for a Markdown link from a docs page to a page or a generated file.

    MkDocs rewrites the links of Markdown, not those in raw HTML, so these are given their final form here
    (use_directory_urls: a page `a/b.md` is at `a/b/`), as `posixpath.relpath` makes it.
    """
    start, _ = _location(from_page)
    target, directory = _location(to)
    common = 0
    while common < min(len(start), len(target)) and start[common] == target[common]:
        common += 1
    relative = "/".join(("..",) * (len(start) - common) + target[common:]) or "."
    return relative + "/" if directory else relative


@functools.lru_cache(maxsize=1 << 16)
def _location(page_or_file: str) -> tuple[tuple[str, ...], bool]:
    """The quoted URL of a docs page or generated file as `posixpath.relpath` splits it; True if it ends in a slash.

    Cached: every page linking to a page asks again (hundreds of thousands of links in a large archive), and
    quoting and normalising the URL cost more than the rest of a link.
    """
    url = site_paths.url_of(page_or_file) if page_or_file.endswith(".md") else page_or_file
    return tuple(part for part in posixpath.normpath("/" + quote(url)).split("/") if part), url == "" or url.endswith("/")
