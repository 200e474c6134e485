"""Pages that list articles: home, archive by year and month, topics, and the stories relying on unnamed sources.

Navigation stays small (Material embeds the whole nav in every page), so these
pages, not the nav, are how a reader reaches each article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from build_scripts import site_paths
from build_scripts.model import Listing, Person
from build_scripts.render.escaping import anchor, element, page_url, text
from build_scripts.render.labels import long_date
from build_scripts.render.page_blocks import Heading, PageSource
from build_scripts.render.pagination import article_item, badge, bullets, page, paginated, paragraph, plural

LATEST_ON_HOME = 20
EXCERPT_CHARS = 220
PEOPLE_NAMED_ON_HOME = 4
T = TypeVar("T")


def _excerpt(article: Listing) -> str:
    text = " ".join(article.first_paragraph.split()) if article.first_paragraph is not None else ""
    if len(text) > EXCERPT_CHARS:
        text = text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
    return text


def home(articles: Sequence[Listing], people: Mapping[str, Person], title: str, intro: str) -> PageSource:
    here = site_paths.HOME
    lines = [*paragraph(text(intro)), Heading(2, "Latest articles")]
    for article in articles[:LATEST_ON_HOME]:
        lines.append(Heading(3, article.title, link=(here, site_paths.article_page_for(article.id))))
        when = element("time", long_date(article.date, "en"), {"datetime": article.date.isoformat()})
        lines += paragraph(f"{when} · {badge(article.language)}", "article-meta")
        lines += paragraph(element("span", text(_excerpt(article)), {"lang": article.language}))
        sources = list(dict.fromkeys(a.source for a in article.attributions if a.source))
        if sources:
            named = [
                anchor(people[s].name, page_url(here, site_paths.registry_page(people[s])))
                for s in sources[:PEOPLE_NAMED_ON_HOME]
            ]
            more = f" and {len(sources) - PEOPLE_NAMED_ON_HOME} more" if len(sources) > PEOPLE_NAMED_ON_HOME else ""
            lines += paragraph(f"Cited: {', '.join(named)}{more}", "article-people")
    links = [
        ("All articles by date", site_paths.ARTICLES_INDEX),
        ("People quoted and credited", site_paths.PEOPLE_INDEX),
        ("Organisations", site_paths.ORGANISATIONS_INDEX),
        ("Stories with unnamed sources", site_paths.UNNAMED_SOURCES),
        ("Topics", site_paths.TOPICS_INDEX),
    ]
    lines += paragraph(" · ".join(anchor(shown, page_url(here, target)) for shown, target in links))
    return page(title, lines)


def _by(articles: Iterable[Listing], key: Callable[[Listing], T]) -> dict[T, list[Listing]]:
    groups: dict[T, list[Listing]] = {}
    for article in articles:
        groups.setdefault(key(article), []).append(article)
    return groups


def time_pages(articles: Sequence[Listing]) -> dict[str, PageSource]:
    """The archive by date: an index of years, a page per year listing its months, a page per month."""
    index = site_paths.ARTICLES_INDEX
    years = _by(articles, lambda a: a.date.year)
    lines = [
        f"<li>{anchor(str(y), page_url(index, site_paths.year_page(y)))}: {plural(len(items), 'article')}</li>"
        for y, items in years.items()
    ]
    unnamed = anchor("Stories that rely on unnamed sources", page_url(index, site_paths.UNNAMED_SOURCES))
    pages = {index: page("Articles by date", [*(bullets(lines) or paragraph("No articles yet.")), *paragraph(unnamed)])}
    for year, items in years.items():
        year_page = site_paths.year_page(year)
        months = _by(items, lambda a: a.date.month)
        month_lines = []
        for month, month_items in months.items():
            month_page = site_paths.month_page(year, month)
            name = f"{long_date(dt.date(year, month, 1), 'en').split()[0]} {year}"
            shown = anchor(name, page_url(year_page, month_page))
            month_lines.append(f"<li>{shown}: {plural(len(month_items), 'article')}</li>")
            pages |= paginated(month_page, f"Articles from {name}", month_items, article_item)
        pages[year_page] = page(f"Articles from {year}", bullets(month_lines))
    return pages


def unnamed_sources_page(articles: Sequence[Listing]) -> dict[str, PageSource]:
    """The stories with at least one quote or claim from a source they do not name, newest first: a reader
    weighing the archive's sourcing finds them in one place."""
    relying = [(a, tuple(x.described or "" for x in a.attributions if x.origin == "unnamed")) for a in articles]
    intro = paragraph(
        "Stories in which at least one quote or reported claim comes from a source the article does not name, "
        "with how many and how the article describes them."
    )
    listed = [entry for entry in relying if entry[1]]
    if not listed:
        intro += paragraph("No story in the archive relies on unnamed sources.")
    return paginated(site_paths.UNNAMED_SOURCES, "Stories with unnamed sources", listed, _unnamed_item, intro)


def _unnamed_item(entry: tuple[Listing, tuple[str, ...]], from_page: str) -> str:
    article, described = entry
    target = page_url(from_page, site_paths.article_page_for(article.id))
    count = len(described)
    how = f"{count} attribution to an unnamed source" if count == 1 else f"{count} attributions to unnamed sources"
    who = "; ".join(text(d) for d in dict.fromkeys(described))
    shown = f"{long_date(article.date, 'en')}: {anchor(article.title, target)} {badge(article.language)}"
    return f"<li>{shown}: {how}: {element('span', who, {'lang': article.language})}</li>"
