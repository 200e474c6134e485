"""One article as a page: header, every paragraph, footnoted quotes, claims and notes, sources, credits.

Every body and trailer paragraph is emitted, annotated or not, so nothing a
newsroom sent is lost; every anchored annotation has a footnote (see footnotes).

Only the headings are Markdown (the table of contents and permalinks come from them);
everything else is raw HTML, the HTML Python-Markdown's footnotes and attr_list
extensions would make, written directly (see page_blocks).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from build_scripts import site_paths
from build_scripts.model import AnchoredAttribution, Article, Person, SourceTrailer
from build_scripts.render.breadcrumbs import breadcrumbs, date_trail
from build_scripts.render.citation import citation_blocks
from build_scripts.render.escaping import anchor, attribute, element, is_text, page_url, text
from build_scripts.render.feeds import AUTHOR_ROLES
from build_scripts.render.footnotes import (
    SEPARATOR,
    Reference,
    footnote_list,
    number_footnotes,
    person_link,
    reference,
    time_element,
)
from build_scripts.render.json_ld import news_article_jsonld
from build_scripts.render.labels import label, language_name, own_name
from build_scripts.render.page_blocks import Block, Heading, PageSource, Section
from build_scripts.render.sources_summary import sources_summary
from build_scripts.site_config import SiteIdentity

_URL = re.compile(r"https?://[^\s()<>\[\]]+[^\s()<>\[\].,;:!?'\"”’]")
"""An address in a note: up to a space or bracket, without the punctuation of the sentence that ends it."""


def _front_matter(article: Article) -> tuple[tuple[str, str], ...]:
    # MkDocs treats page titles as HTML (a title taken from a heading keeps its entities): escape ours.
    return (("title", attribute(article.raw.title)), ("lang", article.language), ("date", article.date.isoformat()))


def _paragraph(paragraph: str, attributions: list[tuple[int, AnchoredAttribution]], references: list[Reference]) -> str:
    """Escaped text with attribution elements opened and closed, and the footnote markers in reading order."""
    # (offset, order, -length, markup): at one offset closing tags come first, then markers, then opening
    # tags, longest span first, so nested quotes and claims stay well-formed; otherwise in the order added.
    events: list[tuple[int, int, int, str]] = []
    for number, attribution in attributions:
        span = attribution.span
        events.append((span.start, 2, span.start - span.end, _opening(number, attribution)))
        events.append((span.end, 0, 0, "</span>"))
    events += [(ref.offset, 1, 0, reference(ref)) for ref in references]
    events.sort(key=lambda event: event[:3])
    # Nearly every paragraph needs no escaping: then each piece is itself, spaces included (see text_fragment).
    escaped = (lambda piece, before: piece) if is_text(paragraph) else text_fragment
    out, position, last_marker = [], 0, -1
    for offset, order, _, markup in events:
        out.append(escaped(paragraph[position:offset], paragraph[position - 1 : position]))
        if order == 1:
            # No text between two markers (closing tags are not seen): a comma keeps them two numbers.
            if last_marker == offset:
                out.append(SEPARATOR)
            last_marker = offset
        out.append(markup)
        position = offset
    out.append(escaped(paragraph[position:], paragraph[position - 1 : position]))
    return "".join(out).strip()


def _opening(number: int, attribution: AnchoredAttribution) -> str:
    kind = attribution.annotation.kind
    return f'<span class="{kind}" id="{site_paths.attribution_anchor(number, kind)}">'


def text_fragment(fragment: str, before: str = "") -> str:
    """Escape a piece of a paragraph, keeping the white space at its edges as it is (a no-break space too).

    `before` is the paragraph's character right before the piece, which decides whether a variation selector
    starting it is shown.
    """
    stripped = fragment.strip()
    lead = fragment[: len(fragment) - len(fragment.lstrip())].replace("\n", " ")
    trail = fragment[len(fragment.rstrip()) :].replace("\n", " ") if stripped else ""
    return lead + text(stripped, "" if lead else before) + trail


def _credits(article: Article, people: Mapping[str, Person], page: str) -> list[Block]:
    lang = article.language
    items = []
    for credit in article.credits:
        where = f" ({text(credit.city)})" if credit.city else ""
        role = text(label(lang, f"role.{credit.role}"))
        items.append(f"<li>{person_link(credit.person, credit.name, people, page)}: {role}{where}</li>")
    blocks: list[Block] = [Heading(2, label(lang, "credits"), "credits")]
    if items:
        blocks.append("<ul>\n" + "\n".join(items) + "\n</ul>")
    return blocks + [element("p", _lines(paragraph.text), {"class": "credit-line"}) for paragraph in article.raw.trailer]


def _lines(value: str) -> str:
    """A trailer paragraph line by line, as the newsroom printed it: "Penulis: A" over "Editor: B", not run
    together into "Penulis: A Editor: B"."""
    return "<br />\n".join(text(line) for line in value.split("\n"))


def _byline(article: Article, people: Mapping[str, Person], page: str) -> list[Block]:
    """The story's reporters and writers under the headline, as a newspaper credits them ("By A, B and C"),
    each linked to their page; every credit, contributors too, stays in full at the end. Initials ("mdk") name
    nobody a reader knows: they stay among the credits only."""
    authors = {(c.person or c.name): c for c in article.credits if c.role in AUTHOR_ROLES and c.name and not c.initials}
    names = [person_link(c.person, c.name, people, page) for c in authors.values()]
    if not names:
        return []
    lang = article.language
    joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {text(label(lang, 'list.and'))} {names[-1]}"
    return _chrome("article-byline", text(label(lang, "list.byline")).format(names=joined))


def _source_note(trailer: SourceTrailer, language: str) -> list[Block]:
    """The source line a file ends with (how the copy was obtained), kept whole but folded away, its addresses
    as links: it is the archive's record, not the story. A bare label ("Sumber") says nothing and is left out."""
    if not trailer.text:
        return []
    note, position = [], 0
    for match in _URL.finditer(trailer.text):
        note.append(text_fragment(trailer.text[position : match.start()], trailer.text[position - 1 : position]))
        note.append(anchor(match.group(), match.group()))
        position = match.end()
    note.append(text_fragment(trailer.text[position:], trailer.text[position - 1 : position]))
    summary = element("summary", text(label(language, "list.source_note")))
    shown = element("p", f"{text(trailer.label)}: {''.join(note).strip()}")
    return [element("details", summary + shown, {"class": "source-note"})]


def _site_name(url: str) -> str:
    """What a link with no name of its own shows: the site it leads to ("en.wikinews.org"), not the address."""
    return urlsplit(url).hostname or url


def _chrome(css_class: str, content: str) -> list[Block]:
    """A paragraph the page adds around the article (the search index holds only the article's own text)."""
    return [element("p", content, {"class": css_class})]


def _header(article: Article, titles: Mapping[str, tuple[str, str]], page: str) -> list[Block]:
    lang = article.language
    city = article.dateline.city if article.dateline else None
    dateline = [element("span", text(city), {"class": "dateline-city"})] if city else []
    items = [*dateline, time_element(article.date, lang), text(own_name(lang))]
    source = article.annotations.source
    if source and (source.publisher or source.url):
        name = source.publisher or _site_name(source.url or "")
        shown = anchor(name, source.url) if source.url else text(name)
        if source.licence:
            licence = anchor(source.licence, source.licence_url) if source.licence_url else text(source.licence)
            shown += f" ({text(label(lang, 'licence'))}: {licence})"
        items.append(f"{text(label(lang, 'source'))}: {shown}")
    lines = _chrome("article-meta", " · ".join(items))
    original = article.annotations.original
    if original:
        title = original.title or (_site_name(original.url) if original.url else None)
        shown = (anchor(title, original.url) if original.url else text(title)) if title else ""
        if original.language:
            named = text(language_name(original.language, lang))
            shown = f"{shown} ({named})" if shown else named
        if shown:
            lines += _chrome("article-translation", f"{text(label(lang, 'translated_from'))}: {shown}")
    archived = original.article if original else None
    linked = [*([archived] if archived is not None and archived in titles else []), *article.translations]
    for other in linked:
        other_lang, _ = titles[other]
        shown = label(lang, "read_in").format(language=language_name(other_lang, lang))
        target = page_url(page, site_paths.article_page_for(other))
        lines += _chrome("article-other-language", anchor(shown, target, {"hreflang": other_lang}))
    if article.topics:
        topics = ", ".join(anchor(t.name(lang), page_url(page, site_paths.topic_page(t.id))) for t in article.topics)
        lines += _chrome("article-topics", f"{text(label(lang, 'topic.topics'))}: {topics}")
    return lines


def _older_newer(around: tuple[str | None, str | None], titles: Mapping[str, tuple[str, str]], page: str) -> list[Block]:
    older, newer = around
    links = []
    for other, arrow in ((older, "older"), (newer, "newer")):
        if other:
            shown = f"{'← ' if arrow == 'older' else ''}{titles[other][1]}{' →' if arrow == 'newer' else ''}"
            target = page_url(page, site_paths.article_page_for(other))
            links.append(element("span", anchor(shown, target), {"class": arrow}))
    return _chrome("article-older-newer", " ".join(links)) if links else []


def render_article(
    article: Article,
    people: Mapping[str, Person],
    titles: Mapping[str, tuple[str, str]],
    around: tuple[str | None, str | None],
    site: SiteIdentity,
) -> PageSource:
    """`titles` maps every article id to (language, title); `around` is the (older, newer) article by date."""
    page = site_paths.article_page(article)
    footnotes, references = number_footnotes(article)
    # Its own id: one made from the text ("Quote 1" → quote-1) could be a quote's or the credits' id.
    inside: list[Block] = [
        Heading(1, article.raw.title, "title"),
        *_byline(article, people, page),
        *_header(article, titles, page),
    ]
    attributions_in: dict[int, list[tuple[int, AnchoredAttribution]]] = {}
    for number, attribution in enumerate(article.attributions, start=1):
        attributions_in.setdefault(attribution.span.paragraph, []).append((number, attribution))
    references_in: dict[int, list[Reference]] = {}
    for ref in references:
        references_in.setdefault(ref.paragraph, []).append(ref)
    for index, paragraph in enumerate(article.raw.body):
        mine = references_in.get(index)
        # Most paragraphs hold no annotation: their text alone, escaped, is what `_paragraph` would make.
        shown = _paragraph(paragraph.text, attributions_in.get(index, []), mine) if mine else text(paragraph.text)
        inside.append(f"<p>{shown}</p>")
    if article.raw.trailer or article.credits:
        inside += _credits(article, people, page)
    if article.raw.source:
        inside += _source_note(article.raw.source, article.language)
    inside += sources_summary(article, people, page)
    if footnotes:
        inside.append(footnote_list(footnotes, people, page, article.language))
    wrapper = (("class", "news-article"), ("lang", article.language), ("data-pagefind-body", None))
    blocks: list[Block] = [
        *breadcrumbs(page, date_trail(article.date, article.language), article.language),
        Section("article", wrapper, tuple(inside)),
        *citation_blocks(article, site),
    ]
    if footnotes:
        export = page_url(page, site_paths.annotations_file(article.id))
        link = anchor(label(article.language, "annotations_export"), export, {"type": "application/ld+json"})
        blocks.append(element("p", link, {"class": "annotations-export"}))
    blocks += _older_newer(around, titles, page)
    # json_ld escapes <, > and & inside the JSON, so nothing in it can end the element.
    blocks.append(f'<script type="application/ld+json">{news_article_jsonld(article, people, site.url, titles)}</script>')
    return PageSource(_front_matter(article), tuple(blocks))
