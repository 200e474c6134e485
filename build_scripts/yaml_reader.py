"""Read contributor YAML as located nodes, so every problem can name its line and column.

PyYAML's constructed values forget where they came from, accept duplicate
keys silently and, with the wrong loader, build arbitrary objects. Here we
only *compose* (build the node tree, never Python objects from tags) and
read values field by field, collecting every problem instead of stopping.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

import yaml

from .model import Located, Problem

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_ALLOWED_TAGS = _SCALAR_TAGS | {_CORE + "seq", _CORE + "map"}
_KIND_NAMES = {
    yaml.MappingNode: "a mapping (key: value lines)",
    yaml.SequenceNode: "a list",
    yaml.ScalarNode: "a single value",
}
_URL_SCHEMES = ("http", "https", "mailto")
_UNSAFE_URL_CHARS = re.compile(r"[\s<>\"'`\\\x00-\x1f\x7f]")


def located(node: yaml.Node) -> Located:
    return Located(node.start_mark.line + 1, node.start_mark.column + 1)


def compose(path: str, text: str) -> tuple[yaml.Node | None, list[Problem]]:
    """The document's node tree, or the syntax problem that stopped the parser."""
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = " ".join(part for part in (err.context, err.problem) if part)
        return None, [Problem(path, *where, f"YAML syntax error: {detail}; check the indentation and quoting on this line")]
    except yaml.YAMLError as err:
        return None, [Problem(path, 1, 1, f"YAML could not be read: {err}")]
    if root is None:
        return None, []
    problems = _structure_problems(path, root)
    return (None if problems else root), problems


def _structure_problems(path: str, root: yaml.Node) -> list[Problem]:
    """Aliases, tags and duplicate keys: the YAML features that hide or fabricate data."""
    problems: list[Problem] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        where = located(node)
        if id(node) in seen:
            problems.append(
                Problem(path, where.line, where.column, "YAML aliases (*name) are not allowed here; write the value out in full")
            )
            continue
        seen.add(id(node))
        if node.tag not in _ALLOWED_TAGS:
            problems.append(
                Problem(path, where.line, where.column, f"YAML tag {node.tag!r} is not allowed; remove the tag and write plain text")
            )
            continue
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, yaml.Node] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value in keys:
                    first = located(keys[key.value])
                    at = located(key)
                    problems.append(
                        Problem(
                            path,
                            at.line,
                            at.column,
                            f"duplicate key {key.value!r} (first given on line {first.line}); keep only one",
                        )
                    )
                elif isinstance(key, yaml.ScalarNode):
                    keys[key.value] = key
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return sorted(problems, key=lambda p: (p.line, p.column))


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _CORE + "null":
            return "nothing"
        return repr(node.value) if len(node.value) <= 60 else repr(node.value[:57] + "...")
    return _KIND_NAMES[type(node)]


class FieldReader:
    """Reads typed values out of nodes, recording a problem for each bad one and returning None for it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node, message: str) -> None:
        where = located(node)
        self.problems.append(Problem(self.path, where.line, where.column, message))

    def mapping(
        self, node: yaml.Node, what: str, allowed: Sequence[str], required: Sequence[str] = ()
    ) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what}: expected a mapping with keys such as {', '.join(allowed[:3])}; found {_describe(node)}")
            return None
        fields: dict[str, yaml.Node] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name not in allowed:
                close = difflib.get_close_matches(str(name), allowed, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                self.problem(key, f"unknown key {name!r} in {what}; expected one of: {', '.join(allowed)}{hint}")
                continue
            fields[name] = value
        missing = [key for key in required if key not in fields or _is_null(fields[key])]
        for key in missing:
            self.problem(node, f"{what}: missing required key {key!r}")
        return fields

    def sequence(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        if node is None or _is_null(node):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what}: expected a list (lines starting with '- '); found {_describe(node)}")
            return []
        return list(node.value)

    def text(self, node: yaml.Node | None, what: str) -> str | None:
        """Any plain scalar as the characters written: `no` stays "no", `3.000` stays "3.000"."""
        if node is None or _is_null(node):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"{what}: expected text; found {_describe(node)}")
            return None
        if not node.value.strip():
            self.problem(node, f"{what}: expected text; found an empty value")
            return None
        return node.value

    def texts(self, node: yaml.Node | None, what: str) -> tuple[str, ...]:
        if node is None:
            return ()
        if isinstance(node, yaml.ScalarNode) and not _is_null(node):
            value = self.text(node, what)
            return (value,) if value is not None else ()
        values = (self.text(item, what) for item in self.sequence(node, what))
        return tuple(value for value in values if value is not None)

    def choice(self, node: yaml.Node | None, what: str, options: Sequence[str]) -> str | None:
        value = self.text(node, what)
        if value is None or value in options:
            return value
        assert node is not None
        close = difflib.get_close_matches(value, options, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        self.problem(node, f"{what}: expected one of {', '.join(options)}; found {value!r}{hint}")
        return None

    def url(self, node: yaml.Node | None, what: str) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        assert node is not None
        value = value.strip()
        parts = urlsplit(value)
        scheme_ok = parts.scheme.lower() in _URL_SCHEMES and (parts.scheme.lower() == "mailto" or parts.netloc)
        if not scheme_ok or _UNSAFE_URL_CHARS.search(value):
            self.problem(
                node,
                f"{what}: expected a link starting with http://, https:// or mailto: and without spaces or quotes; found {_describe(node)}",
            )
            return None
        return value

    def date(self, node: yaml.Node | None, what: str) -> dt.date | None:
        value = self.text(node, what)
        if value is None:
            return None
        assert node is not None
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            self.problem(node, f"{what}: expected a date written YYYY-MM-DD (e.g. 2024-10-23); found {_describe(node)}")
            return None

    def boolean(self, node: yaml.Node | None, what: str, default: bool) -> bool:
        value = self.text(node, what)
        if value is None:
            return default
        assert node is not None
        if value not in ("true", "false"):
            self.problem(node, f"{what}: expected true or false; found {_describe(node)}")
            return default
        return value == "true"

    def positive_int(self, node: yaml.Node | None, what: str) -> int | None:
        value = self.text(node, what)
        if value is None:
            return None
        assert node is not None
        if not re.fullmatch(r"[0-9]+", value.strip()) or int(value) < 1:
            self.problem(node, f"{what}: expected a whole number from 1 up; found {_describe(node)}")
            return None
        return int(value)


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == _CORE + "null"
