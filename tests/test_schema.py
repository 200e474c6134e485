"""The JSON Schemas in schemas/ are the rules `check` applies and editors see: valid, obeyed by the archive, told exactly."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from build_scripts.model import (
    Annotations,
    Attribution,
    Credit,
    DocumentSource,
    Located,
    NoteAnnotation,
    OriginalInfo,
    Person,
    SourceInfo,
    UnnamedSource,
)
from build_scripts.read import schema_check
from build_scripts.read.annotations import ANNOTATION_SCHEMA, parse_annotations, parse_people
from build_scripts.read.located_yaml import compose, core_value
from build_scripts.read.schema_check import Schema
from build_scripts.read.topics import parse_topics

from support import BROKEN, REPO, A, Q

SCHEMA_FILES = {name: REPO / "schemas" / f"{name}.schema.json" for name in ("annotations", "people", "topics")}
SCHEMAS = {name: json.loads(path.read_text(encoding="utf-8")) for name, path in SCHEMA_FILES.items()}


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> list[dict[str, Any]]:
    chain = [schema]
    while "$ref" in chain[-1]:
        target: Any = root
        for part in chain[-1]["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        chain.append(target)
    return chain


def _subschemas(root: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema a value can be checked against, named by where it sits in the file."""
    stack: list[tuple[str, Any]] = [("", root)]
    while stack:
        where, schema = stack.pop()
        if isinstance(schema, dict):
            yield where, schema
            for key, value in schema.items():
                if key in ("properties", "$defs", "patternProperties"):
                    stack.extend((f"{where}/{key}/{name}", sub) for name, sub in value.items())
                elif key in ("items", "additionalProperties", "propertyNames"):
                    stack.append((f"{where}/{key}", value))
                elif key in ("anyOf", "oneOf", "allOf"):
                    stack.extend((f"{where}/{key}/{i}", sub) for i, sub in enumerate(value))


# --- The schemas themselves ------------------------------------------------------------------------


@pytest.mark.parametrize("name", SCHEMAS)
def test_schema_is_valid_draft_2020_12_with_an_id_that_resolves_beside_it(name: str) -> None:
    schema = SCHEMAS[name]
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_FILES[name].name


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_key_is_explained_for_editors_hover(name: str) -> None:
    root = SCHEMAS[name]
    for where, schema in _subschemas(root):
        for key, sub in schema.get("properties", {}).items():
            chain = _resolve(sub, root)
            for word in ("title", "description", "examples"):
                assert any(word in s for s in chain), f"{name}{where}/properties/{key} has no {word}"


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_record_rejects_unknown_keys(name: str) -> None:
    for where, schema in _subschemas(SCHEMAS[name]):
        if "properties" in schema:
            assert schema.get("additionalProperties") is False, f"{name}{where}"


def test_definitions_in_both_files_are_the_same_rules() -> None:
    annotations, people = SCHEMAS["annotations"]["$defs"], SCHEMAS["people"]["$defs"]
    for name in ("text", "url", "personId"):
        rules = {k: v for k, v in people[name].items() if k not in ("title", "description", "x-expected", "examples")}
        assert {k: annotations[name][k] for k in rules} == rules, name


# --- The archive's files and the README obey them --------------------------------------------------

YAML_FILES = sorted(
    path.relative_to(REPO).as_posix()
    for folder in (REPO / "articles", REPO / "tests" / "golden")
    for path in folder.rglob("*.yml")
)


@pytest.mark.parametrize("path", YAML_FILES)
def test_every_annotation_file_and_registry_in_the_repository_validates(path: str) -> None:
    parse = {"people.yml": parse_people, "topics.yml": parse_topics}.get(path.rpartition("/")[2], parse_annotations)
    _, problems = parse(path, (REPO / path).read_text(encoding="utf-8"))
    assert [str(p) for p in problems] == []


def _readme_examples() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The annotation file", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```yaml\n(.*?)```", section, flags=re.DOTALL)


def _keys_by_schema(document: Any, schema: dict[str, Any], root: dict[str, Any]) -> Iterator[tuple[str, set[str], set[str]]]:
    """For each mapping in the document: its schema's title, the keys used, and the keys the schema allows."""
    chain = _resolve(schema, root)
    merged: dict[str, Any] = {}
    for s in reversed(chain):
        merged.update(s)
    if isinstance(document, dict) and "properties" in merged:
        yield merged["title"], set(document), set(merged["properties"])
        for key, value in document.items():
            if key in merged["properties"]:
                yield from _keys_by_schema(value, merged["properties"][key], root)
    elif isinstance(document, dict) and isinstance(merged.get("additionalProperties"), dict):
        for value in document.values():
            yield from _keys_by_schema(value, merged["additionalProperties"], root)
    elif isinstance(document, list) and "items" in merged:
        for item in document:
            yield from _keys_by_schema(item, merged["items"], root)


def test_the_readme_examples_validate_and_use_only_keys_of_the_schemas() -> None:
    annotation_example, people_example, topics_example = _readme_examples()
    _, problems = parse_annotations("README.md", annotation_example)
    assert problems == []
    _, problems = parse_people("README.md", people_example)
    assert problems == []
    _, problems = parse_topics("README.md", topics_example)
    assert problems == []
    for example, name in ((annotation_example, "annotations"), (people_example, "people"), (topics_example, "topics")):
        used = list(_keys_by_schema(yaml.safe_load(example), SCHEMAS[name], SCHEMAS[name]))
        assert used, name
        for title, keys, allowed in used:
            assert keys <= allowed, f"README's {title} uses {keys - allowed}, which the schema does not allow"


# --- What validates is what gets built, every key of the schema included -------------------------

FULL = """\
# yaml-language-server: $schema=../../schemas/annotations.schema.json
language: id
source:
  publisher: Associated Press
  url: https://apnews.com/article/x
  licence: CC BY 2.5
  licence_url: https://creativecommons.org/licenses/by/2.5/
original:
  language: en
  url: https://apnews.com/article/y
  title: North Korea sends troops
  article: 2024-10-23-north-korea-troops
tags: [korea-utara, rusia]
byline:
  - person: lolita-c-baldor
    role: wrote
    city: Washington
contributors:
  - {name: Kim Tong-hyung, role: edited, city: Seoul}
quotes:
  - quote: Kami melihat bukti
    speaker: lloyd-austin
    role: no
    context: 2024-10-23
    date: 2024-10-23
    source: mailto:desk@example.org
    occurrence: 2
    confirmed: false
  - {quote: kata sumber, unnamed: {description: sumber}}
  - {quote: angka, document: {description: data BMKG}}
claims:
  - claim: ada bukti
    cue: mengatakan bahwa
    unnamed:
      description: pejabat senior AS
      affiliation: Pentagon
      reason: tidak berwenang berbicara
    role: pejabat
    context: Kepada wartawan
    date: 2024-10-22
    source: https://example.org/t
    occurrence: 1
    confirmed: false
  - claim: 1.500 tentara
    document: {description: laporan, issuer: nis}
  - {claim: konsekuensi, speaker: lloyd-austin}
notes:
  - {text: Masalah Pasifik., note: Indo-Pacific., kind: translation, occurrence: 1}
"""


def test_a_file_using_every_key_of_the_schema_builds_every_field_where_it_was_written() -> None:
    used: dict[str, set[str]] = {}
    allowed: dict[str, set[str]] = {}
    for title, keys, known in _keys_by_schema(yaml.safe_load(FULL), SCHEMAS["annotations"], SCHEMAS["annotations"]):
        used.setdefault(title, set()).update(keys)
        allowed[title] = known
    assert used == allowed
    assert len(used) == 9  # the file, source, original, credit, quote, claim, unnamed source, document, note
    annotations, problems = parse_annotations("a.yml", FULL)
    assert problems == []
    assert annotations == Annotations(
        language="id",
        source=SourceInfo(
            "Associated Press", "https://apnews.com/article/x", "CC BY 2.5", "https://creativecommons.org/licenses/by/2.5/"
        ),
        original=OriginalInfo(
            "en", "https://apnews.com/article/y", "North Korea sends troops", "2024-10-23-north-korea-troops", Located(12, 12)
        ),
        tags=("korea-utara", "rusia"),
        byline=(Credit("", "wrote", "Washington", "lolita-c-baldor"),),
        contributors=(Credit("Kim Tong-hyung", "edited", "Seoul"),),
        attributions=(
            Attribution(
                "Kami melihat bukti",
                "quote",
                Located(21, 12),
                "lloyd-austin",
                Located(22, 14),
                role="no",
                context="2024-10-23",
                date=dt.date(2024, 10, 23),
                source="mailto:desk@example.org",
                occurrence=2,
                confirmed=False,
            ),
            Attribution("kata sumber", "quote", Located(29, 13), unnamed=UnnamedSource("sumber")),
            Attribution("angka", "quote", Located(30, 13), document=DocumentSource("data BMKG")),
            Attribution(
                "ada bukti",
                "claim",
                Located(32, 12),
                unnamed=UnnamedSource("pejabat senior AS", "Pentagon", "tidak berwenang berbicara"),
                cue="mengatakan bahwa",
                role="pejabat",
                context="Kepada wartawan",
                date=dt.date(2024, 10, 22),
                source="https://example.org/t",
                occurrence=1,
                confirmed=False,
            ),
            Attribution("1.500 tentara", "claim", Located(44, 12), document=DocumentSource("laporan", "nis", Located(45, 46))),
            Attribution("konsekuensi", "claim", Located(46, 13), "lloyd-austin", Located(46, 35)),
        ),
        notes=(NoteAnnotation("Masalah Pasifik.", "Indo-Pacific.", "translation", Located(48, 12), 1),),
    )
    assert [c.at for c in annotations.byline + annotations.contributors] == [Located(15, 5), Located(19, 5)]
    assert [a.document.issuer_at for a in annotations.attributions if a.document] == [None, Located(45, 46)]


def test_optional_keys_left_empty_are_not_given_and_defaults_apply() -> None:
    text = "language:\ntags:\nquotes:\n  - {quote: x, speaker: ana, occurrence: ~, confirmed: ~, role: }\n"
    text += "notes:\n  - {text: x, note: y, kind: }\nbyline:\n  - {name: Ana, role: ~}\n"
    annotations, problems = parse_annotations("a.yml", text)
    assert problems == []
    assert (annotations.language, annotations.tags) == (None, ())
    (quote,) = annotations.attributions
    assert (quote.occurrence, quote.confirmed, quote.role) == (None, True, None)
    assert annotations.notes[0].kind == "context"
    assert annotations.byline == (Credit("Ana", "reported"),)


def test_people_build_with_single_alias_and_entries_with_problems_left_out() -> None:
    people, problems = parse_people("p.yml", "ana-lima:\n  name: Ana Lima\n  aliases: Ana\nBen:\n  name: Ben\ncid: {url: x}\n")
    assert people == {"ana-lima": Person("ana-lima", "Ana Lima", aliases=("Ana",))}
    assert [f"{p.line}:{p.column}" for p in problems] == ["4:1", "6:6", "6:12"]


# --- Each broken document gets exact messages, one per mistake, all of them, in file order --------


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_document_gets_exact_messages(case: str) -> None:
    kind, text, expected = BROKEN[case]
    parse = parse_annotations if kind == A else parse_people
    _, problems = parse("f.yml", text)
    assert [str(p) for p in problems] == [f"f.yml:{line}" for line in expected]


def test_a_value_with_a_problem_is_left_out_and_the_rest_still_read() -> None:
    text = Q + "    role: 2024\n  - quote: other\n    speaker: Not An Id\nlanguage: en\n"
    annotations, problems = parse_annotations("a.yml", text)
    assert len(problems) == 2
    assert annotations.language == "en"
    assert [(q.text, q.role) for q in annotations.attributions] == [("we see evidence", None)]


def test_nested_alternatives_report_the_best_matching_branch(tmp_path, monkeypatch) -> None:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {
            "when": {
                "anyOf": [
                    {"type": "integer", "minimum": 1900, "x-expected": "a year from 1900"},
                    {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$", "x-expected": "a month written YYYY-MM"},
                ]
            },
        },
    }
    (tmp_path / "when.schema.json").write_text(json.dumps(schema), encoding="utf-8")
    monkeypatch.setattr(schema_check, "SCHEMAS_DIR", tmp_path)
    when = Schema("when", lambda at: "/".join(map(str, at)))

    def messages(text: str) -> list[str]:
        document, problems = compose("w.yml", text)
        assert document is not None and problems == []
        return [str(p) for p in when.check("w.yml", document).problems]

    assert messages("when: 1800\n") == ["w.yml:1:7: when: expected a year from 1900; found the number 1800"]
    assert messages("when: 2024-1\n") == ["w.yml:1:7: when: expected a month written YYYY-MM; found '2024-1'"]
    assert messages("when: 2024-10\n") == []
    assert messages("when: [2024]\n") == ["w.yml:1:7: when: expected a year from 1900 or a month written YYYY-MM; found a list"]


# --- YAML as editors (YAML 1.2, core schema) read it -----------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("no", "no"),
        ("yes", "yes"),
        ("on", "on"),
        ("2024-10-23", "2024-10-23"),
        ("1_000", "1_000"),
        ("3.000", 3.0),
        ("2", 2),
        ("+2", 2),
        ("0o17", 15),
        ("0x1F", 31),
        ("1e3", 1000.0),
        ("true", True),
        ("False", False),
        ("TRUE", True),
        ("~", None),
        ("null", None),
        ("", None),
        ("'2'", "2"),
        ('"true"', "true"),
        ("!!str 5", "5"),
        ("!!str 0o17", "0o17"),
        ("<<", "<<"),
        ("=", "="),
        ("!!int '12'", 12),
        ("|\n  two\n", "two\n"),
    ],
)
def test_scalars_read_as_yaml_1_2_core_schema(written: str, value: object) -> None:
    document, problems = compose("x.yml", f"v: {written}\n")
    assert problems == [] and document is not None
    assert document.data == {"v": value}


def test_core_value_keeps_unreadable_numbers_as_text() -> None:
    assert core_value("9" * 5000) == "9" * 5000
    assert core_value(".inf") == float("inf")


def test_schema_files_are_the_ones_check_uses() -> None:
    assert ANNOTATION_SCHEMA.file == SCHEMA_FILES["annotations"]
    assert ANNOTATION_SCHEMA.schema == SCHEMAS["annotations"]


DEEP = "YAML nested more than 1,000 levels deep; annotation files need 3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("v: " + "[" * 1_001, [DEEP]),
        ("v:\n" + "- " * 1_001 + "x\n", [DEEP]),
        ("".join(" " * depth + "k:\n" for depth in range(0, 2_002, 2)), [DEEP]),
        ("v: " + "[" * 999, ["YAML syntax error"]),
        ("quote: " + "word " * 400 + "\n", []),
    ],
    ids=["brackets", "list-markers", "indentation", "just-under", "long-line"],
)
def test_only_a_document_nested_past_the_limit_is_refused_before_parsing(text: str, expected: list[str]) -> None:
    _, problems = compose("n.yml", text)
    assert [p.message[: len(expected[0])] if expected else p.message for p in problems] == expected
