"""Messages about a contributor's files: each one line, each pointing at a fix that works."""

from __future__ import annotations

from pathlib import Path

from support import ARTICLE, PEOPLE, run_check, write_files


def _check(root: Path, files: dict[str, str]) -> list[str]:
    write_files(root, {"articles/people.yml": PEOPLE, **files})
    result = run_check(root)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout.splitlines()


def test_a_four_digit_year_below_1000_is_told_to_its_four_digit_folder(tmp_path: Path) -> None:
    """Following the fix the message gives must not lead to another message sending the file back."""
    assert _check(tmp_path, {"articles/1/0001-01-01-x.txt": ARTICLE}) == [
        "articles/1/0001-01-01-x.txt:1:1: file name does not match articles/<YYYY>/<YYYY-MM-DD>-<slug>.txt (or .yml), "
        "slug in lowercase letters, digits and hyphens; rename it, e.g. to articles/0001/0001-01-01-x.txt"
    ]
    assert _check(tmp_path / "moved", {"articles/0001/0001-01-01-x.txt": ARTICLE}) == [
        "articles/0001/0001-01-01-x.txt:1:1: file name has the year 0001; expected a year from 1600 to 2100"
    ]


def test_a_year_no_news_article_can_have_is_refused(tmp_path: Path) -> None:
    assert _check(tmp_path, {"articles/9999/9999-12-31-x.txt": ARTICLE}) == [
        "articles/9999/9999-12-31-x.txt:1:1: file name has the year 9999; expected a year from 1600 to 2100"
    ]


def test_a_file_name_cannot_start_a_line_a_ci_system_reads_as_a_command(tmp_path: Path) -> None:
    name = "articles/2024/2024-01-01-x\n::error file=README.md::forged.txt"
    lines = _check(tmp_path, {name: ARTICLE})
    assert not any(line.startswith("::") for line in lines), lines
    assert lines == [
        "articles/2024/2024-01-01-x\\n::error file=README.md::forged.txt:1:1: file name does not match "
        "articles/<YYYY>/<YYYY-MM-DD>-<slug>.txt (or .yml), slug in lowercase letters, digits and hyphens; "
        "rename it, e.g. to articles/2024/2024-01-01-x-error-file-readme-md-forged.txt"
    ]


def test_a_registry_that_cannot_be_read_is_one_problem_not_one_per_reference(tmp_path: Path) -> None:
    """Every quote's speaker would be 'unknown' while people.yml is unreadable: only the real mistake is shown."""
    people = PEOPLE + "bad: \x01\n"
    story = "articles/2024/2024-10-23-story"
    yml = "quotes:\n  - quote: we see evidence\n    speaker: lloyd-austin\n  - quote: It is a very serious matter,\n    speaker: john-kirby\n"
    write_files(tmp_path, {"articles/people.yml": people, f"{story}.txt": ARTICLE, f"{story}.yml": yml})
    result = run_check(tmp_path)
    assert result.stdout.splitlines() == [
        'articles/people.yml:8:6: YAML cannot hold the character U+0001; delete it, or write it as "\\u0001" inside double quotes'
    ]


def test_an_entry_left_out_of_the_registry_is_not_also_an_unknown_id(tmp_path: Path) -> None:
    people = PEOPLE + "big:\n  name: " + "N" * 100_000 + "\n"
    story = "articles/2024/2024-10-23-story"
    yml = "quotes:\n  - quote: we see evidence\n    speaker: big\n  - quote: It is a very serious matter,\n    speaker: nobody\n"
    write_files(tmp_path, {"articles/people.yml": people, f"{story}.txt": ARTICLE, f"{story}.yml": yml})
    assert run_check(tmp_path).stdout.splitlines() == [
        f"{story}.yml:5:14: unknown person id 'nobody' in 'speaker'; add them to articles/people.yml as `nobody: {{name: ...}}`",
        "articles/people.yml:9:9: person 'big' 'name': 100,000 characters; the limit is 200: shorten it",
    ]
