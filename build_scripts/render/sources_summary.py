"""The "Sources" section of an article: who the story cites and how often, at a glance.

Grouped the way a reader weighs sourcing: named people, organisations, sources the article does not name,
documents and data. It sits after the story, its credits and its own "Source:" line, right before the
footnotes it sums up: before the credits, the article's "Sumber: Wikinews" line would sit under the
"Sumber kutipan" heading and read as one of the sources cited, and at the top it would push the story down
on a phone.
"""

from __future__ import annotations

from collections.abc import Mapping

from build_scripts.model import Article, Attribution, Person
from build_scripts.render.escaping import text
from build_scripts.render.footnotes import who
from build_scripts.render.labels import count, label
from build_scripts.render.page_blocks import Block, Heading

_GROUPS = ("person", "organisation", "unnamed", "document")


def _group_and_key(attribution: Attribution, people: Mapping[str, Person]) -> tuple[str, object]:
    """The group a source belongs to, and what makes two attributions one source."""
    if attribution.unnamed is not None:
        return "unnamed", (attribution.unnamed.description, attribution.unnamed.affiliation)
    if attribution.document is not None:
        return "document", attribution.document
    person = people.get(attribution.speaker or "")
    return ("organisation" if person is not None and person.kind == "organisation" else "person"), attribution.speaker


def sources_summary(article: Article, people: Mapping[str, Person], page: str) -> list[Block]:
    """Each source once, with its count of direct quotes and of reported claims; most cited first, then in
    the order the story first cites them."""
    if not article.attributions:
        return []
    lang = article.language
    # group -> source -> (how it is shown, [direct quotes, reported claims])
    groups: dict[str, dict[object, tuple[str, list[int]]]] = {group: {} for group in _GROUPS}
    for anchored in article.attributions:
        attribution = anchored.annotation
        group, key = _group_and_key(attribution, people)
        _, counts = groups[group].setdefault(key, (who(attribution, people, page, lang, strong=False), [0, 0]))
        counts[0 if attribution.kind == "quote" else 1] += 1
    lines = []
    for group in _GROUPS:
        if not groups[group]:
            continue
        lines.append(f"<dt>{text(label(lang, f'sources.{group}'))}</dt>")
        for shown, (quotes, claims) in sorted(groups[group].values(), key=lambda entry: -sum(entry[1])):
            cited = [count(lang, kind, n) for kind, n in (("quote", quotes), ("claim", claims)) if n]
            lines.append(f"<dd>{shown}: {text(', '.join(cited))}</dd>")
    return [Heading(2, label(lang, "sources"), "sources"), '<dl class="sources-summary">\n' + "\n".join(lines) + "\n</dl>"]
