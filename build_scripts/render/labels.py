"""Words the generated pages print around the articles, in the article's own language.

A reader of an Indonesian article should not meet English labels in the middle of it. The words are the
interface tables' (build_scripts/interface/); a language without a table reads English.
"""

from __future__ import annotations

import datetime as dt
import functools

from build_scripts import dates
from build_scripts.interface import interface_language, words


def label(language: str, key: str) -> str:
    return words(language)[key]


def count(language: str, kind: str, n: int) -> str:
    """ "3 direct quotes", "1 reported claim": `kind` is "quote" or "claim"."""
    return label(language, f"count.{kind}.{'one' if n == 1 else 'other'}").format(n=n)


def language_name(language: str, in_language: str) -> str:
    """`language` named in `in_language` ("bahasa Inggris"); an unknown code is shown as itself."""
    return words(in_language).get(f"language.{language.split('-')[0]}", language)


def own_name(language: str) -> str:
    """The language named in itself, as a heading or a list shows it ("Bahasa Indonesia", "English")."""
    name = language_name(language, language)
    return name[:1].upper() + name[1:]


@functools.lru_cache(maxsize=1 << 16)
def long_date(date: dt.date, language: str) -> str:
    """The date in full, in the article's language when the pages have labels in it."""
    return dates.long_date(date, interface_language(language))
