"""AP credit trailers, in English and as Indonesian outlets print AP in translation, read as a reader would:
every credit as printed, with its role and city, and no line of the trailer left as a story paragraph.

The articles are this file's own, written to vary what AP prints, not what the rules were written for.
`HELD_ASIDE` was committed before the rules were changed for it and was not tuned on: it measures them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from build_scripts.model import Credit
from build_scripts.read.credits import read_trailer
from build_scripts.read.raw_text import parse_raw


@dataclass(frozen=True)
class Case:
    """An article: its story paragraphs, its trailer as printed, and the credits a reader sees in it."""

    name: str
    story: tuple[str, ...]
    trailer: str
    credits: tuple[Credit, ...]

    @property
    def text(self) -> str:
        return "\n\n".join([f"Title of {self.name}", *self.story, self.trailer]) + "\n"


def rep(name: str, city: str | None = None) -> Credit:
    return Credit(name, "reported", city)


def con(name: str, city: str | None = None) -> Credit:
    return Credit(name, "contributed", city)


HELD_ASIDE: tuple[Case, ...] = (
    Case(
        "en-canberra-wellington",
        (
            "CANBERRA, Australia (AP) — Australia and New Zealand agreed Tuesday to pool their navies' spare parts.",
            "The deal, signed by both defense ministers, takes effect in March.",
        ),
        "___\n\nAssociated Press writers Rod McGuirk in Canberra, Australia, and Nick Perry in Wellington, New Zealand, "
        "contributed to this report.",
        (con("Rod McGuirk", "Canberra, Australia"), con("Nick Perry", "Wellington, New Zealand")),
    ),
    Case(
        "en-jackson-miss",
        (
            "JACKSON, Miss. (AP) — The city's water plant failed again Monday, leaving 150,000 people under a boil notice.",
            "Mayor Chokwe Antar Lumumba said crews were working through the night.",
            '"We are not where we want to be," he said.',
        ),
        "Mumphrey reported from Jackson, Miss. AP reporter Sophia Tareen in Chicago contributed.",
        (rep("Mumphrey", "Jackson, Miss."), con("Sophia Tareen", "Chicago")),
    ),
    Case(
        "en-washington-united-nations",
        (
            "WASHINGTON (AP) — The United States will put a new cease-fire resolution to a vote Friday, diplomats said.",
            "The draft, seen by The Associated Press, calls for talks within 30 days.",
        ),
        "Associated Press writers Ellen Knickmeyer and Matthew Lee in Washington and Edith M. Lederer at the "
        "United Nations contributed to this report.",
        (
            con("Ellen Knickmeyer", "Washington"),
            con("Matthew Lee", "Washington"),
            con("Edith M. Lederer", "the United Nations"),
        ),
    ),
    Case(
        "en-respectively",
        (
            "DUBAI, United Arab Emirates (AP) — Shipping through the Red Sea fell by a third in January, data showed.",
            "Insurers have raised premiums for vessels linked to Western owners.",
        ),
        "___\n\nGambrell and Magdy reported from Dubai, United Arab Emirates, and Cairo, respectively.",
        (rep("Gambrell", "Dubai, United Arab Emirates"), rep("Magdy", "Cairo")),
    ),
    Case(
        "en-medical-writer-support",
        (
            "NEW YORK (AP) — Measles cases in the U.S. this year have passed last year's total, health officials said.",
            "Most of the cases were in children who had not been vaccinated.",
        ),
        "AP Medical Writer Mike Stobbe in New York and AP video journalist Nathan Ellgren in Philadelphia "
        "contributed.\n\n___\n\nThe Associated Press Health and Science Department receives support from the Howard "
        "Hughes Medical Institute’s Science and Educational Media Group and the Robert Wood Johnson Foundation. The "
        "AP is solely responsible for all content.",
        (con("Mike Stobbe", "New York"), con("Nathan Ellgren", "Philadelphia")),
    ),
    Case(
        "en-semicolons-climate-support",
        (
            "SALT LAKE CITY (AP) — Seven states failed again Wednesday to agree on how to share the Colorado River.",
            "Federal officials said they would impose cuts if no deal was reached by summer.",
            '"The river does not care about our deadlines," one negotiator said.',
        ),
        "Associated Press writers Sam Metz in Salt Lake City; Gabriela Aoun Angueira in San Diego; and Dorany "
        "Pineda in Los Angeles contributed.\n\n___\n\nThe Associated Press’ climate and environmental coverage "
        "receives financial support from multiple private foundations. AP is solely responsible for all content. "
        "Find AP’s standards for working with philanthropies, a list of supporters and funded coverage areas at AP.org.",
        (con("Sam Metz", "Salt Lake City"), con("Gabriela Aoun Angueira", "San Diego"), con("Dorany Pineda", "Los Angeles")),
    ),
    Case(
        "en-sports-writers-hub",
        (
            "ARLINGTON, Texas (AP) — The Dallas Cowboys lost their starting quarterback to a knee injury Sunday.",
            "Coach Brian Schottenheimer said the team would know more after scans on Monday.",
        ),
        "AP Sports Writers Stephen Hawkins in Arlington, Texas, and Schuyler Dixon contributed.\n\n___\n\n"
        "AP NFL: https://apnews.com/hub/nfl",
        (con("Stephen Hawkins", "Arlington, Texas"), con("Schuyler Dixon")),
    ),
    Case(
        "id-canberra-lead-full",
        (
            "CANBERRA, Australia (AP) — Australia dan Selandia Baru sepakat menggabungkan suku cadang angkatan laut mereka.",
            "Kesepakatan itu mulai berlaku pada Maret.",
        ),
        "___\n\nPenulis Associated Press Niniek Karmini di Jakarta dan Rod McGuirk di Canberra, Australia, "
        "berkontribusi dalam laporan ini.",
        (con("Niniek Karmini", "Jakarta"), con("Rod McGuirk", "Canberra, Australia")),
    ),
    Case(
        "id-pbb",
        (
            "PERSERIKATAN BANGSA-BANGSA (AP) — Dewan Keamanan PBB akan memungut suara atas rancangan resolusi gencatan senjata.",
            "Rancangan itu meminta perundingan dimulai dalam 30 hari.",
        ),
        "Wartawan Associated Press Edith M. Lederer melaporkan dari Perserikatan Bangsa-Bangsa. Penulis AP Matthew "
        "Lee di Washington turut berkontribusi.",
        (rep("Edith M. Lederer", "Perserikatan Bangsa-Bangsa"), con("Matthew Lee", "Washington")),
    ),
    Case(
        "id-masing-masing",
        (
            "DUBAI, Uni Emirat Arab (AP) — Pelayaran melalui Laut Merah turun sepertiga pada Januari.",
            "Perusahaan asuransi menaikkan premi bagi kapal milik perusahaan Barat.",
        ),
        "Gambrell dan Magdy masing-masing melaporkan dari Dubai, Uni Emirat Arab, dan Kairo.",
        (rep("Gambrell", "Dubai, Uni Emirat Arab"), rep("Magdy", "Kairo")),
    ),
    Case(
        "id-titles-lowercase",
        (
            "NEW YORK (AP) — Kasus campak di Amerika Serikat tahun ini telah melampaui jumlah tahun lalu.",
            "Sebagian besar kasus terjadi pada anak-anak yang belum divaksin.",
            '"Ini bisa dicegah," kata seorang pejabat kesehatan.',
        ),
        "Jurnalis video AP Nathan Ellgren di Philadelphia dan penulis medis AP Mike Stobbe di New York turut berkontribusi.",
        (con("Nathan Ellgren", "Philadelphia"), con("Mike Stobbe", "New York")),
    ),
    Case(
        "id-diperbaiki",
        (
            "JAKARTA, Indonesia (AP) — Gunung berapi di Maluku Utara meletus lagi pada Senin.",
            "Sekitar 3.000 warga mengungsi ke desa-desa di pesisir.",
        ),
        "Tarigan melaporkan dari Jakarta. Penulis AP Dake Kang di Beijing berkontribusi pada laporan ini.\n\n"
        "Artikel ini telah diperbaiki untuk menunjukkan bahwa gunung itu berada di Maluku Utara, bukan Sulawesi Utara.",
        (rep("Tarigan", "Jakarta"), con("Dake Kang", "Beijing")),
    ),
    Case(
        "id-photographer-follow",
        (
            "JAKARTA, Indonesia (AP) — Banjir merendam sebagian Jakarta setelah hujan deras semalaman.",
            "Ribuan warga mengungsi ke masjid dan sekolah.",
        ),
        "Fotografer Associated Press Dita Alangkara di Jakarta turut berkontribusi dalam laporan ini.\n\n___\n\n"
        "Ikuti liputan AP tentang perubahan iklim di https://apnews.com/hub/climate-and-environment",
        (con("Dita Alangkara", "Jakarta"),),
    ),
    Case(
        "id-semicolons-countries",
        (
            "MANILA, Filipina (AP) — Topan menghantam Filipina utara pada Selasa dan bergerak ke Vietnam.",
            "Sedikitnya 12 orang tewas.",
        ),
        "Penulis AP Kiko Rosario dan Jim Gomez di Manila, Filipina; Hau Dinh di Hanoi, Vietnam; dan Eileen Ng di "
        "Kuala Lumpur, Malaysia, turut berkontribusi pada laporan ini.",
        (
            con("Kiko Rosario", "Manila, Filipina"),
            con("Jim Gomez", "Manila, Filipina"),
            con("Hau Dinh", "Hanoi, Vietnam"),
            con("Eileen Ng", "Kuala Lumpur, Malaysia"),
        ),
    ),
    Case(
        "id-province-support",
        (
            "SURABAYA, Indonesia (AP) — Kekeringan mengeringkan sawah di Jawa Timur.",
            "Petani mengatakan panen tahun ini bisa turun separuh.",
        ),
        "Penulis AP Edna Tarigan melaporkan dari Surabaya, Jawa Timur. Wartawan AP Victoria Milko di Jakarta ikut "
        "berkontribusi.\n\nLiputan iklim dan lingkungan Associated Press mendapat dukungan dana dari beberapa yayasan "
        "swasta. AP bertanggung jawab penuh atas semua konten.",
        (rep("Edna Tarigan", "Surabaya, Jawa Timur"), con("Victoria Milko", "Jakarta")),
    ),
)


def _read(case: Case) -> tuple[list[str], tuple[Credit, ...], list[str]]:
    raw, problems = parse_raw(f"{case.name}.txt", case.text)
    assert raw is not None and problems == []
    credits, flags = read_trailer(raw.trailer)
    return [paragraph.text for paragraph in raw.body], credits, [flag.text for flag in flags]


@pytest.mark.parametrize("case", HELD_ASIDE, ids=lambda case: case.name)
def test_held_aside_ap_credits_are_read_and_the_trailer_is_not_the_story(case: Case) -> None:
    assert _read(case) == (list(case.story), case.credits, [])
