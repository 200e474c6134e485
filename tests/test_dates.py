"""Dates and month names come from Babel: its words must be the ones the pages and datelines have always used."""

from __future__ import annotations

import datetime as dt

import pytest

from build_scripts import dates
from build_scripts.render.labels import long_date

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split(),
}


@pytest.mark.parametrize("language", ["en", "id"])
def test_month_and_weekday_names_are_the_archive_s_spelling(language: str) -> None:
    assert list(dates.month_names(language)) == MONTHS[language]
    assert list(dates.weekday_names(language)) == WEEKDAYS[language]


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("day", [1, 9, 23])
def test_long_dates_read_month_day_year_in_english_and_day_month_year_in_indonesian(month: int, day: int) -> None:
    date = dt.date(2024, month, day)
    name_en, name_id = MONTHS["en"][month - 1], MONTHS["id"][month - 1]
    assert long_date(date, "en") == f"{name_en} {day}, 2024"
    assert long_date(date, "id") == f"{day} {name_id} 2024"


def test_a_language_without_labels_gets_english_dates() -> None:
    assert long_date(dt.date(2019, 10, 8), "fr") == "October 8, 2019"
    assert long_date(dt.date(2024, 10, 23), "id-ID") == "23 Oktober 2024"
