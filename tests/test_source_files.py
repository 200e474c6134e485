"""Reading the archive's files from disk: what reaches the pipeline, and what is never read."""

from __future__ import annotations

from pathlib import Path

from build_scripts.read.archive import MAX_FILE_BYTES, load_archive
from build_scripts.read.files import read_sources


def test_a_file_over_every_size_limit_is_not_read_whole(tmp_path: Path) -> None:
    """A 200 MB file costs no more memory than the largest file the archive accepts, and is refused by its size."""
    article = tmp_path / "articles" / "2024" / "2024-01-01-huge.txt"
    article.parent.mkdir(parents=True)
    with article.open("wb") as out:
        out.write(b"Title\n\n")
        out.truncate(200_000_000)  # sparse: nothing is written to disk past the title
    files = read_sources(tmp_path)
    data = files["articles/2024/2024-01-01-huge.txt"]
    assert data is not None
    assert len(data) == MAX_FILE_BYTES + 1
    problems = [str(p) for p in load_archive(files).problems]
    assert problems == [
        "articles/2024/2024-01-01-huge.txt:1:1: file is over 5,000,000 bytes; the limit is 1,000,000 bytes: "
        "split it, or check that it is the right file"
    ]
