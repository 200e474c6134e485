"""Pagefind's file format: the one module that reads and rewrites the bundles Pagefind writes.

What it relies on, at pagefind==1.5.2 (requirements.txt; tests/test_upstream_internals.py checks each
on an index Pagefind really wrote, so an upgrade that changes one fails there):

- every index file is gzipped `pagefind_dcd` (SIGNATURE) + CBOR, arrays with minimal-length heads;
- `pagefind-entry.json` names each language's metadata by hash, `{"languages": {language: {"hash": …}}}`;
- the metadata `pagefind.<hash>.pf_meta` is `[version, pages, chunks, …]`, `chunks` being
  `[[from, to, chunk hash], …]`, and somewhere in it the list of filters `[[name, index file], …]`;
- a word index chunk `index/<chunk hash>.pf_index` is `[[word entry, …]]`, a word entry `[word, pages]`;
- a filter index `filter/<index file>.pf_filter` is `[name, [[value, pages], …]]`;
- Pagefind looks for a query's word in the one chunk whose bounds hold it (`_end_of_run`).

Two rewrites, neither decoding an entry into new values (every entry is copied byte for byte):

- the word index in small chunks (`recut_bundle`), so that a query downloads little more than its own
  words. Pagefind closes a chunk once it holds 20,000 word locations (hard-coded in its `chunk_index`),
  far more than one word of a query needs, and a query fetches one chunk per word and per bundle. Each
  bundle's chunks are rewritten at about CHUNK_BYTES of words each, cut between words that begin
  differently, and the metadata's list of chunks with them. This runs as a
  script in a process of its own (`python pagefind_format.py BUNDLE_FOLDER`, the word index files
  pickled on its input), beside the Pagefind processes and like them at a lower priority: finding the
  words' boundaries is CPU work that would otherwise hold the MkDocs process's interpreter while it
  renders pages. So it imports nothing of build_scripts;
- the filter indexes sorted (`stable_search_index`): Pagefind writes them in hash-map order, different
  on every run; sorted, two builds of the same sources give byte-identical sites.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import json
import logging
import os
import pickle
import sys
from collections.abc import Mapping
from pathlib import Path

import cbor2

SIGNATURE = b"pagefind_dcd"
CHUNK_BYTES = 12_000
"""Bytes of word entries a chunk is cut at, before gzip (at most twice that to keep a family of words
whole, and a bigger word is a chunk of its own). Smaller chunks make each query lighter, but the
metadata, which the first query loads whole, heavier, and each chunk is a file to write (figures in
benchmarks/README.md)."""
FAMILY = 2
"""Words that begin with more letters alike than this are kept in one chunk where the size allows (`_end_of_run`)."""
_HASH_DIGITS = 7
"""As Pagefind names its chunks: lengthened only where two chunks' names would collide."""


log = logging.getLogger("mkdocs.plugins.news_archive.search")


class ChunkFormatError(ValueError):
    """The bundle is not laid out as this module expects (another Pagefind version); the message says where."""


def finer_chunks(meta: bytes, chunks: Mapping[str, bytes], chunk_bytes: int = CHUNK_BYTES) -> tuple[bytes, dict[str, bytes]]:
    """A language's metadata and word index chunks, re-cut at `chunk_bytes`; both as read, gunzipped.

    `chunks` maps each chunk hash the metadata names to its file's content; the result maps the new
    hashes to theirs.
    """
    spans = array_spans(meta, len(SIGNATURE))
    if len(spans) < 3:
        raise ChunkFormatError(f"metadata has {len(spans)} parts, expected at least 3")
    listed = decoded(meta, spans[2])
    if not isinstance(listed, list) or not all(_is_chunk_entry(entry) for entry in listed):
        raise ChunkFormatError("metadata's third part is not a list of [from, to, hash]")
    words: list[tuple[str, bytes]] = []
    for _, _, name in listed:
        if name not in chunks:
            raise ChunkFormatError(f"metadata names chunk {name}, which the bundle does not hold")
        words += _word_entries(chunks[name], name)
    prefix = listed[0][2].rpartition("_")[0] if listed else ""
    cut = _cut(words, chunk_bytes)
    named: dict[str, bytes] = {}
    entries = []
    for part in cut:
        content = SIGNATURE + b"\x81" + _array_head(len(part)) + b"".join(raw for _, raw in part)
        name = _name(prefix, content, named)
        named[name] = content
        entries.append([part[0][0], part[-1][0], name])
    for before, after in itertools.pairwise(entries):
        before[1], after[0] = _prefixes(before[1], after[0])
    new_meta = meta[: spans[2][0]] + cbor2.dumps(entries) + meta[spans[2][1] :]
    return new_meta, named


def _is_chunk_entry(entry: object) -> bool:
    return isinstance(entry, list) and len(entry) == 3 and all(isinstance(text, str) for text in entry)


def _word_entries(chunk: bytes, name: str) -> list[tuple[str, bytes]]:
    """Each word of a chunk with its entry's bytes, found by decoding one entry at a time."""
    if not chunk.startswith(SIGNATURE + b"\x81"):
        raise ChunkFormatError(f"chunk {name} is not [[word entry, …]]")
    entries = []
    stream = io.BytesIO(chunk)
    decoder = cbor2.CBORDecoder(stream)
    count, start = _array_head_at(chunk, len(SIGNATURE) + 1)
    stream.seek(start)
    for _ in range(count):
        entry = decoder.decode()
        if not (isinstance(entry, list) and entry and isinstance(entry[0], str)):
            raise ChunkFormatError(f"chunk {name} holds an entry that is not [word, pages]")
        end = stream.tell()
        entries.append((entry[0], chunk[start:end]))
        start = end
    if start != len(chunk):
        raise ChunkFormatError(f"chunk {name} has {len(chunk) - start} bytes after its words")
    return entries


def _cut(words: list[tuple[str, bytes]], chunk_bytes: int) -> list[list[tuple[str, bytes]]]:
    parts = []
    start = 0
    while start < len(words):
        end = _end_of_run(words, start, chunk_bytes)
        parts.append(words[start:end])
        start = end
    return parts


def _end_of_run(words: list[tuple[str, bytes]], start: int, chunk_bytes: int) -> int:
    """Where the chunk from `words[start]` ends: after about `chunk_bytes` (a bigger word alone), between
    two words that begin as little alike as can be.

    Pagefind looks for the longer forms of a query's word (`latih`: `latihan`, `latihannya`) in one chunk
    only, the first whose bounds hold it: a family of words cut in two loses its second half. So of the
    cuts in the chunk's second half, the one whose two words share the shortest beginning; if that is still
    more than FAMILY characters, the chunk goes on, to twice `chunk_bytes` at most, to a better cut.
    """
    end, size = start + 1, len(words[start][1])
    while end < len(words) and size + len(words[end][1]) <= chunk_bytes:
        size += len(words[end][1])
        end += 1
    if end == len(words):
        return end
    best, shared = end, _shared(words, end)
    before = size
    for cut in range(end - 1, start, -1):
        before -= len(words[cut][1])
        if before < chunk_bytes // 2:
            break
        if _shared(words, cut) < shared:
            best, shared = cut, _shared(words, cut)
    if shared <= FAMILY:
        return best
    for cut in range(end + 1, len(words) + 1):
        size += len(words[cut - 1][1])
        if size > 2 * chunk_bytes:
            break
        if cut == len(words) or _shared(words, cut) <= FAMILY:
            return cut
    return best


def _shared(words: list[tuple[str, bytes]], cut: int) -> int:
    """How many characters the words on either side of `cut` begin with alike."""
    return len(os.path.commonprefix((words[cut - 1][0], words[cut][0])))  # noqa: RUF071 (words, not paths)


def _name(prefix: str, content: bytes, taken: Mapping[str, bytes]) -> str:
    digest = hashlib.sha256(content).hexdigest()
    for digits in range(_HASH_DIGITS, len(digest) + 1):
        name = f"{prefix}_{digest[:digits]}"
        if taken.get(name, content) == content:
            return name
    raise ChunkFormatError("two different chunks with the same SHA-256")


def _prefixes(last: str, first: str) -> tuple[str, str]:
    """The shortest beginnings that still tell one chunk's last word from the next one's first (Pagefind's rule)."""
    common = len(os.path.commonprefix((last, first)))  # noqa: RUF071 (words, not paths)
    return last[: common + 1], first[: common + 1]


def _array_head(count: int) -> bytes:
    """The head of a CBOR array of `count` elements, as short as it can be (as minicbor writes it)."""
    if count < 24:
        return bytes([0x80 | count])
    size = 1 if count < 1 << 8 else 2 if count < 1 << 16 else 4
    return bytes([0x98 + size.bit_length() - 1]) + count.to_bytes(size, "big")


def _array_head_at(data: bytes, at: int) -> tuple[int, int]:
    """The length of the CBOR array at `at`, and where its first element starts."""
    if at >= len(data) or data[at] >> 5 != 4:
        raise ChunkFormatError(f"expected an array at byte {at}")
    info = data[at] & 31
    if info < 24:
        return info, at + 1
    size = {24: 1, 25: 2, 26: 4, 27: 8}.get(info)
    if size is None:
        raise ChunkFormatError(f"array of indefinite length at byte {at}")
    return int.from_bytes(data[at + 1 : at + 1 + size], "big"), at + 1 + size


def array_spans(data: bytes, at: int) -> list[tuple[int, int]]:
    """(start, end) of each element of the CBOR array at `at`."""
    count, start = _array_head_at(data, at)
    stream = io.BytesIO(data)
    decoder = cbor2.CBORDecoder(stream)
    stream.seek(start)
    spans = []
    try:
        for _ in range(count):
            decoder.decode()
            spans.append((start, stream.tell()))
            start = stream.tell()
    except cbor2.CBORDecodeError as err:
        raise ChunkFormatError(f"not CBOR at byte {start}: {err}") from None
    return spans


def decoded(data: bytes, span: tuple[int, int]) -> object:
    """The CBOR item at `span`, as Python values."""
    try:
        return cbor2.loads(data[span[0] : span[1]])
    except cbor2.CBORDecodeError as err:
        raise ChunkFormatError(f"not CBOR at byte {span[0]}: {err}") from None


def is_word_index(path: str) -> bool:
    """Whether a file of a bundle (its path in the bundle) is one `recut_bundle` rewrites: metadata, chunks."""
    return path.endswith(".pf_meta") or path.startswith("index/")


def recut_bundle(files: Mapping[str, bytes], chunk_bytes: int = CHUNK_BYTES) -> dict[str, bytes]:
    """The metadata and index chunks of a Pagefind bundle, re-cut: path in the bundle → file content.

    `files` is the bundle's `pagefind-entry.json` and its word index files (`is_word_index`), as
    Pagefind wrote them (gzipped); the result replaces all of the word index files.
    """
    if "pagefind-entry.json" not in files:
        raise ChunkFormatError("the bundle has no pagefind-entry.json")
    entry = json.loads(files["pagefind-entry.json"])
    written: dict[str, bytes] = {}
    for language in sorted(entry["languages"]):
        meta_path = f"pagefind.{entry['languages'][language]['hash']}.pf_meta"
        meta = _gunzipped(files, meta_path)
        listed = decoded(meta, array_spans(meta, len(SIGNATURE))[2])
        if not isinstance(listed, list):
            raise ChunkFormatError(f"{meta_path}: its third part is not a list of chunks")
        old = {name: _gunzipped(files, f"index/{name}.pf_index") for _, _, name in listed}
        new_meta, new = finer_chunks(meta, old, chunk_bytes)
        written[meta_path] = _gzipped(new_meta)
        written.update((f"index/{name}.pf_index", _gzipped(content)) for name, content in new.items())
    return written


def _gunzipped(files: Mapping[str, bytes], path: str) -> bytes:
    if path not in files:
        raise ChunkFormatError(f"the bundle has no {path}")
    data = gzip.decompress(files[path])
    if not data.startswith(SIGNATURE):
        raise ChunkFormatError(f"{path} has no Pagefind signature")
    return data


def _gzipped(data: bytes) -> bytes:
    """Fast: a higher level saves little size for much more time, on the build's busiest stretch."""
    return gzip.compress(data, compresslevel=1, mtime=0)


def _text(data: bytes, span: tuple[int, int]) -> str:
    value = decoded(data, span)
    if not isinstance(value, str):
        raise ChunkFormatError("expected text")
    return value


def _read(path: Path) -> bytes:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ChunkFormatError(f"{path.name} has no Pagefind signature")
    return data


def _write(folder: Path, prefix: str, suffix: str, digits: int, data: bytes) -> str:
    """Write `data` gzipped (no timestamp) under a name made from its own hash; returns the hash part of the name."""
    name = f"{prefix}_{hashlib.sha256(data).hexdigest()[:digits]}"
    (folder / f"{name}{suffix}").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return name


def _sorted_filter(data: bytes) -> bytes:
    """A filter index `[name, [[value, pages], …]]` with its values in order."""
    start = len(SIGNATURE)
    top = array_spans(data, start)
    if len(top) != 2 or top[1][1] != len(data):
        raise ChunkFormatError("filter index is not [name, values]")
    values = array_spans(data, top[1][0])
    if not values:
        return data
    keyed = sorted((_text(data, array_spans(data, s)[0]), data[s:e]) for s, e in values)
    return data[: values[0][0]] + b"".join(raw for _, raw in keyed) + data[values[-1][1] :]


def stable_search_index(site: Path) -> None:
    """Rewrite Pagefind's filter indexes, metadata and entry file in a fixed order, each named by its content."""
    bundle = site / "pagefind"
    entry_file = bundle / "pagefind-entry.json"
    if not entry_file.is_file():
        return
    try:
        entry = json.loads(entry_file.read_text(encoding="utf-8"))
        languages = entry["languages"]
        for language in sorted(languages):
            old_meta = bundle / f"pagefind.{languages[language]['hash']}.pf_meta"
            meta = _read(old_meta)
            span, filters = _filter_list(meta, bundle / "filter")
            renamed = {}
            for _, index in filters:
                old_filter = bundle / "filter" / f"{index}.pf_filter"
                content = _sorted_filter(_read(old_filter))
                renamed[index] = _write(bundle / "filter", index.rpartition("_")[0], ".pf_filter", 7, content)
                if renamed[index] != index:
                    old_filter.unlink()
            if span is not None:
                body = b"".join(cbor2.dumps([name, renamed[index]]) for name, index in sorted(filters))
                meta = meta[: span[0]] + body + meta[span[1] :]
            new_meta = _write(bundle, "pagefind." + languages[language]["hash"].rpartition("_")[0], ".pf_meta", 10, meta)
            if f"{new_meta}.pf_meta" != old_meta.name:
                old_meta.unlink()
            languages[language]["hash"] = new_meta.removeprefix("pagefind.")
        entry["languages"] = {language: languages[language] for language in sorted(languages)}
        entry_file.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    except (ChunkFormatError, OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        log.info(f"search index left in Pagefind's own order ({err}); two builds may differ in pagefind/")


def _filter_list(meta: bytes, folder: Path) -> tuple[tuple[int, int] | None, list[tuple[str, str]]]:
    """The metadata's list of filters `[[name, index file], …]`: where its elements lie, and the pairs.

    Found by shape, not position: the one array of text pairs whose second texts name filter index files.
    """
    for start, _ in array_spans(meta, len(SIGNATURE)):
        if meta[start] >> 5 != 4:
            continue
        pairs = array_spans(meta, start)
        try:
            named = [(_text(meta, a), _text(meta, b)) for s, _ in pairs for a, b in [_pair(meta, s)]]
        except ChunkFormatError:
            continue
        if named and all((folder / f"{index}.pf_filter").is_file() for _, index in named):
            return (pairs[0][0], pairs[-1][1]), named
    return None, []


def _pair(data: bytes, at: int) -> tuple[tuple[int, int], tuple[int, int]]:
    items = array_spans(data, at)
    if len(items) != 2:
        raise ChunkFormatError("expected a pair")
    return items[0], items[1]


def _main(folder: Path) -> None:
    """Read the bundle's word index files from stdin (pickled by `pagefind.py`), write the re-cut ones into `folder`."""
    for path, content in recut_bundle(pickle.load(sys.stdin.buffer)).items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(content)


if __name__ == "__main__":
    try:
        _main(Path(sys.argv[1]))
    except (
        ChunkFormatError,
        cbor2.CBORDecodeError,
        pickle.UnpicklingError,
        EOFError,
        OSError,
        KeyError,
        TypeError,
        ValueError,
    ) as err:
        sys.exit(f"{type(err).__name__}: {err}")
