"""Each page's search record (articles, people, organisations, topics), made from the archive itself rather
than from the built HTML.

So the index can be written while MkDocs is still rendering the pages (it needs nothing MkDocs makes), and
it holds the article's own text, never the page's navigation, citation block or labels around it.

A record holds only what readers search: the title, every body paragraph (the quotes and claims are in them),
the sources cited (registered people and organisations with their roles as the footnotes show them, unnamed
sources as the article describes them) and the credits. Its meta and filters are what `docs/javascripts/search.js`
reads: `meta.title`, `meta.date`, `meta.kind`, `meta.group`, `meta.versions`, `filters.language`; the `person`
filter holds the registered sources (speakers and the issuers of documents), since only they are the same
source from one article to the next. Its text is shown as the page shows it (`visible`), so a result reads as
the page does.

A story and its translations are one result, though each language has its own index: every record of a
story carries the same `group` (its original's id) and, once all records are known (`linked_records`), the
title and address of each version (`versions`), so the first of them the search shows can show them all and
the others are left out, with no fragment fetched to find them.

People, organisations and topics have records of their own (`page_records`), with `kind` saying which, so a
name finds the page about it as well as the articles citing it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from build_scripts import site_paths
from build_scripts.interface import DEFAULT
from build_scripts.model import Article, Listing, Person, Topic
from build_scripts.read.anchoring import single_spaced
from build_scripts.read.archive import Archive
from build_scripts.render.escaping import visible
from build_scripts.render.labels import own_name
from build_scripts.render.pagination import LANGUAGE
from build_scripts.render.topic_pages import description


@dataclass(frozen=True)
class SearchRecord:
    """One page as Pagefind indexes it (its `add_custom_record` arguments)."""

    url: str
    """Site-root-relative, as the page is published: `/articles/2024/2024-10-23-slug/`, `/people/lloyd-austin/`."""
    content: bytes
    """Plain text, never markup, in UTF-8: Pagefind stores it and cuts the result excerpts from it. Bytes, since
    every record is held until Pagefind has it, and as text one curly quote makes a record two bytes a character."""
    language: str
    """Primary subtag (`id`, `en`): each language gets its own index, stemmed by its own rules."""
    meta: Mapping[str, str]
    filters: Mapping[str, tuple[str, ...]]
    sort: Mapping[str, str]


ARTICLE = "article"
"""`meta.kind` of an article's record; a registry entry's is its kind ("person", "organisation"), a topic's TOPIC."""
TOPIC = "topic"


def search_records(archive: Archive) -> tuple[SearchRecord, ...]:
    """Every article's record, in the archive's order (newest first), then every person's, organisation's and
    topic's, so the index is the same every build."""
    articles = [search_record(article, archive.people) for article in archive.articles]
    return all_records(articles, [Listing.of(article) for article in archive.articles], archive.people)


def all_records(
    articles: Iterable[SearchRecord], listings: Sequence[Listing], people: Mapping[str, Person]
) -> tuple[SearchRecord, ...]:
    """The articles' records linked to their translations, then the records of the pages about people and topics."""
    return (*linked_records(articles), *page_records(listings, people))


def search_record(article: Article, people: Mapping[str, Person]) -> SearchRecord:
    date = article.date.isoformat()
    filters = {
        "language": (own_name(article.language),),
        "year": (str(article.date.year),),
        "topic": tuple(dict.fromkeys(visible(topic.name(article.language)) for topic in article.topics)),
        "person": tuple(dict.fromkeys(visible(people[i].name) for i in _registered(article))),
    }
    return SearchRecord(
        url="/" + site_paths.url_of(site_paths.article_page(article)),
        content=one_line(visible(_sentences(_blocks(article, people)))).encode(),
        language=article.language.split("-")[0],
        meta={"title": one_line(visible(article.raw.title)), "date": date, "kind": ARTICLE, "group": _group(article)},
        filters={key: values for key, values in filters.items() if values},
        sort={"date": date},
    )


def _group(article: Article) -> str:
    """What a story and its translations share: the original's id, which each translation names."""
    original = article.annotations.original
    return original.article if original is not None and original.article else article.id


def linked_records(records: Iterable[SearchRecord]) -> tuple[SearchRecord, ...]:
    """Each record of a story told in several languages, given every version's language, address and title
    (`meta.versions`, JSON, the original first): a record is made knowing its own article only."""
    records = tuple(records)
    groups: dict[str, list[SearchRecord]] = {}
    for record in records:
        groups.setdefault(record.meta["group"], []).append(record)
    versions = {
        group: json.dumps(
            [[r.language, r.url, r.meta["title"]] for r in sorted(found, key=lambda r: not r.url.endswith(f"/{group}/"))],
            ensure_ascii=False,
        )
        for group, found in groups.items()
        if len(found) > 1
    }
    return tuple(
        replace(record, meta={**record.meta, "versions": versions[record.meta["group"]]})
        if record.meta["group"] in versions
        else record
        for record in records
    )


def page_records(listings: Sequence[Listing], people: Mapping[str, Person]) -> tuple[SearchRecord, ...]:
    """A record for each registry entry's page and each topic's page, in the language most of its articles
    are in: in one index only, so the search, which queries every language, lists it once."""
    language_of = {listing.id: listing.language.split("-")[0] for listing in listings}
    main = Counter(language_of.values()).most_common(1)[0][0] if language_of else DEFAULT
    roles: dict[str, dict[str, None]] = {}
    cited_in: dict[str, Counter[str]] = {}
    for listing in listings:
        for attribution in listing.attributions:
            if attribution.source is not None:
                roles.setdefault(attribution.source, {})[attribution.role or ""] = None
                cited_in.setdefault(attribution.source, Counter())[language_of[listing.id]] += 1
        for credit in listing.credits:
            if credit.person is not None:
                cited_in.setdefault(credit.person, Counter())[language_of[listing.id]] += 1
    entries = sorted(people.values(), key=lambda p: p.id)
    registry = tuple(
        _page_record(
            site_paths.registry_page(entry),
            entry.kind,
            entry.name,
            [entry.name, *entry.aliases, entry.description or "", *roles.get(entry.id, {})],
            cited_in[entry.id].most_common(1)[0][0] if entry.id in cited_in else main,
        )
        for entry in entries
    )
    return (*registry, *topic_records(listings))


def topic_records(listings: Sequence[Listing]) -> tuple[SearchRecord, ...]:
    """A record for each topic page, found by what the page shows: its name in every language (a name's hyphens
    read as spaces) and its description; titled as its page is, in the site's language."""
    topics: dict[str, tuple[Topic, Counter[str]]] = {}
    for listing in listings:
        for topic in listing.topics:
            topics.setdefault(topic.id, (topic, Counter()))[1][listing.language.split("-")[0]] += 1
    return tuple(
        _page_record(
            site_paths.topic_page(topic.id),
            TOPIC,
            topic.name(LANGUAGE),
            [name.replace("-", " ") for _, name in topic.names] + [shown[1] for shown in [description(topic)] if shown],
            languages.most_common(1)[0][0],
        )
        for _, (topic, languages) in sorted(topics.items())
    )


def _page_record(page: str, kind: str, title: str, blocks: list[str], language: str) -> SearchRecord:
    url = "/" + site_paths.url_of(page)
    return SearchRecord(
        url=url,
        content=one_line(visible(_sentences(list(dict.fromkeys(block for block in blocks if block))))).encode(),
        language=language,
        meta={"title": one_line(visible(title)), "kind": kind, "group": url},
        filters={"kind": (kind,)},
        sort={},
    )


def _registered(article: Article) -> list[str]:
    """The registry ids the article cites: speakers, and issuers of documents."""
    return [a.annotation.registered for a in article.attributions if a.annotation.registered is not None]


def _sources(article: Article, people: Mapping[str, Person]) -> list[str]:
    """Each source once, in reading order: a registered one by name and role, an unnamed one as described."""
    sources = []
    for anchored in article.attributions:
        annotation = anchored.annotation
        if annotation.registered is not None:
            sources.append(", ".join(part for part in (people[annotation.registered].name, annotation.role) if part))
        if annotation.unnamed is not None:
            sources.append(", ".join(part for part in (annotation.unnamed.description, annotation.unnamed.affiliation) if part))
    return list(dict.fromkeys(sources))


def _blocks(article: Article, people: Mapping[str, Person]) -> list[str]:
    """The searchable text, block by block, in page order: title, body, who is cited, credits."""
    credited = []
    for credit in article.credits:
        name = people[credit.person].name if credit.person is not None and credit.person in people else credit.name
        credited.append(f"{name} ({credit.city})" if credit.city else name)
    return [
        article.raw.title,
        *(paragraph.text for paragraph in article.raw.body),
        *_sources(article, people),
        *credited,
        *(paragraph.text for paragraph in article.raw.trailer),
    ]


_CLOSING = tuple(".!?…:;\"'”’»)]")


def _sentences(blocks: list[str]) -> str:
    """The blocks as one text, each ending as a sentence ends, so an excerpt never runs a title into the text."""
    return " ".join([text if not text or text.endswith(_CLOSING) else f"{text}." for text in map(str.rstrip, blocks)])


def one_line(text: str) -> str:
    return text if single_spaced(text) else " ".join(text.split())  # nearly every record's whole content is already
