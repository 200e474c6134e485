"""Table tests for the credit paragraph parser: each printed form and what it means."""

from __future__ import annotations

import pytest

from build_scripts.model import Credit
from build_scripts.read.credits import parse_credits


def rep(name: str, city: str | None = None) -> Credit:
    return Credit(name, "reported", city)


def con(name: str, city: str | None = None) -> Credit:
    return Credit(name, "contributed", city)


def wrote(name: str) -> Credit:
    return Credit(name, "wrote")


CASES: list[tuple[str, tuple[Credit, ...] | None]] = [
    # The forms the parser must know.
    (
        "Baldor reported from Washington. AP writers Kim Tong-hyung in Seoul, South Korea, Ilya Novikov and Hanna Arhirova in Kyiv, Ukraine, Danica Kirka in London, and Jari Tanner in Helsinki contributed to this report.",
        (
            rep("Baldor", "Washington"),
            con("Kim Tong-hyung", "Seoul, South Korea"),
            con("Ilya Novikov", "Kyiv, Ukraine"),
            con("Hanna Arhirova", "Kyiv, Ukraine"),
            con("Danica Kirka", "London"),
            con("Jari Tanner", "Helsinki"),
        ),
    ),
    (
        "Baldor melaporkan di Washington. Penulis Associated Press Kim Tong-hyung di Seoul, Ilya Novikov dan Hanna Arhirova di Kiev, Ukraina, Danica Kirka di London, dan Jari Tanner di Helsinki berkontribusi pada laporan ini.",
        (
            rep("Baldor", "Washington"),
            con("Kim Tong-hyung", "Seoul"),
            con("Ilya Novikov", "Kiev, Ukraina"),
            con("Hanna Arhirova", "Kiev, Ukraina"),
            con("Danica Kirka", "London"),
            con("Jari Tanner", "Helsinki"),
        ),
    ),
    (
        "AP writers Kim Tong-hyung in Seoul, South Korea, Ilya Novikov and Hanna Arhirova in Kyiv, Ukraine, and Jari Tanner in Helsinki contributed.",
        (
            con("Kim Tong-hyung", "Seoul, South Korea"),
            con("Ilya Novikov", "Kyiv, Ukraine"),
            con("Hanna Arhirova", "Kyiv, Ukraine"),
            con("Jari Tanner", "Helsinki"),
        ),
    ),
    ("Baldor reported in Washington.", (rep("Baldor", "Washington"),)),
    ("Baldor melaporkan dari Washington.", (rep("Baldor", "Washington"),)),
    ("Baldor melapor dari Jakarta.", (rep("Baldor", "Jakarta"),)),
    ("Baldor and Madhani reported from Washington.", (rep("Baldor", "Washington"), rep("Madhani", "Washington"))),
    ("Baldor dan Madhani melaporkan dari Washington.", (rep("Baldor", "Washington"), rep("Madhani", "Washington"))),
    (
        "Baldor, Madhani and Miller reported from Kyiv, Ukraine.",
        (rep("Baldor", "Kyiv, Ukraine"), rep("Madhani", "Kyiv, Ukraine"), rep("Miller", "Kyiv, Ukraine")),
    ),
    ("Lolita C. Baldor reported from Washington, D.C.", (rep("Lolita C. Baldor", "Washington, D.C."),)),
    ("Associated Press writer Jari Tanner in Helsinki contributed to this report.", (con("Jari Tanner", "Helsinki"),)),
    ("AP writer Jari Tanner in Helsinki contributed.", (con("Jari Tanner", "Helsinki"),)),
    ("AP writer Jari Tanner in Helsinki contributed reporting.", (con("Jari Tanner", "Helsinki"),)),
    ("AP writer Jari Tanner in Helsinki contributed to this story.", (con("Jari Tanner", "Helsinki"),)),
    ("AP writer Jari Tanner contributed to this report.", (con("Jari Tanner"),)),
    ("Jari Tanner in Helsinki contributed.", (con("Jari Tanner", "Helsinki"),)),
    ("Penulis AP Jari Tanner di Helsinki berkontribusi dalam laporan ini.", (con("Jari Tanner", "Helsinki"),)),
    ("Penulis AP Jari Tanner di Helsinki turut berkontribusi.", (con("Jari Tanner", "Helsinki"),)),
    ("Penulis AP Jari Tanner berkontribusi pada laporan ini.", (con("Jari Tanner"),)),
    (
        "AP writers Jill Lawless in London, Geir Moulson in Berlin and Sylvie Corbet in Paris contributed.",
        (con("Jill Lawless", "London"), con("Geir Moulson", "Berlin"), con("Sylvie Corbet", "Paris")),
    ),
    (
        "AP writers Jill Lawless in London, Geir Moulson in Berlin, and Sylvie Corbet in Paris contributed.",
        (con("Jill Lawless", "London"), con("Geir Moulson", "Berlin"), con("Sylvie Corbet", "Paris")),
    ),
    (
        "Penulis AP Edna Tarigan di Jakarta dan Niniek Karmini di Bali turut berkontribusi.",
        (con("Edna Tarigan", "Jakarta"), con("Niniek Karmini", "Bali")),
    ),
    (
        "AP writers Jill Lawless, Danica Kirka and Sylvia Hui in London contributed.",
        (con("Jill Lawless", "London"), con("Danica Kirka", "London"), con("Sylvia Hui", "London")),
    ),
    (
        "AP writers Zeina Karam in Beirut, Abby Sewell, and Bassem Mroue contributed.",
        (con("Zeina Karam", "Beirut"), con("Abby Sewell"), con("Bassem Mroue")),
    ),
    ("AP writers Jill Lawless in London and Danica Kirka contributed.", (con("Jill Lawless", "London"), con("Danica Kirka"))),
    (
        "AP writers Jon Gambrell in Dubai, United Arab Emirates, and Samy Magdy in Cairo contributed.",
        (con("Jon Gambrell", "Dubai, United Arab Emirates"), con("Samy Magdy", "Cairo")),
    ),
    (
        "AP writers Jon Gambrell in Dubai, and Lee Keath and Abdulrahman al-Zaabi in Cairo contributed.",
        (con("Jon Gambrell", "Dubai"), con("Lee Keath", "Cairo"), con("Abdulrahman al-Zaabi", "Cairo")),
    ),
    # Ambiguous without a gazetteer; the rule reads a short item between places as a place.
    (
        "AP writers Jon Gambrell in Dubai, Samy Magdy, Lee Keath and Bassem Mroue in Cairo contributed.",
        (con("Jon Gambrell", "Dubai, Samy Magdy"), con("Lee Keath", "Cairo"), con("Bassem Mroue", "Cairo")),
    ),
    (
        "AP writers Jon Gambrell in Dubai, Samy Magdy, Lee Keath, and Bassem Mroue in Cairo contributed.",
        (con("Jon Gambrell", "Dubai"), con("Samy Magdy", "Cairo"), con("Lee Keath", "Cairo"), con("Bassem Mroue", "Cairo")),
    ),
    (
        "Associated Press writer María Verza in Mexico City and Mauricio Savarese in Rio de Janeiro contributed.",
        (con("María Verza", "Mexico City"), con("Mauricio Savarese", "Rio de Janeiro")),
    ),
    ("Lolita C. Baldor wrote this story.", (wrote("Lolita C. Baldor"),)),
    ("Baldor menulis laporan ini.", (wrote("Baldor"),)),
    (
        "Baldor wrote this story. AP writer Jari Tanner in Helsinki contributed.",
        (wrote("Baldor"), con("Jari Tanner", "Helsinki")),
    ),
    (
        "Lolita C. Baldor reported from St. Louis. AP writer Jari Tanner in Helsinki contributed.",
        (rep("Lolita C. Baldor", "St. Louis"), con("Jari Tanner", "Helsinki")),
    ),
    (
        "  Baldor\nreported from\u00a0Washington.\n\nAP writer Jari  Tanner\u202fin Helsinki contributed. ",
        (rep("Baldor", "Washington"), con("Jari Tanner", "Helsinki")),
    ),
    # Not a credit line, or not wholly one: the caller shows these verbatim.
    ("", None),
    (" \n\u00a0", None),
    ("Source: AP", None),
    ("Sumber: Associated Press", None),
    ("Sumber", None),
    ("This story was updated to correct the spelling of a name.", None),
    ("Baldor reported from Washington. This story was updated to correct a name.", None),
    ("AP writer Jari Tanner in Helsinki contributed to this report. Read more at apnews.com.", None),
    ("Baldor reported from Washington", None),
    ("baldor reported from Washington.", None),
    ("Baldor reported from Washington on Tuesday.", None),
    ("Baldor in Washington and Madhani reported from Kyiv.", None),
    ("AP writers contributed to this report.", None),
    ("and Jari Tanner in Helsinki contributed.", None),
    ("AP writers Jari Tanner in Helsinki, and contributed.", None),
    ("AP writers Jari Tanner in Helsinki, Danica Kirka in contributed.", None),
    ("The Associated Press receives support from the Walton Family Foundation.", None),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_parse_credits(paragraph: str, expected: tuple[Credit, ...] | None) -> None:
    assert parse_credits(paragraph) == expected
