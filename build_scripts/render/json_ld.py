"""schema.org `NewsArticle` JSON-LD for an article page, for search engines and citation tools.

Text a person reads (names, headlines, quotations, corrections, keywords) is as `visible` shows it on the page;
a link is as written, its invisible characters percent-encoded as in the page's `href`s.

Every quote and reported claim is a part of the article (`hasPart`, in reading order: passages of its text, not
works it cites). A direct quote is a `Quotation` with its speaker as `creator`, as schema.org's example of a real
person's quotation has it (`spokenByCharacter` names a character the words are given to, as in fiction). Reported
speech is a `Claim`, schema.org's type for an assertion someone makes that an article reports and a fact-checker
may review: a `Quotation` would pass the article's paraphrase off as the source's words. Its `author` is its
source, its `appearance` the passage on the page (`#claim-N`).

A registered source is a `Person` or an `Organization`, by its page. An unnamed source is a `Person` (schema.org
has no type for one, and nearly all are people) with the article's `description` and no `name`: any name, even
the description, would say the article named it. A report, statement or data behind the words is the part's
`isBasedOn` (schema.org's link from a quotation to its origin): a `Report` or `Dataset` when the article calls it
one, else a `CreativeWork`, with its issuer as `author`. Translations and originals point at each other
(`translationOfWork` / `workTranslation`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from build_scripts import site_paths
from build_scripts.model import AnchoredAttribution, Article, Credit, DocumentSource, Person, UnnamedSource
from build_scripts.render.escaping import href, visible
from build_scripts.render.feeds import AUTHOR_ROLES
from build_scripts.site_paths import attribution_anchor

Node = dict[str, Any]

_CREDIT_PROPERTY = dict.fromkeys(AUTHOR_ROLES, "author") | {"edited": "editor", "translated": "translator"}
"""schema.org property for each credit role; roles not listed are `contributor`."""
# Inside <script>, "</script" or "<!--" would end or change the element; JSON may spell any character as \uXXXX.
# str.replace, once per character: cheaper than str.translate, which is slow at mapping to several characters.
_SCRIPT_SAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_TYPES = {"person": "Person", "organisation": "Organization"}
_DOCUMENT_TYPES = (
    ("Report", frozenset({"report", "reports", "laporan"})),
    ("Dataset", frozenset({"data", "dataset", "figures", "statistics", "statistik", "angka", "poll", "survey", "survei"})),
)
"""Words by which an article calls what it cites a report or a dataset, in the languages of the archive."""
_WORD = re.compile(r"\w+")


def script_safe_json(data: Node) -> str:
    """JSON that can sit inside `<script type="application/ld+json">` and still parse to `data`."""
    text = _COMPACT.encode(data)
    for char, escaped in _SCRIPT_SAFE:
        text = text.replace(char, escaped)
    return text


def _registered(source_id: str | None, name: str, people: Mapping[str, Person], site_url: str) -> Node:
    """A person or organisation of the registry, by its page; anyone else by the name printed."""
    if source_id is None or source_id not in people:
        return {"@type": "Person", "name": visible(name)}
    person = people[source_id]
    page = site_paths.absolute(site_url, site_paths.registry_page(person))
    node: Node = {"@type": _TYPES[person.kind], "name": visible(person.name), "url": page}
    if person.url:
        node["sameAs"] = href(person.url)
    return node


def _credit_properties(credits: tuple[Credit, ...], people: Mapping[str, Person], site_url: str) -> dict[str, list[Node]]:
    properties: dict[str, list[Node]] = {}
    for credit in credits:
        key = _CREDIT_PROPERTY.get(credit.role, "contributor")
        properties.setdefault(key, []).append(_registered(credit.person, credit.name, people, site_url))
    return properties


def _archived(article_id: str, titles: Mapping[str, tuple[str, str]], site_url: str) -> Node:
    """Another article of this archive, by its page."""
    language, title = titles[article_id]
    url = site_paths.absolute(site_url, site_paths.article_page_for(article_id))
    return {"@type": "NewsArticle", "headline": visible(title), "inLanguage": language, "url": url}


def _original(article: Article, titles: Mapping[str, tuple[str, str]], site_url: str) -> Node | None:
    """What a translation was translated from: the archived original when there is one, else what the YAML says."""
    original = article.annotations.original
    if original is None:
        return None
    if original.article is not None and original.article in titles:
        return _archived(original.article, titles, site_url)
    node: Node = {"@type": "CreativeWork"}
    node |= {"name": visible(original.title)} if original.title else {}
    node |= {"inLanguage": original.language} if original.language else {}
    node |= {"url": href(original.url)} if original.url else {}
    return node if len(node) > 1 else None


def _unnamed(source: UnnamedSource) -> Node:
    node: Node = {"@type": "Person", "description": visible(source.description)}
    if source.affiliation:
        node["affiliation"] = {"@type": "Organization", "name": visible(source.affiliation)}
    return node


def _document(document: DocumentSource, people: Mapping[str, Person], site_url: str) -> Node:
    words = set(_WORD.findall(document.description.casefold()))
    kind = next((kind for kind, names in _DOCUMENT_TYPES if words & names), "CreativeWork")
    node: Node = {"@type": kind, "description": visible(document.description)}
    if document.issuer is not None:
        node["author"] = _registered(document.issuer, document.issuer, people, site_url)
    return node


def _part(anchored: AnchoredAttribution, article: Article, people: Mapping[str, Person], site_url: str, anchor: str) -> Node:
    """A quote or a claim, credited to whoever stands behind it."""
    annotation = anchored.annotation
    span = anchored.span
    paragraph = article.raw.body[span.paragraph].text
    text = visible(paragraph[span.start : span.end].replace("\n", " "), paragraph[span.start - 1 : span.start])
    if annotation.kind == "quote":
        node: Node = {"@type": "Quotation", "url": anchor, "text": text}
    else:
        node = {"@type": "Claim", "text": text, "appearance": {"@type": "WebPageElement", "url": anchor}}
    credit = "creator" if annotation.kind == "quote" else "author"
    if annotation.unnamed is not None:
        node[credit] = _unnamed(annotation.unnamed)
    elif annotation.registered is not None:
        node[credit] = _registered(annotation.registered, annotation.registered, people, site_url)
    if annotation.document is not None:
        node["isBasedOn"] = _document(annotation.document, people, site_url)
    if annotation.date:
        node["dateCreated"] = annotation.date.isoformat()
    if annotation.source:
        node["citation"] = href(annotation.source)
    return node


def _parts(article: Article, people: Mapping[str, Person], site_url: str, url: str) -> list[Node]:
    return [
        _part(anchored, article, people, site_url, f"{url}#{attribution_anchor(number, anchored.annotation.kind)}")
        for number, anchored in enumerate(article.attributions, start=1)
    ]


def news_article_jsonld(
    article: Article, people: Mapping[str, Person], site_url: str, titles: Mapping[str, tuple[str, str]]
) -> str:
    """`titles` maps every article id of the archive to (language, title), for links between translations."""
    url = site_paths.absolute(site_url, site_paths.article_page(article))
    annotations = article.annotations
    source = annotations.source
    data: Node = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": visible(article.raw.title),
        "datePublished": article.date.isoformat(),
        "inLanguage": article.language,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    data |= _credit_properties(article.credits, people, site_url)
    if source and source.publisher:
        data["publisher"] = {"@type": "Organization", "name": visible(source.publisher)}
        data.setdefault("author", [data["publisher"]])
    original = _original(article, titles, site_url)
    if original:
        data["translationOfWork"] = original
        if "url" in original:
            data["isBasedOn"] = original["url"]
    elif source and source.url:
        data["isBasedOn"] = href(source.url)
    if article.translations:
        data["workTranslation"] = [_archived(t, titles, site_url) for t in article.translations]
    if source and source.licence_url:
        data["license"] = href(source.licence_url)
    if article.topics:
        data["keywords"] = [visible(topic.name(article.language)) for topic in article.topics]
    corrections = [n.annotation.note for n in article.notes if n.annotation.kind == "correction"]
    if corrections:
        data["correction"] = [{"@type": "CorrectionComment", "text": visible(text)} for text in corrections]
    parts = _parts(article, people, site_url, url)
    if parts:
        data["hasPart"] = parts
    return script_safe_json(data)
