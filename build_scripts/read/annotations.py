"""Annotation files and the people registry: YAML in, typed values and problems out.

What the files may say is written once, in `schemas/annotations.schema.json` and
`schemas/people.schema.json`: `check` validates against them here, and editors with
the YAML language server complete keys and flag mistakes from the same files. The
key names are the contract with editors (documented in the README). This module
only names values in messages and builds the typed values from what validated.
"""

from __future__ import annotations

import datetime as dt

from build_scripts.model import (
    Annotations,
    Attribution,
    Credit,
    DocumentSource,
    NoteAnnotation,
    OriginalInfo,
    Person,
    Problem,
    SourceInfo,
    UnnamedSource,
)
from build_scripts.read.located_yaml import Pointer, collection_paused, compose, located
from build_scripts.read.schema_check import Checked, Schema
from build_scripts.site_paths import RESERVED

MAX_TAGS = 100
"""Each topic has a page and a feed, and each feed entry lists its article's topics."""
MAX_PERSON_ID = 100
"""Characters in a person id: their page and feed are named after it (a file name may have 255 bytes)."""


def _annotation_what(at: Pointer) -> str:
    """How a problem names the value at `at`: a quote's fields by their key, a nested key after its owner."""
    match at:
        case ():
            return "annotation file"
        case ("quotes" | "claims" | "notes" as field, int()):
            return field.removesuffix("s")
        case ("quotes" | "claims", int(), "unnamed" | "document" as key, str() as inner, *_):
            return f"{key!r} {inner!r}"
        case ("quotes" | "claims" | "notes", int(), key, *_):
            return repr(key)
        case ("byline" | "contributors" as field, int()):
            return f"{field!r} entry"
        case ("byline" | "contributors" as field, int(), key, *_):
            return f"{field!r} {key!r}"
        case ("source" | "original" as field, key, *_):
            return f"{field} {key!r}"
        case (field, *_):
            return repr(field)
    raise AssertionError(at)


def _person_what(at: Pointer) -> str:
    match at:
        case ():
            return "people registry"
        case (person,):
            return f"person {person!r}"
        case (person, key, *_):
            return f"person {person!r} {key!r}"
    raise AssertionError(at)


ANNOTATION_SCHEMA = Schema("annotations", _annotation_what)
PEOPLE_SCHEMA = Schema("people", _person_what)


def _texts(doc: Checked, *at: str | int) -> tuple[str, ...]:
    """A list of texts, or a single text standing for a list of one."""
    value = doc.get(*at)
    if isinstance(value, str):
        return (value,)
    return tuple(doc.get(*item) for item in doc.items(*at))


def _credits(doc: Checked, field: str, default_role: str) -> tuple[Credit, ...]:
    credits = []
    for at in doc.items(field):
        fields = doc.fields(*at)
        person, name = fields.get("person"), fields.get("name")
        if person is None and name is None:
            continue  # reported: neither given, or the one given is wrong
        role = fields.get("role") or default_role
        credits.append(Credit(name or "", role, fields.get("city"), person, doc.at(*at)))
    return tuple(credits)


_SOURCE_KEYS = ("speaker", "unnamed", "document")


def _attribution(path: str, doc: Checked, at: Pointer, kind: str) -> tuple[Attribution | None, list[Problem]]:
    """A quote (`kind` "quote") or a reported claim ("claim"), and the problem when it has no source or several:
    the schema checks each kind of source alone."""
    fields = doc.fields(*at)
    passage = fields.get(kind)
    written = doc.document.data
    for step in at:
        written = written[step]
    given = [key for key in _SOURCE_KEYS if written.get(key) is not None]
    problems = []
    if passage is not None and len(given) != 1:
        where = doc.at(*at, given[1]) if given else doc.at(*at)
        message = (
            f"{kind} has several sources ({' and '.join(f'`{key}:`' for key in given)}); keep one"
            if given
            else f"{kind} has no source: add `speaker:` (an id from articles/people.yml), `unnamed:` (a source the "
            "article does not name) or `document:` (a report or data)"
        )
        problems.append(Problem(path, where.line, where.column, message))
    if passage is None or len(given) != 1 or fields.get(given[0]) is None:
        return None, problems
    date, occurrence = fields.get("date"), fields.get("occurrence")
    speaker = fields.get("speaker")
    return Attribution(
        text=passage,
        kind=kind,
        at=doc.at(*at, kind),
        speaker=speaker,
        speaker_at=doc.at(*at, "speaker") if speaker is not None else None,
        unnamed=_unnamed(doc, *at, "unnamed"),
        document=_document(doc, *at, "document"),
        cue=fields.get("cue"),
        role=fields.get("role"),
        context=fields.get("context"),
        date=dt.date.fromisoformat(date) if date is not None else None,
        source=fields.get("source"),
        occurrence=int(occurrence) if occurrence is not None else None,
        confirmed=fields.get("confirmed") is not False,
    ), problems


def _unnamed(doc: Checked, *at: str | int) -> UnnamedSource | None:
    description = doc.get(*at, "description") if doc.get(*at) is not None else None
    if description is None:
        return None
    return UnnamedSource(description, doc.get(*at, "affiliation"), doc.get(*at, "reason"))


def _document(doc: Checked, *at: str | int) -> DocumentSource | None:
    description = doc.get(*at, "description") if doc.get(*at) is not None else None
    if description is None:
        return None
    issuer = doc.get(*at, "issuer")
    return DocumentSource(description, issuer, doc.at(*at, "issuer") if issuer is not None else None)


def _note(doc: Checked, at: Pointer) -> NoteAnnotation | None:
    fields = doc.fields(*at)
    text, note = fields.get("text"), fields.get("note")
    if text is None or note is None:
        return None
    occurrence = fields.get("occurrence")
    kind = fields.get("kind") or "context"
    return NoteAnnotation(text, note, kind, doc.at(*at, "text"), int(occurrence) if occurrence is not None else None)


def parse_annotations(path: str, text: str) -> tuple[Annotations, list[Problem]]:
    """Annotations of one article; a value with a problem is left out and the rest of the file still read."""
    document, problems = compose(path, text)
    if document is None:
        return Annotations(), problems
    doc = ANNOTATION_SCHEMA.check(path, document)
    problems += doc.problems
    source = None
    if doc.get("source") is not None:
        source = SourceInfo(
            publisher=doc.get("source", "publisher"),
            url=doc.get("source", "url"),
            licence=doc.get("source", "licence"),
            licence_url=doc.get("source", "licence_url"),
        )
    original = None
    if doc.get("original") is not None:
        article = doc.get("original", "article")
        original = OriginalInfo(
            language=doc.get("original", "language"),
            url=doc.get("original", "url"),
            title=doc.get("original", "title"),
            article=article,
            article_at=doc.at("original", "article") if article is not None else None,
        )
    attributions = []
    for field in ("quotes", "claims"):
        for at in doc.items(field):
            attribution, found = _attribution(path, doc, at, field.removesuffix("s"))
            problems += found
            if attribution is not None:
                attributions.append(attribution)
    notes = (_note(doc, at) for at in doc.items("notes"))
    tags = _texts(doc, "tags")
    tags_at = (doc.at("tags"),) if isinstance(doc.get("tags"), str) else tuple(doc.at(*at) for at in doc.items("tags"))
    if len(tags) > MAX_TAGS:
        where = doc.at("tags")
        problems.append(Problem(path, where.line, where.column, f"{len(tags):,} topics; the limit is {MAX_TAGS} per article"))
        tags, tags_at = (), ()
    annotations = Annotations(
        language=doc.get("language"),
        source=source,
        original=original,
        tags=tags,
        tags_at=tags_at,
        byline=_credits(doc, "byline", "reported"),
        contributors=_credits(doc, "contributors", "contributed"),
        attributions=tuple(attributions),
        notes=tuple(n for n in notes if n is not None),
    )
    return annotations, sorted(problems, key=lambda p: (p.line, p.column))


def parse_people(path: str, text: str) -> tuple[dict[str, Person], list[Problem]]:
    """The registry by person id; an entry with a problem in its id or name is left out."""
    people, problems, _ = parse_registry(path, text)
    return people, problems


def parse_registry(path: str, text: str) -> tuple[dict[str, Person], list[Problem], frozenset[str] | None]:
    """`parse_people`, and the ids written in the file but left out for a problem (None: the file could not be
    read at all). A reference to one of those is not an unknown id: its entry's problem is the one to fix."""
    with collection_paused():
        return _registry(path, text)


def _registry(path: str, text: str) -> tuple[dict[str, Person], list[Problem], frozenset[str] | None]:
    document, problems = compose(path, text)
    if document is None:
        return {}, problems, None
    doc = PEOPLE_SCHEMA.check(path, document)
    problems += doc.problems
    people: dict[str, Person] = {}
    for at in doc.items():
        name = doc.get(*at, "name")
        if name is None:
            continue
        person_id = str(at[0])
        key = located(doc.document.keys[at])
        if person_id in RESERVED:
            message = f"person id {person_id!r} is the name of the list of people (people/{person_id}); choose another id"
            problems.append(Problem(path, key.line, key.column, message))
            continue
        if len(person_id) > MAX_PERSON_ID:
            message = f"person id is {len(person_id):,} characters; the limit is {MAX_PERSON_ID}: shorten it"
            problems.append(Problem(path, key.line, key.column, message))
            continue
        people[person_id] = Person(
            id=person_id,
            name=name,
            description=doc.get(*at, "description"),
            url=doc.get(*at, "url"),
            aliases=_texts(doc, *at, "aliases"),
            kind=doc.get(*at, "kind") or "person",
        )
    written = {str(key[0]) for key in doc.document.keys if len(key) == 1}
    return people, sorted(problems, key=lambda p: (p.line, p.column)), frozenset(written - people.keys())
