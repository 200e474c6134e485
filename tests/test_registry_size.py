"""`check` keeps its promise on the biggest registries (docs/guarantees.md): 10 seconds of CPU time and 300 MB
with a `people.yml` of up to 80,000 people, and 10 seconds with one at its size limit (250,000 short entries).

Counted as the hostile catalogue counts (CPU time and peak memory of the `check` process), but not one of its
cases: every person has a page, and a site of 80,000 people is no input for its render and site stages.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from support import REPO

CPU_SECONDS = 10.0
MAX_MEGABYTES = 300


_MEASURED = """
import json, os, subprocess, sys
with open(sys.argv[2], "wb") as stderr:
    process = subprocess.Popen([sys.executable, "-m", "build_scripts", "--root", sys.argv[1], "check"],
                               stdout=subprocess.DEVNULL, stderr=stderr)
    _, status, usage = os.wait4(process.pid, 0)
print(json.dumps([os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024]))
"""
"""Started from a small Python: a child's peak memory counts the memory of the process it was forked from
(Linux keeps it across exec), and pytest's own grows with the suite."""


def _check(project: Path) -> tuple[int, str, float, float]:
    """Exit code, stderr, CPU seconds and peak megabytes of `check` on `project`."""
    run = subprocess.run(
        [sys.executable, "-c", _MEASURED, str(project), str(project / "stderr")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    status, seconds, megabytes = json.loads(run.stdout)
    return status, (project / "stderr").read_text(encoding="utf-8"), seconds, megabytes


@pytest.mark.parametrize(("people", "megabytes"), [(80_000, MAX_MEGABYTES), (250_000, None)])
def test_check_reads_a_big_registry_within_its_promise(tmp_path: Path, people: int, megabytes: int | None) -> None:
    (tmp_path / "articles" / "2024").mkdir(parents=True)
    registry = "".join(f"p{n}:\n  name: P\n" for n in range(people))
    assert len(registry) < 5_000_000, "within the registry's size limit"
    (tmp_path / "articles" / "people.yml").write_text(registry, encoding="utf-8")
    (tmp_path / "articles" / "2024" / "2024-06-01-x.txt").write_text("Title\n\nHello world.\n", encoding="utf-8")
    status, errors, seconds, used = _check(tmp_path)
    assert (status, errors) == (0, f"1 articles, {people} people: no problems\n")
    assert seconds <= CPU_SECONDS, f"check took {seconds:.1f} s of CPU time"
    if megabytes is not None:
        assert used <= megabytes, f"check needed {used:,.0f} MB"
