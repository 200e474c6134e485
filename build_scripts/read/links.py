"""How articles link to each other: translations to their originals, neighbours by date, the titles shown.

Linking needs only each article's `Head`, so the two processes of a build exchange heads, not articles.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, replace

from build_scripts.model import Article, Located, OriginalInfo, Problem


@dataclass(frozen=True)
class Head:
    """What other articles' pages show of an article, and the original it names: all linking needs."""

    id: str
    path: str
    language: str
    title: str
    original: OriginalInfo | None

    @staticmethod
    def of(article: Article) -> Head:
        return Head(article.id, article.raw.path, article.language, article.raw.title, article.annotations.original)


@dataclass(frozen=True)
class Links:
    """Between the articles: each original's translations, each article's title and neighbours by date."""

    translations: Mapping[str, tuple[str, ...]]
    titles: Mapping[str, tuple[str, str]]
    """Article id → (language, title)."""
    order: Mapping[str, int]
    """Article id → its place, newest first."""
    newest_first: tuple[str, ...]

    @staticmethod
    def of(heads: list[Head]) -> Links:
        """Each translation names its original; the original learns of its translations here."""
        ids = {head.id for head in heads}
        translations: dict[str, list[str]] = {}
        for head in heads:
            original = head.original.article if head.original else None
            if original in ids and original != head.id:
                translations.setdefault(original, []).append(head.id)
        # Ids start with the date: newest first by (date, id) is by id.
        newest_first = tuple(sorted(ids, reverse=True))
        return Links(
            {original: tuple(sorted(found)) for original, found in translations.items()},
            {head.id: (head.language, head.title) for head in heads},
            {article_id: index for index, article_id in enumerate(newest_first)},
            newest_first,
        )

    def linked(self, article: Article) -> Article:
        return replace(article, translations=self.translations[article.id]) if article.id in self.translations else article

    def around(self, article_id: str) -> tuple[str | None, str | None]:
        """The (older, newer) article by date."""
        index, ids = self.order[article_id], self.newest_first
        return (ids[index + 1] if index + 1 < len(ids) else None), (ids[index - 1] if index > 0 else None)


def unknown_originals(heads: list[Head]) -> list[Problem]:
    """Translations whose original is named but not in the archive (nor the article itself), with the likely id."""
    ids = {head.id for head in heads}
    problems = []
    for head in heads:
        original = head.original
        if original is None or original.article is None or (original.article in ids and original.article != head.id):
            continue
        at = original.article_at or Located(1, 1)
        close = difflib.get_close_matches(original.article, list(ids), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else "; give the original's file name without .txt"
        problems.append(
            Problem(
                head.path[:-4] + ".yml",
                at.line,
                at.column,
                f"original 'article': no article {original.article!r} in the archive{hint}",
            )
        )
    return problems
