"""What an editor with the YAML language server offers from schemas/: the keys for quotes, claims and their sources,
each explained, and example values that are themselves valid (the server proposes them as completions)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from support import REPO

SCHEMAS = {
    name: json.loads((REPO / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")) for name in ("annotations", "people")
}


class _Yaml12(yaml.SafeLoader):
    """YAML as the language server reads it (1.2): a date is a string, as the schema says."""


_Yaml12.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
SEED = REPO / "tests" / "golden" / "seed_article" / "articles" / "2024" / "2024-10-23-korea-utara-kirim-tentara-ke-rusia.yml"


def _resolved(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """A schema with its `$ref`s followed, as the language server merges them (the referring schema's words win)."""
    merged: dict[str, Any] = {}
    while True:
        merged = {**schema, **merged}
        if "$ref" not in schema:
            return {key: value for key, value in merged.items() if key != "$ref"}
        schema = root["$defs"][schema["$ref"].removeprefix("#/$defs/")]
        merged.pop("$ref", None)


def _at(name: str, path: list[str | int]) -> dict[str, Any]:
    """The schema the server applies at a place in a document: a key path, list items as 0."""
    root = SCHEMAS[name]
    schema = _resolved(root, root)
    for step in path:
        if isinstance(step, int):
            schema = _resolved(schema["items"], root)
        elif step in schema.get("properties", {}):
            schema = _resolved(schema["properties"][step], root)
        else:
            schema = _resolved(schema["additionalProperties"], root)
    return schema


def _offered(name: str, path: list[str | int]) -> dict[str, dict[str, Any]]:
    """The keys completion offers in the mapping at `path`, with the schema each one's hover shows."""
    root = SCHEMAS[name]
    return {key: _resolved(sub, root) for key, sub in _at(name, path).get("properties", {}).items()}


SOURCES = {"speaker", "unnamed", "document"}
ATTRIBUTION = {"role", "context", "date", "source", "occurrence", "confirmed"}


@pytest.mark.parametrize(
    ("name", "path", "keys"),
    [
        ("annotations", [], {"language", "source", "original", "tags", "byline", "contributors", "quotes", "claims", "notes"}),
        ("annotations", ["quotes", 0], {"quote"} | SOURCES | ATTRIBUTION),
        ("annotations", ["claims", 0], {"claim", "cue"} | SOURCES | ATTRIBUTION),
        ("annotations", ["claims", 0, "unnamed"], {"description", "affiliation", "reason"}),
        ("annotations", ["quotes", 0, "unnamed"], {"description", "affiliation", "reason"}),
        ("annotations", ["claims", 0, "document"], {"description", "issuer"}),
        ("annotations", ["quotes", 0, "document"], {"description", "issuer"}),
        ("people", ["lloyd-austin"], {"name", "description", "url", "aliases", "kind"}),
    ],
)
def test_completion_offers_the_keys_of_each_place(name: str, path: list[str | int], keys: set[str]) -> None:
    offered = _offered(name, path)
    assert set(offered) == keys
    for key, schema in offered.items():
        for word in ("title", "description", "examples"):
            assert schema.get(word), f"{name} {path} {key}: no {word} for the editor to show"


def test_kind_completes_to_person_or_organisation() -> None:
    assert _offered("people", ["id"])["kind"]["enum"] == ["person", "organisation", None]


def _with_examples(schema: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(schema, dict):
        if "examples" in schema:
            yield where, schema
        for key, value in schema.items():
            yield from _with_examples(value, f"{where}/{key}")
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            yield from _with_examples(value, f"{where}/{i}")


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_example_the_editor_proposes_is_valid_where_it_is_proposed(name: str) -> None:
    root = SCHEMAS[name]
    with_examples = list(_with_examples(root))
    assert len(with_examples) == (REPO / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8").count('"examples":')
    for where, schema in with_examples:
        validator = Draft202012Validator({**schema, "$defs": root["$defs"]}, format_checker=Draft202012Validator.FORMAT_CHECKER)
        for example in schema["examples"]:
            assert [e.message for e in validator.iter_errors(example)] == [], f"{name}{where}: {example!r}"


def test_a_seed_annotation_file_with_claims_validates_as_the_editor_sees_it() -> None:
    """The editor validates with the schema alone, before `check` reads the file: claims, an unnamed source and a
    document, on the seed's own text."""
    seed = yaml.load(SEED.read_text(encoding="utf-8"), Loader=_Yaml12)
    document = seed | {
        "claims": [
            {
                "claim": "ada bukti bahwa Korea Utara telah mengirim pasukan ke Rusia",
                "cue": "mengatakan bahwa",
                "speaker": "lloyd-austin",
            },
            {
                "claim": "sekitar 3.000 tentara Korea Utara telah dikirim ke Rusia",
                "unnamed": {"description": "direktur agen mata-mata Korea Selatan", "affiliation": "NIS"},
            },
            {"claim": "Angkatan Laut Rusia", "document": {"description": "laporan", "issuer": "nis"}},
        ]
    }
    validator = Draft202012Validator(SCHEMAS["annotations"], format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(document)] == []
    wrong = document | {"claims": [{"claim": "x", "unamed": {"description": "y"}}]}
    assert [e.message for e in validator.iter_errors(wrong)] == [
        "Additional properties are not allowed ('unamed' was unexpected)"
    ]
