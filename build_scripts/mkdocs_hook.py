"""MkDocs hook: hand the generated pages to MkDocs and report the archive's problems as warnings.

Thin on purpose: the pipeline lives in build_scripts, so a publisher that runs
no MkDocs hooks can use `python -m build_scripts build --out DIR` instead.
Problems are logged as warnings, so `mkdocs build --strict` fails on them.

MkDocs builds into a staging folder and the site is replaced only by a build that
succeeded, never over a file the build did not write (build_scripts/safe_output.py).
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from build_scripts import safe_output  # noqa: E402
from build_scripts.archive import load_archive  # noqa: E402
from build_scripts.generate import DEFAULT_SITE_URL, generate_pages  # noqa: E402
from build_scripts.progress import Progress  # noqa: E402
from build_scripts.sources import read_sources  # noqa: E402

log = logging.getLogger("mkdocs.plugins.news_archive")
_NOT_TEXT = ".headerlink, .footnote-ref, .footnote-backref"
"""Marks the page adds around the text (¶, footnote numbers, ↩): not words a reader searches for."""
_HTML_LANG = re.compile(r'<html lang="[^"]*"')
_pages: list[Progress] = []
"""This build's page counter (hooks are plain functions; MkDocs keeps no state for them)."""


@event_priority(100)
def on_config(config):
    """First of all: the site is built in a staging folder beside `site_dir`."""
    safe_output.stage_site(config)
    return config


def on_files(files: Files, config) -> Files:
    root = Path(config.config_file_path).resolve().parent
    archive = load_archive(read_sources(root))
    # The search opens every language's index: most articles first, as Pagefind picks its default.
    languages = Counter(article.language.split("-")[0] for article in archive.articles)
    config.extra["search_languages"] = [language for language, _ in languages.most_common()]
    for problem in archive.problems:
        log.warning(str(problem))
    docs = Path(config.docs_dir).resolve().relative_to(root).as_posix()
    generated = generate_pages(archive, config.site_url or DEFAULT_SITE_URL)
    # Published so editors' YAML language servers, and anyone else, can fetch the format's rules.
    generated |= {f"schemas/{p.name}": p.read_text(encoding="utf-8") for p in sorted((root / "schemas").glob("*.json"))}
    occupant = safe_output.occupant(files)
    for path, content in generated.items():
        file = File.generated(config, path, content=content)
        if (hand_written := occupant(file)) is not None:
            where = "" if hand_written.src_uri == path else f" ({path} would be published at its address, /{file.url})"
            log.warning(
                f"{docs}/{hand_written.src_uri}:1:1: a hand-written page is where the archive generates one{where}; "
                "it was kept and the generated page left out: rename or move the hand-written page"
            )
            continue
        files.append(file)
    pages = len(files.documentation_pages())
    _pages[:] = [Progress("pages rendered", pages, sys.stderr)]
    log.info(f"archive: {len(archive.articles):,} articles, {len(archive.people):,} people, {pages:,} pages to build")
    return files


def on_post_page(output: str, page, config) -> str:
    """Material writes one <html lang> for the site; each article page needs its own."""
    for progress in _pages:
        progress.step()
    language = page.meta.get("lang")
    if not isinstance(language, str) or not re.fullmatch(r"[A-Za-z0-9-]{2,35}", language):
        return output
    return _HTML_LANG.sub(f'<html lang="{language}"', output, count=1)


@event_priority(-100)
def on_post_build(config) -> None:
    """Index the built articles for the search (Pagefind reads only elements marked data-pagefind-body), then publish.

    Last of all: the staged site replaces the previous one only if the build succeeded.
    """
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", config.site_dir, "--quiet", "--exclude-selectors", _NOT_TEXT],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        log.error(f"search index: pagefind failed (exit {result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    else:
        log.info(f"search index built in {time.perf_counter() - started:.1f} s")
    safe_output.publish_site(config)


def on_build_error(error: Exception) -> None:
    """A failed build publishes nothing: its staging folder goes, the previous site stays."""
    safe_output.abandon()


def on_shutdown() -> None:
    safe_output.abandon()
