"""Pagefind's word index re-cut into small chunks: every word kept, in order, findable by Pagefind's own rule."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import cbor2
import pytest

from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.search import pagefind
from build_scripts.search.pagefind import SearchIndexError, write_index
from build_scripts.search.pagefind_format import CHUNK_BYTES, SIGNATURE, ChunkFormatError, finer_chunks
from build_scripts.search.records import SearchRecord, search_records

from support import REPO


def _read(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def _decoded(data: bytes) -> list:
    assert data.startswith(SIGNATURE)
    return cbor2.loads(data[len(SIGNATURE) :])


def _language_index(bundle: Path, language: str) -> tuple[bytes, dict[str, bytes]]:
    """A language's metadata and the chunks it names, gunzipped."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    meta = _read(bundle / f"pagefind.{entry['languages'][language]['hash']}.pf_meta")
    return meta, {name: _read(bundle / "index" / f"{name}.pf_index") for _, _, name in _decoded(meta)[2]}


def _words(meta: bytes, chunks: dict[str, bytes]) -> list[list]:
    return [word for _, _, name in _decoded(meta)[2] for word in _decoded(chunks[name])[0]]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's archive indexed as the build does: one bundle, English and Indonesian."""
    records: tuple[SearchRecord, ...] = search_records(load_archive(read_sources(REPO)))
    folder = tmp_path_factory.mktemp("site") / "pagefind"
    assert write_index(records, folder) is None
    return folder


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_written_index_is_cut_into_chunks_of_at_most_twice_chunk_bytes_of_words(index: Path, language: str) -> None:
    _, chunks = _language_index(index, language)
    assert len(chunks) > 1  # Pagefind wrote one: fewer than 20,000 word locations
    for content in chunks.values():
        words = _decoded(content)[0]
        assert len(words) == 1 or sum(len(cbor2.dumps(word)) for word in words) <= 2 * CHUNK_BYTES


def test_the_index_folder_holds_the_chunks_the_metadata_names_and_no_other(index: Path) -> None:
    named = {name for language in ("en", "id") for name in _language_index(index, language)[1]}
    assert {path.name for path in (index / "index").iterdir()} == {f"{name}.pf_index" for name in named}


@pytest.mark.parametrize("language", ["en", "id"])
def test_recutting_keeps_every_word_entry_in_order_and_the_rest_of_the_metadata(index: Path, language: str) -> None:
    meta, chunks = _language_index(index, language)
    new_meta, new_chunks = finer_chunks(meta, chunks, chunk_bytes=300)
    assert _words(new_meta, new_chunks) == _words(meta, chunks)
    before, after = _decoded(meta), _decoded(new_meta)
    assert after[:2] == before[:2] and after[3:] == before[3:]
    listed = after[2]
    assert [name for _, _, name in listed] == list(new_chunks) and len(listed) > len(before[2])
    assert all(name.startswith(f"{language}_") for name in new_chunks)


def _word(text: str, locations: int = 2) -> list:
    return [text, [[0, list(range(locations)), []]]]


def _bundle_of(*words: list) -> tuple[bytes, dict[str, bytes]]:
    meta = SIGNATURE + cbor2.dumps(["1.5.2", [["en_page", 2]], [[words[0][0], words[-1][0], "en_all"]], [], []])
    return meta, {"en_all": SIGNATURE + cbor2.dumps([list(words)])}


def test_each_chunk_is_bounded_by_the_shortest_beginnings_that_tell_it_from_its_neighbours() -> None:
    """Pagefind's own rule (`chunk_meta`), which its search relies on to pick the chunk of a word."""
    meta, chunks = _bundle_of(_word("apple", 20), _word("apricot"), _word("banana"), _word("peach"))
    new_meta, new_chunks = finer_chunks(
        meta, chunks, chunk_bytes=sum(len(cbor2.dumps(_word(text))) for text in ("apricot", "banana"))
    )
    assert [(first, last) for first, last, _ in _decoded(new_meta)[2]] == [("apple", "app"), ("apr", "b"), ("p", "peach")]
    assert [[word[0] for word in _decoded(content)[0]] for content in new_chunks.values()] == [
        ["apple"],
        ["apricot", "banana"],
        ["peach"],
    ]


def test_a_chunk_ends_where_its_last_word_and_the_next_share_the_shortest_beginning() -> None:
    """Pagefind looks for a query's longer forms in one chunk: `latih|latihan` would lose `latihan` to `latih`."""
    texts = ("aa", "ab", "ac", "ba", "bb", "latih", "latihan", "latihannya", "ma")
    meta, chunks = _bundle_of(*(_word(text) for text in texts))
    first_seven = sum(len(cbor2.dumps(_word(text))) for text in texts[:7])
    new_meta, new_chunks = finer_chunks(meta, chunks, chunk_bytes=first_seven)
    assert [[word[0] for word in _decoded(content)[0]] for content in new_chunks.values()] == [
        ["aa", "ab", "ac", "ba", "bb"],
        ["latih", "latihan", "latihannya", "ma"],
    ]
    assert [(first, last) for first, last, _ in _decoded(new_meta)[2]] == [("aa", "b"), ("l", "ma")]


def test_a_chunk_grows_up_to_twice_its_size_to_keep_a_family_of_words_whole() -> None:
    texts = ("latih", "latihan", "latihanku", "latihannya", "ma")
    meta, chunks = _bundle_of(*(_word(text, 100) for text in texts))
    two = sum(len(cbor2.dumps(_word(text, 100))) for text in texts[:2]) + 10
    _, new_chunks = finer_chunks(meta, chunks, chunk_bytes=two)
    assert [[word[0] for word in _decoded(content)[0]] for content in new_chunks.values()] == [
        ["latih", "latihan", "latihanku", "latihannya"],
        ["ma"],
    ]


def test_a_word_bigger_than_a_chunk_is_a_chunk_of_its_own() -> None:
    meta, chunks = _bundle_of(_word("apple"), _word("banana"))
    _, new_chunks = finer_chunks(meta, chunks, chunk_bytes=1)
    assert [[word[0] for word in _decoded(content)[0]] for content in new_chunks.values()] == [["apple"], ["banana"]]


def test_a_chunk_the_metadata_names_but_the_bundle_lacks_is_reported() -> None:
    meta, _ = _bundle_of(_word("apple"))
    with pytest.raises(ChunkFormatError, match=r"^metadata names chunk en_all, which the bundle does not hold$"):
        finer_chunks(meta, {})


def test_a_bundle_that_cannot_be_recut_fails_the_index_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError) as raised:
        pagefind._write_recut({"index/en_1.pf_index": b"not gzip"}, tmp_path)
    assert str(raised.value) == "index chunks not re-cut: ChunkFormatError: the bundle has no pagefind-entry.json"
