"""Every generated file of the site, as docs-relative path → content (Markdown pages, feeds, data)."""

from __future__ import annotations

from . import render_lists, site_paths
from .archive import Archive
from .feeds import archive_feeds
from .render_article import render_article
from .web_annotations import annotation_exports

HOME_INTRO = (
    "News articles in Indonesian and English, each quote footnoted to the person who said it "
    "and each story credited to the journalists who reported it."
)


DEFAULT_SITE_URL = "http://127.0.0.1:8000/"


def generate_pages(archive: Archive, site_url: str = DEFAULT_SITE_URL) -> dict[str, str]:
    """`site_url` makes the absolute links feeds and structured data need."""
    articles, people = archive.articles, archive.people
    titles = {a.id: (a.language, a.raw.title) for a in articles}
    pages = {site_paths.HOME: render_lists.home(articles, people, HOME_INTRO)}
    for index, article in enumerate(articles):
        newer = articles[index - 1].id if index > 0 else None
        older = articles[index + 1].id if index + 1 < len(articles) else None
        pages[site_paths.article_page(article)] = render_article(article, people, titles, (older, newer), site_url)
    pages |= render_lists.time_pages(articles)
    pages |= render_lists.tag_pages(articles)
    pages |= render_lists.people_pages(articles, people)
    pages |= archive_feeds(articles, people, site_url)
    pages |= annotation_exports(articles, people, site_url)
    return pages
