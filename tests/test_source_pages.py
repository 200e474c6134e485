"""Person and organisation pages, their indexes and the stories with unnamed sources, as a reader reads them."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from build_scripts import site_paths
from build_scripts.build.pipeline import generate_pages
from build_scripts.model import Person
from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.render.page_blocks import PageSource
from build_scripts.sentences import MAX_AROUND, around

from support import ARTICLE, PEOPLE, SITE_IDENTITY, collapsed

GOLDEN = Path(__file__).parent / "golden"
SEED_TITLE = (
    "Amerika Serikat mengonfirmasi bahwa Korea Utara telah mengirimkan sekitar 3.000 tentara ke Rusia untuk pelatihan militer"
)
TRANSLATION_NOTE = (
    'Translation note: Terjemahan rusak. Versi asli bahasa Inggris berbunyi "...not only in Europe, but also in the '
    'Indo-Pacific," sehingga "India ... Masalah Pasifik" seharusnya "Indo-Pasifik", dan seluruh kalimat adalah satu '
    'kutipan Austin. The English original says "Indo-Pacific"; the translation split the word and the quote.'
)
IF_THEY_FIGHT = (
    "Jika mereka adalah pihak yang berperang, jika niat mereka adalah untuk berpartisipasi dalam perang ini atas nama "
    "Rusia, maka ini sangat berbahaya, dan hal ini akan berdampak tidak hanya di Eropa, tetapi juga di India,"
)


class _Lines(HTMLParser):
    """A page's text as a reader meets it, a line per heading, paragraph and list item: a `<q>` in the quotation
    marks a browser shows, a `<mark>` between ⟦ ⟧ (the highlight), headings after their level's # signs."""

    BLOCKS = frozenset({"h1", "h2", "h3", "p"})

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._current: list[str] = []
        self._skip = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and "headerlink" in (dict(attrs).get("class") or ""):
            self._skip += 1
        elif tag in self.BLOCKS or tag == "li":
            self._flush()
            self._current.append("#" * int(tag[1]) + " " if tag[0] == "h" else "")
        elif tag in ("q", "mark"):
            self._current.append("“" if tag == "q" else "⟦")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._skip:
            self._skip -= 1
        elif tag in self.BLOCKS or tag == "li":
            self._flush()
        elif tag in ("q", "mark"):
            self._current.append("”" if tag == "q" else "⟧")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._current.append(data)

    def _flush(self) -> None:
        line = collapsed("".join(self._current))
        if line:
            self.lines.append(line)
        self._current = []


def _lines(page: PageSource) -> list[str]:
    return _Lines(page.html()).lines


def _pages(case: str) -> dict[str, PageSource]:
    archive = load_archive(read_sources(GOLDEN / case))
    assert archive.problems == ()
    return {path: page for path, page in generate_pages(archive, SITE_IDENTITY).items() if isinstance(page, PageSource)}


@pytest.fixture(scope="module")
def seed() -> dict[str, PageSource]:
    return _pages("seed_article")


@pytest.fixture(scope="module")
def harbour() -> dict[str, PageSource]:
    return _pages("sources_and_organisations")


def test_austin_page_gives_each_quote_in_its_sentence_under_its_article_once(seed: dict[str, PageSource]) -> None:
    """The headline once, each quote in its sentence with the role he held, the translation note beside both
    halves of the quote the machine translation broke."""
    quote = "Quote · Menteri Pertahanan AS · Read it in the article"
    claim = "Reported claim · Menteri Pertahanan AS · Read it in the article"
    assert _lines(seed["people/lloyd-austin.md"]) == [
        "# Lloyd Austin",
        "United States Secretary of Defense from 2021 to 2025.",
        "## Quotes and reported claims",
        "6 quotes and 6 reported claims in 1 article, newest first.",
        f"### {SEED_TITLE}",
        "October 23, 2024 · Indonesian",
        "Menteri Pertahanan AS Lloyd Austin mengatakan pada hari Rabu bahwa ⟦ada bukti bahwa Korea Utara "
        "telah mengirim pasukan ke Rusia⟧, dan mengatakan itu adalah “masalah yang sangat serius” jika "
        "pasukan bergabung dalam perang di Ukraina untuk mendukung Moskow.",
        claim,
        "Menteri Pertahanan AS Lloyd Austin mengatakan pada hari Rabu bahwa ada bukti bahwa Korea Utara "
        "telah mengirim pasukan ke Rusia, dan mengatakan ⟦itu adalah “masalah yang sangat serius” jika "
        "pasukan bergabung dalam perang di Ukraina untuk mendukung Moskow⟧.",
        claim,
        "Menteri Pertahanan AS Lloyd Austin mengatakan pada hari Rabu bahwa ada bukti bahwa Korea Utara "
        "telah mengirim pasukan ke Rusia, dan mengatakan itu adalah “masalah yang sangat serius” jika "
        "pasukan bergabung dalam perang di Ukraina untuk mendukung Moskow.",
        quote,
        "Menteri Pertahanan AS Lloyd Austin mengatakan pada hari Rabu bahwa ada bukti bahwa Korea Utara "
        "telah mengirim pasukan ke Rusia, dan mengatakan itu adalah “masalah yang sangat serius” jika "
        "pasukan bergabung dalam perang di Ukraina untuk mendukung Moskow. Dia memperingatkan bahwa ⟦akan "
        "ada konsekuensinya⟧.",
        claim,
        "“Kami melihat bukti adanya tentara Korea Utara” yang pergi ke Rusia, kata Austin kepada wartawan "
        "saat berkunjung ke Roma.",
        quote,
        "“Kami melihat bukti adanya tentara Korea Utara” yang pergi ke Rusia, kata Austin kepada wartawan "
        "saat berkunjung ke Roma. “Apa sebenarnya yang mereka lakukan masih harus dilihat.”",
        quote,
        f"“{IF_THEY_FIGHT}” tambah pejabat tersebut.",
        quote,
        TRANSLATION_NOTE,
        f"“{IF_THEY_FIGHT}” tambah pejabat tersebut. “Masalah Pasifik.”",
        quote,
        TRANSLATION_NOTE,
        "Austin mencatat bahwa ⟦pengerahan tersebut merupakan “langkah selanjutnya” setelah Korea Utara "
        "memberikan senjata kepada Rusia⟧, dan mengatakan Pyongyang dapat menghadapi konsekuensi jika "
        "membantu Rusia secara langsung.",
        claim,
        "Austin mencatat bahwa pengerahan tersebut merupakan “langkah selanjutnya” setelah Korea Utara "
        "memberikan senjata kepada Rusia, dan mengatakan Pyongyang dapat menghadapi konsekuensi jika "
        "membantu Rusia secara langsung.",
        quote,
        "Austin mencatat bahwa pengerahan tersebut merupakan “langkah selanjutnya” setelah Korea Utara "
        "memberikan senjata kepada Rusia, dan mengatakan ⟦Pyongyang dapat menghadapi konsekuensi jika "
        "membantu Rusia secara langsung⟧.",
        claim,
        "Dia tidak memberikan rincian lebih lanjut, hanya mengatakan bahwa ⟦para analis sedang mengevaluasi situasi⟧.",
        claim,
    ]
    html = seed["people/lloyd-austin.md"].html()
    assert html.count(f">{SEED_TITLE}<") == 1
    links = re.findall(r"#((?:quote|claim)-\d+)", html)
    assert links == [
        *("claim-1", "claim-2", "quote-3", "claim-4", "quote-6", "quote-7", "quote-8", "quote-9"),
        *("claim-14", "quote-15", "claim-16", "claim-17"),
    ]


def test_an_organisation_has_its_claims_and_the_documents_it_issued(harbour: dict[str, PageSource]) -> None:
    article = "Harbour crane collapse halts night shifts"
    assert _lines(harbour["organisations/port-authority.md"]) == [
        "# Gdańsk Port Authority",
        "The body that runs the port.",
        "## Reported claims",
        "3 reported claims in 1 article, newest first.",
        f"### {article}",
        "June 2, 2023 · English",
        "⟦Nobody was hurt⟧, the Gdańsk Port Authority said in a statement, adding that night shifts would stop until "
        "every crane had been inspected.",
        "Reported claim, from a document: a statement · Read it in the article",
        "Nobody was hurt, the Gdańsk Port Authority said in a statement, adding that ⟦night shifts would stop until "
        "every crane had been inspected⟧.",
        "Reported claim · Read it in the article",
        "According to figures published by the Gdańsk Port Authority, ⟦traffic at the terminal fell by a fifth last year⟧.",
        "Reported claim, from a document: figures · Read it in the article",
        "Correction: An earlier version said a quarter.",
    ]
    assert harbour["organisations/port-authority.md"].meta == (("feed", "feeds/organisations/port-authority.xml"),)


def test_a_person_with_quotes_and_claims_says_which_is_which(harbour: dict[str, PageSource]) -> None:
    lines = _lines(harbour["people/lukasz-nowak.md"])
    assert lines[2:4] == ["## Quotes and reported claims", "1 quote and 1 reported claim in 1 article, newest first."]
    assert lines[6:] == [
        "Mayor Łukasz Nowak said ⟦the city had warned the port about the cranes in March⟧. “We asked for inspections "
        "twice. Nobody came.”",
        "Reported claim · Mayor · on June 1, 2023 · Read it in the article",
        "Mayor Łukasz Nowak said the city had warned the port about the cranes in March. “We asked for inspections "
        "twice. Nobody came.”",
        "Quote · Mayor · Read it in the article",
    ]
    assert "#claim-3" in harbour["people/lukasz-nowak.md"].html()
    assert "#quote-4" in harbour["people/lukasz-nowak.md"].html()


def test_a_one_word_fragment_reads_in_its_sentence(harbour: dict[str, PageSource]) -> None:
    assert _lines(harbour["people/zofia-adamska.md"])[6] == "Engineer Zofia Adamska said the inspections would take “weeks.”"


def test_the_indexes_list_people_and_organisations_apart_by_name_as_read(harbour: dict[str, PageSource]) -> None:
    assert _lines(harbour["people/index.md"]) == [
        "Home",
        "People",
        "# People",
        "Organisations quoted and cited",
        "L Z",
        "## L",
        "Laura Mills: credited on 1 article",
        "Łukasz Nowak: 1 quote, 1 reported claim",
        "## Z",
        "Zofia Adamska: 1 quote",
    ]
    assert _lines(harbour["organisations/index.md"]) == [
        "Home",
        "Organisations",
        "# Organisations",
        "People quoted and credited",
        "G H",
        "## G",
        "Gdańsk Port Authority: 3 reported claims",
        "## H",
        "Harbour Workers' Union: 1 reported claim",
    ]
    assert 'href="../organisations/"' in harbour["people/index.md"].html()
    assert "people/port-authority.md" not in harbour and "organisations/lukasz-nowak.md" not in harbour


def test_the_stories_with_unnamed_sources_are_listed_with_how_many(harbour: dict[str, PageSource]) -> None:
    assert _lines(harbour["sources/unnamed.md"]) == [
        "Home",
        "Stories with unnamed sources",
        "# Stories with unnamed sources",
        "Stories in which at least one quote or reported claim comes from a source the article does not name, with how "
        "many and how the article describes them.",
        "June 2, 2023: Harbour crane collapse halts night shifts English: 2 attributions to unnamed sources: "
        "A port official; Another official",
    ]
    assert 'href="sources/unnamed/"' in harbour["index.md"].html()
    assert 'href="../sources/unnamed/"' in harbour["articles/index.md"].html()


def test_no_unnamed_source_is_said_so() -> None:
    pages = _pages("quotes_nested_and_notes")
    assert _lines(pages["sources/unnamed.md"])[-1] == "No story in the archive relies on unnamed sources."


def test_every_link_to_an_entry_reaches_its_page(harbour: dict[str, PageSource]) -> None:
    union = Person("harbour-union", "Harbour Workers' Union", kind="organisation")
    assert site_paths.registry_page(union) == "organisations/harbour-union.md"
    assert site_paths.registry_page(Person("laura-mills", "Laura Mills")) == "people/laura-mills.md"
    home = harbour["index.md"].html()
    assert 'href="organisations/port-authority/"' in home and 'href="people/lukasz-nowak/"' in home
    for path in ("organisations/harbour-union.md", "organisations/port-authority.md", "people/lukasz-nowak.md"):
        assert path in harbour


def test_a_long_index_is_one_page_under_its_first_letters(tmp_path: Path) -> None:
    """No "Next →" through the alphabet: the reader jumps to a letter."""
    people = "".join(f"p{n:03d}:\n  name: {letter}erson {n:03d}\n" for n, letter in enumerate("PQ" * 40)) + PEOPLE
    archive = load_archive({"articles/people.yml": people.encode(), "articles/2024/2024-10-23-story.txt": ARTICLE.encode()})
    pages = generate_pages(archive, SITE_IDENTITY)
    index = pages["people/index.md"]
    assert isinstance(index, PageSource) and not any(path.startswith("people/page/") for path in pages)
    lines = _lines(index)
    assert [line for line in lines if line.startswith("## ")][-2:] == ["## P", "## Q"]
    assert lines[lines.index("## Q") + 1 :] == [f"Qerson {n:03d}" for n in range(1, 80, 2)]
    assert '<a href="#letter-q">Q</a>' in index.html()


@pytest.mark.parametrize(
    ("paragraph", "passage", "shown"),
    [
        ("He said so. It ended. “Masalah Pasifik.”", "Masalah Pasifik.", ("He said so. It ended. “", "”")),
        (
            "Mr. Smith met U.S. officials on Monday, and said “no.” Then he left.",
            "no.",
            ("Mr. Smith met U.S. officials on Monday, and said “", "” Then he left."),
        ),
        (
            "A first sentence that is long enough to stand on its own here. “We asked twice. Nobody came,” she said.",
            "Nobody came,",
            ("A first sentence that is long enough to stand on its own here. “We asked twice. ", "” she said."),
        ),
        ("Short one.\nAnd a\n  second line, said the mayor.", "second line", ("Short one. And a ", ", said the mayor.")),
    ],
)
def test_the_sentence_around_a_passage(paragraph: str, passage: str, shown: tuple[str, str]) -> None:
    start = paragraph.index(passage)
    assert around(paragraph, start, start + len(passage)) == shown


def test_a_long_sentence_is_cut_between_words_within_the_bound() -> None:
    paragraph = " ".join(f"word{n}" for n in range(200)) + " the passage " + " ".join(f"more{n}" for n in range(200)) + "."
    start = paragraph.index("the passage")
    before, after = around(paragraph, start, start + len("the passage"))
    assert before.startswith("… word") and before.endswith(" word199 ")
    assert after.startswith(" more0 ") and after.endswith(" …")
    assert len(before) + len(after) <= MAX_AROUND + 2
    assert all(piece in paragraph for piece in (before[2:], after[:-2]))
