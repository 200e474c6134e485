"""Nothing lost under faults: a kill at any instant of a build, a folder the build may not write, two builds
at once, or what a dead build left beside the site (build_scripts/build/publishing.py, publish_locks.py).

After any of them the site folder is the old site or the new one byte for byte, or a state the next build
heals by itself, and once a build has succeeded nothing is left beside it.
"""

from __future__ import annotations

import fcntl
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from build_scripts.build.publishing import MANIFEST, write_tree

from support import ARTICLE, REPO, leftovers, snapshot

TXT = "articles/2024/2024-10-23-story.txt"
YML = "articles/2024/2024-10-23-story.yml"
GOOD = {TXT: ARTICLE, YML: "quotes:\n  - quote: we see evidence\n    speaker: lloyd-austin\n"}
NOT_FOUND = "quotes:\n  - quote: words nobody said\n    speaker: lloyd-austin\n"
VERSIONS = ("Title of the story", "A new title")
"""Two versions of the article's title: two sites that differ, to tell the old site from the new one."""
HANG_GUARD = 300
DROP_WRITE_CAPABILITIES = ("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--")
"""As root, permissions bind only without these capabilities."""
READ_ONLY = (
    "the build may not write in this folder; nothing was published and the folder was left as it is: "
    "make it writable for this user (chmod u+w), or build into another folder"
)


def _env() -> dict[str, str]:
    return {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1700000000"}


def _mkdocs_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--site-dir", "site", *args]


def mkdocs(project: Path, *args: str, prefix: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    command = [*prefix, *_mkdocs_command(*args)]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, env=_env(), timeout=HANG_GUARD, check=False)


def build_out(root: Path, out: Path, prefix: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    command = [*prefix, sys.executable, "-m", "build_scripts", "--root", str(root), "build", "--out", str(out)]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=HANG_GUARD, check=False)


def set_title(project: Path, title: str) -> None:
    (project / TXT).write_text(ARTICLE.replace(VERSIONS[0], title), encoding="utf-8")


def without_write_capabilities() -> tuple[str, ...]:
    return DROP_WRITE_CAPABILITIES if os.geteuid() == 0 else ()


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# --- A folder the build may not write ------------------------------------------------------------------


@pytest.fixture
def read_only(request):
    """Makes a folder read-only, and writable again after the test (so it can be cleaned up)."""
    folders: list[Path] = []

    def make(folder: Path) -> None:
        folder.chmod(0o555)
        folders.append(folder)

    yield make
    for folder in folders:
        folder.chmod(0o755)


def test_a_read_only_site_folder_is_left_whole_with_one_clear_message(site_project, read_only) -> None:
    project = site_project(GOOD)
    assert mkdocs(project, "--strict").returncode == 0
    site = snapshot(project / "site")
    read_only(project / "site")
    set_title(project, VERSIONS[1])
    result = mkdocs(project, "--strict", prefix=without_write_capabilities())
    assert result.returncode == 1
    assert f"ERROR   -  site:1:1: {READ_ONLY}\n" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(project / "site") == site
    assert leftovers(project) == []


def test_build_out_into_a_read_only_folder_is_left_whole_with_one_clear_message(archive_dir, tmp_path, read_only) -> None:
    root = archive_dir(GOOD)
    out = tmp_path / "generated"
    assert build_out(root, out).returncode == 0
    before = snapshot(out)
    read_only(out)
    set_title(root, VERSIONS[1])
    result = build_out(root, out, prefix=without_write_capabilities())
    assert result.returncode == 1
    assert result.stdout == f"{out}:1:1: {READ_ONLY}\n"
    assert "Traceback" not in result.stderr
    assert snapshot(out) == before
    assert leftovers(tmp_path) == []


MOUNT_POINT = """
import errno, os, sys
from pathlib import Path
from build_scripts.build.publishing import write_tree

real_rename, real_replace = os.rename, os.replace
out = Path(sys.argv[1])


def rename(source, destination):
    if Path(source) == out:  # as for a mount point: the output folder itself cannot be moved
        raise OSError(errno.EBUSY, "Device or resource busy")
    real_rename(source, destination)


def replace(source, destination):
    if ".out.staging-" in str(source):  # nor can anything be renamed into it from outside
        raise OSError(errno.EXDEV, "Invalid cross-device link")
    real_replace(source, destination)


os.rename, os.replace = rename, replace
for problem in write_tree(out, {"a.md": "ONE", "sub/b.md": "TWO"}, out.parent):
    print(problem)
"""


def test_an_output_folder_that_cannot_be_moved_is_replaced_in_place_only_if_all_of_it_can_be(tmp_path, read_only) -> None:
    out = tmp_path / "out"
    assert write_tree(out, {"a.md": "one", "sub/b.md": "two", "sub/deeper/c.md": "three"}, tmp_path) == []
    (out / "CNAME").write_text("news.example.org\n", encoding="utf-8")
    before = snapshot(out)
    read_only(out / "sub")
    command = [*without_write_capabilities(), sys.executable, "-c", MOUNT_POINT, str(out)]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=HANG_GUARD, check=False)
    assert (result.stdout, result.stderr) == (f"out/sub:1:1: {READ_ONLY}\n", "")
    assert snapshot(out) == before
    (out / "sub").chmod(0o755)
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=HANG_GUARD, check=False)
    assert (result.stdout, result.stderr) == ("", "")
    assert snapshot(out).keys() == {"a.md", "sub/b.md", "CNAME", MANIFEST}
    assert (out / "sub/b.md").read_text(encoding="utf-8") == "TWO"
    assert leftovers(tmp_path) == []


# --- Permissions of what is published ------------------------------------------------------------------


def test_the_published_folders_have_the_permissions_any_new_folder_gets(site_project, archive_dir, tmp_path) -> None:
    expected = 0o777 & ~current_umask()
    project = site_project(GOOD)
    assert mkdocs(project).returncode == 0
    assert oct(stat.S_IMODE((project / "site").stat().st_mode)) == oct(expected)
    out = tmp_path / "generated"
    assert build_out(archive_dir(GOOD), out).returncode == 0
    assert oct(stat.S_IMODE(out.stat().st_mode)) == oct(expected)


# --- What dead builds left beside the output -------------------------------------------------------------

KILLED_BETWEEN_THE_RENAMES = """
import os, signal, sys
from pathlib import Path

real_rename = os.rename


def rename(source, destination):
    real_rename(source, destination)
    if Path(destination).name == "tree":  # the previous output moved aside, the new one not yet in its place
        os.kill(os.getpid(), signal.SIGKILL)


os.rename = rename
"""


def test_build_out_killed_between_the_two_renames_is_healed_by_the_next_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write_tree(out, {"a.md": "one", "sub/b.md": "two"}, tmp_path) == []
    (out / "CNAME").write_text("news.example.org\n", encoding="utf-8")  # not the tool's: must never be lost
    old = snapshot(out)
    script = KILLED_BETWEEN_THE_RENAMES + textwrap.dedent(f"""
        from build_scripts.build.publishing import write_tree
        write_tree(Path({str(out)!r}), {{"a.md": "ONE", "sub/b.md": "TWO"}}, Path({str(tmp_path)!r}))
    """)
    killed = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, timeout=HANG_GUARD, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert not out.exists()  # the instant this test is about
    refused = write_tree(out, {"a.md": "THREE", "CNAME": "clash\n"}, tmp_path)  # a next build that fails
    assert [str(problem).split(":")[0] for problem in refused] == ["out/CNAME"]
    assert snapshot(out) == old
    assert write_tree(out, {"a.md": "THREE"}, tmp_path) == []
    assert (out / "a.md").read_text(encoding="utf-8") == "THREE"
    assert (out / "CNAME").read_text(encoding="utf-8") == "news.example.org\n"
    assert leftovers(tmp_path) == []


def test_mkdocs_killed_between_the_two_renames_is_healed_by_the_next_build(site_project) -> None:
    project = site_project(GOOD)
    assert mkdocs(project).returncode == 0
    old = snapshot(project / "site")
    (project / "kill_hook.py").write_text(KILLED_BETWEEN_THE_RENAMES, encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    hooks = "  - build_scripts/mkdocs/hook.py\n"
    (project / "mkdocs.yml").write_text(config.replace(hooks, hooks + "  - kill_hook.py\n"), encoding="utf-8")
    set_title(project, VERSIONS[1])
    assert mkdocs(project).returncode == -signal.SIGKILL
    assert not (project / "site").exists()
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    (project / YML).write_text(NOT_FOUND, encoding="utf-8")
    assert mkdocs(project, "--strict").returncode == 1  # a next build that fails still puts the old site back
    assert snapshot(project / "site") == old
    (project / YML).write_text(GOOD[YML], encoding="utf-8")
    assert mkdocs(project, "--strict").returncode == 0
    assert "A new title" in (project / "site/articles/2024/2024-10-23-story/index.html").read_text(encoding="utf-8")
    assert leftovers(project) == []


def test_an_old_output_still_holding_someone_else_s_files_has_them_carried_over(tmp_path: Path) -> None:
    """Killed after the swap, while carrying the files the tool did not write into the new output."""
    out = tmp_path / "out"
    assert write_tree(out, {"a.md": "one"}, tmp_path) == []
    old_tree = tmp_path / ".out.old-dead" / "tree"
    old_tree.parent.mkdir()
    os.rename(out, old_tree)
    (old_tree / "CNAME").write_text("news.example.org\n", encoding="utf-8")
    (old_tree / "verification").mkdir()
    (old_tree / "verification" / "google.html").write_text("verify\n", encoding="utf-8")
    assert write_tree(out, {"a.md": "ONE", "b.md": "two"}, tmp_path) == []  # the old output is put back first
    assert write_tree(out, {"a.md": "ONE", "b.md": "TWO"}, tmp_path) == []
    assert snapshot(out).keys() == {"a.md", "b.md", "CNAME", "verification/google.html", MANIFEST}
    assert leftovers(tmp_path) == []


def test_folders_a_dead_build_left_are_removed_and_a_live_build_s_are_not(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write_tree(out, {"a.md": "one"}, tmp_path) == []
    for folder in ("staging-dead/pagefind", "old-empty", "old-dead/discarded/pagefind"):  # killed while deleting it
        (tmp_path / f".out.{folder}").mkdir(parents=True)
    (tmp_path / ".out.old-dead/discarded/pagefind/index.bin").write_bytes(b"\0" * 1000)
    live = tmp_path / ".out.staging-live"
    live.mkdir()
    (live / "index.html").write_text("being written\n", encoding="utf-8")
    hold = "import fcntl, os, sys; fcntl.flock(os.open(sys.argv[1], os.O_RDONLY), fcntl.LOCK_EX); print(flush=True); input()"
    holder = subprocess.Popen([sys.executable, "-c", hold, str(live)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "\n"  # it holds the lock
        assert write_tree(out, {"a.md": "one"}, tmp_path) == []
        assert leftovers(tmp_path) == [".out.staging-live"]
        assert snapshot(out).keys() == {"a.md", MANIFEST}
        assert (live / "index.html").read_text(encoding="utf-8") == "being written\n"
    finally:
        holder.communicate("\n", timeout=HANG_GUARD)
    assert write_tree(out, {"a.md": "one"}, tmp_path) == []
    assert leftovers(tmp_path) == []


def test_a_build_s_own_folders_are_locked_while_it_runs(tmp_path: Path) -> None:
    """What tells a live build's staging folder from a dead one's: the lock, taken for the build's lifetime."""
    project_out = tmp_path / "out"
    script = f"""
        import sys
        from pathlib import Path
        from build_scripts.build import publishing
        staged = publishing._stage_beside(Path({str(project_out)!r}))
        print(staged.path, flush=True)
        sys.stdin.read()
    """
    builder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert builder.stdout is not None
        staging = Path(builder.stdout.readline().strip())
        fd = os.open(staging, os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
    finally:
        builder.kill()
        builder.communicate(timeout=HANG_GUARD)
    assert write_tree(project_out, {"a.md": "one"}, tmp_path) == []
    assert leftovers(tmp_path) == []


# --- Two builds at once ---------------------------------------------------------------------------------


def test_two_mkdocs_builds_into_one_folder_both_publish_whole(site_project) -> None:
    project = site_project(GOOD)
    assert mkdocs(project).returncode == 0
    expected = snapshot(project / "site")
    for _ in range(3):
        builds = [
            subprocess.Popen(
                _mkdocs_command(), cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env()
            )
            for _ in range(2)
        ]
        for build in builds:
            _, stderr = build.communicate(timeout=HANG_GUARD)
            assert build.returncode == 0, stderr
            assert "Traceback" not in stderr
        assert snapshot(project / "site") == expected
        assert leftovers(project) == []


PAUSED_BETWEEN_THE_RENAMES = """
import os, sys
from pathlib import Path
from build_scripts.build.publishing import write_tree

real_rename = os.rename


def rename(source, destination):
    real_rename(source, destination)
    if Path(destination).name == "tree":
        print("paused", flush=True)
        sys.stdin.readline()


os.rename = rename
out = Path(sys.argv[1])
for problem in write_tree(out, {"a.md": sys.argv[2]}, out.parent):
    print(problem)
"""


def _waiting_for_a_lock(pid: int) -> bool:
    """Whether process `pid` waits for a lock (a line `N: -> FLOCK ... pid ...` of /proc/locks)."""
    return any(line.split()[1] == "->" and line.split()[5] == str(pid) for line in Path("/proc/locks").read_text().splitlines())


def test_a_build_publishing_while_another_is_half_way_through_waits_for_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert write_tree(out, {"a.md": "zero"}, tmp_path) == []

    def build(content: str) -> subprocess.Popen[str]:
        command = [sys.executable, "-c", PAUSED_BETWEEN_THE_RENAMES, str(out), content]
        return subprocess.Popen(
            command, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    first = build("first")
    assert first.stdout is not None and first.stdout.readline() == "paused\n"  # the old output moved aside
    second = build("second")
    guard = time.monotonic() + HANG_GUARD
    while second.poll() is None and not _waiting_for_a_lock(second.pid):
        assert time.monotonic() < guard, "the second build neither finished nor waited"
        time.sleep(0.01)
    assert first.communicate("\n", timeout=HANG_GUARD) == ("", "")
    assert first.returncode == 0
    second_output = second.communicate("\n", timeout=HANG_GUARD)
    assert second_output[1] == "" and second.returncode == 0
    assert (out / "a.md").read_text(encoding="utf-8") == "second"
    assert leftovers(tmp_path) == []


# --- Real builds, killed at many instants -----------------------------------------------------------------

KILLS = 16


def _group_is_running(group: int) -> bool:
    """Whether any process of `group` still runs (zombies aside: nobody may be reaping the orphans)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            return True
    return False


def _killed_build(project: Path, after: float) -> None:
    """A real build, SIGKILLed `after` seconds in (or left to finish if it is quicker), and what it started gone."""
    build = subprocess.Popen(
        _mkdocs_command(), cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(), start_new_session=True
    )
    try:
        build.wait(timeout=after)
    except subprocess.TimeoutExpired:
        build.send_signal(signal.SIGKILL)
    build.wait(timeout=HANG_GUARD)
    guard = time.monotonic() + HANG_GUARD
    while _group_is_running(build.pid):  # Pagefind ends when its input closes
        assert time.monotonic() < guard, "the killed build's processes did not end"
        time.sleep(0.02)


def test_a_build_killed_at_any_instant_leaves_the_old_site_the_new_one_or_one_the_next_build_heals(site_project) -> None:
    project = site_project(GOOD)
    sites = []
    durations = []
    for title in VERSIONS:
        set_title(project, title)
        started = time.monotonic()
        assert mkdocs(project).returncode == 0
        durations.append(time.monotonic() - started)
        sites.append(snapshot(project / "site"))
    assert sites[0] != sites[1]
    duration = max(durations)
    published = 1
    for kill in range(KILLS):
        building = 1 - published
        set_title(project, VERSIONS[building])
        _killed_build(project, duration * (0.1 + 1.1 * kill / (KILLS - 1)))
        site = snapshot(project / "site")
        if not site:  # killed between the two renames: the next build puts the old site back, then publishes
            assert leftovers(project), "the site is gone and nothing is left to heal it from"
            assert mkdocs(project).returncode == 0
            site = snapshot(project / "site")
        assert site in sites, f"killed after {kill}: the site is neither the old nor the new one"
        published = sites.index(site)
    set_title(project, VERSIONS[0])
    assert mkdocs(project).returncode == 0
    assert snapshot(project / "site") == sites[0]
    assert leftovers(project) == []
