"""Trailers as each newsroom the archive takes from might print them, beyond the shapes the rules were written
for: every credit read with its role and city, what cannot be read reported, no trailer line left in the story,
and no story paragraph that merely talks about reporters, writers or contributions taken for a trailer.

The texts are this file's own, written to vary the shapes: job titles with modifiers, places described in common
words, a sentence of a trailer that no rule reads, labels and initials in the Indonesian sites' forms.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from build_scripts.model import Credit
from build_scripts.read.credits import read_trailer
from build_scripts.read.raw_text import parse_raw

from support import con, ed, rep, wrote


@dataclass(frozen=True)
class Case:
    """An article's last story paragraph, the trailer printed after it, and what a reader sees in the trailer."""

    name: str
    trailer: str
    credits: tuple[Credit, ...]
    flags: tuple[str, ...] = ()
    """Parts reported as not understood, or as initials to name."""
    last: str = "The council will vote on the plan next month, officials said."


def tag(initials: str, role: str) -> Credit:
    return Credit(initials, role, initials=True)


_ID_LAST = "Rapat lanjutan dijadwalkan pekan depan, kata pejabat dinas itu."

CASES: tuple[Case, ...] = (
    Case(
        "ap-sports-writer-reported",
        "Associated Press sports writer Teodora Vance reported from Missoula, Montana.",
        (rep("Teodora Vance", "Missoula, Montana"),),
    ),
    Case(
        "ap-religion-news-writer-vatican",
        "AP religion news writer Marco Bellandi at the Vatican and AP writer Joy Ferris in Denver contributed to this report.",
        (con("Marco Bellandi", "the Vatican"), con("Joy Ferris", "Denver")),
    ),
    Case(
        "ap-global-health-writer",
        "___\n\nAP Global Health Writer Anneke Dross reported from Geneva. Associated Press video journalist "
        "Samir Haddad in Beirut contributed.",
        (rep("Anneke Dross", "Geneva"), con("Samir Haddad", "Beirut")),
    ),
    Case(
        "ap-white-house-correspondent",
        "AP White House correspondent Lena Ortiz and AP writer Kofi Mensah at the Pentagon contributed to this report.",
        (con("Lena Ortiz", "the Pentagon"), con("Kofi Mensah", "the Pentagon")),
    ),
    Case(
        "ap-united-nations",
        "Associated Press writer Ruth Okafor at the United Nations contributed to this story.",
        (con("Ruth Okafor", "the United Nations"),),
    ),
    Case(
        "ap-state-capitol-first",
        "AP writer Gil Navarro at the state Capitol in Sacramento, California, contributed.",
        (con("Gil Navarro", "the state Capitol in Sacramento, California"),),
    ),
    Case(
        "ap-photographer-and-editor",
        "AP photographer Ilse Maarten in Rotterdam, Netherlands, and Associated Press science editor Paul Grieve "
        "in Washington contributed.",
        (con("Ilse Maarten", "Rotterdam, Netherlands"), con("Paul Grieve", "Washington")),
    ),
    Case(
        "ap-apostrophe-s-chief-writer",
        "AP's chief medical writer Hana Sato reported from Tokyo.",
        (rep("Hana Sato", "Tokyo"),),
    ),
    Case(
        "ap-one-sentence-not-read",
        "Associated Press writer Nell Duarte reported from Lisbon, Portugal. AP writer Jo Kerr somewhere along the coast helped.",
        (rep("Nell Duarte", "Lisbon, Portugal"),),
        ("AP writer Jo Kerr somewhere along the coast helped.",),
    ),
    Case(
        "ap-credit-then-correction",
        "AP sports writer Dale Whitcombe in Green Bay, Wisconsin, contributed.\n\nThis story has been corrected to "
        "show the game was played Sunday, not Saturday.",
        (con("Dale Whitcombe", "Green Bay, Wisconsin"),),
    ),
    Case(
        "ap-each-own-place-with-titles",
        "AP writer Nell Duarte reported from Buenos Aires, Argentina, and AP writer Iker Salas from Santiago, Chile.",
        (rep("Nell Duarte", "Buenos Aires, Argentina"), rep("Iker Salas", "Santiago, Chile")),
    ),
    Case(
        "ap-aboard-and-named-building",
        "AP Diplomatic Writer Rhys Calder reported from aboard Air Force One. AP writers Mina Lund in Oslo, Norway, "
        "and Piet Aerts at NATO headquarters contributed.",
        (rep("Rhys Calder", "Air Force One"), con("Mina Lund", "Oslo, Norway"), con("Piet Aerts", "NATO headquarters")),
    ),
    Case(
        "ap-credit-then-support-notice",
        "Associated Press writer Tamsin Greer in Atlanta contributed. AP's coverage of voting is supported by "
        "several private foundations. AP is solely responsible for all content.",
        (con("Tamsin Greer", "Atlanta"),),
    ),
    Case(
        "ap-time-is-no-place",
        "Associated Press writer Tamsin Greer reported from Kyiv over the weekend. AP writer Lev Baran in Warsaw, "
        "Poland, contributed.",
        (con("Lev Baran", "Warsaw, Poland"),),
        ("Associated Press writer Tamsin Greer reported from Kyiv over the weekend.",),
    ),
    Case(
        "ap-developing-story",
        "AP journalist Suda Kanchana in Bangkok contributed to this report. This is a developing story. Check back for updates.",
        (con("Suda Kanchana", "Bangkok"),),
    ),
    Case(
        "ap-follow-the-writer",
        "Video journalist Amaru Quispe and AP writer Lia Romero contributed.\n\nFollow Lia Romero on X at "
        "https://x.com/liaromero.",
        (con("Amaru Quispe"), con("Lia Romero")),
    ),
    Case(
        "ap-id-contributed-from",
        "Wartawan AP Amaru Quispe dan Lia Romero berkontribusi dalam laporan ini dari Jenewa.",
        (con("Amaru Quispe", "Jenewa"), con("Lia Romero", "Jenewa")),
        last=_ID_LAST,
    ),
    Case(
        "ap-two-forms-in-one-sentence",
        "Cyrus Abadi reported this story from Jerusalem, and AP writer Noor Saleh contributed from Cairo.",
        (rep("Cyrus Abadi", "Jerusalem"), con("Noor Saleh", "Cairo")),
    ),
    Case(
        "ap-as-did",
        "AP writers Cyrus Abadi and Noor Saleh in New York contributed to this story, as did AP business writer "
        "Ines Varga in Detroit.",
        (con("Cyrus Abadi", "New York"), con("Noor Saleh", "New York"), con("Ines Varga", "Detroit")),
    ),
    Case(
        "ap-id-two-forms-in-one-sentence",
        "Cyrus Abadi melaporkan dari Yerusalem, sementara penulis AP Noor Saleh di Kairo turut berkontribusi.",
        (rep("Cyrus Abadi", "Yerusalem"), con("Noor Saleh", "Kairo")),
        last=_ID_LAST,
    ),
    Case(
        "ap-contact-line-last",
        "AP writer Lia Romero in Boise, Idaho, contributed.\n\nContact AP’s global investigative team at "
        "Investigative@ap.org or https://www.ap.org/tips/",
        (con("Lia Romero", "Boise, Idaho"),),
    ),
    Case(
        "ap-place-described-after-at",
        "Associated Press writer Jo Kerr reported from a makeshift camp near the border. AP photographer Ana Lima "
        "at a clinic run by volunteers contributed.",
        (rep("Jo Kerr", "a makeshift camp near the border"), con("Ana Lima", "a clinic run by volunteers")),
    ),
    Case(
        "ap-id-place-described-after-di",
        "Penulis AP Jo Kerr di sebuah kamp darurat dekat perbatasan berkontribusi dalam laporan ini.",
        (con("Jo Kerr", "sebuah kamp darurat dekat perbatasan"),),
        last=_ID_LAST,
    ),
    Case(
        "ap-id-penulis-medis",
        "Penulis medis AP Dana Kowalczyk di Seattle dan wartawan AP Bao Tran di Olympia berkontribusi dalam laporan ini.",
        (con("Dana Kowalczyk", "Seattle"), con("Bao Tran", "Olympia")),
        last=_ID_LAST,
    ),
    Case(
        "ap-id-koresponden-gedung-putih",
        "Koresponden Gedung Putih AP Lena Ortiz melaporkan dari Washington.",
        (rep("Lena Ortiz", "Washington"),),
        last=_ID_LAST,
    ),
    Case(
        "ap-id-jurnalis-video",
        "Jurnalis video Associated Press Samir Haddad melaporkan dari Beirut, Lebanon. Wartawan AP Rina Dewi di "
        "Jakarta turut berkontribusi.",
        (rep("Samir Haddad", "Beirut, Lebanon"), con("Rina Dewi", "Jakarta")),
        last=_ID_LAST,
    ),
    Case(
        "reuters-additional-and-writing",
        "Reporting by Aisha Bello in Lagos and Tunde Ade in Abuja; Additional reporting by Kemi Oduya; "
        "Writing by Felix Hart; Editing by Mark Dunne and Alison Rowe",
        (
            rep("Aisha Bello", "Lagos"),
            rep("Tunde Ade", "Abuja"),
            con("Kemi Oduya"),
            wrote("Felix Hart"),
            ed("Mark Dunne"),
            ed("Alison Rowe"),
        ),
    ),
    Case(
        "reuters-parenthesised",
        "(Reporting by Joao Pires in Sao Paulo; Editing by Ros Keene)",
        (rep("Joao Pires", "Sao Paulo"), ed("Ros Keene")),
    ),
    Case(
        "reuters-compiled",
        "Compiled by Bengaluru newsroom; Editing by Sonia Vale",
        (ed("Sonia Vale"),),
    ),
    Case(
        "reuters-refiled",
        "Reporting By Nadia Brandt; Editing By Owen Pike\n\n(This story has been refiled to fix a typo in paragraph 3)",
        (rep("Nadia Brandt"), ed("Owen Pike")),
    ),
    Case(
        "reuters-staff",
        "Reporting by Reuters Staff; Editing by Owen Pike",
        (ed("Owen Pike"),),
    ),
    Case(
        "reuters-part-not-read",
        "Reporting by Jo Kerr in a camp near the border; Editing by Ana Lima",
        (ed("Ana Lima"),),
        ("Reporting by Jo Kerr in a camp near the border",),
    ),
    Case("afp-full-name", "-- Agence France-Presse", (wrote("Agence France-Presse"),)),
    Case("afp-tag", "bur-jm/rsc", (tag("jm", "wrote"), tag("rsc", "edited")), ("bur-jm/rsc",)),
    Case("afp-dash", "-- AFP", (wrote("AFP"),)),
    Case("afp-with", "With AFP", (con("AFP"),)),
    Case(
        "antara-pewarta-editor",
        "Pewarta: Aditya Ramadhan\nEditor: Budi Santoso\nCOPYRIGHT © ANTARA 2025",
        (rep("Aditya Ramadhan"), ed("Budi Santoso")),
        last=_ID_LAST,
    ),
    Case(
        "antara-run-together",
        "Pewarta: Aditya RamadhanEditor: Budi SantosoCOPYRIGHT © ANTARA 2025",
        (rep("Aditya Ramadhan"), ed("Budi Santoso")),
        last=_ID_LAST,
    ),
    Case(
        "antara-penerjemah",
        "Penerjemah: Citra Lestari\nEditor: Dewi Anggraini",
        (Credit("Citra Lestari", "translated"), ed("Dewi Anggraini")),
        last=_ID_LAST,
    ),
    Case(
        "antara-ai-notice",
        "Pewarta: Aditya Ramadhan\nEditor: Budi Santoso\nCopyright © ANTARA 2025\n\nDilarang keras mengambil konten, "
        "melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor "
        "Berita ANTARA.",
        (rep("Aditya Ramadhan"), ed("Budi Santoso")),
        last=_ID_LAST,
    ),
    Case(
        "kompas-telegram-and-source",
        "Penulis: Ari Maulana\nEditor: Sandro Gatra\nSumber: Kompas.com\n\nDapatkan update berita pilihan dan "
        'breaking news setiap hari dari Kompas.com. Yuk gabung di Grup Telegram "Kompas.com News Update".',
        (wrote("Ari Maulana"), ed("Sandro Gatra")),
        last=_ID_LAST,
    ),
    Case(
        "tempo-agencies-piped",
        "Pilihan Editor: Harga Emas Naik Lagi\n\nREUTERS | ANTARA",
        (con("REUTERS"), con("ANTARA")),
        last=_ID_LAST,
    ),
    Case(
        "tempo-agency-and-reporter-contributed",
        "Hendra Wijaya dan ANTARA berkontribusi dalam penulisan artikel ini.",
        (con("Hendra Wijaya"), con("ANTARA")),
        last=_ID_LAST,
    ),
    Case(
        "ap-id-translated-from-the-agency",
        "Diterjemahkan oleh Citra Lestari dari Associated Press.",
        (Credit("Citra Lestari", "translated"),),
        last=_ID_LAST,
    ),
    Case(
        "detik-team",
        "Penulis: Tim detikcom\nEditor: Dewi Anggraini",
        (ed("Dewi Anggraini"),),
        last=_ID_LAST,
    ),
    Case(
        "antara-agency-after-name",
        "Pewarta: Jo Kerr (ANTARA)\nEditor: Ana Lima",
        (rep("Jo Kerr"), ed("Ana Lima")),
        last=_ID_LAST,
    ),
    Case(
        "kompas-penulis-editor",
        "Penulis: Ari Maulana\nEditor: Sandro Gatra",
        (wrote("Ari Maulana"), ed("Sandro Gatra")),
        last=_ID_LAST,
    ),
    Case(
        "kompas-kontributor-daerah",
        "Penulis: Kontributor Garut, Ari Maulana | Editor: Sandro Gatra",
        (Credit("Ari Maulana", "wrote", "Garut"), ed("Sandro Gatra")),
        last=_ID_LAST,
    ),
    Case(
        "tempo-pilihan-editor",
        "Reporter: Hendra Wijaya\nEditor: Laila Putri\n\nPilihan Editor: Harga Cabai Naik Jelang Lebaran",
        (rep("Hendra Wijaya"), ed("Laila Putri")),
        last=_ID_LAST,
    ),
    Case("detik-initials", "(mdk/ded)", (tag("mdk", "wrote"), tag("ded", "edited")), ("(mdk/ded)",), last=_ID_LAST),
    Case(
        "detik-baca-juga",
        "Baca juga: Banjir Rendam Tiga Desa di Garut\n\n(rdp/imk)",
        (tag("rdp", "wrote"), tag("imk", "edited")),
        ("(rdp/imk)",),
        last=_ID_LAST,
    ),
    Case(
        "cnn-id-agency-then-editor",
        "(Reuters/ant)",
        (wrote("Reuters"), tag("ant", "edited")),
        ("(Reuters/ant)",),
        last=_ID_LAST,
    ),
    Case(
        "cnn-id-gambas",
        "[Gambas:Video CNN]\n\n(fby/agt)",
        (tag("fby", "wrote"), tag("agt", "edited")),
        ("(fby/agt)",),
        last=_ID_LAST,
    ),
    Case(
        "ditulis-oleh",
        "Ditulis oleh Rahmat Hidayat; Disunting oleh Nur Aini",
        (wrote("Rahmat Hidayat"), ed("Nur Aini")),
        last=_ID_LAST,
    ),
    Case(
        "antara-source-run-into-labels",
        "Sumber: Reuters Penerjemah: Kusnadi Wirawan Editor: Lia Sembiring COPYRIGHT © ANTARA 2025",
        (Credit("Kusnadi Wirawan", "translated"), ed("Lia Sembiring")),
        last=_ID_LAST,
    ),
    Case(
        "antara-source-run-into-labels-then-lines",
        "Sumber: AFP Pewarta: Raka Adiputra\nEditor: Tia Marlina\nCOPYRIGHT © ANTARA 2025",
        (rep("Raka Adiputra"), ed("Tia Marlina")),
        last=_ID_LAST,
    ),
    Case(
        "antara-source-then-copyright-alone",
        "Sumber: Anadolu COPYRIGHT © ANTARA 2025",
        (),
        last=_ID_LAST,
    ),
    Case(
        "antara-fields-parted-by-slash",
        "Pewarta: Raka Adiputra / Editor: Tia Marlina",
        (rep("Raka Adiputra"), ed("Tia Marlina")),
        last=_ID_LAST,
    ),
    Case(
        "antara-source-and-fields-parted-by-dash",
        "Sumber: Xinhua - Penerjemah: Dina Oktaviani - Editor: Yusuf Hamdani",
        (Credit("Dina Oktaviani", "translated"), ed("Yusuf Hamdani")),
        last=_ID_LAST,
    ),
    Case(
        "kompas-source-run-into-piped-labels",
        "Sumber: KOMPAS.com Penulis : Ari Maulana | Editor : Sandro Gatra",
        (wrote("Ari Maulana"), ed("Sandro Gatra")),
        last=_ID_LAST,
    ),
    Case(
        "tempo-source-run-into-labels",
        "Sumber: ANTARA Reporter: Hendra Wijaya Editor: Laila Putri",
        (rep("Hendra Wijaya"), ed("Laila Putri")),
        last=_ID_LAST,
    ),
    Case(
        "reuters-source-run-into-by",
        "Source: Reuters Editing by Jane Morrow",
        (ed("Jane Morrow"),),
    ),
    Case(
        "id-label-not-understood",
        "Pewarta: Tim Liputan (ed.)\nEditor: Budi Santoso",
        (ed("Budi Santoso"),),
        ("Pewarta: Tim Liputan (ed.)",),
        last=_ID_LAST,
    ),
)


CONTROLS: tuple[str, ...] = (
    "Reporters from three newspapers contributed to the investigation, which ran for two years.",
    "The writer Jane Morrow reported from the front lines in 1944, and her letters are now in the museum.",
    "Residents say everyone contributed. The Hendersons gave their barn, and the church gave its kitchen.",
    "An AP writer who covered the trial said the verdict surprised few in the courtroom.",
    '"Everybody contributed something," said Mayor Ruth Allen. "That is how this town works."',
    "Wartawan yang meliput di lokasi melaporkan bahwa api sudah padam pada sore hari.",
    "Editor senior harian itu, Budi Santoso, mengatakan laporan tersebut akan diterbitkan ulang.",
    "Warga turut berkontribusi membangun jembatan itu, kata kepala desa.",
    "Staff writers reported from the scene. The fire was out by noon.",
    "The Associated Press contributed to the fund.",
    "The AP writer who contributed the photo asked not to be named.",
    "Local writers Ana Lima and Jo Kerr contributed essays to the anthology.",
    "An Associated Press reporter at the scene saw at least four bodies.",
    "Jurnalis AP di lokasi melihat sedikitnya empat jenazah.",
    "Reporting by the newspaper showed that the agency had ignored the warnings.",
    "Abadi reported the theft to police, and her neighbour Noor Saleh contributed the security footage.",
    "Residents were told to check back for updates, and to follow the county on Facebook.",
)


SOURCES_RUN_ON = {
    "antara-source-run-into-labels": ("Sumber", "Reuters"),
    "antara-source-run-into-labels-then-lines": ("Sumber", "AFP"),
    "antara-source-then-copyright-alone": ("Sumber", "Anadolu"),
    "antara-source-and-fields-parted-by-dash": ("Sumber", "Xinhua"),
    "kompas-source-run-into-piped-labels": ("Sumber", "KOMPAS.com"),
    "tempo-source-run-into-labels": ("Sumber", "ANTARA"),
    "reuters-source-run-into-by": ("Source", "Reuters"),
}


@pytest.mark.parametrize("name", SOURCES_RUN_ON)
def test_a_source_line_run_into_the_credits_stays_the_source(name: str) -> None:
    case = next(case for case in CASES if case.name == name)
    raw, _ = parse_raw(f"{name}.txt", f"Title\n\n{_OPENING}\n\n{case.last}\n\n{case.trailer}\n")
    assert raw is not None and raw.source is not None
    assert (raw.source.label, raw.source.text, raw.source.line) == (*SOURCES_RUN_ON[name], 7)
    first_line = case.trailer.split("\n")[0]
    column = raw.trailer[0].column
    assert (raw.trailer[0].line, first_line[column - 1 :]) == (7, raw.trailer[0].text.split("\n")[0])


SOURCE_CONTROLS: tuple[str, ...] = (
    "Sumber: Kementerian Kesehatan",
    "Sumber: Badan Pusat Statistik (BPS) Catatan: angka sementara",
    "Sumber: data BPS yang Diolah oleh Tim Riset",
    "Source: Reuters Breakingviews",
)


@pytest.mark.parametrize("line", SOURCE_CONTROLS)
def test_a_source_line_without_credits_after_it_is_read_as_before(line: str) -> None:
    """Alone after the story, a `Source:` line stays the story's (raw_text.py, `_ending`)."""
    text = f"Title\n\n{_OPENING}\n\n{_ID_LAST}\n\n{line}\n"
    assert _read(text, "control") == ([_OPENING, _ID_LAST, line], (), [])


def test_a_related_news_line_inside_the_story_is_not_its_paragraph() -> None:
    text = f"Title\n\n{_OPENING}\n\nRelated news: Dams to be built in Central Java\n\n{CASES[0].last}\n"
    raw, _ = parse_raw("related.txt", text)
    assert raw is not None
    assert [paragraph.text for paragraph in raw.body] == [_OPENING, CASES[0].last]
    assert [paragraph.text for paragraph in raw.trailer] == ["Related news: Dams to be built in Central Java"]


def _read(text: str, name: str) -> tuple[list[str], tuple[Credit, ...], list[str]]:
    raw, problems = parse_raw(f"{name}.txt", text)
    assert raw is not None and problems == []
    credits, flags = read_trailer(raw.trailer)
    return [paragraph.text for paragraph in raw.body], credits, [flag.text for flag in flags]


_OPENING = "CITY (AP) — Officials met on Tuesday to discuss the plan."


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_trailer_is_read_part_by_part_and_never_the_story(case: Case) -> None:
    text = f"Title\n\n{_OPENING}\n\n{case.last}\n\n{case.trailer}\n"
    assert _read(text, case.name) == ([_OPENING, case.last], case.credits, list(case.flags))


@pytest.mark.parametrize("paragraph", CONTROLS)
def test_a_story_paragraph_about_reporters_stays_the_story(paragraph: str) -> None:
    text = f"Title\n\n{_OPENING}\n\n{paragraph}\n"
    assert _read(text, "control") == ([_OPENING, paragraph], (), [])


@pytest.mark.parametrize("paragraph", CONTROLS)
def test_a_story_paragraph_about_reporters_stays_the_story_above_a_real_trailer(paragraph: str) -> None:
    text = f"Title\n\n{_OPENING}\n\n{paragraph}\n\nAP writer Jo Kerr in Boise, Idaho, contributed.\n"
    assert _read(text, "control") == ([_OPENING, paragraph], (con("Jo Kerr", "Boise, Idaho"),), [])
