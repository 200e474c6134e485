"""One article as a page: header, every paragraph, footnoted quotes and notes, credits.

Every body and trailer paragraph is emitted, annotated or not, so nothing a
newsroom sent is lost; every anchored annotation becomes exactly one footnote.

Only the headings are Markdown (the table of contents and permalinks come from them);
everything else is raw HTML, the HTML Python-Markdown's footnotes and attr_list
extensions would make, written directly (see page_blocks).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TypeVar

from build_scripts import site_paths
from build_scripts.model import AnchoredAttribution, AnchoredNote, Article, Attribution, Person
from build_scripts.render.citation import citation_blocks
from build_scripts.render.escaping import anchor, attribute, element, is_text, page_url, text
from build_scripts.render.json_ld import news_article_jsonld
from build_scripts.render.labels import label, language_name, long_date, own_name
from build_scripts.render.page_blocks import Block, Heading, PageSource, Section
from build_scripts.site_config import SiteIdentity


def _front_matter(article: Article) -> tuple[tuple[str, str], ...]:
    # MkDocs treats page titles as HTML (a title taken from a heading keeps its entities): escape ours.
    return (("title", attribute(article.raw.title)), ("lang", article.language), ("date", article.date.isoformat()))


def _quote_label(index: int) -> str:
    return f"q{index}"


def _note_label(index: int) -> str:
    return f"n{index}"


def _reference(label: str, number: int) -> str:
    """A footnote reference as Python-Markdown's footnotes extension writes it (Material's tooltips read it)."""
    return f'<sup id="fnref:{label}"><a class="footnote-ref" href="#fn:{label}">{number}</a></sup>'


def _paragraph(
    paragraph: str, quotes: list[tuple[int, AnchoredAttribution]], notes: list[tuple[int, AnchoredNote]], quote_count: int
) -> str:
    """Escaped text with quote elements opened and closed, and footnote references after each span.

    Footnotes are numbered quotes first, then notes (`quote_count` of them come before the first note).
    """
    # (offset, order, -length, markup): at one offset closing tags come first, then references, then
    # opening tags, longest span first, so nested quotes stay well-formed; otherwise in the order added.
    events: list[tuple[int, int, int, str]] = []
    for number, quote in quotes:
        span = quote.span
        events.append((span.start, 2, span.start - span.end, _opening(number, quote)))
        events.append((span.end, 0, 0, "</span>"))
        events.append((_after_closing_marks(paragraph, span.end), 1, 0, _reference(_quote_label(number), number)))
    for number, note in notes:
        reference = _reference(_note_label(number), quote_count + number)
        events.append((_after_closing_marks(paragraph, note.span.end), 1, 0, reference))
    events.sort(key=lambda event: event[:3])
    # Nearly every paragraph needs no escaping: then each piece is itself, spaces included (see text_fragment).
    escaped = (lambda piece, before: piece) if is_text(paragraph) else text_fragment
    out, position = [], 0
    for offset, _, _, markup in events:
        out.append(escaped(paragraph[position:offset], paragraph[position - 1 : position]))
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


_CLOSING_MARKS = "\"'”’»›"


def _after_closing_marks(text: str, end: int) -> int:
    while end < len(text) and text[end] in _CLOSING_MARKS:
        end += 1
    return end


def _person_link(person_id: str | None, name: str, people: Mapping[str, Person], from_page: str) -> str:
    """A registered person by their registry name (a credit may print only "Baldor"), linked to their page."""
    if person_id and person_id in people:
        return anchor(people[person_id].name, page_url(from_page, site_paths.person_page(person_id)))
    return text(name)


def _source(annotation: Attribution, people: Mapping[str, Person], page: str) -> str:
    if annotation.unnamed is not None:
        return text(annotation.unnamed.description)
    if annotation.document is not None:
        return text(annotation.document.description)
    return _person_link(annotation.speaker, "", people, page)


def _time(date: dt.date, language: str) -> str:
    return element("time", text(long_date(date, language)), {"datetime": date.isoformat()})


def _footnote(label: str, number: int, content: str) -> str:
    """One footnote as Python-Markdown's footnotes extension writes it, back link included."""
    back = f'<a class="footnote-backref" href="#fnref:{label}" title="Jump back to footnote {number} in the text">&#8617;</a>'
    return f'<li id="fn:{label}">\n<p>{content}&#160;{back}</p>\n</li>'


def _quote_footnote(quote: AnchoredAttribution, article: Article, people: Mapping[str, Person], page: str) -> str:
    annotation = quote.annotation
    lang = article.language
    who = f"<strong>{_source(annotation, people, page)}</strong>"
    if annotation.role:
        who += f", {text(annotation.role)}"
    content = who + "."
    if not annotation.confirmed:
        content += f" <em>{text(label(lang, 'unconfirmed'))}</em>"
    details = [text(annotation.context)] if annotation.context else []
    if annotation.date:
        details.append(_time(annotation.date, lang))
    if details:
        content += " " + ", ".join(details) + "."
    if annotation.source:
        content += " " + anchor(label(lang, "source"), annotation.source)
    return content


def _note_footnote(note: AnchoredNote, article: Article) -> str:
    kind = label(article.language, f"note.{note.annotation.kind}")
    return f"<strong>{text(kind)}.</strong> {text(note.annotation.note)}"


def _footnotes(article: Article, people: Mapping[str, Person], page: str) -> list[Block]:
    """The footnotes, inside the article where Python-Markdown's footnotes extension would place them."""
    contents = [(_quote_label(n), _quote_footnote(q, article, people, page)) for n, q in enumerate(article.attributions, start=1)]
    contents += [(_note_label(n), _note_footnote(note, article)) for n, note in enumerate(article.notes, start=1)]
    if not contents:
        return []
    items = "\n".join(_footnote(label, number, content) for number, (label, content) in enumerate(contents, start=1))
    return [f'<div class="footnote">\n<hr />\n<ol>\n{items}\n</ol>\n</div>']


def _credits(article: Article, people: Mapping[str, Person], page: str) -> list[Block]:
    lang = article.language
    items = []
    for credit in article.credits:
        where = f" ({text(credit.city)})" if credit.city else ""
        role = text(label(lang, f"role.{credit.role}"))
        items.append(f"<li>{_person_link(credit.person, credit.name, people, page)}: {role}{where}</li>")
    blocks: list[Block] = [Heading(2, label(lang, "credits"), "credits")]
    if items:
        blocks.append("<ul>\n" + "\n".join(items) + "\n</ul>")
    return blocks + [element("p", text(paragraph.text), {"class": "credit-line"}) for paragraph in article.raw.trailer]


def _chrome(css_class: str, content: str) -> list[Block]:
    """A paragraph the page adds around the article (the search index holds only the article's own text)."""
    return [element("p", content, {"class": css_class})]


def _header(article: Article, titles: Mapping[str, tuple[str, str]], page: str) -> list[Block]:
    lang = article.language
    items = [_time(article.date, lang), text(own_name(lang))]
    source = article.annotations.source
    if source and (source.publisher or source.url):
        name = source.publisher or source.url or ""
        shown = anchor(name, source.url) if source.url else text(name)
        if source.licence:
            licence = anchor(source.licence, source.licence_url) if source.licence_url else text(source.licence)
            shown += f" ({text(label(lang, 'licence'))}: {licence})"
        items.append(f"{text(label(lang, 'source'))}: {shown}")
    lines = _chrome("article-meta", " · ".join(items))
    original = article.annotations.original
    if original:
        title = original.title or original.url
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
    if article.annotations.tags:
        tags = ", ".join(text(tag) for tag in article.annotations.tags)
        lines += _chrome("article-tags", f"{text(label(lang, 'tags'))}: {tags}")
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


Anchored = TypeVar("Anchored", AnchoredAttribution, AnchoredNote)


def _by_paragraph(numbered: list[tuple[int, Anchored]]) -> dict[int, list[tuple[int, Anchored]]]:
    """Numbered quotes or notes by the paragraph they are anchored in."""
    grouped: dict[int, list[tuple[int, Anchored]]] = {}
    for number, item in numbered:
        grouped.setdefault(item.span.paragraph, []).append((number, item))
    return grouped


def render_article(
    article: Article,
    people: Mapping[str, Person],
    titles: Mapping[str, tuple[str, str]],
    around: tuple[str | None, str | None],
    site: SiteIdentity,
) -> PageSource:
    """`titles` maps every article id to (language, title); `around` is the (older, newer) article by date."""
    page = site_paths.article_page(article)
    quotes = list(enumerate(article.attributions, start=1))
    notes = list(enumerate(article.notes, start=1))
    # Its own id: one made from the text ("Quote 1" → quote-1) could be a quote's or the credits' id.
    inside: list[Block] = [Heading(1, article.raw.title, "title"), *_header(article, titles, page)]
    quotes_in, notes_in = _by_paragraph(quotes), _by_paragraph(notes)
    for index, paragraph in enumerate(article.raw.body):
        mine_q, mine_n = quotes_in.get(index, []), notes_in.get(index, [])
        # Most paragraphs hold no annotation: their text alone, escaped, is what `_paragraph` would make.
        shown = _paragraph(paragraph.text, mine_q, mine_n, len(quotes)) if mine_q or mine_n else text(paragraph.text)
        inside.append(f"<p>{shown}</p>")
    if article.raw.trailer or article.credits:
        inside += _credits(article, people, page)
    if article.raw.source:
        trailer = article.raw.source
        shown = text(trailer.label) + (f": {text(trailer.text)}" if trailer.text else "")
        inside.append(element("p", shown, {"class": "source-line"}))
    inside += _footnotes(article, people, page)
    wrapper = (("class", "news-article"), ("lang", article.language), ("data-pagefind-body", None))
    blocks: list[Block] = [Section("article", wrapper, tuple(inside)), *citation_blocks(article, site)]
    if quotes or notes:
        export = page_url(page, site_paths.annotations_file(article.id))
        link = anchor(label(article.language, "annotations_export"), export, {"type": "application/ld+json"})
        blocks.append(element("p", link, {"class": "annotations-export"}))
    blocks += _older_newer(around, titles, page)
    # json_ld escapes <, > and & inside the JSON, so nothing in it can end the element.
    blocks.append(f'<script type="application/ld+json">{news_article_jsonld(article, people, site.url, titles)}</script>')
    return PageSource(_front_matter(article), tuple(blocks))
