"""Pages that list articles: home, archive by year and month, topics, and the stories relying on unnamed sources.

Navigation stays small (Material embeds the whole nav in every page), so these
pages, not the nav, are how a reader reaches each article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from build_scripts import site_paths
from build_scripts.model import Listing, Person
from build_scripts.render.breadcrumbs import Crumb, breadcrumbs, month_name
from build_scripts.render.escaping import anchor, attribute, element, page_url, text
from build_scripts.render.labels import label, long_date
from build_scripts.render.page_blocks import Block, Heading, PageSource
from build_scripts.render.pagination import (
    LANGUAGE,
    Sideways,
    also_in,
    article_item,
    badge,
    bullets,
    counted,
    page,
    paginated,
    paginated_blocks,
    paragraph,
)

LATEST_ON_HOME = 20
EXCERPT_CHARS = 220
PEOPLE_NAMED_ON_HOME = 4
YEAR_PAGE_SIZE = 200
"""Articles on a page of a year: a year's whole list on one page keeps every article two clicks from home
(home → year → article) in all but the busiest years, and still no page grows with the archive."""
T = TypeVar("T")


def _excerpt(article: Listing) -> str:
    text = " ".join(article.first_paragraph.split()) if article.first_paragraph is not None else ""
    if len(text) > EXCERPT_CHARS:
        text = text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
    return text


def stories(articles: Sequence[Listing]) -> list[list[Listing]]:
    """The articles as stories, newest first: a story is an article and its translations in the archive, the
    version in the site's language first, so a reader meets each story once, in whichever languages it has."""
    ids = {article.id for article in articles}
    grouped: dict[str, list[Listing]] = {}
    for article in articles:
        story = article.original if article.original in ids else article.id
        grouped.setdefault(story, []).append(article)
    return [sorted(versions, key=lambda v: v.language != LANGUAGE) for versions in grouped.values()]


def _story(versions: Sequence[Listing], people: Mapping[str, Person], here: str) -> str:
    shown, others = versions[0], versions[1:]
    lang = {"lang": shown.language}
    title = anchor(shown.title, page_url(here, site_paths.article_page_for(shown.id)), lang)
    when = element("time", long_date(shown.date, LANGUAGE), {"datetime": shown.date.isoformat()})
    parts = [
        element("h3", title, {"class": "story-title"}),
        element("p", f"{when} · {badge(shown.language)}", {"class": "article-meta"}),
        element("p", text(_excerpt(shown)), {"class": "story-excerpt", **lang}),
    ]
    parts += [element("p", also_in(other, here), {"class": "story-other-language"}) for other in others]
    sources = list(dict.fromkeys(a.source for version in versions for a in version.attributions if a.source))
    if sources:
        named = ", ".join(
            anchor(people[s].name, page_url(here, site_paths.registry_page(people[s]))) for s in sources[:PEOPLE_NAMED_ON_HOME]
        )
        if len(sources) > PEOPLE_NAMED_ON_HOME:
            named = label(LANGUAGE, "list.and_more").format(names=named, n=len(sources) - PEOPLE_NAMED_ON_HOME)
        parts.append(element("p", label(LANGUAGE, "list.cited").format(names=named), {"class": "article-people"}))
    return element("li", "".join(parts), {"class": "story"})


def _heading(level: int, key: str, anchor_id: str) -> str:
    """A heading the table of contents leaves out: on the home page it would only repeat the page."""
    return f'<h{level} id="{attribute(anchor_id)}">{text(label(LANGUAGE, key))}</h{level}>'


def home(articles: Sequence[Listing], people: Mapping[str, Person], title: str) -> PageSource:
    here = site_paths.HOME
    lines: list[Block] = [*paragraph(text(label(LANGUAGE, "list.home_intro"))), _heading(2, "list.latest", "latest")]
    latest = [_story(versions, people, here) for versions in stories(articles)[:LATEST_ON_HOME]]
    lines += bullets(latest, "stories") or paragraph(text(label(LANGUAGE, "list.no_articles")))
    lines.append(_heading(2, "list.browse", "browse"))
    years = dict.fromkeys(article.date.year for article in articles)
    if years:
        shown = " · ".join(anchor(str(year), page_url(here, site_paths.year_page(year))) for year in years)
        lines += paragraph(f"{text(label(LANGUAGE, 'list.years'))} {shown}", "archive-years")
    links = [
        ("list.all_by_date", site_paths.ARTICLES_INDEX),
        ("list.people", site_paths.PEOPLE_INDEX),
        ("list.organisations", site_paths.ORGANISATIONS_INDEX),
        ("list.unnamed", site_paths.UNNAMED_SOURCES),
        ("list.topics", site_paths.TOPICS_INDEX),
    ]
    lines += paragraph(" · ".join(anchor(label(LANGUAGE, key), page_url(here, target)) for key, target in links))
    return page(title, lines)


def _by(articles: Iterable[Listing], key: Callable[[Listing], T]) -> dict[T, list[Listing]]:
    groups: dict[T, list[Listing]] = {}
    for article in articles:
        groups.setdefault(key(article), []).append(article)
    return groups


def _on_either_side(keys: Sequence[T], index: int, crumb: Callable[[T], Crumb]) -> Sideways:
    """The pages of the (earlier, later) of `keys`, which run newest first."""
    earlier = crumb(keys[index + 1]) if index + 1 < len(keys) else None
    return earlier, (crumb(keys[index - 1]) if index > 0 else None)


def _year_crumb(year: int) -> Crumb:
    return str(year), site_paths.year_page(year)


def _month_crumb(key: tuple[int, int]) -> Crumb:
    return month_name(*key, LANGUAGE), site_paths.month_page(*key)


def _articles_by_month(chunk: Sequence[Listing], path: str) -> list[Block]:
    """A year's articles under their months' headings, each heading a link to its month's page."""
    blocks: list[Block] = []
    for (year, month), items in _by(chunk, lambda a: (a.date.year, a.date.month)).items():
        heading = Heading(2, month_name(year, month, LANGUAGE), f"month-{month:02d}", (path, site_paths.month_page(year, month)))
        blocks += [heading, *bullets([article_item(article, path) for article in items])]
    return blocks


def time_pages(articles: Sequence[Listing]) -> dict[str, PageSource]:
    """The archive by date: an index of years, a page per year listing its articles by month, a page per month;
    each year and month linked to the ones before and after it."""
    index = site_paths.ARTICLES_INDEX
    home_crumb: Crumb = (label(LANGUAGE, "list.home"), site_paths.HOME)
    years = _by(articles, lambda a: a.date.year)
    lines = [
        f"<li>{anchor(str(y), page_url(index, site_paths.year_page(y)))}: {counted('list.count', len(items))}</li>"
        for y, items in years.items()
    ]
    unnamed = anchor(label(LANGUAGE, "list.unnamed_rely"), page_url(index, site_paths.UNNAMED_SOURCES))
    body = [*(bullets(lines) or paragraph(text(label(LANGUAGE, "list.no_articles")))), *paragraph(unnamed)]
    title = label(LANGUAGE, "list.articles_by_date")
    pages = {index: page(title, body, top=breadcrumbs(index, [home_crumb], LANGUAGE, title))}
    year_keys, months = list(years), _by(articles, lambda a: (a.date.year, a.date.month))
    month_keys = list(months)
    for number, year in enumerate(year_keys):
        title = label(LANGUAGE, "list.articles_from").format(period=year)
        sideways = _on_either_side(year_keys, number, _year_crumb)
        base = site_paths.year_page(year)
        pages |= paginated_blocks(
            base, title, years[year], _articles_by_month, size=YEAR_PAGE_SIZE, trail=(home_crumb,), sideways=sideways
        )
    for number, (year, month) in enumerate(month_keys):
        title = label(LANGUAGE, "list.articles_from").format(period=month_name(year, month, LANGUAGE))
        trail = (home_crumb, _year_crumb(year))
        sideways = _on_either_side(month_keys, number, _month_crumb)
        items = months[(year, month)]
        pages |= paginated(site_paths.month_page(year, month), title, items, article_item, trail=trail, sideways=sideways)
    return pages


def unnamed_sources_page(articles: Sequence[Listing]) -> dict[str, PageSource]:
    """The stories with at least one quote or claim from a source they do not name, newest first: a reader
    weighing the archive's sourcing finds them in one place."""
    relying = [(a, tuple(x.described or "" for x in a.attributions if x.origin == "unnamed")) for a in articles]
    intro = paragraph(text(label(LANGUAGE, "list.unnamed_intro")))
    listed = [entry for entry in relying if entry[1]]
    if not listed:
        intro += paragraph(text(label(LANGUAGE, "list.unnamed_none")))
    title = label(LANGUAGE, "list.unnamed")
    home_crumb = ((label(LANGUAGE, "list.home"), site_paths.HOME),)
    return paginated(site_paths.UNNAMED_SOURCES, title, listed, _unnamed_item, intro, trail=home_crumb)


def _unnamed_item(entry: tuple[Listing, tuple[str, ...]], from_page: str) -> str:
    article, described = entry
    target = page_url(from_page, site_paths.article_page_for(article.id))
    how = text(counted("list.unnamed_count", len(described)))
    who = "; ".join(text(d) for d in dict.fromkeys(described))
    when = element("time", long_date(article.date, LANGUAGE), {"datetime": article.date.isoformat()})
    shown = f"{when}: {anchor(article.title, target, {'lang': article.language})} {badge(article.language)}"
    return f"<li>{shown}: {how}: {element('span', who, {'lang': article.language})}</li>"
