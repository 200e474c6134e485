"""Pages that list articles and people: home, archive by year and month, tags, people and their quotes.

Navigation stays small (Material embeds the whole nav in every page), so these
pages, not the nav, are how a reader reaches each article. Every list is split
into pages of at most PAGE_SIZE items, so no page grows with the archive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from . import site_paths
from .labels import language_name, long_date
from .markdown_text import attribute, escape, link
from .model import Article, Person
from .site_paths import quote_anchor

LATEST_ON_HOME = 20
PAGE_SIZE = 50
EXCERPT_CHARS = 220
PEOPLE_NAMED_ON_HOME = 4
T = TypeVar("T")


@dataclass(frozen=True)
class QuoteEntry:
    """One quote on a person's page: what, when, in which article, at which quote anchor."""

    article: Article
    number: int

    @property
    def date(self) -> dt.date:
        return self.article.quotes[self.number - 1].annotation.date or self.article.date


def _page(title: str, body: list[str], feed: str | None = None) -> str:
    """`feed`: the Atom feed readers of this page can follow (announced in the page's head)."""
    front = f"---\nfeed: {feed}\n---\n\n" if feed else ""
    return front + "\n".join([f"# {escape(title)}", "", *body]).rstrip() + "\n"


def _badge(language: str) -> str:
    return f'<span class="language-badge" lang="en">{escape(language_name(language, "en"))}</span>'


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _article_item(article: Article, from_page: str) -> str:
    target = site_paths.relative(from_page, site_paths.article_page(article))
    return f"- {long_date(article.date, 'en')}: {link(article.raw.title, target)} {_badge(article.language)}"


def _paginated(
    base: str,
    title: str,
    items: Sequence[T],
    render: Callable[[T, str], str],
    intro: Sequence[str] = (),
    feed: str | None = None,
) -> dict[str, str]:
    """The list as pages of PAGE_SIZE items: `base` first, then `<folder>/page/<n>.md`, linked both ways."""
    chunks = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
    paths = [base] + [site_paths.list_page(base, n) for n in range(2, len(chunks) + 1)]
    pages = {}
    for number, (path, chunk) in enumerate(zip(paths, chunks), start=1):
        lines = list(intro) if number == 1 else []
        lines += [render(item, path) for item in chunk]
        if len(chunks) > 1:
            links = []
            if number > 1:
                links.append(link("← Newer", site_paths.relative(path, paths[number - 2])))
            links.append(f"Page {number} of {len(chunks)}")
            if number < len(chunks):
                links.append(link("Older →", site_paths.relative(path, paths[number])))
            lines += ["", " · ".join(links), "{: .pagination }"]
        heading = title if number == 1 else f"{title} (page {number})"
        pages[path] = _page(heading, lines, feed)
    return pages


def _excerpt(article: Article) -> str:
    text = " ".join(article.raw.body[0].text.split()) if article.raw.body else ""
    if len(text) > EXCERPT_CHARS:
        text = text[: EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
    return text


def home(articles: tuple[Article, ...], people: Mapping[str, Person], intro: str) -> str:
    page = site_paths.HOME
    lines = [escape(intro), "", "## Latest articles", ""]
    for article in articles[:LATEST_ON_HOME]:
        target = site_paths.relative(page, site_paths.article_page(article))
        lines += [f"### {link(article.raw.title, target)}", ""]
        lines += [f'<time datetime="{article.date.isoformat()}">{long_date(article.date, "en")}</time> · {_badge(article.language)}',
                  "{: .article-meta }", ""]
        lines += [f'<span lang="{attribute(article.language)}">{escape(_excerpt(article))}</span>', ""]
        speakers = list(dict.fromkeys(q.annotation.speaker for q in article.quotes))
        if speakers:
            named = [link(people[s].name, site_paths.relative(page, site_paths.person_page(s))) for s in speakers[:PEOPLE_NAMED_ON_HOME]]
            more = f" and {len(speakers) - PEOPLE_NAMED_ON_HOME} more" if len(speakers) > PEOPLE_NAMED_ON_HOME else ""
            lines += [f"Quoted: {', '.join(named)}{more}", "{: .article-people }", ""]
    archive = link("All articles by date", site_paths.relative(page, site_paths.ARTICLES_INDEX))
    everyone = link("People quoted and credited", site_paths.relative(page, site_paths.PEOPLE_INDEX))
    topics = link("Topics", site_paths.relative(page, site_paths.TAGS_INDEX))
    lines += [f"{archive} · {everyone} · {topics}"]
    return _page("Annotated News Archive", lines)


def _by(articles: Iterable[Article], key: Callable[[Article], T]) -> dict[T, list[Article]]:
    groups: dict[T, list[Article]] = {}
    for article in articles:
        groups.setdefault(key(article), []).append(article)
    return groups


def time_pages(articles: tuple[Article, ...]) -> dict[str, str]:
    """The archive by date: an index of years, a page per year listing its months, a page per month."""
    index = site_paths.ARTICLES_INDEX
    years = _by(articles, lambda a: a.date.year)
    lines = [f"- {link(str(y), site_paths.relative(index, site_paths.year_page(y)))}: {_plural(len(items), 'article')}"
             for y, items in years.items()]
    pages = {index: _page("Articles by date", lines or ["No articles yet."])}
    for year, items in years.items():
        year_page = site_paths.year_page(year)
        months = _by(items, lambda a: a.date.month)
        month_lines = []
        for month, month_items in months.items():
            month_page = site_paths.month_page(year, month)
            name = f"{long_date(dt.date(year, month, 1), 'en').split()[0]} {year}"
            month_lines.append(f"- {link(name, site_paths.relative(year_page, month_page))}: {_plural(len(month_items), 'article')}")
            pages |= _paginated(month_page, f"Articles from {name}", month_items, _article_item)
        pages[year_page] = _page(f"Articles from {year}", month_lines)
    return pages


def tag_pages(articles: tuple[Article, ...]) -> dict[str, str]:
    by_slug: dict[str, tuple[str, list[Article]]] = {}
    for article in articles:
        for tag in dict.fromkeys(article.annotations.tags):
            shown, items = by_slug.setdefault(site_paths.tag_slug(tag), (tag, []))
            items.append(article)
    index = site_paths.TAGS_INDEX
    lines = [
        f"- {link(shown, site_paths.relative(index, site_paths.tag_page(shown)))}: {_plural(len(items), 'article')}"
        for _, (shown, items) in sorted(by_slug.items())
    ]
    pages = {index: _page("Topics", lines or ["No topics yet."])}
    for shown, items in by_slug.values():
        feed = site_paths.feed_file("tags", site_paths.tag_slug(shown))
        pages |= _paginated(site_paths.tag_page(shown), f"Topic: {shown}", items, _article_item, feed=feed)
    return pages


def people_pages(articles: tuple[Article, ...], people: Mapping[str, Person]) -> dict[str, str]:
    quotes: dict[str, list[QuoteEntry]] = {}
    credits: dict[str, list[tuple[Article, str]]] = {}
    for article in articles:
        for number, quote in enumerate(article.quotes, start=1):
            quotes.setdefault(quote.annotation.speaker, []).append(QuoteEntry(article, number))
        for credit in article.credits:
            if credit.person:
                where = f" ({escape(credit.city)})" if credit.city else ""
                credits.setdefault(credit.person, []).append((article, f"{credit.role}{where}"))
    ordered = sorted(people.values(), key=lambda p: (p.name.casefold(), p.id))

    def index_item(person: Person, from_page: str) -> str:
        facts = [_plural(len(quotes[person.id]), "quote")] if person.id in quotes else []
        facts += [f"credited on {_plural(len(credits[person.id]), 'article')}"] if person.id in credits else []
        target = site_paths.relative(from_page, site_paths.person_page(person.id))
        return f"- {link(person.name, target)}" + (f": {', '.join(facts)}" if facts else "")

    pages = _paginated(site_paths.PEOPLE_INDEX, "People", ordered, index_item)
    for person in ordered:
        pages |= _person_pages(person, sorted(quotes.get(person.id, []), key=lambda q: q.date, reverse=True),
                               credits.get(person.id, []))
    return pages


def _quote_item(entry: QuoteEntry, from_page: str) -> str:
    article, annotation = entry.article, entry.article.quotes[entry.number - 1].annotation
    target = site_paths.relative(from_page, site_paths.article_page(article))
    role = f", {escape(annotation.role)}" if annotation.role else ""
    where = link(article.raw.title, f"{target}#{quote_anchor(entry.number)}")
    when = f'<time datetime="{entry.date.isoformat()}">{long_date(entry.date, "en")}</time>'
    return f'- <q lang="{attribute(article.language)}">{escape(annotation.quote)}</q>{role}. {where}, {when} {_badge(article.language)}'


def _person_pages(person: Person, quotes: list[QuoteEntry], credited: list[tuple[Article, str]]) -> dict[str, str]:
    base = site_paths.person_page(person.id)
    intro = [escape(person.description), ""] if person.description else []
    if person.url:
        intro += [link(person.url, person.url), ""]

    def credit_item(entry: tuple[Article, str], from_page: str) -> str:
        article, role = entry
        target = site_paths.relative(from_page, site_paths.article_page(article))
        return f"- {long_date(article.date, 'en')}: {link(article.raw.title, target)}, {role} {_badge(article.language)}"

    if credited and not quotes:
        return _paginated(base, person.name, credited, credit_item, [*intro, "## Reporting", ""])
    feed = site_paths.feed_file("people", person.id) if quotes else None
    pages = _paginated(base, person.name, quotes, _quote_item, [*intro, "## Quotes", ""] if quotes else intro, feed)
    if credited:
        reporting = site_paths.person_reporting_page(person.id)
        pages[base] = pages[base].rstrip() + "\n\n" + link(
            f"Articles {person.name} reported or contributed to ({len(credited)})", site_paths.relative(base, reporting)
        ) + "\n"
        pages |= _paginated(reporting, f"{person.name}: reporting", credited, credit_item)
    return pages
