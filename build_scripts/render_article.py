"""One article as a Markdown page: header, every paragraph, footnoted quotes and notes, credits.

Every body and trailer paragraph is emitted, annotated or not, so nothing a
newsroom sent is lost; every anchored annotation becomes exactly one footnote.
"""

from __future__ import annotations

from collections.abc import Mapping

import yaml

from . import site_paths
from .citation import citation_markdown
from .structured_data import news_article_jsonld
from .labels import label, language_name, long_date
from .markdown_text import FOOTNOTES_MARKER, attribute, escape, link
from .model import AnchoredNote, AnchoredQuote, Article, Credit, Person


def _front_matter(article: Article) -> str:
    # MkDocs treats page titles as HTML (a title taken from a heading keeps its entities): escape ours.
    meta = {"title": attribute(article.raw.title), "lang": article.language, "date": article.date.isoformat()}
    return "---\n" + yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False) + "---\n"


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _quote_label(index: int) -> str:
    return f"q{index}"


def _note_label(index: int) -> str:
    return f"n{index}"


def _paragraph(text: str, quotes: list[tuple[int, AnchoredQuote]], notes: list[tuple[int, AnchoredNote]]) -> str:
    """Escaped text with quote elements opened and closed, and footnote references after each span."""
    # (offset, order, -length, markup): at one offset closing tags come first, then references, then
    # opening tags, longest span first, so nested quotes stay well-formed; otherwise in the order added.
    events: list[tuple[int, int, int, str]] = []
    for number, quote in quotes:
        span = quote.span
        events.append((span.start, 2, span.start - span.end, f'<span class="quote" id="{site_paths.quote_anchor(number)}">'))
        events.append((span.end, 0, 0, "</span>"))
        events.append((_after_closing_marks(text, span.end), 1, 0, f"[^{_quote_label(number)}]"))
    for number, note in notes:
        events.append((_after_closing_marks(text, note.span.end), 1, 0, f"[^{_note_label(number)}]"))
    events.sort(key=lambda event: event[:3])
    out, position = [], 0
    for offset, _, _, markup in events:
        out.append(escape_fragment(text[position:offset]))
        out.append(markup)
        position = offset
    out.append(escape_fragment(text[position:]))
    return "".join(out).strip()


def escape_fragment(text: str) -> str:
    """Escape a piece of a paragraph, keeping the white space at its edges as it is (a no-break space too)."""
    stripped = text.strip()
    lead = text[: len(text) - len(text.lstrip())].replace("\n", " ")
    trail = text[len(text.rstrip()) :].replace("\n", " ") if stripped else ""
    return lead + escape(stripped) + trail


_CLOSING_MARKS = "\"'”’»›"


def _after_closing_marks(text: str, end: int) -> int:
    while end < len(text) and text[end] in _CLOSING_MARKS:
        end += 1
    return end


def _person_link(person_id: str | None, name: str, people: Mapping[str, Person], from_page: str) -> str:
    """A registered person by their registry name (a credit may print only "Baldor"), linked to their page."""
    if person_id and person_id in people:
        return link(people[person_id].name, site_paths.relative(from_page, site_paths.person_page(person_id)))
    return escape(name)


def _quote_footnote(number: int, quote: AnchoredQuote, article: Article, people: Mapping[str, Person], page: str) -> str:
    annotation = quote.annotation
    person = people[annotation.speaker]
    parts = [f"**{_person_link(person.id, '', people, page)}**"]
    if annotation.role:
        parts[0] += f", {escape(annotation.role)}"
    details = [escape(annotation.context)] if annotation.context else []
    if annotation.date:
        details.append(f'<time datetime="{annotation.date.isoformat()}">{long_date(annotation.date, article.language)}</time>')
    text = parts[0] + "."
    if not annotation.confirmed:
        text += f" *{escape(label(article.language, 'unconfirmed'))}*"
    if details:
        text += " " + ", ".join(details) + "."
    if annotation.source:
        text += " " + link(label(article.language, "source"), annotation.source)
    return f"[^{_quote_label(number)}]: {text}"


def _note_footnote(number: int, note: AnchoredNote, article: Article) -> str:
    kind = label(article.language, f"note.{note.annotation.kind}")
    return f"[^{_note_label(number)}]: **{escape(kind)}.** {escape(note.annotation.note)}"


def _credit_line(credit: Credit, article: Article, people: Mapping[str, Person], page: str) -> str:
    role = escape(label(article.language, f"role.{credit.role}"))
    where = f" ({escape(credit.city)})" if credit.city else ""
    return f"- {_person_link(credit.person, credit.name, people, page)}: {role}{where}"


def _chrome(css_class: str) -> str:
    """Attributes for a paragraph the page adds around the article: styled, and left out of the search index."""
    return f'{{: .{css_class} data-pagefind-ignore="index" }}'


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _header(article: Article, titles: Mapping[str, tuple[str, str]], page: str) -> list[str]:
    lang = article.language
    items = [
        f'<time datetime="{article.date.isoformat()}">{long_date(article.date, lang)}</time>',
        escape(_capitalised(language_name(lang, lang))),
    ]
    source = article.annotations.source
    if source and (source.publisher or source.url):
        name = source.publisher or source.url or ""
        shown = link(name, source.url) if source.url else escape(name)
        if source.licence:
            licence = link(source.licence, source.licence_url) if source.licence_url else escape(source.licence)
            shown += f" ({label(lang, 'licence')}: {licence})"
        items.append(f"{label(lang, 'source')}: {shown}")
    lines = [" · ".join(items), _chrome("article-meta"), ""]
    original = article.annotations.original
    if original:
        title = original.title or original.url
        shown = (link(title, original.url) if original.url else escape(title)) if title else ""
        if original.language:
            named = escape(language_name(original.language, lang))
            shown = f"{shown} ({named})" if shown else named
        if shown:
            lines += [f"{label(lang, 'translated_from')}: {shown}", _chrome("article-translation"), ""]
    linked = ([original.article] if original and original.article in titles else []) + list(article.translations)
    for other in linked:
        other_lang, _ = titles[other]
        text = label(lang, "read_in").format(language=language_name(other_lang, lang))
        target = site_paths.relative(page, site_paths.article_page_for(other))
        lines += [f'{link(text, target)}{{: hreflang="{attribute(other_lang)}" }}', _chrome("article-other-language"), ""]
    if article.annotations.tags:
        tags = ", ".join(escape(tag) for tag in article.annotations.tags)
        lines += [f"{label(lang, 'tags')}: {tags}", _chrome("article-tags"), ""]
    return lines


def _older_newer(article: Article, around: tuple[str | None, str | None], titles: Mapping[str, tuple[str, str]], page: str) -> list[str]:
    older, newer = around
    links = []
    for other, arrow in ((older, "older"), (newer, "newer")):
        if other:
            text = f"{'← ' if arrow == 'older' else ''}{titles[other][1]}{' →' if arrow == 'newer' else ''}"
            links.append(f'<span class="{arrow}">{link(text, site_paths.relative(page, site_paths.article_page_for(other)))}</span>')
    return [" ".join(links), _chrome("article-older-newer"), ""] if links else []


def _search_facets(article: Article, people: Mapping[str, Person]) -> str:
    """What the search can filter and sort by; not indexed as text (data-pagefind-ignore keeps filters)."""
    facets = [("meta", "title", article.raw.title),
              ("filter", "language", _capitalised(language_name(article.language, article.language))),
              ("filter", "year", str(article.date.year)), ("meta", "date", article.date.isoformat()),
              ("sort", "date", article.date.isoformat())]
    speakers = dict.fromkeys(people[q.annotation.speaker].name for q in article.quotes)
    facets += [("filter", "person", name) for name in speakers]
    facets += [("filter", "topic", tag) for tag in dict.fromkeys(article.annotations.tags)]
    spans = "".join(f'<span data-pagefind-{kind}="{key}">{attribute(value)}</span>' for kind, key, value in facets)
    return f'<div class="search-facets" data-pagefind-ignore="index" hidden>{spans}</div>'


def render_article(
    article: Article,
    people: Mapping[str, Person],
    titles: Mapping[str, tuple[str, str]],
    around: tuple[str | None, str | None] = (None, None),
    site_url: str = "http://127.0.0.1:8000/",
) -> str:
    """`titles` maps every article id to (language, title); `around` is the (older, newer) article by date."""
    page = site_paths.article_page(article)
    quotes = list(enumerate(article.quotes, start=1))
    notes = list(enumerate(article.notes, start=1))
    lines = [
        _front_matter(article),
        f'<article class="news-article" lang="{attribute(article.language)}" data-pagefind-body markdown="1">',
        "",
    ]
    # Its own id: one made from the text ("Quote 1" → quote-1) could be a quote's or the credits' id.
    lines += [f"# {escape(article.raw.title)} {{: #title }}", ""]
    lines += _header(article, titles, page)
    for index, paragraph in enumerate(article.raw.body):
        mine_q = [(n, q) for n, q in quotes if q.span.paragraph == index]
        mine_n = [(n, q) for n, q in notes if q.span.paragraph == index]
        lines += [_paragraph(paragraph.text, mine_q, mine_n), ""]
    if article.raw.trailer or article.credits:
        lines += [f"## {label(article.language, 'credits')} {{: #credits }}", ""]
        lines += [_credit_line(c, article, people, page) for c in article.credits]
        if article.credits:
            lines.append("")
        for paragraph in article.raw.trailer:
            lines += [escape(paragraph.text), "{: .credit-line }", ""]
    if article.raw.source:
        trailer = article.raw.source
        text = escape(trailer.label) + (f": {escape(trailer.text)}" if trailer.text else "")
        lines += [text, "{: .source-line }", ""]
    lines += [_search_facets(article, people), ""]
    if quotes or notes:
        lines += [FOOTNOTES_MARKER, ""]
    lines += ["</article>", ""]
    lines += [citation_markdown(article, site_url).rstrip(), ""]
    if quotes or notes:
        export = site_paths.relative(page, site_paths.annotations_file(article.id))
        lines += [f"{link(label(article.language, 'annotations_export'), export)}{{: type=\"application/ld+json\" }}",
                  "{: .annotations-export }", ""]
    lines += _older_newer(article, around, titles, page)
    # structured_data escapes <, > and & inside the JSON, so nothing in it can end the element.
    lines += [f'<script type="application/ld+json">{news_article_jsonld(article, people, site_url, titles)}</script>', ""]
    lines += [_quote_footnote(n, q, article, people, page) for n, q in quotes]
    lines += [_note_footnote(n, q, article) for n, q in notes]
    return "\n".join(lines).rstrip() + "\n"
