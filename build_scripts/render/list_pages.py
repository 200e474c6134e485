"""Pages that list articles and people: home, archive by year and month, tags, people and their quotes.

Navigation stays small (Material embeds the whole nav in every page), so these
pages, not the nav, are how a reader reaches each article. Every list is split
into pages of at most PAGE_SIZE items, so no page grows with the archive.

Headings are Markdown (the table of contents and permalinks come from them); lists and
paragraphs are raw HTML, which Python-Markdown passes through without its inline pass.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from build_scripts import site_paths
from build_scripts.build.memo import Same, active_memo
from build_scripts.model import Listing, Person
from build_scripts.render.escaping import anchor, element, page_url, text
from build_scripts.render.labels import language_name, long_date
from build_scripts.render.page_blocks import Block, Heading, PageSource
from build_scripts.site_paths import attribution_anchor

LATEST_ON_HOME = 20
PAGE_SIZE = 50
EXCERPT_CHARS = 220
PEOPLE_NAMED_ON_HOME = 4
T = TypeVar("T")


@dataclass(frozen=True)
class QuoteEntry:
    """One quote on a person's page: what, when, in which article, at which quote anchor."""

    article: Listing
    number: int
    date: dt.date
    """When it was said, if the annotation says; else the article's date."""


def _page(title: str, body: Sequence[Block], feed: str | None = None) -> PageSource:
    """`feed`: the Atom feed readers of this page can follow (announced in the page's head)."""
    return PageSource((("feed", feed),) if feed else (), (Heading(1, title), *body))


@functools.lru_cache(maxsize=256)
def _badge(language: str) -> str:
    return f'<span class="language-badge" lang="en">{text(language_name(language, "en"))}</span>'


def _list(items: Sequence[str]) -> list[Block]:
    """`<li>` items as one `<ul>` block, the HTML a Markdown list gives."""
    return ["<ul>\n" + "\n".join(items) + "\n</ul>"] if items else []


def _paragraph(content: str, css_class: str | None = None) -> list[Block]:
    return [element("p", content, {"class": css_class} if css_class else None)]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _article_item(article: Listing, from_page: str) -> str:
    target = page_url(from_page, site_paths.article_page_for(article.id))
    return f"<li>{long_date(article.date, 'en')}: {anchor(article.title, target)} {_badge(article.language)}</li>"


def _item_key(item: object) -> Hashable:
    """What a list item is made from, by identity: the articles and people it shows (see memo.Same)."""
    if isinstance(item, QuoteEntry):
        return id(item.article), item.number
    if isinstance(item, tuple):
        return tuple(_item_key(part) for part in item)
    return id(item) if isinstance(item, (Listing, Person)) else item


def _paginated(
    base: str,
    title: str,
    items: Sequence[T],
    render: Callable[[T, str], str],
    intro: Sequence[Block] = (),
    feed: str | None = None,
) -> dict[str, PageSource]:
    """The list as pages of PAGE_SIZE items: `base` first, then `<folder>/page/<n>.md`, linked both ways.

    With a memo in effect, a page whose items and place in the list are unchanged is not written again (an edit
    to the newest article rewrites the first page of a 40-page topic, not all 40). Items are keyed by
    `id()` (hashing every wrapper on every rebuild is slow), so the entry keeps its items alive beside its page.
    """
    chunks = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
    paths = [base] + [site_paths.list_page(base, n) for n in range(2, len(chunks) + 1)]
    pages = {}
    memo = active_memo()
    for number, (path, chunk) in enumerate(zip(paths, chunks, strict=True), start=1):
        shown_intro = tuple(intro) if number == 1 else ()
        if memo is None:  # the key, an id per item, is only for a memo
            pages[path] = _list_page(paths, number, title, chunk, render, shown_intro, feed)
            continue
        key = ("list", path, title, number, len(chunks), tuple(map(_item_key, chunk)), Same(render), shown_intro, feed)
        made = functools.partial(_list_page, paths, number, title, chunk, render, shown_intro, feed)
        pages[path], _ = memo.get(key, functools.partial(_keeping_items, made, chunk))
    return pages


def _keeping_items(made: Callable[[], PageSource], items: Sequence[T]) -> tuple[PageSource, tuple[T, ...]]:
    """The page, and its items kept alive beside it in the memo: its key holds their ids."""
    return made(), tuple(items)


def _list_page(
    paths: list[str],
    number: int,
    title: str,
    chunk: Sequence[T],
    render: Callable[[T, str], str],
    intro: Sequence[Block],
    feed: str | None,
) -> PageSource:
    path = paths[number - 1]
    lines = [*intro, *_list([render(item, path) for item in chunk])]
    if len(paths) > 1:
        links = []
        if number > 1:
            links.append(anchor("← Newer", page_url(path, paths[number - 2])))
        links.append(f"Page {number} of {len(paths)}")
        if number < len(paths):
            links.append(anchor("Older →", page_url(path, paths[number])))
        lines += _paragraph(" · ".join(links), "pagination")
    heading = title if number == 1 else f"{title} (page {number})"
    return _page(heading, lines, feed)


def _excerpt(article: Listing) -> str:
    text = " ".join(article.first_paragraph.split()) if article.first_paragraph is not None else ""
    if len(text) > EXCERPT_CHARS:
        text = text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
    return text


def home(articles: Sequence[Listing], people: Mapping[str, Person], title: str, intro: str) -> PageSource:
    page = site_paths.HOME
    lines = [*_paragraph(text(intro)), Heading(2, "Latest articles")]
    for article in articles[:LATEST_ON_HOME]:
        lines.append(Heading(3, article.title, link=(page, site_paths.article_page_for(article.id))))
        when = element("time", long_date(article.date, "en"), {"datetime": article.date.isoformat()})
        lines += _paragraph(f"{when} · {_badge(article.language)}", "article-meta")
        lines += _paragraph(element("span", text(_excerpt(article)), {"lang": article.language}))
        speakers = list(dict.fromkeys(a.source for a in article.attributions if a.source))
        if speakers:
            named = [anchor(people[s].name, page_url(page, site_paths.person_page(s))) for s in speakers[:PEOPLE_NAMED_ON_HOME]]
            more = f" and {len(speakers) - PEOPLE_NAMED_ON_HOME} more" if len(speakers) > PEOPLE_NAMED_ON_HOME else ""
            lines += _paragraph(f"Quoted: {', '.join(named)}{more}", "article-people")
    archive = anchor("All articles by date", page_url(page, site_paths.ARTICLES_INDEX))
    everyone = anchor("People quoted and credited", page_url(page, site_paths.PEOPLE_INDEX))
    topics = anchor("Topics", page_url(page, site_paths.TAGS_INDEX))
    lines += _paragraph(f"{archive} · {everyone} · {topics}")
    return _page(title, lines)


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
        f"<li>{anchor(str(y), page_url(index, site_paths.year_page(y)))}: {_plural(len(items), 'article')}</li>"
        for y, items in years.items()
    ]
    pages = {index: _page("Articles by date", _list(lines) or _paragraph("No articles yet."))}
    for year, items in years.items():
        year_page = site_paths.year_page(year)
        months = _by(items, lambda a: a.date.month)
        month_lines = []
        for month, month_items in months.items():
            month_page = site_paths.month_page(year, month)
            name = f"{long_date(dt.date(year, month, 1), 'en').split()[0]} {year}"
            shown = anchor(name, page_url(year_page, month_page))
            month_lines.append(f"<li>{shown}: {_plural(len(month_items), 'article')}</li>")
            pages |= _paginated(month_page, f"Articles from {name}", month_items, _article_item)
        pages[year_page] = _page(f"Articles from {year}", _list(month_lines))
    return pages


def tag_pages(articles: Sequence[Listing]) -> dict[str, PageSource]:
    by_slug: dict[str, tuple[str, list[Listing]]] = {}
    for article in articles:
        for tag in dict.fromkeys(article.tags):
            shown, items = by_slug.setdefault(site_paths.tag_slug(tag), (tag, []))
            items.append(article)
    index = site_paths.TAGS_INDEX
    lines = [
        f"<li>{anchor(shown, page_url(index, site_paths.tag_page(shown)))}: {_plural(len(items), 'article')}</li>"
        for _, (shown, items) in sorted(by_slug.items())
    ]
    pages = {index: _page("Topics", _list(lines) or _paragraph("No topics yet."))}
    for shown, items in by_slug.values():
        feed = site_paths.feed_file("tags", site_paths.tag_slug(shown))
        pages |= _paginated(site_paths.tag_page(shown), f"Topic: {shown}", items, _article_item, feed=feed)
    return pages


def people_pages(articles: Sequence[Listing], people: Mapping[str, Person]) -> dict[str, PageSource]:
    quotes: dict[str, list[QuoteEntry]] = {}
    credits: dict[str, list[tuple[Listing, str]]] = {}
    for article in articles:
        for number, quote in enumerate(article.attributions, start=1):
            if quote.source:
                entry = QuoteEntry(article, number, quote.date or article.date)
                quotes.setdefault(quote.source, []).append(entry)
        for credit in article.credits:
            if credit.person:
                where = f" ({text(credit.city)})" if credit.city else ""
                credits.setdefault(credit.person, []).append((article, f"{credit.role}{where}"))
    ordered = sorted(people.values(), key=lambda p: (p.name.casefold(), p.id))

    def index_item(person: Person, from_page: str) -> str:
        facts = [_plural(len(quotes[person.id]), "quote")] if person.id in quotes else []
        facts += [f"credited on {_plural(len(credits[person.id]), 'article')}"] if person.id in credits else []
        target = page_url(from_page, site_paths.person_page(person.id))
        return f"<li>{anchor(person.name, target)}" + (f": {', '.join(facts)}" if facts else "") + "</li>"

    pages = _paginated(site_paths.PEOPLE_INDEX, "People", ordered, index_item)
    for person in ordered:
        pages |= _person_pages(
            person, sorted(quotes.get(person.id, []), key=lambda q: q.date, reverse=True), credits.get(person.id, [])
        )
    return pages


def _quote_item(entry: QuoteEntry, from_page: str) -> str:
    article, said = entry.article, entry.article.attributions[entry.number - 1]
    target = page_url(from_page, site_paths.article_page_for(article.id))
    role = f", {text(said.role)}" if said.role else ""
    where = anchor(article.title, f"{target}#{attribution_anchor(entry.number, said.kind)}")
    when = element("time", long_date(entry.date, "en"), {"datetime": entry.date.isoformat()})
    quote = element("q", text(said.text), {"lang": article.language})
    return f"<li>{quote}{role}. {where}, {when} {_badge(article.language)}</li>"


def _credit_item(entry: tuple[Listing, str], from_page: str) -> str:
    article, role = entry
    target = page_url(from_page, site_paths.article_page_for(article.id))
    shown = anchor(article.title, target)
    return f"<li>{long_date(article.date, 'en')}: {shown}, {role} {_badge(article.language)}</li>"


def _person_pages(person: Person, quotes: list[QuoteEntry], credited: list[tuple[Listing, str]]) -> dict[str, PageSource]:
    base = site_paths.person_page(person.id)
    intro: list[Block] = _paragraph(text(person.description)) if person.description else []
    if person.url:
        intro += _paragraph(anchor(person.url, person.url))
    if credited and not quotes:
        return _paginated(base, person.name, credited, _credit_item, [*intro, Heading(2, "Reporting")])
    feed = site_paths.feed_file("people", person.id) if quotes else None
    pages = _paginated(base, person.name, quotes, _quote_item, [*intro, Heading(2, "Quotes")] if quotes else intro, feed)
    if credited:
        reporting = site_paths.person_reporting_page(person.id)
        more = anchor(f"Articles {person.name} reported or contributed to ({len(credited)})", page_url(base, reporting))
        first = pages[base]
        pages = {**pages, base: replace(first, blocks=(*first.blocks, element("p", more)))}
        pages |= _paginated(reporting, f"{person.name}: reporting", credited, _credit_item)
    return pages
