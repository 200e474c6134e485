"""MkDocs hook: hand the generated pages to MkDocs and report the archive's problems as warnings.

Thin on purpose: the pipeline lives in build_scripts, so a publisher that runs
no MkDocs hooks can use `python -m build_scripts build --out DIR` instead.
Problems are logged as warnings, so `mkdocs build --strict` fails on them.

MkDocs builds into a staging folder and the site is replaced only by a build that
succeeded, never over a file the build did not write (build_scripts/build/publishing.py).
"""

from __future__ import annotations

import contextlib
import gc
import html
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from build_scripts.build import publishing
from build_scripts.build.memo import kept_in
from build_scripts.build.pipeline import build_site
from build_scripts.build.progress import Progress
from build_scripts.interface import interface_language, nav_title, page_language, tables
from build_scripts.mkdocs import internals, outside_links, prerendered, preview
from build_scripts.read.files import read_sources
from build_scripts.render.labels import own_name
from build_scripts.render.page_blocks import PageSource, Permalinks
from build_scripts.search import pagefind
from build_scripts.search.records import SearchRecord
from build_scripts.site_config import DEFAULT_URL, SiteIdentity

log = logging.getLogger("mkdocs.plugins.news_archive")


def on_serve(server, config, builder):
    """Edits are noticed through the operating system's file events instead of MkDocs' polling.

    MkDocs looks at every watched file every half second: at 10,000 articles that is 20,000 files per
    look, which delays each rebuild's start and takes CPU from it.
    The paths watched so far are moved to the new observer; `watch:` paths join it after this event.
    """
    internals.observe_changes_only(server, [path for path in (config.docs_dir, config.config_file_path) if path])
    return server


def on_page_content(html: str, page, config, files) -> str:
    """A generated page's Markdown is not needed once rendered: its two copies are much memory in a large archive."""
    if page.file.generated_by is not None:
        page.markdown = ""
        page.file.content_string = ""
    return html


class _Hook:
    """What the hook keeps from one event to the next: MkDocs keeps no state for a hook's functions, and
    loads the hook once, so under `mkdocs serve` this one object sees every rebuild."""

    def __init__(self) -> None:
        self.session: preview.Preview | None = None
        """Under `mkdocs serve`, what a build keeps for the next one."""
        self.stage: publishing.Stage | None = None
        """The build's staging folder, from `on_config` until it is published or abandoned."""
        self.pages: Progress | None = None
        """This build's page counter."""
        self.plan: preview.Plan | None = None
        """Under `mkdocs serve`, what this build renders of the generated files."""
        self.indexing: pagefind.Indexing | None = None
        """The search index being written in the background while MkDocs renders the pages."""
        self.records: tuple[SearchRecord, ...] = ()
        """A partial `mkdocs serve` rebuild's search records, indexed in the background once it is published."""
        self.files: Files | None = None
        """A partial `mkdocs serve` rebuild's files, stand-ins included: what its sitemap may have to list."""
        self.site_name = ""
        """mkdocs.yml's `site_name`: the site's name in a language `extra.site_name` does not name it in."""
        self.site_names: dict[str, str] = {}
        """`extra.site_name`: the site's name by language code."""
        self.nav_titles: list[tuple[Any, str]] = []
        """Every navigation entry that mkdocs.yml titles, with that (English) title."""

    @event_priority(100)
    def on_config(self, config):
        """First of all: nothing from outside the project may be published, and the site is built in a
        staging folder beside `site_dir`."""
        root = Path(config.config_file_path).resolve().parent
        published_from = [Path(config.docs_dir), root / "schemas"]
        if config.theme.custom_dir:
            published_from.append(Path(config.theme.custom_dir))
        if problems := outside_links.leaving_links(root, published_from):
            for problem in problems:
                log.error(str(problem))
            raise PluginError(f"nothing published: {len(problems)} symbolic link(s) lead outside the project, listed above")
        publishing.abandon(self.stage)
        self.stage = publishing.stage_site(config)
        config.extra["interface"] = tables()
        self.site_name, self.site_names = config.site_name, _site_names(config)
        return config

    def on_startup(self, command: str, dirty: bool) -> None:
        """Under `mkdocs serve`, builds from now on keep their results for the next one."""
        if command == "serve":
            self.session = preview.Preview()

    def on_files(self, files: Files, config) -> Files:
        """The archive's pages, made with the cyclic garbage collector off, then kept out of its later passes.

        Loading and rendering make millions of objects and no cycle worth collecting: each collection
        pass would walk all of them again, and so would every pass while MkDocs renders.
        """
        gc.disable()
        try:
            return self._add_generated(files, config, time.perf_counter())
        finally:
            gc.freeze()
            gc.enable()

    def _add_generated(self, files: Files, config, started: float) -> Files:
        root = Path(config.config_file_path).resolve().parent
        session = self.session
        docs = Path(config.docs_dir).resolve().relative_to(root).as_posix()
        identity = SiteIdentity(config.site_name, config.site_url or DEFAULT_URL)

        def index(records: tuple[SearchRecord, ...]) -> None:
            # Called once no more workers will be forked (a fork copies only this thread); MkDocs has emptied
            # site_dir (the staging folder) before this event: the index is written into it.
            self.indexing = pagefind.start(records, Path(config.site_dir) / "pagefind")

        sources = read_sources(root, session.sources if session else None)
        with kept_in(session.memo) if session else contextlib.nullcontext():
            site = build_site(sources, identity, records_ready=None if session else index, terminal=sys.stderr)
        generated, records = site.files, site.records
        # The search opens every language's index: most articles first, as Pagefind picks its default.
        languages = Counter(language.split("-")[0] for language in site.languages)
        config.extra["search_languages"] = [language for language, _ in languages.most_common()]
        config.extra["search_language_names"] = {language: own_name(language) for language in languages}
        for problem in site.problems:
            log.warning(str(problem))
        # Published so editors' YAML language servers, and anyone else, can fetch the format's rules.
        generated |= {
            f"schemas/{p.name}": p.read_text(encoding="utf-8")
            for p in sorted((root / "schemas").glob("*.json"))
            if outside_links.stays_inside(root, p)
        }
        plan = None
        if session:
            session.new_build()
            overrides = config.theme.custom_dir
            fingerprint = preview.fingerprint(
                Path(config.config_file_path), Path(overrides) if overrides else None, (config.extra, config.site_url)
            )
            plan = self.plan = session.plan(generated, fingerprint)
        occupant = publishing.occupant(files)
        links = prerendered.permalinks(config.markdown_extensions, config.mdx_configs)
        links_in = _permalinks_by_language(links, config)
        titles = prerendered.nav_titles(config.nav)
        added, outputs = {}, {}
        for path, content in generated.items():
            unchanged = plan is not None and path not in plan.render
            prerender = content if links is not None and not unchanged and isinstance(content, PageSource) else None
            if session is not None and unchanged:
                file = session.stand_in(config, path)
            else:
                text = "" if prerender else content.markdown() if isinstance(content, PageSource) else content
                file = File.generated(config, path, content=text)
            if (hand_written := occupant(file)) is not None:
                where = "" if hand_written.src_uri == path else f" ({path} would be published at its address, /{file.url})"
                log.warning(
                    f"{docs}/{hand_written.src_uri}:1:1: a hand-written page is where the archive generates one{where}; "
                    "it was kept and the generated page left out: rename or move the hand-written page"
                )
                continue
            files.append(file)
            if prerender is not None and links is not None:
                language = interface_language(page_language(dict(prerender.meta).get("lang"), config.theme["language"]))
                prerendered.PrerenderedPage(titles.get(path), file, config, prerender, links_in.get(language, links))
            added[path], outputs[path] = content, file.dest_uri
        if session:
            session.built(added, outputs, fingerprint)
        pages = len(files.documentation_pages())
        self.pages = Progress("pages rendered", pages, sys.stderr)
        if session:
            preview.set_aside()
        if plan and not plan.full:
            log.info(f"preview: {len(plan.render):,} changed files to build, {len(plan.removed):,} to remove")
            self.records, self.files = records, files
            return files
        log.info(
            f"archive: {len(site.languages):,} articles, {site.people:,} people, {pages:,} pages to build, "
            f"read and generated in {time.perf_counter() - started:.1f} s"
        )
        if session:
            self.indexing = pagefind.start(records, Path(config.site_dir) / "pagefind")
        return files

    def on_nav(self, nav, config, files):
        """The entries mkdocs.yml titles: each page shows them in its own language (`_speak`)."""
        self.nav_titles = [(item, item.title) for item in _entries(nav.items) if isinstance(item.title, str)]
        return nav

    def on_page_context(self, context, page, config, nav):
        """A prerendered page's HTML is made now, just before its template (see `PrerenderedPage.html`);
        the theme speaks the page's language."""
        if isinstance(page, prerendered.PrerenderedPage):
            page.content = page.html()
        self._speak(context, config, page.meta.get("lang"))
        return context

    def _speak(self, context, config, tag: object) -> None:
        """The page's language where the templates read it (`page_lang`, the interface table's code, and
        `page_locale`, its `<html lang>`), and the site's name and navigation titles in it.

        The names and titles are set on the shared configuration and navigation, page by page, because
        Material's own templates print them (header, drawer, footer, <title>): MkDocs renders one page at a
        time, so each sees its own language, with no copy of Material's templates to keep in step.
        """
        locale = page_language(tag, config.theme["language"])
        code = interface_language(locale)
        context["page_lang"], context["page_locale"] = code, locale
        config["site_name"] = self.site_names.get(code, self.site_name)
        for item, title in self.nav_titles:
            item.title = nav_title(title, code)

    def on_env(self, env, config, files):
        """What overrides/partials/nav.html needs: the theme's own templates under `theme/`; and the cache of the
        partials rendered once for all the pages that would get the same (nav.html, archive-search.html)."""
        if self.session:
            env.bytecode_cache = self.session.templates
        internals.theme_templates(env, [folder for folder in config.theme.dirs if folder != config.theme.custom_dir])
        env.globals["partials_cache"] = {}
        return env

    def on_template_context(self, context, template_name: str, config):
        """A partial rebuild that adds, removes or reorders pages lists every page in its sitemap, not only those it renders.

        Templates that are no page's (404.html) are in the site's language."""
        if template_name == "sitemap.xml" and self.plan and self.plan.lists_every_page and self.files is not None:
            context["pages"] = internals.sitemap_pages(self.files, config.site_url)
        self._speak(context, config, None)  # the 404 page: in the site's language
        return context

    def on_post_page(self, output: str, page, config) -> str:
        if self.pages is not None:
            self.pages.step()
        if isinstance(page, prerendered.PrerenderedPage):
            page.content = ""  # written: no page needs another's HTML
        return output

    @event_priority(-100)
    def on_post_build(self, config) -> None:
        """Wait for the search index (written from the archive while MkDocs rendered), then publish.

        A site without its search index is not published: an index that failed fails the build, plain or strict.

        Last of all: the staged site replaces the previous one only if the build succeeded. A partial
        `mkdocs serve` rebuild is merged into the served site instead, and its search index follows.
        """
        session = self.session
        if session and self.plan and not self.plan.full:
            if self.stage is not None:
                publishing.merge_site(self.stage, self.plan.removed, self.plan.kept)
            self.files = None
            session.published()
            session.refresh_search(self.records, Path(config.site_dir))
            return
        waiting = time.perf_counter()
        if self.indexing is not None:
            error, self.indexing = self.indexing.wait(), None
            if error is not None:
                raise PluginError(f"{error}; nothing was published, the previous site is left as it was")
            log.info(f"search index: the build waited {time.perf_counter() - waiting:.1f} s for it after the pages")
        if self.stage is not None and publishing.publish_site(self.stage) and session:
            session.published()
            # Ready for the first edit: stand-ins for every file, and the full build's garbage collected now.
            session.prepare_stand_ins(config)
            preview.set_aside()

    def on_build_error(self, error: Exception) -> None:
        """A failed build publishes nothing: its staging folder goes, the previous site stays."""
        if self.indexing is not None:
            self.indexing.wait()  # Pagefind must be done writing into the staging folder before it is removed
        self.indexing = None
        publishing.abandon(self.stage)

    def on_shutdown(self) -> None:
        publishing.abandon(self.stage)
        self.session = None


def _entries(items: list[Any]) -> Iterator[Any]:
    """Every entry of the navigation, sections' children included."""
    for item in items:
        yield item
        yield from _entries(getattr(item, "children", None) or [])


def _permalinks_by_language(links: Permalinks | None, config) -> dict[str, Permalinks]:
    """The headings' permalinks titled in each language (`theme.permalink`), unless mkdocs.yml titles them."""
    if links is None or "permalink_title" in (config.mdx_configs.get("toc") or {}):
        return {}
    return {
        code: replace(links, title=html.escape(words["theme.permalink"])) for code, words in config.extra["interface"].items()
    }


def _site_names(config) -> dict[str, str]:
    """`extra.site_name`: the site's name per language, e.g. `{id: Arsip Berita Beranotasi}`."""
    names = config.extra.get("site_name")
    if names is None:
        return {}
    if isinstance(names, dict) and all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in names.items()):
        return {code.split("-")[0].lower(): name for code, name in names.items()}
    where = _line_of(Path(config.config_file_path), "site_name")
    raise PluginError(
        f"{where}: extra.site_name: expected the site's name per language, such as `site_name: {{id: Arsip Berita Beranotasi}}`, "
        f"found {names!r}; give each language code a name, or remove extra.site_name to use site_name everywhere"
    )


def _line_of(config_file: Path, key: str) -> str:
    """`mkdocs.yml:line:col` of the indented `key:` (under `extra:`), for a message."""
    lines = config_file.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.startswith((" ", "\t")) and line.lstrip().startswith(f"{key}:"):
            return f"{config_file.name}:{number}:{len(line) - len(line.lstrip()) + 1}"
    return f"{config_file.name}:1:1"


_hook = _Hook()
on_config = _hook.on_config
on_startup = _hook.on_startup
on_files = _hook.on_files
on_nav = _hook.on_nav
on_page_context = _hook.on_page_context
on_env = _hook.on_env
on_template_context = _hook.on_template_context
on_post_page = _hook.on_post_page
on_post_build = _hook.on_post_build
on_build_error = _hook.on_build_error
on_shutdown = _hook.on_shutdown
