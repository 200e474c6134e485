"""The search index written by Pagefind's indexing service, from the records, while MkDocs renders.

Pagefind holds every word it is given until it writes its bundle, and needs more again to write it:
its memory grows with the text indexed. So an archive bigger than WORDS_PER_BUNDLE is
indexed as several bundles, each by a Pagefind process of its own, two at a time; the browser searches a
language's bundles together (`docs/javascripts/search.js`, Pagefind's mergeIndex), guided by
`bundles.json`. Each bundle's word index is then re-cut into chunks smaller than Pagefind's
(`pagefind_format`), so a query downloads about its own words.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import logging
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO

from pagefind.service import get_executable

from build_scripts.search import pagefind_format
from build_scripts.search.pagefind_format import stable_search_index
from build_scripts.search.records import SearchRecord, one_line

log = logging.getLogger("mkdocs.plugins.news_archive.search")


class SearchIndexError(Exception):
    """Pagefind could not index the records or write the bundle; the message says why, on one line."""


WORDS_PER_BUNDLE = 1_500_000
"""The most words one Pagefind process is given: its memory grows with them, and every process of the
build must stay under 1 GB (figures in benchmarks/README.md). Each bundle a language is cut into adds an
index chunk to each word of a query, so bundles are as big as that allows."""

BUNDLES_AT_ONCE = 2
"""Bundles written at the same time, each by its own Pagefind process (each under 1 GB). With a lower
priority than MkDocs (BACKGROUND_PRIORITY), they take the cores MkDocs leaves, and all of them once it is
done: written one after another, they would be a long wait at the end of a large build."""
BACKGROUND_PRIORITY = 10
"""The Pagefind processes' nice value: MkDocs, whose pages are the build, goes first."""

BUNDLES_FILE = "bundles.json"
"""In the index folder: for each language, the folders (relative URLs) of the bundles holding its articles."""

VOCABULARY_FILTER = ("kind", "vocabulary")
"""The filter (name, value) of the records that only hold words: `docs/javascripts/search.js` leaves them out."""
_PUNCTUATION = ".,;:!?\"'()[]{}“”‘’«»…"


@dataclass(frozen=True)
class Bundle:
    """One Pagefind bundle of the index, written by one Pagefind process."""

    folder: str
    """Relative to the index folder: `<language>-<n>` for a language's n-th part, "" for the first of all."""
    records: tuple[SearchRecord, ...]


def bundles(records: Sequence[SearchRecord], words_per_bundle: int = WORDS_PER_BUNDLE) -> tuple[Bundle, ...]:
    """The index in one bundle, at the top of the index folder, when it fits; else each language in parts.

    A language is cut into as few parts as keep each under `words_per_bundle` (an article is never cut),
    each part its own bundle (the first of all at the top). Part k holds every n-th of the language's
    records from the k-th, so every part mixes all years and topics alike and holds about as many words:
    each part scores its results over its own pages (BM25), and alike parts keep those scores comparable
    when merged. Each part also gets the words of its language that only other parts hold (`_with_vocabulary`).
    """
    if _words(records) <= words_per_bundle:
        return (Bundle("", tuple(records)),)
    by_language: dict[str, list[SearchRecord]] = {}
    for record in records:
        by_language.setdefault(record.language, []).append(record)
    parts: list[tuple[str, tuple[SearchRecord, ...]]] = []
    for language in sorted(by_language):
        chosen = by_language[language]
        count = min(len(chosen), -(-_words(chosen) // words_per_bundle))
        cut = [tuple(chosen[k::count]) for k in range(count)]
        parts += [(f"{language}-{k + 1}", part) for k, part in enumerate(_with_vocabulary(language, cut))]
    return tuple(Bundle("" if n == 0 else folder, part) for n, (folder, part) in enumerate(parts))


def _with_vocabulary(language: str, parts: list[tuple[SearchRecord, ...]]) -> list[tuple[SearchRecord, ...]]:
    """Each part of a language, plus one record holding the words that other parts of the language hold and it lacks.

    Pagefind matches a word that no page of an index holds with the longest word it holds that begins it
    ("ukraine" with "uk"): a part lacking a word would add such near misses to the other parts' real
    matches, which a single index never shows. With every word of the language in each part, a word is
    matched alike in all; the record is filtered out of every search.
    """
    if len(parts) == 1:
        return parts
    held = [_vocabulary(part) for part in parts]
    everywhere = set().union(*held) - {""}
    completed = []
    for part, own in zip(parts, held, strict=True):
        missing = " ".join(sorted(everywhere - own))
        vocabulary = SearchRecord(
            url="/search-vocabulary/",
            content=missing.encode(),
            language=language,
            meta={},
            filters={VOCABULARY_FILTER[0]: (VOCABULARY_FILTER[1],)},
            sort={},
        )
        completed.append((*part, vocabulary) if missing else part)
    return completed


def _vocabulary(records: Iterable[SearchRecord]) -> set[str]:
    """The words of `records`, lower-cased, without the punctuation around them: each written form is
    cleaned once, not each time it occurs (a part's millions of words are far fewer forms)."""
    forms: set[bytes] = set()
    for record in records:
        forms.update(record.content.split())
    return {form.decode().strip(_PUNCTUATION).lower() for form in forms}


def _words(records: Iterable[SearchRecord]) -> int:
    """Words as Pagefind counts them, about: a record's content is one line, its words one space apart."""
    return sum(record.content.count(b" ") + 1 for record in records)


def bundles_by_language(parts: Sequence[Bundle]) -> dict[str, list[str]]:
    """What `bundles.json` holds: each language → the folders of its bundles, as URLs relative to the index."""
    listing: dict[str, list[str]] = {}
    for bundle in parts:
        for language in dict.fromkeys(record.language for record in bundle.records):
            listing.setdefault(language, []).append(f"{bundle.folder}/" if bundle.folder else "./")
    return dict(sorted(listing.items()))


def write_index(records: Sequence[SearchRecord], out_dir: Path, words_per_bundle: int = WORDS_PER_BUNDLE) -> str | None:
    """Index `records` and write the Pagefind bundles into `out_dir`, which must not hold anything yet.

    Each bundle is written into a scratch folder beside `out_dir`, made byte-stable
    (`stable_search_index`, which `publishing` applies only to the top bundle when it publishes), then
    moved into place; a one-line error message, or None.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    parts = bundles(records, words_per_bundle)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".search-index-", dir=out_dir.parent) as scratch:
            written = [Path(scratch) / str(number) for number in range(len(parts))]
            with ThreadPoolExecutor(BUNDLES_AT_ONCE) as pool:
                for done in [
                    pool.submit(_write_stable_bundle, bundle, folder) for bundle, folder in zip(parts, written, strict=True)
                ]:
                    done.result()
            for bundle, folder in zip(parts, written, strict=True):
                os.replace(folder / "pagefind", out_dir / bundle.folder)
        listing = json.dumps(bundles_by_language(parts), separators=(",", ":"))
        (out_dir / BUNDLES_FILE).write_text(listing, encoding="utf-8")
    except SearchIndexError as err:
        return f"search index not written: {err}"
    except (OSError, ValueError, KeyError, TypeError) as err:
        return f"search index not written: {type(err).__name__}: {one_line(str(err))}"
    log.info(
        f"search index: {len(records):,} pages indexed in {time.perf_counter() - started:.1f} s, "
        f"{len(parts)} Pagefind bundle{'s' if len(parts) > 1 else ''}"
    )
    return None


def _write_stable_bundle(bundle: Bundle, folder: Path) -> None:
    _write_bundle(bundle.records, folder / "pagefind")
    stable_search_index(folder)


def _write_recut(word_index: Mapping[str, bytes], bundle: Path) -> None:
    """The bundle's word index written in small chunks (`pagefind_format`), by a Python process of its own at the
    Pagefind processes' priority: decoding the chunks in this one would hold its interpreter while MkDocs renders."""
    process = subprocess.Popen(
        [sys.executable, "-P", pagefind_format.__file__, str(bundle)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _lower_priority(process.pid)
    _, errors = process.communicate(pickle.dumps(dict(word_index)))
    if process.returncode:
        raise SearchIndexError(f"index chunks not re-cut: {one_line(errors.decode('utf-8', 'replace'))[-500:]}")


def _write_bundle(records: Sequence[SearchRecord], out_dir: Path) -> None:
    """One bundle by one Pagefind process, whose memory is the system's again once it ends.

    Speaks Pagefind's service protocol (`pagefind --service`, the one its Python and Node APIs use)
    directly: the Python API's client polls for each answer, far too slowly for thousands of records. The
    files come back in the answer (GetFiles) and are written here, but for the word index, re-cut first
    (`_write_recut`): Pagefind answers WriteFiles before all its writes are done, and ending the process
    then can leave files of a bundle empty.
    """
    with _Service.start() as service:
        index = service.request({"type": "NewIndex", "config": None})["index_id"]
        service.add_records(index, records)
        files = service.request({"type": "GetFiles", "index_id": index})["files"]
    word_index: dict[str, bytes] = {}
    for folder in {Path(file["path"]).parent for file in files}:
        (out_dir / folder).mkdir(parents=True, exist_ok=True)
    for file in files:
        content = base64.b64decode(file["content"])
        if pagefind_format.is_word_index(file["path"]) or file["path"] == "pagefind-entry.json":
            word_index[file["path"]] = content
        if not pagefind_format.is_word_index(file["path"]):
            (out_dir / file["path"]).write_bytes(content)
    if "pagefind-entry.json" not in word_index:
        raise SearchIndexError("pagefind wrote no pagefind-entry.json")
    _write_recut(word_index, out_dir)


def _add_record(index: int, record: SearchRecord) -> dict[str, Any]:
    return {
        "type": "AddRecord",
        "index_id": index,
        "url": record.url,
        "content": record.content.decode(),
        "language": record.language,
        "meta": dict(record.meta),
        "filters": {key: list(values) for key, values in record.filters.items()},
        "sort": dict(record.sort),
    }


def _lower_priority(pid: int) -> None:
    with contextlib.suppress(AttributeError, OSError):  # not on this system: the index is only slower to yield the CPU
        os.setpriority(os.PRIO_PROCESS, pid, BACKGROUND_PRIORITY)


@dataclass
class _Service:
    """A running `pagefind --service`: base64 JSON messages, each ended by a comma, one answer per message."""

    process: subprocess.Popen[bytes]
    errors: BinaryIO
    """Pagefind's stderr, read back for the error message (a pipe nobody reads could fill and stall it)."""
    pending: bytearray = field(default_factory=bytearray)
    """What Pagefind wrote that is not yet decoded."""
    last_id: int = 0

    @classmethod
    def start(cls) -> _Service:
        binary = get_executable()
        if binary is None:
            raise SearchIndexError("no Pagefind binary found: pip install -r requirements.txt (pagefind[extended])")
        errors = tempfile.TemporaryFile()  # noqa: SIM115 - the service's stderr for its lifetime, closed by close()
        process = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
        _lower_priority(process.pid)
        return cls(process, errors)

    @property
    def _input(self) -> IO[bytes]:
        assert self.process.stdin is not None, "started with stdin=PIPE"
        return self.process.stdin

    @property
    def _output(self) -> io.BufferedReader:
        assert isinstance(self.process.stdout, io.BufferedReader), "started with stdout=PIPE, buffered"
        return self.process.stdout

    def __enter__(self) -> _Service:
        return self

    def __exit__(self, failed: object, *_: object) -> None:
        """Closing its input ends the service; after a failure, or if it does not end, it is killed."""
        try:
            if failed:
                self.process.kill()
            self._input.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            self._output.close()
            self.errors.close()

    def request(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        message_id = self._send(payload)
        try:
            self._input.flush()
        except BrokenPipeError:
            raise SearchIndexError(f"pagefind stopped: {self._stderr()}") from None
        answer_id, result = self._answer()
        if answer_id != message_id:
            raise SearchIndexError(f"pagefind answered message {answer_id} to message {message_id}")
        return result

    def add_records(self, index: int, records: Sequence[SearchRecord]) -> None:
        """All records at once: a thread writes them while this one reads the answers.

        One round trip per record would wait, each time, for the GIL that MkDocs' rendering holds:
        in the build, indexing would take several times as long as alone.
        """
        writer = threading.Thread(target=self._send_all, args=(index, records), name="search-index-writer", daemon=True)
        writer.start()
        try:
            for _ in records:
                self._answer()
        except BaseException:
            self.process.kill()  # the writer, maybe blocked on a full pipe, then fails and ends
            raise
        finally:
            writer.join()

    def _send_all(self, index: int, records: Sequence[SearchRecord]) -> None:
        try:
            for record in records:
                self._send(_add_record(index, record))
            self._input.flush()
        except (SearchIndexError, OSError, ValueError):
            return  # the service stopped: the reader reports why

    def _send(self, payload: Mapping[str, Any]) -> int:
        self.last_id += 1
        message = json.dumps({"message_id": self.last_id, "payload": payload}, ensure_ascii=False)
        try:
            self._input.write(base64.b64encode(message.encode("utf-8")) + b",")
        except BrokenPipeError:
            raise SearchIndexError(f"pagefind stopped: {self._stderr()}") from None
        return self.last_id

    def _answer(self) -> tuple[int | None, dict[str, Any]]:
        """The next answer, decoded as it arrives: a bundle's files are one large answer of base64, which
        held whole beside its decoding would raise the peak memory of the process (MkDocs', in the hook)."""
        decoded = []
        while (end := self.pending.find(b",")) < 0:
            whole = len(self.pending) // 4 * 4  # base64 decodes by groups of four characters
            decoded.append(base64.b64decode(self.pending[:whole]))
            del self.pending[:whole]
            chunk = self._output.read1(1 << 20)
            if not chunk:
                raise SearchIndexError(f"pagefind stopped (exit {self.process.wait()}): {self._stderr()}")
            self.pending += chunk
        decoded.append(base64.b64decode(self.pending[:end]))
        del self.pending[: end + 1]
        message = b"".join(decoded)
        decoded.clear()
        answer = json.loads(message)
        result = answer.get("payload") or {}
        if result.get("type") == "Error":
            raise SearchIndexError(f"pagefind: {one_line(str(result.get('message')))}")
        return answer.get("message_id"), result

    def _stderr(self) -> str:
        self.errors.seek(0)
        return one_line(self.errors.read().decode("utf-8", "replace"))[-500:] or "no message"


# --- In the background, while MkDocs renders ------------------------------------------------------


@dataclass(frozen=True)
class Indexing:
    """A search index being written in a background thread; Pagefind itself runs in its own process."""

    future: Future[str | None]

    def wait(self) -> str | None:
        """Block until the index is written: None, or the one-line error message."""
        return self.future.result()


def start(records: Sequence[SearchRecord], out_dir: Path) -> Indexing:
    """Begin writing the index of `records` into `out_dir` (`<site_dir>/pagefind`) and return at once."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-index")
    future = executor.submit(write_index, records, out_dir)
    executor.shutdown(wait=False)
    return Indexing(future)
