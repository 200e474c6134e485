"""Turn raw news articles and their YAML annotations into MkDocs pages.

The stages are pure functions over the dataclasses in `model`; only `__main__` (the CLI) and the
MkDocs hook (`mkdocs/hook.py`) touch the file system. ARCHITECTURE.md draws the data flow.
"""
