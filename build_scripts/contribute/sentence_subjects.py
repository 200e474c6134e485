"""The subject a sentence opens with, past an opening phrase ("On Tuesday,", "Among the crowd,"), a description
("Local resident …") or an office whose name goes on over "dan" or an acronym: the person a later pronoun or
title in the paragraph most likely means.
"""

from __future__ import annotations

from dataclasses import replace

from build_scripts.contribute.lexicons import DETERMINERS, INSTITUTIONS, NOT_NAMES, PORTFOLIOS, ROLE_NOUNS
from build_scripts.contribute.mentions import Mention, Name, Pronoun, Title, is_doer, is_role_noun, is_role_only
from build_scripts.contribute.name_cues import described_name
from build_scripts.contribute.paragraph import ParsedParagraph
from build_scripts.contribute.reporting_verbs import title_ending, titled_name


def _opens_with_phrase(par: ParsedParagraph, start: int) -> bool:
    """Whether a sentence opens with a phrase before its subject: "On Tuesday,", "Amidst the bustle,"."""
    word = par.word(start)
    if word in par.lexicon.pronouns:
        return False
    return word in NOT_NAMES or word in par.common or par.word(start + 1) in DETERMINERS


def opening_subject(par: ParsedParagraph, start: int, before: int) -> Mention | None:
    """The subject a sentence opens with, after an opening phrase such as "On Tuesday,"; a phrase opening with a
    preposition may be long ("Under the thorny branches of an argan tree that has borne no fruit …, Fatima …")."""
    first = start
    reach = _LONG_PHRASE if _opens_with_phrase(par, start) else 12
    comma = next((j for j in range(start, min(before, start + reach)) if par.tokens[j].text == ","), None)
    if comma is not None and (described := described_name(par, start, comma, before)):
        return described
    aged = comma is not None and par.word(comma + 1).isdigit() and par.word(comma + 2) == ","
    if _opens_with_phrase(par, start) and not aged:  # "Local resident Jasmine Kereama, 34, drove": no phrase.
        first = comma + 1 if comma is not None else start
    if first >= before:
        return None
    following = next((j for j in range(first + 1, min(before, first + 12)) if par.tokens[j].text == ","), None)
    if first > start and following is not None and (described := described_name(par, first, following, before)):
        return described  # "Di halte Kiyomizu-michi, wisatawan asal Surabaya, Yohanes Kristanto, mengaku"
    if par.word(first) in par.lexicon.pronouns:
        return Pronoun(first)
    if title := title_ending(par, first, min(first + 1, before - 1)):
        return title
    if par.word(first) in DETERMINERS:
        first += 1
    if (par.word(first), par.word(first + 1)) in _ONE_OF_THEM:
        first += 2  # "Salah satunya Suparmi (56).": the one picked out is named next.
    while first < before and par.word(first) in ROLE_NOUNS and not par.is_name_word(first):
        first += 1
    first = _past_described_opening(par, first, before)
    name = _noun_phrase_name(par, first, before)
    if name is not None and par.word(name.at + len(name.words)) in par.lexicon.definite_after:
        return Title(name.at, name.at + len(name.words))  # "Mantan Juru Bicara KPK ini …": this one, named before.
    return name


_ONE_OF_THEM = frozenset({("salah", "satunya"), ("salah", "seorangnya"), ("di", "antaranya")})
_LONG_PHRASE = 30
"""Tokens of the longest opening phrase read before a sentence's subject."""


def _past_described_opening(par: ParsedParagraph, first: int, before: int) -> int:
    """Where the name starts after an adjective that opens the sentence and the noun it describes ("Local
    resident Jasmine Kereama", "Retired nurse Mary Okafor", "Warga setempat …" not): the opening word is
    capitalised only because it opens the sentence; after an opening phrase, a word of nationality or place
    capitalised anyway ("Among the crowd, French tourist Claire Dubois-Ferrand") is an adjective as well."""
    run = par.run_starting(first, before)
    after_phrase = first > 0 and par.word(first - 1) == "," and not par.starts[first]
    alone = run is None or (run == (first, first) and (par.name(first, first).weak or after_phrase))
    if not (first < before and (par.starts[first] or after_phrase) and par.tokens[first].kind == "word" and alone):
        return first
    j = first + 1
    while j < before and par.tokens[j].text.islower() and _describing_noun(par, j):
        j += 1
    if j > first + 1 and par.run_starting(j, before) is not None:
        return j
    return _past_lowercase_description(par, first, before) if after_phrase else first


def _past_lowercase_description(par: ParsedParagraph, first: int, before: int) -> int:
    """Where the name starts after a description in lowercase that follows an opening phrase and holds a noun of a
    person ("At the back of the march, retired tram driver Joaquim Reis, 71, held up …", "Di pasar itu, sopir angkot
    Budi Santoso menunggu …"): a run of two names or more must follow it."""
    j = first
    while j < before and j - first < 4 and par.tokens[j].kind == "word" and par.tokens[j].text.islower():
        j += 1
    run = par.run_starting(j, before)
    if j == first or run is None or run[1] == run[0] or not any(_of_a_person(par, i) for i in range(first, j)):
        return first
    verbs = par.lexicon.verbs | par.lexicon.inverted
    return first if any(par.word(i) in verbs or par.word(i) in DETERMINERS for i in range(first, j)) else j


def _of_a_person(par: ParsedParagraph, i: int) -> bool:
    text = par.tokens[i].text
    return _describing_noun(par, i) or is_doer(text) or (len(text) > 4 and text.endswith(_DOERS))


_DOERS = ("er", "or", "ist", "ian", "ant", "man")


def _describing_noun(par: ParsedParagraph, i: int) -> bool:
    word = par.word(i)
    return word in ROLE_NOUNS or word in par.lexicon.described or is_role_noun(par.tokens[i].text)


def _noun_phrase_name(par: ParsedParagraph, first: int, before: int) -> Name | None:
    """The name a subject phrase holds: "Greek prime minister Kyriakos Mitsotakis", "a Republican, Mark Amodei,";
    past the "dan" inside an office's name ("Kepala Dinas Ketahanan Pangan dan Peternakan … Moh Arifin")."""
    run = par.run_starting(first, before)
    office = run[0] if run is not None else first
    while run is not None and (gap := _office_goes_on(par, run)):
        following = par.run_starting(run[1] + 1 + gap, before)
        if following is None:
            break
        run = following
    if run is None:
        return None
    i = run[1] + 1
    while i < before and par.word(i) in ROLE_NOUNS:
        i += 1
    if i > run[1] + 1 and (after := par.run_starting(i, before)):
        return par.name(*after)
    comma = run[1] + 1
    numbered = comma < before and par.tokens[comma].text.isdigit()  # "Kepala Sekolah SDN 3 Cikole, Euis Komariah,"
    if comma < before and (par.tokens[comma].text == "," or numbered) and (titled := titled_name(par, (office, run[1]), before)):
        return replace(titled, described=True)  # "Ketua DPRD Sleman, Drs. H. Mulyadi Ramli,", "Ketua … (HNSI) Jateng, Riswanto,"
    if comma < before and par.tokens[comma].text == "," and run[0] == run[1]:
        apposition = par.run_starting(comma + 1, before)
        if apposition and apposition[1] > apposition[0] and par.word(apposition[1] + 1) == ",":
            return par.name(*apposition)
    return par.name(*run)


def _office_goes_on(par: ParsedParagraph, run: tuple[int, int]) -> int:
    """How many tokens after a run opening with a title still belong to the office before its holder's name: the
    "dan" inside a body's name, or the body's acronym in brackets ("Ketua Asosiasi Pengusaha Indonesia (Apindo)
    Shinta Kamdani", "Chair of the Federal Reserve (Fed) Jerome Powell"); 0 when the run ends the office."""
    end = run[1]
    if par.word(end + 1) in ("dan", "and") and _holds_office(par, run):
        return 1
    if par.word(end + 1) == "of" and is_role_only(par.name(*run).words) and par.word(end + 2) in PORTFOLIOS:
        return 2  # "Deputy Minister of Economy Arpine Hakobyan-Melikyan"
    acronym = par.word(end + 1) == "(" and par.word(end + 3) == ")" and par.tokens[end + 2].text[:1].isupper()
    titled = any(is_role_only((word,)) for word in par.name(*run).words[:2])  # "Corporate Secretary PT … (KCI)"
    return 3 if acronym and titled else 0


def _holds_office(par: ParsedParagraph, run: tuple[int, int]) -> bool:
    """Whether a run opens with a title and names its body ("Kepala Dinas Ketahanan Pangan"): its name may go on."""
    words = par.name(*run).words
    return is_role_only(words[:1]) and any(w.casefold() in INSTITUTIONS for w in words[1:])
