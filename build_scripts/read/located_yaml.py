"""Read contributor YAML as plain values that remember their nodes, so every problem names its line and column.

PyYAML's constructed values forget where they came from, accept duplicate
keys silently and, with the wrong loader, build arbitrary objects. Here we
only *compose* (build the node tree, never Python objects from tags) and
reject the YAML features that hide or fabricate data. The nodes are then read
as plain values the way editors' YAML 1.2 language server reads them (`2` is a
number, `false` a boolean, `no` and `2024-10-23` are text), each remembering
its node, for `schema_check` to validate.
"""

from __future__ import annotations

import contextlib
import gc
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

import yaml

from build_scripts.model import Located, Problem

Pointer = tuple[str | int, ...]
"""Where a value sits in a document: keys and list indexes from the root, like `ValidationError.absolute_path`."""

_CORE = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP = _CORE + "str", _CORE + "seq", _CORE + "map"
_UNTAGGED = "plain scalar written without a tag"
"""Its value is told by YAML 1.2's core schema (`core_value`); no tag written in YAML can be this text (spaces)."""
_SCALAR_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_ALLOWED_TAGS = _SCALAR_TAGS | {_SEQ, _MAP, _UNTAGGED}


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader, its nodes tagged only as written: YAML 1.1's resolving (a large share of composing) is never used."""

    def resolve(self, kind: type[yaml.Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            return _UNTAGGED if implicit[0] else _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


_MAX_DEPTH = 16
"""Containers nested deeper than this are read as empty: no schema looks that far, and pointers stay short."""


def located(node: yaml.Node) -> Located:
    return Located(node.start_mark.line + 1, node.start_mark.column + 1)


_BRACKETS = re.compile(r"[\[\]{}]")
_MAX_NESTING = 1_000
"""libyaml's C parser recurses per nesting level and crashes the interpreter near 200,000 levels."""


def _nesting_bound(text: str) -> int:
    """An upper bound on how deeply the document nests: indentation, `- ` markers and open brackets."""
    # Looser, but counted in C: a line's indentation and `- ` markers fit in its length, open brackets in
    # their number. Annotation files are far below the limit, and an exact count would cost a share of reading one.
    loose = max(map(len, text.split("\n"))) + text.count("[") + text.count("{")
    if loose <= _MAX_NESTING:
        return loose
    block = max((len(line) - len(line.lstrip(" ")) + line.count("- ") for line in text.split("\n")), default=0)
    flow = deepest = 0
    for bracket in _BRACKETS.findall(text):
        flow = flow + 1 if bracket in "[{" else max(0, flow - 1)
        deepest = max(deepest, flow)
    return block + deepest


_YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_LINE_BREAK = re.compile("\r\n|[\r\n]")


def _editor_position(text: str, line: int, column: int) -> tuple[int, int]:
    """YAML's 0-based (line, column) as an editor counts: YAML also breaks lines at NEL, LS and PS."""
    if not any(c in text for c in "\x85\u2028\u2029"):
        return line + 1, column + 1
    starts = [0, *(m.end() for m in _YAML_LINE_BREAK.finditer(text))]
    offset = min(starts[min(line, len(starts) - 1)] + column, len(text))
    breaks = list(_LINE_BREAK.finditer(text, 0, offset))
    return len(breaks) + 1, offset - (breaks[-1].end() if breaks else 0) + 1


def _editor_mark(text: str, mark: yaml.Mark) -> yaml.Mark:
    line, column = _editor_position(text, mark.line, mark.column)
    return yaml.Mark(mark.name, mark.index, line - 1, column - 1, None, 0)


def _editor_marks(root: yaml.Node, text: str) -> None:
    """Every node's position as an editor counts it (see `_editor_position`); nothing to do without NEL, LS or PS."""
    if not any(c in text for c in "\x85\u2028\u2029"):
        return
    seen, stack = set(), [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        node.start_mark, node.end_mark = (_editor_mark(text, mark) for mark in (node.start_mark, node.end_mark))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while a document is read: a registry is millions of nodes, marks and
    values, made all at once and kept, and each collection the allocations set off would walk them all again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compose(path: str, text: str) -> tuple[Document | None, list[Problem]]:
    """The document's values and the problems of its YAML; None when it cannot be read at all.

    A value written with a YAML feature we reject (an alias, a tag) is left out (`Document.dropped`) and
    the rest read on, so its other mistakes are reported in the same run.
    """
    with collection_paused():
        return _compose(path, text)


def _compose(path: str, text: str) -> tuple[Document | None, list[Problem]]:
    if _nesting_bound(text) > _MAX_NESTING:
        return None, [Problem(path, 1, 1, f"YAML nested more than {_MAX_NESTING:,} levels deep; annotation files need 3")]
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.reader.ReaderError as err:  # a character YAML forbids: where it is, in one line
        character = err.character if isinstance(err.character, int) else ord(err.character)
        before = text.encode("utf-8")[: err.position].decode("utf-8", "replace")
        line, column = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
        return None, [
            Problem(
                path,
                line,
                column,
                f"YAML cannot hold the character U+{character:04X}; delete it, "
                f'or write it as "\\u{character:04X}" inside double quotes',
            )
        ]
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = _editor_position(text, mark.line, mark.column) if mark else (1, 1)
        detail = " ".join(part for part in (err.context, err.problem) if part)
        return None, [Problem(path, *where, f"YAML syntax error: {detail}; check the indentation and quoting on this line")]
    except yaml.YAMLError as err:
        return None, [Problem(path, 1, 1, f"YAML could not be read: {err}")]
    if root is None:
        return None, []
    _editor_marks(root, text)
    document, problems = _read(path, root)
    if any(p.message == _ALIAS for p in problems):  # the composed tree shares nodes: say where each alias is written
        aliases = [e.start_mark for e in yaml.parse(text, Loader=_Loader) if isinstance(e, yaml.AliasEvent) and e.start_mark]
        problems = sorted(
            [p for p in problems if p.message != _ALIAS]
            + [Problem(path, *_editor_position(text, m.line, m.column), _ALIAS) for m in aliases],
            key=lambda p: (p.line, p.column),
        )
    return document, problems


_ALIAS = "YAML aliases (*name) are not allowed here; write the value out in full"


def _read(path: str, root: yaml.Node) -> tuple[Document, list[Problem]]:
    """The document's values, and the YAML features that hide or fabricate data: aliases, tags, duplicate and
    complex keys. Of a duplicate key the first value is kept; a complex key and what it maps to are not read."""
    problems: list[Problem] = []
    dropped: set[Pointer] = set()

    def report(node: yaml.Node, message: str) -> None:
        at = located(node)
        problems.append(Problem(path, at.line, at.column, message))

    nodes: dict[Pointer, yaml.Node] = {(): root}
    keys: dict[Pointer, yaml.Node] = {}
    data = _empty_or_scalar(root)
    seen: set[int] = set()
    # (node, its pointer and its value; None for a node only checked: deeper than _MAX_DEPTH, or in a bad key)
    stack: list[tuple[yaml.Node, Pointer | None, Any]] = [(root, (), data)]
    while stack:
        node, at, value = stack.pop()
        if id(node) in seen or node.tag not in _ALLOWED_TAGS:
            report(
                node, _ALIAS if id(node) in seen else f"YAML tag {node.tag!r} is not allowed; remove the tag and write plain text"
            )
            if at is not None:
                dropped.add(at)
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            continue
        within = at if at is not None and len(at) < _MAX_DEPTH else None
        pushed = len(stack)
        if isinstance(node, yaml.MappingNode):
            given: dict[str, yaml.Node] = {}
            for key, child in node.value:
                if not isinstance(key, yaml.ScalarNode):
                    report(key, "a list or mapping cannot be a key; write the key as plain text")
                    stack.append((key, None, None))
                elif id(key) in seen or key.tag not in _ALLOWED_TAGS:  # an alias or a tag: reported as any node
                    stack.append((key, None, None))
                elif key.value in given:
                    first = located(given[key.value])
                    report(key, f"duplicate key {key.value!r} (first given on line {first.line}); keep only one")
                else:
                    seen.add(id(key))
                    given[key.value] = key
                    if within is not None:
                        where = (*within, key.value)
                        keys[where] = key
                        nodes[where] = child
                        value[key.value] = _empty_or_scalar(child)
                        stack.append((child, where, value[key.value]))
                        continue
                stack.append((child, None, None))
        else:
            for index, child in enumerate(node.value):
                if within is not None:
                    where = (*within, index)
                    nodes[where] = child
                    value.append(_empty_or_scalar(child))
                    stack.append((child, where, value[-1]))
                else:
                    stack.append((child, None, None))
        stack[pushed:] = stack[pushed:][::-1]  # children in the order written: of a node met twice, the alias is the second
    return Document(data, nodes, keys, frozenset(dropped)), sorted(problems, key=lambda p: (p.line, p.column))


# --- YAML 1.2 core schema: what the YAML language server (and so the editor) sees -----------------

_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_OCTAL = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INFINITY = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
_NUMBER_STARTS = frozenset("+-.0123456789")
"""Every number pattern above starts with one of these."""


def core_value(text: str) -> Any:
    """A plain (unquoted) scalar as YAML 1.2's core schema reads it; anything but null, bool, int or float is text."""
    if text in _NULLS:
        return None
    if text in _BOOLS:
        return _BOOLS[text]
    if text[0] not in _NUMBER_STARTS:  # most scalars: text, told without trying six patterns
        return text
    try:
        if _INT.fullmatch(text):
            return int(text)
        if _OCTAL.fullmatch(text) or _HEX.fullmatch(text):
            return int(text, 0)
        if _FLOAT.fullmatch(text):
            return float(text)
    except ValueError:  # more digits than Python converts: not a value anyone means as a number
        return text
    if _INFINITY.fullmatch(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.fullmatch(text):
        return math.nan
    return text


def _scalar_value(node: yaml.ScalarNode) -> Any:
    """Quoted and block scalars and `!!str` are text as written; other scalars resolve as YAML 1.2 plain ones."""
    return node.value if node.tag == _STR else core_value(node.value)


def is_plain(node: yaml.ScalarNode) -> bool:
    """Written without quotes or a block indicator (libyaml says '' for that, the pure-Python parser None)."""
    return not node.style


@dataclass(frozen=True)
class Document:
    """A composed YAML document as plain values, with the node each value and each key was read from."""

    data: Any
    nodes: Mapping[Pointer, yaml.Node]
    """Node of every value, by its pointer."""
    keys: Mapping[Pointer, yaml.Node]
    """Key node of every mapping entry, by the entry's pointer."""
    dropped: frozenset[Pointer] = frozenset()
    """Values written as an alias or with a tag: reported by `compose`, left out of what is read."""


def _empty_or_scalar(node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return {}
    if isinstance(node, yaml.SequenceNode):
        return []
    return _scalar_value(cast(yaml.ScalarNode, node))
