"""`mkdocs serve` at scale: a rebuild renders only the generated files an edit changed.

MkDocs renders every page on every rebuild (minutes at 10,000 articles), and `--dirty` decides by
modification times, so pages that depend on an edited article (its people, topics, the lists) go
stale. Here the decision is by content: the hook regenerates every file's content (cheaply, the
unchanged parts come from a `Memo`), compares it with what the served site was built from, and hands
MkDocs the changed files, plus a stand-in for each unchanged one so links to it still resolve. The
staged output of that rebuild is then merged into the served site (`publishing.merge_site`).

Anything else a page is made from (the configuration, the theme's overrides, the list of search
languages, the site URL) is a fingerprint: when it changes, the rebuild is a full one.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from build_scripts.build import publishing
from build_scripts.build.memo import Memo
from build_scripts.build.site_files import Generated
from build_scripts.mkdocs.internals import StandIn
from build_scripts.search import pagefind
from build_scripts.search.records import SearchRecord

log = logging.getLogger("mkdocs.plugins.news_archive.preview")

SEARCH_INDEX_DELAY_S = 5.0
"""After a partial rebuild, how long the search index waits for another edit before it is rewritten."""
SITEMAPS = ("sitemap.xml", "sitemap.xml.gz")
"""Listed from the pages MkDocs rendered: after a partial rebuild that adds, removes or reorders none the served ones stay."""


class CompiledTemplates(jinja2.BytecodeCache):
    """MkDocs makes a new template environment for every build; compiling the theme again each time is slow.

    Jinja keys each entry by the template's source checksum, so an edited template is compiled again.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


@dataclass(frozen=True)
class Plan:
    """What one rebuild does with the generated files."""

    render: frozenset[str]
    """Generated files MkDocs builds (all of them on a full build)."""
    removed: tuple[str, ...]
    """Outputs (site-relative) of files the served site has and the archive no longer generates."""
    full: bool
    kept: tuple[str, ...] = ()
    """Outputs of a partial rebuild that the served site's copies of are right: not merged."""

    @property
    def lists_every_page(self) -> bool:
        """A partial rebuild's sitemap lists the stand-ins too (`internals.sitemap_pages`) when it is merged."""
        return not self.full and not self.kept


@dataclass
class Preview:
    """What a `mkdocs serve` session keeps between builds."""

    memo: Memo = field(default_factory=Memo)
    """In effect around each build (`memo.kept_in`): what an edit left unchanged is not made again."""
    templates: CompiledTemplates = field(default_factory=CompiledTemplates)
    served: dict[str, Generated] = field(default_factory=dict)
    """Generated docs path → the content the served site was built from."""
    outputs: dict[str, str] = field(default_factory=dict)
    """Generated docs path → its output, relative to the site folder."""
    fingerprint: str | None = None
    sources: dict[str, tuple[tuple[int, ...], bytes]] = field(default_factory=dict)
    """Source path → (stat signature, bytes): a file whose signature is unchanged is not read again."""
    pending: tuple[dict[str, Generated], dict[str, str], str] | None = None
    stand_ins: dict[str, File] = field(default_factory=dict)
    """One per unchanged file, kept while the fingerprint holds: making tens of thousands of File objects is slow."""
    search_generation: int = 0
    """Bumped by every build: a background search index is swapped in only if no build came after it."""

    def plan(self, generated: Mapping[str, Generated], fingerprint: str) -> Plan:
        if fingerprint != self.fingerprint:
            self.stand_ins.clear()
            return Plan(frozenset(generated), (), True)
        changed = frozenset(path for path, content in generated.items() if self.served.get(path) != content)
        removed = tuple(self.outputs[path] for path in self.served if path not in generated)
        # The sitemap lists pages in the order of the generated files: the served one is right while that is unchanged.
        return Plan(changed, removed, False, SITEMAPS if list(generated) == list(self.served) else ())

    def prepare_stand_ins(self, config: MkDocsConfig) -> None:
        for path in self.served:
            self.stand_in(config, path)

    def stand_in(self, config: MkDocsConfig, path: str) -> File:
        if path not in self.stand_ins:
            self.stand_ins[path] = StandIn.generated(config, path, content="")
        return self.stand_ins[path]

    def built(self, generated: dict[str, Generated], outputs: dict[str, str], fingerprint: str) -> None:
        """Called when the files are handed to MkDocs; `published` makes them the served state."""
        self.pending = (generated, outputs, fingerprint)

    def published(self) -> None:
        if self.pending is not None:
            self.served, self.outputs, self.fingerprint = self.pending
            self.pending = None

    def new_build(self) -> None:
        """Called once a build has made its files.

        The memo forgets what this build did not use, and a search index still being written for an
        earlier build will not be swapped in.
        """
        self.memo.next_build()
        self.search_generation += 1

    def refresh_search(self, records: tuple[SearchRecord, ...], site: Path) -> None:
        """After a partial rebuild: the served search index is rewritten in the background, then swapped in.

        If that fails, the error says the served search is now behind the pages; the next edit tries again.
        """
        generation = self.search_generation

        def write() -> None:
            # Edits come in bursts: index once they pause, so the next rebuild has the machine to itself.
            time.sleep(SEARCH_INDEX_DELAY_S)
            if generation != self.search_generation:
                return
            try:
                folder = Path(tempfile.mkdtemp(prefix=".search-index-", dir=site.parent))
                try:
                    error = pagefind.write_index(records, folder / "pagefind")
                    if error is None and generation == self.search_generation:
                        publishing.swap_folder(site, "pagefind", folder / "pagefind")
                        log.info("preview: search index updated")
                finally:
                    shutil.rmtree(folder, ignore_errors=True)
            except OSError as failure:
                error = f"search index not written: {type(failure).__name__}: {failure}"
            if error is not None:
                log.error(f"preview: {error}; the served search still shows the site before the last edits")

        threading.Thread(target=write, name="search-index", daemon=True).start()


def fingerprint(config_file: Path, theme_overrides: Path | None, extra: object) -> str:
    """Everything besides the generated content that every page's HTML is made from."""
    digest = hashlib.sha256(config_file.read_bytes())
    digest.update(repr(extra).encode())
    if theme_overrides is not None and theme_overrides.is_dir():
        for folder, _, names in sorted(os.walk(theme_overrides)):
            for name in sorted(names):
                path = Path(folder, name)
                digest.update(path.relative_to(theme_overrides).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def set_aside() -> None:
    """What a session keeps is long-lived and acyclic: out of the collector's way.

    Otherwise every later collection walks its millions of objects again (a good part of every rebuild
    in a large archive). Collected first, so the last build's garbage is not frozen with it.
    """
    gc.collect()
    gc.freeze()
