"""What every list page is made of: a page, its paragraphs and lists, and a list split into pages.

Every list is split into pages of at most PAGE_SIZE items, so no page grows with the archive. Headings are
Markdown (the table of contents and permalinks come from them); lists and paragraphs are raw HTML, which
Python-Markdown passes through without its inline pass. Every list page is in the site's language, LANGUAGE.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from build_scripts import site_paths
from build_scripts.build.memo import Same, active_memo
from build_scripts.model import Listing, Person
from build_scripts.render.breadcrumbs import Crumb, breadcrumbs, neighbours
from build_scripts.render.escaping import anchor, attribute, element, page_url, text
from build_scripts.render.labels import label, language_name, long_date
from build_scripts.render.page_blocks import Block, Heading, PageSource

PAGE_SIZE = 50
LANGUAGE = "en"
"""The site's language (mkdocs.yml `theme.language`), which every page but an article's is in."""
T = TypeVar("T")
Sideways = tuple[Crumb | None, Crumb | None]
"""The lists before and after this one (the previous and next month with articles), if any."""


@dataclass(frozen=True)
class Order:
    """How a list's pages are named to each other (interface keys): by date, newest first, or by name."""

    back: str
    forward: str


BY_DATE = Order("list.newer", "list.older")
BY_NAME = Order("list.previous", "list.next")


def page(title: str, body: Sequence[Block], feed: str | None = None, top: Sequence[Block] = ()) -> PageSource:
    """`feed`: the Atom feed readers of this page can follow (announced in the page's head); `top`: what stands
    above the title (the breadcrumbs), which then goes in the front matter too: MkDocs takes a page's title from
    its first element only. Titles are HTML to MkDocs, so escaped."""
    meta = (*((("title", attribute(title)),) if top else ()), *((("feed", feed),) if feed else ()))
    return PageSource(meta, (*top, Heading(1, title), *body))


@functools.lru_cache(maxsize=256)
def badge(language: str, in_language: str = LANGUAGE) -> str:
    shown = text(language_name(language, in_language))
    return f'<span class="language-badge" lang="{in_language}">{shown}</span>'


def bullets(items: Sequence[str], css_class: str | None = None) -> list[Block]:
    """`<li>` items as one `<ul>` block, the HTML a Markdown list gives."""
    opening = f'<ul class="{css_class}">' if css_class else "<ul>"
    return [opening + "\n" + "\n".join(items) + "\n</ul>"] if items else []


def paragraph(content: str, css_class: str | None = None) -> list[Block]:
    return [element("p", content, {"class": css_class} if css_class else None)]


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else words or word + 's'}"


def counted(key: str, n: int, language: str = LANGUAGE) -> str:
    """ "1 article", "3 articles": the interface's `<key>.one` or `<key>.other`."""
    return label(language, f"{key}.{'one' if n == 1 else 'other'}").format(n=n)


def _article_line(article: Listing, from_page: str) -> str:
    target = page_url(from_page, site_paths.article_page_for(article.id))
    when = element("time", long_date(article.date, LANGUAGE), {"datetime": article.date.isoformat()})
    title = anchor(article.title, target, {"lang": article.language})
    return f"{when}: {title} {badge(article.language)}"


def article_item(article: Listing, from_page: str) -> str:
    return f"<li>{_article_line(article, from_page)}</li>"


def also_in(other: Listing, from_page: str) -> str:
    """ "Also in Indonesian: <its title, linked>": a story's version in another language, beside the one shown."""
    also = text(label(LANGUAGE, "list.also_in").format(language=language_name(other.language, LANGUAGE)))
    target = page_url(from_page, site_paths.article_page_for(other.id))
    return f"{also} {anchor(other.title, target, {'lang': other.language, 'hreflang': other.language})}"


def story_item(versions: tuple[Listing, ...], from_page: str) -> str:
    """An article as `article_item` shows it, and its translations beside it: one story, one item."""
    others = "".join(element("span", also_in(other, from_page), {"class": "story-other-language"}) for other in versions[1:])
    return f"<li>{_article_line(versions[0], from_page)}{others}</li>"


def _item_key(item: object) -> Hashable:
    """What a list item is made from, by identity: the articles and people it shows (see memo.Same)."""
    if isinstance(item, tuple):
        return tuple(_item_key(part) for part in item)
    return id(item) if isinstance(item, (Listing, Person)) else item


@functools.lru_cache(maxsize=64)
def as_list(render: Callable[[T, str], str]) -> Callable[[Sequence[T], str], list[Block]]:
    """A page's items, each an `<li>` made by `render` (a module's function, not a closure: this keeps it), as
    one list; the same function for the same `render`, so a memo's key (which holds it) finds the page again."""
    return functools.partial(_as_list, render)


def _as_list(render: Callable[[T, str], str], chunk: Sequence[T], path: str) -> list[Block]:
    return bullets([render(item, path) for item in chunk])


def paginated(
    base: str,
    title: str,
    items: Sequence[T],
    render: Callable[[T, str], str],
    intro: Sequence[Block] = (),
    feed: str | None = None,
    order: Order = BY_DATE,
    trail: tuple[Crumb, ...] | None = None,
    sideways: Sideways = (None, None),
) -> dict[str, PageSource]:
    """The list as pages of PAGE_SIZE items, each an `<li>` made by `render` (see `paginated_blocks`)."""
    return paginated_blocks(base, title, items, as_list(render), intro, feed, order, trail=trail, sideways=sideways)


def paginated_blocks(
    base: str,
    title: str,
    items: Sequence[T],
    render: Callable[[Sequence[T], str], list[Block]],
    intro: Sequence[Block] = (),
    feed: str | None = None,
    order: Order = BY_DATE,
    size: int = PAGE_SIZE,
    trail: tuple[Crumb, ...] | None = None,
    sideways: Sideways = (None, None),
) -> dict[str, PageSource]:
    """The items as pages of `size`, each page's blocks made by `render`: `base` first, then
    `<folder>/page/<n>.md`, linked both ways; on every page, breadcrumbs along `trail` (when given) and links
    to the lists before and after this one (`sideways`).

    With a memo in effect, a page whose items and place in the list are unchanged is not written again (an edit
    to the newest article rewrites the first page of a 40-page topic, not all 40). Items are keyed by
    `id()` (hashing every wrapper on every rebuild is slow), so the entry keeps its items alive beside its page.
    """
    chunks = [items[i : i + size] for i in range(0, len(items), size)] or [[]]
    paths = [base] + [site_paths.list_page(base, n) for n in range(2, len(chunks) + 1)]
    pages = {}
    memo = active_memo()
    for number, (path, chunk) in enumerate(zip(paths, chunks, strict=True), start=1):
        shown_intro = tuple(intro) if number == 1 else ()
        around = (trail, sideways)
        made = functools.partial(_list_page, paths, number, title, chunk, render, shown_intro, feed, order, around)
        if memo is None:  # the key, an id per item, is only for a memo
            pages[path] = made()
            continue
        items_key = tuple(map(_item_key, chunk))
        key = ("list", path, title, number, len(chunks), items_key, Same(render), shown_intro, feed, order, around)
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
    render: Callable[[Sequence[T], str], list[Block]],
    intro: Sequence[Block],
    feed: str | None,
    order: Order,
    around: tuple[tuple[Crumb, ...] | None, Sideways],
) -> PageSource:
    path = paths[number - 1]
    trail, (earlier, later) = around
    top = breadcrumbs(path, trail, LANGUAGE, title) if trail is not None else []
    bottom = neighbours(path, earlier, later, LANGUAGE)
    lines = [*intro, *render(chunk, path)]
    if len(paths) > 1:
        links = []
        if number > 1:
            links.append(anchor(label(LANGUAGE, order.back), page_url(path, paths[number - 2]), {"rel": "prev"}))
        links.append(text(label(LANGUAGE, "list.page_of").format(number=number, total=len(paths))))
        if number < len(paths):
            links.append(anchor(label(LANGUAGE, order.forward), page_url(path, paths[number]), {"rel": "next"}))
        name = text(label(LANGUAGE, "list.pages"))
        lines.append(f'<nav class="pagination" aria-label="{name}">{" · ".join(links)}</nav>')
    heading = title if number == 1 else label(LANGUAGE, "list.page_title").format(title=title, number=number)
    return page(heading, [*lines, *bottom], feed, top)
