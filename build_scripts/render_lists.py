"""Pages that list articles and people: home, archive by year, people and their quotes.

Navigation stays small (Material embeds the whole nav in every page), so
these pages, not the nav, are how a reader reaches each article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from . import site_paths
from .labels import language_name, long_date
from .markdown_text import escape, link
from .model import Article, Person
from .render_article import quote_anchor

LATEST_ON_HOME = 20


def _page(title: str, body: list[str]) -> str:
    return "\n".join([f"# {escape(title)}", "", *body]).rstrip() + "\n"


def _article_item(article: Article, from_page: str) -> str:
    target = site_paths.relative(from_page, site_paths.article_page(article))
    badge = f'<span class="language-badge" lang="en">{escape(language_name(article.language, "en"))}</span>'
    return f"- {long_date(article.date, 'en')}: {link(article.raw.title, target)} {badge}"


def home(articles: tuple[Article, ...], intro: str) -> str:
    page = site_paths.HOME
    latest = [_article_item(a, page) for a in articles[:LATEST_ON_HOME]]
    more = link("All articles by year", site_paths.relative(page, site_paths.ARTICLES_INDEX))
    people = link("People quoted and credited", site_paths.relative(page, site_paths.PEOPLE_INDEX))
    body = [intro, "", "## Latest articles", "", *latest, "", f"{more} · {people}"]
    return _page("Annotated News Archive", body)


def _years(articles: Iterable[Article]) -> dict[int, list[Article]]:
    years: dict[int, list[Article]] = {}
    for article in articles:
        years.setdefault(article.date.year, []).append(article)
    return years


def articles_index(articles: tuple[Article, ...]) -> str:
    page = site_paths.ARTICLES_INDEX
    lines = []
    for year, items in _years(articles).items():
        target = site_paths.relative(page, site_paths.year_page(year))
        lines.append(f"- {link(str(year), target)}: {len(items)} article{'s' if len(items) != 1 else ''}")
    return _page("Articles by year", lines or ["No articles yet."])


def year_index(year: int, articles: list[Article]) -> str:
    page = site_paths.year_page(year)
    return _page(f"Articles from {year}", [_article_item(a, page) for a in articles])


def people_index(people: Mapping[str, Person], counts: Mapping[str, tuple[int, int]]) -> str:
    page = site_paths.PEOPLE_INDEX
    lines = []
    for person in sorted(people.values(), key=lambda p: (p.name.casefold(), p.id)):
        quoted, credited = counts.get(person.id, (0, 0))
        facts = [f"{quoted} quote{'s' if quoted != 1 else ''}"] if quoted else []
        facts += [f"credited on {credited} article{'s' if credited != 1 else ''}"] if credited else []
        target = site_paths.relative(page, site_paths.person_page(person.id))
        lines.append(f"- {link(person.name, target)}" + (f": {', '.join(facts)}" if facts else ""))
    return _page("People", lines or ["No people yet."])


def person(person: Person, articles: tuple[Article, ...]) -> str:
    page = site_paths.person_page(person.id)
    lines = [escape(person.description), ""] if person.description else []
    if person.url:
        lines += [link(person.url, person.url), ""]
    quotes = []
    for article in articles:
        target = site_paths.relative(page, site_paths.article_page(article))
        for number, quote in enumerate(article.quotes, start=1):
            if quote.annotation.speaker != person.id:
                continue
            role = f" ({escape(quote.annotation.role)})" if quote.annotation.role else ""
            where = link(article.raw.title, f"{target}#{quote_anchor(number)}")
            quotes.append(f'- <q lang="{article.language}">{escape(quote.annotation.quote)}</q>{role}: {where}, {long_date(article.date, "en")}')
    if quotes:
        lines += ["## Quotes", "", *quotes, ""]
    credited = []
    for article in articles:
        roles = sorted({c.role for c in article.credits if c.person == person.id})
        if roles:
            target = site_paths.relative(page, site_paths.article_page(article))
            credited.append(f"- {link(article.raw.title, target)} ({', '.join(roles)}), {long_date(article.date, 'en')}")
    if credited:
        lines += ["## Reporting", "", *credited, ""]
    return _page(person.name, lines)


def counts(articles: tuple[Article, ...]) -> dict[str, tuple[int, int]]:
    """Per person id: quotes attributed, articles credited."""
    result: dict[str, tuple[int, int]] = {}
    for article in articles:
        for quote in article.quotes:
            quoted, credited = result.get(quote.annotation.speaker, (0, 0))
            result[quote.annotation.speaker] = (quoted + 1, credited)
        for person_id in {c.person for c in article.credits if c.person}:
            quoted, credited = result.get(person_id, (0, 0))
            result[person_id] = (quoted, credited + 1)
    return result
