"""Search in a real browser: bytes transferred and time to first results, our Pagefind search against Material's.

Each built site is served by a local threaded HTTP server on 127.0.0.1 (no compression, as files are on disk;
a gzip estimate is given beside, as a static host would serve text files). Headless Chromium opens an
article page, opens the search, and types each query key by key; the page records, with its own clock, when
each key went down and every change of the search's answer (a MutationObserver), so "time to first results"
is measured in the page: from the last key to the first render of the answer the search settles on.

One fresh browser context per query set (cache disabled until the first query has its answer), so the first
query of a set pays for everything the search needs (code, WebAssembly, index, results); the queries after
it in the same set pay only for what they add. The sets rotate the queries, so each query is once the first.

Ours searches every language unless the reader narrows it to one: the sets measure that default, so a first
query loads every language's Pagefind (script, WebAssembly, metadata) and index chunks.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import re
import statistics
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
KEY_DELAY_MS = 100
"""Between two keys: a brisk typist. Our search waits 150 ms after a key before it searches (debounce)."""
QUIET_MS = 600
"""The answer is settled when the search's output has not changed for this long after the last key."""
ANSWER_TIMEOUT_S = 180
NO_RESULT_QUERY = "zqxjvw"
_TEXT_TYPES = {".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt", ".map"}
"""What a static host (GitHub Pages) gzips; Pagefind's index files and WebAssembly are gzipped already."""


@dataclass(frozen=True)
class Engine:
    """How to drive one site's search in the page."""

    name: str
    open_selector: str
    """Clicked to open the search (an element inside the header)."""
    input_selector: str
    output_selector: str
    """Observed for changes: holds the status line and the results."""
    status_selector: str
    item_selector: str
    search_urls: re.Pattern[str]
    """Requests of the search itself even when made before the search is opened (at page load)."""
    scope_selector: str | None = None
    """The list of languages searched, if the search has one: what it was left at is reported."""


OURS = Engine(
    name="ours (Pagefind)",
    open_selector=".archive-search__open",
    input_selector="#archive-search-input",
    output_selector="#archive-search-dialog",
    status_selector=".archive-search__status",
    item_selector="ol.archive-search__results > li",
    search_urls=re.compile(r"/pagefind/|/javascripts/search\.js"),
    scope_selector=".archive-search__scope",
)
MATERIAL = Engine(
    name="Material (lunr)",
    open_selector="label.md-search__icon[for=__search], .md-search__input",
    input_selector=".md-search__input",
    output_selector=".md-search__output",
    status_selector=".md-search-result__meta",
    item_selector=".md-search-result__item",
    search_urls=re.compile(r"/search/search_index\.json|/workers/search\."),
)

_RECORDER = """
([output, status, item, input]) => {
  const rec = { keys: [], states: [] };
  window.__bench = rec;
  const box = document.querySelector(output);
  const signature = () => {
    const items = box.querySelectorAll(item);
    const first = items.length ? (items[0].querySelector("a") || items[0]).getAttribute("href") || "" : "";
    const line = (box.querySelector(status) || document.querySelector(status) || { textContent: "" }).textContent.trim();
    return { status: line, items: items.length, first };
  };
  rec.signature = signature;
  new MutationObserver(() => {
    const now = performance.now();
    rec.states.push({ t: now, ...signature() });  // every change, even to the same answer: a re-render counts
  }).observe(box, { subtree: true, childList: true, characterData: true, attributes: false });
  document.querySelector(input).addEventListener("keydown", () => rec.keys.push(performance.now()), true);
}
"""


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    expect_results: bool


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def pick_queries(sources: Mapping[str, bytes], languages: Mapping[str, str]) -> list[Query]:
    """A handful of real queries for this archive, the same every run for the same seed.

    An English word most English articles do not hold (a topical word), the Indonesian root `latih` whose
    inflected form `pelatihan` is in the texts (or another root of the list), the name of a much-quoted person,
    a word in one article only, the inflected form among Indonesian words on nearly every article (which the
    search leaves out), and a word in none.
    """
    documents: dict[str, Counter[str]] = {"en": Counter(), "id": Counter()}
    everywhere: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    for path, content in sources.items():
        article_id = Path(path).stem
        if path.endswith(".txt"):
            body = content.decode().partition("\n___")[0]
            found = _words(body)
            documents[languages[article_id]].update(found)
            everywhere.update(found)
        elif path.endswith(".yml") and path != "articles/people.yml":
            annotations = yaml.safe_load(content)
            speakers.update({quote["speaker"] for quote in annotations.get("quotes", [])})
    count = Counter(languages[Path(p).stem] for p in sources if p.endswith(".txt"))
    # English: a word in about 2 % of the English articles and in no Indonesian one.
    english = sorted(
        (w for w, n in documents["en"].items() if len(w) >= 7 and w not in documents["id"]),
        key=lambda w: (abs(documents["en"][w] - 0.02 * count["en"]), w),
    )[0]
    pairs = [("latih", "pelatihan"), ("bangun", "pembangunan"), ("kerja", "pekerjaan"), ("didik", "pendidikan")]
    root, inflected = next(((r, i) for r, i in pairs if documents["id"][i]), pairs[0])
    people = yaml.safe_load(sources["articles/people.yml"])
    ranked = [person for person, _ in sorted(speakers.items(), key=lambda item: (-item[1], item[0]))]
    person = people[ranked[min(4, len(ranked) - 1)]]["name"]  # the fifth most quoted
    # Rare: in as few articles as possible, counting every word that shares its first six letters (stemming
    # and prefix matching would find those too).
    prefixes = Counter(w[:6] for w in everywhere.elements() if len(w) >= 6)
    rare = sorted((w for w in everywhere if len(w) >= 8), key=lambda w: (prefixes[w[:6]], everywhere[w], w))[0]
    return [
        Query("English word", english, True),
        Query("Indonesian root", root, True),
        Query("person", person, True),
        Query("rare word", rare, True),
        Query("with common words", f"yang {inflected} dan di", True),
        Query("no result", NO_RESULT_QUERY, False),
    ]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.extensions_map = {**self.extensions_map, ".wasm": "application/wasm", ".mjs": "text/javascript"}
        super().__init__(*args, **kwargs)  # handles the request: the types must be known before

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """The built site on 127.0.0.1 (a free port), as static files; yields its base address."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(site)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


_GZIP_SIZES: dict[tuple[Path, int, int], int] = {}


@dataclass
class _Traffic:
    """Requests seen by one browser context, by phase ("load", or the query's number)."""

    site: Path
    base: str
    phase: str = "load"
    requests: list[dict[str, Any]] = field(default_factory=list)

    def on_request(self, request: Any) -> None:
        request._bench_phase = self.phase

    def on_finished(self, request: Any) -> None:
        sizes = request.sizes()
        response = request.response()
        length = response.headers.get("content-length") if response else None
        self.requests.append(
            {
                "phase": getattr(request, "_bench_phase", self.phase),
                "url": request.url,
                "transferred": sizes["requestHeadersSize"]
                + sizes["requestBodySize"]
                + sizes["responseHeadersSize"]
                + max(sizes["responseBodySize"], 0),
                "body": int(length) if length is not None else max(sizes["responseBodySize"], 0),
                "gzip": self._gzip(request.url),
                "status": response.status if response else None,
            }
        )

    def _gzip(self, url: str) -> int:
        """What the file would weigh gzipped (text types only), as a static host serves it; 0 if not a site file."""
        if not url.startswith(self.base):
            return 0
        relative = unquote(urlsplit(url).path)[len(urlsplit(self.base).path) :]
        path = self.site / relative
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            return 0
        stat = path.stat()
        key = (path, stat.st_size, stat.st_mtime_ns)
        if key not in _GZIP_SIZES:
            data = path.read_bytes()
            _GZIP_SIZES[key] = len(gzip.compress(data, 6)) if path.suffix in _TEXT_TYPES else len(data)
        return _GZIP_SIZES[key]

    def total(self, select: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        chosen = [r for r in self.requests if select(r)]
        kinds: Counter[str] = Counter()
        for r in chosen:
            kinds[_kind(r["url"])] += r["transferred"]
        return {
            "requests": len(chosen),
            "transferred": sum(r["transferred"] for r in chosen),
            "body": sum(r["body"] for r in chosen),
            "gzip": sum(r["gzip"] for r in chosen),
            "by_kind": dict(kinds.most_common()),
        }


def _kind(url: str) -> str:
    """What a request fetched, for the breakdown of a query's bytes."""
    path = urlsplit(url).path
    folder = re.search(r"/pagefind/(?:[a-z0-9-]+/)?(index|fragment|filter)/", path)  # the top bundle's, or another's
    if folder:
        return f"pagefind {folder.group(1)}"
    if "/pagefind/" in path:
        if "/wasm." in path:
            return "pagefind wasm"
        return "pagefind meta" if path.endswith((".pf_meta", ".json")) else "pagefind code"
    if path.endswith("search_index.json"):
        return "Material index"
    if "/workers/search." in path or path.endswith("/javascripts/search.js"):
        return "search code"
    return "other"


_WORKER_WATCH = """
(() => {
  // Material's search runs in a Web Worker: it posts each query (message type 2) and gets each answer (type 3).
  // Counting both tells when the last query has its answer, even when that answer looks like the one before.
  const Native = window.Worker;
  const watch = { posted: 0, answered: 0, answers: [] };
  window.__benchWorker = watch;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        if (event.data && event.data.type === 3) {
          watch.answered += 1;
          watch.answers.push(performance.now());
        }
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) watch.posted += 1;
      return super.postMessage(message, ...rest);
    }
  };
})();
"""
_READ = """() => ({
  keys: __bench.keys, states: __bench.states, now: performance.now(), current: __bench.signature(),
  worker: window.__benchWorker || null,
})"""


def _settle(page: Any, engine: Engine, query: Query) -> dict[str, Any]:
    """Waits until the search has answered `query` and its output stays the same for QUIET_MS; returns the records.

    Ours: the status line names the query it answers. Material's: every query posted to its worker is answered.
    """
    deadline = time.monotonic() + ANSWER_TIMEOUT_S
    while True:
        rec = page.evaluate(_READ)
        last_key = rec["keys"][-1] if rec["keys"] else 0
        last_change = max([last_key, *(s["t"] for s in rec["states"])])
        status = rec["current"]["status"]
        busy = not status or status.startswith(("Searching", "Mencari", "Initializing", "Type to start"))
        if engine is OURS and query.text not in status:
            busy = True
        worker = rec["worker"]
        if engine is MATERIAL and (
            worker is None or worker["answered"] < worker["posted"] or not worker["answers"] or worker["answers"][-1] < last_key
        ):
            busy = True
        if not busy and rec["now"] - last_change >= QUIET_MS:
            return rec
        if time.monotonic() > deadline:
            rec["timed_out"] = True
            return rec
        page.wait_for_timeout(100)


def _first_answer_ms(rec: dict[str, Any]) -> float | None:
    """From the last key to the first render of the answer the search settled on.

    Material's: the render that follows its worker's answer to the last query; if the output did not change (the
    answer to the key before was the same), the answer's arrival.
    """
    if not rec["keys"]:
        return None
    last_key = rec["keys"][-1]
    final = rec["current"]
    since = last_key
    if rec.get("worker"):
        since = max(last_key, rec["worker"]["answers"][-1] if rec["worker"]["answers"] else last_key)
    for state in rec["states"]:
        if state["t"] >= since and (state["status"], state["items"], state["first"]) == (
            final["status"],
            final["items"],
            final["first"],
        ):
            return state["t"] - last_key
    return since - last_key if rec.get("worker") and since > last_key else None


def _run_set(browser: Any, engine: Engine, site: Path, base: str, page_path: str, queries: list[Query]) -> list[dict[str, Any]]:
    """One fresh context: open the article page, open the search, type each query in turn."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    if engine is MATERIAL:
        context.add_init_script(_WORKER_WATCH)
    traffic = _Traffic(site, base)
    context.on("request", traffic.on_request)
    context.on("requestfinished", traffic.on_finished)
    results = []
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        started = time.perf_counter()
        response = page.goto(base + page_path, wait_until="load")
        if response is None or response.status != 200:
            raise RuntimeError(f"{engine.name}: {base + page_path} answered {response and response.status}")
        page.wait_for_load_state("networkidle")
        load_s = time.perf_counter() - started
        page.evaluate(_RECORDER, [engine.output_selector, engine.status_selector, engine.item_selector, engine.input_selector])
        box = page.locator(engine.input_selector)
        for number, query in enumerate(queries):
            page.evaluate("1")  # delivers the events already sent, so they keep their phase
            traffic.phase = f"q{number}"
            if number == 0:
                page.locator(engine.open_selector).first.click()
                box.wait_for(state="visible")
            else:
                box.fill("")
                page.wait_for_timeout(250)
            page.evaluate("() => { __bench.keys = []; __bench.states = []; }")
            box.press_sequentially(query.text, delay=KEY_DELAY_MS)
            rec = _settle(page, engine, query)
            if number == 0:
                cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
            page.evaluate("1")
            phase = f"q{number}"
            if number == 0:
                spent = traffic.total(functools.partial(_first_query_request, phase, engine.search_urls))
            else:
                spent = traffic.total(functools.partial(_in_phase, phase))
            status = rec["current"]["status"]
            results.append(
                {
                    "query": query.text,
                    "kind": query.kind,
                    "first": number == 0,
                    "first_results_ms": _first_answer_ms(rec),
                    "results_shown": rec["current"]["items"],
                    "key_interval_ms": (rec["keys"][-1] - rec["keys"][0]) / (len(rec["keys"]) - 1)
                    if len(rec["keys"]) > 1
                    else None,
                    "status": status,
                    "timed_out": rec.get("timed_out", False),
                    "bytes": spent,
                    "page_load_s": load_s if number == 0 else None,
                    "page_language": page.evaluate("document.documentElement.lang"),
                    "scope": page.locator(engine.scope_selector).input_value() if engine.scope_selector else None,
                }
            )
        page_load = traffic.total(lambda r: r["phase"] == "load" and not engine.search_urls.search(r["url"]))
        for result in results:
            if result["first"]:
                result["page_bytes_without_search"] = page_load
        fetched = {urlsplit(r["url"]).path for r in traffic.requests if r["phase"] == "q0" or engine.search_urls.search(r["url"])}
        results[0]["urls"] = sorted(fetched)[:40]
    finally:
        context.close()
    return results


def measure(sites: Mapping[str, Path], page_path: str, queries: list[Query], rotations: int | None = None) -> dict[str, Any]:
    """For each engine ("ours", "material") → its site: every query set's figures, and a summary."""
    from playwright.sync_api import sync_playwright

    engines = {"ours": OURS, "material": MATERIAL}
    report: dict[str, Any] = {"page": page_path, "queries": [q.__dict__ for q in queries], "key_delay_ms": KEY_DELAY_MS}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            for key, site in sites.items():
                engine = engines[key]
                orders = [queries[shift:] + queries[:shift] for shift in range(min(rotations or len(queries), len(queries)))]
                with serve(site) as base:
                    sets = [_run_set(browser, engine, site, base, page_path, order) for order in orders]
                    report[key] = {"engine": engine.name, "sets": sets, "summary": summarise(sets)}
                report.setdefault("page_language", sets[0][0]["page_language"])
        finally:
            browser.close()
    if "ours" in report and "material" in report:
        ours, material = report["ours"]["summary"], report["material"]["summary"]
        report["ratios"] = {
            name: (ours[name] / material[name] if material.get(name) else None)
            for name in (
                "first_query_bytes_max",
                "first_query_gzip_max",
                "later_query_bytes_max",
                "first_results_ms_median",
                "first_results_ms_max",
                "first_query_results_ms_max",
            )
            if ours.get(name) is not None
        }
    return report


def summarise(sets: list[list[dict[str, Any]]]) -> dict[str, Any]:
    firsts = [r for s in sets for r in s if r["first"]]
    laters = [r for s in sets for r in s if not r["first"]]
    everything = [r for s in sets for r in s]
    times = [r["first_results_ms"] for r in everything if r["first_results_ms"] is not None]
    first_times = [r["first_results_ms"] for r in firsts if r["first_results_ms"] is not None]
    by_query: dict[str, dict[str, Any]] = {}
    for r in everything:
        entry = by_query.setdefault(
            r["query"], {"kind": r["kind"], "results": r["results_shown"], "status": r["status"], "ms": []}
        )
        entry["ms"].append(r["first_results_ms"])
        if r["first"]:
            entry["first_query_bytes"] = r["bytes"]["transferred"]
            entry["first_query_gzip"] = r["bytes"]["gzip"]
        else:
            entry.setdefault("later_query_bytes", []).append(r["bytes"]["transferred"])

    def worst(results: list[dict[str, Any]]) -> dict[str, Any] | None:
        heaviest = max(results, key=lambda r: r["bytes"]["transferred"], default=None)
        if heaviest is None:
            return None
        return {"query": heaviest["query"], "by_kind": heaviest["bytes"]["by_kind"], "requests": heaviest["bytes"]["requests"]}

    return {
        "worst_first_query": worst(firsts),
        "worst_later_query": worst(laters),
        "first_query_bytes_max": max((r["bytes"]["transferred"] for r in firsts), default=None),
        "first_query_bytes_median": statistics.median([r["bytes"]["transferred"] for r in firsts]) if firsts else None,
        "first_query_body_max": max((r["bytes"]["body"] for r in firsts), default=None),
        "first_query_gzip_max": max((r["bytes"]["gzip"] for r in firsts), default=None),
        "first_query_requests_max": max((r["bytes"]["requests"] for r in firsts), default=None),
        "later_query_bytes_max": max((r["bytes"]["transferred"] for r in laters), default=None),
        "later_query_bytes_median": statistics.median([r["bytes"]["transferred"] for r in laters]) if laters else None,
        "later_query_gzip_max": max((r["bytes"]["gzip"] for r in laters), default=None),
        "first_results_ms_median": statistics.median(times) if times else None,
        "first_results_ms_max": max(times, default=None),
        "first_query_results_ms_max": max(first_times, default=None),
        "key_interval_ms_median": statistics.median(gaps)
        if (gaps := [r["key_interval_ms"] for r in everything if r["key_interval_ms"]])
        else None,
        "unanswered": sum(r["first_results_ms"] is None or r["timed_out"] for r in everything),
        "page_bytes_without_search": firsts[0].get("page_bytes_without_search", {}).get("transferred") if firsts else None,
        "by_query": by_query,
    }


def _in_phase(phase: str, request: dict[str, Any]) -> bool:
    return request["phase"] == phase


def _first_query_request(phase: str, search_urls: re.Pattern[str], request: dict[str, Any]) -> bool:
    """A request of the first query, or one the page made on load for the search (its index, its code)."""
    return request["phase"] == phase or (request["phase"] == "load" and bool(search_urls.search(request["url"])))
