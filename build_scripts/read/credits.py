"""Read the lines that end a news story, part by part: who is credited, and what is not the story.

Each newsroom prints its credits its own way: AP in prose ("Baldor reported from Washington. AP writers …
contributed."), Reuters after "by" ("Reporting by A in Nairobi; Editing by B"), ANTARA, Kompas, Tempo, Detik and
CNN Indonesia after labels ("Pewarta: A Editor: B", often run together on one line), Indonesian sites and AFP
as initials ("(mdk/ded)", "bur/xyz"). A part is read wholly or not at all, because a wrong name is worse than
none; what is not read is returned, so the caller reports it instead of silently crediting nobody.
Initials are kept as printed and marked, for an editor to name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from build_scripts.model import Credit, Paragraph
from build_scripts.read.credit_sentences import (
    EN,
    ID,
    MAX_NAME_WORDS,
    PARTICLES,
    credit_shape,
    is_proper,
    parse_list,
    parse_sentence,
)


class Part(NamedTuple):
    """A piece of a paragraph, as printed, with where it starts in the paragraph's text."""

    text: str
    offset: int


@dataclass(frozen=True)
class CreditReading:
    """What a paragraph at the end of a story holds."""

    credits: tuple[Credit, ...] = ()
    not_understood: tuple[Part, ...] = ()
    """Parts shaped like credits ("Editor: Budi (ed.)") that could not be read: the caller reports them."""
    notices: tuple[Part, ...] = ()
    """Parts that credit nobody but are not the story: copyright, corrections, "Baca juga", agency boilerplate."""
    story: tuple[Part, ...] = ()
    """Parts that are none of these: a paragraph holding any is the story's, not the trailer's."""
    initials: tuple[Part, ...] = ()
    """Parts whose credits are initials ("(mdk/ded)"): read, but an editor has to name the people."""

    @property
    def is_trailer(self) -> bool:
        return not self.story and bool(self.credits or self.not_understood or self.notices)


_ROLES = {
    "reported": "pewarta reporter wartawan koresponden correspondent reporting reported dilaporkan laporan",
    "wrote": "penulis penyusun writer author writing written compiled compilation ditulis disusun penulisan penyusunan",
    "edited": "editor penyunting redaktur editing edited disunting penyuntingan",
    "translated": "penerjemah translator translation translated alih-bahasa diterjemahkan terjemahan",
    "photographed": "fotografer videografer foto photographer photo photos photography",
    "contributed": "kontributor contributor contributing",
}
_ROLE_OF = {word: role for role, words in _ROLES.items() for word in words.split()}
_LABEL = re.compile(
    r"(?:(?<!\w)|(?-i:(?<=[a-z])(?=[A-Z])))(?:(?P<notice>Pilihan\s+Editor|Baca\s+juga|Simak\s+juga|Lihat\s+juga|Tonton\s+juga)\s*:"
    r"|(?P<label>Pewarta|Penulis|Penyusun|Reporter|Wartawan|Koresponden|Editor|Penyunting|Redaktur|Penerjemah"
    r"|Alih\s+bahasa|Fotografer|Videografer|Foto|Kontributor|Writer|Author|Correspondent|Translator|Photographer|Photos?"
    r"|Contributor)\s*:"
    r"|(?P<copyright>(?:COPYRIGHT|Copyright|Hak\s+[Cc]ipta)\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4}))",
    re.IGNORECASE,
)
"""A label starts a field wherever it stands, so fields printed on one line ("Pewarta: A Editor: B") separate, even
with the line breaks lost between them when a page is copied ("Pewarta: A AdnanEditor: B"): a capital right after a
lowercase letter starts a label as a space would."""
_REGIONAL = re.compile(r"Kontributor\s+(?P<place>[^,]+),\s*(?P<name>[^,/|]+)")
_BY = re.compile(
    r"(?P<extra>additional\s+)?(?P<what>reporting|writing|editing|compiled|compilation|photography|photos?"
    r"|translation|translated|graphics|research|production|reported|written|edited)\s+by\s*:?\s+(?P<names>.*)"
    r"|(?P<oleh>dilaporkan|ditulis|disusun|disunting|diterjemahkan|laporan\s+tambahan|laporan|penulisan|penyuntingan"
    r"|penyunting|penyusunan|terjemahan)\s+oleh\s*:?\s+(?P<names_id>.*)",
    re.IGNORECASE,
)
_BY_ROLES = {"graphics": "contributed", "research": "contributed", "production": "edited"}
_BY_SPLIT = re.compile(
    r"\s*;\s*|(?:,|\.)\s+(?=(?:additional\s+)?(?:reporting|writing|editing|edited|written|reported)\s+by\s"
    r"|(?:ditulis|disunting|dilaporkan|penyuntingan|penyunting|laporan\s+tambahan)\s+oleh\s)",
    re.IGNORECASE,
)
"""Parts of a "by" credit: after a semicolon, or a comma or full stop before the next "… by" ("Written by A.
Edited by B.")."""
_INITIALS = r"[a-z]{2,6}(?:-[a-z]{2,6})*"
_TAG = re.compile(rf"[(\[]\s*(?P<tag>{_INITIALS}(?:\s*/\s*{_INITIALS})*)\s*[)\]]\.?|(?P<bare>{_INITIALS}(?:/{_INITIALS})+)")
"""Initials as Indonesian sites print them, "(mdk/ded)", "[rdp]", or an AFP tag, "bur-fz/pdw": writer, then editors."""
GLUED_TAG = re.compile(rf"(?<=[.!?\"”’])\s+(?P<tag>[(\[]{_INITIALS}(?:/{_INITIALS})*[)\]])$")
"""Initials printed at the end of the story's last sentence: "…, kata dia. (mdk/ded)"."""
_BUREAU = frozenset({"bur", "burs"})
"""AFP's "bur" is the bureau, not a person."""
AGENCIES = (
    r"Agence France-Presse|ANTARA FOTO|ANTARA News|Antara News|AFP|AP|Associated Press|Reuters|ANTARA|Antara|Xinhua"
    r"|REUTERS|XINHUA|Bernama|BERNAMA|dpa|DPA|Kyodo|KYODO"
    r"|Yonhap|Anadolu"
)
_AGENCY_TAG = re.compile(rf"[(\[]\s*(?P<agency>{AGENCIES})\s*/\s*(?P<tag>{_INITIALS}(?:\s*/\s*{_INITIALS})*)\s*[)\]]\.?")
"""An agency's story as an Indonesian site edited it: "(Reuters/ant)", "(AFP/dil)"."""
_AGENCY = re.compile(
    rf"[(\[]?\s*(?:(?:--|—|–|-)\s*)?(?P<with>[Ww]ith|[Dd]engan|[Ss]umber)?\s*"
    rf"(?P<agencies>(?:{AGENCIES})(?:(?:\s*,\s*|\s*\|\s*|\s+and\s+|\s+dan\s+)(?:{AGENCIES}))*)(?:\s+reporting)?\s*[)\]]?\.?"
)
"""A story credited to agencies: "-- AFP" (it wrote the story), or "With AFP and Reuters" and Tempo's "REUTERS |
ANTARA" (they contributed)."""
_AP = r"(?:(?:Liputan|Coverage)\b[^.\n]{0,80}?|The\s+|\w+\s+)?(?:Associated\s+Press|AP)(?:['’]s?)?"
"""AP's name where its boilerplate puts it: "The Associated Press’ climate coverage receives …", "Liputan iklim AP
menerima …", "AP is solely responsible …"."""
_NOTICES = re.compile(
    r"(?:Read\s+also|Also\s+read|See\s+also|Related(?:\s+(?:news|stories|coverage))?|Berita\s+terkait|Artikel\s+terkait|Pilihan\s+Editor)\s*:.*"
    r"|Read\s+more(?:\s*:|\s+(?:at|on|about)\b).*|(?:Baca|Simak|Lihat|Tonton)\s+juga\b.*"
    r"|(?:Correction|Clarification|Koreksi|Ralat|Editor['’]s\s+note|Catatan\s+(?:redaksi|editor))(?:\s*\([^)]*\))?\s*:.*"
    r"|This\s+(?:story|article|report|version)\s+(?:has\s+been|was|is)\s+(?:corrected|updated|amended|refiled)\b.*"
    r"|This\s+(?:story|article|report)\s+was\s+(?:first|originally)\s+published\b.*"
    r"|This\s+(?:story|article|report)\s+(?:was|is)\s+(?:produced|supported|funded|part)\b.*"
    r"|(?:Berita|Artikel|Laporan|Cerita)\s+ini\s+(?:pertama\s+kali|awalnya)\s+(?:diterbitkan|dimuat|tayang)\b.*"
    r"|This\s+version\s+(?:corrects|updates)\b.*|An?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)\b.*"
    r"|(?:Berita|Artikel|Laporan|Cerita)\s+ini\s+(?:telah\s+|sudah\s+)?(?:dikoreksi|diperbarui|diperbaiki|diralat|diubah)\b.*"
    r"|(?:Berita|Artikel|Laporan|Cerita)\s+ini\s+(?:merupakan\s+terjemahan|diterjemahkan\s+dari|disadur\s+dari)\b.*"
    r"|Versi\s+(?:sebelumnya|awal)\s+(?:dari\s+)?(?:berita|artikel|laporan|cerita)\s+ini\b.*"
    r"|Editor['’]s\s+Choice\s*:.*|Click\s+here\s+to\s+get\s+the\s+latest\s+news\b.*|Simak\s+video\b.*"
    r"|Halaman\s+\d+\s+dari\s+\d+|Halaman\s+(?:selanjutnya|berikutnya)\b.*"
    r"|Artikel\s+ini\s+telah\s+tayang\b.*|Baca\s+(?:berita|artikel)\s+(?:selengkapnya|lengkapnya)\b.*|Baca\s+selengkapnya\b.*"
    r"|Follow\s+(?:AP|the\s+AP|AP['’]s)\b.*|(?:Find|See|Read|Get)\s+more\s+(?:of\s+)?AP['’]?s?\b.*|More\s+AP\s+coverage\b.*"
    r"|Ikuti\s+liputan\s+(?:AP|Associated\s+Press)\b.*|(?:Find|Read)\s+AP['’]s\s+standards\b.*"
    rf"|{_AP}[^.\n]{{0,120}}?\s(?:receives|menerima|mendapat(?:kan)?)\s+(?:financial\s+|dana\s+)?(?:support|dukungan)\b.*"
    rf"|{_AP}[^.\n]{{0,120}}?\s(?:is|are)\s+(?:supported|funded)\s+by\b.*"
    rf"|{_AP}\s+(?:is\s+solely\s+responsible|(?:sepenuhnya\s+)?bertanggung\s+jawab)\b.*"
    r"|[^\n]{0,200}?(?:\shttps?://(?:www\.)?apnews\.com|\bAP\.org\b)\S*|(?:AP|Associated\s+Press)\b[^:\n]{0,60}:\s*https?://\S+"
    r"|Contact\s+(?:AP|the\s+AP)\b.*|Follow\s+[^\n]{1,80}?\s+on\s+(?:X|Twitter|Instagram|Bluesky|Threads|Facebook|TikTok|LinkedIn|YouTube)\b.*"
    r"|This\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?(?:story|update)\b.*|Check\s+back\s+(?:later\s+)?for\b.*"
    r"|(?:AP['’]s\s+)?(?:earlier|previous)\s+(?:story|version)\s+follows\b.*|Dilarang\s+keras\b.*"
    r"|(?:Dapatkan|Simak)\s+(?:update\s+)?(?:berita|breaking\s+news)\b.*"
    r"|Our\s+Standards\s*:.*|All\s+rights\s+reserved\b.*|Hak\s+cipta\s+dilindungi\b.*"
    r"|\[Gambas:[^\]]*\]|ADVERTISEMENT|SCROLL\s+TO\s+(?:CONTINUE|RESUME)(?:\s+WITH)?\s+CONTENT",
    re.IGNORECASE | re.DOTALL,
)
"""Lines that credit nobody and are not the story: links to other stories, corrections, boilerplate, embeds."""
ASIDES = re.compile(
    r"(?:Read\s+more|Read\s+also|Also\s+read|See\s+also|Related\s+(?:news|stories)|Pilihan\s+Editor|Berita\s+terkait|Artikel\s+terkait)\s*:.*"
    r"|(?:Baca|Simak|Lihat|Tonton)\s+juga\b.*|Simak\s+video\b.*"
    r"|\[Gambas:[^\]]*\]|ADVERTISEMENT|SCROLL\s+TO\s+(?:CONTINUE|RESUME)(?:\s+WITH)?\s+CONTENT",
    re.IGNORECASE,
)
"""The notices a site prints inside a story too: they are not its paragraphs wherever they stand."""
_SENTENCE_MARKS = re.compile(r"[?!\"“”]")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_LIST_WORDS = PARTICLES | {"and", "dan", "in", "at", "di", "the"}


def _reads_as_sentence(value: str) -> bool:
    """A label's value that reads as a sentence ("Reporter: Thank you, Minister.") is an interview, not a credit."""
    return bool(_SENTENCE_MARKS.search(value)) or any(w not in _LIST_WORDS for w in _LOWER_WORD.findall(value))


_MAX_PROSE = 2000
"""A credit paragraph is short; a long one is the story's (and not tried at every grouping of its sentences)."""
_MAX_SENTENCE_FRAGMENTS = 6


@functools.lru_cache(maxsize=64)
def parse_credits(paragraph: str) -> CreditReading:
    """Read a paragraph part by part: each line in a form printed on lines of its own, the rest as prose.

    Kept for the last few paragraphs: splitting the text and resolving its credits both read the same ending."""
    if byline := _byline(paragraph):
        return CreditReading(credits=byline)
    parts: list[tuple[str, Part, tuple[Credit, ...]]] = []
    prose: list[tuple[str, int]] = []
    offset = 0
    for line in paragraph.split("\n"):
        start = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        read = _read_line(stripped, start)
        if read is None:
            prose.append((line, offset - len(line) - 1))
            continue
        parts += _read_prose(prose)
        prose = []
        parts += read
    parts += _read_prose(prose)
    return CreditReading(
        credits=tuple(credit for _, _, credits in parts for credit in credits),
        not_understood=tuple(part for kind, part, _ in parts if kind == "unread"),
        notices=tuple(part for kind, part, _ in parts if kind == "notice"),
        story=tuple(part for kind, part, _ in parts if kind == "story"),
        initials=tuple(part for _, part, credits in parts if any(credit.initials for credit in credits)),
    )


class Flag(NamedTuple):
    """A part of the trailer an editor has to look at, and where it is in the article's file."""

    text: str
    line: int
    column: int
    initials: bool
    """True for initials read as credits; False for a credit-shaped part not read at all."""

    def message(self, yml_path: str) -> str:
        if self.initials:
            return f"credit line gives initials, not names: {self.text!r}; add a `byline:` to {yml_path} naming the journalists"
        return f"credit line not understood: {self.text!r}; add a `byline:` to {yml_path} naming the journalists it credits"


def read_trailer(trailer: tuple[Paragraph, ...]) -> tuple[tuple[Credit, ...], tuple[Flag, ...]]:
    """Every credit of an article's trailer, in the order printed, and the parts to flag."""
    credits: list[Credit] = []
    flags: list[Flag] = []
    for paragraph in trailer:
        reading = parse_credits(paragraph.text)
        credits += reading.credits
        marked = [(part, False) for part in reading.not_understood] + [(part, True) for part in reading.initials]
        for part, initials in sorted(marked, key=lambda item: item[0].offset):
            before = paragraph.text[: part.offset]
            line = paragraph.line + before.count("\n")
            column = part.offset - before.rfind("\n") if "\n" in before else paragraph.column + part.offset
            flags.append(Flag(" ".join(part.text.split()), line, column, initials))
    return tuple(credits), tuple(flags)


_BYLINE = re.compile(r"(?P<by>By|Oleh) (?P<names>.+?)(?:,? (?:The )?(?:Associated Press|AP))?")
_MAX_BYLINE = 300
_CAPS = re.compile(r"[^\W\d_]{2,}")


def _byline(paragraph: str) -> tuple[Credit, ...] | None:
    """ "By JANE DOE and JOHN ROE" (with "Associated Press" after it or not): the writers, in capitals as AP prints
    them or with at least two words each, so that "By Tuesday" stays a sentence. Names in capitals are given in
    their ordinary case, the case a reader and the people registry use."""
    if len(paragraph) > _MAX_BYLINE or not paragraph.startswith(("By ", "Oleh ")):
        return None
    match = _BYLINE.fullmatch(" ".join(paragraph.split()))
    if match is None:
        return None
    names = match["names"]
    capitals = names.replace(" and ", " ").replace(" dan ", " ").isupper()
    if capitals:
        names = _CAPS.sub(lambda word: word[0].lower() if word[0].upper() in ("AND", "DAN") else word[0].capitalize(), names)
    people = parse_list(names, EN if match["by"] == "By" else ID)
    if not people or any(city for _, city in people) or not (capitals or all(" " in name for name, _ in people)):
        return None
    return tuple(Credit(name, "wrote") for name, _ in people)


def is_byline(paragraph: str) -> bool:
    """A paragraph naming the writers above the story: credits, not the story's first paragraph."""
    return _byline(paragraph) is not None


def is_aside(line: str) -> bool:
    """A line that is not the story's wherever it stands ("Baca juga: …", an embed, an advertisement)."""
    return ASIDES.fullmatch(line.strip()) is not None


_Read = list[tuple[str, Part, tuple[Credit, ...]]]


def _read_line(line: str, start: int) -> _Read | None:
    """A line in a form that stands on a line of its own, or None to read it as prose."""
    if _NOTICES.fullmatch(line) or (line.startswith("(") and line.endswith(")") and _NOTICES.fullmatch(line[1:-1])):
        return [("notice", Part(line, start), ())]
    if tag := _TAG.fullmatch(line):
        return [("credit", Part(line, start), _initials(tag["tag"] or tag["bare"]))]
    if sourced := _AGENCY_TAG.fullmatch(line):
        editors = tuple(Credit(initials, "edited", initials=True) for initials in _split_initials(sourced["tag"]))
        return [("credit", Part(line, start), (Credit(sourced["agency"], "wrote"), *editors))]
    if agency := _AGENCY.fullmatch(line):
        if agency["with"] and agency["with"].casefold() == "sumber":
            return None
        role = "contributed" if agency["with"] or "|" in line else "wrote"
        names = re.findall(AGENCIES, agency["agencies"])
        return [("credit", Part(line, start), tuple(Credit(name, role) for name in names))]
    if _BY.match(line):
        return _read_by(line, start)
    if line.startswith("(") and line.endswith(")") and _BY.match(line[1:]):
        return _read_by(line[1:-1], start + 1)
    labels = list(_LABEL.finditer(line))
    if labels and labels[0].start() == 0:
        return _read_labels(line, start, labels)
    return None


_BETWEEN_FIELDS = " |/-–—"
"""What parts fields printed on one line: Kompas' "Penulis : A | Editor : B", ANTARA's "Pewarta: A / Editor: B"."""


def _read_labels(line: str, start: int, labels: list[re.Match[str]]) -> _Read:
    """ "Pewarta: A Editor: B COPYRIGHT © ANTARA 2024": each field to the next label."""
    out: _Read = []
    ends = [m.start() for m in labels[1:]] + [len(line)]
    for match, end in zip(labels, ends, strict=True):
        field = line[match.start() : end].strip().rstrip(_BETWEEN_FIELDS)
        part = Part(field, start + match.start())
        if match["notice"] or match["copyright"]:
            out.append(("notice", part, ()))
            continue
        value = line[match.end() : end].strip().rstrip(_BETWEEN_FIELDS).rstrip(".")
        role = _ROLE_OF[" ".join(match["label"].split()).casefold().replace(" ", "-")]
        if _DESK.fullmatch(value):
            out.append(("notice", part, ()))
            continue
        if not value or _reads_as_sentence(value):
            out.append(("story" if value else "unread", part, ()))
            continue
        credits = _names(value, role)
        out.append(("credit", part, credits) if credits else ("unread", part, ()))
    return out


_EMPLOYER = re.compile(rf"\s*\((?:{AGENCIES})\)$")
"""The agency after a name: "Pewarta: A (ANTARA)"."""


def _names(value: str, role: str) -> tuple[Credit, ...] | None:
    """ "Ahmad Fauzi/Budi Santoso", "A, B dan C", "ANTARA/Aditya": an agency beside people is their employer, an
    agency alone ("Foto: ANTARA") is credited. Kompas names a regional contributor with the place: "Kontributor
    Garut, Ari Maulana"."""
    if regional := _REGIONAL.fullmatch(value):
        name = regional["name"]
        return (Credit(name, role, regional["place"]),) if is_proper(name, MAX_NAME_WORDS) else None
    credits = []
    agencies = []
    value = _EMPLOYER.sub("", value)
    for name in re.split(r"\s*(?:/|,|;|&|\bdan\b|\band\b)\s*", value):
        if re.fullmatch(AGENCIES, name):
            agencies.append(Credit(name, role))
            continue
        tag = _TAG.fullmatch(name) or _TAG.fullmatch(f"({name})")
        if tag and name.islower():
            credits += [Credit(initials, role, initials=True) for initials in _split_initials(tag["tag"])]
        elif is_proper(name, MAX_NAME_WORDS):
            credits.append(Credit(name, role))
        else:
            return None
    return tuple(credits or agencies) or None


def _read_by(line: str, start: int) -> _Read:
    """Reuters: "Reporting by A in Nairobi and B; Additional reporting by C; Writing by D; Editing by E"; and
    the same in Indonesian: "Ditulis oleh A; Disunting oleh B". A part that reads as a sentence is the story's
    ("Reporting by the newspaper showed …") unless another part is a credit: then it is a credit not understood."""
    out: _Read = []
    position = 0
    for piece in _BY_SPLIT.split(line):
        offset = line.index(piece, position) if piece else position
        position = offset + len(piece)
        piece = piece.strip().rstrip(".")
        if not piece:
            continue
        part = Part(piece, start + offset)
        match = _BY.fullmatch(piece)
        if match is None:
            out.append(("unread", part, ()))
            continue
        names = _FROM_AGENCY.sub("", match["names"] if match["names"] is not None else match["names_id"])
        if _DESK.fullmatch(names):
            out.append(("notice", part, ()))
            continue
        if _reads_as_sentence(names):
            out.append(("story", part, ()))
            continue
        what = " ".join((match["what"] or match["oleh"]).casefold().split())
        role = "contributed" if match["extra"] or what == "laporan tambahan" else _BY_ROLES.get(what) or _ROLE_OF[what]
        people = parse_list(" ".join(names.split()), ID if match["oleh"] else EN)
        if people is None:
            out.append(("unread", part, ()))
        else:
            out.append(("credit", part, tuple(Credit(name, role, city) for name, city in people)))
    if any(kind == "credit" for kind, _, _ in out):
        return [("unread" if kind == "story" else kind, part, credits) for kind, part, credits in out]
    return out


_DESK = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?i:newsroom|desk|bureau|staff)(?:\s+team)?"
    r"|(?i:tim|redaksi|team)(?:\s+(?:[A-Z][\w.-]*|\w+(?:com|\.\w+))){0,3}"
)
"""A desk credited instead of people ("Compiled by Bengaluru newsroom", "Penulis: Tim detikcom"): no one to name."""
_FROM_AGENCY = re.compile(rf",?\s+(?:dari|of|from|for|untuk)\s+(?:the\s+|kantor\s+berita\s+)?(?:{AGENCIES})$")
"""The employer after the names: "Diterjemahkan oleh A dari Associated Press"."""


def _initials(tag: str) -> tuple[Credit, ...]:
    groups = [group.strip() for group in tag.split("/")]
    credits = []
    for number, group in enumerate(groups):
        role = "wrote" if number == 0 else "edited"
        credits += [Credit(initials, role, initials=True) for initials in group.split("-") if initials not in _BUREAU]
    return tuple(credits)


def _split_initials(tag: str) -> list[str]:
    return [initials for group in tag.split("/") for initials in group.strip().split("-") if initials not in _BUREAU]


def _read_prose(lines: list[tuple[str, int]]) -> _Read:
    """Lines read together as sentences: AP's credits, and the notices and story around them."""
    if not lines:
        return []
    if sum(len(line) for line, _ in lines) > 2 * _MAX_PROSE:
        return [("story", Part("\n".join(line for line, _ in lines), lines[0][1]), ())]
    text, positions = _collapsed(lines)
    if len(text) > _MAX_PROSE:
        return [("story", Part(text, positions[0]), ())]
    # Sentences end at ". ", but so do initials ("Lolita C. Baldor") and abbreviations ("St. Louis"): of every
    # grouping of the fragments, keep the one that reads the most of them, as credits or notices first.
    cuts = [0] + [m.end() for m in re.finditer(r"(?<=\.) ", text)] + [len(text) + 1]
    count = len(cuts) - 1
    # best[first]: the score of the fragments from `first` on, and the sentence that starts them.
    best: list[tuple[int, int, str, tuple[Credit, ...]]] = [(0, count, "", ())] * (count + 1)
    for first in reversed(range(count)):
        options = []
        for last in range(first + 1, min(count, first + _MAX_SENTENCE_FRAGMENTS) + 1):
            kind, credits = _read_sentence(text[cuts[first] : cuts[last] - 1])
            options.append(((last - first) * _SCORES[kind] + best[last][0], -last, kind, credits))
        score, shortest, kind, credits = max(options, key=lambda option: option[:2])
        best[first] = (score, -shortest, kind, credits)
    merged: list[tuple[int, int, str, tuple[Credit, ...]]] = []
    first = 0
    while first < count:
        _, last, kind, credits = best[first]
        begin = merged.pop()[0] if kind == "story" and merged and merged[-1][2] == "story" else cuts[first]
        merged.append((begin, cuts[last] - 1, kind, credits))
        first = last
    story = sum(len(_SENTENCE_END.findall(text[begin:end])) for begin, end, kind, _ in merged if kind == "story")
    if 0 < story <= sum(kind == "credit" for _, _, kind, _ in merged):
        merged = [(begin, end, _unread_beside_credits(text[begin:end], kind), c) for begin, end, kind, c in merged]
    return [(kind, Part(text[begin:end], positions[begin]), credits) for begin, end, kind, credits in merged]


def _unread_beside_credits(sentence: str, kind: str) -> str:
    """A sentence among at least as many credits is a credit not understood, to be reported, rather than making the
    whole paragraph the story's; unless it quotes someone or asks, as only a story does."""
    return "unread" if kind == "story" and not _SENTENCE_MARKS.search(sentence) else kind


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_SCORES = {"credit": 2, "notice": 2, "unread": 1, "story": 0}
"""A sentence read beats one shaped like a credit, which beats a fragment of story ("Lolita C.")."""


def _read_sentence(sentence: str) -> tuple[str, tuple[Credit, ...]]:
    if credits := parse_sentence(sentence):
        return "credit", credits
    if _NOTICES.fullmatch(sentence):
        return "notice", ()
    shape = credit_shape(sentence)
    return ("story" if shape is None else "notice" if shape == "anonymous" else "unread"), ()


def _collapsed(lines: list[tuple[str, int]]) -> tuple[str, list[int]]:
    """The lines' words joined by single spaces, and where each character of that text sits in the paragraph."""
    out: list[str] = []
    positions: list[int] = []
    for line, start in lines:
        for word in re.finditer(r"\S+", line):
            if out:
                out.append(" ")
                positions.append(start + word.start())
            composed = unicodedata.normalize("NFC", word[0])
            out.append(composed)
            at = start + word.start()
            if composed == word[0]:
                positions += range(at, at + len(composed))
            else:
                positions += (at + min(i, len(word[0]) - 1) for i in range(len(composed)))
    positions.append(positions[-1] + 1 if positions else 0)
    return "".join(out), positions
