"""The pages of the registry's entries, people and organisations: what each said or reported, article by article,
and what each journalist reported; and the two indexes.

A page is meant to be cited: each quote or claim stands in its sentence, with the role its source held then and
every editorial note that touches it (a translation note on a broken quote sits beside the quote, not only on
the article), under its article's headline, given once. Unnamed sources never get a page: they are described
on their article only, and listed in `list_pages.unnamed_sources_page`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from build_scripts import site_paths
from build_scripts.model import ListedAttribution, Listing, Person
from build_scripts.read.people_index import fold
from build_scripts.render.escaping import anchor, attribute, element, page_url, text
from build_scripts.render.labels import label, long_date
from build_scripts.render.page_blocks import Block, Heading, PageSource
from build_scripts.render.pagination import (
    LANGUAGE,
    badge,
    bullets,
    paginated,
    paginated_blocks,
    paragraph,
    plural,
)
from build_scripts.site_paths import attribution_anchor

ARTICLES_PER_PAGE = 20
"""Articles on a page of someone's quotes: each with its quotes and claims in their sentences."""
NOTE_LABELS = {"translation": "Translation note", "correction": "Correction", "context": "Context"}
KIND_LABELS = {"quote": "Quote", "claim": "Reported claim"}
_OPENING, _CLOSING = "“«", "”»"
"""Quotation marks that say which way they face (a straight mark does not, ’ is also an apostrophe)."""
_PAIRS = ("“”", "«»", "‘’", '""', "''", "„“", "„”")
HOME_TRAIL = ((label(LANGUAGE, "list.home"), site_paths.HOME),)

Cited = tuple[Listing, tuple[int, ...]]
"""An article and the numbers (from 1, in reading order) of its attributions to one entry."""
Credited = tuple[Listing, str]
"""An article and what the entry did for it ("reported (Washington)")."""


def registry_pages(articles: Sequence[Listing], people: Mapping[str, Person]) -> dict[str, PageSource]:
    """Every entry's page, the people index and the organisations index; `articles` newest first."""
    cited: dict[str, list[Cited]] = {}
    counts: dict[str, dict[str, int]] = {}
    credits: dict[str, list[Credited]] = {}
    for article in articles:
        numbers: dict[str, list[int]] = {}
        for number, attribution in enumerate(article.attributions, start=1):
            if attribution.source:
                numbers.setdefault(attribution.source, []).append(number)
                tally = counts.setdefault(attribution.source, {})
                tally[attribution.kind] = tally.get(attribution.kind, 0) + 1
        for source, numbered in numbers.items():
            cited.setdefault(source, []).append((article, tuple(numbered)))
        for credit in article.credits:
            if credit.person:
                where = f" ({text(credit.city)})" if credit.city else ""
                credits.setdefault(credit.person, []).append((article, f"{credit.role}{where}"))
    ordered = sorted(people.values(), key=lambda p: (fold(p.name), p.name, p.id))
    pages: dict[str, PageSource] = {}
    for kind, title, other, other_title in (
        ("person", "People", "organisation", "Organisations quoted and cited"),
        ("organisation", "Organisations", "person", "People quoted and credited"),
    ):
        index = site_paths.registry_index(kind)
        entries = [(p, _facts(counts.get(p.id, {}), len(credits.get(p.id, ())))) for p in ordered if p.kind == kind]
        intro = paragraph(anchor(other_title, page_url(index, site_paths.registry_index(other))))
        if not entries:
            intro += paragraph(f"No {title.lower()} in the registry yet.")
        pages |= paginated_blocks(index, title, entries, _by_letter, intro, size=max(len(entries), 1), trail=HOME_TRAIL)
    for entry in ordered:
        pages |= _entry_pages(entry, cited.get(entry.id, []), counts.get(entry.id, {}), credits.get(entry.id, []))
    return pages


def _facts(tally: Mapping[str, int], credited: int) -> str:
    facts = _counted(tally) + ([f"credited on {plural(credited, 'article')}"] if credited else [])
    return ", ".join(facts)


def _by_letter(entries: Sequence[tuple[Person, str]], from_page: str) -> list[Block]:
    """The whole index on one page under its first letters, with a line of the letters to jump to: a reader looking
    for a name goes to its letter, not through pages of "Next →"."""
    letters: dict[str, list[str]] = {}
    for entry in entries:
        first = fold(entry[0].name)[:1]
        letters.setdefault(first.upper() if first.isalpha() else "#", []).append(_index_item(entry, from_page))
    if not letters:
        return []
    ids = {letter: f"letter-{letter.lower() if letter.isascii() and letter.isalpha() else ord(letter)}" for letter in letters}
    jumps = " ".join(anchor(letter, f"#{ids[letter]}") for letter in letters)
    name = attribute(label(LANGUAGE, "list.letters"))
    blocks: list[Block] = [f'<nav class="letters" aria-label="{name}">{jumps}</nav>']
    for letter, items in letters.items():
        blocks += [Heading(2, letter, ids[letter]), *bullets(items)]
    return blocks


def _index_item(item: tuple[Person, str], from_page: str) -> str:
    entry, facts = item
    target = page_url(from_page, site_paths.registry_page(entry))
    return f"<li>{anchor(entry.name, target)}" + (f": {facts}" if facts else "") + "</li>"


def _counted(tally: Mapping[str, int]) -> list[str]:
    """How often an entry is cited, for each kind it is cited in: "6 quotes", "2 reported claims"."""
    shown = [("quote", "quote", "quotes"), ("claim", "reported claim", "reported claims")]
    return [plural(tally[kind], one, many) for kind, one, many in shown if tally.get(kind)]


def _entry_pages(entry: Person, cited: list[Cited], tally: Mapping[str, int], credited: list[Credited]) -> dict[str, PageSource]:
    base = site_paths.registry_page(entry)
    intro: list[Block] = paragraph(text(entry.description)) if entry.description else []
    if entry.url:
        intro += paragraph(anchor(entry.url, entry.url))
    if credited and not cited:
        return paginated(base, entry.name, credited, _credit_item, [*intro, Heading(2, "Reporting")])
    feed = site_paths.feed_file(site_paths.registry_folder(entry.kind), entry.id) if cited else None
    if cited:
        heading = "Quotes and reported claims" if len(tally) > 1 else "Quotes" if "quote" in tally else "Reported claims"
        summary = f"{' and '.join(_counted(tally))} in {plural(len(cited), 'article')}, newest first."
        intro += [Heading(2, heading), *paragraph(summary)]
    pages = paginated_blocks(base, entry.name, cited, _cited_blocks, intro, feed, size=ARTICLES_PER_PAGE)
    if credited:
        reporting = site_paths.person_reporting_page(entry.id)
        more = anchor(f"Articles {entry.name} reported or contributed to ({len(credited)})", page_url(base, reporting))
        first = pages[base]
        pages[base] = PageSource(first.meta, (*first.blocks, element("p", more)))
        pages |= paginated(reporting, f"{entry.name}: reporting", credited, _credit_item)
    return pages


def _cited_blocks(chunk: Sequence[Cited], from_page: str) -> list[Block]:
    """Each article once, headline, date and language, then its passages attributed to this entry."""
    blocks: list[Block] = []
    for article, numbers in chunk:
        target = site_paths.article_page_for(article.id)
        when = element("time", long_date(article.date, "en"), {"datetime": article.date.isoformat()})
        blocks.append(Heading(3, article.title, link=(from_page, target)))
        blocks += paragraph(f"{when} · {badge(article.language)}", "article-meta")
        items = [_attribution_item(article, n, page_url(from_page, target)) for n in numbers]
        blocks += bullets(items, "attributions")
    return blocks


def _attribution_item(article: Listing, number: int, article_url: str) -> str:
    said = article.attributions[number - 1]
    lang = {"lang": article.language}
    meta = [KIND_LABELS.get(said.kind, said.kind)]
    if said.origin == "document" and said.described:
        meta[0] += f", from a document: {element('span', text(said.described), lang)}"
    if said.role:
        meta.append(element("span", text(said.role), lang))
    if said.date and said.date != article.date:
        meta.append("on " + element("time", long_date(said.date, "en"), {"datetime": said.date.isoformat()}))
    meta.append(anchor("Read it in the article", f"{article_url}#{attribution_anchor(number, said.kind)}"))
    lines = [
        element("p", element("span", _in_sentence(said), lang)),
        element("p", " · ".join(meta), {"class": "attribution-meta"}),
    ]
    for note in said.notes:
        label = element("strong", NOTE_LABELS.get(note.kind, note.kind.capitalize()) + ":")
        lines.append(element("p", f"{label} {element('span', text(note.note), lang)}", {"class": "attribution-note"}))
    return "<li>" + "".join(lines) + "</li>"


def _in_sentence(said: ListedAttribution) -> str:
    """The passage in its sentence as HTML: a quote as `<q>` (the article's own marks around it then left out, as
    the `<q>` shows its own), a claim as a marked span."""
    before, after = said.before, said.after
    if said.kind == "quote":
        before, after = _without_marks(before, after)
        passage = element("q", text(said.passage, before[-1:]))
    else:
        passage = element("mark", text(said.passage, before[-1:]), {"class": "reported-claim"})
    return _piece(before, "") + passage + _piece(after, said.passage[-1:])


def _without_marks(before: str, after: str) -> tuple[str, str]:
    """`before` and `after` without the quotation marks that open and close the passage, when they do."""
    if before[-1:] + after[:1] in _PAIRS:
        return before[:-1], after[1:]
    if after[:1] in _CLOSING and not _left_open(before):
        return before, after[1:]
    if before[-1:] in _OPENING and not any(mark in after for mark in _CLOSING):
        return before[:-1], after
    return before, after


def _left_open(before: str) -> bool:
    """Whether `before` opens a quotation it does not close."""
    return max(before.rfind(mark) for mark in _OPENING) > max(before.rfind(mark) for mark in _CLOSING)


def _piece(value: str, before: str) -> str:
    """Part of a sentence as HTML, keeping one space where it had one at either edge (`text` strips them)."""
    if not value.strip():
        return " " if value else ""
    shown = text(value, before)
    return (" " if value[0] == " " else "") + shown + (" " if value[-1] == " " else "")


def _credit_item(entry: Credited, from_page: str) -> str:
    article, role = entry
    target = page_url(from_page, site_paths.article_page_for(article.id))
    return f"<li>{long_date(article.date, 'en')}: {anchor(article.title, target)}, {role} {badge(article.language)}</li>"
