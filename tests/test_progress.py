"""Progress shows on a terminal and stays out of CI logs."""

from __future__ import annotations

import io

from build_scripts.progress import Progress


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
