"""The sentence around a passage of a paragraph, bounded, so a quote or claim shown away from its article reads
on its own ("years." alone says nothing; "…went on for "years."" does).

Sentence ends are found with a light rule (a full stop, question or exclamation mark, closing marks after it,
then a capital, a digit or an opening mark, outside curly quotation marks), not a parser: a missed end only
makes the excerpt longer, and the bound keeps it short. Only a window around the passage is read, so a
paragraph of any length costs the same.
"""

from __future__ import annotations

import re

MAX_AROUND = 300
"""Characters shown around the passage at most, before and after together: the passage is always whole."""
SHORT = 80
"""An excerpt, passage included, shorter than this takes the sentence before it (or else after it) too, when that
fits in MAX_AROUND."""
ELLIPSIS = "…"

_END = re.compile(r"([.!?…]+[\"”’»)\]]*)\s+[\"“‘«(\[]*(\w)")
"""A possible sentence end, and the first letter or digit after it: a capital or a digit makes it one."""
_NOT_AN_END = re.compile(
    r"(?:^|[\s(\"“])(?:[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|"
    r"Mr|Mrs|Ms|Dr|Drs|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|St|Jr|Sr|No|Mt|Jl|Ir)\.$"
)
"""An initial ("Lolita C."), a title ("Mr.", "Dr.", "Gen.") or "U.S." before a full stop: no sentence ends there."""
_LOOK_BACK = 16
"""Characters `_NOT_AN_END` needs to see before a full stop."""
_CURLY = re.compile("[“”]")


def _ends(text: str, low: int, high: int) -> list[int]:
    """Where each sentence of `text[low:high]` ends (after its closing marks); never inside a quotation, so an
    excerpt does not open a quotation it does not close."""
    ends = []
    opened = False
    marks = _CURLY.finditer(text, low, high)
    mark = next(marks, None)
    for m in _END.finditer(text, low, high):
        end = m.end(1)
        while mark is not None and mark.start() < end:
            opened, mark = mark[0] == "“", next(marks, None)
        letter = m[2]
        if opened or (letter.isalpha() and not letter.isupper()):
            continue
        if m[1][0] == "." and _NOT_AN_END.search(text, max(low, m.start() - _LOOK_BACK), m.start() + 1):
            continue
        ends.append(end)
    return ends


def around(text: str, start: int, end: int) -> tuple[str, str]:
    """What to show before and after `text[start:end]`: the rest of its sentence(s), an `ELLIPSIS` where cut,
    whitespace runs as single spaces."""
    low, high = max(0, start - 2 * MAX_AROUND), min(len(text), end + 2 * MAX_AROUND)
    ends = _ends(text, low, high)
    first = max((e for e in ends if e <= start), default=low)
    last = min((e for e in ends if e >= end), default=high)
    while last - first < SHORT:
        before = max((e for e in ends if e < first), default=low)
        after = min((e for e in ends if e > last), default=high)
        if first > low and (first - before) + (last - first) - (end - start) <= MAX_AROUND:
            first = before
        elif last < high and (after - last) + (last - first) - (end - start) <= MAX_AROUND:
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
