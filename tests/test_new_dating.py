"""`new` dates each article by what it prints, never by the day it runs, and files a backlog in one run,
saying for each file what became of it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support import run_new, write_files

ANTARA = """\
Halte baru dibuka di Jakarta

JAKARTA (ANTARA) - Gubernur meresmikan halte baru pada Selasa (14/1/2025) pagi.

Halte itu melayani tiga rute bus.
"""
REUTERS = """\
Kenya cuts rates

NAIROBI, Nov 18 (Reuters) - Kenya's central bank cut its main lending rate by half a point.

The decision was expected by markets.
"""
UNDATED = """\
Bridge reopens

The bridge over the river reopened to traffic after repairs.
"""
AFP = """\
Farmers block roads

PARIS, Nov 18, 2024 (AFP) - Farmers blocked roads around the capital.
"""
LEAP = """\
Leap day

BERLIN, Feb 29 (Reuters) - The parliament met.
"""
NOT_FILED = "nothing was written"


def _matches(lines: list[str], expected: list[str | re.Pattern[str]]) -> bool:
    """Each line is its expected text, or matches its pattern (the summary `scaffold.summary` words)."""
    return len(lines) == len(expected) and all(
        e.fullmatch(line) if isinstance(e, re.Pattern) else line == e for line, e in zip(lines, expected, strict=True)
    )


def _filed(stem: str) -> list[str | re.Pattern[str]]:
    return [
        re.compile(rf"wrote {re.escape(stem)}\.yml: .*"),
        re.compile(rf"next: check every proposal in {re.escape(stem)}\.yml.*"),
    ]


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    write_files(
        tmp_path / "inbox",
        {
            "1-antara.txt": ANTARA,
            "2-reuters.txt": REUTERS,
            "3-undated.txt": UNDATED,
            "4-afp.txt": AFP,
            "notes.md": "# not an article",
        },
    )
    return tmp_path / "inbox"


def test_a_backlog_is_filed_at_once_and_what_cannot_be_dated_is_listed_and_left(tmp_path: Path, inbox: Path) -> None:
    root = tmp_path / "project"
    result = run_new(root, str(inbox))
    assert result.returncode == 1
    halte, farmers = "articles/2025/2025-01-14-halte-baru-dibuka-di-jakarta", "articles/2024/2024-11-18-farmers-block-roads"
    assert _matches(
        result.stdout.splitlines(),
        [
            f"[1/4] {inbox}/1-antara.txt",
            f'wrote {halte}.txt (the text as received, dated by the day its text names, "Selasa (14/1/2025)")',
            *_filed(halte),
            f"[2/4] {inbox}/2-reuters.txt",
            f"[3/4] {inbox}/3-undated.txt",
            f"[4/4] {inbox}/4-afp.txt",
            f'wrote {farmers}.txt (the text as received, dated by its dateline, "Nov 18, 2024")',
            *_filed(farmers),
            f"filed 2 of 4 articles; not filed: {inbox}/2-reuters.txt, {inbox}/3-undated.txt",
        ],
    ), result.stdout
    assert result.stderr.splitlines() == [
        f'{inbox}/2-reuters.txt:3:1: its dateline gives a day without its year ("Nov 18"); {NOT_FILED}: '
        "give the year with --year YYYY, or the date with --date YYYY-MM-DD",
        f"{inbox}/3-undated.txt:1:1: no date found: no dateline with a date, and no day named in the text; "
        f"{NOT_FILED}: give the article's date with --date YYYY-MM-DD",
    ]
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt")) == [f"{farmers}.txt", f"{halte}.txt"]
    assert (root / f"{halte}.txt").read_text(encoding="utf-8") == ANTARA

    # The second run files what was left, with what it lacked.
    kenya = run_new(root, str(inbox / "2-reuters.txt"), "--year", "2024")
    assert kenya.returncode == 0, kenya.stderr
    assert kenya.stdout.splitlines()[0] == (
        'wrote articles/2024/2024-11-18-kenya-cuts-rates.txt (the text as received, dated by its dateline, "Nov 18", '
        "and --year 2024)"
    )
    bridge = run_new(root, str(inbox / "3-undated.txt"), "--date", "2025-02-01")
    assert bridge.returncode == 0, bridge.stderr
    assert (
        bridge.stdout.splitlines()[0]
        == "wrote articles/2025/2025-02-01-bridge-reopens.txt (the text as received, dated by --date)"
    )


def test_an_article_with_no_date_is_never_dated_today(tmp_path: Path) -> None:
    write_files(tmp_path, {"story.txt": UNDATED})
    for extra in ([], ["--year", "2024"]):
        result = run_new(tmp_path / "project", str(tmp_path / "story.txt"), *extra)
        assert (result.returncode, result.stdout) == (1, "")
        completes = " (--year completes a dateline's month and day)" if extra else ""
        assert result.stderr == (
            f"{tmp_path}/story.txt:1:1: no date found: no dateline with a date, and no day named in the text"
            f"{completes}; {NOT_FILED}: give the article's date with --date YYYY-MM-DD\n"
        )
    assert not (tmp_path / "project").exists()


def test_a_year_completes_a_dateline_only_on_a_day_the_calendar_has(tmp_path: Path) -> None:
    write_files(tmp_path, {"leap.txt": LEAP})
    refused = run_new(tmp_path / "project", str(tmp_path / "leap.txt"), "--year", "2023")
    assert (refused.returncode, refused.stdout) == (1, "")
    assert refused.stderr == (
        f'{tmp_path}/leap.txt:3:1: "Feb 29" is not a day of 2023; {NOT_FILED}: check --year, or give the date with --date\n'
    )
    filed = run_new(tmp_path / "project", str(tmp_path / "leap.txt"), "--year", "2024")
    assert filed.returncode == 0, filed.stderr
    assert (tmp_path / "project/articles/2024/2024-02-29-leap-day.txt").is_file()


def test_date_given_on_the_command_line_wins(tmp_path: Path) -> None:
    write_files(tmp_path, {"afp.txt": AFP})
    result = run_new(tmp_path / "project", str(tmp_path / "afp.txt"), "--date", "2024-11-19")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "project/articles/2024/2024-11-19-farmers-block-roads.yml").is_file()


def test_one_slug_cannot_name_several_articles(tmp_path: Path, inbox: Path) -> None:
    result = run_new(tmp_path / "project", str(inbox), "--slug", "one")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "--slug names one article, and 4 were given: leave it out to make each slug from its title\n"
    assert not (tmp_path / "project").exists()


def test_paths_that_hold_no_article_are_reported_and_the_rest_filed(tmp_path: Path, inbox: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run_new(tmp_path / "project", str(tmp_path / "empty"), str(tmp_path / "gone.txt"), str(inbox / "4-afp.txt"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{tmp_path}/empty:1:1: folder holds no .txt file; expected articles saved as .txt",
        f"{tmp_path}/gone.txt:1:1: cannot read the article: No such file or directory",
    ]
    assert result.stdout.splitlines()[-1] == f"filed 1 of 2 articles; not filed: {tmp_path}/gone.txt"
    assert (tmp_path / "project/articles/2024/2024-11-18-farmers-block-roads.txt").is_file()
