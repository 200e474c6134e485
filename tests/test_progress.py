"""Progress shows on a terminal and stays out of CI logs."""

from __future__ import annotations

import ast
import io
import os
import subprocess
import sys
import time

import pytest

from build_scripts.build.progress import Progress, Tally, watched

from support import REPO


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_count_move(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    stream = Terminal()
    progress = Progress("pages rendered", 250, stream)
    for _ in range(250):
        progress.step()
    assert stream.getvalue().startswith("\rpages rendered: 2/250\rpages rendered: 4/250")
    assert stream.getvalue().endswith("\rpages rendered: 250/250\n")


def test_ci_and_pipes_see_nothing(monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = Progress("pages rendered", 10, stream)
        for _ in range(10):
            progress.step()
    assert (terminal.getvalue(), pipe.getvalue()) == ("", "")


def test_a_count_kept_by_forked_processes_is_shown_to_its_total(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    stream, tally = Terminal(), Tally(2)
    with watched("articles loaded", 4, tally, stream):
        tally.add(0)
        if os.fork() == 0:  # the other process counts into its own slot of the same memory
            tally.add(1)
            os._exit(0)
        os.wait()
        deadline = time.monotonic() + 60  # the count is read five times a second; 60 s only guards against a hang
        while "\rarticles loaded: 2/4" not in stream.getvalue():  # the other process's count, shown
            assert time.monotonic() < deadline, stream.getvalue()
            time.sleep(0.05)
        tally.add(0)
        tally.add(1)
    assert stream.getvalue().endswith("\rarticles loaded: 4/4\n"), stream.getvalue()


def test_work_that_stops_short_ends_the_line_for_what_comes_next(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    stream, tally = Terminal(), Tally(1)
    with pytest.raises(ValueError), watched("articles loaded", 4, tally, stream):
        tally.add(0)
        raise ValueError("a worker died")
    assert stream.getvalue() == "\rarticles loaded: 1/4\n"


def test_nothing_is_counted_aloud_in_ci(monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    stream, tally = Terminal(), Tally(1)
    with watched("articles loaded", 1, tally, stream):
        tally.add(0)
    assert stream.getvalue() == ""


def test_a_shared_build_counts_the_articles_both_processes_load() -> None:
    code = (
        "import io, os; os.environ.pop('CI', None); from pathlib import Path; from build_scripts.build import pipeline, workers\n"
        "from build_scripts.read.files import read_sources\nfrom build_scripts.site_config import SiteIdentity\n"
        "class Terminal(io.StringIO):\n    def isatty(self): return True\n"
        "workers.MIN_ITEMS = 2; partner = workers.partner; shared = []\n"
        "workers.partner = lambda job: shared.append(job) or partner(job)\n"
        "terminal = Terminal(); site = pipeline.build_site(read_sources(Path('.')), SiteIdentity('Archive'), terminal=terminal)\n"
        "print(len(shared), len(site.languages), repr(terminal.getvalue()))"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    partners, articles, shown = run.stdout.strip().split(" ", 2)
    assert (run.returncode, partners) == (0, "1"), run.stderr
    assert int(articles) > 8 and ast.literal_eval(shown).endswith(f"\rarticles loaded: {articles}/{articles}\n"), shown
