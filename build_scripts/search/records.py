"""Each article's search record, made from the archive itself rather than from the built HTML.

So the index can be written while MkDocs is still rendering the pages (it needs nothing MkDocs makes), and
it holds the article's own text, never the page's navigation, citation block or labels around it.

A record holds only what readers search: the title, every body paragraph (the quotes and claims are in them),
the sources cited (registered people and organisations with their roles as the footnotes show them, unnamed
sources as the article describes them) and the credits. Its meta and filters are what `docs/javascripts/search.js`
reads: `meta.title`, `meta.date`, `filters.language`; the `person` filter holds the registered sources (speakers
and the issuers of documents), since only they are the same source from one article to the next. Its text is
shown as the page shows it (`visible`), so a result reads as the page does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from build_scripts import site_paths
from build_scripts.model import Article, Person
from build_scripts.read.anchoring import single_spaced
from build_scripts.read.archive import Archive
from build_scripts.render.escaping import visible
from build_scripts.render.labels import own_name


@dataclass(frozen=True)
class SearchRecord:
    """One article as Pagefind indexes it (its `add_custom_record` arguments)."""

    url: str
    """Site-root-relative, as the article page is published: `/articles/2024/2024-10-23-slug/`."""
    content: bytes
    """Plain text, never markup, in UTF-8: Pagefind stores it and cuts the result excerpts from it. Bytes, since
    every record is held until Pagefind has it, and as text one curly quote makes a record two bytes a character."""
    language: str
    """Primary subtag (`id`, `en`): each language gets its own index, stemmed by its own rules."""
    meta: Mapping[str, str]
    filters: Mapping[str, tuple[str, ...]]
    sort: Mapping[str, str]


def search_records(archive: Archive) -> tuple[SearchRecord, ...]:
    """Every article's record, in the archive's order (newest first), so the index is the same every build."""
    return tuple(search_record(article, archive.people) for article in archive.articles)


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
        meta={"title": one_line(visible(article.raw.title)), "date": date},
        filters={key: values for key, values in filters.items() if values},
        sort={"date": date},
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
