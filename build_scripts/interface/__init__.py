"""The site's interface words, one table per language: `<code>.yml` in this folder.

Every word a reader meets around the articles (pages, theme, search, dates' neighbours) comes from here,
so a new language is one more table, not a change to the code: a table lacking a key falls back to
English for that key, and a language without a table reads English.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import yaml

FOLDER = Path(__file__).parent
DEFAULT = "en"


@functools.cache
def _table(folder: Path, language: str) -> Mapping[str, str]:
    path = folder / f"{language}.yml"
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return {str(key): str(value) for key, value in (loaded or {}).items()}


def languages(folder: Path = FOLDER) -> tuple[str, ...]:
    """The languages with a table, English first."""
    codes = sorted(path.stem for path in folder.glob("*.yml"))
    return (DEFAULT, *(code for code in codes if code != DEFAULT))


@functools.cache
def interface_language(language: str, folder: Path = FOLDER) -> str:
    """The table a page in `language` ("id", "id-ID", "fr") reads: its own, or English's."""
    base = language.split("-")[0].lower()
    return base if (folder / f"{base}.yml").is_file() else DEFAULT


@functools.cache
def words(language: str, folder: Path = FOLDER) -> Mapping[str, str]:
    """Every interface word in `language`, English's where its table has none."""
    code = interface_language(language, folder)
    return MappingProxyType({**_table(folder, DEFAULT), **_table(folder, code)})
