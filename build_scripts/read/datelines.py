"""Where and when an article was filed, read from its dateline.

Newsrooms open a story with one: "JAKARTA (ANTARA) -", "NAIROBI, Nov 18 (Reuters) -", "CAIRO (AP) —",
"JAKARTA, KOMPAS.com -", "TEMPO.CO, Jakarta -", "Jakarta, CNN Indonesia --", "Jakarta -"; a wire copy
may open with its date alone ("Tuesday, October 8, 2019"), and Indonesian stories name the news day where
they say who spoke or what happened ("kata Marni, Kamis (16/1/2025)"), with its year where the days before
it have none. The article's header shows the city and `new` files the article under the date. A date is read only
when its year is printed: a dateline without one gives a month and day, and the year is the contributor's to
give, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import NamedTuple

from build_scripts import dates
from build_scripts.model import Dateline, Paragraph, RawArticle

__all__ = ["Dateline", "find_dateline", "opening_dateline"]

_LANGUAGES = ("en", "id")
_OPENING_PARAGRAPHS = 3
"""A dateline opens the article (after a subtitle or a date line at most): a date further in is about something else."""

_MONTHS = {
    name.casefold()[:length]: number
    for language in _LANGUAGES
    for number, name in enumerate(dates.month_names(language), start=1)
    for length in (3, len(name))
} | {"sept": 9, "agt": 8, "ags": 8, "nop": 11, "nopember": 11, "peb": 2, "pebruari": 2}
"""Month names and their abbreviations ("Nov", "Agu", "Sept."), with the older Indonesian spellings still met in print."""
_MONTH = rf"(?i:{'|'.join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))})"
_WEEKDAY = rf"(?i:{'|'.join([*(n for lang in _LANGUAGES for n in dates.weekday_names(lang)), 'Jum.at'])})"
_DAY, _YEAR = r"(?P<day>\d{1,2})(?!\d)", r"(?P<year>\d{4})(?!\d)"
_DAY_FORMS = (
    rf"(?P<month>{_MONTH})\.?\s+{_DAY}(?:,?\s+{_YEAR})?",  # Nov 18, November 18, 2024
    rf"{_DAY}\s+(?P<month>{_MONTH})\.?(?:,?\s+{_YEAR})?",  # 18 November 2024, 18 Nov
    rf"{_DAY}/(?P<month>\d{{1,2}})(?:/(?:{_YEAR}|\d{{2}}(?!\d)))?",  # 14/1/2025, 14/1; a two-digit year is no year
    rf"{_YEAR}-(?P<month>\d{{2}})-{_DAY}",  # 2024-11-18
)
_DAYS = tuple(re.compile(form) for form in _DAY_FORMS)
_DATE_LINES = tuple(re.compile(rf"(?:{_WEEKDAY},?\s+)?{form}") for form in _DAY_FORMS)
"""A paragraph opening with a date and its year ("Tuesday, October 8, 2019", "Rabu, 23 Oktober 2024")."""
_NAMED_DAYS = tuple(re.compile(rf"\b{_WEEKDAY}(?:\s*\(\s*|,?\s+){form}(?:\s*\))?", re.IGNORECASE) for form in _DAY_FORMS)
"""The news day named in a sentence: "Selasa (14/1/2025)", "Rabu, 23 Oktober 2024", "Tuesday (Oct. 8)"."""
_A_WEEKDAY = re.compile(rf"\b{_WEEKDAY}", re.IGNORECASE)

_HEAD = re.compile(r"(?P<head>[^\n\"“”‘:;!?]{2,120}?)(?:\s*(?:--|—|–)|\s+-|(?<=\))-)")
"""What comes before the dash that ends a dateline; a hyphen inside a word (Port-au-Prince) is no dash."""
_PAREN = re.compile(r"(?P<rest>.*?)\s*\((?P<inside>[^()]*)\)")
_AGENCY = re.compile(r"[^\W\d_][^\W\d_ ./&-]*(?:[ ./&-]+[^\W\d_]+)*\.?")
"""Inside the parentheses: ANTARA, AP, Reuters, AFP/ANTARA, Reuters Breakingviews; or a country (Saudi Arabia)."""
_WEB_OUTLET = re.compile(r"[^\W_][\w-]*(?:\.[A-Za-z]{2,}){1,3}")
"""KOMPAS.com, TEMPO.CO, REPUBLIKA.CO.ID, Liputan6.com."""
_OUTLETS = frozenset(
    "antara antaranews kompas tempo detik detikcom okezone liputan6 republika tribunnews kontan bisnis viva "
    "kumparan jawapos suara merdeka sindonews jpnn medcom".split()
    + ["cnn indonesia", "cnbc indonesia", "idn times", "media indonesia", "jawa pos", "the jakarta post"]
)
_PLACE_WORD = r"[^\W\d_](?:[^\W\d_]|['’./-](?=[^\W\d_]))*\.?"
_PLACE = re.compile(rf"{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}")
_PARTICLES = frozenset("de da do dos das del della di du des es au aux la le les el en sur am upon on of van von der den".split())
"""Words of a place name a reader writes in lowercase ("Port-au-Prince", "Rio de Janeiro", "Dar es Salaam")."""


class _Day(NamedTuple):
    date: dt.date | None
    month: int
    day: int
    text: str


class _Opening(NamedTuple):
    text: str
    city: str
    day: _Day | None


def find_dateline(raw: RawArticle) -> Dateline | None:
    """The city and the date the article's opening gives, else the first day its text names.

    Indonesian sites print the year with the day the story was reported ("kata Hendrik kepada detikSumbagsel,
    Senin (3/2/2025)") and leave it off the event it reports, a day or a few before ("terjadi pada Minggu
    (2/2)"): that dated day is the article's, and it is complete, where the event's day would leave the year
    to the contributor. A dated day before the first day named, or weeks after it, is another the story talks
    about ("sejak Jumat (7/3/2025)", a hearing set for later). A day printed without its year ("NAIROBI, Nov
    18", "Sabtu (18/1)") takes the year from a day named further on only when that is the same day ("Sabtu
    (18/1/2025)").
    """
    return _dateline(raw, named_days=True)


def opening_dateline(raw: RawArticle) -> Dateline | None:
    """What the article's opening alone gives: all a page shows (its city), without reading the whole text
    for named days, which only dating a new article needs."""
    return _dateline(raw, named_days=False)


def _dateline(raw: RawArticle, named_days: bool) -> Dateline | None:
    opening = raw.body[:_OPENING_PARAGRAPHS]
    head = next((found for paragraph in opening if (found := _city_dateline(paragraph.text))), None)
    line = next((dated for paragraph in opening if (dated := _date_line(paragraph.text))), None)
    days = [d for d in (head.day if head else None, line) if d is not None]
    named = _named_days(raw.body) if named_days else []
    days += named if days else _reported_day_first(named)
    first = next(iter(days), None)
    day = next((d for d in days if d.date and first and (d.month, d.day) == (first.month, first.day)), first)
    city = head.city if head else None
    if day is None:
        return Dateline(head.text, city, None, None, None) if head else None
    month, day_of_month = (None, None) if day.date else (day.month, day.day)
    return Dateline(head.text if head else day.text, city, day.date, month, day_of_month, date_text=day.text)


_REPORTED_WITHIN = 7
"""Days from an event to the day a story reports it: a dated day further off is another one the story names."""


def _reported_day_first(named: list[_Day]) -> list[_Day]:
    """The days named, the day the story was reported first when the first day named has no year."""
    first = next(iter(named), None)
    if first is None or first.date:
        return named
    reported = next((day for day in named if day.date and _reports(day.date, first)), None)
    return named if reported is None else [reported, *named]


def _reports(reported: dt.date, event: _Day) -> bool:
    """Whether a story dated `reported` can report an event on that month and day: the same day or the week
    after, in its year or across New Year."""
    for year in (reported.year, reported.year - 1):
        try:
            days = (reported - dt.date(year, event.month, event.day)).days
        except ValueError:
            continue
        if 0 <= days <= _REPORTED_WITHIN:
            return True
    return False


def _city_dateline(paragraph: str) -> _Opening | None:
    match = _HEAD.match(paragraph)
    if match is None:
        return None
    parts, tags = match["head"].strip(), list[str]()
    while paren := _PAREN.fullmatch(parts):
        parts, tags = paren["rest"], [paren["inside"].strip(), *tags]
    city: str | None = None
    day: _Day | None = None
    tagged = bool(tags)
    for part in _parts(parts):
        if _is_outlet(part):
            tagged = True
        elif _is_day(part) or re.fullmatch(_WEEKDAY, part):
            day = day or _day(part, _DAYS)
        elif _PLACE.fullmatch(part) and _capitalised(part) and (city is None or not day):
            city = city or _as_written(part)
        else:
            return None
    for tag in tags:
        if _is_day(tag):
            day = day or _day(tag, _DAYS)
        elif not _AGENCY.fullmatch(tag):
            return None
    bare = not (tagged or day)
    if city is None or (bare and ("," in parts or not paragraph[match.end() :].lstrip()[:1].isupper())):
        return None
    return _Opening(paragraph[: match.end()].strip(), city, day)


def _parts(head: str) -> list[str]:
    """The comma-separated parts of a dateline, a year printed after a comma kept with its day ("Nov 18, 2024")."""
    parts: list[str] = []
    for part in (p.strip() for p in head.split(",")):
        if re.fullmatch(r"\d{4}", part) and parts and _day(parts[-1], _DAYS):
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    return parts


def _is_day(text: str) -> bool:
    """Shaped like a day, whether or not the calendar has it (a "Feb 30" is no place)."""
    return any(pattern.fullmatch(text) for pattern in _DAYS)


def _is_outlet(part: str) -> bool:
    folded = part.casefold()
    return bool(_WEB_OUTLET.fullmatch(part)) or folded in _OUTLETS or folded.startswith("detik")


def _capitalised(place: str) -> bool:
    words = re.split(r"[ /-]", place)
    return words[0][:1].isupper() and all(w[:1].isupper() or w.casefold() in _PARTICLES for w in words)


def _as_written(place: str) -> str:
    """A place printed in capitals as a reader writes it; one printed in mixed case exactly as printed."""
    if place != place.upper():
        return place
    pieces = re.split(r"([ /-])", place)
    return "".join(piece.lower() if n and piece.casefold() in _PARTICLES else piece.title() for n, piece in enumerate(pieces))


def _date_line(paragraph: str) -> _Day | None:
    found = _day(paragraph, _DATE_LINES, whole=False)
    return found if found and found.date else None


def _named_days(paragraphs: Iterable[Paragraph]) -> list[_Day]:
    """The days the text names, in reading order ("kata Marni, Kamis (16/1/2025)")."""
    days: list[_Day] = []
    for paragraph in paragraphs:
        for weekday in _A_WEEKDAY.finditer(paragraph.text):
            match = next(filter(None, (p.match(paragraph.text, weekday.start()) for p in _NAMED_DAYS)), None)
            if match and (day := _from_match(match)):
                days.append(day)
    return days


def _day(text: str, patterns: Iterable[re.Pattern[str]], whole: bool = True) -> _Day | None:
    for pattern in patterns:
        match = pattern.fullmatch(text) if whole else pattern.match(text)
        if match and (day := _from_match(match)):
            return day
    return None


def _from_match(match: re.Match[str]) -> _Day | None:
    """The day a match names, if it is one on the calendar (February 29 only in a year that has it)."""
    month_text = match["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.casefold())
    day, year = int(match["day"]), match["year"]
    if month is None:
        return None
    try:
        dt.date(2000, month, day)
        date = dt.date(int(year), month, day) if year else None
    except ValueError:
        return None
    return _Day(date, month, day, match[0].strip())
