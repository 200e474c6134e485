"""Month names, weekday names and long dates per language, from the Unicode CLDR through Babel.

The pages print dates ("23 Oktober 2024", "October 23, 2024"), `new` reads
them in datelines, and the quote finder knows a month is no speaker's name:
all three take the words from here, so a language added to the archive gets
its dates right everywhere at once. A language the CLDR does not know (a
made-up one in a test, a new table before Babel has it) reads English's.
"""

from __future__ import annotations

import datetime as dt
import functools

from babel import localedata
from babel.dates import format_date, format_skeleton, get_day_names, get_month_names


def _locale(language: str) -> str:
    return language if localedata.exists(language) else "en"


@functools.lru_cache(maxsize=64)
def month_names(language: str) -> tuple[str, ...]:
    """January to December, in `language` ("Januari", …, "Desember")."""
    names = get_month_names("wide", locale=_locale(language))
    return tuple(names[month] for month in range(1, 13))


@functools.lru_cache(maxsize=64)
def weekday_names(language: str) -> tuple[str, ...]:
    """Monday to Sunday, in `language` ("Senin", …, "Minggu")."""
    names = get_day_names("wide", locale=_locale(language))
    return tuple(names[day] for day in range(7))


def long_date(date: dt.date, language: str) -> str:
    """The date as a reader of `language` writes it in full: "October 23, 2024", "23 Oktober 2024"."""
    return format_date(date, "long", locale=_locale(language))


def month_and_year(year: int, month: int, language: str) -> str:
    """ "October 2024", "Oktober 2024": a month as a reader of `language` names it with its year."""
    return format_skeleton("yMMMM", dt.date(year, month, 1), locale=_locale(language))
