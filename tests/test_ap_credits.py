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

from support import con, rep


@dataclass(frozen=True)
class Case:
    """An article: its story paragraphs, its trailer as printed, and the credits a reader sees in it."""

    name: str
    story: tuple[str, ...]
    trailer: str
    credits: tuple[Credit, ...]
    byline: str | None = None
    """Printed above the story: credits, not a paragraph of it."""

    @property
    def text(self) -> str:
        return "\n\n".join([f"Title of {self.name}", *filter(None, [self.byline]), *self.story, self.trailer]) + "\n"


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


TUNING: tuple[Case, ...] = (
    Case(
        "en-jackson-mississippi",
        (
            "JACKSON, Miss. (AP) — Mississippi lawmakers passed a bill Thursday to expand postpartum Medicaid coverage.",
            "The governor has said he will sign it.",
        ),
        "Pesoli reported from Jackson, Mississippi. Associated Press writer Jeff Amy in Atlanta contributed.",
        (rep("Pesoli", "Jackson, Mississippi"), con("Jeff Amy", "Atlanta")),
    ),
    Case(
        "en-countries-no-oxford-comma",
        (
            "MANILA, Philippines (AP) — A typhoon slammed into the northern Philippines on Tuesday.",
            "At least 12 people were killed, officials said.",
            "The storm was expected to reach Vietnam by Thursday.",
        ),
        "___\n\nAP writers Jim Gomez in Manila, Philippines, Hau Dinh in Hanoi, Vietnam and Eileen Ng in Kuala Lumpur, "
        "Malaysia contributed to this report.",
        (
            con("Jim Gomez", "Manila, Philippines"),
            con("Hau Dinh", "Hanoi, Vietnam"),
            con("Eileen Ng", "Kuala Lumpur, Malaysia"),
        ),
    ),
    Case(
        "en-capitol-white-house",
        (
            "WASHINGTON (AP) — The Senate passed a stopgap spending bill late Friday, averting a shutdown.",
            "The House is expected to vote on it Saturday.",
        ),
        "Associated Press writers Lisa Mascaro and Mary Clare Jalonick at the Capitol and Zeke Miller at the White "
        "House contributed.",
        (con("Lisa Mascaro", "the Capitol"), con("Mary Clare Jalonick", "the Capitol"), con("Zeke Miller", "the White House")),
    ),
    Case(
        "en-reported-and-from",
        (
            "LONDON (AP) — Britain and Germany signed a defense pact Wednesday.",
            "The agreement covers joint patrols in the North Sea.",
        ),
        "Lawless reported from London and Moulson from Berlin.",
        (rep("Lawless", "London"), rep("Moulson", "Berlin")),
    ),
    Case(
        "en-aps-state-abbreviation",
        (
            "PROVIDENCE, R.I. (AP) — The first offshore wind farm to power a whole city began sending electricity Monday.",
            "It has 12 turbines.",
        ),
        "AP’s Jennifer McDermott in Providence, R.I., contributed to this report.",
        (con("Jennifer McDermott", "Providence, R.I."),),
    ),
    Case(
        "en-respectively-two-cities",
        (
            "BANGKOK (AP) — Thailand's central bank cut its key rate Wednesday for the second time this year.",
            "Markets in New York rose on the news.",
        ),
        "Rising and Peltz reported from Bangkok and New York, respectively.",
        (rep("Rising", "Bangkok"), rep("Peltz", "New York")),
    ),
    Case(
        "en-photographer-reporter-reporting",
        (
            "DEIR AL-BALAH, Gaza Strip (AP) — Aid trucks crossed into Gaza on Sunday for the first time in a week.",
            "Residents lined the road as they passed.",
        ),
        "Associated Press photographer Bernat Armangue in Gaza City and AP reporter Wafaa Shurafa in Deir al-Balah, "
        "Gaza Strip, contributed reporting.",
        (con("Bernat Armangue", "Gaza City"), con("Wafaa Shurafa", "Deir al-Balah, Gaza Strip")),
    ),
    Case(
        "en-surnames-contributed-from",
        (
            "GENEVA (AP) — The World Health Organization warned Thursday of a rise in cholera cases.",
            "Seventeen countries have reported outbreaks this year.",
        ),
        "Keaten reported from Geneva. Meldrum and Lawless contributed from London.",
        (rep("Keaten", "Geneva"), con("Meldrum", "London"), con("Lawless", "London")),
    ),
    Case(
        "en-follow-coverage",
        (
            "KYIV, Ukraine (AP) — Russian drones struck energy sites in three Ukrainian regions overnight.",
            "Power was cut to about 200,000 homes.",
        ),
        "Arhirova reported from Kyiv. AP writers Illia Novikov in Kyiv and Emma Burrows in London contributed.\n\n"
        "___\n\nFollow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
        (rep("Arhirova", "Kyiv"), con("Illia Novikov", "Kyiv"), con("Emma Burrows", "London")),
    ),
    Case(
        "en-byline-on-top",
        (
            "MIAMI (AP) — Venezuela released six Americans on Saturday, officials said.",
            "They were flown to Texas.",
        ),
        "Associated Press writer Regina Garcia Cano in Caracas, Venezuela, contributed to this report.",
        (
            Credit("Adriana Gomez Licon", "wrote"),
            Credit("Joshua Goodman", "wrote"),
            con("Regina Garcia Cano", "Caracas, Venezuela"),
        ),
        byline="By ADRIANA GOMEZ LICON and JOSHUA GOODMAN\nAssociated Press",
    ),
    Case(
        "en-state-capitol",
        (
            "SACRAMENTO, Calif. (AP) — California lawmakers approved a plan Monday to pay for wildfire cleanup.",
            "The bill now goes to the governor.",
        ),
        "AP writers Trân Nguyễn at the state Capitol in Sacramento and Christopher Weber in Los Angeles contributed.",
        (con("Trân Nguyễn", "the state Capitol in Sacramento"), con("Christopher Weber", "Los Angeles")),
    ),
    Case(
        "en-credit-rule-correction",
        (
            "SEATTLE (AP) — A tribe in Washington state won back fishing rights on the Skagit River on Friday.",
            "The ruling ends a dispute that lasted 40 years.",
        ),
        "___\n\nAssociated Press reporter Hallie Golden in Seattle contributed.\n\n___\n\n"
        "This story has been updated to correct the name of the tribe’s chairman.",
        (con("Hallie Golden", "Seattle"),),
    ),
    Case(
        "en-two-reported-sentences",
        (
            "SEOUL, South Korea (AP) — South Korea and Japan agreed Friday to resume regular summits.",
            "China criticized the move.",
        ),
        "Kim reported from Seoul, South Korea. Yamaguchi reported from Tokyo. AP writer Ken Moritsugu in Beijing contributed.",
        (rep("Kim", "Seoul, South Korea"), rep("Yamaguchi", "Tokyo"), con("Ken Moritsugu", "Beijing")),
    ),
    Case(
        "id-jackson-mississippi",
        (
            "JACKSON, Mississippi (AP) — Anggota parlemen Mississippi mengesahkan RUU perluasan Medicaid pada Kamis.",
            "Gubernur mengatakan akan menandatanganinya.",
        ),
        "Pesoli melaporkan dari Jackson, Mississippi. Penulis AP Jeff Amy di Atlanta berkontribusi dalam laporan ini.",
        (rep("Pesoli", "Jackson, Mississippi"), con("Jeff Amy", "Atlanta")),
    ),
    Case(
        "id-countries-no-comma",
        (
            "MANILA, Filipina (AP) — Topan menghantam Filipina utara pada Selasa.",
            "Sedikitnya 12 orang tewas.",
        ),
        "Penulis AP Jim Gomez di Manila, Filipina, Hau Dinh di Hanoi, Vietnam dan Eileen Ng di Kuala Lumpur, Malaysia "
        "turut berkontribusi.",
        (
            con("Jim Gomez", "Manila, Filipina"),
            con("Hau Dinh", "Hanoi, Vietnam"),
            con("Eileen Ng", "Kuala Lumpur, Malaysia"),
        ),
    ),
    Case(
        "id-serta",
        (
            "WASHINGTON (AP) — Senat AS mengesahkan RUU anggaran sementara pada Jumat malam.",
            "DPR diperkirakan memungut suara pada Sabtu.",
        ),
        "Wartawan Associated Press Lisa Mascaro dan Mary Clare Jalonick di Gedung Capitol serta Zeke Miller di Gedung "
        "Putih berkontribusi dalam laporan ini.",
        (
            con("Lisa Mascaro", "Gedung Capitol"),
            con("Mary Clare Jalonick", "Gedung Capitol"),
            con("Zeke Miller", "Gedung Putih"),
        ),
    ),
    Case(
        "id-masing-masing-two-cities",
        (
            "BANGKOK (AP) — Bank sentral Thailand memangkas suku bunga acuan pada Rabu.",
            "Pasar saham di New York naik.",
        ),
        "Rising dan Peltz masing-masing melaporkan dari Bangkok dan New York.",
        (rep("Rising", "Bangkok"), rep("Peltz", "New York")),
    ),
    Case(
        "id-reported-support",
        (
            "SALT LAKE CITY (AP) — Tujuh negara bagian kembali gagal sepakat soal pembagian air Sungai Colorado.",
            "Pemerintah federal akan memberlakukan pemangkasan jika tidak ada kesepakatan.",
        ),
        "Penulis AP Sam Metz melaporkan dari Salt Lake City, Utah.\n\n___\n\nLiputan iklim dan lingkungan AP menerima "
        "dukungan finansial dari beberapa yayasan swasta. AP sepenuhnya bertanggung jawab atas semua konten.",
        (rep("Sam Metz", "Salt Lake City, Utah"),),
    ),
    Case(
        "id-jurnalis-country",
        (
            "JAKARTA, Indonesia (AP) — Indonesia melarang ekspor bauksit mentah mulai Juni.",
            "Pemerintah ingin membangun lebih banyak smelter.",
        ),
        "Jurnalis AP Edna Tarigan di Jakarta, Indonesia, turut berkontribusi pada laporan ini.",
        (con("Edna Tarigan", "Jakarta, Indonesia"),),
    ),
    Case(
        "id-titles-mid-sentence",
        (
            "BANDA ACEH, Indonesia (AP) — Ratusan pengungsi Rohingya mendarat di pantai Aceh pada Minggu.",
            "Warga setempat menolak mereka turun dari kapal.",
        ),
        "Fotografer AP Achmad Ibrahim di Banda Aceh dan wartawan AP Niniek Karmini di Jakarta turut berkontribusi.",
        (con("Achmad Ibrahim", "Banda Aceh"), con("Niniek Karmini", "Jakarta")),
    ),
    Case(
        "id-untuk-dikoreksi",
        (
            "TOKYO (AP) — Jepang dan China sepakat membuka kembali jalur komunikasi militer.",
            "Kesepakatan itu dicapai setelah pembicaraan dua hari.",
        ),
        "Penulis AP Ken Moritsugu di Beijing dan Mari Yamaguchi di Tokyo berkontribusi untuk laporan ini.\n\n___\n\n"
        "Artikel ini telah dikoreksi untuk menunjukkan bahwa pembicaraan berlangsung dua hari, bukan tiga.",
        (con("Ken Moritsugu", "Beijing"), con("Mari Yamaguchi", "Tokyo")),
    ),
    Case(
        "id-capitol-white-house",
        (
            "WASHINGTON (AP) — Presiden menandatangani undang-undang infrastruktur pada Senin.",
            "Anggaran itu mencakup perbaikan jembatan di 50 negara bagian.",
        ),
        "Penulis Associated Press Zeke Miller di Gedung Putih dan Lisa Mascaro di Capitol berkontribusi.",
        (con("Zeke Miller", "Gedung Putih"), con("Lisa Mascaro", "Capitol")),
    ),
    Case(
        "id-surnames-dari",
        (
            "BOGOR, Indonesia (AP) — Longsor menutup jalan utama ke Puncak pada Sabtu.",
            "Tidak ada korban jiwa.",
        ),
        "Karmini melaporkan dari Jakarta dan Tarigan dari Bogor.",
        (rep("Karmini", "Jakarta"), rep("Tarigan", "Bogor")),
    ),
    Case(
        "id-state-capitol",
        (
            "SACRAMENTO, California (AP) — Anggota parlemen California menyetujui dana pembersihan kebakaran.",
            "RUU itu kini diserahkan kepada gubernur.",
        ),
        "Jurnalis AP Trân Nguyễn di gedung parlemen negara bagian di Sacramento ikut berkontribusi.",
        (con("Trân Nguyễn", "gedung parlemen negara bagian di Sacramento"),),
    ),
    Case(
        "id-reported-country-follow",
        (
            "CANBERRA, Australia (AP) — Australia akan membeli tiga kapal selam bekas dari Amerika Serikat.",
            "Selandia Baru menyambut baik rencana itu.",
        ),
        "Wartawan AP Rod McGuirk melaporkan dari Canberra, Australia. Penulis AP Nick Perry di Wellington, Selandia "
        "Baru, dan Charlotte Graham-McLay di Auckland berkontribusi.\n\n___\n\n"
        "Ikuti liputan AP tentang kawasan Asia-Pasifik di https://apnews.com/hub/asia-pacific",
        (
            rep("Rod McGuirk", "Canberra, Australia"),
            con("Nick Perry", "Wellington, Selandia Baru"),
            con("Charlotte Graham-McLay", "Auckland"),
        ),
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


@pytest.mark.parametrize("case", TUNING, ids=lambda case: case.name)
def test_ap_credits_are_read_and_the_trailer_is_not_the_story(case: Case) -> None:
    assert _read(case) == (list(case.story), case.credits, [])
