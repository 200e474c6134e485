"""The sentence around a passage of a paragraph, bounded, so a quote or claim shown away from its article reads
on its own ("years." alone says nothing; "…went on for "years."" does).

Sentence ends are found with a light rule (a full stop, question or exclamation mark, closing marks after it,
then a capital, a digit or an opening mark), not a parser: a missed end only makes the excerpt longer, and
the bound keeps it short.
"""

from __future__ import annotations

import re

MAX_AROUND = 300
"""Characters shown around the passage at most, before and after together: the passage is always whole."""
SHORT = 80
"""An excerpt, passage included, shorter than this takes the sentence before it (or else after it) too, when that
fits in MAX_AROUND."""
ELLIPSIS = "…"

_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s+[\"“‘«(\[]*[^\W_a-z])")
"""A sentence's end: the text after it starts with a capital or a digit (lowercase letters are not capitals)."""
_NOT_AN_END = re.compile(
    r"(?:^|[\s(\"“])(?:[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|"
    r"Mr|Mrs|Ms|Dr|Drs|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|St|Jr|Sr|No|Mt|Jl|Ir)\.$"
)
"""An initial ("Lolita C."), a title ("Mr.", "Dr.", "Gen.") or "U.S." before a full stop: no sentence ends there."""


def _ends(text: str) -> list[int]:
    """Where each sentence of `text` ends (after its closing marks)."""
    return [m.end() for m in _END.finditer(text) if not (m[0][0] == "." and _NOT_AN_END.search(text[: m.start() + 1]))]


def around(text: str, start: int, end: int) -> tuple[str, str]:
    """What to show before and after `text[start:end]`: the rest of its sentence(s), an `ELLIPSIS` where cut,
    whitespace runs as single spaces."""
    ends = _ends(text)
    first = max((e for e in ends if e <= start), default=0)
    last = min((e for e in ends if e >= end), default=len(text))
    while last - first < SHORT:
        before = max((e for e in ends if e < first), default=0)
        after = min((e for e in ends if e > last), default=len(text))
        if first > 0 and (first - before) + (last - first) - (end - start) <= MAX_AROUND:
            first = before
        elif last < len(text) and (after - last) + (last - first) - (end - start) <= MAX_AROUND:
            last = after
        else:
            break
    head, tail = _spaced(text[first:start]).lstrip(), _spaced(text[end:last]).rstrip()
    room_before = max(MAX_AROUND // 2, MAX_AROUND - len(tail))
    head = head if len(head) <= room_before else ELLIPSIS + _cut(head[::-1], room_before)[::-1]
    room_after = MAX_AROUND - len(head)
    tail = tail if len(tail) <= room_after else _cut(tail, room_after) + ELLIPSIS
    return head, tail


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _cut(text: str, room: int) -> str:
    """The start of `text` in at most `room` characters, cut before a word (`text` reversed cuts its end)."""
    kept = text[: room - 1]
    space = kept.rfind(" ")
    return kept[: space + 1] if space > 0 else kept
