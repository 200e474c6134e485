"""A full build spreads its work over forked processes: the archive, the pages and the problems are the same."""

from __future__ import annotations

import os
import threading

import pytest

from build_scripts.build import workers

from support import ARTICLE, PEOPLE, in_fresh_interpreter


def test_results_come_back_in_order_from_every_process() -> None:
    code = (
        "import os; from build_scripts.build import workers; items = list(range(1000)); "
        "results = workers.ordered_map(lambda n: (n, n * n, os.getpid()), items, processes=2); "
        "assert [(n, s) for n, s, _ in results] == [(n, n * n) for n in items], 'order'; "
        "print(len({pid for _, _, pid in results}))"
    )
    status, shown, errors = in_fresh_interpreter(code)
    assert (status, shown) == (0, "2"), errors


def test_no_fork_while_another_thread_runs() -> None:
    """Forking copies only the calling thread: locks another thread holds would stay locked in the child."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        pids = workers.ordered_map(lambda _: os.getpid(), range(500), processes=2)
    finally:
        stop.set()
        other.join()
    assert set(pids) == {os.getpid()}


def test_a_shared_build_is_the_serial_build() -> None:
    """The repository's own archive (translations included), built on two cores and on one."""
    status, shown, errors = in_fresh_interpreter(_SAME_SITE.format(files="read_sources(Path('.'))"))
    assert (status, shown) == (0, "same 0"), errors


def _across_the_split() -> dict[str, bytes]:
    """Translations and neighbours across the split, an unreadable article at it, an original not in the archive."""
    files = {"articles/people.yml": PEOPLE.encode()}
    for day in range(1, 13):
        stem = f"articles/2024/2024-01-{day:02d}-story-{day}"
        files[f"{stem}.txt"] = ARTICLE.replace("Title of the story", f"Story {day}").encode()
    files["articles/2024/2024-01-08-story-8.txt"] = b"\xff\xfe not UTF-8"  # the partner's newest, or this side's oldest
    for day, original in ((2, "2024-01-11-story-11"), (11, "2024-01-01-story-1"), (5, "2024-01-99-nowhere")):
        files[f"articles/2024/2024-01-{day:02d}-story-{day}.yml"] = f"original:\n  article: {original}\n".encode()
    return files


def test_a_shared_build_links_across_the_two_shares() -> None:
    status, shown, errors = in_fresh_interpreter(_SAME_SITE.format(files=repr(_across_the_split())))
    assert (status, shown) == (0, "same 2"), errors  # the file that is not UTF-8, the original not in the archive


@pytest.mark.parametrize("slow", ["the partner", "this process"])
def test_a_shared_build_is_the_same_whichever_share_is_done_first(slow: str) -> None:
    """Each share waits for the other's heads before its pages: however late they come, the pages are the same."""
    late = "!=" if slow == "the partner" else "=="
    slowed = (
        "import os, time; from build_scripts.read import archive; here = os.getpid(); load = archive.load_text; "
        f"archive.load_text = lambda *a: (os.getpid() {late} here and time.sleep(0.05)) or load(*a); "
    )
    status, shown, errors = in_fresh_interpreter(slowed + _SAME_SITE.format(files=repr(_across_the_split())))
    assert (status, shown) == (0, "same 2"), errors


_SAME_SITE = (
    "from pathlib import Path; from build_scripts.build import pipeline, workers; "
    "from build_scripts.read.archive import load_archive; from build_scripts.read.files import read_sources; "
    "from build_scripts.site_config import SiteIdentity; site = SiteIdentity('Archive'); "
    "files = {files}; partner = workers.partner; partners = []; "
    "workers.partner = lambda job: partners.append(job) or partner(job); "
    "workers.MIN_ITEMS = 2; shared = pipeline.build_site(files, site); "
    "workers.MIN_ITEMS = 10**9; serial = pipeline.build_site(files, site); "
    "assert len(partners) == 1, 'not shared'; "
    "assert len(serial.languages) > 8 and shared == serial, 'different'; "
    "assert pipeline.generate_pages(load_archive(files), site) == serial.files, 'not as tests see it'; "
    "print('same', len(serial.problems))"
)


_FAILURES = pytest.mark.parametrize(
    ("failure", "reported"),
    [
        ("raise ValueError('no sevens')", "ValueError: no sevens"),
        ("os._exit(3)", "a build worker ended before sending its results (exit code 3)"),
    ],
    ids=["raises", "dies"],
)
"""A worker's or partner's failure, and how the build reports it."""


@_FAILURES
def test_a_worker_that_fails_or_dies_fails_the_map_and_says_how(failure: str, reported: str) -> None:
    """Never a hang, never a result missing: the map fails with the worker's traceback, or its exit code."""
    code = (
        "import os; from build_scripts.build import workers\n"
        "def run(n):\n"
        f"    if n == 7: {failure}\n"
        "    return n\n"
        "try: workers.ordered_map(run, range(1000), processes=2)\n"
        "except workers.WorkerError as error: print(str(error).splitlines()[-1])\n"
    )
    status, shown, errors = in_fresh_interpreter(code)
    assert (status, shown) == (0, reported), errors


def test_a_partner_runs_beside_messages_go_both_ways_and_neither_side_forks_again() -> None:
    code = (
        "import multiprocessing, os; from build_scripts.build import workers\n"
        "pids = lambda: set(workers.ordered_map(lambda _: os.getpid(), range(1000), processes=2))\n"
        "def job(channel):\n"
        "    channel.send((os.getpid(), pids()))\n"
        "    channel.send(channel.receive() * 2)\n"
        "with workers.partner(job) as channel:\n"
        "    (there, theirs), here = channel.receive(), pids()\n"
        "    assert not channel.ready()  # the partner waits for 21, and has sent nothing more\n"
        "    channel.send(21)\n"
        "    assert channel.receive() == 42\n"
        "assert theirs == {there} and here == {os.getpid()} and there != os.getpid(), (there, theirs, here)\n"
        "for ended in multiprocessing.active_children(): ended.join()  # the cores are free once the partner has exited\n"
        "assert len(pids()) == 2; print('ok')\n"
    )
    status, shown, errors = in_fresh_interpreter(code)
    assert (status, shown) == (0, "ok"), errors


@_FAILURES
def test_a_partner_that_fails_or_dies_fails_the_build_and_says_how(failure: str, reported: str) -> None:
    code = (
        "import os; from build_scripts.build import workers\n"
        "def job(channel):\n"
        "    channel.send('first')\n"
        f"    {failure}\n"
        "try:\n"
        "    with workers.partner(job) as channel:\n"
        "        assert channel.receive() == 'first'\n"
        "        channel.receive()\n"
        "except workers.WorkerError as error: print(str(error).splitlines()[-1])\n"
    )
    status, shown, errors = in_fresh_interpreter(code)
    assert (status, shown) == (0, reported), errors
