"""The hook's search indexing alone, for the benchmark: the archive's records written by Pagefind's service.

Inside `mkdocs build` it runs in a thread beside MkDocs; run alone its time and memory are its own.
Usage: `python -m benchmarks.index_alone PROJECT OUT_DIR`.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from build_scripts.archive import load_archive
from build_scripts.search_index import search_records, write_index
from build_scripts.sources import read_sources

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    project, out = Path(sys.argv[1]), Path(sys.argv[2])
    error = write_index(search_records(load_archive(read_sources(project))), out)
    if error:
        sys.exit(error)
