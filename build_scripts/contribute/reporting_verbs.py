"""The reporting verbs of a paragraph ("said", "kata", "menurut") and whom each names as its subject.

The subject may come before the verb ("Austin said"), after it ("kata
Austin"), as a pronoun or title ("ujarnya", "the official"), or be the
sentence's own ("…, adding"); `name_resolution` turns it into a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_scripts.contribute.appositions import verb_before_quote
from build_scripts.contribute.lexicons import (
    CLAUSE_WORDS,
    COUNTRIES,
    EN,
    FIELDS,
    HONORIFICS,
    ID,
    INDEFINITE,
    INSTITUTIONS,
    LOCATIVE,
    ORGANISATION_NOUNS,
    PASSIVE,
    ROLE_NOUNS,
    TIME,
)
from build_scripts.contribute.mentions import (
    Mention,
    Name,
    Pronoun,
    SentenceSubject,
    Title,
    is_acronym,
    is_office,
    is_person,
    is_role,
    is_role_noun,
    is_role_only,
    person_words,
)
from build_scripts.contribute.name_cues import accompanied, addressed_name, called, personal
from build_scripts.contribute.paragraph import ParsedParagraph
from build_scripts.contribute.places import is_place


def _skip_back(par: ParsedParagraph, floor: int, i: int) -> int:
    """Step back over adverbs and time words between a subject and its verb ("also", "on Tuesday", "juga")."""
    lex = par.lexicon
    while i >= floor:
        word = par.word(i)
        if word in lex.skip or word in TIME or (lex is EN and word.endswith("ly") and not par.is_name_word(i)):
            i -= 1
        else:
            break
    return i


def _is_participle(par: ParsedParagraph, verb: int) -> bool:
    return par.lexicon is EN and par.word(verb).endswith("ing")


def _subject_before(par: ParsedParagraph, floor: int, verb: int) -> Mention | None:
    """Who does `verb`, looking back from it: "Nancy Pelosi, the Speaker of the House, said"."""
    lex, tokens = par.lexicon, par.tokens
    i = _skip_back(par, floor, verb - 1)
    if i < floor:
        return None
    token = tokens[i]
    if par.word(i) in lex.pronouns:
        return Pronoun(i)
    if token.text == ")":
        opening = next((j for j in range(i, floor - 1, -1) if tokens[j].text == "("), None)
        return _subject_before(par, floor, opening) if opening is not None else None
    if run := par.run_ending(i, floor):
        if par.tokens[run[1]].text.endswith(("'s", "’s")) or _body_goes_on(par, floor, run):
            return None  # "Theresa May's proposed deal": the verb is a modifier; "Kementerian Kelautan dan Perikanan".
        if par.word(run[1] + 1) in lex.definite_after or is_office(par.name(*run).words):
            return Title(run[0], run[1])
        holder = par.run_ending(run[0] - 2, floor) if par.word(run[0] - 1) in _IN_OFFICE else None
        if holder and personal(par, holder):
            return par.name(*holder)  # "Budi Santoso selaku Ketua Panitia mengatakan"
        if leader := accompanied(par, floor, run[0]):
            return leader  # "Dedie yang didampingi Sekda Denny Mulyadi menambahkan": Dedie speaks.
        return affiliated(par, floor, *run)
    if token.text == "," or (token.text in "—–" and par.lexicon is EN):
        return SentenceSubject(verb) if _is_participle(par, verb) else _after_apposition(par, floor, i)
    if par.word(i) in lex.relatives:
        return _subject_before(par, floor, i)
    if par.word(i) in lex.joins:
        return SentenceSubject(verb)
    if title := title_ending(par, floor, i):
        return title
    if i - 1 >= floor and tokens[i - 1].text.endswith(("'s", "’s")) and (run := par.run_ending(i - 1, floor)):
        return par.name(*run)  # "The WHO's website said": the organisation speaks.
    if token.kind == "word" and par.word(i) not in PASSIVE and par.lexicon is EN:
        return SentenceSubject(verb, guessed=True)
    return None


def _body_goes_on(par: ParsedParagraph, floor: int, run: tuple[int, int]) -> bool:
    """Whether a run ends a body's name that goes on over "dan"/"and" from an institution's word ("Kementerian
    Kelautan dan Perikanan menyebut"), perhaps from a word opening the sentence that the article prints in
    lowercase elsewhere, so no name's ("Asosiasi Produsen dan Eksportir …" beside "asosiasi"): the body speaks."""
    body = par.run_ending(run[0] - 2, floor) if par.word(run[0] - 1) in ("dan", "and") else None
    return body is not None and any(par.word(k) in INSTITUTIONS for k in range(max(body[0] - 1, floor), body[0] + 1))


def _after_apposition(par: ParsedParagraph, floor: int, comma: int) -> Mention | None:
    """The subject before ", <apposition>,": the apposition is the name, or the name precedes it."""
    tokens = par.tokens
    mark = tokens[comma].text
    opening = next((j for j in range(comma - 1, floor - 1, -1) if tokens[j].text == mark), floor - 1)
    segment = opening + 1
    while segment < comma - 1 and par.word(segment).rstrip(".") in HONORIFICS:
        segment += 1  # "…, dr. Anhar Hadian, mengatakan"
    named_end = opening - 4 if _age(par, opening - 3) else opening - 3 if _comma_age(par, opening - 2) else opening - 1
    named = par.run_ending(named_end, floor) if named_end >= floor else None
    if named and named[0] == named[1] and _PARTY_STATE.fullmatch(par.tokens[named[0]].text) and par.word(named[0] - 1) == ",":
        named = par.run_ending(named[0] - 2, floor)  # "Rep. Ana Ruiz, D-Texas, the ranking member …, said"
    last = comma - 4 if _age(par, comma - 3) else comma - 1  # "…, Sutrisno (52), mengatakan"
    if (run := par.run_ending(last, segment)) and run[0] == segment:
        if named and run == (segment, segment) and _PARTY_STATE.fullmatch(par.tokens[segment].text):
            return affiliated(par, floor, *named)  # "Rep. Jared Golden, D-Maine, said"
        if named and personal(par, named) and is_role_noun(par.tokens[segment].text) and not personal(par, run):
            return par.name(*named)  # "Rina Kusumawardani, Kepala Dinas SDA DKI Jakarta, mengatakan"
        return affiliated(par, segment, *run)
    if opening < floor:
        return None
    if named:
        return affiliated(par, floor, *named)
    return Pronoun(opening - 1) if par.word(opening - 1) in par.lexicon.pronouns else None


_IN_OFFICE = frozenset("selaku sebagai".split())
"""Words putting a role after a name: "Budi Santoso selaku Ketua Panitia"."""


def _age(par: ParsedParagraph, i: int) -> bool:
    """Whether an age in brackets starts at token i: "Marni (47)"."""
    return i >= 0 and par.word(i) == "(" and par.tokens[i + 1].text.isdigit() and par.word(i + 2) == ")"


def _comma_age(par: ParsedParagraph, i: int) -> bool:
    """Whether an age set off by commas starts at token i: "Tom Abernathy, 67, a retired bus driver, said"."""
    return i >= 0 and par.word(i) == "," and par.tokens[i + 1].text.isdigit() and par.word(i + 2) == ","


def organisation_named(par: ParsedParagraph, first: int, last: int) -> bool:
    """Whether the run first..last is one word after a lowercase kind of organisation ("firm Transnet")."""
    return first == last and par.tokens[first - 1].text.islower() and par.word(first - 1) in ORGANISATION_NOUNS


def _placed(par: ParsedParagraph, floor: int, first: int, last: int) -> Name | None:
    """The person in "Jane Doe in Nairobi"; nobody in "an official in Nairobi", where the run is a place."""
    holder = par.run_ending(first - 2, floor) if first - 2 >= floor else None
    if holder is None:
        return None
    words = par.name(*holder).words
    return par.name(*holder) if is_person(person_words(words)) and not is_role_only(words) else None


def affiliated(par: ParsedParagraph, floor: int, first: int, last: int) -> Name | None:
    """The person in "Doug Miller of Milltech Marine" and in "Mayor of London Sadiq Khan"; nobody in
    "logistics firm Transnet" or "an official in Nairobi"."""
    name = par.name(first, last)
    link = first - 1
    if organisation_named(par, first, last):
        return None
    if first == last and link >= floor and par.tokens[link].text.islower() and par.word(link) in LOCATIVE:
        return _placed(par, floor, first, last)
    if link > floor and par.word(link) in par.lexicon.definite_before:
        link -= 1
    if is_role_only(name.words):
        return None
    if link <= floor or par.word(link) not in par.lexicon.affiliation:
        return name
    holder = par.run_ending(link - 1, floor)
    if holder is None or is_role_only(par.name(*holder).words):
        role_before = holder is not None or par.word(link - 1) in ROLE_NOUNS
        if holder is None and role_before and (len(name.words) == 1 or not is_person(person_words(name.words))):
            return None  # "a spokesperson for Tesla said": someone unnamed speaks for the organisation.
        return Name(name.words[1:], first + 1) if role_before and len(name.words) >= 3 else name
    return par.name(*holder)


def person_noun(par: ParsedParagraph, i: int) -> bool:
    """An office or a description of a person ("official", "pria", "45-year-old") at token i, in lowercase."""
    word, lex = par.word(i), par.lexicon
    if not word:
        return False
    described = word in lex.described or _AGED.fullmatch(word) is not None
    return par.tokens[i].kind == "word" and (word in lex.person_nouns or (described and par.tokens[i].text.islower()))


_AGED = re.compile(r"[\w]+-year-old")
_COUNTS = frozenset("two three four five six seven eight nine ten dua tiga empat lima enam tujuh delapan sembilan".split())


def title_ending(par: ParsedParagraph, floor: int, i: int) -> Title | None:
    """ "the (former) official" ending at token i, or "pejabat tersebut", "Mantan Juru Bicara KPK ini", "the
    45-year-old", "the mother of three", "pria berusia 40 tahun itu"."""
    lex = par.lexicon
    if par.word(i) in lex.definite_after:
        for j in range(i - 1, max(floor, i - 6) - 1, -1):
            if person_noun(par, j):
                return Title(j, i)
            if par.tokens[j].kind != "word":
                break
    last = i - 2 if par.word(i) in _COUNTS and par.word(i - 1) == "of" else i
    if person_noun(par, last) and par.word(last - 1) in lex.definite_before:
        return Title(last - 1, i)
    if par.word(i) in lex.person_nouns:
        for j in range(i - 1, max(floor, i - 3) - 1, -1):
            if par.word(j) in lex.definite_before:
                return Title(j, i)
            if par.tokens[j].kind != "word" or par.is_name_word(j):
                break
    return None


def _subject_after(par: ParsedParagraph, start: int, ceiling: int) -> Mention | None:
    """Who is named after a verb: "said Austin", "kata Austin kepada wartawan", "menurut juru bicara Woolworths".

    Within a few words the first personal name wins; else the first
    organisation, else a possessor ("according to … Erdogan's office"). A
    definite title or pronoun before any name stands for the last speaker; in an
    indefinite description a country is no one's name ("said a U.S. official").
    """
    lex, tokens = par.lexicon, par.tokens
    fallback: Name | None = None
    words, i, indefinite = 0, start, False
    while i < ceiling and words < 9 and tokens[i].kind != "quote" and tokens[i].text not in ".;:!?":
        words += tokens[i].kind == "word"
        indefinite = indefinite or par.word(i) in INDEFINITE
        if par.word(i) in lex.pronouns and fallback is None:
            return Pronoun(i)
        run = par.run_starting(i, ceiling)
        if run and is_office(par.name(*run).words) and fallback is None and par.word(run[1] + 1) != "of":
            return Title(*run)
        if fallback is None and (nicknamed := called(par, i, ceiling)):
            return nicknamed  # "tutur perempuan yang akrab disapa Bu Iyah itu"
        if fallback is None and (described := _definite_description(par, i, ceiling)):
            return described
        if title := title_ending(par, start, i):
            named = par.run_starting(i + 2, ceiling) if par.word(i + 1) == "," else None
            if named and personal(par, named, titled=True):
                return par.name(*named)  # "said the region's governor, Oleksandr Prokudin,"
            return title if fallback is None else fallback
        if run is None:
            i += 1
            continue
        if _field_goes_on(par, run):
            i = run[1] + 2
            continue
        if fallback is None and _body_goes_on(par, start, following := par.run_starting(run[1] + 2, ceiling) or run):
            i = following[1] + 1  # "kata peneliti Pusat Riset Biosistematika dan Evolusi BRIN, Prof. Dr. Ayu …"
            continue
        if apposed := titled_name(par, run, ceiling) or _named_after_place(par, run, ceiling):
            return apposed
        if addressed := addressed_name(par, run[1] + 1, ceiling):
            return addressed  # "tutur Kepala Puskesmas Cibeber dr. Rina Marlina"
        name = par.name(*run)
        if organisation_named(par, *run) or _numbered(par, run, ceiling):
            i = run[1] + 1
            continue
        modifier = indefinite and len(name.words) == 1 and (is_acronym(name.words[0]) or name.words[0].casefold() in COUNTRIES)
        titled = par.word(run[1] + 1) == "of" and not personal(par, run, titled=True)
        placed = indefinite and par.word(run[0] - 1) in _PLACE_LINKS  # "seorang perawat di RSUD Dr. Soetomo"
        if titled or is_role_only(name.words) or modifier or placed:
            i = run[1] + 1
            continue
        if par.word(i - 1) in lex.affiliation and i > start and len(name.words) >= 3:
            name = Name(name.words[1:], i + 1)
        listed = (
            fallback is not None
            and len(name.words) == 1
            and par.word(i - 1) == ","
            and par.word(run[1] + 1) in (",", "dan", "and")
        )
        if not name.possessive and is_person(person_words(name.words)) and not listed:
            return name
        fallback = fallback or name
        i = run[1] + 1
    return None if indefinite and fallback is not None and not is_person(fallback.words) else fallback


def _field_goes_on(par: ParsedParagraph, run: tuple[int, int]) -> bool:
    """Whether a run is an office whose fields go on after "dan" ("kata Kepala Seksi Pencegahan dan Pengendalian
    Penyakit … dr. Nuraini Siregar"): its last word and the one after "dan" are fields, named as Indonesian names
    an activity (pe-…-an, ke-…-an), so no name ends the run and the person comes after the whole title."""
    first, last = run
    return (
        first < last
        and is_role(par.tokens[first].text)
        and par.word(last + 1) == "dan"
        and _field(par.tokens[last].text)
        and _field(par.tokens[last + 2].text if last + 2 < len(par.tokens) else "")
    )


def _field(word: str) -> bool:
    folded = word.casefold()
    return word[:1].isupper() and (folded in FIELDS or re.fullmatch(r"(?:pe|ke)[a-z]{4,}an", folded) is not None)


def _named_after_place(par: ParsedParagraph, run: tuple[int, int], ceiling: int) -> Name | None:
    """The person a lowercase description with a place or body introduces, set off by commas, an age allowed:
    "kata warga Desa Klumpang Kebun, Ucok Siregar (34), kepada …", "said a resident of Klumpang, Ucok Siregar, 34,",
    "kata anggota Komisi IV DPR RI dari Fraksi PDIP, Budi Hartono". The place's words are no one's name."""
    i = run[0] - 1
    while i > 0 and (par.word(i) in _PLACE_LINKS or par.is_name_word(i) or par.tokens[i].text.isdigit() or par.word(i) == "/"):
        i -= 1  # "anggota Komisi IV DPR RI dari Fraksi PDIP, Budi Hartono,": the body's names and links.
    head = i
    while head > max(i - _DESCRIPTION_WORDS, 0) and par.tokens[head].text.islower() and not person_noun(par, head):
        head -= 1  # "kata petugas jaga pintu air Manggarai, Sutrisno": the person noun heads the description.
    comma = run[1] + 4 if par.word(run[1] + 1) == "(" and par.word(run[1] + 3) == ")" else run[1] + 1
    if i < 0 or not (par.tokens[head].text.islower() and person_noun(par, head)) or par.word(comma) != ",":
        return None  # "kata ahli vulkanologi dari Institut Teknologi Bandung (ITB), Mirzam Abdurrachman"
    named = par.run_starting(comma + 1, ceiling)
    if named is not None and _region_of(par, named) and par.word(named[1] + 1) == ",":
        named = par.run_starting(named[1] + 2, ceiling)  # "nelayan asal Muara Angke, Jakarta Utara, Rohim (50)"
    if named is None:
        return None
    alone = named[0] == named[1] and is_person(par.name(*named).words) and not is_role_noun(par.tokens[named[0]].text)
    if not (alone or personal(par, named, titled=True)):
        return None  # One name word is enough here: the clause ends with it ("…, Sutrisno.").
    end = named[1] + 1
    if par.word(end) in ("(", ",") and par.word(end + 1).isdigit() and par.word(end + 2) in (")", ","):
        end += 3 if par.word(end) == "(" else 2
    return par.name(*named) if end >= len(par.tokens) or par.word(end) in (",", ".", ";") else None


def _region_of(par: ParsedParagraph, run: tuple[int, int]) -> bool:
    """Whether a run is a region or country named after a town ("Jakarta Utara", "Kenya"): a place, no name."""
    words = par.name(*run).words
    return is_place(" ".join(words), frozenset())


_PLACE_LINKS = frozenset("of from in at on near the dari di asal".split())
_DESCRIPTION_WORDS = 3
"""Lowercase words after the person noun of a description, before its place ("pedagang pasar", "petugas jaga pintu
air")."""


def _definite_description(par: ParsedParagraph, i: int, ceiling: int) -> Title | None:
    """ "kata warga RT 03 itu", "ujar pejabat Kemenkes tersebut": a lowercase person noun right after the verb
    and a word making it definite a few words on; the capitalised words between are no speaker of their own."""
    if not (par.tokens[i].text.islower() and person_noun(par, i)):
        return None
    for j in range(i + 1, min(ceiling, i + 7)):
        if par.word(j) in par.lexicon.definite_after:
            return Title(i, j)
        if par.tokens[j].kind != "word":
            return None
    return None


def _numbered(par: ParsedParagraph, run: tuple[int, int], ceiling: int) -> bool:
    """Whether a run is a unit numbered inside a title ("KAI Daop 1 Jakarta", "Ketua RT 02"): a number and more
    capitalised words follow it, so the name comes later."""
    after = run[1] + 1
    if par.word(after + 1) == "/" and par.tokens[after].text.isdigit():
        return after + 2 < ceiling and par.is_name_word(after + 2)  # "RT 03/RW 05 …"
    if after + 1 >= ceiling or not par.joined(after + 1):
        return False
    return par.tokens[after].text.isdigit() and par.is_name_word(after + 1)


def _named_alone(par: ParsedParagraph, i: int) -> bool:
    """A one-word name set off by commas after a title ("Ketua Kelompok Tani Maju Jaya, Darsono,"): no place or body."""
    word = par.tokens[i].text
    tag = _PARTY_STATE.fullmatch(word) is not None
    return not (tag or is_acronym(word)) and is_person((word,)) and word.casefold() not in COUNTRIES and not is_role_noun(word)


_PARTY_STATE = re.compile(r"[A-Z]-[A-Z][\w.]*")
"""A lawmaker's party and state after the name ("Sen. Susan Collins, R-Maine,"): no name set off by commas."""


def titled_name(par: ParsedParagraph, run: tuple[int, int], ceiling: int) -> Name | None:
    """The name a title introduces, past the title's own words: "Port Authority spokesman John Roe",
    "Kepala Dinas SDA DKI Jakarta, Rina Kusumawardani,", "Ketua RT 02 RW 05 …, Hasan Basri,"."""
    i = run[1] + 1
    while i < ceiling and i - run[1] <= _TITLE_WORDS and par.tokens[i].kind == "word" and par.tokens[i].text.islower():
        i += 1
    nouns = [par.tokens[j].text for j in range(run[1] + 1, i)]
    after = par.run_starting(i, ceiling)
    if nouns and is_role_noun(nouns[-1]) and not CLAUSE_WORDS.intersection(nouns) and after and personal(par, after):
        return par.name(*after)
    if personal(par, run) or not is_role_noun(par.tokens[run[0]].text):
        return None
    while i < ceiling and i - run[1] <= _TITLE_WORDS and (par.tokens[i].kind == "word" or par.word(i) == "/"):
        i += 1
    if i < ceiling and par.tokens[i].text == "(" and par.word(i + 2) == ")":
        bracketed = par.run_starting(i + 3, ceiling)
        if bracketed and par.word(bracketed[1] + 1) == ",":
            i = bracketed[1] + 1  # "Ketua Gabungan Kelompok Tani (Gapoktan) Sumber Rejeki, Wagiman": the body's name.
        elif bracketed and personal(par, bracketed):
            return par.name(*bracketed)  # "Menteri Perhubungan (Menhub) Dudy Purwagandhi"
    after = par.run_starting(i + 1, ceiling) if par.word(i) == "," else None
    end = after[1] + 1 if after is not None else 0
    if after is not None and par.word(end) == "(" and par.word(end + 1).isdigit() and par.word(end + 2) == ")":
        end += 3  # "Ketua Kelompok Tani Sri Rejeki, Paimin (58),": the age goes with the name.
    closed = after is not None and (par.word(end) in (",", ".") or end >= len(par.tokens))
    alone = after is not None and after[0] == after[1] and closed and _named_alone(par, after[0])
    alone = alone and after is not None and par.word(end + 1) not in ("dan", "and")
    if after is None or not (alone or personal(par, after, titled=True)):
        return None
    following = after[1] + 1
    ends = following >= ceiling or par.tokens[following].kind != "word" or not par.tokens[following].text[0].isupper()
    return par.name(*after) if ends else None


_TITLE_WORDS = 10
"""Words of the longest title read before the name it introduces."""


@dataclass(frozen=True)
class Event:
    """A reporting verb outside quotes and who it says is speaking."""

    verb: int
    kind: str
    """'before' (subject printed first: "Austin said"), 'after' ("kata Austin"), 'according', 'passive' or
    'pronoun' ("ujarnya")."""
    subject: Mention | None


def _verb_kind(par: ParsedParagraph, i: int) -> str | None:
    """What kind of reporting verb token i is, or None when it is not one."""
    token, lex = par.tokens[i], par.lexicon
    if token.kind != "word":
        return None
    lower = token.lower
    suffixed = lex is ID and lower.endswith("nya") and lower[:-3] in lex.according  # "Menurutnya, "…""
    inverted = lex is EN and lower in lex.inverted and par.word(i + 1) not in lex.pronouns  # "Said market director …:"
    if token.text[0].isupper() and not (
        par.starts[i] and (lower in lex.according or suffixed or inverted or _is_participle(par, i))
    ):
        return None
    if lower in lex.according:
        return "according"
    if suffixed:
        return "pronoun"
    if lex is ID and lower.endswith("nya") and lower[:-3] in lex.inverted:
        return "pronoun"
    if lex is ID and lower in lex.inverted:
        return "after"
    if _modifies_a_role(par, i):
        return None
    if lower in lex.verbs or lower in lex.inverted:
        return "passive" if par.word(i + 1) in lex.passive_by else "before"
    return "before" if verb_before_quote(par, i) else None


def _modifies_a_role(par: ParsedParagraph, i: int) -> bool:
    """Whether a verb's word is a noun's modifier inside a description: "a Republican state senator", "the state
    official" (an article before it, a capitalised adjective allowed between, a role noun after)."""
    following = par.tokens[i + 1] if i + 1 < len(par.tokens) else None
    if following is None or following.kind != "word" or not is_role_noun(following.text):
        return False
    before = i - 1
    if before >= 0 and par.tokens[before].text[:1].isupper() and par.tokens[before].kind == "word":
        before -= 1
    return before >= 0 and par.word(before) in ("a", "an", "the")


def _event(par: ParsedParagraph, verb: int, kind: str) -> Event:
    floor, ceiling = par.floors[verb], par.ceilings[verb]
    if kind == "pronoun":
        return Event(verb, kind, Pronoun(verb))
    if kind == "according":
        start = verb + 2 if par.word(verb + 1) == "to" else verb + 1
        return Event(verb, kind, _subject_after(par, start, ceiling))
    if kind == "passive":
        return Event(verb, kind, _subject_after(par, verb + 2, ceiling))
    if kind == "after":
        return Event(verb, kind, _subject_after(par, verb + 1, ceiling))
    subject = _subject_before(par, floor, verb)
    opens_clause = verb == floor or (par.tokens[verb - 1].text == "," and not _apposed(par, floor, verb - 1))
    if subject is None and opens_clause and par.word(verb) in par.lexicon.inverted:
        return Event(verb, "after", _subject_after(par, verb + 1, ceiling))
    return Event(verb, kind, subject)


def _apposed(par: ParsedParagraph, floor: int, comma: int) -> bool:
    """Whether the comma before a verb closes an aside opened by another comma after the clause's first word ("A
    ministry official, speaking on condition of anonymity, said talks …"): the verb's subject is before the
    aside, unnamed, and what follows the verb is what was said, not who said it."""
    return any(par.tokens[j].text == "," for j in range(floor + 1, comma))


def reporting_events(par: ParsedParagraph) -> list[Event]:
    return [_event(par, i, kind) for i in range(len(par.tokens)) if (kind := _verb_kind(par, i)) is not None]
