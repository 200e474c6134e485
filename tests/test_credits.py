"""Table tests for the credit reader: each newsroom's printed form, what it means, and what is not a credit."""

from __future__ import annotations

import pytest

from build_scripts.model import Credit, Paragraph
from build_scripts.read.credits import CreditReading, Flag, Part, parse_credits, read_trailer

from support import con, rep, wrote

CASES: list[tuple[str, tuple[Credit, ...]]] = [
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
    # A country after the last place, writers at a place, in English and in Indonesian translation.
    ("AP writer Amina Wanjiru in Nairobi, Kenya, contributed.", (con("Amina Wanjiru", "Nairobi, Kenya"),)),
    ("Penulis AP Maria Dela Cruz di Manila, Filipina, berkontribusi.", (con("Maria Dela Cruz", "Manila, Filipina"),)),
    (
        "Price reported from Kyiv, Ukraine. AP writers Tom Hale at the White House and Ana Ruiz in Lima, Peru, contributed.",
        (rep("Price", "Kyiv, Ukraine"), con("Tom Hale", "the White House"), con("Ana Ruiz", "Lima, Peru")),
    ),
    ("Hale reported from the White House.", (rep("Hale", "the White House"),)),
    ("Hale melaporkan dari Gedung Putih.", (rep("Hale", "Gedung Putih"),)),
    ("Hale and Ruiz reported from Lima, Peru.", (rep("Hale", "Lima, Peru"), rep("Ruiz", "Lima, Peru"))),
    (
        "Reporting by Amina Wanjiru in Nairobi and Dawit Bekele in Addis Ababa; Additional reporting by Omar Farah; "
        "Writing by Grace Otieno; Editing by Peter Marsh and Lena Holt",
        (
            rep("Amina Wanjiru", "Nairobi"),
            rep("Dawit Bekele", "Addis Ababa"),
            con("Omar Farah"),
            wrote("Grace Otieno"),
            Credit("Peter Marsh", "edited"),
            Credit("Lena Holt", "edited"),
        ),
    ),
    ("(Reporting by Amina Wanjiru; Editing by Peter Marsh)", (rep("Amina Wanjiru"), Credit("Peter Marsh", "edited"))),
    (
        "Reporting by Amina Wanjiru and Dawit Bekele in Nairobi, Kenya; editing by Peter Marsh.",
        (rep("Amina Wanjiru", "Nairobi, Kenya"), rep("Dawit Bekele", "Nairobi, Kenya"), Credit("Peter Marsh", "edited")),
    ),
    ("With AFP", (Credit("AFP", "contributed"),)),
    ("-- AFP", (Credit("AFP", "wrote"),)),
    (
        "Pewarta: Ahmad Fauzi Editor: Budi Santoso",
        (rep("Ahmad Fauzi"), Credit("Budi Santoso", "edited")),
    ),
    (
        "Pewarta: Ahmad Fauzi\nPenerjemah: Citra Dewi\nEditor: Budi Santoso",
        (rep("Ahmad Fauzi"), Credit("Citra Dewi", "translated"), Credit("Budi Santoso", "edited")),
    ),
    ("Pewarta: Ahmad Fauzi/Rina Marlina", (rep("Ahmad Fauzi"), rep("Rina Marlina"))),
    ("Penulis : Singgih Wiryono | Editor : Dani Prabowo", (wrote("Singgih Wiryono"), Credit("Dani Prabowo", "edited"))),
    (
        "Reporter: Dewi Lestari\nPenulis: Yoga Pratama\nEditor: Tri Wahyuni",
        (rep("Dewi Lestari"), wrote("Yoga Pratama"), Credit("Tri Wahyuni", "edited")),
    ),
    ("Fotografer: Aditya Putra", (Credit("Aditya Putra", "photographed"),)),
    (
        "AP writer Tom Hale at the White House and Associated Press writer Ana Ruiz in Lima, Peru, contributed.",
        (con("Tom Hale", "the White House"), con("Ana Ruiz", "Lima, Peru")),
    ),
    ("Reporting by Maria dela Paz; Editing by Tom Hill", (rep("Maria dela Paz"), Credit("Tom Hill", "edited"))),
    ("ANTARA berkontribusi dalam penulisan artikel ini.", (con("ANTARA"),)),
    ("(With AFP and Reuters)", (con("AFP"), con("Reuters"))),
    ("Written by Jane Doe; edited by Tom Hill", (wrote("Jane Doe"), Credit("Tom Hill", "edited"))),
    ("Ditulis oleh Rina Marlina, disunting oleh Budi Santoso", (wrote("Rina Marlina"), Credit("Budi Santoso", "edited"))),
    ("Penyusun: Rina Marlina", (wrote("Rina Marlina"),)),
    ("Written by Ayu Utami. Edited by Rizal Harahap.", (wrote("Ayu Utami"), Credit("Rizal Harahap", "edited"))),
    (
        "Laporan oleh Stanley Widianto; Penyuntingan oleh Kanupriya Kapoor",
        (rep("Stanley Widianto"), Credit("Kanupriya Kapoor", "edited")),
    ),
    ("Penulisan oleh Rina Marlina. Penyunting oleh Budi Santoso", (wrote("Rina Marlina"), Credit("Budi Santoso", "edited"))),
    (
        "Terjemahan oleh Yuni Sinaga; Disunting oleh Joko Santoso",
        (Credit("Yuni Sinaga", "translated"), Credit("Joko Santoso", "edited")),
    ),
    ("Foto: ANTARA/Aditya Putra", (Credit("Aditya Putra", "photographed"),)),
    ("Foto: ANTARA", (Credit("ANTARA", "photographed"),)),
    (
        "Penulis: Kontributor Garut, Ari Maulana | Editor: Dony Aprian",
        (Credit("Ari Maulana", "wrote", "Garut"), Credit("Dony Aprian", "edited")),
    ),
    (
        "Associated Press writers Ana Lopez at the United Nations in New York and Mark Chen in Geneva contributed to "
        "this report.",
        (con("Ana Lopez", "the United Nations in New York"), con("Mark Chen", "Geneva")),
    ),
    (
        "AP writers Sam Ortiz, Dana Kell and Ruth Ngo at the Statehouse in Austin, Texas, contributed to this report.",
        tuple(con(name, "the Statehouse in Austin, Texas") for name in ("Sam Ortiz", "Dana Kell", "Ruth Ngo")),
    ),
    (
        "Okafor reported from the White House in Washington. AP writer Lin Wei in Taipei, Taiwan, and AP video "
        "journalist Joe Park at the Pentagon contributed.",
        (rep("Okafor", "the White House in Washington"), con("Lin Wei", "Taipei, Taiwan"), con("Joe Park", "the Pentagon")),
    ),
    (
        "Penulis AP Budi Santoso di Gedung DPR di Jakarta dan Maria Ulfa di Surabaya berkontribusi pada laporan ini.",
        (con("Budi Santoso", "Gedung DPR di Jakarta"), con("Maria Ulfa", "Surabaya")),
    ),
    ("Hartono melaporkan dari Istana Merdeka di Jakarta.", (rep("Hartono", "Istana Merdeka di Jakarta"),)),
    (
        "Associated Press writers Maria Verza in Mexico City; Gisela Salomon in Miami; and Regina Garcia Cano in "
        "Caracas, Venezuela, contributed to this report.",
        (con("Maria Verza", "Mexico City"), con("Gisela Salomon", "Miami"), con("Regina Garcia Cano", "Caracas, Venezuela")),
    ),
    (
        "Penulis AP Ana Ruiz di Lima, Peru; Tom Hale di Quito, Ekuador; dan Lin Wei di Taipei berkontribusi dalam laporan ini.",
        (con("Ana Ruiz", "Lima, Peru"), con("Tom Hale", "Quito, Ekuador"), con("Lin Wei", "Taipei")),
    ),
    ("Associated Press writer Aamer Hadi contributed from Washington.", (con("Aamer Hadi", "Washington"),)),
    ("Associated Press video journalist Ana Ruiz contributed reporting from Lima, Peru.", (con("Ana Ruiz", "Lima, Peru"),)),
    (
        "Associated Press writers Zeke Mill aboard Air Force One and Josh Boam in Washington contributed to this report.",
        (con("Zeke Mill", "Air Force One"), con("Josh Boam", "Washington")),
    ),
    # A country or state is its city's, whatever the commas: never a person.
    (
        "AP writers Ana Ruiz in Lima, Peru and Tom Hale in Quito, Ecuador contributed.",
        (con("Ana Ruiz", "Lima, Peru"), con("Tom Hale", "Quito, Ecuador")),
    ),
    (
        "Penulis AP Ana Ruiz di Lima, Peru dan Tom Hale di Quito, Ekuador turut berkontribusi dalam peliputan ini.",
        (con("Ana Ruiz", "Lima, Peru"), con("Tom Hale", "Quito, Ekuador")),
    ),
    ("Doe reported from Helena, Mont.", (rep("Doe", "Helena, Mont."),)),
    ("AP writer Jane Doe in Helena, Mont., contributed.", (con("Jane Doe", "Helena, Mont."),)),
    # Each name its own place, or the places in the names' order.
    ("Doe reported from Lima and Roe from Quito, Ecuador.", (rep("Doe", "Lima"), rep("Roe", "Quito, Ecuador"))),
    ("Doe melaporkan dari Lima dan Roe dari Quito.", (rep("Doe", "Lima"), rep("Roe", "Quito"))),
    (
        "Doe and Roe reported from Lima, Peru, and Quito, respectively.",
        (rep("Doe", "Lima, Peru"), rep("Roe", "Quito")),
    ),
    ("Doe dan Roe masing-masing melaporkan dari Lima dan New York.", (rep("Doe", "Lima"), rep("Roe", "New York"))),
    # Job titles, AP's possessive, "serta", a building described in common words.
    (
        "AP Chief Medical Writer Ana Ruiz and AP video journalist Tom Hale contributed reporting.",
        (con("Ana Ruiz"), con("Tom Hale")),
    ),
    ("AP’s Ana Ruiz in Lima contributed.", (con("Ana Ruiz", "Lima"),)),
    (
        "Jurnalis video AP Ana Ruiz di Lima serta fotografer AP Tom Hale di Quito turut berkontribusi.",
        (con("Ana Ruiz", "Lima"), con("Tom Hale", "Quito")),
    ),
    (
        "AP writer Ana Ruiz at the state Capitol in Boise contributed.",
        (con("Ana Ruiz", "the state Capitol in Boise"),),
    ),
    # Other verbs and orders: "also", "reported this story", "meliput", "membantu", "Contributing … were".
    ("Doe reported from Reno, and Roe reported from Boise, Idaho.", (rep("Doe", "Reno"), rep("Roe", "Boise, Idaho"))),
    ("Doe reported this story from Reno. Roe also contributed.", (rep("Doe", "Reno"), con("Roe"))),
    ("AP writer Jane Doe contributed to this report from Reno.", (con("Jane Doe", "Reno"),)),
    ("Penulis AP Jane Doe meliput dari Reno.", (rep("Jane Doe", "Reno"),)),
    ("Penulis AP Jane Doe di Reno ikut membantu penulisan laporan ini.", (con("Jane Doe", "Reno"),)),
    ("Jane Doe juga berkontribusi.", (con("Jane Doe"),)),
    (
        "Contributing to this report were AP writers Jane Doe in Reno and John Roe in Boise, Idaho.",
        (con("Jane Doe", "Reno"), con("John Roe", "Boise, Idaho")),
    ),
    (
        "Turut berkontribusi dalam laporan ini penulis AP Jane Doe di Reno dan John Roe di Boise.",
        (con("Jane Doe", "Reno"), con("John Roe", "Boise")),
    ),
    ("Doe reported from Reno and Las Vegas.", (rep("Doe", "Reno and Las Vegas"),)),
    (
        "Penulis AP Jane Doe dari Reno dan John Roe dari Boise berkontribusi.",
        (con("Jane Doe", "Reno"), con("John Roe", "Boise")),
    ),
    (
        "Laporan tambahan oleh Jane Doe di Reno; disunting oleh John Roe",
        (con("Jane Doe", "Reno"), Credit("John Roe", "edited")),
    ),
    # AP's byline above the story, in capitals as printed there: the writers.
    ("By JANE DOE and JOHN O’ROE\nAssociated Press", (wrote("Jane Doe"), wrote("John O’Roe"))),
    ("By Jane Doe, The Associated Press", (wrote("Jane Doe"),)),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_ap_credits_are_read_whole(paragraph: str, expected: tuple[Credit, ...]) -> None:
    assert parse_credits(paragraph) == CreditReading(credits=expected)


def _initials(name: str, role: str) -> Credit:
    return Credit(name, role, initials=True)


@pytest.mark.parametrize(
    ("paragraph", "credits"),
    [
        ("(mdk/ded)", (_initials("mdk", "wrote"), _initials("ded", "edited"))),
        ("[rdp/imk]", (_initials("rdp", "wrote"), _initials("imk", "edited"))),
        ("(mnf)", (_initials("mnf", "wrote"),)),
        ("bur-fz/pdw", (_initials("fz", "wrote"), _initials("pdw", "edited"))),
        ("ll/ach/sst", (_initials("ll", "wrote"), _initials("ach", "edited"), _initials("sst", "edited"))),
    ],
)
def test_initials_are_kept_as_printed_and_marked(paragraph: str, credits: tuple[Credit, ...]) -> None:
    assert parse_credits(paragraph) == CreditReading(credits=credits, initials=(Part(paragraph, 0),))


def _kinds(paragraph: str) -> tuple[list[str], list[str], list[str], list[str]]:
    reading = parse_credits(paragraph)
    names = [f"{credit.name}: {credit.role}" for credit in reading.credits]
    return names, [p.text for p in reading.not_understood], [p.text for p in reading.notices], [p.text for p in reading.story]


@pytest.mark.parametrize(
    ("paragraph", "credits", "unread", "notices", "story"),
    [
        # Read part by part: what is understood is kept, what is not is returned.
        (
            "Pewarta: Ahmad Fauzi Editor: Budi Santoso COPYRIGHT © ANTARA 2024",
            ["Ahmad Fauzi: reported", "Budi Santoso: edited"],
            [],
            ["COPYRIGHT © ANTARA 2024"],
            [],
        ),
        # Line breaks lost when a page is copied: a label glued to the name before it still starts a field.
        (
            "Pewarta: Ahmad FauziEditor: Budi SantosoCOPYRIGHT © ANTARA 2024",
            ["Ahmad Fauzi: reported", "Budi Santoso: edited"],
            [],
            ["COPYRIGHT © ANTARA 2024"],
            [],
        ),
        (
            "Reporter: Hendrik YaputraEditor: Sunudyantoro",
            ["Hendrik Yaputra: reported", "Sunudyantoro: edited"],
            [],
            [],
            [],
        ),
        (
            "Pewarta: Lia WanadrianiPenerjemah: Mecca YumnaEditor: Primayanti",
            ["Lia Wanadriani: reported", "Mecca Yumna: translated", "Primayanti: edited"],
            [],
            [],
            [],
        ),
        (
            "Pewarta: Ahmad Fauzi\nEditor: Budi Santoso (ed.)\nCOPYRIGHT © ANTARA 2024",
            ["Ahmad Fauzi: reported"],
            ["Editor: Budi Santoso (ed.)"],
            ["COPYRIGHT © ANTARA 2024"],
            [],
        ),
        (
            "Baldor reported from Washington. AP writer Jari Tanner, on assignment near Helsinki, contributed.",
            ["Baldor: reported"],
            ["AP writer Jari Tanner, on assignment near Helsinki, contributed."],
            [],
            [],
        ),
        (
            "Reporting by Amina Wanjiru in Nairobi; Writing by the desk team; Editing by Peter Marsh",
            ["Amina Wanjiru: reported", "Peter Marsh: edited"],
            [],
            ["Writing by the desk team"],
            [],
        ),
        ("Baldor reported from Washington on Tuesday.", [], ["Baldor reported from Washington on Tuesday."], [], []),
        # Shaped like a credit, naming nobody: nothing to name, so nothing to report.
        ("A reporter in Bandung contributed.", [], [], ["A reporter in Bandung contributed."], []),
        ("AP writers contributed to this report.", [], [], ["AP writers contributed to this report."], []),
        ("Editor:", [], ["Editor:"], [], []),
        # Notices: not credits, not the story.
        (
            "Baldor reported from Washington. This story was updated to correct a name.",
            ["Baldor: reported"],
            [],
            ["This story was updated to correct a name."],
            [],
        ),
        (
            "AP writer Jari Tanner in Helsinki contributed to this report. Read more at apnews.com.",
            ["Jari Tanner: contributed"],
            [],
            ["Read more at apnews.com."],
            [],
        ),
        (
            "This story has been corrected to show the minister is Jane Doe.",
            [],
            [],
            ["This story has been corrected to show the minister is Jane Doe."],
            [],
        ),
        ("Koreksi: Berita ini telah diperbaiki.", [], [], ["Koreksi: Berita ini telah diperbaiki."], []),
        ("Baca juga: Banjir rendam Jakarta", [], [], ["Baca juga: Banjir rendam Jakarta"], []),
        ("Pilihan Editor: Harga beras naik lagi", [], [], ["Pilihan Editor: Harga beras naik lagi"], []),
        (
            "Copyright 2024 The Associated Press. All rights reserved.",
            [],
            [],
            ["Copyright 2024 The Associated Press. All rights reserved."],
            [],
        ),
        ("[Gambas:Video CNN]", [], [], ["[Gambas:Video CNN]"], []),
        ("(c) 2025 Reuters\nAll rights reserved.", [], [], ["(c) 2025 Reuters", "All rights reserved."], []),
        ("Baca berita lengkapnya di sini.", [], [], ["Baca berita lengkapnya di sini."], []),
        (
            "Koreksi (14/1/2025): Nama kepala dinas diperbaiki.",
            [],
            [],
            ["Koreksi (14/1/2025): Nama kepala dinas diperbaiki."],
            [],
        ),
        (
            "An earlier version of this story misspelled a name.",
            [],
            [],
            ["An earlier version of this story misspelled a name."],
            [],
        ),
        ("Simak Video: Banjir di Bekasi", [], [], ["Simak Video: Banjir di Bekasi"], []),
        (
            "Jane Doe reported from Reno. AP is solely responsible for all content.",
            ["Jane Doe: reported"],
            [],
            ["AP is solely responsible for all content."],
            [],
        ),
        (
            "AP sepenuhnya bertanggung jawab atas semua konten.",
            [],
            [],
            ["AP sepenuhnya bertanggung jawab atas semua konten."],
            [],
        ),
        (
            "This story was first published on May 3. It was updated to correct a name.",
            [],
            [],
            ["This story was first published on May 3. It was updated to correct a name."],
            [],
        ),
        ("More on the vote: https://apnews.com/hub/election", [], [], ["More on the vote: https://apnews.com/hub/election"], []),
        (
            "Artikel ini merupakan terjemahan dari laporan Associated Press.",
            [],
            [],
            ["Artikel ini merupakan terjemahan dari laporan Associated Press."],
            [],
        ),
        # A byline needs capitals or full names: "By Tuesday" is a sentence's start.
        ("By Tuesday", [], [], [], ["By Tuesday"]),
        # Shaped like a credit, not read: reported, never a silent zero.
        (
            "AP writers Jane Doe in Reno, who covers the statehouse, contributed.",
            [],
            ["AP writers Jane Doe in Reno, who covers the statehouse, contributed."],
            [],
            [],
        ),
        ("Simak juga Video: Banjir di Bekasi", [], [], ["Simak juga Video: Banjir di Bekasi"], []),
        # The story: a paragraph that mentions an editor or a reporter, or reads like a credit but is a sentence.
        (
            "The editor of the paper, Jane Smith, said it would appeal.",
            [],
            [],
            [],
            ["The editor of the paper, Jane Smith, said it would appeal."],
        ),
        ("Reporter: Thank you, Minister.", [], [], [], ["Reporter: Thank you, Minister."]),
        ("Editor: the paper never printed it.", [], [], [], ["Editor: the paper never printed it."]),
        ("Thousands of volunteers contributed.", [], [], [], ["Thousands of volunteers contributed."]),
        (
            "Reporting by the BBC suggested the talks had failed.",
            [],
            [],
            [],
            ["Reporting by the BBC suggested the talks had failed"],
        ),
        ("Source: AP", [], [], [], ["Source: AP"]),
        ("Sumber", [], [], [], ["Sumber"]),
        (
            "The Associated Press and Reuters reported from the scene.",
            [],
            [],
            [],
            ["The Associated Press and Reuters reported from the scene."],
        ),
        ("", [], [], [], []),
    ],
)
def test_a_paragraph_is_read_part_by_part(paragraph, credits, unread, notices, story) -> None:
    assert _kinds(paragraph) == (credits, unread, notices, story)


def test_the_trailer_flags_lines_not_understood_and_initials_where_they_are() -> None:
    trailer = (
        Paragraph("Pewarta: Ahmad Fauzi\nEditor: Budi Santoso (ed.)", 12),
        Paragraph("(mdk/ded)", 15, 31),
    )
    credits, flags = read_trailer(trailer)
    assert [c.name for c in credits] == ["Ahmad Fauzi", "mdk", "ded"]
    assert flags == (Flag("Editor: Budi Santoso (ed.)", 13, 1, False), Flag("(mdk/ded)", 15, 31, True))
