"""Each mistake a contributor can make gives one exact `path:line:col: message`, from `check` and from `mkdocs build --strict`."""

from __future__ import annotations

import json

import pytest

from support import ARTICLE, PEOPLE, in_fresh_interpreter, run_check, run_mkdocs

TXT = "articles/2024/2024-10-23-story.txt"
YML = "articles/2024/2024-10-23-story.yml"

CASES: dict[str, tuple[dict[str, str | bytes], str]] = {
    "yaml_syntax_error": (
        {TXT: ARTICLE, YML: "quotes:\n  - quote: we see evidence\n    speaker: [lloyd-austin\n"},
        f"{YML}:4:1: YAML syntax error: while parsing a flow sequence did not find expected ',' or ']'; "
        "check the indentation and quoting on this line",
    ),
    "unknown_key": (
        {TXT: ARTICLE, YML: "quotes:\n  - quote: we see evidence\n    speakr: lloyd-austin\n"},
        f"{YML}:2:5: quote has no source: add `speaker:` (an id from articles/people.yml), `unnamed:` (a source the article does not name) or `document:` (a report or data)\n"
        f"{YML}:3:5: unknown key 'speakr' in quote; expected one of: quote, speaker, unnamed, document, role, context, date, source, "
        "occurrence, confirmed; did you mean 'speaker'?",
    ),
    "wrong_type": (
        {TXT: ARTICLE, YML: "quotes:\n  quote: we see evidence\n  speaker: lloyd-austin\n"},
        f"{YML}:2:3: 'quotes': expected a list (lines starting with '- '); found a mapping (key: value lines)",
    ),
    "quote_not_found": (
        {TXT: ARTICLE, YML: "quotes:\n  - quote: we saw evidence\n    speaker: lloyd-austin\n"},
        f"{YML}:2:12: quote not found in the article: 'we saw evidence'; "
        "closest text in paragraph 1 (line 3): '“we see evidence”'",
    ),
    "ambiguous_quote": (
        {
            TXT: ARTICLE.replace("Second paragraph:", "Second paragraph, Austin said: “we see evidence”."),
            YML: "quotes:\n  - quote: we see evidence\n    speaker: lloyd-austin\n",
        },
        f"{YML}:2:12: quote found 2 times (paragraph 1 (line 3), paragraph 2 (line 5)); add `occurrence: N` to say which one",
    ),
    "unknown_person": (
        {TXT: ARTICLE, YML: "quotes:\n  - quote: we see evidence\n    speaker: loyd-austin\n"},
        f"{YML}:3:14: unknown person id 'loyd-austin' in 'speaker'; did you mean 'lloyd-austin'? "
        "If not, add them to articles/people.yml as `loyd-austin: {name: ...}`",
    ),
    "bad_file_name": (
        {"articles/2024/Story About Things.txt": ARTICLE},
        "articles/2024/Story About Things.txt:1:1: file name does not match articles/<YYYY>/<YYYY-MM-DD>-<slug>.txt "
        "(or .yml), slug in lowercase letters, digits and hyphens; rename it, e.g. to articles/YYYY/story-about-things.txt",
    ),
    "yml_without_txt": (
        {TXT: ARTICLE, "articles/2024/2024-10-23-stroy.yml": "language: en\n"},
        "articles/2024/2024-10-23-stroy.yml:1:1: annotation file has no article: expected "
        "articles/2024/2024-10-23-stroy.txt beside it; did you mean to name it after articles/2024/2024-10-23-story.txt?",
    ),
    "not_utf8": (
        {TXT: "Title\n\nCaf\xe9 society\n".encode("latin-1")},
        f"{TXT}:3:4: text is not UTF-8: byte 0xE9 cannot start or continue a UTF-8 character; "
        "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)",
    ),
    "unsafe_url": (
        {TXT: ARTICLE, YML: "quotes:\n  - quote: we see evidence\n    speaker: lloyd-austin\n    source: javascript:alert(1)\n"},
        f"{YML}:4:13: 'source': expected a link starting with http://, https:// or mailto: and without spaces or quotes; "
        "found 'javascript:alert(1)'",
    ),
    "duplicate_key": (
        {TXT: ARTICLE, YML: "language: en\nlanguage: id\n"},
        f"{YML}:2:1: duplicate key 'language' (first given on line 1); keep only one",
    ),
    "quote_across_paragraphs": (
        {TXT: ARTICLE, YML: "quotes:\n  - quote: said Austin. Second paragraph\n    speaker: lloyd-austin\n"},
        f"{YML}:2:12: quote runs across a paragraph break, starting in paragraph 1 (line 3); "
        "annotate the part in each paragraph separately",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_check_prints_the_exact_problem_and_fails(case: str, archive_dir) -> None:
    files, expected = CASES[case]
    result = run_check(archive_dir(files))
    assert result.stdout == expected + "\n"
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_check_reports_every_problem_of_every_file_in_one_run(archive_dir) -> None:
    files = {**CASES["unknown_person"][0], **CASES["bad_file_name"][0], **CASES["yml_without_txt"][0]}
    result = run_check(archive_dir(files))
    assert result.stdout.splitlines() == [
        CASES["unknown_person"][1],
        CASES["yml_without_txt"][1],
        CASES["bad_file_name"][1],
    ]
    assert result.stderr == "1 articles, 3 people: 3 problems in 3 files\n"


def test_a_duplicate_key_an_alias_or_a_tag_hides_no_other_mistake_of_its_file(archive_dir) -> None:
    """The value written so is left out (of a duplicate key, the second), and the rest of the file is read on."""
    yml = (
        "language: en\n"
        "language: id\n"
        "tags: !!python/object x\n"
        "quotes:\n"
        "  - &first\n"
        "    quote: we see evidence\n"
        "    speaker: loyd-austin\n"
        "  - *first\n"
        "  - quote: we saw evidence\n"
        "    speaker: lloyd-austin\n"
        "    role: 5\n"
    )
    result = run_check(archive_dir({TXT: ARTICLE, YML: yml}))
    assert result.stdout.splitlines() == [
        f"{YML}:2:1: duplicate key 'language' (first given on line 1); keep only one",
        f"{YML}:3:7: YAML tag 'tag:yaml.org,2002:python/object' is not allowed; remove the tag and write plain text",
        f"{YML}:7:14: unknown person id 'loyd-austin' in 'speaker'; did you mean 'lloyd-austin'? "
        "If not, add them to articles/people.yml as `loyd-austin: {name: ...}`",
        f"{YML}:8:5: YAML aliases (*name) are not allowed here; write the value out in full",
        f"{YML}:9:12: quote not found in the article: 'we saw evidence'; closest text in paragraph 1 (line 3): '“we see evidence”'",
        f"{YML}:11:11: 'role': expected text; found the number 5: put it in quotes",
    ]
    assert result.returncode == 1


def test_check_passes_a_clean_archive(archive_dir) -> None:
    result = run_check(archive_dir({TXT: ARTICLE, YML: "quotes:\n  - quote: we see evidence\n    speaker: lloyd-austin\n"}))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "1 articles, 3 people: no problems\n")


@pytest.mark.parametrize("case", ["quote_not_found", "unknown_key", "not_utf8"])
def test_strict_mkdocs_build_fails_with_the_same_message(case: str, site_project) -> None:
    files, expected = CASES[case]
    result = run_mkdocs(site_project(files), "--strict")
    assert result.returncode == 1
    for line in expected.splitlines():
        assert f"WARNING -  {line}\n" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unconfirmed_speaker_is_a_warning_that_strict_fails(archive_dir) -> None:
    root = archive_dir(
        {TXT: ARTICLE, YML: "quotes:\n  - quote: we see evidence\n    speaker: lloyd-austin\n    confirmed: false\n"}
    )
    warning = (
        f"{YML}:3:14: warning: speaker 'lloyd-austin' is a proposal nobody has confirmed; check who said this, "
        "then delete `confirmed: false`\n"
    )
    result = run_check(root)
    assert (result.returncode, result.stdout, result.stderr) == (0, warning, "1 articles, 3 people: 1 warning in 1 file\n")
    assert run_check(root, "--strict").returncode == 1


def test_github_format_puts_each_problem_on_its_line_in_the_pull_request(archive_dir) -> None:
    files = {
        **CASES["unknown_person"][0],
        "articles/2024/2024-10-23-story.yml": "quotes:\n  - quote: we see evidence\n    speaker: loyd-austin\n  - quote: 'It is a very serious matter,'\n"
        "    speaker: john-kirby\n    confirmed: false\n",
    }
    result = run_check(archive_dir(files), "--format", "github")
    assert result.stdout.splitlines() == [
        f"::error file={YML},line=3,col=14,title=archive check::unknown person id 'loyd-austin' in 'speaker'; "
        "did you mean 'lloyd-austin'? If not, add them to articles/people.yml as `loyd-austin: {name: ...}`",
        f"::warning file={YML},line=5,col=14,title=archive check::speaker 'john-kirby' is a proposal nobody has "
        "confirmed; check who said this, then delete `confirmed: false`",
    ]
    assert result.returncode == 1


def test_every_file_has_a_size_limit(archive_dir) -> None:
    result = run_check(archive_dir({"articles/people.yml": b"# " + b"x" * 5_000_000 + b"\n", TXT: ARTICLE}))
    assert result.stdout == (
        "articles/people.yml:1:1: file is over 5,000,000 bytes; the limit is 5,000,000 bytes: split it, "
        "or check that it is the right file\n"
    )
    assert result.returncode == 1


def test_the_closest_passages_share_one_budget_for_the_whole_archive() -> None:
    """Three costly near misses: the first two files by path get the closest passage, the third only the advice,
    on one process or two (in a fresh Python, where a partner can be forked whatever other tests left)."""
    code = f"""
import json
from build_scripts.build import pipeline, workers
from build_scripts.read.archive import load_archive
from build_scripts.site_config import SiteIdentity
files = {{"articles/people.yml": {PEOPLE.encode()!r}}}
for n in range(1, 4):
    stem = f"articles/2024/2024-06-0{{n}}-near-miss"
    files[f"{{stem}}.txt"] = ("Title\\n\\n" + "a" * 3000 + "\\n").encode()
    files[f"{{stem}}.yml"] = ("quotes:\\n  - {{quote: " + "a" * 3000 + "b, speaker: lloyd-austin}}\\n").encode()
serial = load_archive(files).problems
partner, partners = workers.partner, []
workers.partner = lambda job: partners.append(job) or partner(job)
workers.MIN_ITEMS = 2
shared = pipeline.build_site(files, SiteIdentity("Archive", "http://127.0.0.1:8000/")).problems
hints = [(p.path[-16:], p.message.rpartition("; ")[2][:24]) for p in serial]
print(json.dumps([len(partners), shared == serial, hints]))
"""
    status, shown, errors = in_fresh_interpreter(code)
    assert status == 0, errors
    assert json.loads(shown) == [
        1,
        True,
        [
            ["01-near-miss.yml", "closest text in paragrap"],
            ["02-near-miss.yml", "closest text in paragrap"],
            ["03-near-miss.yml", "copy the text exactly as"],
        ],
    ]
