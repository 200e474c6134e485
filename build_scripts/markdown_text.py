"""Put untrusted text into Markdown so that it renders as exactly that text.

Article and YAML text is data: every character Python-Markdown could read as
syntax is escaped, HTML is turned into entities, and control characters
(which Python-Markdown uses internally as placeholders) are shown as visible
symbols instead of being passed through.
"""

from __future__ import annotations

import html
import re

_BACKSLASH_ESCAPED = frozenset("\\`*_{}[]()#+-.!")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
FOOTNOTES_MARKER = "///Footnotes Go Here///"
"""Python-Markdown puts the footnotes where a paragraph reads exactly this; pages place it inside the article."""
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Joiners (U+200C, U+200D) stay: emoji and several scripts need them, and they hide nothing.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def visible(text: str) -> str:
    """Control, zero-width and bidirectional-override characters as visible marks, so nothing hides text."""
    text = _CONTROL.sub(lambda m: "\u2421" if m.group() == "\x7f" else chr(0x2400 + ord(m.group())), text)
    return _INVISIBLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def escape(text: str) -> str:
    """Inline Markdown that displays `text` literally, on one line."""
    out = []
    for char in visible(text.replace("\n", " ").strip()):
        if char in _BACKSLASH_ESCAPED:
            out.append("\\" + char)
        else:
            out.append(_ENTITIES.get(char, char))
    return "".join(out).replace(FOOTNOTES_MARKER, "&#47;" + FOOTNOTES_MARKER[1:])


def attribute(text: str) -> str:
    """A value safe inside a double-quoted HTML attribute."""
    return html.escape(visible(text), quote=True)


def link(text: str, url: str) -> str:
    """A Markdown link whose target was validated as http(s)/mailto or is a page we generated."""
    return f"[{escape(text)}](<{url}>)"
