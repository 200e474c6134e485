"""What `mkdocs serve` keeps between builds never changes what a build makes: with the memo or without, same files."""

from __future__ import annotations

from build_scripts.build.memo import Memo, kept_in
from build_scripts.build.pipeline import build_site, generate_pages
from build_scripts.build.site_files import Generated
from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources

from support import REPO, SITE_IDENTITY

SEED = "articles/2024/2024-10-23-korea-utara-kirim-tentara-ke-rusia"


def _build(files: dict[str, bytes | None], memo: Memo) -> dict[str, Generated]:
    """As the preview builds: the memo in effect around the build, then told the build ended."""
    with kept_in(memo):
        pages = build_site(files, SITE_IDENTITY).files
    memo.next_build()
    return pages


def test_edits_built_with_the_memo_make_the_same_files_as_a_fresh_build() -> None:
    files = read_sources(REPO)
    text, yml, people = files[f"{SEED}.txt"], files[f"{SEED}.yml"], files["articles/people.yml"]
    assert text is not None and yml is not None and people is not None
    edits = [
        {f"{SEED}.txt": text.replace(b"Korea Utara", b"Korea Selatan", 1)},  # the title: lists, neighbours, people
        {f"{SEED}.yml": yml.replace(b"speaker: john-kirby", b"speaker: lloyd-austin")},  # a quote moves to another person
        {f"{SEED}.yml": yml, f"{SEED}.txt": text},  # and back
        {"articles/people.yml": people.replace(b"name: Lloyd Austin", b"name: Lloyd J. Austin")},
    ]
    memo = Memo()
    current = dict(files)
    assert _build(current, memo) == generate_pages(load_archive(current), SITE_IDENTITY)
    for edit in edits:
        current |= edit
        assert _build(current, memo) == generate_pages(load_archive(current), SITE_IDENTITY), edit
    deleted = {path: data for path, data in current.items() if not path.startswith(SEED)}
    assert _build(deleted, memo) == generate_pages(load_archive(deleted), SITE_IDENTITY)
