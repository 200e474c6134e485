"""No partial state: a build that fails leaves the previous good site and every hand-written file as they were,
and generated files never overwrite or delete a file the tool did not write (build_scripts/build/publishing.py).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from build_scripts.build.publishing import MANIFEST, write_tree

from support import ARTICLE, PEOPLE, REPO, leftovers, run_mkdocs, snapshot

TXT = "articles/2024/2024-10-23-story.txt"
YML = "articles/2024/2024-10-23-story.yml"
GOOD = {TXT: ARTICLE, YML: "quotes:\n  - quote: we see evidence\n    speaker: lloyd-austin\n"}
NOT_FOUND = "quotes:\n  - quote: words nobody said\n    speaker: lloyd-austin\n"
REFUSED = (
    "the build would overwrite a file it did not write (or that was changed since); nothing was published "
    "and the file was left as it is: move it away, or build into another folder"
)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A project with a good site built once (strict)."""
    project = tmp_path_factory.mktemp("template") / "project"
    for folder in ("docs", "overrides", "build_scripts", "schemas"):
        shutil.copytree(REPO / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    for name, content in {"articles/people.yml": PEOPLE, **GOOD}.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(content, encoding="utf-8")
    result = run_mkdocs(project, "--strict")
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture
def built(template: Path, tmp_path: Path) -> Path:
    """A copy of that project, its site as the build left it, to be failed against."""
    return Path(shutil.copytree(template, tmp_path / "project", symlinks=True))


# --- A failing build changes nothing ---------------------------------------------------------------


def test_a_build_failing_under_strict_leaves_the_previous_site_untouched(built: Path) -> None:
    site, docs = snapshot(built / "site"), snapshot(built / "docs")
    (built / YML).write_text(NOT_FOUND, encoding="utf-8")
    (built / TXT).write_text(ARTICLE.replace("Title of the story", "A new title"), encoding="utf-8")
    result = run_mkdocs(built, "--strict")
    assert result.returncode == 1
    assert f"WARNING -  {YML}:2:12: quote not found in the article" in result.stderr
    assert snapshot(built / "site") == site
    assert snapshot(built / "docs") == docs
    assert leftovers(built) == []


def test_a_build_that_crashes_half_way_leaves_the_previous_site_untouched(built: Path) -> None:
    """MkDocs writes pages as it goes: a crash after some of them must not leave a half-new site."""
    site = snapshot(built / "site")
    (built / "crash_hook.py").write_text(
        "def on_page_content(html, page, config, files):\n"
        "    if page.file.src_uri == 'people/lloyd-austin.md':\n"
        "        raise RuntimeError('a crash in the middle of the build')\n"
        "    return html\n",
        encoding="utf-8",
    )
    config = (built / "mkdocs.yml").read_text(encoding="utf-8")
    hooks = "  - build_scripts/mkdocs/hook.py\n"
    (built / "mkdocs.yml").write_text(config.replace(hooks, hooks + "  - crash_hook.py\n"), encoding="utf-8")
    (built / TXT).write_text(ARTICLE.replace("Title of the story", "A new title"), encoding="utf-8")
    result = run_mkdocs(built)  # not strict: only the crash fails it
    assert result.returncode == 1 and "a crash in the middle of the build" in result.stderr
    assert snapshot(built / "site") == site
    assert leftovers(built) == []


def test_a_failed_first_build_leaves_no_site_at_all(site_project) -> None:
    project = site_project({TXT: ARTICLE, YML: NOT_FOUND})
    assert run_mkdocs(project, "--strict").returncode == 1
    assert not (project / "site").exists()
    assert leftovers(project) == []


def test_a_good_build_replaces_the_site_and_removes_what_it_no_longer_makes(built: Path) -> None:
    old_page = built / "site/articles/2024/2024-10-23-story/index.html"
    assert old_page.exists()
    (built / TXT).rename(built / "articles/2024/2024-10-24-renamed.txt")
    (built / YML).rename(built / "articles/2024/2024-10-24-renamed.yml")
    result = run_mkdocs(built, "--strict")
    assert result.returncode == 0, result.stderr
    assert not old_page.exists()
    assert (built / "site/articles/2024/2024-10-24-renamed/index.html").exists()
    manifest = json.loads((built / "site" / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert set(manifest) == set(snapshot(built / "site")) - {MANIFEST}
    assert leftovers(built) == []


# --- Hand-written pages where a generated page would go ----------------------------------------------------


HAND_WRITTEN = {
    "people/lloyd-austin.md": "people/lloyd-austin/",  # the generated page's own source path
    "people/john-kirby/index.md": "people/john-kirby/",  # another source path, the same address
    "articles/2024/2024-10-23-story/index.md": "articles/2024/2024-10-23-story/",
    "index.md": "",  # the home page
    "topics/index.md": "topics/",
    "feeds/atom.xml": "feeds/atom.xml",  # not a page: a generated file all the same
}


def test_a_hand_written_page_is_never_replaced_by_a_generated_one(built: Path) -> None:
    for number, path in enumerate(HAND_WRITTEN):
        page = built / "docs" / path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"# Written by hand {number}\n\nKeep me.\n", encoding="utf-8")
    docs = snapshot(built / "docs")
    result = run_mkdocs(built)
    assert snapshot(built / "docs") == docs
    for number, (path, address) in enumerate(HAND_WRITTEN.items()):
        output = built / "site" / address / ("" if address.endswith(".xml") else "index.html")
        assert f"Written by hand {number}" in output.read_text(encoding="utf-8"), path
        assert f"WARNING -  docs/{path}:1:1: a hand-written page is where the archive generates one" in result.stderr
    site = snapshot(built / "site")
    (built / TXT).write_text(ARTICLE.replace("Title of the story", "A new title"), encoding="utf-8")
    assert run_mkdocs(built, "--strict").returncode == 1  # those warnings fail a strict build, which publishes nothing
    assert snapshot(built / "site") == site
    assert snapshot(built / "docs") == docs


# --- Files in the site folder that the build did not write ---------------------------------------------------


def test_files_the_build_did_not_write_are_kept(built: Path) -> None:
    site = built / "site"
    (site / "CNAME").write_text("news.example.org\n", encoding="utf-8")
    (site / ".nojekyll").write_text("", encoding="utf-8")
    (site / "verification").mkdir()
    (site / "verification" / "google123.html").write_text("google-site-verification\n", encoding="utf-8")
    (site / "people" / "notes.txt").write_text("a note beside generated pages\n", encoding="utf-8")
    (built / TXT).write_text(ARTICLE.replace("Title of the story", "A new title"), encoding="utf-8")
    result = run_mkdocs(built, "--strict")
    assert result.returncode == 0, result.stderr
    assert (site / "CNAME").read_text(encoding="utf-8") == "news.example.org\n"
    assert (site / ".nojekyll").exists()
    assert (site / "verification" / "google123.html").read_text(encoding="utf-8") == "google-site-verification\n"
    assert (site / "people" / "notes.txt").read_text(encoding="utf-8") == "a note beside generated pages\n"
    assert "A new title" in (site / "articles/2024/2024-10-23-story/index.html").read_text(encoding="utf-8")
    manifest = json.loads((site / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert not {"CNAME", ".nojekyll", "verification/google123.html", "people/notes.txt"} & set(manifest)


def test_a_file_the_build_did_not_write_is_never_overwritten(built: Path) -> None:
    """Put by hand where the build writes (or a generated file edited since): the build stops, nothing changes."""
    paths = ["index.html", "people/lloyd-austin/index.html", "sitemap.xml"]
    for path in paths:
        (built / "site" / path).write_text("<p>Placed by hand</p>\n", encoding="utf-8")
    site = snapshot(built / "site")
    (built / TXT).write_text(ARTICLE.replace("Title of the story", "A new title"), encoding="utf-8")
    result = run_mkdocs(built)
    assert result.returncode == 1
    for path in paths:
        assert f"ERROR   -  site/{path}:1:1: {REFUSED}\n" in result.stderr
    assert snapshot(built / "site") == site
    assert leftovers(built) == []


def test_a_folder_of_someone_else_s_files_is_never_overwritten(site_project) -> None:
    """A site folder with files but no record of this tool writing them (an older build, or anything else)."""
    project = site_project(GOOD)
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("<p>Not ours</p>\n", encoding="utf-8")
    (project / "site" / "unrelated.txt").write_text("keep\n", encoding="utf-8")
    site = snapshot(project / "site")
    result = run_mkdocs(project)
    assert result.returncode == 1
    hint = f"(site has no {MANIFEST}: if it is an old build's output, delete it)"
    assert f"ERROR   -  site/index.html:1:1: {REFUSED} {hint}\n" in result.stderr
    assert snapshot(project / "site") == site


def test_a_site_dir_given_on_the_command_line_is_staged_too(built: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "published" / "www"
    shutil.copytree(built / "site", elsewhere)  # a good site, as a `build -d` there would have left it
    site = snapshot(elsewhere)
    (built / YML).write_text(NOT_FOUND, encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(elsewhere)],
        cwd=built,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert bad.returncode == 1
    assert snapshot(elsewhere) == site
    assert sorted(p.name for p in elsewhere.parent.iterdir()) == ["www"]


# --- `python -m build_scripts build --out DIR` -----------------------------------------------------------------


def _build_out(root: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "build_scripts", "--root", str(root), "build", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )


def test_build_out_keeps_files_it_does_not_write(archive_dir, tmp_path: Path) -> None:
    root = archive_dir(GOOD)
    out = tmp_path / "generated"
    (out / "mine").mkdir(parents=True)
    (out / "mine" / "notes.md").write_text("# Mine\n", encoding="utf-8")
    assert _build_out(root, out).returncode == 0
    assert (out / "mine" / "notes.md").read_text(encoding="utf-8") == "# Mine\n"


def test_build_out_never_overwrites_a_hand_written_file(archive_dir, tmp_path: Path) -> None:
    root = archive_dir(GOOD)
    out = tmp_path / "generated"
    hand_written = out / "people" / "lloyd-austin.md"
    hand_written.parent.mkdir(parents=True)
    hand_written.write_text("# Written by hand\n", encoding="utf-8")
    before = snapshot(out)
    result = _build_out(root, out)
    assert result.returncode == 1
    assert f"{out.relative_to(REPO) if out.is_relative_to(REPO) else out}/people/lloyd-austin.md:1:1: {REFUSED}" in result.stdout
    assert snapshot(out) == before


def test_build_out_of_a_failing_archive_leaves_the_previous_output(archive_dir, tmp_path: Path) -> None:
    root = archive_dir(GOOD)
    out = tmp_path / "generated"
    assert _build_out(root, out).returncode == 0
    before = snapshot(out)
    (root / YML).write_text(NOT_FOUND, encoding="utf-8")
    (root / TXT).write_text(ARTICLE.replace("Title of the story", "A new title"), encoding="utf-8")
    assert _build_out(root, out).returncode == 1
    assert snapshot(out) == before


def test_build_out_removes_only_what_it_wrote_before(archive_dir, tmp_path: Path) -> None:
    root = archive_dir(GOOD)
    out = tmp_path / "generated"
    assert _build_out(root, out).returncode == 0
    (out / "mine.md").write_text("# Mine\n", encoding="utf-8")
    (root / TXT).rename(root / "articles/2024/2024-10-24-renamed.txt")
    (root / YML).rename(root / "articles/2024/2024-10-24-renamed.yml")
    assert _build_out(root, out).returncode == 0
    assert not (out / "articles/2024/2024-10-23-story.md").exists()
    assert (out / "articles/2024/2024-10-24-renamed.md").exists()
    assert (out / "mine.md").read_text(encoding="utf-8") == "# Mine\n"


# --- The publishing itself (build_scripts/build/publishing.py) ---------------------------------------------------------


def test_write_tree_is_all_or_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write_tree(out, {"a.md": "one", "sub/b.md": "two"}, tmp_path) == []
    (out / "sub" / "b.md").write_text("edited by hand", encoding="utf-8")  # no longer what the tool wrote
    (out / "c.md").write_text("hand-written", encoding="utf-8")
    before = snapshot(out)
    problems = write_tree(out, {"a.md": "ONE", "sub/b.md": "TWO", "c.md": "THREE"}, tmp_path)
    assert [str(p) for p in problems] == [f"out/c.md:1:1: {REFUSED}", f"out/sub/b.md:1:1: {REFUSED}"]
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_write_tree_replaces_its_own_files_and_keeps_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write_tree(out, {"a.md": "one", "old/b.md": "two"}, tmp_path) == []
    (out / "mine.txt").write_text("mine", encoding="utf-8")
    (out / "old" / "mine.txt").write_text("mine too", encoding="utf-8")
    assert write_tree(out, {"a.md": "ONE", "new/c.md": "three"}, tmp_path) == []
    assert snapshot(out).keys() == {"a.md", "new/c.md", "mine.txt", "old/mine.txt", MANIFEST}
    assert (out / "a.md").read_text(encoding="utf-8") == "ONE"
    assert (out / "old" / "mine.txt").read_text(encoding="utf-8") == "mine too"


def test_write_tree_carries_a_foreign_folder_into_one_it_makes_too(tmp_path: Path) -> None:
    """A folder the tool never wrote into, which the new output also has: its files are kept, one by one."""
    out = tmp_path / "out"
    (out / "people").mkdir(parents=True)
    (out / "people" / "mine.md").write_text("mine", encoding="utf-8")
    assert write_tree(out, {"people/a.md": "a"}, tmp_path) == []
    assert snapshot(out).keys() == {"people/a.md", "people/mine.md", MANIFEST}
    (out / "extra").mkdir()
    (out / "extra" / "b.md").write_text("hand-written", encoding="utf-8")
    before = snapshot(out)
    problems = write_tree(out, {"people/a.md": "a", "extra/b.md": "b"}, tmp_path)
    assert [str(p) for p in problems] == [f"out/extra/b.md:1:1: {REFUSED}"]
    assert snapshot(out) == before


def test_write_tree_never_follows_a_link_someone_put_in_the_output(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("precious", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.md").symlink_to(outside)
    problems = write_tree(out, {"a.md": "generated"}, tmp_path)
    hint = f"(out has no {MANIFEST}: if it is an old build's output, delete it)"
    assert [str(p) for p in problems] == [f"out/a.md:1:1: {REFUSED} {hint}"]
    assert outside.read_text(encoding="utf-8") == "precious"
