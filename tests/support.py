"""Helpers shared by the tests: small archives written to disk, the CLI and MkDocs run on them, and a page
read as a reader sees it (its text, with invisible characters made visible, and no markup from the input)."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path

from build_scripts.model import Credit
from build_scripts.site_config import SiteIdentity

REPO = Path(__file__).resolve().parent.parent
SITE_NAME = "Annotated News Archive"
SITE_IDENTITY = SiteIdentity(SITE_NAME)
"""The site as the project's `mkdocs.yml` names it, at the address `mkdocs serve` shows it."""
EXTENSIONS = ["footnotes", "attr_list", "md_in_html", "toc"]
"""The Markdown extensions of mkdocs.yml that an article's page needs, to render it in-process."""
PEOPLE = """\
lloyd-austin:
  name: Lloyd Austin
  aliases: [Austin]
john-kirby:
  name: John Kirby
jari-tanner:
  name: Jari Tanner
"""
ARTICLE = """\
Title of the story

First paragraph where “we see evidence” appears, said Austin.

Second paragraph: “It is a very serious matter,” Kirby said.

___

Baldor reported from Washington. AP writer Jari Tanner in Helsinki contributed to this report.
"""


def write_files(root: Path, files: Mapping[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def in_fresh_interpreter(code: str) -> tuple[int, str, str]:
    """Runs `code` in a new Python: pytest's own process may have threads or children left by other tests,
    and then nothing forks."""
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    return run.returncode, run.stdout.strip(), run.stderr


def snapshot(folder: Path) -> dict[str, str]:
    """Every file (and link) under `folder` with the SHA-256 of its bytes: what "untouched" compares; empty when
    there is no folder."""
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): f"link:{p.readlink()}" if p.is_symlink() else hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() or p.is_symlink()
    }


def leftovers(parent: Path) -> list[str]:
    """Staging or old-site folders a build left beside the site."""
    return sorted(p.name for p in parent.iterdir() if ".staging-" in p.name or ".old-" in p.name)


def run_cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m build_scripts --root ROOT ARGS…`, as a contributor runs it."""
    return subprocess.run(
        [sys.executable, "-m", "build_scripts", "--root", str(root), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )


def run_check(root: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return run_cli(root, "check", *options)


def run_new(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(root, "new", *args)


def run_mkdocs(
    project: Path, *args: str, pagefind: Path | None = None, timeout: float | None = None
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build` of `project` into its site/; `pagefind`, the indexer to run instead of the installed one."""
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}
    if pagefind is not None:
        env["PAGEFIND_BINARY_PATH"] = str(pagefind)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(project / "site"), *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env=env,
    )


# --- What a reader must see: the text, with invisible characters made visible --------------------------

_PICTURES = {chr(code): chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)} | {"\x7f": "\u2421"}
_DEFAULT_IGNORABLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)  # fmt: skip
"""Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt), as ranges."""
JOINERS = "\u200c\u200d"
VARIATION_SELECTORS = frozenset(map(chr, [0x180B, 0x180C, 0x180D, 0x180F, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]))
_KEPT = {*map(ord, JOINERS), *map(ord, VARIATION_SELECTORS)}
_NONCHARACTERS = [*range(0xFDD0, 0xFDF0), *(plane << 16 | low for plane in range(17) for low in (0xFFFE, 0xFFFF))]
MARKED = re.compile(
    "["
    + "".join(re.escape(chr(c)) for first, last in _DEFAULT_IGNORABLE for c in range(first, last + 1) if c not in _KEPT)
    + "".join(map(chr, [*range(0x80, 0xA0), 0xFFF9, 0xFFFA, 0xFFFB, *_NONCHARACTERS]))
    + "]"
)
"""Characters that hide or reorder text, or that an HTML parser rejects, shown as [U+XXXX] wherever they are: C1
controls, the default-ignorable characters (soft hyphen, Hangul fillers, zero-width, bidi, invisible operators,
shorthand and musical format controls, tag characters…) but joiners and variation selectors, interlinear
annotation, noncharacters. Joiners always stay (emoji and scripts); a variation selector stays only right after
a character it can change (not a space, a control, a joiner, another selector or one of these)."""


_EMOJI_TAG_SEQUENCE = re.compile("\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f")
"""A flag such as England's: the one use of tag characters, which stay as they are in it."""


def _changeable(char: str) -> bool:
    """A character a variation selector right after it can change."""
    return not (char.isspace() or char in _PICTURES or char in JOINERS or char in VARIATION_SELECTORS or MARKED.match(char))


def _shown_piece(text: str) -> str:
    out = []
    for index, char in enumerate(text):
        if MARKED.match(char) or (char in VARIATION_SELECTORS and not (index and _changeable(text[index - 1]))):
            out.append(f"[U+{ord(char):04X}]")
        else:
            out.append(_PICTURES.get(char, char))
    return "".join(out)


def shown_as(text: str) -> str:
    """The text as the page must show it: C0 controls as control pictures, the characters above as [U+XXXX]."""
    out, position = [], 0
    for flag in _EMOJI_TAG_SEQUENCE.finditer(text):
        out += [_shown_piece(text[position : flag.start()]), flag[0]]
        position = flag.end()
    return "".join(out) + _shown_piece(text[position:])


def collapsed(text: str) -> str:
    """As a browser lays text out: runs of ASCII white space are one space (a no-break space stays)."""
    return re.sub(r"[ \t\n\r\f]+", " ", text).strip()


# --- Reading a page ----------------------------------------------------------------------------------


class Page(HTMLParser):
    """What a page holds: its elements, the article's paragraphs and heading, its title, scripts and ids."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.paragraphs: list[str] = []
        self.heading: str | None = None
        self.title: str | None = None
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.ids: list[str] = []
        self.text: list[str] = []
        self._stack: list[str] = []
        self._article = 0
        self._skip = 0
        self._current: list[str] | None = None
        self._script: tuple[dict[str, str | None], list[str]] | None = None
        self.feed(html)
        self.close()

    VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if attributes.get("id") is not None:
            self.ids.append(attributes["id"] or "")
        if tag in self.VOID:
            return
        self._stack.append(tag)
        classes = (attributes.get("class") or "").split()
        if tag == "article" and ("news-article" in classes or self._article):
            self._article += 1
        if tag in ("sup", "style") or (tag == "a" and "headerlink" in classes) or "search-facets" in classes:
            self._skip += 1
            self._stack[-1] = f"skip:{tag}"
        if tag == "script":
            self._script = (attributes, [])
        if self._article and tag in ("p", "h1") and self._current is None:
            self._current = []
            self._stack[-1] = f"text:{self._stack[-1]}"
        if tag == "title":
            self._current = []
            self._stack[-1] = "text:title"

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID or not self._stack:
            return
        # Close up to the matching element (HTML allows some end tags to be left out).
        while self._stack:
            open_tag = self._stack.pop()
            name = open_tag.split(":")[-1]
            if open_tag.startswith("skip:"):
                self._skip -= 1
            if open_tag.startswith("text:") and self._current is not None:
                text = "".join(self._current)
                if name == "p":
                    self.paragraphs.append(text)
                elif name == "h1":
                    self.heading = text
                elif name == "title":
                    self.title = text
                self._current = None
            if name == "article" and self._article:
                self._article -= 1
            if name == "script" and self._script is not None:
                self.scripts.append((self._script[0], "".join(self._script[1])))
                self._script = None
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script[1].append(data)
            return
        if self._skip:
            return
        self.text.append(data)
        if self._current is not None:
            self._current.append(data)

    @property
    def visible_text(self) -> str:
        return collapsed(" ".join(self.text))


_URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "background", "cite")
_UNSAFE_SCHEME = re.compile(r"(?:javascript|vbscript|data):", re.IGNORECASE)
ACTIVE = frozenset(
    "script iframe frame frameset object embed applet img picture video audio source track style link meta base "
    "form input textarea button select option noscript template svg math marquee".split()
)
"""Elements that run, load or submit something, or restyle the page: the site's own pages have a fixed set of them."""


def active_elements(page: Page) -> Counter[str]:
    """How many of each ACTIVE element the page's body holds (a JSON-LD script is data, not counted)."""
    counts: Counter[str] = Counter()
    in_body = False
    for tag, attributes in page.tags:
        in_body = in_body or tag == "body"
        if in_body and tag in ACTIVE and not (tag == "script" and attributes.get("type") == "application/ld+json"):
            counts[tag] += 1
    return counts


def markup_problems(page: Page, baseline: Counter[str] | None = None) -> list[str]:
    """Everything on the page that could only have come from input read as markup.

    `baseline`: the active elements of a page with no input in it (the theme's own); none without a theme.
    """
    problems = []
    for tag, count in active_elements(page).items():
        if count > (baseline or Counter())[tag]:
            problems.append(f"{count} <{tag}> in the body, the site's own pages have {(baseline or Counter())[tag]}")
    for tag, attributes in page.tags:
        for name, value in attributes.items():
            if name.startswith("on"):
                problems.append(f"event handler {name}={value!r} on <{tag}>")
            cleaned = re.sub(r"[\x00-\x20]", "", value or "")
            if name in _URL_ATTRIBUTES and _UNSAFE_SCHEME.match(cleaned):
                problems.append(f"{name}={value!r} on <{tag}>")
    for attributes, content in page.scripts:
        if attributes.get("type") == "application/ld+json":
            if "</" in content or "<!--" in content:
                problems.append(f"JSON-LD holds markup: {content[:200]!r}")
            try:
                json.loads(content)
            except ValueError as err:
                problems.append(f"JSON-LD does not parse: {err}")
    duplicates = sorted({i for i in page.ids if page.ids.count(i) > 1})
    if duplicates:
        problems.append(f"ids used more than once: {duplicates}")
    return problems


def shown_paragraphs(raw) -> list[str]:
    """The paragraphs of the raw article (its text, then its credits and source line) as the page must show them."""
    expected = [collapsed(shown_as(p.text)) for p in raw.body + raw.trailer]
    if raw.source and raw.source.text:  # a bare "Sumber" label is left out: it says nothing
        expected.append(collapsed(shown_as(f"{raw.source.label}: {raw.source.text}")))
    return expected


def shown_problems(page: Page, raw, page_title: bool = True) -> list[str]:
    """Each paragraph of the raw article, its heading and its <title>, exactly as the page must show them."""
    shown = [collapsed(p) for p in page.paragraphs]
    problems = []
    position = 0
    for text in shown_paragraphs(raw):  # in order, among the page's paragraphs (which also hold the page's own lines)
        if text in shown[position:]:
            position = shown.index(text, position) + 1
        else:
            problems.append(f"paragraph not shown literally: {text[:300]!r}")
    title = collapsed(shown_as(raw.title))
    if collapsed(page.heading or "") != title:
        problems.append(f"heading {page.heading!r} is not the title {title!r}")
    if page_title and collapsed(page.title or "") != f"{title} - {SITE_NAME}":
        problems.append(f"<title> {page.title!r} is not the title {title!r}")
    return problems


# Broken annotation and people documents, each with the exact messages `check` must give (test_schema,
# test_validation_fast_path).

Q = "quotes:\n  - quote: we see evidence\n    speaker: lloyd-austin\n"
A = "annotations"
P = "people"

BROKEN = {
    "type_list": (
        A,
        "quotes:\n  quote: x\n  speaker: y\n",
        [
            "2:3: 'quotes': expected a list (lines starting with '- '); found a mapping (key: value lines)",
        ],
    ),
    "type_mapping": (
        A,
        "quotes:\n  - we see evidence\n",
        [
            "2:5: quote: expected a mapping with keys such as quote, speaker, unnamed; found 'we see evidence'",
        ],
    ),
    "type_number_for_text": (
        A,
        Q + "    role: 2024\n",
        [
            "4:11: 'role': expected text; found the number 2024: put it in quotes",
        ],
    ),
    "type_number_for_link": (
        A,
        Q + "    source: 2024\n",
        [
            "4:13: 'source': expected a link starting with http://, https:// or mailto: and without spaces or quotes; "
            "found the number 2024",
        ],
    ),
    "type_quoted_number": (
        A,
        Q + "    occurrence: '2'\n",
        [
            "4:17: 'occurrence': expected a whole number from 1 up; found '2': remove the quotes",
        ],
    ),
    "type_yes_is_not_a_boolean": (
        A,
        Q + "    confirmed: yes\n",
        [
            "4:16: 'confirmed': expected true or false; found 'yes'",
        ],
    ),
    "type_null_for_required": (
        A,
        "quotes:\n  - quote:\n    speaker: lloyd-austin\n",
        [
            "2:11: 'quote': expected text; found nothing",
        ],
    ),
    "type_tilde_for_text": (
        A,
        "tags: [a, ~]\n",
        [
            "1:11: 'tags': expected text; found ~, which means no value: put it in quotes",
        ],
    ),
    "type_people_registry": (
        P,
        "- lloyd-austin\n",
        [
            "1:1: people registry: expected a mapping from person id (e.g. lloyd-austin) to name, description, url; found a list",
        ],
    ),
    "pattern_url": (
        A,
        Q + "    source: javascript:alert(1)\n",
        [
            "4:13: 'source': expected a link starting with http://, https:// or mailto: and without spaces or quotes; "
            "found 'javascript:alert(1)'",
        ],
    ),
    "pattern_url_with_space": (
        P,
        "ana:\n  name: Ana\n  url: https://example.org/a b\n",
        [
            "3:8: person 'ana' 'url': expected a link starting with http://, https:// or mailto: and without spaces or quotes; "
            "found 'https://example.org/a b'",
        ],
    ),
    "pattern_language": (
        A,
        "language: EN\n",
        [
            "1:11: 'language': expected a language code such as 'id' or 'en'; found 'EN'; did you mean 'en'?",
        ],
    ),
    "pattern_speaker_id": (
        A,
        "quotes:\n  - quote: x\n    speaker: Lloyd Austin\n",
        [
            "3:14: 'speaker': expected an id from articles/people.yml (lowercase letters, digits and hyphens); "
            "found 'Lloyd Austin'; did you mean 'lloyd-austin'?",
        ],
    ),
    "pattern_end_is_the_end_of_the_text": (
        A,
        'quotes:\n  - quote: x\n    speaker: "lloyd-austin\\n"\n',
        [
            "3:14: 'speaker': expected an id from articles/people.yml (lowercase letters, digits and hyphens); "
            "found 'lloyd-austin\\n'; did you mean 'lloyd-austin'?",
        ],
    ),
    "pattern_blank_text": (
        A,
        Q + "    context: '   '\n",
        [
            "4:14: 'context': expected text; found an empty value",
        ],
    ),
    "minLength": (
        A,
        "source:\n  publisher: ''\n",
        [
            "2:14: source 'publisher': expected text; found an empty value",
        ],
    ),
    "format_date": (
        A,
        Q + "    date: 2024-02-30\n",
        [
            "4:11: 'date': expected a date written YYYY-MM-DD (e.g. 2024-10-23); found '2024-02-30'",
        ],
    ),
    "pattern_date": (
        A,
        Q + "    date: 2024/10/23\n",
        [
            "4:11: 'date': expected a date written YYYY-MM-DD (e.g. 2024-10-23); found '2024/10/23'; did you mean '2024-10-23'?",
        ],
    ),
    "minimum": (
        A,
        Q + "    occurrence: 0\n",
        [
            "4:17: 'occurrence': expected a whole number from 1 up; found the number 0",
        ],
    ),
    "enum": (
        A,
        "notes:\n  - {text: x, note: y, kind: corection}\n",
        [
            "2:30: 'kind': expected one of correction, translation, context; found 'corection'; did you mean 'correction'?",
        ],
    ),
    "enum_role": (
        A,
        "byline:\n  - name: Ana\n    role: writer\n",
        [
            "3:11: 'byline' 'role': expected one of reported, wrote, contributed, edited, translated, photographed; "
            "found 'writer'; did you mean 'wrote'?",
        ],
    ),
    "required": (
        A,
        "notes:\n  - text: x\n",
        [
            "2:5: note: missing required key 'note'",
        ],
    ),
    "required_person_name": (
        P,
        "ana: {}\n",
        [
            "1:6: person 'ana': missing required key 'name'",
        ],
    ),
    "additionalProperties": (
        A,
        "quotes:\n  - quote: we see evidence\n    speakr: lloyd-austin\n",
        [
            "2:5: quote has no source: add `speaker:` (an id from articles/people.yml), `unnamed:` (a source the article does not name) or `document:` (a report or data)",
            "3:5: unknown key 'speakr' in quote; expected one of: quote, speaker, unnamed, document, role, context, date, source, occurrence, "
            "confirmed; did you mean 'speaker'?",
        ],
    ),
    "additionalProperties_top": (
        A,
        "langauge: en\n",
        [
            "1:1: unknown key 'langauge' in annotation file; expected one of: language, source, original, tags, byline, "
            "contributors, quotes, claims, notes; did you mean 'language'?",
        ],
    ),
    "anyOf_credit": (
        A,
        "contributors:\n  - city: Seoul\n",
        [
            "2:5: 'contributors' entry: expected 'person' or 'name'; found neither",
        ],
    ),
    "propertyNames": (
        P,
        "Lloyd Austin:\n  name: Lloyd Austin\n  nam: x\n",
        [
            "1:1: person id 'Lloyd Austin': expected lowercase letters, digits and hyphens; did you mean 'lloyd-austin'?",
        ],
    ),
    "complex_key": (
        A,
        "? [a, b]\n: x\n",
        [
            "1:3: a list or mapping cannot be a key; write the key as plain text",
        ],
    ),
    "every_mistake_in_file_order": (
        A,
        "tags: [1]\nquotes:\n  - quote: ''\n    speaker: X\n    when: now\nlanguage: english\n",
        [
            "1:8: 'tags': expected text; found the number 1: put it in quotes",
            "3:12: 'quote': expected text; found an empty value",
            "4:14: 'speaker': expected an id from articles/people.yml (lowercase letters, digits and hyphens); "
            "found 'X'; did you mean 'x'?",
            "5:5: unknown key 'when' in quote; expected one of: quote, speaker, unnamed, document, role, context, date, source, occurrence, "
            "confirmed",
            "6:11: 'language': expected a language code such as 'id' or 'en'; found 'english'",
        ],
    ),
}


def rep(name: str, city: str | None = None) -> Credit:
    """A credit as the credit tests expect it: reported, from an optional city."""
    return Credit(name, "reported", city)


def con(name: str, city: str | None = None) -> Credit:
    return Credit(name, "contributed", city)


def wrote(name: str) -> Credit:
    return Credit(name, "wrote")


def ed(name: str) -> Credit:
    return Credit(name, "edited")
