"""Splitting raw text: title, body, credit paragraph, source trailer, and what the file's bytes can do wrong."""

from __future__ import annotations

import pytest

from build_scripts.model import Paragraph, Problem, SourceTrailer
from build_scripts.read.raw_text import decode, parse_raw

SEED_TAIL = "Last body paragraph.\n\n___\n\nBaldor melaporkan di Washington.\n\nSumber"


@pytest.mark.parametrize(
    ("text", "title", "body", "trailer", "source"),
    [
        ("Title\n\nOne.\n\nTwo.\n", "Title", ("One.", "Two."), (), None),
        ("\n\n  Title  \nOne.\nstill one.\n\n\n\nTwo.", "Title", ("One.\nstill one.", "Two."), (), None),
        ("T\n\n" + SEED_TAIL, "T", ("Last body paragraph.",), ("Baldor melaporkan di Washington.",), ("Sumber", "")),
        (
            "T\n\nBody.\n\n___\nSource: Wikinews, https://x.org (CC BY 2.5)",
            "T",
            ("Body.",),
            (),
            ("Source", "Wikinews, https://x.org (CC BY 2.5)"),
        ),
        (
            "T\n\nBody.\n\n___\n\nCredit one.\n\nSumber: AP\nhttps://apnews.com",
            "T",
            ("Body.",),
            ("Credit one.",),
            ("Sumber", "AP\nhttps://apnews.com"),
        ),
        ("T\n\nA.\n\n___\n\nB.\n\n___\n\nCredit.", "T", ("A.", "___", "B."), ("Credit.",), None),
        ("T\n\nBody.\n\n___\n\nSources said it was over.", "T", ("Body.",), ("Sources said it was over.",), None),
        ("T\n\nBody.\n\nSource: not after a separator", "T", ("Body.", "Source: not after a separator"), (), None),
    ],
)
def test_parts_of_a_raw_article(text, title, body, trailer, source) -> None:
    raw, problems = parse_raw("a.txt", text)
    assert problems == []
    assert raw is not None
    assert (raw.title, tuple(p.text for p in raw.body), tuple(p.text for p in raw.trailer)) == (title, body, trailer)
    assert (raw.source and (raw.source.label, raw.source.text)) == source


def test_paragraphs_remember_their_line() -> None:
    raw, _ = parse_raw("a.txt", "\nTitle\n\nOne.\n\n\nTwo\nlines.\n___\nSumber")
    assert raw is not None
    assert raw.title_line == 2
    assert raw.body == (Paragraph("One.", 4), Paragraph("Two\nlines.", 7))
    assert raw.source == SourceTrailer("Sumber", "", 10)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "a.txt:1:1: article is empty; expected a title on the first line, then paragraphs"),
        ("  \n\n", "a.txt:1:1: article is empty; expected a title on the first line, then paragraphs"),
        (
            "\nOnly a title\n",
            "a.txt:2:1: article has a title but no paragraphs; expected the article's text after the title line",
        ),
    ],
)
def test_articles_without_text_are_reported(text: str, problem: str) -> None:
    assert [str(p) for p in parse_raw("a.txt", text)[1]] == [problem]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbfTitle\r\n\r\nBody\r\n", "Title\n\nBody\n"),
        (b"Title\r\rBody\r", "Title\n\nBody\n"),
        ("Judul “kutipan” — café".encode(), "Judul “kutipan” — café"),
    ],
)
def test_decoding_removes_bom_and_normalises_line_endings(data: bytes, text: str) -> None:
    assert decode("a.txt", data) == (text, [])


def test_invalid_utf8_names_line_and_column() -> None:
    assert decode("a.txt", "Title\n\nab\xff".encode("latin-1")) == (
        None,
        [
            Problem(
                "a.txt",
                3,
                3,
                "text is not UTF-8: byte 0xFF cannot start or continue a UTF-8 character; "
                "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)",
            )
        ],
    )


ANTARA = (
    "Banjir rendam Jakarta\n\nJAKARTA (ANTARA) - Hujan deras merendam 12 RT, kata Kepala BPBD.\n\n"
    "Baca juga: Tanggul jebol di Bekasi\n\nWarga mengungsi ke masjid, ujar seorang editor warga.\n\n"
    "Pewarta: Ahmad Fauzi\nEditor: Budi Santoso\nCOPYRIGHT © ANTARA 2024\n"
)
REUTERS = (
    "Talks resume\n\nNAIROBI, Nov 18 (Reuters) - Talks resumed on Monday.\n\nThe editor of the Daily Nation said so.\n\n"
    "Reporting by Amina Wanjiru in Nairobi and Dawit Bekele in Addis Ababa; Writing by Grace Otieno; "
    "Editing by Peter Marsh\n"
)


@pytest.mark.parametrize(
    ("text", "body", "trailer", "source"),
    [
        (
            ANTARA,
            (
                "JAKARTA (ANTARA) - Hujan deras merendam 12 RT, kata Kepala BPBD.",
                "Warga mengungsi ke masjid, ujar seorang editor warga.",
            ),
            (
                ("Baca juga: Tanggul jebol di Bekasi", 5, 1),
                ("Pewarta: Ahmad Fauzi\nEditor: Budi Santoso\nCOPYRIGHT © ANTARA 2024", 9, 1),
            ),
            None,
        ),
        (
            REUTERS,
            ("NAIROBI, Nov 18 (Reuters) - Talks resumed on Monday.", "The editor of the Daily Nation said so."),
            ((REUTERS.split("\n\n")[-1].strip(), 7, 1),),
            None,
        ),
        # Run together on one line, under the story's last line, or after its last sentence.
        (
            "T\n\nOne.\n\nTwo.\nPewarta: Ahmad Fauzi Editor: Budi Santoso COPYRIGHT © ANTARA 2024",
            ("One.", "Two."),
            (("Pewarta: Ahmad Fauzi Editor: Budi Santoso COPYRIGHT © ANTARA 2024", 6, 1),),
            None,
        ),
        ("T\n\nOne.\n\nTwo, kata dia.  (mdk/ded)\n", ("One.", "Two, kata dia."), (("(mdk/ded)", 5, 17),), None),
        ("T\n\nOne.\n\nTwo.\n\n(rdp/imk)\n", ("One.", "Two."), (("(rdp/imk)", 7, 1),), None),
        # AP's credit paragraph and a correction after it, with no `___`.
        (
            "T\n\nOne.\n\nBaldor reported from Washington. AP writer Amina Wanjiru in Nairobi, Kenya, contributed.\n\n"
            "This story has been corrected to show that the talks resume on Monday.",
            ("One.",),
            (
                ("Baldor reported from Washington. AP writer Amina Wanjiru in Nairobi, Kenya, contributed.", 5, 1),
                ("This story has been corrected to show that the talks resume on Monday.", 7, 1),
            ),
            None,
        ),
        # AP's `___` above its credits and another above a correction: both end the story, neither is text.
        (
            "T\n\nOne.\n\n___\n\nWhittaker reported from Stonington, Maine.\n\n___\n\n"
            "This story has been corrected to show that the closure begins in February.",
            ("One.",),
            (
                ("Whittaker reported from Stonington, Maine.", 7, 1),
                ("This story has been corrected to show that the closure begins in February.", 11, 1),
            ),
            None,
        ),
        (
            "T\n\nOne.\n\n___\n\nEditing by Peter Marsh\n\n___\n\nThe story, corrected, runs on.",
            ("One.",),
            (("Editing by Peter Marsh", 7, 1), ("The story, corrected, runs on.", 11, 1)),
            None,
        ),
        # A source line counts beside a credit line; a "Read more" line is the trailer's wherever it stands.
        (
            "T\n\nOne.\n\nPenulis: Ani Lestari\n\nSumber: Antara",
            ("One.",),
            (("Penulis: Ani Lestari", 5, 1),),
            ("Sumber", "Antara"),
        ),
        ("T\n\nOne.\nRead more: Another story\nTwo.", ("One.", "Two."), (("Read more: Another story", 4, 1),), None),
        # With `___`, as before, and a credit line before it leaves the story too.
        (
            "T\n\nOne.\n\nEditing by Peter Marsh\n\n___\n\nSource: x",
            ("One.",),
            (("Editing by Peter Marsh", 5, 1),),
            ("Source", "x"),
        ),
        # Wikinews' sources under their heading, without `___`.
        (
            'T\n\nOne.\n\nSources\n"Race report" — Korea Herald, March 16, 2025',
            ("One.",),
            (('Sources\n"Race report" — Korea Herald, March 16, 2025', 5, 1),),
            None,
        ),
        # The sources' heading alone on its line, each source a paragraph of its own (bullets or quoted titles).
        (
            'T\n\nOne.\n\nSources\n\n* "Race report" — Korea Herald, March 16, 2025\n\n* "Results" — Yonhap, March 16, 2025',
            ("One.",),
            (('Sources\n* "Race report" — Korea Herald, March 16, 2025\n* "Results" — Yonhap, March 16, 2025', 5, 1),),
            None,
        ),
        (
            'T\n\nSatu.\n\nSumber:\n\n"Jembatan putus" — Kompas, 2 Mei 2025\n\n- "Warga terisolasi" — Detik, 2 Mei 2025',
            ("Satu.",),
            (),
            ("Sumber", '"Jembatan putus" — Kompas, 2 Mei 2025\n- "Warga terisolasi" — Detik, 2 Mei 2025'),
        ),
        (
            "T\n\nOne.\n\nReferences\n\n• Port of Napier, annual report",
            ("One.",),
            (("References\n• Port of Napier, annual report", 5, 1),),
            None,
        ),
        # A source whose outlet comes first, its headline quoted after it, or an outlet and a date alone.
        (
            'T\n\nOne.\n\nSources\n\nRadio Merkury — "Wykolejenie tramwaju" — February 19, 2025',
            ("One.",),
            (('Sources\nRadio Merkury — "Wykolejenie tramwaju" — February 19, 2025', 5, 1),),
            None,
        ),
        (
            "T\n\nOne.\n\nSources\n\nLe Monde: « La grève continue », 3 juin 2025\n\nFrance Info, June 3, 2025",
            ("One.",),
            (("Sources\nLe Monde: « La grève continue », 3 juin 2025\nFrance Info, June 3, 2025", 5, 1),),
            None,
        ),
        # Wikinews' related news above its sources, each heading over its own list, in English and Indonesian.
        (
            'T\n\nOne.\n\nRelated news\n\n "Closed season set" — Wikinews, June 20, 2025\n\n'
            'Sources\n\n "Court halts ban" — Cape Coast Mirror, August 7, 2025',
            ("One.",),
            (
                ('Related news\n"Closed season set" — Wikinews, June 20, 2025', 5, 1),
                ('Sources\n"Court halts ban" — Cape Coast Mirror, August 7, 2025', 9, 1),
            ),
            None,
        ),
        (
            'T\n\nOne.\n\nRelated news\n* "Closed season set" — Wikinews, June 20, 2025\n* "Boats idle" — Wikinews, July 2, 2025'
            '\n\nSources\n* "Court halts ban" — Cape Coast Mirror, August 7, 2025',
            ("One.",),
            (
                ('Related news\n* "Closed season set" — Wikinews, June 20, 2025\n* "Boats idle" — Wikinews, July 2, 2025', 5, 1),
                ('Sources\n* "Court halts ban" — Cape Coast Mirror, August 7, 2025', 9, 1),
            ),
            None,
        ),
        (
            'T\n\nOne.\n\nSee also\n\n"Tram derails in Poznań" — Wikinews, February 19, 2025\n\n'
            'Sources\n\nRadio Merkury — "Wykolejenie tramwaju" — February 19, 2025',
            ("One.",),
            (
                ('See also\n"Tram derails in Poznań" — Wikinews, February 19, 2025', 5, 1),
                ('Sources\nRadio Merkury — "Wykolejenie tramwaju" — February 19, 2025', 9, 1),
            ),
            None,
        ),
        (
            'T\n\nSatu.\n\nBerita terkait\n\n"Jembatan putus" — Wikiberita, 2 Mei 2025\n\n'
            'Sumber\n\n"Warga terisolasi" — Detik, 2 Mei 2025',
            ("Satu.",),
            (
                ('Berita terkait\n"Jembatan putus" — Wikiberita, 2 Mei 2025', 5, 1),
                ('Sumber\n"Warga terisolasi" — Detik, 2 Mei 2025', 9, 1),
            ),
            None,
        ),
        (
            'T\n\nOne.\n\nRelated stories\n\n"Closed season set" — Wikinews, June 20, 2025',
            ("One.",),
            (('Related stories\n"Closed season set" — Wikinews, June 20, 2025', 5, 1),),
            None,
        ),
        # A related-news heading over prose is the story's, and the sources under their heading stay the trailer's.
        (
            'T\n\nOne.\n\nRelated news\n\nThe ministry will appeal.\n\nSources\n\n"Court halts ban" — Mirror, August 7, 2025',
            ("One.", "Related news", "The ministry will appeal."),
            (('Sources\n"Court halts ban" — Mirror, August 7, 2025', 9, 1),),
            None,
        ),
        # AP's byline above the story credits its writers: the trailer's, not the story's first paragraph.
        (
            "T\n\nBy JANE DOE and JOHN ROE\nAssociated Press\n\nOne.\n\nTwo.",
            ("One.", "Two."),
            (("By JANE DOE and JOHN ROE\nAssociated Press", 3, 1),),
            None,
        ),
        ("T\n\nBy Tuesday\n\nOne.", ("By Tuesday", "One."), (), None),
        # AP's notices after its credits with no `___`: support, its own links, in English and in translation.
        (
            "T\n\nOne.\n\nDoe reported from Reno.\n\nThe Associated Press’ education coverage receives financial "
            "support from several private foundations. AP is solely responsible for all content.\n\n"
            "AP NFL: https://apnews.com/hub/nfl",
            ("One.",),
            (
                ("Doe reported from Reno.", 5, 1),
                (
                    "The Associated Press’ education coverage receives financial support from several private "
                    "foundations. AP is solely responsible for all content.",
                    7,
                    1,
                ),
                ("AP NFL: https://apnews.com/hub/nfl", 9, 1),
            ),
            None,
        ),
        (
            "T\n\nSatu.\n\nDoe melaporkan dari Reno.\n\nIkuti liputan AP tentang pemilu di https://apnews.com/hub/election\n\n"
            "Artikel ini telah diperbaiki untuk menunjukkan nama yang benar.",
            ("Satu.",),
            (
                ("Doe melaporkan dari Reno.", 5, 1),
                ("Ikuti liputan AP tentang pemilu di https://apnews.com/hub/election", 7, 1),
                ("Artikel ini telah diperbaiki untuk menunjukkan nama yang benar.", 9, 1),
            ),
            None,
        ),
        ("T\n\nOne.\n\nThe plan is at https://example.gov/plan.", ("One.", "The plan is at https://example.gov/plan."), (), None),
        # A heading followed by prose is the story's: a section of it, not a list of sources.
        (
            "T\n\nOne.\n\nSources\n\nSources close to the talks said so.",
            ("One.", "Sources", "Sources close to the talks said so."),
            (),
            None,
        ),
        # A source line above credit lines in one paragraph: the source apart, the credits read.
        (
            "T\n\nSatu.\n\nSumber: Anadolu\nPenerjemah: Rina Hapsari\nEditor: Joko Santoso\nCOPYRIGHT © ANTARA 2025",
            ("Satu.",),
            (("Penerjemah: Rina Hapsari\nEditor: Joko Santoso\nCOPYRIGHT © ANTARA 2025", 6, 1),),
            ("Sumber", "Anadolu"),
        ),
        # ANTARA's source line running on into its credit line: the source apart, where it is printed.
        (
            "T\n\nSatu.\n\nSumber: Reuters Penerjemah: Rina Hapsari Editor: Joko Santoso COPYRIGHT © ANTARA 2025",
            ("Satu.",),
            (("Penerjemah: Rina Hapsari Editor: Joko Santoso COPYRIGHT © ANTARA 2025", 5, 17),),
            ("Sumber", "Reuters"),
        ),
        (
            "T\n\nSatu.\n\nSumber: Xinhua\nPewarta: Dewi Anggraini\nEditor: Hendra Wijaya",
            ("Satu.",),
            (("Pewarta: Dewi Anggraini\nEditor: Hendra Wijaya", 6, 1),),
            ("Sumber", "Xinhua"),
        ),
        (
            "T\n\nOne.\n\nSource: Reuters\nTranslated by Maria Lopez; Editing by Tom Hale",
            ("One.",),
            (("Translated by Maria Lopez; Editing by Tom Hale", 6, 1),),
            ("Source", "Reuters"),
        ),
        # The story stays whole: an editor or a reporter named in it, an interview, a lone source line, a story
        # that is nothing but a credit-like line.
        (
            "T\n\nOne.\n\nThe reporter, Jane Doe, told the editor.",
            ("One.", "The reporter, Jane Doe, told the editor."),
            (),
            None,
        ),
        ("T\n\nQ and A.\n\nReporter: Thank you, Minister.", ("Q and A.", "Reporter: Thank you, Minister."), (), None),
        ("T\n\nOne.\n\nThousands of volunteers contributed.", ("One.", "Thousands of volunteers contributed."), (), None),
        ("T\n\nPewarta: Ahmad Fauzi", ("Pewarta: Ahmad Fauzi",), (), None),
        ("T\n\nBaca juga: Lain", ("Baca juga: Lain",), (), None),
        # "Baca juga:" alone on its line points to the headline printed under it: both are the aside's.
        (
            "T\n\nSatu.\n\nBaca juga:\nKominfo Minta Operator Siapkan Jalur Cadangan\n\nDua.\n\n(mdk/ded)",
            ("Satu.", "Dua."),
            (("Baca juga:\nKominfo Minta Operator Siapkan Jalur Cadangan", 5, 1), ("(mdk/ded)", 10, 1)),
            None,
        ),
        (
            "T\n\nSatu.\nBaca juga:\nJudul lain\nDua.",
            ("Satu.", "Dua."),
            (("Baca juga:\nJudul lain", 4, 1),),
            None,
        ),
    ],
)
def test_the_trailer_is_found_where_the_text_ends(text, body, trailer, source) -> None:
    raw, problems = parse_raw("a.txt", text)
    assert problems == []
    assert raw is not None
    assert tuple(p.text for p in raw.body) == body
    assert tuple((p.text, p.line, p.column) for p in raw.trailer) == trailer
    assert (raw.source and (raw.source.label, raw.source.text)) == source


@pytest.mark.parametrize(
    "text",
    [
        ANTARA,
        REUTERS,
        "T\n\nOne.\n\nTwo, kata dia. (mdk/ded)\n\n___\n\nCredit.\n\nSumber: x",
        "T\n\nSatu.\n\nSumber: Reuters Penerjemah: Rina Hapsari Editor: Joko Santoso COPYRIGHT © ANTARA 2025",
    ],
)
def test_every_line_is_the_story_or_the_trailer_once(text: str) -> None:
    raw, _ = parse_raw("a.txt", text)
    assert raw is not None
    pieces = [(p.line, p.column, p.text) for p in raw.body + raw.trailer]
    if raw.source:
        pieces.append((raw.source.line, 1, f"{raw.source.label}: {raw.source.text}"))
    rebuilt = " ".join(" ".join(text.split()) for _, _, text in sorted(pieces))
    lines = [line for line in text.split("\n")[1:] if line.strip() and line.strip() != "___"]
    assert rebuilt == " ".join(" ".join(lines).split())
