"""An article's footnotes: one per attribution or note, numbered in the order their markers are read.

Consecutive attributions from one source in one setting share a footnote with a back-link to each place,
so the notes do not repeat "Lloyd Austin, Secretary of Defense, in Rome" five times. A footnote says who
stands behind the passage, how the article reports it (a direct quote, or reported speech with its cue),
their role, where and when. The HTML is what Python-Markdown's footnotes extension makes (ids `fn:N`,
`fnref:N`, `fnref2:N`…), which Material's footnote tooltips read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from build_scripts import site_paths
from build_scripts.model import AnchoredAttribution, AnchoredNote, Article, Attribution, Person
from build_scripts.render.escaping import anchor, attribute, element, page_url, text
from build_scripts.render.labels import label, long_date

_CLOSING_MARKS = "\"'”’»›"


def after_closing_marks(paragraph: str, end: int) -> int:
    """Where a passage's marker goes: after the quotation marks that close it, as a reader expects."""
    while end < len(paragraph) and paragraph[end] in _CLOSING_MARKS:
        end += 1
    return end


@dataclass(frozen=True)
class Reference:
    """One footnote marker in the text: the `occurrence`-th reference to footnote `number`."""

    paragraph: int
    offset: int
    number: int
    occurrence: int


@dataclass(frozen=True)
class Footnote:
    number: int
    attributions: tuple[AnchoredAttribution, ...]
    """The attributions it is shared by, in reading order; empty for a note."""
    note: AnchoredNote | None = None


def _setting(attribution: Attribution) -> tuple[object, ...]:
    """What a shared footnote says once for all its attributions: everything but how each was reported."""
    return (
        attribution.speaker,
        attribution.unnamed,
        attribution.document,
        attribution.role,
        attribution.context,
        attribution.date,
        attribution.source,
        attribution.confirmed,
    )


def number_footnotes(article: Article) -> tuple[tuple[Footnote, ...], tuple[Reference, ...]]:
    """The footnotes, numbered where each is first read, and every marker in reading order.

    Markers at one place are read innermost passage first (a quote's before the claim around it). An
    attribution shares the footnote of the marker read just before it when both have the same setting.
    """
    body = article.raw.body
    items: list[AnchoredAttribution | AnchoredNote] = [*article.attributions, *article.notes]
    markers = []
    for index, item in enumerate(items):
        span = item.span
        offset = after_closing_marks(body[span.paragraph].text, span.end)
        markers.append(((span.paragraph, offset, span.end, -span.start, index), item))
    markers.sort(key=lambda marker: marker[0])
    footnotes: list[Footnote] = []
    references: list[Reference] = []
    previous: tuple[object, ...] | None = None
    for (paragraph, offset, *_), item in markers:
        if isinstance(item, AnchoredAttribution):
            setting = _setting(item.annotation)
            if setting == previous:
                last = footnotes[-1]
                footnotes[-1] = Footnote(last.number, (*last.attributions, item))
                references.append(Reference(paragraph, offset, last.number, len(last.attributions) + 1))
                continue
            previous = setting
            footnotes.append(Footnote(len(footnotes) + 1, (item,)))
        else:
            previous = None
            footnotes.append(Footnote(len(footnotes) + 1, (), item))
        references.append(Reference(paragraph, offset, len(footnotes), 1))
    return tuple(footnotes), tuple(references)


def _reference_id(number: int, occurrence: int) -> str:
    return f"fnref{occurrence if occurrence > 1 else ''}:{number}"


def reference(ref: Reference) -> str:
    """A footnote marker as Python-Markdown writes it (Material's tooltips read it)."""
    number = ref.number
    return f'<sup id="{_reference_id(number, ref.occurrence)}"><a class="footnote-ref" href="#fn:{number}">{number}</a></sup>'


SEPARATOR = '<sup class="footnote-separator">,</sup>'
"""Between two markers with no text between them: "⁵,⁹", never "⁵⁹"."""


def person_link(person_id: str | None, name: str, people: Mapping[str, Person], from_page: str) -> str:
    """A registered person or organisation by their registry name (a credit may print only "Baldor"), linked
    to their page."""
    if person_id and person_id in people:
        return anchor(people[person_id].name, page_url(from_page, site_paths.registry_page(people[person_id])))
    return text(name)


def who(attribution: Attribution, people: Mapping[str, Person], page: str, language: str, strong: bool = True) -> str:
    """Who stands behind a passage, as a phrase: the registered source linked, an unnamed source as the article
    describes it, a document with its issuer; the name itself `strong` in a footnote."""

    def named(shown: str) -> str:
        return f"<strong>{shown}</strong>" if strong else shown

    if attribution.unnamed is not None:
        unnamed = attribution.unnamed
        return named(text(unnamed.description)) + (f", {text(unnamed.affiliation)}" if unnamed.affiliation else "")
    if attribution.document is not None:
        document = attribution.document
        shown = named(text(document.description))
        if document.issuer:
            shown += f", {text(label(language, 'issued_by'))} {person_link(document.issuer, document.issuer, people, page)}"
        return shown
    return named(person_link(attribution.speaker, attribution.speaker or "", people, page))


def time_element(date: dt.date, language: str) -> str:
    return element("time", text(long_date(date, language)), {"datetime": date.isoformat()})


def _how(attribution: Attribution, language: str) -> str:
    """A direct quote, or reported speech with the words that report it ("mengatakan … bahwa") when given."""
    shown = text(label(language, f"how.{attribution.kind}"))
    return shown + (f": “{text(attribution.cue)}”" if attribution.cue else "")


def _backref(number: int, occurrence: int, language: str) -> str:
    if occurrence == 1:
        title, shown = label(language, "back").format(number=number), "&#8617;"
    else:
        title = label(language, "back.nth").format(number=number, occurrence=occurrence)
        shown = f"&#8617;<sup>{occurrence}</sup>"
    return f'<a class="footnote-backref" href="#{_reference_id(number, occurrence)}" title="{attribute(title)}">{shown}</a>'


def _attribution_footnote(footnote: Footnote, people: Mapping[str, Person], page: str, language: str) -> str:
    """Who, role, unconfirmed mark, where and when, the link; then how, with the back-links: one how for all
    when they agree, else each how followed by the back-link to its place."""
    first = footnote.attributions[0].annotation
    content = who(first, people, page, language)
    if first.unnamed is not None:
        content = f"{text(label(language, 'unnamed'))}: {content}"
    elif first.document is not None:
        content = f"{text(label(language, 'document'))}: {content}"
    if first.role:
        content += f", {text(first.role)}"
    if first.unnamed is not None and first.unnamed.reason:
        content += f" ({text(label(language, 'reason'))}: {text(first.unnamed.reason)})"
    content = _sentence(content)
    if not first.confirmed:
        unconfirmed = "unconfirmed" if first.speaker is not None else "unconfirmed_source"
        content += f" <em>{text(label(language, unconfirmed))}</em>"
    details = [text(first.context)] if first.context else []
    if first.date:
        details.append(time_element(first.date, language))
    if details:
        content += " " + _sentence(", ".join(details))
    if first.source:
        content += f" {anchor(label(language, 'source'), first.source)}."
    hows = [_how(attribution.annotation, language) for attribution in footnote.attributions]
    backrefs = [_backref(footnote.number, occurrence, language) for occurrence in range(1, len(hows) + 1)]
    if len(set(hows)) == 1:
        return f"{content} {hows[0]}.&#160;{' '.join(backrefs)}"
    hows[1:] = [how[:1].lower() + how[1:] for how in hows[1:]]
    return f"{content} {'; '.join(f'{how}&#160;{backref}' for how, backref in zip(hows, backrefs, strict=True))}"


def _sentence(content: str) -> str:
    """Ends a part of a footnote with a full stop, unless what the editor wrote ends it already ("Acme Inc.",
    "in Tupelo, Miss."): a reader should not meet "Inc.."."""
    return content if content.endswith((".", "?", "!")) else content + "."


def _note_footnote(number: int, note: AnchoredNote, language: str) -> str:
    kind = label(language, f"note.{note.annotation.kind}")
    return f"<strong>{text(kind)}.</strong> {text(note.annotation.note)}&#160;{_backref(number, 1, language)}"


def footnote_list(footnotes: tuple[Footnote, ...], people: Mapping[str, Person], page: str, language: str) -> str:
    """Every footnote, as the block Python-Markdown's footnotes extension ends the article with."""
    items = []
    for footnote in footnotes:
        if footnote.note is not None:
            content = _note_footnote(footnote.number, footnote.note, language)
        else:
            content = _attribution_footnote(footnote, people, page, language)
        items.append(f'<li id="fn:{footnote.number}">\n<p>{content}</p>\n</li>')
    return '<div class="footnote">\n<hr />\n<ol>\n' + "\n".join(items) + "\n</ol>\n</div>"
