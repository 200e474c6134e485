"""Our copies of Material's templates stay Material's but for what they change (the header's search,
checked on every upgrade), and the theme speaks each page's language: Material's labels, the navigation,
the site's name and the 404 page, from the interface tables, a third language included."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import material
import yaml

from support import REPO, run_mkdocs, write_files

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


# --- The interface in the page's language -------------------------------------------------------------

INTERFACE = REPO / "build_scripts" / "interface"
GOLDEN = REPO / "tests" / "golden"
STORY = "articles/2024/2024-10-23-korea-utara-kirim-tentara-ke-rusia"


def _table(language: str) -> dict[str, str]:
    return yaml.safe_load((INTERFACE / f"{language}.yml").read_text(encoding="utf-8"))


def _nav_titles(items: list) -> list[str]:
    titles = []
    for item in items:
        for title, target in item.items():
            titles.append(title)
            if isinstance(target, list):
                titles += _nav_titles(target)
    return titles


def test_every_navigation_title_and_theme_word_is_in_every_table() -> None:
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    english = _table("en")
    wanted = {key for key in english if key.startswith("theme.")} | {f"theme.nav.{t}" for t in _nav_titles(config["nav"])}
    toggles = {f"theme.{option['toggle']['name']}" for option in config["theme"]["palette"]}
    assert toggles <= wanted
    for table in sorted(INTERFACE.glob("*.yml")):
        missing = sorted(wanted - set(_table(table.stem)))
        assert not missing, f"{table.name} lacks {missing}"


def _project(root: Path, tables: dict[str, str], site_names: str | None = None, language: str = "id") -> Path:
    """The project copied under `root`, with extra interface tables, the seed story in `language`, and
    mkdocs.yml's `extra.site_name` given as `site_names` (a YAML value), or none."""
    for folder in ("docs", "overrides", "build_scripts", "schemas"):
        shutil.copytree(REPO / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    config = re.sub(r"^(  #.*\n)*  site_name:.*\n(    .*\n)*", "", (REPO / "mkdocs.yml").read_text(encoding="utf-8"), flags=re.M)
    config = re.sub(r"^extra:\n(?!  )", "", config, flags=re.M)
    if site_names is not None:
        config = re.sub(r"^extra:\n", f"extra:\n  site_name: {site_names}\n", config, flags=re.M)
        config += "" if "\nextra:\n" in config else f"extra:\n  site_name: {site_names}\n"
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    for code, text in tables.items():
        (root / "build_scripts" / "interface" / f"{code}.yml").write_text(text, encoding="utf-8")
    base = GOLDEN / "seed_article"
    files = {p.relative_to(base).as_posix(): p.read_bytes() for p in (base / "articles").rglob("*") if p.is_file()}
    annotations = f"{STORY}.yml"
    files[annotations] = files[annotations].replace(b"\nlanguage: id\n", f"\nlanguage: {language}\n".encode())
    write_files(root, files)
    return root


def _marked(table: str) -> str:
    """en.yml with every value marked ⟦like this⟧: a language whose words are recognisable."""
    return re.sub(r'^([^#\s][^:]*): "(.*)"$', r'\1: "⟦\2⟧"', table, flags=re.M)


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_a_third_language_is_a_table(tmp_path: Path) -> None:
    """A made-up language "xx" (en.yml, every value marked) and an article in it: its page speaks xx
    everywhere the theme speaks, with no change to anything but the table and the article."""
    xx = _marked((INTERFACE / "en.yml").read_text(encoding="utf-8"))
    project = _project(tmp_path, {"xx": xx}, "{xx: ⟦Archive⟧}", "xx")
    result = run_mkdocs(project, "--strict")
    assert result.returncode == 0, result.stderr
    page = (project / "site" / STORY / "index.html").read_text(encoding="utf-8")
    assert '<html lang="xx"' in page
    assert "<title>" in page and re.search(r"<title>[^<]* - ⟦Archive⟧</title>", page)
    nav = page[page.index('<nav class="md-nav md-nav--primary"') : page.index('<nav class="md-nav md-nav--secondary"')]
    assert re.findall(r'<span class="md-ellipsis">\s*([^<]*?)\s*</span>', nav) == [
        "⟦Home⟧", "⟦Articles⟧", "⟦People⟧", "⟦Topics⟧", "⟦About⟧",
    ]  # fmt: skip
    assert _text(nav).startswith("⟦Archive⟧"), "the drawer's title"
    assert "Annotated News Archive" not in _text(page[: page.index("<main")])
    for label in ("Table of contents", "Back to top", "Skip to content", "Header", "Navigation", "Permanent link"):
        assert f"⟦{label}⟧" in page and label not in page.replace(f"⟦{label}⟧", ""), label
    for label in ("Switch to dark mode", "Switch to light mode"):
        assert f'aria-label="⟦{label}⟧"' in page and f'title="⟦{label}⟧"' in page
    assert "⟦Made with" in _text(page) and "Made with" not in _text(page).replace("⟦Made with", "")
    assert "⟦Sources⟧" in _text(page)  # the article's own labels, from the same table
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in home and "⟦" not in home, "a page in the site's language keeps English"


def test_the_site_name_follows_the_page_language(tmp_path: Path) -> None:
    project = _project(tmp_path, {}, "{id: Arsip Berita Beranotasi}")
    result = run_mkdocs(project, "--strict")
    assert result.returncode == 0, result.stderr
    story = (project / "site" / STORY / "index.html").read_text(encoding="utf-8")
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]* - Arsip Berita Beranotasi</title>", story)
    header = story[: story.index("<main")]
    assert 'aria-label="Arsip Berita Beranotasi"' in header and "Annotated News Archive" not in header
    assert "<title>Annotated News Archive</title>" in home and "Arsip Berita Beranotasi" not in home


def test_a_site_name_that_is_not_one_per_language_is_reported(tmp_path: Path) -> None:
    project = _project(tmp_path, {}, "Arsip")
    result = run_mkdocs(project)
    assert result.returncode != 0
    line = (project / "mkdocs.yml").read_text(encoding="utf-8").splitlines().index("  site_name: Arsip") + 1
    assert (
        f"mkdocs.yml:{line}:3: extra.site_name: expected the site's name per language, such as "
        "`site_name: {id: Arsip Berita Beranotasi}`, found 'Arsip'; give each language code a name, or remove "
        "extra.site_name to use site_name everywhere"
    ) in result.stderr
    assert "Traceback" not in result.stderr


def test_the_404_page_speaks_the_site_language_and_leads_on(tmp_path: Path) -> None:
    project = _project(tmp_path, {})
    result = run_mkdocs(project, "--strict")
    assert result.returncode == 0, result.stderr
    page = (project / "site" / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in page
    body = _text(page[page.index('<article class="md-content__inner') :])
    assert body.startswith(
        "Page not found There is no page at this address. It may have moved, or the link may be mistyped. "
        "Search the archive Go to the home page"
    )
    assert '<a href="/.">Go to the home page</a>' in page
