"""Annotation files and the people registry: YAML in, typed values and problems out.

The key names below are the contract with editors (documented in the README);
everything not listed is reported as an unknown key, with the closest known one.
"""

from __future__ import annotations

import re

import yaml

from .model import (
    Annotations,
    Credit,
    NoteAnnotation,
    OriginalInfo,
    Person,
    Problem,
    QuoteAnnotation,
    SourceInfo,
)
from .yaml_reader import FieldReader, compose, located

PERSON_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
NOTE_KINDS = ("correction", "translation", "context")
CREDIT_ROLES = ("reported", "wrote", "contributed", "edited", "translated", "photographed")

_TOP_KEYS = ("language", "source", "original", "tags", "byline", "contributors", "quotes", "notes")
_SOURCE_KEYS = ("publisher", "url", "licence", "licence_url")
_ORIGINAL_KEYS = ("language", "url", "title", "article")
_CREDIT_KEYS = ("person", "name", "role", "city")
_QUOTE_KEYS = ("quote", "speaker", "role", "context", "date", "source", "occurrence", "confirmed")
_NOTE_KEYS = ("text", "note", "kind", "occurrence")
_PERSON_KEYS = ("name", "description", "url", "aliases")


def _language(reader: FieldReader, node: yaml.Node | None, what: str) -> str | None:
    value = reader.text(node, what)
    if value is not None and not LANGUAGE_TAG.fullmatch(value):
        assert node is not None
        reader.problem(node, f"{what}: expected a language code such as 'id' or 'en'; found {value!r}")
        return None
    return value


def _credits(reader: FieldReader, node: yaml.Node | None, what: str, default_role: str) -> tuple[Credit, ...]:
    if node is None:
        return ()
    credits = []
    for item in reader.sequence(node, what):
        fields = reader.mapping(item, f"{what} entry", _CREDIT_KEYS)
        if fields is None:
            continue
        person = reader.text(fields.get("person"), f"{what} 'person'")
        name = reader.text(fields.get("name"), f"{what} 'name'")
        if person is None and name is None:
            reader.problem(item, f"{what} entry: expected 'person' (an id from people.yml) or 'name'")
            continue
        role = reader.choice(fields.get("role"), f"{what} 'role'", CREDIT_ROLES) or default_role
        city = reader.text(fields.get("city"), f"{what} 'city'")
        credits.append(Credit(name or "", role, city, person, located(item)))
    return tuple(credits)


def _quote(reader: FieldReader, node: yaml.Node) -> QuoteAnnotation | None:
    fields = reader.mapping(node, "quote", _QUOTE_KEYS, required=("quote", "speaker"))
    if fields is None:
        return None
    quote = reader.text(fields.get("quote"), "'quote'")
    speaker = reader.text(fields.get("speaker"), "'speaker'")
    annotation = QuoteAnnotation(
        quote=quote or "",
        speaker=speaker or "",
        at=located(fields.get("quote", node)),
        speaker_at=located(fields.get("speaker", node)),
        role=reader.text(fields.get("role"), "'role'"),
        context=reader.text(fields.get("context"), "'context'"),
        date=reader.date(fields.get("date"), "'date'"),
        source=reader.url(fields.get("source"), "'source'"),
        occurrence=reader.positive_int(fields.get("occurrence"), "'occurrence'"),
        confirmed=reader.boolean(fields.get("confirmed"), "'confirmed'", default=True),
    )
    return annotation if quote and speaker else None


def _note(reader: FieldReader, node: yaml.Node) -> NoteAnnotation | None:
    fields = reader.mapping(node, "note", _NOTE_KEYS, required=("text", "note"))
    if fields is None:
        return None
    text = reader.text(fields.get("text"), "'text'")
    note = reader.text(fields.get("note"), "'note'")
    kind = reader.choice(fields.get("kind"), "'kind'", NOTE_KINDS) or "context"
    occurrence = reader.positive_int(fields.get("occurrence"), "'occurrence'")
    if not (text and note):
        return None
    return NoteAnnotation(text, note, kind, located(fields["text"]), occurrence)


def parse_annotations(path: str, text: str) -> tuple[Annotations, list[Problem]]:
    """Annotations of one article; on any problem the rest of the file is still read."""
    root, problems = compose(path, text)
    if root is None:
        return Annotations(), problems
    reader = FieldReader(path)
    fields = reader.mapping(root, "annotation file", _TOP_KEYS)
    if fields is None:
        return Annotations(), reader.problems

    source = None
    if "source" in fields and (src := reader.mapping(fields["source"], "'source'", _SOURCE_KEYS)) is not None:
        source = SourceInfo(
            publisher=reader.text(src.get("publisher"), "source 'publisher'"),
            url=reader.url(src.get("url"), "source 'url'"),
            licence=reader.text(src.get("licence"), "source 'licence'"),
            licence_url=reader.url(src.get("licence_url"), "source 'licence_url'"),
        )
    original = None
    if "original" in fields and (org := reader.mapping(fields["original"], "'original'", _ORIGINAL_KEYS)) is not None:
        article = reader.text(org.get("article"), "original 'article'")
        original = OriginalInfo(
            language=_language(reader, org.get("language"), "original 'language'"),
            url=reader.url(org.get("url"), "original 'url'"),
            title=reader.text(org.get("title"), "original 'title'"),
            article=article,
            article_at=located(org["article"]) if article else None,
        )
    quotes = (_quote(reader, item) for item in reader.sequence(fields.get("quotes"), "'quotes'"))
    notes = (_note(reader, item) for item in reader.sequence(fields.get("notes"), "'notes'"))
    annotations = Annotations(
        language=_language(reader, fields.get("language"), "'language'"),
        source=source,
        original=original,
        tags=reader.texts(fields.get("tags"), "'tags'"),
        byline=_credits(reader, fields.get("byline"), "'byline'", "reported"),
        contributors=_credits(reader, fields.get("contributors"), "'contributors'", "contributed"),
        quotes=tuple(q for q in quotes if q is not None),
        notes=tuple(n for n in notes if n is not None),
    )
    return annotations, reader.problems


def parse_people(path: str, text: str) -> tuple[dict[str, Person], list[Problem]]:
    root, problems = compose(path, text)
    if root is None:
        return {}, problems
    reader = FieldReader(path)
    if not isinstance(root, yaml.MappingNode):
        reader.problem(root, "people registry: expected a mapping from person id (e.g. lloyd-austin) to name, description, url")
        return {}, reader.problems
    people: dict[str, Person] = {}
    for key, value in root.value:
        person_id = key.value if isinstance(key, yaml.ScalarNode) else ""
        if not PERSON_ID.fullmatch(person_id):
            suggestion = re.sub(r"[^a-z0-9]+", "-", person_id.lower()).strip("-")
            reader.problem(
                key,
                f"person id {person_id!r}: expected lowercase letters, digits and hyphens (e.g. {suggestion or 'lloyd-austin'!r})",
            )
            continue
        fields = reader.mapping(value, f"person {person_id!r}", _PERSON_KEYS, required=("name",))
        if fields is None:
            continue
        name = reader.text(fields.get("name"), f"person {person_id!r} 'name'")
        person = Person(
            id=person_id,
            name=name or person_id,
            description=reader.text(fields.get("description"), f"person {person_id!r} 'description'"),
            url=reader.url(fields.get("url"), f"person {person_id!r} 'url'"),
            aliases=reader.texts(fields.get("aliases"), f"person {person_id!r} 'aliases'"),
        )
        if name:
            people[person_id] = person
    return people, reader.problems
