"""Find the reported speech in an article: each claim's exact text, the words that report it, and its source.

A claim is the reported content of a cue outside quotation marks, read one
sentence at a time in three shapes:

- the cue before it: "Austin said (that) …", "told reporters …", "mengatakan
  kepada wartawan bahwa …", "menyatakan, …": the claim runs from after "that" /
  "bahwa" (or the cue and whom it addresses) to the end of the sentence;
- the cue after it: "…, police said.", "…, according to the WHO.", "…, kata
  Austin.": the claim runs from the sentence's start to the comma;
- "According to X, …", "Menurut dia, …", "Berdasarkan data BNPB, …": the claim
  is what follows the source's comma.

A claim ends before its sentence's full stop, and earlier at a clause that is
the reporter's again (", but …", ", adding …", "; …"); "… and that …" starts a
second claim of the same source. Text inside a direct quote is never read for
cues, and a cue whose content is a quote (`she said: "…"`, `"…," he said`) is
the quote finder's, not a claim; a partial quote inside a claim stays in it.
Who the source is comes from `claim_sources`; a person's name is resolved by
the quote finder's own reading (`name_resolution`), so a pronoun or surname
means the same in a claim as in a quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from build_scripts.contribute.claim_lexicons import CLAIMS, ClaimLexicon
from build_scripts.contribute.claim_sources import (
    ClaimSource,
    Memory,
    Named,
    acronyms,
    classify,
    inside_name,
    organisations_in,
    published,
)
from build_scripts.contribute.lexicons import DETERMINERS, EN, LEXICONS, PARTICLES, PASSIVE, TIME
from build_scripts.contribute.name_resolution import Reader, read_along
from build_scripts.contribute.paragraph import ParsedParagraph, read_paragraph
from build_scripts.contribute.places import place_words, run_endings
from build_scripts.contribute.quote_finder import capitalisation, lowercase_nouns
from build_scripts.contribute.reporting_verbs import reporting_events

_JOINS = frozenset("and but or dan namun tetapi atau".split())
"""A clause opening with one of these after a comma is the sentence going on, not a cue closing it."""
_AUXILIARIES = PASSIVE | frozenset("had has have would will could can did does may might should must".split())
"""Words of a clause: after "said" they make what follows the claim ("said the House had…"), not the speaker."""
_MAX_CHARACTERS = 5000
"""The schema's longest claim."""
_POSSESSIVES = frozenset("our my your".split())
_AUDIENCES = frozenset(
    "reporters journalists media press correspondent correspondents parliament lawmakers legislators supporters "
    "audience crowd viewers listeners wartawan pers jurnalis".split()
)
"""Whom a cue addresses: "told local media", "told our correspondent", "kepada awak media"."""
_PROMISES = frozenset("vow vows vowed promise promises promised pledge pledged threaten threatened".split())
"""Cues whose claim may be an infinitive: "vowed to stop departures"."""
_NEGATIONS = frozenset("not never tidak belum bukan tak".split())
"""A cue denied ("did not say") reports nothing."""
_CUE_REACH = 12
"""Tokens from a cue to its "that" ("said in a televised address on Sunday night that")."""
_TAIL_SUBJECT = 9
"""Words of a trailing cue's subject ("…, the Ukrainian air force said")."""
_TAIL_AFTER = 7
"""Words after a trailing cue's verb ("…, the UNHCR said in a statement on Wednesday")."""


@dataclass(frozen=True)
class FoundClaim:
    """A reported claim in one body paragraph, and its proposed source."""

    paragraph: int
    start: int
    end: int
    text: str
    cue: str
    """The reporting words, as printed: "said", "mengatakan kepada wartawan bahwa", "according to"."""
    source: ClaimSource | None


@dataclass(frozen=True)
class _Claim:
    first: int
    last: int
    cue: tuple[int, int]
    subject: tuple[int, int] | None
    apposition: tuple[int, int] | None
    verb: int
    document: tuple[int, int] | None = None
    """What the subject published, when the cue is "published a report that", "menerbitkan laporan bahwa"."""


def find_claims(paragraphs: Sequence[str], language: str) -> list[FoundClaim]:
    """Every reported claim of the body paragraphs, in reading order."""
    lexicon = LEXICONS.get(language, EN)
    claims = CLAIMS.get(language, CLAIMS["en"])
    common, proper = capitalisation(paragraphs)
    nouns = lowercase_nouns(paragraphs)
    reader = Reader(known=[], endings=run_endings(paragraphs), nouns=nouns, places=place_words(paragraphs))
    memory = Memory(acronyms(paragraphs), _alone(paragraphs), _ending(paragraphs, claims))
    found: list[FoundClaim] = []
    for number, text in enumerate(paragraphs):
        par = read_paragraph(text, lexicon, common, proper, nouns)
        events = reporting_events(par)
        names = dict(zip((e.verb for e in events), read_along(par, reader, events), strict=True))
        for claim in _nested(par, _paragraph_claims(par, claims)):
            source = classify(par, claims, claim.subject, claim.apposition, names.get(claim.verb), reader, memory)
            if claim.document is not None:
                source = published(par, claim.document, source, memory)
            memory.remember(source)
            start, end = par.tokens[claim.first].start, par.tokens[claim.last].end
            cue = " ".join(text[par.tokens[claim.cue[0]].start : par.tokens[claim.cue[1]].end].split())
            found.append(FoundClaim(number, start, end, text[start:end], cue, source))
        memory.organisations += organisations_in(par, len(par.tokens))
    return [_with_role(claim, reader) for claim in found]


def _with_role(claim: FoundClaim, reader: Reader) -> FoundClaim:
    """The claim with its named source's role, wherever the article prints it beside the name."""
    source = claim.source
    if not isinstance(source, Named):
        return claim
    name = reader.final(source.name) or source.name
    role = reader.role_of(name)
    return replace(claim, source=Named(name, role)) if role or name != source.name else claim


def _nested(par: ParsedParagraph, found: list[_Claim]) -> list[_Claim]:
    """The claims in reading order, without any that partly overlaps one before it (`check` refuses that)
    or is longer than a claim may be."""
    kept: list[_Claim] = []
    for claim in sorted(found, key=lambda c: (c.first, -c.last)):
        crossing = any(k.first < claim.first <= k.last < claim.last for k in kept)
        if not crossing and par.tokens[claim.last].end - par.tokens[claim.first].start <= _MAX_CHARACTERS:
            kept.append(claim)
    return kept


def _alone(paragraphs: Sequence[str]) -> frozenset[str]:
    """Capitalised words printed between lowercase words or punctuation: "kata Isnawa", "Menurut Erick,"."""
    pattern = re.compile(r"(?:\b[a-z]+,?|^)\s+([A-Z][a-z]+)(?=[,.]|\s+[a-z(])", re.MULTILINE)
    return frozenset(w for text in paragraphs for w in pattern.findall(text))


def _ending(paragraphs: Sequence[str], claims: ClaimLexicon) -> frozenset[str]:
    """The last words of capitalised runs followed by a lowercase word, where no cue makes them a person's name
    and the word is no particle going on with one ("Dafydd ap Rhys")."""
    pattern = re.compile(r"(\w+)?\s*[A-Z][\w-]*\s+([A-Z][\w-]*)\s+([a-z]+)")
    return frozenset(
        match[2]
        for text in paragraphs
        for match in pattern.finditer(text)
        if match[3] not in claims.cues and match[3] not in PARTICLES and (match[1] or "").casefold() not in claims.after
    )


def _paragraph_claims(par: ParsedParagraph, claims: ClaimLexicon) -> list[_Claim]:
    found: list[_Claim] = []
    for first, end in sorted(set(par.bounds)):
        used: set[int] = set()
        for claim in (_opening_according(par, claims, first, end), _trailing_cue(par, claims, first, end)):
            if claim is not None:
                found.append(claim)
                used.update(range(claim.first, claim.last + 1))
                used.update(range(claim.cue[0], claim.cue[1] + 1))
        for verb in range(first, end):
            if verb in used or not _is_cue(par, claims, verb):
                continue
            for claim in _leading_cue(par, claims, first, end, verb):
                found.append(claim)
                used.update(range(verb, claim.last + 1))
    return found


def _is_cue(par: ParsedParagraph, claims: ClaimLexicon, i: int) -> bool:
    token = par.tokens[i]
    if token.kind != "word" or token.lower not in claims.cues or token.text[0].isupper():
        return False
    before = par.word(i - 1)
    nominal = before in DETERMINERS or before in claims.indefinite or par.tokens[i - 1].text.endswith(("'s", "’s"))
    noun = token.lower not in claims.speech and not token.lower.endswith("ed") and par.word(i + 1) in ("of", "for", "on")
    if token.lower in claims.nouns:
        subject = par.is_name_word(i - 1) or before in par.lexicon.pronouns or before in ("data", "we", "i", "you")
        noun = noun or not (subject or (before.endswith("s") and not before.endswith("ss")))
    passive = par.word(i + 1) in par.lexicon.passive_by
    negated = before in _NEGATIONS or (before in par.lexicon.skip and par.word(i - 2) in _NEGATIONS)
    return not (nominal or noun or passive or negated or before in PASSIVE or before in claims.governing or before == "to")


def _skip_addressee(par: ParsedParagraph, i: int, end: int) -> int:
    """Past whom a cue addresses: "told AFP", "told The New York Times", "told reporters", "kepada wartawan"."""
    while i < end and (par.word(i) in DETERMINERS or par.word(i) in _POSSESSIVES):
        i += 1
    if run := par.run_starting(i, end):
        return run[1] + 1
    audience = next((k for k in range(i, min(end, i + 3)) if par.word(k) in _AUDIENCES), None)
    if audience is not None:
        return audience + 1
    return i + 1 if i < end and par.tokens[i].kind == "word" else i


def _skip_time(par: ParsedParagraph, i: int, end: int) -> int:
    """Past "on Tuesday", "last month", "pada Kamis" between a cue and its claim."""
    while i < end:
        word = par.word(i)
        if word in ("on", "pada", "last") and i + 1 < end:
            i += 2 if par.word(i + 1) != "hari" else 3
        elif word in TIME and word not in ("this", "ini"):
            i += 1
        else:
            return i
    return i


def _verb_like(par: ParsedParagraph, k: int) -> bool:
    """A word heading a clause of its own between a cue and a "that", which then belongs to that clause:
    "mengatakan pemerintahnya memiliki informasi bahwa", "said the company wants … so that"."""
    word = par.word(k)
    if par.lexicon is EN:
        return word in _AUXILIARIES or (len(word) > 4 and word.endswith(("ed", "s")) and not par.is_name_word(k))
    return len(word) > 5 and word.startswith(("me", "ber", "di", "ter"))


def _claim_start(par: ParsedParagraph, claims: ClaimLexicon, verb: int, end: int) -> tuple[int, int]:
    """Where the claim after a cue starts, and the cue's last token."""
    for k in range(verb + 1, min(end, verb + _CUE_REACH)):
        if par.tokens[k].kind == "quote" or par.tokens[k].text in ".;:" or _is_cue(par, claims, k):
            break
        if par.word(k) in claims.that and par.word(k - 1) not in ("so", "such", "now"):
            return k + 1, k
        if _verb_like(par, k):
            break
    i = verb + 1
    if par.word(verb) in claims.objects:
        i = _skip_addressee(par, i, end)
    if par.word(i) in claims.addressee:
        i = _skip_addressee(par, i + 1, end)
    i = _skip_time(par, i, end)
    if i < end and par.tokens[i].text == ",":
        return i + 1, i
    return i, i - 1


def _claim_end(par: ParsedParagraph, claims: ClaimLexicon, first: int, end: int) -> tuple[int, int | None]:
    """The claim's last token, and where a second claim of the same cue starts ("… and that …")."""
    for k in range(first, end):
        token = par.tokens[k]
        if token.text == ";":
            return _trim(par, first, k - 1), None
        if is_comma(par, k) and k + 1 < end and _ends_claim(par, claims, k + 1):
            return _trim(par, first, k - 1), None
        if par.word(k) in ("and", "dan") and par.word(k + 1) in claims.that and k > first:
            return _trim(par, first, k - 1), k + 2
        if is_comma(par, k) and par.word(k + 1) in _JOINS and _is_cue(par, claims, _skip_adverbs(par, k + 2, end)):
            return _trim(par, first, k - 1), None
    return _trim(par, first, end - 1), None


def _ends_claim(par: ParsedParagraph, claims: ClaimLexicon, i: int) -> bool:
    word = par.word(i)
    participle = par.lexicon is EN and word.endswith("ing") and word != "including" and not par.tokens[i].text[0].isupper()
    return word in claims.stops or participle or _tail(par, claims, i, _tail_end(par, i, len(par.tokens))) is not None


def is_comma(par: ParsedParagraph, k: int) -> bool:
    """A comma between clauses, not one inside a number ("5,8")."""
    tokens = par.tokens
    if tokens[k].text != ",":
        return False
    inside = 0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start and tokens[k + 1].start == tokens[k].end
    return not (inside and tokens[k - 1].text.isdigit() and tokens[k + 1].text[0].isdigit())


def _skip_adverbs(par: ParsedParagraph, i: int, end: int) -> int:
    while i < end - 1 and (par.word(i) in par.lexicon.skip or par.word(i) in TIME):
        i += 1
    return i


def _trim(par: ParsedParagraph, first: int, last: int) -> int:
    while last > first and par.tokens[last].kind == "punct" and par.tokens[last].text not in ")]":
        last -= 1
    return last


def _words(par: ParsedParagraph, first: int, last: int) -> int:
    return sum(par.tokens[i].kind == "word" for i in range(first, last + 1))


def _mostly_quote(par: ParsedParagraph, first: int, last: int) -> bool:
    """Whether a span is a direct quote with a few words around it: the quote finder's, not a claim."""
    return par.tokens[first].kind == "quote" or _words(par, first, last) < 3 <= len(range(first, last + 1))


def _leading_cue(par: ParsedParagraph, claims: ClaimLexicon, first: int, end: int, verb: int) -> list[_Claim]:
    """The claims of a cue printed before them: "X said (that) …", and "… and that …" after it."""
    start, cue_end = _claim_start(par, claims, verb, end)
    subject, apposition = _subject_before(par, claims, first, verb)
    document = None
    if par.word(verb) in claims.publishing:
        nouns = [k for k in range(verb + 1, cue_end) if par.word(k) in claims.documents]
        if not nouns or par.word(cue_end) not in claims.that:
            return []
        document = (verb + 1, cue_end - 1)
    opening = subject[0] if subject else verb
    at_least = par.word(start + 1) in ("least", "most")
    quoted = opening > first and par.tokens[opening - 1].kind == "quote"
    after_quote = (
        subject is None and verb - 2 >= first and par.tokens[verb - 1].text == "," and par.tokens[verb - 2].kind == "quote"
    )
    infinitive = par.word(start) == "to" and par.word(verb) not in _PROMISES
    clause = par.word(start) in claims.relatives
    if quoted or after_quote or infinitive or clause or (par.word(start) in claims.prepositions and not at_least):
        return []
    found: list[_Claim] = []
    next_start: int | None = start
    while next_start is not None and next_start < end:
        start = next_start
        if par.tokens[start].kind != "word" and par.tokens[start].kind != "quote":
            break
        last, following = _claim_end(par, claims, start, end)
        if _words(par, start, last) < 2 or _mostly_quote(par, start, last):
            break
        found.append(_Claim(start, last, (verb, max(verb, cue_end)), subject, apposition, verb, document))
        next_start = following
    return found


def _subject_before(
    par: ParsedParagraph, claims: ClaimLexicon, first: int, verb: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The phrase before a cue naming its source, and an apposition after it ("Abdul Muhari, a spokesman …, said")."""
    k = verb - 1
    while k >= first and (par.word(k) in par.lexicon.skip or par.word(k) in TIME or par.word(k) in ("has", "have")):
        k -= 1
    apposition = None
    if k >= first and par.tokens[k].kind == "quote":
        return None, None
    if k >= first and par.tokens[k].text == ",":
        opening = next((j for j in range(k - 1, first - 1, -1) if par.tokens[j].text == ","), None)
        if opening is None:
            return None, None
        apposition, k = (opening + 1, k - 1), opening - 1
    start = k
    while start - 1 >= first:
        token = par.tokens[start - 1]
        joined = par.word(start - 1) in ("and", "but", "dan", "namun", "tetapi", "sementara")
        comma = par.tokens[start - 2].text == "," if start - 2 >= first else False
        if token.text == "," and inside_name(par, start - 1):
            start -= 1
            continue
        if joined and start - 2 >= first and par.tokens[start - 2].text == "," and inside_name(par, start - 2):
            start -= 2
            continue
        within = start - 2 >= first and par.is_name_word(start - 2) and par.is_name_word(start)
        if token.kind == "quote" or token.text in ",;:-—–" or (joined and (comma or not within)):
            break
        start -= 1
    if start > k or par.word(k) in ("and", "but", "dan", "namun", "tetapi"):
        return None, apposition
    return (start, k), apposition


def _tail_end(par: ParsedParagraph, start: int, end: int) -> int:
    stops = (k for k in range(start, end) if par.tokens[k].text in ".;:!?" or is_comma(par, k) or par.tokens[k].kind == "quote")
    return next(stops, end)


def _tail(par: ParsedParagraph, claims: ClaimLexicon, start: int, end: int) -> tuple[int, int | None, int] | None:
    """A cue clause after a comma, reporting what came before it: (its verb, its subject's first token, last token)."""
    if start >= end or par.word(start) in _JOINS:
        return None
    word, last = par.word(start), end - 1
    if word in claims.according:
        subject = start + 2 if par.word(start + 1) == "to" else start + 1
        return (start, subject, last) if subject <= last else None
    if word in claims.after and not par.tokens[start].text[0].isupper():
        if start == last:
            return start, None, last
        named = par.is_name_word(start + 1) or par.word(start + 1) in DETERMINERS or par.lexicon is not EN
        clause = any(par.word(i) in _AUXILIARIES or par.word(i).endswith("ed") for i in range(start + 1, end))
        return (start, start + 1, last) if named and not clause and _words(par, start + 1, last) <= _TAIL_SUBJECT else None
    for verb in range(start + 1, min(end, start + _TAIL_SUBJECT + 1)):
        between = range(start, verb)
        openings = (claims.relatives, claims.according, _AUXILIARIES, claims.openers)
        if any(par.word(i) in words for i in between for words in openings):
            return None
        if _is_cue(par, claims, verb) and _words(par, verb + 1, last) <= _TAIL_AFTER:
            if not _adverbial(par, claims, verb, verb + 1, end) or any(par.word(i) in claims.that for i in range(verb, end)):
                return None
            return verb, start, verb - 1
    return None


def _adverbial(par: ParsedParagraph, claims: ClaimLexicon, verb: int, start: int, end: int) -> bool:
    """Whether what follows a trailing cue's verb only says when, where or to whom ("said on Tuesday", "told AFP")."""
    if start >= end:
        return True
    word = par.word(start)
    if (word in claims.adverbials and par.word(start + 1) not in ("least", "most")) or word in TIME:
        return True
    return par.word(verb) in claims.objects and (par.is_name_word(start) or start + 1 == end)


def _trailing_cue(par: ParsedParagraph, claims: ClaimLexicon, first: int, end: int) -> _Claim | None:
    """ "…, police said.", "…, according to X.", "…, kata Austin.": the claim is the sentence up to the comma."""
    for comma in range(first + 1, end):
        if not is_comma(par, comma):
            continue
        tail_end = _tail_end(par, comma + 1, end)
        tail = _tail(par, claims, comma + 1, tail_end)
        if tail is None or (tail_end < end and par.tokens[tail_end].text == ":"):
            continue
        quote_next = tail_end + 1 < end and is_comma(par, tail_end) and par.tokens[tail_end + 1].kind == "quote"
        if tail_end < end and (par.tokens[tail_end].kind == "quote" or quote_next):
            return None
        if par.word(first) in claims.openers and par.word(first + 1) not in ("least", "most"):
            commas = [k for k in range(first, comma) if is_comma(par, k)]
            if not commas:
                return None
            first = commas[0] + 1
        segment = max((k for k in range(first, comma) if is_comma(par, k)), default=first - 1) + 1
        reported = any(par.word(k) in claims.speech for k in range(first, comma)) or par.word(segment) in claims.relatives
        if _words(par, first, comma - 1) < 3 or _mostly_quote(par, first, comma - 1) or reported:
            return None
        verb, subject, last = tail
        if subject is None:
            subject_span = None
        elif par.word(verb) in claims.according or subject > verb:
            subject_span = (subject, tail_end - 1)
        else:
            subject_span = (subject, last)
        according = subject is not None and par.word(verb) in claims.according
        cue = (verb, subject - 1) if according and subject is not None else (comma + 1, tail_end - 1)
        return _Claim(first, _trim(par, first, comma - 1), cue, subject_span, None, verb)
    return None


def _opening_according(par: ParsedParagraph, claims: ClaimLexicon, first: int, end: int) -> _Claim | None:
    """ "According to X, …", "Menurut dia, …": the claim follows the comma closing the source."""
    if par.word(first) not in claims.according or par.tokens[first].kind != "word":
        return None
    subject = first + 2 if par.word(first + 1) == "to" else first + 1
    comma = None
    for k in range(subject, end):
        if par.tokens[k].text == ",":
            comma = k
            if not (par.is_name_word(k + 1) and any(par.tokens[j].text == "," for j in range(k + 1, end))):
                break
    if comma is None or comma <= subject or comma + 1 >= end or par.tokens[comma + 1].kind == "quote":
        return None
    last, _ = _claim_end(par, claims, comma + 1, end)
    if _words(par, comma + 1, last) < 2:
        return None
    return _Claim(comma + 1, last, (first, subject - 1), (subject, comma - 1), None, first)
