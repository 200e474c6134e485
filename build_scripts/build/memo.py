"""Results kept from one build to the next, so `mkdocs serve` redoes only the work an edit changed.

Entries are keyed by the inputs themselves (file contents, the objects built from them), never by
modification times: an unchanged key is an unchanged result, and any changed input misses. Only the
entries the latest build used are kept, so memory does not grow with every edit.

The preview puts its memo in effect around a build (`kept_in`); the stages ask for it where they compute
(`computed`), so no stage takes it as an argument and a build without one computes everything.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Hashable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
_MISSING = object()


class Same:
    """A key part that stands for one object: equal only to itself, hashed by identity.

    For inputs too large to hash on every build (the people registry, a whole article) that a memo
    itself hands out again when their own inputs are unchanged.
    """

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __hash__(self) -> int:
        return id(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.value is self.value


class Memo:
    def __init__(self) -> None:
        self._previous: dict[Hashable, Any] = {}
        self._current: dict[Hashable, Any] = {}

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        value = self._current.get(key, _MISSING)
        if value is _MISSING:
            value = self._previous.get(key, _MISSING)
            self._current[key] = value = compute() if value is _MISSING else value
        return value

    def next_build(self) -> None:
        """Forget what the build that just ended did not use."""
        self._previous, self._current = self._current, {}


_in_effect: contextvars.ContextVar[Memo | None] = contextvars.ContextVar("memo", default=None)


@contextlib.contextmanager
def kept_in(memo: Memo) -> Iterator[None]:
    """While the body runs (in this thread), `computed` results are kept in `memo`, and taken from it."""
    token = _in_effect.set(memo)
    try:
        yield
    finally:
        _in_effect.reset(token)


def active_memo() -> Memo | None:
    """The memo in effect: work that would leave this process (a forked worker) keeps nothing in it."""
    return _in_effect.get()


def computed(key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or the result a previous build kept for `key`; without a memo in effect, always computed."""
    memo = _in_effect.get()
    return compute() if memo is None else memo.get(key, compute)
