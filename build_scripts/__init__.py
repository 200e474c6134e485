"""Turn raw news articles and their YAML annotations into MkDocs pages.

The stages are pure functions over the dataclasses in `model`; only
`__main__` (the CLI) and `mkdocs_hook` touch the file system.
"""
