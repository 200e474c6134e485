"""A "Cite this article" section: a plain-text reference and a BibTeX entry.

The page is static and must be reproducible, so it never holds the build date:
the access date is a placeholder (`[date]`) inside `<span data-today>`, which a
small script replaces with the reader's today as YYYY-MM-DD.

The BibTeX entry is a raw `<pre><code class="language-bibtex">` block, the HTML a
fenced block would give: the site's Markdown has no fenced-code extension, and
HTML-escaping its text means no line of it can end the block early.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from build_scripts import site_paths
from build_scripts.model import Article
from build_scripts.render.escaping import anchor, element, text, visible
from build_scripts.render.feeds import AUTHOR_ROLES
from build_scripts.render.labels import label, language_name
from build_scripts.render.page_blocks import Block, Heading
from build_scripts.site_config import SiteIdentity

# LaTeX specials; braces and backslash become commands so that every field keeps balanced braces.
_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
_SPLITS_NAME = re.compile(r",|\band\b", re.IGNORECASE)
_URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"
_BIBTEX_SPECIAL = re.compile("[" + re.escape("".join(_BIBTEX_SPECIALS)) + "]")


def bibtex_escape(text: str) -> str:
    """One line of LaTeX that prints `text`: specials escaped, control and invisible characters shown."""
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_SPECIALS[m.group()], visible(" ".join(text.split())))


def _bibtex_name(name: str) -> str:
    """A name BibTeX would misread (an "and" splits it, a comma reorders it) is braced as one unit."""
    escaped = bibtex_escape(name)
    return "{" + escaped + "}" if _SPLITS_NAME.search(name) else escaped


def _authors(article: Article) -> list[str]:
    return [c.name for c in article.credits if c.role in AUTHOR_ROLES and c.name]


def _publisher(article: Article) -> str | None:
    source = article.annotations.source
    return source.publisher if source else None


def _plain_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]


def plain_citation(article: Article, site: SiteIdentity) -> str:
    """The reference as one HTML paragraph: authors (or publisher), year, title, publisher, archive, URL, access date."""
    lang = article.language
    url = site_paths.absolute(site.url, site_paths.article_page(article))
    authors, publisher = _authors(article), _publisher(article)
    creator = _plain_names(authors) if authors else publisher or site.name
    parts = [f"{text(creator)} ({article.date.year}).", f"“{text(article.raw.title)}”."]
    if authors and publisher:
        parts.append(f"{text(publisher)}.")
    if creator != site.name:
        parts.append(f"{text(site.name)}.")
    placeholder = f'<span class="access-date" data-today>{text(label(lang, "list.cite.today"))}</span>'
    parts.append(f"{anchor(url, url)}, {text(label(lang, 'list.cite.accessed'))} {placeholder}.")
    return element("p", " ".join(parts), {"class": "citation"})


def bibtex(article: Article, site: SiteIdentity) -> str:
    """A `@misc` entry keyed by the article id; a publisher standing in for authors is braced as one name."""
    authors, publisher = _authors(article), _publisher(article)
    if authors:
        author = " and ".join(_bibtex_name(name) for name in authors)
    else:
        author = "{" + bibtex_escape(publisher or site.name) + "}"
    fields = [
        ("author", author),
        ("title", "{" + bibtex_escape(article.raw.title) + "}"),
        ("year", str(article.date.year)),
        ("date", article.date.isoformat()),
        *([("publisher", bibtex_escape(publisher))] if publisher else []),
        ("howpublished", bibtex_escape(site.name)),
        # `url` is verbatim in biblatex (a `\_` would be part of the address): percent-encode what could break it.
        ("url", quote(site_paths.absolute(site.url, site_paths.article_page(article)), safe=_URL_SAFE)),
        ("language", bibtex_escape(language_name(article.language, "en"))),
    ]
    lines = [f"@misc{{{article.id},"] + [f"  {name} = {{{value}}}," for name, value in fields] + ["}"]
    return "\n".join(lines)


def citation_blocks(article: Article, site: SiteIdentity) -> list[Block]:
    """The section, in the article's language, with its `#cite` anchor."""
    code = html.escape(bibtex(article, site), quote=False)
    return [
        Heading(2, label(article.language, "list.cite"), "cite"),
        plain_citation(article, site),
        f'<pre><code class="language-bibtex">{code}</code></pre>',
    ]
