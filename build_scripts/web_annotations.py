"""The archive's annotations in the W3C Web Annotation Data Model, one export file per article.

Each file is an `AnnotationCollection` whose one `AnnotationPage` is embedded as
`first`: a page on its own SHOULD name the collection it is part of, and the
collection carries the article's title as `label` and the `total`.

Every annotation targets the article page with a `TextQuoteSelector`, so any
client can re-anchor it on the text however the page is styled:
- a quote is `describing`: it says who spoke the passage, in what role, where and
  when (a `describing` TextualBody), and links the speaker's page (a
  `SpecificResource` with purpose `linking`: the person is related to the passage,
  not an identity of it, which is what `identifying` would claim);
- a note is `commenting`, except a correction, which says how the text should
  read: `editing`.
Ids are fragments of the export file's own URL (`…/annotations/<id>.jsonld#quote-1`, the
quote's number as in its element id on the page), so they are IRIs that resolve to the
document defining them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from json.encoder import encode_basestring as _string
from typing import Any

from . import site_paths
from .labels import long_date
from .model import Article, Person, Span
from .site_paths import quote_anchor

Node = dict[str, Any]

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32
"""Longest prefix and suffix: enough to tell repeated phrases apart."""


def _page_text(text: str) -> str:
    """A paragraph as its page shows it: a line break inside a paragraph is a space (same length, same offsets)."""
    return text.replace("\n", " ")


def _target(article: Article, span: Span, source: str) -> Node:
    text = _page_text(article.raw.body[span.paragraph].text)
    selector = {"type": "TextQuoteSelector", "exact": text[span.start : span.end]}
    # At a paragraph's edge there is nothing to quote: the key is left out rather than empty.
    prefix = text[max(0, span.start - CONTEXT_CHARS) : span.start]
    suffix = text[span.end : span.end + CONTEXT_CHARS]
    selector |= ({"prefix": prefix} if prefix else {}) | ({"suffix": suffix} if suffix else {})
    return {"source": source, "selector": selector}


def _text_body(value: str, language: str, purpose: str) -> Node:
    return {"type": "TextualBody", "value": value, "format": "text/plain", "language": language, "purpose": purpose}


def _quote_description(name: str, role: str | None, context: str | None, date_text: str | None) -> str:
    """Who spoke, in what role, where and when, worded as the page's footnote is."""
    details = ", ".join(part for part in (context, date_text) if part)
    head = f"{name}, {role}." if role else f"{name}."
    return head + (f" {details}." if details else "")


def _annotations(article: Article, people: Mapping[str, Person], site_url: str, base: str) -> list[Node]:
    source = site_paths.absolute(site_url, site_paths.article_page(article))
    items = []
    for number, quote in enumerate(article.quotes, start=1):
        annotation = quote.annotation
        person = people[annotation.speaker]
        date_text = long_date(annotation.date, article.language) if annotation.date else None
        description = _quote_description(person.name, annotation.role, annotation.context, date_text)
        speaker_page = site_paths.absolute(site_url, site_paths.person_page(person.id))
        items.append(
            {
                "id": f"{base}#{quote_anchor(number)}",
                "type": "Annotation",
                "motivation": "describing",
                "body": [
                    _text_body(description, article.language, "describing"),
                    {"type": "SpecificResource", "source": speaker_page, "purpose": "linking"},
                ],
                "target": _target(article, quote.span, source),
            }
        )
    for number, note in enumerate(article.notes, start=1):
        motivation = "editing" if note.annotation.kind == "correction" else "commenting"
        items.append(
            {
                "id": f"{base}#note-{number}",
                "type": "Annotation",
                "motivation": motivation,
                "body": _text_body(note.annotation.note, article.language, motivation),
                "target": _target(article, note.span, source),
            }
        )
    return items


def article_annotations(article: Article, people: Mapping[str, Person], site_url: str) -> str:
    """JSON-LD of an `AnnotationCollection` holding every anchored quote and note of the article."""
    base = site_paths.absolute(site_url, site_paths.annotations_file(article.id))
    items = _annotations(article, people, site_url, base)
    collection: Node = {
        "@context": CONTEXT,
        "id": base,
        "type": "AnnotationCollection",
        "label": article.raw.title,
        "total": len(items),
        "first": {"id": f"{base}#page-1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return _indented(collection, "\n") + "\n"


def _indented(value: Any, newline: str) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, each line break followed by `newline`'s indentation.

    json.dumps indents with its pure-Python encoder, which takes twice as long: here only containers take
    a Python call, and strings are escaped by the C encoder.
    """
    inner = newline + "  "
    if isinstance(value, dict):
        parts = [f"{_string(key)}: {_string(v) if type(v) is str else _indented(v, inner)}" for key, v in value.items()]
        brackets = "{}"
    elif isinstance(value, list):
        parts = [_string(item) if type(item) is str else _indented(item, inner) for item in value]
        brackets = "[]"
    elif type(value) is int:  # a count or an index: json.dumps takes ten times as long to say the same
        return str(value)
    else:
        return json.dumps(value, ensure_ascii=False)
    if not parts:
        return brackets
    return brackets[0] + inner + ("," + inner).join(parts) + newline + brackets[1]


def annotation_exports(articles: tuple[Article, ...], people: Mapping[str, Person], site_url: str) -> dict[str, bytes]:
    """`{docs-relative path: JSON-LD, UTF-8}` for every article with at least one anchored quote or note."""
    return {
        site_paths.annotations_file(a.id): article_annotations(a, people, site_url).encode()
        for a in articles
        if a.quotes or a.notes
    }
