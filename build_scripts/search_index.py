"""The search index, built from the archive itself rather than from the built HTML.

Pagefind indexing the built site re-read every page after MkDocs had written them all (35 s and
3 GB at 10,000 articles). The articles are already in memory when the hook loads the archive, so
their records go straight to Pagefind's indexing service, in the background while MkDocs renders.
Pagefind itself still holds every page's words until it writes the bundle: its memory grows with
the text indexed (about 250 KB an article), not with the number of pages built.

A record holds only what readers search: the title, every body paragraph (the quotes are in them),
the people quoted with their roles as the footnotes show them, and the credits. Its meta and filters
are what `docs/javascripts/search.js` reads: `meta.title`, `meta.date`, `filters.language`.
"""

from __future__ import annotations

import base64
import json
import logging
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pagefind.service import get_executable

from . import site_paths
from .archive import Archive
from .labels import own_name
from .model import Article, Person

log = logging.getLogger("mkdocs.plugins.news_archive.search_index")

@dataclass(frozen=True)
class SearchRecord:
    """One article as Pagefind indexes it (its `add_custom_record` arguments)."""

    url: str
    """Site-root-relative, as the article page is published: `/articles/2024/2024-10-23-slug/`."""
    content: str
    """Plain text, never markup: Pagefind stores it and cuts the result excerpts from it."""
    language: str
    """Primary subtag (`id`, `en`): each language gets its own index, stemmed by its own rules."""
    meta: Mapping[str, str]
    filters: Mapping[str, tuple[str, ...]]
    sort: Mapping[str, str]


def search_records(archive: Archive) -> tuple[SearchRecord, ...]:
    """Every article's record, in the archive's order (newest first), so the index is the same every build."""
    return tuple(search_record(article, archive.people) for article in archive.articles)


def search_record(article: Article, people: Mapping[str, Person]) -> SearchRecord:
    date = article.date.isoformat()
    filters = {
        "language": (own_name(article.language),),
        "year": (str(article.date.year),),
        "topic": tuple(dict.fromkeys(article.annotations.tags)),
        "person": tuple(dict.fromkeys(people[q.annotation.speaker].name for q in article.quotes)),
    }
    return SearchRecord(
        url="/" + site_paths.url_of(site_paths.article_page(article)),
        content=" ".join(_sentence(block) for block in _blocks(article, people) if block.strip()),
        language=article.language.split("-")[0],
        meta={"title": _one_line(article.raw.title), "date": date},
        filters={key: values for key, values in filters.items() if values},
        sort={"date": date},
    )


def _blocks(article: Article, people: Mapping[str, Person]) -> Iterable[str]:
    """The searchable text, block by block, in page order: title, body, who is quoted, credits."""
    yield article.raw.title
    yield from (paragraph.text for paragraph in article.raw.body)
    speakers = dict.fromkeys((people[q.annotation.speaker].name, q.annotation.role) for q in article.quotes)
    yield from (f"{name}, {role}" if role else name for name, role in speakers)
    for credit in article.credits:
        name = people[credit.person].name if credit.person in people else credit.name
        yield f"{name} ({credit.city})" if credit.city else name
    yield from (paragraph.text for paragraph in article.raw.trailer)


_CLOSING = ".!?…:;\"'”’»)]"


def _sentence(block: str) -> str:
    """A block on one line, ending as a sentence ends, so an excerpt never runs a title into the text."""
    text = _one_line(block)
    return text if text.endswith(tuple(_CLOSING)) else f"{text}."


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- Writing the index: Pagefind's indexing service ----------------------------------------------


class SearchIndexError(Exception):
    """Pagefind could not index the records or write the bundle; the message says why, on one line."""


def write_index(records: Sequence[SearchRecord], out_dir: Path) -> str | None:
    """Index `records` and write the Pagefind bundle into `out_dir`; a one-line error message, or None.

    Speaks Pagefind's service protocol (`pagefind --service`, the one its Python and Node APIs use)
    directly: the Python API's client reads one answer per 0.1 s, 17 minutes for 10,000 records.
    """
    started = time.perf_counter()
    try:
        with _Service.start() as service:
            index = service.request({"type": "NewIndex", "config": None})["index_id"]
            service.add_records(index, records)
            service.request({"type": "WriteFiles", "index_id": index, "output_path": str(Path(out_dir).resolve())})
    except SearchIndexError as err:
        return f"search index not written: {err}"
    except (OSError, ValueError, KeyError, TypeError) as err:
        return f"search index not written: {type(err).__name__}: {_one_line(str(err))}"
    if not (Path(out_dir) / "pagefind-entry.json").is_file():
        return f"search index not written: pagefind reported success but wrote no {out_dir}/pagefind-entry.json"
    log.info(f"search index: {len(records):,} articles indexed in {time.perf_counter() - started:.1f} s")
    return None


def _add_record(index: int, record: SearchRecord) -> dict[str, Any]:
    return {"type": "AddRecord", "index_id": index, "url": record.url, "content": record.content,
            "language": record.language, "meta": dict(record.meta),
            "filters": {key: list(values) for key, values in record.filters.items()}, "sort": dict(record.sort)}


@dataclass
class _Service:
    """A running `pagefind --service`: base64 JSON messages, each ended by a comma, one answer per message."""

    process: subprocess.Popen[bytes]
    errors: BinaryIO
    """Pagefind's stderr, read back for the error message (a pipe nobody reads could fill and stall it)."""
    pending: bytes = b""
    last_id: int = 0

    @classmethod
    def start(cls) -> _Service:
        binary = get_executable()
        if binary is None:
            raise SearchIndexError("no Pagefind binary found: pip install -r requirements.txt (pagefind[extended])")
        errors = tempfile.TemporaryFile()
        process = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
        return cls(process, errors)

    def __enter__(self) -> _Service:
        return self

    def __exit__(self, failed: object, *_: object) -> None:
        """Closing its input ends the service; after a failure, or if it does not end, it is killed."""
        try:
            if failed:
                self.process.kill()
            self.process.stdin.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            self.process.stdout.close()
            self.errors.close()

    def request(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        message_id = self._send(payload)
        try:
            self.process.stdin.flush()
        except BrokenPipeError:
            raise SearchIndexError(f"pagefind stopped: {self._stderr()}") from None
        answer_id, result = self._answer()
        if answer_id != message_id:
            raise SearchIndexError(f"pagefind answered message {answer_id} to message {message_id}")
        return result

    def add_records(self, index: int, records: Sequence[SearchRecord]) -> None:
        """All records at once: a thread writes them while this one reads the answers.

        One round trip per record would wait, each time, for the GIL that MkDocs' rendering holds
        (up to 5 ms a switch): 10,000 records took 96 s in the build instead of 25 s alone.
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
            self.process.stdin.flush()
        except (SearchIndexError, OSError, ValueError):
            return  # the service stopped: the reader reports why

    def _send(self, payload: Mapping[str, Any]) -> int:
        self.last_id += 1
        message = json.dumps({"message_id": self.last_id, "payload": payload}, ensure_ascii=False)
        try:
            self.process.stdin.write(base64.b64encode(message.encode("utf-8")) + b",")
        except BrokenPipeError:
            raise SearchIndexError(f"pagefind stopped: {self._stderr()}") from None
        return self.last_id

    def _answer(self) -> tuple[int | None, dict[str, Any]]:
        while b"," not in self.pending:
            chunk = self.process.stdout.read1(1 << 16)
            if not chunk:
                raise SearchIndexError(f"pagefind stopped (exit {self.process.wait()}): {self._stderr()}")
            self.pending += chunk
        encoded, _, self.pending = self.pending.partition(b",")
        answer = json.loads(base64.b64decode(encoded))
        result = answer.get("payload") or {}
        if result.get("type") == "Error":
            raise SearchIndexError(f"pagefind: {_one_line(str(result.get('message')))}")
        return answer.get("message_id"), result

    def _stderr(self) -> str:
        self.errors.seek(0)
        return _one_line(self.errors.read().decode("utf-8", "replace"))[-500:] or "no message"


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
