"""The archive's annotations in the W3C Web Annotation Data Model, one export file per article.

Each file is an `AnnotationCollection` whose one `AnnotationPage` is embedded as
`first`: a page on its own SHOULD name the collection it is part of, and the
collection carries the article's title as `label` and the `total`.

Every annotation targets the article page with a `TextQuoteSelector`, so any
client can re-anchor it on the text however the page is styled:
- a quote or a reported claim is `describing`: a `describing` TextualBody says who
  stands behind the passage (a registered person or organisation by name; an unnamed
  source as the article describes it, with its affiliation and the stated reason for
  anonymity; a document with its issuer), in what role, with what reporting words
  (the cue, quoted), where and when; a `classifying` body says which it is, by the
  schema.org type the page's JSON-LD gives it (`Quotation` or `Claim`); a registered
  source's page is a `SpecificResource` with purpose `linking` (the source is related
  to the passage, not an identity of it, which is what `identifying` would claim);
- a note is `commenting`, except a correction, which says how the text should
  read: `editing`.
Ids are fragments of the export file's own URL (`…/annotations/<id>.jsonld#claim-2`, the
passage's number as in its element id on the page), so they are IRIs that resolve to the
document defining them.

Bodies and the label are text a person reads, shown as the page shows it (`visible`); the selectors' `exact`,
`prefix` and `suffix` are the page's raw text, so that they still match it.
"""

from __future__ import annotations

from collections.abc import Mapping
from json.encoder import encode_basestring as _string

from build_scripts import site_paths
from build_scripts.model import Article, Attribution, Person, Span
from build_scripts.render.escaping import visible
from build_scripts.render.labels import long_date
from build_scripts.site_paths import attribution_anchor

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32
"""Longest prefix and suffix: enough to tell repeated phrases apart."""
_SCHEMA_TYPES = {"quote": "https://schema.org/Quotation", "claim": "https://schema.org/Claim"}


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
_ATTRIBUTION = """{{
        "id": {id},
        "type": "Annotation",
        "motivation": "describing",
        "body": [
          {bodies}
        ],
        "target": {target}
      }}"""
_DESCRIBING = """{{
            "type": "TextualBody",
            "value": {value},
            "format": "text/plain",
            "language": {language},
            "purpose": "describing"
          }}"""
_RESOURCE = """{{
            "type": "SpecificResource",
            "source": {source},
            "purpose": {purpose}
          }}"""
_BODIES = ",\n          "
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


def _who(annotation: Attribution, people: Mapping[str, Person]) -> str:
    """The source by its registry name, or in the article's own words."""
    if annotation.unnamed is not None:
        unnamed = annotation.unnamed
        who = ", ".join(part for part in (unnamed.description, unnamed.affiliation) if part)
        return f"{who} ({unnamed.reason})" if unnamed.reason else who
    if annotation.document is not None:
        issuer = annotation.document.issuer
        return annotation.document.description + (f", {people[issuer].name}" if issuer is not None else "")
    return people[annotation.speaker].name if annotation.speaker is not None else ""


def _description(annotation: Attribution, people: Mapping[str, Person], language: str) -> str:
    """Who stands behind the passage, in what role, how the article reports it, where and when."""
    head = ", ".join(part for part in (_who(annotation, people), annotation.role) if part)
    if annotation.cue:
        head += f": “{annotation.cue}”"
    date_text = long_date(annotation.date, language) if annotation.date else None
    details = ", ".join(part for part in (annotation.context, date_text) if part)
    return f"{head}." + (f" {details}." if details else "")


def _bodies(annotation: Attribution, people: Mapping[str, Person], site_url: str, language: str) -> str:
    value = visible(_description(annotation, people, language))
    bodies = [_DESCRIBING.format(value=_string(value), language=_string(language))]
    if annotation.registered is not None:
        page = site_paths.absolute(site_url, site_paths.person_page(annotation.registered))
        bodies.append(_RESOURCE.format(source=_string(page), purpose='"linking"'))
    bodies.append(_RESOURCE.format(source=_string(_SCHEMA_TYPES[annotation.kind]), purpose='"classifying"'))
    return _BODIES.join(bodies)


def _annotations(article: Article, people: Mapping[str, Person], site_url: str, base: str) -> list[str]:
    source = site_paths.absolute(site_url, site_paths.article_page(article))
    language = _string(article.language)
    items = [
        _ATTRIBUTION.format(
            id=_string(f"{base}#{attribution_anchor(number, anchored.annotation.kind)}"),
            bodies=_bodies(anchored.annotation, people, site_url, article.language),
            target=_target(article, anchored.span, source),
        )
        for number, anchored in enumerate(article.attributions, start=1)
    ]
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
    """JSON-LD of an `AnnotationCollection` holding every anchored quote, claim and note of the article (at least one)."""
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
    """`{docs-relative path: JSON-LD, UTF-8}` for every article with at least one anchored quote, claim or note."""
    return {
        site_paths.annotations_file(a.id): article_annotations(a, people, site_url).encode()
        for a in articles
        if a.attributions or a.notes
    }
