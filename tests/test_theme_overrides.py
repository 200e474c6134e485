"""Our copy of Material's header must stay Material's header but for the search: checked on every upgrade."""

from __future__ import annotations

import re
from pathlib import Path

import material

from support import REPO

MATERIAL_HEADER = Path(material.__file__).parent / "templates" / "partials" / "header.html"
OUR_HEADER = REPO / "overrides" / "partials" / "header.html"
MATERIAL_SEARCH = re.compile(r'    \{% if "material/search" in config\.plugins %\}.*?\n    \{% endif %\}\n', re.S)
OUR_SEARCH = re.compile(r"    \{#- The archive's search.*?\{% include \"partials/archive-search\.html\" %\}\n", re.S)


def _without_first_comment(template: str) -> str:
    return template.split("-#}\n", 1)[1]


def test_header_is_materials_with_only_the_search_replaced() -> None:
    material_header = MATERIAL_SEARCH.sub("SEARCH\n", _without_first_comment(MATERIAL_HEADER.read_text(encoding="utf-8")))
    our_header = OUR_SEARCH.sub("SEARCH\n", _without_first_comment(OUR_HEADER.read_text(encoding="utf-8")))
    assert material_header.count("SEARCH") == 1 and our_header.count("SEARCH") == 1
    assert our_header == material_header
