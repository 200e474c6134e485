"""Publish generated output whole or not at all, and never over a file the tool did not write.

Two writers use it:

- the MkDocs hook: MkDocs builds the site into a staging folder beside `site_dir` (`stage_site`, at
  `on_config`), and only a build that succeeded is moved into place (`publish_site`, last at
  `on_post_build`). A build that fails, on an error or on a warning under `--strict`, leaves the
  previous site exactly as it was and removes its staging folder;
- `python -m build_scripts build --out DIR`: `write_tree` stages and publishes the generated files the
  same way.

Ownership is written down (`ownership.py`): a file the tool did not write is carried over into the new
output untouched, and if the new output has a file at its path (or needs its path as a folder) nothing
is published and each such file is reported as a `path:1:1:` problem. Files the tool wrote and the new
output no longer has (the page of a deleted article) are removed.

Faults: the output is swapped by two renames (the old output aside, the new one in its place), so a
build killed at any instant leaves the old output or the new one, except between those two renames:
then the old output waits beside the target, and the next build puts it back before anything else
(`put_right`, from `stage_site` and `write_tree`), and removes what dead builds left there. Which
folders are a dead build's is told by locks (`publish_locks.py`), which also make two builds into one
folder publish one after the other. A folder the build may not write is a problem, found before
anything is removed.

The search index is made deterministic before it is published (`pagefind_format.stable_search_index`),
so two builds of the same sources give byte-identical sites.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import shutil
import tempfile
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from build_scripts.build import publish_locks
from build_scripts.build.ownership import (
    MANIFEST,
    carry,
    clashes,
    foreign_entries,
    manifest_json,
    manifest_text,
    parents,
    read_manifest,
    sha256,
    uncarried,
    walk_files,
)
from build_scripts.model import Problem
from build_scripts.search.pagefind_format import stable_search_index

if TYPE_CHECKING:
    from build_scripts.mkdocs.internals import StrictWarnings

MAX_REPORTED = 20
"""Files reported one by one when a publication is refused; the rest are counted."""

log = logging.getLogger("mkdocs.plugins.news_archive.publishing")


# --- Publishing a staged folder --------------------------------------------------------------------


def _conflicts(staged: Path, target: Path, label: str) -> tuple[list[tuple[str, bool]], list[Problem]]:
    """The foreign entries of `target` to carry over, and a problem for each the new output would replace."""
    foreign = foreign_entries(target, read_manifest(target))
    clashing = []
    for relative, whole in foreign:
        if whole:
            clashing += [inner for inner in walk_files(target, relative) if clashes(staged, inner)]
            if clashes(staged, relative) and not (staged / relative).is_dir():
                clashing.append(relative)
        elif clashes(staged, relative):
            clashing.append(relative)
    if not clashing:
        return foreign, []
    hint = "" if (target / MANIFEST).exists() else f" ({label} has no {MANIFEST}: if it is an old build's output, delete it)"
    problems = [
        Problem(
            f"{label}/{relative}",
            1,
            1,
            "the build would overwrite a file it did not write (or that was changed since); nothing was published "
            f"and the file was left as it is: move it away, or build into another folder{hint}",
        )
        for relative in sorted(clashing)[:MAX_REPORTED]
    ]
    if len(clashing) > MAX_REPORTED:
        problems.append(Problem(label, 1, 1, f"and {len(clashing) - MAX_REPORTED:,} more files the build did not write"))
    return foreign, problems


def publish(staged: Path, target: Path, label: str) -> list[Problem]:
    """Put the complete new output `staged` (a folder beside `target`) in `target`'s place (under `publish_locks.publishing`).

    Files in `target` the tool did not write are carried over; if the new output would replace one,
    or the build may not write there, nothing changes and the problems say why. On success `staged`
    no longer exists.
    """
    if os.path.lexists(target) and (target.is_symlink() or not target.is_dir()):
        message = "is a file, not a folder; nothing was published: move it away, or build into another folder"
        return [Problem(label, 1, 1, message)]
    manifest = read_manifest(target)
    foreign, problems = _conflicts(staged, target, label)
    if problems:
        return problems
    (staged / MANIFEST).write_text(manifest_text(staged), encoding="utf-8")
    if not os.path.lexists(target):
        os.rename(staged, target)
        return []
    old = publish_locks.claim(target, publish_locks.OLD)
    try:
        try:
            os.rename(target, old.path / "tree")
        except OSError:  # a mount point, or a folder the build may not write: replace its contents instead
            old.path.rmdir()
            return _replace_contents(staged, target, foreign, label)
        try:
            os.rename(staged, target)
        except OSError:
            os.rename(old.path / "tree", target)
            raise
        carry(old.path / "tree", target, foreign)
        _drop_old(old.path, manifest)
    finally:
        old.release()
    return []


def _drop_old(old: Path, manifest: Mapping[str, str]) -> None:
    """Delete the previous output once nothing in it is someone else's.

    It is renamed first: a build killed while deleting it leaves a folder the next build removes, not a
    `tree` whose manifest may be gone while other files remain (and would look like someone else's).
    """
    left = foreign_entries(old / "tree", manifest)
    if left:  # never expected: then the old output is kept rather than deleted with someone's files in it
        log.error(f"{old}: the previous output is kept there, it still holds files the build did not write: {left[:5]}")
    else:
        os.rename(old / "tree", old / "discarded")
        shutil.rmtree(old)


def _replace_contents(staged: Path, target: Path, foreign: list[tuple[str, bool]], label: str) -> list[Problem]:
    """`publish` for a folder that cannot be renamed: the tool's old files out, the new ones in, the foreign kept.

    Every folder it changes is checked writable first, so a folder it may not write stops it before it
    removes anything.
    """
    keep = {relative for relative, _ in foreign}
    doomed = [p for p in walk_files(target) if p not in keep and not any(parent in keep for parent in parents(p))]
    changed = {"", *(parent for path in doomed for parent in parents(path))}
    for path in walk_files(staged):
        existing = [parent for parent in parents(path) if (target / parent).is_dir()]
        changed.add(existing[-1] if existing else "")
    refused = sorted(folder for folder in changed if not os.access(target / folder, os.W_OK | os.X_OK))
    outermost = [folder for folder in refused if not any(parent in refused for parent in parents(folder))]
    if outermost:
        return [
            Problem(
                f"{label}/{folder}" if folder else label,
                1,
                1,
                "the build may not write in this folder; nothing was published and the folder was left as it is: "
                "make it writable for this user (chmod u+w), or build into another folder",
            )
            for folder in outermost[:MAX_REPORTED]
        ]
    for relative in sorted(doomed, reverse=True):
        (target / relative).unlink()
    for folder, _, _ in sorted(os.walk(target), reverse=True):
        if Path(folder) != target and not any(Path(folder).iterdir()):
            Path(folder).rmdir()
    for relative in walk_files(staged):
        _move_in(staged, target, relative)
    shutil.rmtree(staged)
    return []


def _unwritable(label: str, error: OSError) -> list[Problem]:
    """The folder beside which a build stages its output cannot be written: one problem, no traceback."""
    message = (
        f"the build may not make its staging folder beside this folder ({error.strerror}); nothing was "
        "published and the folder was left as it is: make its parent folder writable for this user, or "
        "build into another folder"
    )
    return [Problem(label, 1, 1, message)]


def put_right(target: Path) -> None:
    """Before a build touches `target` (under `publish_locks.publishing`): undo what dead builds left.

    A build killed between the two renames of `publish` left no `target`, only the previous output in
    its old folder: that goes back first. An old folder beside a published `target` still holding
    files the tool did not write (killed while carrying them over) has them carried over now. Staging
    folders nobody owns are removed.
    """
    for folder, kind in publish_locks.dead_leftovers(target):
        tree = folder / "tree"
        if kind == publish_locks.OLD and tree.is_dir() and not tree.is_symlink():
            if os.path.lexists(target) and (target.is_symlink() or not target.is_dir()):
                log.error(f"{folder}: a previous output is kept there, {target} is no longer a folder to put it back in")
                continue
            if os.path.lexists(target):
                manifest = read_manifest(tree)
                carry(tree, target, uncarried(tree, target, manifest))
                _drop_old(folder, manifest)
                continue
            os.rename(tree, target)
            log.info(f"{target}: put back the previous output, which an interrupted build had moved to {folder}")
        shutil.rmtree(folder, ignore_errors=True)


def _move_in(staged: Path, target: Path, relative: str) -> Path:
    """One staged file to its place in `target`, replacing what is there."""
    destination = target / relative
    destination.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(staged / relative, destination)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        part = destination.with_name(f".{destination.name}.part-{secrets.token_hex(4)}")
        shutil.copy2(staged / relative, part)  # a mount point: copied beside its place, then renamed into it
        os.replace(part, destination)
    return destination


def _display(path: Path, root: Path | None) -> str:
    """A path as problems name it: relative to the project when inside it."""
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def write_tree(out: Path, files: Mapping[str, str | bytes], root: Path | None = None) -> list[Problem]:
    """Write `{relative path: content}` as the whole content of `out` the tool owns, all or nothing (`build --out`)."""
    target = out.resolve()
    label = _display(target, root.resolve() if root else Path.cwd())
    try:
        staged = _stage_beside(target)
    except OSError as error:
        return _unwritable(label, error)
    try:
        for relative, content in files.items():
            path = staged.path / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        with publish_locks.publishing(target.parent):
            return publish(staged.path, target, label)
    finally:
        staged.remove()


def _stage_beside(target: Path) -> publish_locks.Claimed:
    """A new staging folder beside `target`, once what dead builds left there is put right."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with publish_locks.publishing(target.parent):
        put_right(target)
        return publish_locks.claim(target, publish_locks.STAGING)


# --- The MkDocs build: stage, then publish or discard -------------------------------------------------


@dataclass
class Stage:
    """One MkDocs build's staging: held by the hook from `on_config` until the build publishes or fails."""

    config: Any
    site_dir: str
    """`site_dir` as configured, restored once the build is over (gh-deploy and serve read it)."""
    target: Path
    staging: publish_locks.Claimed
    warnings: StrictWarnings | None
    ended: bool = False
    """Published or abandoned: its staging folder is gone and `site_dir` restored."""


_manifest_lock = threading.Lock()
"""Under `mkdocs serve` the search index is swapped into the served site from another thread."""


def stage_site(config: Any) -> Stage:
    """At `on_config`: MkDocs writes the site into a new staging folder beside `site_dir`."""
    target = Path(config.site_dir).resolve()
    try:
        staging = _stage_beside(target)
    except OSError as error:
        from mkdocs.exceptions import PluginError

        raise PluginError(str(_unwritable(_display(target, _project(config)), error)[0])) from None
    warnings = None
    if config.strict:
        from build_scripts.mkdocs.internals import StrictWarnings  # only MkDocs builds need MkDocs

        warnings = StrictWarnings.counting()
    stage = Stage(config, config.site_dir, target, staging, warnings)
    config.site_dir = str(staging.path)
    return stage


def publish_site(stage: Stage) -> bool:
    """Last at `on_post_build`: move the staged site into place, unless the build is failing.

    Under `--strict` MkDocs aborts after this event if any warning was logged; the same count decides
    here, so a failing build publishes nothing. A file in the way that the build did not write stops
    the publication with an error per file (and so fails the build). True once published.
    """
    config = stage.config
    try:
        if stage.warnings is not None and stage.warnings.count:
            log.info(f"build failed under --strict: {_display(stage.target, _project(config))} left as it was")
            return False
        stable_search_index(stage.staging.path)
        with _manifest_lock, publish_locks.publishing(stage.target.parent):
            problems = publish(stage.staging.path, stage.target, _display(stage.target, _project(config)))
        if problems:
            for problem in problems:
                log.error(str(problem))
            from mkdocs.exceptions import PluginError

            raise PluginError(f"nothing published: {len(problems)} problem(s), listed above")
        return True
    finally:
        abandon(stage)


def swap_folder(site: Path, relative: str, replacement: Path) -> None:
    """Put `replacement` at `site/relative` (a folder the tool wrote) and update the manifest to match.

    For the search index a `mkdocs serve` rebuild writes in the background, after the pages.
    """
    with _manifest_lock:
        manifest = {p: d for p, d in read_manifest(site).items() if not p.startswith(f"{relative}/")}
        old = Path(tempfile.mkdtemp(prefix=".old-", dir=site.parent))
        if (site / relative).is_dir():
            os.rename(site / relative, old / "tree")
        os.rename(replacement, site / relative)
        shutil.rmtree(old)
        for inner in walk_files(site / relative):
            manifest[f"{relative}/{inner}"] = sha256(site / relative / inner)
        (site / MANIFEST).write_text(manifest_json(manifest), encoding="utf-8")


def merge_site(stage: Stage, removed: Iterable[str], keep: Iterable[str]) -> None:
    """Last at `on_post_build` of a partial `mkdocs serve` rebuild: its files join the served site.

    The staged folder holds only what the rebuild rendered; those files replace their served copies,
    the outputs in `removed` go, the staged files in `keep` are dropped (the served ones are right),
    and the served folder's manifest follows, so a later full build still knows every file it wrote.
    """
    try:
        with _manifest_lock:
            manifest = read_manifest(stage.target)
            for relative in removed:
                (stage.target / relative).unlink(missing_ok=True)
                manifest.pop(relative, None)
            skipped = set(keep)
            for relative in walk_files(stage.staging.path):
                if relative in skipped:
                    continue
                manifest[relative] = sha256(_move_in(stage.staging.path, stage.target, relative))
            (stage.target / MANIFEST).write_text(manifest_json(manifest), encoding="utf-8")
    finally:
        abandon(stage)


def abandon(stage: Stage | None) -> None:
    """Discard the staging folder, if any, and restore `site_dir` (`on_build_error`, `on_shutdown`)."""
    if stage is None or stage.ended:
        return
    stage.ended = True
    if stage.warnings is not None:
        stage.warnings.stop()
    stage.staging.remove()
    stage.config.site_dir = stage.site_dir


def _project(config: Any) -> Path | None:
    path = getattr(config, "config_file_path", None)
    return Path(path).resolve().parent if path else None


# --- Hand-written pages ---------------------------------------------------------------------------


def occupant(files: Any) -> Any:
    """For MkDocs' `files` before the generated ones join: `lookup(generated File)` is the file it would replace, or None.

    Same source path, or same output: `docs/people/a/index.md` and a generated `people/a.md` are both
    published as `people/a/index.html`, and MkDocs would silently write one over the other.
    """
    by_output = {file.dest_uri: file for file in files}

    def lookup(generated: Any) -> Any:
        existing = files.get_file_from_path(generated.src_uri)
        return existing if existing is not None else by_output.get(generated.dest_uri)

    return lookup
