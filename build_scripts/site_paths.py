"""Where each generated page lives in the docs tree, and links between them.

One module owns the URL scheme, so a page never links to a path another page
does not have.
"""

from __future__ import annotations

import posixpath

from .model import Article

HOME = "index.md"
ARTICLES_INDEX = "articles/index.md"
PEOPLE_INDEX = "people/index.md"


def article_page_for(article_id: str) -> str:
    return f"articles/{article_id[:4]}/{article_id}.md"


def article_page(article: Article) -> str:
    return article_page_for(article.id)


def year_page(year: int) -> str:
    return f"articles/{year}/index.md"


def person_page(person_id: str) -> str:
    return f"people/{person_id}.md"


def relative(from_page: str, to_page: str) -> str:
    """A link MkDocs resolves (and validates) from one docs page to another."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
