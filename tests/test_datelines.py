"""Datelines as newsrooms print them: the city a reader sees in the article's header, and the date `new` files
the article under (only when the year is printed: otherwise the month and day, for `--year` to complete)."""

from __future__ import annotations

import datetime as dt

import pytest

from build_scripts.build.pipeline import generate_pages
from build_scripts.build.site_files import as_files
from build_scripts.read.archive import load_archive
from build_scripts.read.datelines import Dateline, find_dateline
from build_scripts.read.raw_text import parse_raw

from support import SITE_IDENTITY

D = dt.date


def _dateline(*paragraphs: str) -> Dateline | None:
    raw, _ = parse_raw("a.txt", "Title\n\n" + "\n\n".join(paragraphs) + "\n")
    assert raw is not None
    return find_dateline(raw)


@pytest.mark.parametrize(
    ("opening", "city", "date", "month_day"),
    [
        # Agencies: the city in capitals, the agency in parentheses, a dash.
        ("JAKARTA (ANTARA) - Harga beras di pasar induk turun tipis pekan ini.", "Jakarta", None, None),
        ("CAIRO (AP) — Egypt reopened the crossing on Tuesday.", "Cairo", None, None),
        ("KAIRO (AP) — Mesir membuka kembali perlintasan itu.", "Kairo", None, None),
        ("NAIROBI, Nov 18 (Reuters) - Kenya's central bank cut its main rate.", "Nairobi", None, (11, 18)),
        ("WASHINGTON, Sept. 3 (Reuters) - The Senate voted.", "Washington", None, (9, 3)),
        ("PARIS, Nov 18, 2024 (AFP) - France's farmers blocked roads.", "Paris", D(2024, 11, 18), None),
        ("Jakarta, 14/1 (ANTARA) - Harga cabai naik.", "Jakarta", None, (1, 14)),
        ("Surabaya, 3/2/2025 (ANTARA) - Banjir surut.", "Surabaya", D(2025, 2, 3), None),
        ("JAKARTA, 5 Agustus 2024 (ANTARA) - Pemerintah menaikkan tarif.", "Jakarta", D(2024, 8, 5), None),
        ("BANDA ACEH (ANTARA) - Gempa mengguncang.", "Banda Aceh", None, None),
        ("KUALA LUMPUR (Reuters) - Malaysia said.", "Kuala Lumpur", None, None),
        ("RIO DE JANEIRO (AP) — Rain flooded the hills.", "Rio de Janeiro", None, None),
        ("PORT-AU-PRINCE, Haiti (AP) — Gangs blocked the port.", "Port-au-Prince", None, None),
        ("KYIV, Ukraine (AP) — Drones struck overnight.", "Kyiv", None, None),
        ("ST. LOUIS (AP) — A judge ruled.", "St. Louis", None, None),
        ("Paris (AFP) - La grève continue.", "Paris", None, None),
        ("Lima (Peru) (AFP) - The congress voted.", "Lima", None, None),
        ("Dili (Timor-Leste) (AFP) - Parliament met.", "Dili", None, None),
        ("LONDON, Nov 18 (Reuters Breakingviews) - Banks rallied.", "London", None, (11, 18)),
        # Indonesian outlets: the outlet before or after the city, or the city alone.
        ("JAKARTA, KOMPAS.com - Pemerintah Provinsi DKI menambah bus.", "Jakarta", None, None),
        ("Jakarta, CNN Indonesia -- Presiden melantik menteri baru.", "Jakarta", None, None),
        ("TEMPO.CO, Jakarta - Menteri Keuangan menyampaikan.", "Jakarta", None, None),
        ("REPUBLIKA.CO.ID, BANDUNG -- Hujan deras turun.", "Bandung", None, None),
        ("Jakarta - Polisi menutup jalan itu.", "Jakarta", None, None),
        ("MAKASSAR - Harga tiket kapal naik.", "Makassar", None, None),
        # A date line opening the article, or its first paragraph (Wikinews).
        ("Tuesday, October 8, 2019", None, D(2019, 10, 8), None),
        ("Friday, March 29, 2019 \nToronto Comicon 2019 returned to its titular city.", None, D(2019, 3, 29), None),
        ("Rabu, 23 Oktober 2024", None, D(2024, 10, 23), None),
        ("Senin, 18 November 2024 – 13:17 WIB", None, D(2024, 11, 18), None),
        ("23 Oktober 2024 — Amerika Serikat mengonfirmasi", None, D(2024, 10, 23), None),
        ("2024-10-23", None, D(2024, 10, 23), None),
        # The day the text names, when the dateline gives none.
        ("JAKARTA (ANTARA) - Gubernur meresmikan halte pada Selasa (14/1/2025) pagi.", "Jakarta", D(2025, 1, 14), None),
        ("Jakarta - Polisi menangkap dua orang, Kamis (9/1).", "Jakarta", None, (1, 9)),
        ("Warga mengungsi pada Rabu, 23 Oktober 2024, setelah tanggul jebol.", None, D(2024, 10, 23), None),
        ("Warga mengungsi pada Jum'at (3/1/2025).", None, D(2025, 1, 3), None),
        ("On Sunday, October 6, 2019, troops left.", None, D(2019, 10, 6), None),
        # Nothing a reader would call a dateline or a date.
        ("No date here.", None, None, None),
        ("The council delayed its vote - again - on Tuesday.", None, None, None),
        ("Namun - seperti biasa - dia diam.", None, None, None),
        ("Presiden Joko Widodo, Menteri - keduanya hadir.", None, None, None),
        ("February 30, 2019", None, None, None),  # not a day on the calendar
        ("Warga mengungsi pada Senin (31/2/2025).", None, None, None),
    ],
)
def test_the_city_and_date_a_dateline_gives(
    opening: str, city: str | None, date: dt.date | None, month_day: tuple[int, int] | None
) -> None:
    found = _dateline(opening, "A second paragraph.")
    got = (found.city, found.date, (found.month, found.day) if found.month else None) if found else (None, None, None)
    assert got == (city, date, month_day)


def test_what_was_read_is_kept_as_printed() -> None:
    assert _dateline("NAIROBI, Nov 18 (Reuters) - Kenya said.") == Dateline(
        "NAIROBI, Nov 18 (Reuters) -", "Nairobi", None, 11, 18, date_text="Nov 18"
    )
    assert _dateline("JAKARTA (ANTARA) - Gubernur berkata pada Selasa (14/1/2025) bahwa jalan dibuka.") == Dateline(
        "JAKARTA (ANTARA) -", "Jakarta", D(2025, 1, 14), None, None, date_text="Selasa (14/1/2025)"
    )
    assert _dateline("CAIRO (AP) — Egypt said.") == Dateline("CAIRO (AP) —", "Cairo", None, None, None)


def test_a_named_day_completes_the_datelines_own_day_only() -> None:
    same = _dateline("NAIROBI, Nov 18 (Reuters) - Kenya said on Monday (Nov. 18, 2024) that rates fall.")
    assert same is not None and same.date == D(2024, 11, 18)
    other = _dateline("NAIROBI, Nov 18 (Reuters) - Kenya said on Friday (Nov. 15, 2024) that rates fall.")
    assert other is not None and (other.date, other.month, other.day) == (None, 11, 18)


def test_a_date_line_deep_in_the_text_is_not_the_articles_but_a_named_day_is_the_news_day() -> None:
    assert _dateline("One.", "Two.", "Three.", "October 8, 2019") is None
    named = _dateline("Bandung - Sekolah itu ditutup.", "Two.", "Three.", '"Kami menunggu," kata Rina, Senin (3/3/2025).')
    assert named is not None and (named.city, named.date, named.date_text) == ("Bandung", D(2025, 3, 3), "Senin (3/3/2025)")


def test_a_day_without_its_year_takes_it_from_the_same_day_named_further_on() -> None:
    same = _dateline("Bogor - Jembatan itu ambruk, Minggu (9/3) pagi.", '"Kayunya lapuk," kata Asep, Minggu (9/3/2025).')
    assert same is not None and (same.date, same.month, same.day) == (D(2025, 3, 9), None, None)
    other = _dateline("Bogor - Jembatan itu ambruk, Minggu (9/3) pagi.", "Sejak Jumat (7/3/2025) hujan turun.")
    assert other is not None and (other.date, other.month, other.day) == (None, 3, 9)


@pytest.mark.parametrize(
    ("paragraphs", "city", "date", "month_day"),
    [
        # The day the story was reported, printed with its year, a day or a few after the event it reports.
        (
            (
                "Palembang - Dua pemuda diamuk warga.",
                "Peristiwa itu terjadi pada Minggu (2/2) malam.",
                "kata Kompol Hendrik, Senin (3/2/2025).",
            ),
            "Palembang",
            D(2025, 2, 3),
            None,
        ),
        (
            (
                "JAKARTA, KOMPAS.com - Tanggul jebol pada Sabtu (18/1) dini hari.",
                '"Air naik cepat," ujar Rudi saat dihubungi, Minggu (19/1/2025).',
            ),
            "Jakarta",
            D(2025, 1, 19),
            None,
        ),
        (
            (
                "Jakarta, CNN Indonesia -- Gangguan terjadi Kamis (6/3).",
                "Hal itu disampaikan dalam keterangan tertulis, Jumat (7/3/2025).",
            ),
            "Jakarta",
            D(2025, 3, 7),
            None,
        ),
        (
            ("TEMPO.CO, Surabaya - Kebakaran terjadi pada Rabu, 5 Maret, malam.", "Ia mengatakannya pada Senin, 10 Maret 2025."),
            "Surabaya",
            D(2025, 3, 10),
            None,
        ),
        (
            ("Manado - Banjir merendam tiga desa, Selasa (30/12).", "kata Kepala BPBD, Jumat (2/1/2026)."),
            "Manado",
            D(2026, 1, 2),
            None,
        ),
        # Controls: the dateline's own day; a dated day the story looks back on, or one set weeks later; one day.
        (
            ("NAIROBI, Nov 18 (Reuters) - Kenya cut rates.", "The bank said on Wednesday (Nov. 20, 2024) it would act."),
            "Nairobi",
            None,
            (11, 18),
        ),
        (("Jakarta - Polisi menangkap dua orang, Kamis (9/1).", "Sidang digelar Senin (20/1/2025)."), "Jakarta", None, (1, 9)),
        (
            ("Jakarta (ANTARA) - Harga cabai naik pada Selasa (11/3).", "Kenaikan terjadi sejak Jumat (7/3/2025)."),
            "Jakarta",
            None,
            (3, 11),
        ),
        (("Jakarta (ANTARA) - Harga cabai naik pada Selasa (11/3).", "Pasokan turun."), "Jakarta", None, (3, 11)),
        (("Bima - Sapi hilang Selasa (8/4/2025).", "Pelaku ditangkap Kamis (10/4/2025)."), "Bima", D(2025, 4, 8), None),
    ],
)
def test_a_day_printed_with_its_year_after_the_event_is_the_day_reported(
    paragraphs: tuple[str, ...], city: str | None, date: dt.date | None, month_day: tuple[int, int] | None
) -> None:
    found = _dateline(*paragraphs)
    assert found is not None
    assert (found.city, found.date, (found.month, found.day) if found.month else None) == (city, date, month_day)


def test_a_dateline_after_a_subtitle_is_read() -> None:
    found = _dateline("Pemerintah menambah armada bus listrik", "JAKARTA, KOMPAS.com - Dinas Perhubungan menambah bus.")
    assert found is not None and found.city == "Jakarta"


ANTARA = """\
Halte baru dibuka di Jakarta

JAKARTA (ANTARA) - Gubernur meresmikan halte baru pada Selasa (14/1/2025) pagi.

Halte itu melayani tiga rute.
"""
WIKINEWS = "Doris Day dies\n\nThursday, May 16, 2019\n\nThe actor died on Monday.\n"


def test_the_article_page_shows_the_city_before_the_date() -> None:
    files = {
        "articles/people.yml": b"",
        "articles/2025/2025-01-14-halte.txt": ANTARA.encode(),
        "articles/2019/2019-05-16-doris-day.txt": WIKINEWS.encode(),
    }
    archive = load_archive(files)
    assert [str(p) for p in archive.problems] == []
    by_id = {article.id: article for article in archive.articles}
    # The page reads the opening only: a day named further on dates a new article, not a page.
    assert by_id["2025-01-14-halte"].dateline == Dateline("JAKARTA (ANTARA) -", "Jakarta", None, None, None)
    pages = as_files(generate_pages(archive, SITE_IDENTITY))
    halte = pages["articles/2025/2025-01-14-halte.md"]
    city = '<span class="dateline-city">Jakarta</span>'
    assert f'<p class="article-meta">{city} · <time datetime="2025-01-14">14 Januari 2025</time> · Bahasa Indonesia</p>' in halte
    doris = pages["articles/2019/2019-05-16-doris-day.md"]  # a date line names no city: the header is as before
    assert '<p class="article-meta"><time datetime="2019-05-16">May 16, 2019</time> · English</p>' in doris
