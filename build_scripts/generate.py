"""Every generated file of the site, as docs-relative path → content (Markdown pages, feeds, data)."""

from __future__ import annotations

from . import render_lists, site_paths
from .archive import Archive
from .render_article import render_article

HOME_INTRO = (
    "News articles in Indonesian and English, each quote footnoted to the person who said it "
    "and each story credited to the journalists who reported it."
)


DEFAULT_SITE_URL = "http://127.0.0.1:8000/"


def generate_pages(archive: Archive, site_url: str = DEFAULT_SITE_URL) -> dict[str, str]:
    """`site_url` makes the absolute links feeds and structured data need."""
    titles = {a.id: (a.language, a.raw.title) for a in archive.articles}
    pages = {
        site_paths.HOME: render_lists.home(archive.articles, HOME_INTRO),
        site_paths.ARTICLES_INDEX: render_lists.articles_index(archive.articles),
        site_paths.PEOPLE_INDEX: render_lists.people_index(archive.people, render_lists.counts(archive.articles)),
    }
    by_year: dict[int, list] = {}
    for article in archive.articles:
        pages[site_paths.article_page(article)] = render_article(article, archive.people, titles)
        by_year.setdefault(article.date.year, []).append(article)
    for year, articles in by_year.items():
        pages[site_paths.year_page(year)] = render_lists.year_index(year, articles)
    for person in archive.people.values():
        pages[site_paths.person_page(person.id)] = render_lists.person(person, archive.articles)
    return pages
