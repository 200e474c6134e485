"""schema.org `NewsArticle` JSON-LD for an article page, for search engines and citation tools.

Text a person reads (names, headlines, quotations, corrections, keywords) is as `visible` shows it on the page;
a link is as written, its invisible characters percent-encoded as in the page's `href`s.

Quotes are `Quotation` parts of the article (`hasPart`: they are passages of its
text, not works it cites), each credited to its speaker; translations and
originals point at each other (`translationOfWork` / `workTranslation`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from build_scripts import site_paths
from build_scripts.model import Article, Credit, Person
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


def script_safe_json(data: Node) -> str:
    """JSON that can sit inside `<script type="application/ld+json">` and still parse to `data`."""
    text = _COMPACT.encode(data)
    for char, escaped in _SCRIPT_SAFE:
        text = text.replace(char, escaped)
    return text


def _person(person_id: str | None, name: str, people: Mapping[str, Person], site_url: str) -> Node:
    if person_id is None or person_id not in people:
        return {"@type": "Person", "name": visible(name)}
    person = people[person_id]
    page = site_paths.absolute(site_url, site_paths.person_page(person_id))
    node: Node = {"@type": "Person", "name": visible(person.name), "url": page}
    if person.url:
        node["sameAs"] = href(person.url)
    return node


def _credit_properties(credits: tuple[Credit, ...], people: Mapping[str, Person], site_url: str) -> dict[str, list[Node]]:
    properties: dict[str, list[Node]] = {}
    for credit in credits:
        key = _CREDIT_PROPERTY.get(credit.role, "contributor")
        properties.setdefault(key, []).append(_person(credit.person, credit.name, people, site_url))
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


def _quotations(article: Article, people: Mapping[str, Person], site_url: str, url: str) -> list[Node]:
    nodes = []
    for number, quote in enumerate(article.attributions, start=1):
        annotation = quote.annotation
        if annotation.kind != "quote" or annotation.speaker is None:
            continue
        span = quote.span
        paragraph = article.raw.body[span.paragraph].text
        node: Node = {
            "@type": "Quotation",
            "url": f"{url}#{attribution_anchor(number, annotation.kind)}",
            "text": visible(paragraph[span.start : span.end].replace("\n", " "), paragraph[span.start - 1 : span.start]),
            "creator": _person(annotation.speaker, annotation.speaker, people, site_url),
        }
        if annotation.date:
            node["dateCreated"] = annotation.date.isoformat()
        if annotation.source:
            node["citation"] = href(annotation.source)
        nodes.append(node)
    return nodes


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
    if annotations.tags:
        data["keywords"] = [visible(tag) for tag in annotations.tags]
    corrections = [n.annotation.note for n in article.notes if n.annotation.kind == "correction"]
    if corrections:
        data["correction"] = [{"@type": "CorrectionComment", "text": visible(text)} for text in corrections]
    quotations = _quotations(article, people, site_url, url)
    if quotations:
        data["hasPart"] = quotations
    return script_safe_json(data)
