"""The compiled validator (fastjsonschema) that lets valid documents skip jsonschema accepts exactly what jsonschema accepts.

A document it wrongly accepted would be published with its problem unreported; one it wrongly rejected would only be
validated twice. Both are checked here: on every document the other tests use and on documents generated from the
schemas themselves, tricky values (`$` before a newline, impossible dates, 2.0 for a whole number, true for 1) included.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_scripts.read import schema_check
from build_scripts.read.annotations import ANNOTATION_SCHEMA, PEOPLE_SCHEMA, parse_annotations, parse_people
from build_scripts.read.located_yaml import compose
from build_scripts.read.schema_check import Schema

from support import BROKEN, REPO

SCHEMAS = {"annotations": ANNOTATION_SCHEMA, "people": PEOPLE_SCHEMA}


def _verdicts(schema: Schema, data: Any) -> tuple[bool, bool]:
    """(compiled validator, jsonschema): whether each finds the document valid."""
    return schema.fast_valid(data), not any(schema.validator.iter_errors(data))


def _documents() -> list[tuple[str, str, str]]:
    """(schema name, where from, YAML text): every annotation file and registry the repository and its tests hold."""
    files = sorted(REPO.glob("articles/**/*.yml")) + sorted((REPO / "tests").glob("**/articles/**/*.yml"))
    found = [("people" if path.name == "people.yml" else "annotations", str(path.relative_to(REPO)), path) for path in files]
    texts = [(name, where, path.read_bytes().decode("utf-8", "replace")) for name, where, path in found]
    return texts + [(kind, f"test_schema.BROKEN[{case!r}]", text) for case, (kind, text, _) in BROKEN.items()]


DOCUMENTS = _documents()


def test_the_documents_cover_both_schemas_valid_and_invalid() -> None:
    verdicts = set()
    for name, _, text in DOCUMENTS:
        document, _ = compose("x.yml", text)
        if document is not None:
            verdicts.add((name, _verdicts(SCHEMAS[name], document.data)[1]))
    assert verdicts == {("annotations", True), ("annotations", False), ("people", True), ("people", False)}


@pytest.mark.parametrize(("name", "where", "text"), DOCUMENTS, ids=[where for _, where, _ in DOCUMENTS])
def test_both_validators_agree_on_every_document_the_tests_use(name: str, where: str, text: str) -> None:
    document, _ = compose("x.yml", text)
    if document is not None:
        fast, full = _verdicts(SCHEMAS[name], document.data)
        assert fast == full, f"{where}: compiled validator says valid={fast}, jsonschema valid={full}"


@pytest.mark.parametrize("name", SCHEMAS)
def test_a_valid_document_never_reaches_jsonschema(name: str, monkeypatch) -> None:
    """Both published schemas get the fast path: a keyword outside `_FAST_KEYWORDS` would silently take it away."""
    monkeypatch.setattr(SCHEMAS[name], "validator", None)
    example_document = json.dumps(SCHEMAS[name].schema["examples"][0])  # JSON is YAML
    parse = parse_annotations if name == "annotations" else parse_people
    assert parse("x.yml", example_document)[1] == []


@pytest.mark.parametrize(
    ("property_schema", "valid", "invalid"),
    [
        ({"type": "array", "maxItems": 1}, ["a"], ["a", "b"]),  # a keyword the fast path does not know
        ({"type": "string", "pattern": "^[$]x$"}, "$x", "x"),  # a `$` that is not the end of the text
        ({"type": "string", "pattern": "^(a$|b)$"}, "b", "c"),
    ],
)
def test_a_schema_the_fast_path_cannot_read_is_validated_by_jsonschema_alone(
    property_schema: dict[str, Any], valid: str, invalid: str, tmp_path: Path, monkeypatch
) -> None:
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {"v": property_schema}}
    (tmp_path / "v.schema.json").write_text(json.dumps(schema), encoding="utf-8")
    monkeypatch.setattr(schema_check, "SCHEMAS_DIR", tmp_path)
    checked = Schema("v", lambda at: "/".join(map(str, at)))
    assert checked.fast_valid({"v": valid}) is False
    for value, problems in ((valid, 0), (invalid, 1)):
        document, _ = compose("v.yml", json.dumps({"v": value}))
        assert document is not None
        assert len(checked.check("v.yml", document).problems) == problems


# --- Valid documents with one mistake, in every place ----------------------------------------------

TRICKY_VALUES = [
    None,
    True,
    False,
    0,
    1,
    2,
    -1,
    1.0,
    2.0,
    0.5,
    float("nan"),
    float("inf"),
    "",
    " ",
    "\u00a0",
    "x",
    "\n",
    "lloyd-austin\n",
    "lloyd-austin",
    "Lloyd Austin",
    "en\n",
    "en",
    "EN",
    "2024-02-29",
    "2023-02-29",
    "2024-02-30",
    "0000-01-01",
    "2024-10-23\n",
    "\u0662\u0660\u0662\u0664-10-23",
    "https://example.org/\n",
    "https://example.org/a b",
    "mailto:desk@example.org",
    "javascript:alert(1)",
    "correction",
    "reported",
    [],
    {},
    ["x"],
    [None],
    {"person": "x"},
    {"name": "x"},
]
TRICKY = st.sampled_from(TRICKY_VALUES)
EVERY_KEY = {
    "annotations": {
        "language": "id",
        "source": {"publisher": "AP", "url": "https://apnews.com/a", "licence": "CC BY", "licence_url": "mailto:a@b.org"},
        "original": {"language": "pt-BR", "url": "http://e.org/", "title": "T", "article": "2024-10-23-a"},
        "tags": ["korea-utara", "rusia"],
        "byline": [{"person": "lolita-c-baldor", "role": "reported", "city": "Washington"}],
        "contributors": [{"name": "Kim", "city": "Seoul"}],
        "quotes": [
            {
                "quote": "we see",
                "speaker": "lloyd-austin",
                "role": "Secretary",
                "context": "Rome",
                "date": "2024-02-29",
                "source": "https://defense.gov/",
                "occurrence": 2,
                "confirmed": False,
            }
        ],
        "notes": [{"text": "Pasifik.", "note": "Indo-Pacific", "kind": "translation", "occurrence": 1}],
    },
    "people": {
        "lloyd-austin": {"name": "Lloyd Austin", "description": "Secretary.", "url": "https://e.org", "aliases": ["Austin"]}
    },
}
"""A valid document of each schema giving every key, a value in each place where a mistake can go."""


def _one_mistake(value: Any) -> Iterator[Any]:
    """`value` with one of its parts replaced by a tricky value, removed, or given under a wrong key."""
    yield from TRICKY_VALUES
    if isinstance(value, dict):
        for key, part in value.items():
            rest = {k: v for k, v in value.items() if k != key}
            yield rest
            yield rest | {"Speakr": part}
            yield from (rest | {key: changed} for changed in _one_mistake(part))
    elif isinstance(value, list):
        for index, part in enumerate(value):
            yield from ([*value[:index], changed, *value[index + 1 :]] for changed in _one_mistake(part))


@pytest.mark.parametrize("name", SCHEMAS)
def test_both_validators_agree_on_every_single_mistake(name: str) -> None:
    schema = SCHEMAS[name]
    assert _verdicts(schema, EVERY_KEY[name]) == (True, True)
    disagreements = [repr(doc) for doc in _one_mistake(EVERY_KEY[name]) if len(set(_verdicts(schema, doc))) > 1]
    assert disagreements == []


# --- Documents generated from the schemas, with several mistakes -------------------------------------

WRONG_KEYS = st.sampled_from(["speakr", "Lloyd Austin", "x", "", " ", "a\n", "-a", "a--b", "aa-"])


def _merged(schema: dict[str, Any]) -> dict[str, Any]:
    """One schema's keywords with those of its `allOf` branches, as a guide to the shape of its values."""
    merged: dict[str, Any] = {}
    for part in [*(_merged(branch) for branch in schema.get("allOf", ())), schema]:
        merged |= {key: value for key, value in part.items() if key != "allOf"}
    return merged


def _texts(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    if schema.get("format") == "date":
        return st.one_of(st.dates().map(dt.date.isoformat), st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\n?", fullmatch=True))
    if "pattern" in schema:
        return st.from_regex(schema["pattern"])  # also any text around a match, and before `$`, a newline
    return st.text(max_size=5)


def _shaped(schema: Any) -> st.SearchStrategy[Any]:
    """Values of the form `schema` describes, each part now and then a tricky value, a wrong key or a missing one."""
    if not isinstance(schema, dict):
        return TRICKY
    schema = _merged(schema)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type", ["object"] if "properties" in schema else ["string"])
    options: list[st.SearchStrategy[Any]] = []
    for kind in [kinds] if isinstance(kinds, str) else kinds:
        if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
            ids = _rarely(WRONG_KEYS, _texts(_merged(schema.get("propertyNames", {}))))
            options.append(st.dictionaries(ids, _rarely(TRICKY, _shaped(schema["additionalProperties"])), max_size=3))
        elif kind == "object":
            fields = {key: _rarely(TRICKY, _shaped(sub)) for key, sub in schema.get("properties", {}).items()}
            required = {key: fields.pop(key) for key in schema.get("required", ())}
            record = _rarely(
                st.fixed_dictionaries({}, optional=required | fields), st.fixed_dictionaries(required, optional=fields)
            )
            extra = _rarely(st.dictionaries(WRONG_KEYS, TRICKY, min_size=1, max_size=1), st.just({}))
            options.append(st.tuples(record, extra).map(lambda parts: parts[0] | parts[1]))
        elif kind == "array":
            options.append(st.lists(_rarely(TRICKY, _shaped(schema.get("items"))), max_size=3))
        elif kind == "string":
            options.append(_texts(schema))
        elif kind == "integer":
            options.append(st.one_of(st.integers(-2, 5), st.integers(-2, 5).map(float)))
        else:
            constants: list[object] = [None] if kind == "null" else [True, False]
            options.append(st.sampled_from(constants))
    return st.one_of(options)


def _rarely(rare: st.SearchStrategy[Any], usual: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """`rare` one time in ten: most documents stay valid, so both verdicts are tested."""
    return st.integers(0, 9).flatmap(lambda roll: rare if roll == 0 else usual)


SETTINGS = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "300")), deadline=None, suppress_health_check=list(HealthCheck)
)


@SETTINGS
@given(st.data())
@pytest.mark.parametrize("name", SCHEMAS)
def test_both_validators_agree_on_documents_generated_from_the_schemas(name: str, data: st.DataObject) -> None:
    schema = SCHEMAS[name]
    document = data.draw(_shaped(schema.validator.schema), label="document")  # the schema with every $ref inlined
    fast, full = _verdicts(schema, document)
    assert fast == full, f"compiled validator says valid={fast}, jsonschema valid={full}"
