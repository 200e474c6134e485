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

Bodies and the label are text a person reads, shown as the page shows it (`visible`); the selectors' `exact`,
`prefix` and `suffix` are the page's raw text, so that they still match it.
"""

from __future__ import annotations

from collections.abc import Mapping
from json.encoder import encode_basestring as _string

from build_scripts import site_paths
from build_scripts.model import Article, Person, Span
from build_scripts.render.escaping import visible
from build_scripts.render.labels import long_date
from build_scripts.site_paths import attribution_anchor

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32
"""Longest prefix and suffix: enough to tell repeated phrases apart."""


def _page_text(text: str) -> str:
    """A paragraph as its page shows it: a line break inside a paragraph is a space (same length, same offsets)."""
    return text.replace("\n", " ")


# Each file is written from these templates, as `json.dumps(value, ensure_ascii=False, indent=2)` would write it
# (tests/test_web_annotations.py holds every export to that), every value through json's own string encoder:
# json.dumps indents with its pure-Python encoder, and building the values to hand it would cost as much again.
_COLLECTION = """{{
  "@context": {context},
  "id": {base},
  "type": "AnnotationCollection",
  "label": {title},
  "total": {total},
  "first": {{
    "id": {page},
    "type": "AnnotationPage",
    "startIndex": 0,
    "items": [
      {items}
    ]
  }}
}}
"""
_QUOTE = """{{
        "id": {id},
        "type": "Annotation",
        "motivation": "describing",
        "body": [
          {{
            "type": "TextualBody",
            "value": {description},
            "format": "text/plain",
            "language": {language},
            "purpose": "describing"
          }},
          {{
            "type": "SpecificResource",
            "source": {speaker},
            "purpose": "linking"
          }}
        ],
        "target": {target}
      }}"""
_NOTE = """{{
        "id": {id},
        "type": "Annotation",
        "motivation": {motivation},
        "body": {{
          "type": "TextualBody",
          "value": {note},
          "format": "text/plain",
          "language": {language},
          "purpose": {motivation}
        }},
        "target": {target}
      }}"""
_TARGET = """{{
          "source": {source},
          "selector": {{
            "type": "TextQuoteSelector",
            "exact": {exact}{context}
          }}
        }}"""
_ITEMS = ",\n      "


def _target(article: Article, span: Span, source: str) -> str:
    text = _page_text(article.raw.body[span.paragraph].text)
    # At a paragraph's edge there is nothing to quote: the key is left out rather than empty.
    prefix = text[max(0, span.start - CONTEXT_CHARS) : span.start]
    suffix = text[span.end : span.end + CONTEXT_CHARS]
    context = (f',\n            "prefix": {_string(prefix)}' if prefix else "") + (
        f',\n            "suffix": {_string(suffix)}' if suffix else ""
    )
    return _TARGET.format(source=_string(source), exact=_string(text[span.start : span.end]), context=context)


def _quote_description(name: str, role: str | None, context: str | None, date_text: str | None) -> str:
    """Who spoke, in what role, where and when, worded as the page's footnote is."""
    details = ", ".join(part for part in (context, date_text) if part)
    head = f"{name}, {role}." if role else f"{name}."
    return head + (f" {details}." if details else "")


def _annotations(article: Article, people: Mapping[str, Person], site_url: str, base: str) -> list[str]:
    source = site_paths.absolute(site_url, site_paths.article_page(article))
    language = _string(article.language)
    items = []
    for number, quote in enumerate(article.attributions, start=1):
        annotation = quote.annotation
        if annotation.registered is None:
            continue
        person = people[annotation.registered]
        date_text = long_date(annotation.date, article.language) if annotation.date else None
        items.append(
            _QUOTE.format(
                id=_string(f"{base}#{attribution_anchor(number, annotation.kind)}"),
                description=_string(visible(_quote_description(person.name, annotation.role, annotation.context, date_text))),
                language=language,
                speaker=_string(site_paths.absolute(site_url, site_paths.person_page(person.id))),
                target=_target(article, quote.span, source),
            )
        )
    for number, note in enumerate(article.notes, start=1):
        motivation = "editing" if note.annotation.kind == "correction" else "commenting"
        items.append(
            _NOTE.format(
                id=_string(f"{base}#note-{number}"),
                motivation=_string(motivation),
                note=_string(visible(note.annotation.note)),
                language=language,
                target=_target(article, note.span, source),
            )
        )
    return items


def article_annotations(article: Article, people: Mapping[str, Person], site_url: str) -> str:
    """JSON-LD of an `AnnotationCollection` holding every anchored quote and note of the article (at least one)."""
    base = site_paths.absolute(site_url, site_paths.annotations_file(article.id))
    items = _annotations(article, people, site_url, base)
    return _COLLECTION.format(
        context=_string(CONTEXT),
        base=_string(base),
        title=_string(visible(article.raw.title)),
        total=len(items),
        page=_string(f"{base}#page-1"),
        items=_ITEMS.join(items),
    )


def annotation_exports(articles: tuple[Article, ...], people: Mapping[str, Person], site_url: str) -> dict[str, bytes]:
    """`{docs-relative path: JSON-LD, UTF-8}` for every article with at least one anchored quote or note."""
    return {
        site_paths.annotations_file(a.id): article_annotations(a, people, site_url).encode()
        for a in articles
        if a.attributions or a.notes
    }
