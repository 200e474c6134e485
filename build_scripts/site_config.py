"""The site's identity, its name and address, as `mkdocs.yml` gives them: one source for the theme and for us.

The hook takes them from MkDocs' loaded config; the command line reads them from `mkdocs.yml` itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import get_yaml_loader

DEFAULT_URL = "http://127.0.0.1:8000/"
"""Where `mkdocs serve` shows the site: the address when the configuration names none."""


@dataclass(frozen=True)
class SiteIdentity:
    """What feeds, citations and page titles call the site, and the address its absolute links start with."""

    name: str
    url: str = DEFAULT_URL


_CONFIG_LOADER = get_yaml_loader(yaml.SafeLoader)
"""`mkdocs.yml` as MkDocs reads it, as far as the name and address go: its own loader, on a safe base.

MkDocs' `load_config` validates everything, which imports the theme, the plugins and this project's hook,
to give us two strings. MkDocs' loader resolves `!ENV` exactly as a build does; any other tag
(`!!python/name:` for a Markdown extension, `!relative`) names a value not read here, so it is read as None.
"""
_CONFIG_LOADER.add_multi_constructor("", lambda loader, suffix, node: None)


def read_site(config_file: Path) -> SiteIdentity:
    """The `site_name` and `site_url` of an `mkdocs.yml`, the environment applied as MkDocs applies it."""
    config: dict[str, Any] = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_CONFIG_LOADER) or {}
    name = config.get("site_name")
    if not isinstance(name, str) or not name:
        raise ValueError(f"{config_file}: site_name is missing")
    url = config.get("site_url")
    return SiteIdentity(name, url if isinstance(url, str) and url else DEFAULT_URL)
