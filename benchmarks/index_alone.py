"""The hook's search indexing alone, for the benchmark: the archive's records written by Pagefind's service.

Inside `mkdocs build` it runs in a thread beside MkDocs; run alone its time and memory are its own. A big
archive's index is written by several Pagefind processes, one after another (one per bundle): the peak
memory the benchmark reads (`ru_maxrss` of this process and its children) is the largest single process's.
Usage: `python benchmarks/index_alone.py PROJECT OUT_DIR`, with the project's own copy of build_scripts.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path


def main(project: Path, out: Path) -> str | None:
    sys.path.insert(0, str(project))  # the synthetic project's copy of the pipeline, as its build used
    from build_scripts.read.archive import load_archive
    from build_scripts.read.files import read_sources
    from build_scripts.search.pagefind import write_index
    from build_scripts.search.records import search_records

    return write_index(search_records(load_archive(read_sources(project))), out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
