"""Who stands behind a reported claim: a named person or organisation, an unnamed source, or a document.

The subject of a cue is read as a noun phrase: a document noun heading it
("data BMKG", "an official survey") makes it a document; a description of
people without a name ("a senior U.S. official", "sumber yang enggan disebutkan
namanya") makes it an unnamed source, with the stated reason for anonymity
when the sentence gives one; a person's name printed in it makes it that
person, resolved like a quote's speaker; a capitalised phrase is an
organisation, printed in full ("China's Commerce Ministry") and expanded from
the acronym the article defined ("BPS" for "Badan Pusat Statistik (BPS)"); a
pronoun or a definite noun ("the agency", "pejabat itu") stands for the source
or organisation named before that it fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from build_scripts.contribute.claim_lexicons import ClaimLexicon
from build_scripts.contribute.lexicons import COUNTRIES, DETERMINERS, GIVEN_NAMES, INSTITUTIONS, PLACES, TIME
from build_scripts.contribute.mentions import is_acronym, is_person, is_role, is_role_only, person_words
from build_scripts.contribute.name_resolution import Reader
from build_scripts.contribute.paragraph import ParsedParagraph
from build_scripts.read.people_index import fold


@dataclass(frozen=True)
class Named:
    """A person or organisation, by the name the article prints most fully."""

    name: str
    role: str | None = field(default=None, compare=False)
    """The role the article prints beside the name, as printed: no part of who the source is."""


@dataclass(frozen=True)
class Unnamed:
    description: str
    """As the article describes the source: "a senior U.S. official"."""
    affiliation: str | None = None
    reason: str | None = None
    """The stated reason for anonymity: "speaking on condition of anonymity"."""


@dataclass(frozen=True)
class Document:
    description: str
    """What is cited, as printed: "data BMKG", "a report"."""
    issuer: str | None = None
    """The name of who issued it, when the article says."""


ClaimSource = Named | Unnamed | Document

_REASONS = re.compile(
    r"(?:speaking|spoke|speak|talking|berbicara)\s+(?:on condition of|dengan syarat)\s+(?:anonymity|anonim)[^,.;]*"
    r"|(?:asked|asking|declined|requested)\s+not\s+to\s+be\s+(?:named|identified)[^,.;]*"
    r"|declined to be (?:named|identified)[^,.;]*"
    r"|(?:enggan|tidak mau|tidak ingin|menolak|minta|meminta)\s+(?:disebutkan|disebut|ditulis)\s+namanya"
    r"|(?:minta|meminta)\s+(?:identitasnya|namanya)\s+(?:tidak|jangan)\s+(?:ditulis|disebutkan|disebut)"
    r"|tidak berwenang[^,.;]*",
    re.IGNORECASE,
)
"""Stated reasons for anonymity, as printed ("speaking on condition of anonymity", "enggan disebutkan namanya")."""
_ACRONYM = re.compile(r"([^\W\d_][\w'’.-]*(?:,?\s+[\w'’.-]+)*?)\s+\(([A-Z][A-Za-z]{1,11})\)")
_NAME_LINKS = frozenset("of and for on dan".split())


def acronyms(paragraphs: Sequence[str]) -> dict[str, str]:
    """Acronyms the article defines, "Badan Pusat Statistik (BPS)": BPS stands for the long name after that."""
    found: dict[str, str] = {}
    for text in paragraphs:
        for match in _ACRONYM.finditer(text):
            words = match[1].replace(",", " ").split()
            start = len(words)
            while start > 0 and (words[start - 1][0].isupper() or words[start - 1] in _NAME_LINKS):
                start -= 1
            while start < len(words) and not words[start][0].isupper():
                start += 1
            if start < len(words) - 1 and match[2] not in found:
                long = match[1][len(" ".join(match[1].split()[:start])) :].strip(" ,") if start else match[1]
                found[match[2]] = " ".join(long.split())
    return found


@dataclass
class Memory:
    """The sources and organisations read so far, for the pronouns and definite nouns that stand for them.

    Mutable on purpose: the state of one reading, made and dropped inside `find_claims`.
    """

    acronyms: dict[str, str]
    alone: frozenset[str]
    """Capitalised words the article prints alone: the first or last names it refers to people by."""
    ending: frozenset[str]
    """Words ending a capitalised run somewhere in the article ("Perum Bulog", "Kabupaten Garut"): not a first name."""
    sources: list[ClaimSource] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)

    def expand(self, name: str) -> str:
        return self.acronyms.get(name, name)

    def named(self, name: str) -> str:
        """Part of a name stands for the source named in full before ("kata Isnawa", "Ade Ary")."""
        key = f" {fold(name)} "
        for source in reversed(self.sources):
            if not isinstance(source, Named):
                continue
            known = f" {fold(source.name)} "
            if key in known or (known.count(" ") > 2 and key.endswith(known)):
                return source.name
        return name

    def remember(self, source: ClaimSource | None) -> None:
        if source is not None:
            self.sources.append(source)

    def fitting(self, noun: str, organisations: Sequence[str]) -> ClaimSource | None:
        """The newest source or organisation the noun ("agency", "pejabat") describes."""
        key = fold(noun)
        for source in reversed(self.sources):
            text = source.name if isinstance(source, Named) else source.description
            if key in fold(text).split():
                return source
        for name in reversed([*self.organisations, *organisations]):
            if key in fold(name).split():
                return Named(name)
        return None


def inside_name(par: ParsedParagraph, comma: int) -> bool:
    """A comma inside a name: "Badan Meteorologi, Klimatologi, dan Geofisika"."""
    after = comma + 2 if par.word(comma + 1) in ("and", "dan") else comma + 1
    if not (comma > 0 and after < len(par.tokens) and par.is_name_word(comma - 1) and par.is_name_word(after)):
        return False
    ahead = [par.word(k) for k in range(comma + 1, min(len(par.tokens), comma + 5))]
    return "and" in ahead or "dan" in ahead


def _text(par: ParsedParagraph, first: int, last: int) -> str:
    return " ".join(par.text[par.tokens[first].start : par.tokens[last].end].split())


def reason_in(sentence: str) -> str | None:
    match = _REASONS.search(sentence)
    return match[0].strip() if match else None


def organisations_in(par: ParsedParagraph, before: int) -> list[str]:
    """The capitalised names holding an organisation word printed before token `before`."""
    names = []
    for run in par.runs(0, before):
        words = par.name(*run).words
        if any(w.casefold() in INSTITUTIONS for w in words):
            names.append(" ".join(words))
    return names


def _person_words(par: ParsedParagraph, claims: ClaimLexicon, run: tuple[int, int], memory: Memory) -> tuple[str, ...]:
    """The person's words of a capitalised run, its titles and organisation cut off.

    Past the quote finder's cut (`person_words`), a word the article prints alone elsewhere starts the name
    ("Kepala Pelaksana BPBD DKI Jakarta Isnawa Adji", then "kata Isnawa"), and a title of this
    lexicon's ends the titles before it.
    """
    words = par.name(*run).words
    cut = max((i for i, w in enumerate(words[:-1]) if w.casefold() in claims.titles), default=-1)
    words = person_words(words[cut + 1 :])
    alone = next((i for i, w in enumerate(words[:-1]) if i > 0 and w in memory.alone and not _given(words[:i])), 0)
    words = words[alone:]
    ending = max((i for i, w in enumerate(words[:-2]) if w in memory.ending or _not_a_name(w)), default=-1)
    return words[ending + 1 :]


def _given(words: tuple[str, ...]) -> bool:
    """Whether these words open a personal name and are no title ("Andi Muh." before "Rizal Pawelloi")."""
    return all(w.rstrip(".").casefold() in GIVEN_NAMES for w in words)


def _not_a_name(word: str) -> bool:
    """A word of a place or organisation inside a title: "… Bank Central Asia David Sumual", "… Anak Indonesia …"."""
    folded = word.casefold()
    return folded in PLACES or folded in COUNTRIES or folded in INSTITUTIONS or is_acronym(word)


def _person(par: ParsedParagraph, reader: Reader, first: int, last: int, claims: ClaimLexicon, memory: Memory) -> str | None:
    """A person's name printed in the phrase, not after a word joining an affiliation ("Analysts at ING")."""
    found = None
    for run in par.runs(first, last + 1):
        whole = par.name(*run).words
        cut = _person_words(par, claims, run, memory)
        others = [par.word(j) for j in range(first, last + 1) if not run[0] <= j <= run[1] and par.tokens[j].kind == "word"]
        alone = all(is_role(w) or w in DETERMINERS or w in claims.indefinite or w.isdigit() for w in others)
        common = all(w.casefold() in claims.unnamed or w.casefold() in claims.indefinite for w in cut)
        affiliated = par.word(run[0] - 1) in par.lexicon.affiliation and run[0] > first
        linked = par.word(run[0] - 1) in _NAME_LINKS and len(cut) == len(whole)
        chained = par.word(run[1] + 1) in ("and", "dan") and par.is_name_word(run[1] + 2)
        headed = len(cut) < len(whole) and whole[-len(cut) - 1].casefold() in INSTITUTIONS
        place = len(cut) == 1 and _not_a_name(cut[0])
        if linked or chained or headed or place:
            pass
        elif is_person(cut) and not is_role_only(cut) and not is_acronym(cut[0]) and not affiliated and not common:
            full = _known(reader, memory, cut, len(cut) == len(whole))
            if " " in full or len(cut) < len(whole) or alone:
                found = full
    return found


def _known(reader: Reader, memory: Memory, words: tuple[str, ...], bare: bool) -> str:
    """The full name of a source named before that these words are part of ("Ade Ary" for "Ade Ary Syam Indradi");
    `bare` when they were printed without a title."""
    text = " ".join(words)
    for source in reversed(memory.sources):
        if isinstance(source, Named) and len(source.name) > len(text) and f" {text} " in f" {source.name} ":
            return source.name
    return reader.full_name(words, bare)


def _organisation(par: ParsedParagraph, first: int, last: int) -> bool:
    """A name of several parts: "Alliance of Motion Picture and Television Producers", "Komisi Pemilihan Umum (KPU)"."""
    words = [i for i in range(first, last + 1) if par.tokens[i].kind == "word"]
    if not words or not par.is_name_word(words[0]) or not par.is_name_word(words[-1]):
        return False
    linked = all(par.is_name_word(i) or par.word(i) in _NAME_LINKS for i in words)
    named = [par.tokens[i].text.casefold() for i in words]
    return linked and (any(w in ("and", "dan") for w in named) or any(w in INSTITUTIONS for w in named))


def _bare(text: str) -> str:
    """An organisation's name without the acronym the article gives after it."""
    return re.sub(r"\s*\([^()]*\)$", "", text)


def _document(par: ParsedParagraph, claims: ClaimLexicon, first: int, last: int, memory: Memory) -> Document | None:
    content = [i for i in range(first, last + 1) if par.word(i) not in DETERMINERS and par.tokens[i].kind == "word"]
    named = next((n for n, i in enumerate(content) if par.is_name_word(i)), len(content))
    nouns = [n for n, i in enumerate(content) if par.word(i) in claims.documents]
    if not nouns or not (nouns[0] == 0 or nouns[0] < named or nouns[-1] == len(content) - 1):
        return None
    issuer = None
    for run in par.runs(first, last + 1):
        words = [w for w in par.name(*run).words if w.casefold() not in claims.documents]
        if words:
            issuer = memory.expand(" ".join(words))
    if issuer is None and par.word(last) in claims.anaphors:
        earlier = next((s for s in reversed(memory.sources) if isinstance(s, Document)), None)
        issuer = earlier.issuer if earlier else None
    return Document(_text(par, first, last), issuer)


def _core_end(par: ParsedParagraph, claims: ClaimLexicon, first: int, last: int) -> int:
    """Where the description ends: before a relative clause or a comma ("pejabat … yang enggan disebutkan namanya")."""
    for i in range(first + 1, last + 1):
        if par.word(i) in claims.relatives or (par.tokens[i].text == "," and not inside_name(par, i)):
            return i - 1
    return last


def _affiliation(par: ParsedParagraph, first: int, last: int) -> str | None:
    for i in range(first, last):
        if par.word(i) in par.lexicon.affiliation and (run := par.run_starting(i + 1, last + 1)):
            return _text(par, *run)
    return None


def published(par: ParsedParagraph, document: tuple[int, int], publisher: ClaimSource | None, memory: Memory) -> Document:
    """What a source published ("Intelijen Korea Selatan menerbitkan laporan bahwa …"): a document it issued."""
    issuer = publisher.name if isinstance(publisher, Named) else None
    return Document(_text(par, *document), memory.expand(issuer) if issuer else None)


def classify(
    par: ParsedParagraph,
    claims: ClaimLexicon,
    phrase: tuple[int, int] | None,
    apposition: tuple[int, int] | None,
    event_name: str | None,
    reader: Reader,
    memory: Memory,
) -> ClaimSource | None:
    """The source a subject phrase names; `event_name` is whom the quote finder's reading makes the verb's subject."""
    if event_name:
        event_name = memory.named(event_name)
    if phrase is None:
        return Named(event_name) if event_name else (memory.sources[-1] if memory.sources else None)
    first, last = phrase
    openers = ("the", "and", "but", "dan", "namun", *claims.relatives)
    while first < last and (par.word(first) in openers or par.word(first) in TIME or par.tokens[first].kind != "word"):
        first += 1
    core = _core_end(par, claims, first, last)
    sentence = par.text[par.tokens[par.bounds[first][0]].start : par.tokens[par.bounds[first][1] - 1].end]
    lowered = [par.word(i) for i in range(first, core + 1)]
    if len(lowered) == 1 and lowered[0] in par.lexicon.pronouns:
        return Named(event_name) if event_name else (memory.sources[-1] if memory.sources else None)
    if len(lowered) == 1 and lowered[0] in claims.pronouns:
        return next((s for s in reversed(memory.sources) if isinstance(s, Named)), None)
    if document := _document(par, claims, first, core, memory):
        return document
    if apposition and (name := _person(par, reader, *apposition, claims, memory)):
        return Named(name)
    titled = is_role(par.tokens[first].text) and any(par.tokens[i].text == "," for i in range(first, last))
    if titled and event_name and " " in event_name and f" {fold(event_name)} " in f" {fold(_text(par, first, last))} ":
        return Named(event_name)  # The name set off after a title: "Menurut Ketua RT 02 …, Hasan Basri,".
    definite = par.word(phrase[0]) == "the" or lowered[-1] in claims.anaphors
    if definite and not any(par.is_name_word(i) for i in range(first, core + 1)):
        noun = next((w for w in reversed(lowered) if w not in claims.anaphors), "")
        if fitting := memory.fitting(noun, organisations_in(par, first)):
            return fitting
        if noun in claims.unnamed and (earlier := next((s for s in reversed(memory.sources) if isinstance(s, Unnamed)), None)):
            return earlier
        if event_name and noun in par.lexicon.person_nouns:
            return Named(event_name)
    person = _person(par, reader, first, core, claims, memory)
    if definite and lowered[-1] in par.lexicon.person_nouns and person is None:
        meant = event_name or next((s.name for s in reversed(memory.sources) if isinstance(s, Named)), None)
        if meant:
            return Named(meant)
    if person is None and _organisation(par, first, core):
        return Named(_bare(memory.expand(_text(par, first, core))))
    described = [i for i in range(first, core + 1) if par.tokens[i].text.islower() or par.starts[i]]
    unnamed = any(par.word(i) in claims.unnamed for i in described) or lowered[0] in claims.indefinite
    role = par.tokens[first].text.islower() and (is_role(lowered[0]) or lowered[0] in par.lexicon.person_nouns)
    unnamed = unnamed or role
    if unnamed and person is None:
        return Unnamed(_text(par, first, core), _affiliation(par, first, core), reason_in(sentence))
    if person is not None:
        return Named(person)
    if any(par.is_name_word(i) for i in range(first, core + 1)) or lowered[-1] in INSTITUTIONS:
        setting = (i for i in range(first + 1, core + 1) if par.word(i) in claims.adverbials and not par.is_name_word(i + 1))
        return Named(_bare(memory.expand(_text(par, first, next(setting, core + 1) - 1))))
    return Unnamed(_text(par, first, core), None, reason_in(sentence))
