"""Check located YAML values against the published JSON Schemas, each error one located problem in our words.

Validated with `jsonschema` against the schemas in `schemas/`, the same files editors complete and
flag from: every validation error becomes one problem at its value's line and column, saying what
was expected, what was found, and the fix. A document is first checked by the same schema compiled
to Python (`fastjsonschema`, many times faster); only one that fails there is validated again
by `jsonschema`, whose errors the messages are told from.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fastjsonschema
import yaml
from jsonschema import Draft202012Validator, ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import extend

from build_scripts.model import Located, Problem
from build_scripts.read.located_yaml import Document, Pointer, core_value, is_plain, located

SCHEMAS_DIR = Path(__file__).resolve().parents[2] / "schemas"
"""The published JSON Schemas: the one statement of what an annotation file or people.yml may say."""


def _ecma_pattern(validator, pattern: str, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
    """`pattern` as ECMA-262 (and so the editor) reads it: a final `$` is the end of the text, not a newline before it."""
    if validator.is_type(instance, "string") and not _regex(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@functools.cache
def _regex(pattern: str) -> re.Pattern[str]:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


_Validator = extend(Draft202012Validator, validators={"pattern": _ecma_pattern})
_FORMATS = Draft202012Validator.FORMAT_CHECKER

_FAST_KEYWORDS = frozenset(
    (
        "type",
        "enum",
        "properties",
        "additionalProperties",
        "required",
        "items",
        "propertyNames",
        "anyOf",
        "allOf",
        "minLength",
        "maxLength",
        "minimum",
        "pattern",
        "format",
    )
)
"""Keywords `fastjsonschema` applies as `_Validator` does (tests/test_validation_fast_path.py holds it to that)."""
_ANNOTATION_KEYWORDS = frozenset(("$schema", "$id", "$defs", "title", "description", "examples", "x-expected"))
"""Keywords that validate nothing; `$defs` is never looked up once `Schema._inlined` has replaced every `$ref`."""


class _NotFast(Exception):
    """The schema says something the compiled validator might read differently from `_Validator`."""


def _fast_schema(schema: Any) -> Any:
    """The schema as `fastjsonschema` must be given it to accept exactly what `_Validator` accepts."""
    if isinstance(schema, bool):
        return schema
    fast: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _ANNOTATION_KEYWORDS:
            continue
        if key not in _FAST_KEYWORDS:
            raise _NotFast(key)
        if key == "pattern":
            value = _regex(value).pattern  # the final `$` already the end of the text, as `_ecma_pattern` reads it
            if "$" in value:  # fastjsonschema would read this one as the end of the text too; `_ecma_pattern` does not
                raise _NotFast(value)
        elif key == "properties":
            value = {name: _fast_schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "propertyNames"):
            value = _fast_schema(value)
        elif key in ("anyOf", "allOf"):
            value = [_fast_schema(sub) for sub in value]
        fast[key] = value
    return fast


def _fast_validator(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """Whether a document is valid, many times faster than `_Validator`; never true where `_Validator` finds an error.

    A schema with a keyword outside `_FAST_KEYWORDS` gets no fast path: every document then goes to `_Validator`.
    """
    try:
        fast = _fast_schema(schema)
    except _NotFast:
        return lambda data: False
    formats = {name: functools.partial(_FORMATS.conforms, format=name) for name in _FORMATS.checkers}
    validate = fastjsonschema.compile(fast, formats=formats, use_default=False, detailed_exceptions=False)

    def valid(data: Any) -> bool:
        try:
            validate(data)
        except fastjsonschema.JsonSchemaValueException:
            return False
        return True

    return valid


_TYPE_WORDS = {
    "string": "text",
    "array": "a list (lines starting with '- ')",
    "object": "a mapping (key: value lines)",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
}
_RANK = {"type": 0, "anyOf": 1, "oneOf": 1, "minLength": 2, "maxLength": 2, "enum": 2, "pattern": 3, "format": 4, "minimum": 4}
"""Of several errors about one value, the first by this rank is the one reported."""


@dataclass(frozen=True)
class _Finding:
    rank: int
    subject: tuple[Any, ...]
    """What it is about: ("value", pointer), ("missing", pointer, key), ("unknown", entry) or ("key", entry) for a wrong key."""
    node: yaml.Node
    message: str
    invalid: Pointer | None
    """The value to leave out because of it."""


@dataclass(frozen=True)
class Checked:
    """A document after validation: its problems, and its values with every reported one left out."""

    document: Document
    problems: list[Problem]
    invalid: frozenset[Pointer]

    def get(self, *at: str | int) -> Any:
        """The value at `at`; None when it is absent, empty, or has a problem (and so is left out)."""
        if self.invalid and any(at[:length] in self.invalid for length in range(len(at) + 1)):
            return None
        value = self.document.data
        for step in at:
            if isinstance(value, dict) and isinstance(step, str):
                value = value.get(step)
            elif isinstance(value, list) and isinstance(step, int) and step < len(value):
                value = value[step]
            else:
                return None
        return value

    def fields(self, *at: str | int) -> Mapping[str, Any]:
        """The mapping at `at` without its entries that have a problem: `fields(*at).get(key)` is `get(*at, key)`."""
        value = self.get(*at)
        if not isinstance(value, dict):
            return {}
        if not self.invalid:  # nearly every document: one lookup instead of a walk from the root per key
            return value
        return {key: item for key, item in value.items() if (*at, key) not in self.invalid}

    def items(self, *at: str | int) -> list[Pointer]:
        """Pointers to the entries of the list or mapping at `at` that have no problem."""
        value = self.get(*at)
        steps = list(value) if isinstance(value, dict) else range(len(value)) if isinstance(value, list) else []
        return [(*at, step) for step in steps if (*at, step) not in self.invalid]

    def at(self, *at: str | int) -> Located:
        return located(self.document.nodes[at])


class Schema:
    """One of the schemas in `schemas/`, applied to composed YAML, its errors told in our message style."""

    def __init__(self, name: str, what: Callable[[Pointer], str]) -> None:
        """`what(pointer)` names a value in messages, e.g. `'quotes'` or `person 'lloyd-austin' 'url'`."""
        self.file = SCHEMAS_DIR / f"{name}.schema.json"
        self.schema: dict[str, Any] = json.loads(self.file.read_text(encoding="utf-8"))
        inlined = self._inlined(self.schema)
        self.validator = _Validator(inlined, format_checker=_FORMATS)
        self.fast_valid = _fast_validator(inlined)
        self.what = what

    def check(self, path: str, document: Document) -> Checked:
        """Every problem of the document, one per mistake, in file order."""
        if self.fast_valid(document.data):  # nearly every document: nothing for jsonschema to tell
            return Checked(document, [], document.dropped)
        findings = sorted(
            (finding for error in self.validator.iter_errors(document.data) for finding in self._findings(error, document)),
            key=lambda f: f.rank,
        )
        wrong_keys = [f.subject[1] for f in findings if f.subject[0] == "key"]
        kept: dict[tuple[Any, ...], _Finding] = {}
        for finding in findings:
            kind, pointer = finding.subject[:2]
            if _inside(pointer, document.dropped):
                continue  # in a value left out: compose reported it
            if kind != "key" and _inside(pointer, wrong_keys):
                continue  # inside an entry whose key is wrong: that one problem says it
            kept.setdefault(finding.subject, finding)
        ordered = sorted(kept.values(), key=lambda f: (f.node.start_mark.line, f.node.start_mark.column))
        problems = [Problem(path, (at := located(f.node)).line, at.column, f.message) for f in ordered]
        return Checked(document, problems, document.dropped | {f.invalid for f in ordered if f.invalid is not None})

    # -- one error, told as one or more located problems

    def _findings(self, error: ValidationError, document: Document) -> Iterator[_Finding]:
        where: Pointer = tuple(error.absolute_path)
        node = document.nodes.get(where, document.nodes[()])
        what = self.what(where)
        if "propertyNames" in error.absolute_schema_path:
            yield self._bad_key(error, document, where)
        elif error.validator == "additionalProperties":
            allowed = list(error.schema.get("properties", {}))
            for key in error.instance:
                if key not in allowed:
                    close = difflib.get_close_matches(key, allowed, n=1)
                    hint = f"; did you mean {close[0]!r}?" if close else ""
                    message = f"unknown key {key!r} in {what}; expected one of: {', '.join(allowed)}{hint}"
                    yield _Finding(0, ("unknown", (*where, key)), document.keys[(*where, key)], message, None)
        elif error.validator == "required":
            for key in error.validator_value:
                if key not in error.instance:
                    yield _Finding(0, ("missing", where, key), node, f"{what}: missing required key {key!r}", where)
        elif error.validator in ("anyOf", "oneOf") and all(set(branch) == {"required"} for branch in error.validator_value):
            keys = [repr(key) for branch in error.validator_value for key in branch["required"]]
            either = f"{', '.join(keys[:-1])} or {keys[-1]}"
            found = "neither" if len(keys) == 2 else "none of them"
            yield _Finding(1, ("value", where), node, f"{what}: expected {either}; found {found}", where)
        elif error.validator in ("anyOf", "oneOf") and (best := best_match([error])) is not error:
            yield from self._findings(best, document)  # the branch that came closest, as jsonschema judges it
        else:
            yield self._bad_value(error, node, where)

    def _bad_value(self, error: ValidationError, node: yaml.Node, where: Pointer) -> _Finding:
        chain = self._schemas_at(where)
        if error.parent is not None:  # from one branch of an anyOf or oneOf: that branch says what it expected
            chain = [error.schema, *chain]
        if error.validator == "maxLength":
            limit, length = error.validator_value, len(error.instance)
            message = f"{self.what(where)}: {length:,} characters; the limit is {limit:,}: shorten it"
            return _Finding(_RANK["maxLength"], ("value", where), node, message, where)
        fix = self._fix(error.instance, node, chain) if error.validator == "type" else ""
        hint = self._hint(error.instance, chain)
        message = f"{self.what(where)}: expected {_expected(error, chain)}; found {_found(error.instance, node)}{fix}{hint}"
        return _Finding(_RANK.get(str(error.validator), 5), ("value", where), node, message, where)

    def _bad_key(self, error: ValidationError, document: Document, where: Pointer) -> _Finding:
        """A key that breaks `propertyNames`, named by that schema's title ("person id 'Lloyd Austin'")."""
        chain = [c for s in self._schemas_at(where) if "propertyNames" in s for c in self._expand(s["propertyNames"])]
        noun = next((s["title"] for s in chain if "title" in s), "key")
        key = error.instance
        message = f"{noun[0].lower()}{noun[1:]} {key!r}: expected {_expected(error, chain)}{self._hint(key, chain)}"
        return _Finding(0, ("key", (*where, key)), document.keys[(*where, key)], message, (*where, key))

    def _fix(self, value: Any, node: yaml.Node, chain: list[dict[str, Any]]) -> str:
        """For a type error: when the same characters, quoted or unquoted, would be right, say so."""
        if not isinstance(node, yaml.ScalarNode) or not chain:
            return ""
        if not isinstance(value, str) and is_plain(node) and self._valid(node.value, chain[0]):
            return ": put it in quotes"
        if isinstance(value, str) and node.style in ("'", '"'):
            unquoted = core_value(value)
            if not isinstance(unquoted, str) and self._valid(unquoted, chain[0]):
                return ": remove the quotes"
        return ""

    def _hint(self, value: Any, chain: list[dict[str, Any]]) -> str:
        """A "did you mean": the closest allowed value, or the text in lowercase-hyphenated form when that would do."""
        if not isinstance(value, str) or not chain:
            return ""
        options = [v for s in chain for v in s.get("enum", ()) if isinstance(v, str)]
        if options:
            close = difflib.get_close_matches(value, options, n=1)
            return f"; did you mean {close[0]!r}?" if close else ""
        slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
        return f"; did you mean {slug!r}?" if slug and slug != value and self._valid(slug, chain[0]) else ""

    def _valid(self, value: Any, schema: Mapping[str, Any]) -> bool:
        return self.validator.evolve(schema=schema).is_valid(value)

    # -- the schema as it applies at a pointer: the property's own schema, then those it refers to

    def _schemas_at(self, where: Pointer) -> list[dict[str, Any]]:
        chain = self._expand(self.schema)
        for step in where:
            following = None
            for schema in chain:
                if isinstance(step, int) and "items" in schema:
                    following = schema["items"]
                elif isinstance(step, str) and step in schema.get("properties", {}):
                    following = schema["properties"][step]
                elif isinstance(step, str) and isinstance(schema.get("additionalProperties"), dict):
                    following = schema["additionalProperties"]
                if following is not None:
                    break
            if following is None:
                return []
            chain = self._expand(following)
        return chain

    def _inlined(self, schema: Any) -> Any:
        """The schema with each `$ref` replaced by what it names (its own keywords kept beside, under `allOf`).

        Same meaning, and the validator need not look a reference up for every value it validates.
        """
        if isinstance(schema, list):
            return [self._inlined(item) for item in schema]
        if not isinstance(schema, dict):
            return schema
        inlined = {key: self._inlined(value) for key, value in schema.items() if key != "$ref"}
        if "$ref" not in schema:
            return inlined
        target = self._inlined(self._expand(schema)[1])
        return {**inlined, "allOf": [*inlined.get("allOf", ()), target]} if inlined else target

    def _expand(self, schema: dict[str, Any]) -> list[dict[str, Any]]:
        chain = [schema]
        while "$ref" in chain[-1]:
            reference = chain[-1]["$ref"]
            if not reference.startswith("#/"):
                raise ValueError(f"{self.file.name}: only references inside the file are supported, not {reference!r}")
            target: Any = self.schema
            for part in reference[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            chain.append(target)
        return chain


def _inside(pointer: Pointer, roots: Iterable[Pointer]) -> bool:
    """Whether `pointer` is one of `roots` or inside one."""
    return any(pointer[: len(root)] == root for root in roots)


def _expected(error: ValidationError, chain: list[dict[str, Any]]) -> str:
    """The expected form in words: the schema's own `x-expected`, else what its enum, keys or type say."""
    for key in ("x-expected", "anyOf", "oneOf", "enum", "properties", "type"):
        schema = next((s for s in chain if key in s), None)
        if schema is None:
            continue
        if key == "x-expected":
            return schema[key]
        if key in ("anyOf", "oneOf"):
            if all("x-expected" in branch for branch in schema[key]):
                return " or ".join(branch["x-expected"] for branch in schema[key])
            continue
        if key == "enum":
            return "one of " + ", ".join(str(v) for v in schema[key] if v is not None)
        if key == "properties":
            return "a mapping with keys such as " + ", ".join(list(schema[key])[:3])
        types = [schema[key]] if isinstance(schema[key], str) else schema[key]
        return " or ".join(_TYPE_WORDS[t] for t in types if t in _TYPE_WORDS)
    return error.message


def _found(value: Any, node: yaml.Node) -> str:
    """What was written, in an editor's words: numbers as written, text quoted, containers by kind."""
    if isinstance(value, dict):
        return "a mapping (key: value lines)"
    if isinstance(value, list):
        return "a list"
    written = node.value if isinstance(node, yaml.ScalarNode) else str(value)
    if value is None:
        return f"{written}, which means no value" if written.strip() else "nothing"
    if isinstance(value, bool):
        return f"{written}, a true/false value"
    if isinstance(value, int | float):
        return f"the number {written}"
    if not value.strip():
        return "an empty value"
    return repr(value) if len(value) <= 60 else repr(value[:57] + "...")
