"""The site's interface words, one table per language: `<code>.yml` in this folder.

Every word a reader meets around the articles (pages, theme, search, dates' neighbours) comes from here,
so a new language is one more table, not a change to the code: a table lacking a key falls back to
English for that key, and a language without a table reads English.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

import yaml

FOLDER = Path(__file__).parent
DEFAULT = "en"
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


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


def tables(folder: Path = FOLDER) -> dict[str, dict[str, str]]:
    """Every language's words, by code: what the theme's templates read (`config.extra.interface`)."""
    return {code: dict(words(code, folder)) for code in languages(folder)}


def page_language(tag: object, site_language: str) -> str:
    """A page's language: its own (`lang` in its front matter, an article's language) when that is a
    language tag, else the site's. It becomes `<html lang>`, so nothing else may pass."""
    return tag if isinstance(tag, str) and _LANGUAGE_TAG.fullmatch(tag) else site_language


def nav_title(title: str, language: str, folder: Path = FOLDER) -> str:
    """A navigation title from mkdocs.yml (written in English) in `language`: the table's `theme.nav.<title>`."""
    return words(language, folder).get(f"theme.nav.{title}", title)
