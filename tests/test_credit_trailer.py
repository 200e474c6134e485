"""The trailer of a newsroom's story: shown once under Credits, never as the story; a credit line `check` and
`new` cannot read, or that gives initials, is a warning at its line, never a silent zero."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from build_scripts.build.pipeline import generate_pages
from build_scripts.contribute.scaffold import scaffold, summary
from build_scripts.read.archive import load_archive
from build_scripts.read.raw_text import parse_raw
from build_scripts.render.page_blocks import PageSource

from html_text import article_paragraphs
from support import PEOPLE, SITE_IDENTITY, collapsed, run_check, write_files

STORY = "articles/2024/2024-11-18-banjir"
TEXT = """\
Banjir rendam Jakarta

JAKARTA (ANTARA) - Hujan deras merendam 12 RT, kata Kepala BPBD.

Warga mengungsi ke masjid.

Pewarta: Ahmad Fauzi
Editor: Budi Santoso (ed.)
COPYRIGHT © ANTARA 2024
"""
INITIALS = """\
Banjir rendam Jakarta

Jakarta, CNN Indonesia -- Hujan deras merendam 12 RT.

Warga mengungsi ke masjid, kata dia. (mnf/sfr)
"""
UNREAD = (
    f"{STORY}.txt:8:1: warning: credit line not understood: 'Editor: Budi Santoso (ed.)'; "
    f"add a `byline:` to {STORY}.yml naming the journalists it credits"
)
INITIALS_WARNING = (
    f"{STORY}.txt:5:38: warning: credit line gives initials, not names: '(mnf/sfr)'; "
    f"add a `byline:` to {STORY}.yml naming the journalists"
)


def _check(root: Path, files: dict[str, str], *options: str) -> list[str]:
    write_files(root, {"articles/people.yml": PEOPLE, **files})
    result = run_check(root, *options)
    assert "Traceback" not in result.stderr
    return result.stdout.splitlines()


def test_check_warns_of_a_credit_line_it_cannot_read_and_of_initials(tmp_path: Path) -> None:
    assert _check(tmp_path, {f"{STORY}.txt": TEXT}) == [UNREAD]
    assert _check(tmp_path / "initials", {f"{STORY}.txt": INITIALS}) == [INITIALS_WARNING]


def test_no_warning_once_the_annotation_file_names_the_credits(tmp_path: Path) -> None:
    byline = "byline:\n  - {name: Budi Santoso, role: edited}\n"
    assert _check(tmp_path, {f"{STORY}.txt": TEXT, f"{STORY}.yml": byline}, "--strict") == []
    contributors = "contributors:\n  - {name: Mira Fauzia}\n"
    assert _check(tmp_path / "initials", {f"{STORY}.txt": INITIALS, f"{STORY}.yml": contributors}, "--strict") == []


def test_new_proposes_what_it_read_and_lists_what_it_did_not() -> None:
    raw, _ = parse_raw("banjir.txt", TEXT)
    assert raw is not None
    result = scaffold(raw, {}, dt.date(2024, 11, 18), "banjir")
    assert "byline:\n  - {name: Ahmad Fauzi, role: reported}  # proposed: check\n" in result.yml_text
    assert (
        "# Credit lines not understood: add who they credit to byline: or contributors: by hand.\n"
        "#   line 8: Editor: Budi Santoso (ed.)\n"
    ) in result.yml_text
    lines = summary(result, "dated by --date").splitlines()
    assert lines[2] == UNREAD
    assert ", 1 credit, " in lines[1]


def test_new_marks_initials_for_an_editor_to_name() -> None:
    raw, _ = parse_raw("banjir.txt", INITIALS)
    assert raw is not None
    result = scaffold(raw, {}, dt.date(2024, 11, 18), "banjir")
    assert (
        "byline:\n"
        "  - {name: mnf, role: wrote}  # proposed: check; initials as printed: name the journalist\n"
        "  - {name: sfr, role: edited}  # proposed: check; initials as printed: name the journalist\n"
    ) in result.yml_text
    assert summary(result, "dated by --date").splitlines()[2] == INITIALS_WARNING


ANTARA = """\
Banjir rendam Jakarta

JAKARTA (ANTARA) - Hujan deras merendam 12 RT, kata Kepala BPBD.

Baca juga: Tanggul jebol di Bekasi

Warga mengungsi ke masjid, ujar seorang editor warga.

Pewarta: Ahmad Fauzi
Editor: Budi Santoso
COPYRIGHT © ANTARA 2024
"""


def test_the_trailer_is_shown_once_under_credits_and_never_as_the_story() -> None:
    path = f"{STORY}.txt"
    archive = load_archive({"articles/people.yml": PEOPLE.encode(), path: ANTARA.encode()})
    assert [str(p) for p in archive.problems] == []
    page = generate_pages(archive, SITE_IDENTITY)[f"{STORY}.md"]
    assert isinstance(page, PageSource)
    shown = [collapsed(p) for p in article_paragraphs(page.html())]
    story = [
        "JAKARTA (ANTARA) - Hujan deras merendam 12 RT, kata Kepala BPBD.",
        "Warga mengungsi ke masjid, ujar seorang editor warga.",
    ]
    trailer = ["Baca juga: Tanggul jebol di Bekasi", "Pewarta: Ahmad Fauzi Editor: Budi Santoso COPYRIGHT © ANTARA 2024"]
    assert shown[0] == "Oleh Ahmad Fauzi"  # the byline, then the dateline
    assert shown[2:] == story + trailer
    assert "<li>Ahmad Fauzi: melaporkan</li>" in page.html() and "<li>Budi Santoso: menyunting</li>" in page.html()
    assert "<p>Pewarta: Ahmad Fauzi<br />\nEditor: Budi Santoso<br />\nCOPYRIGHT © ANTARA 2024</p>" in _untagged(page.html())


def _untagged(html: str) -> str:
    """The page's paragraphs without their classes: the line breaks a trailer keeps are what is asserted."""
    return re.sub(r'<p class="[^"]*">', "<p>", html)
