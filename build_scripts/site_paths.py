"""Where each generated page lives in the docs tree, and links between them.

One module owns the URL scheme, so a page never links to a path another page
does not have.
"""

from __future__ import annotations

import functools
import posixpath
import re
import unicodedata

from build_scripts.model import Article, Person

HOME = "index.md"
ARTICLES_INDEX = "articles/index.md"
PEOPLE_INDEX = "people/index.md"
ORGANISATIONS_INDEX = "organisations/index.md"
UNNAMED_SOURCES = "sources/unnamed.md"
"""The stories that rely on sources they do not name."""


def article_page_for(article_id: str) -> str:
    return f"articles/{article_id[:4]}/{article_id}.md"


def article_page(article: Article) -> str:
    return article_page_for(article.id)


def year_page(year: int) -> str:
    return f"articles/{year}/index.md"


def month_page(year: int, month: int) -> str:
    return f"articles/{year}/{month:02d}.md"


def registry_folder(kind: str) -> str:
    """Where the pages of a registry entry of `kind` ("person" or "organisation") live, and their feeds."""
    return "organisations" if kind == "organisation" else "people"


def registry_page(entry: Person) -> str:
    """The page of a registry entry, a person's or an organisation's: every link to an entry goes through here."""
    return f"{registry_folder(entry.kind)}/{entry.id}.md"


def registry_index(kind: str) -> str:
    return ORGANISATIONS_INDEX if kind == "organisation" else PEOPLE_INDEX


def person_reporting_page(person_id: str) -> str:
    """A journalist's articles, apart from the quotes they gave, when they have both."""
    return f"people/{person_id}/reporting.md"


def list_page(base: str, number: int) -> str:
    """Page `number` (from 2) of a paginated list whose first page is `base`."""
    folder = base.removesuffix("index.md").removesuffix(".md").rstrip("/")
    return f"{folder}/page/{number}.md"


def attribution_anchor(number: int, kind: str) -> str:
    """The id of an article's n-th attribution (from 1, in reading order) on its page, `kind` "quote" or
    "claim": people pages, feeds and exports link to it."""
    return f"{kind}-{number}"


def relative(from_page: str, to_page: str) -> str:
    """A Markdown link from one docs page to another, which MkDocs resolves wherever it renders the Markdown."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


_MAX_SLUG_BYTES = 100
"""A file name may have 255 bytes: a topic's page and feed are named after its slug."""
RESERVED = frozenset({"index"})
"""Names the list pages take in people/, organisations/ and topics/: no entry or topic may have them."""


@functools.lru_cache(maxsize=4096)
def topic_slug(name: str) -> str:
    """A topic's name folded, as the registry matches it ("Korea Utara" is korea-utara), and URL-safe: the page
    name of a topic the registry does not know, never a list page's.

    Cached: every article asks again for the same few hundred names.
    """
    slug = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKC", name).casefold()).strip("-_")
    slug = slug.encode("utf-8")[:_MAX_SLUG_BYTES].decode("utf-8", "ignore").rstrip("-_")
    if slug in RESERVED:
        return f"{slug}-topic"
    return slug or "topic"


def topic_page(topic_id: str) -> str:
    return f"topics/{topic_id}.md"


TOPICS_INDEX = "topics/index.md"


def url_of(page: str) -> str:
    """The site-relative URL MkDocs gives a docs page (use_directory_urls)."""
    if page == "index.md":
        return ""
    stem = page.removesuffix(".md")
    return stem.removesuffix("index") if stem.endswith("/index") else f"{stem}/"


def absolute(site_url: str, page_or_file: str) -> str:
    """An absolute URL for a docs page or a generated file, for feeds and structured data."""
    path = url_of(page_or_file) if page_or_file.endswith(".md") else page_or_file
    return site_url.rstrip("/") + "/" + path


def feed_file(kind: str, key: str | None = None) -> str:
    """Atom feeds: `feeds/atom.xml`, `feeds/people/<id>.xml`, `feeds/organisations/<id>.xml`, `feeds/topics/<id>.xml`."""
    return "feeds/atom.xml" if kind == "all" else f"feeds/{kind}/{key}.xml"


def annotations_file(article_id: str) -> str:
    """The W3C Web Annotation export of one article."""
    return f"annotations/{article_id}.jsonld"
