"""The role printed beside a person's name: a title before it, or an apposition on either side.

"Kepala Dinas Sumber Daya Air (SDA) DKI Jakarta, Rina Kusumawardani,",
"Kenya's Trade Minister Lucy Wanjiru", "Port Authority spokesman John Roe"
and "John Roe, an analyst at Capital Economics," all print a role, proposed as
printed: the whole title (a possessive, a bracketed acronym, a rank and the
commas inside an office's name included) or the whole apposition, since the
editor can shorten a role more easily than retype it. A title that is only a
rank ("Sen.", "Letkol Inf") gives way to an apposition; a title of address
("Dr.", "Pak") never is a role. A phrase is a role only when it holds a word of
office or occupation, or a common noun printed in lowercase right before the
name ("runner Daniel Kiprop"); a bare organisation before a name ("Amnesty
International Man-kei Tam") is left to the editor.
"""

from __future__ import annotations

from build_scripts.contribute.appositions import (
    ARTICLES,
    LINKS,
    MAX_WORDS,
    indonesian,
    role_after,
    text_of,
    verb_like,
)
from build_scripts.contribute.lexicons import (
    CLAUSE_WORDS,
    COUNTRIES,
    COURTESY,
    DETERMINERS,
    HONORIFICS,
    INDEFINITE,
    INSTITUTIONS,
    NAMING,
    NOT_NAMES,
    PLACES,
    RANK_SUFFIXES,
    TIME,
)
from build_scripts.contribute.mentions import is_acronym, is_doer, is_role, is_role_noun
from build_scripts.contribute.paragraph import ParsedParagraph

_GLOSSES = frozenset("atau or".split())
_STOPS = frozenset("kepada by oleh dengan bersama said says told kata ujar".split())


def _common_noun(par: ParsedParagraph, i: int) -> bool:
    """A lowercase word that may head a description ("runner", "resident"), not a verb or a function word."""
    word = par.tokens[i].text
    return word.islower() and len(word) > 3 and not verb_like(par, i) and word not in NOT_NAMES


def _stops(par: ParsedParagraph, i: int) -> bool:
    """Whether token i cannot be part of a title before a name: a verb, a function word, punctuation, a quote."""
    token, word, lex = par.tokens[i], par.word(i), par.lexicon
    if token.text == "&":
        return not (par.is_name_word(i - 1) and par.is_name_word(i + 1))  # "Relations & CSR"
    if token.kind != "word":
        return True
    if token.text[0].isupper() and not par.starts[i] and par.is_name_word(i - 1) and par.is_name_word(i + 1):
        return False  # "Kepala Satuan Lalu Lintas Polrestabes Medan": a function word capitalised inside an office's name.
    if ((word in LINKS or word in ARTICLES) and token.text.islower()) or is_acronym(token.text):
        return False
    if word in _GLOSSES and par.tokens[i - 1].text.islower() and par.tokens[min(i + 1, len(par.tokens) - 1)].text.islower():
        return False  # "panrita lopi atau ahli pembuat perahu": a word glossed by the one after it.
    if token.text[0].isupper() and is_role(token.text):
        return False  # "State apiarist Dale Harmon": a title's word, though "state" is also a verb.
    verbs = lex.verbs | lex.inverted | lex.according | lex.pronouns | lex.skip
    return (
        word in verbs
        or word in _STOPS
        or word in CLAUSE_WORDS
        or word in DETERMINERS
        or word in TIME
        or (token.text.islower() and word in NOT_NAMES)
        or word in INDEFINITE
        or (word == "satu" and par.word(i - 1) == "salah")
    )


def _inside(par: ParsedParagraph, i: int) -> int:
    """How many tokens before token i (exclusive) still belong to a title: 3 or more for a bracketed acronym
    "(SDA)" or a lowercase gloss of up to three words "(kepala desa)" after a name word (an expansion in capitals,
    "(Member of Parliament)", may stand between two titles and is no part of one), 1 for a comma between two words
    of an office's name ("Pangan, Kelautan, dan"; the word before it goes with it) or a slash between two numbered
    units ("RT 03/RW 05"), else 0."""
    text = par.tokens[i - 1].text if i >= 1 else ""
    if text == ")":
        opening = next((j for j in range(i - 3, max(i - 6, 0) - 1, -1) if par.tokens[j].text == "("), None)
        inside = range(opening + 1, i - 1) if opening is not None else range(0)
        words = bool(inside) and all(par.tokens[j].kind == "word" and not par.tokens[j].text.isdigit() for j in inside)
        acronymed = len(inside) <= 3 and all(par.tokens[j].text[:1].isupper() for j in inside)  # "(Komnas HAM)", "(Kasi Dalops)"
        words = words and (len(inside) == 1 or acronymed or all(par.tokens[j].text.islower() for j in inside))
        return i - opening if opening and words and par.is_name_word(opening - 1) else 0
    if text == "," and i >= 2 and par.is_name_word(i - 2) and i < len(par.tokens):
        following = par.tokens[i]
        return 1 if following.kind == "word" and (following.text[0].isupper() or par.word(i) in ("dan", "and")) else 0
    if text == "/" and i >= 2 and par.tokens[i - 2].text.isdigit() and par.is_name_word(i):
        return 1  # "Warga RT 03/RW 05 Kelurahan …": one unit numbered after another.
    return 0


def _walk_back(par: ParsedParagraph, end: int, commas: bool) -> int:
    """The first token of the title ending at token `end`: back over its words, a possessive ("Kenya's"),
    bracketed acronyms and, when `commas`, the commas inside an office's name."""
    start = end + 1
    while start - 1 >= 0 and end - start < MAX_WORDS:
        inside = _inside(par, start)
        if inside >= 3 or (inside == 1 and commas):
            start -= inside if inside >= 3 else 2
        elif (start == end + 1 or par.joined(start)) and not _stops(par, start - 1):
            start -= 1
            if par.tokens[start].text.endswith(("'s", "’s")):
                while start - 1 >= 0 and par.joined(start) and _possessor_word(par, start - 1):
                    start -= 1  # "Former President Jimmy Carter's grandson", "Sheikh Hasina's adviser"
                break
        elif _plural_possessive(par, start - 1):
            start -= 2
            while start - 1 >= 0 and par.joined(start) and par.is_name_word(start - 1):
                start -= 1
            break
        else:
            break
    return start


def _possessor_word(par: ParsedParagraph, i: int) -> bool:
    """A word of the possessor's name or title before its possessive: a name word, or a capitalised title."""
    text = par.tokens[i].text
    return not _stops(par, i) and (par.is_name_word(i) or (text[:1].isupper() and is_role(text)))


def _plural_possessive(par: ParsedParagraph, mark: int) -> bool:
    """Whether token `mark` is the apostrophe of a plural possessive inside an organisation's name before a
    title ("Citrus Growers' Association chief executive"): unlike "Kenya's", the title goes on over the
    capitalised words of the possessor."""
    return mark >= 1 and par.is_name_word(mark - 1) and par.is_name_word(mark + 1) and par.plural_possessive(mark - 1)


def _address(par: ParsedParagraph, i: int) -> bool:
    """A title of address or rank ("Dr.", "Letkol Inf", "Sen."): printed with the name."""
    return par.tokens[i].kind == "word" and (par.word(i).rstrip(".") in HONORIFICS or par.word(i) in RANK_SUFFIXES)


def role_of(par: ParsedParagraph, first: int, last: int) -> str | None:
    """The role printed beside the name at tokens first..last: its title, ranks included ("Kapolsek Tebet
    Kompol"), else an apposition, else its rank alone ("Army Gen.", "Gov.")."""
    ranks = first
    while ranks - 1 >= 0 and par.joined(ranks) and _address(par, ranks - 1):
        ranks -= 1
    before = ranks - 1
    if par.word(before) == "saja" and par.word(before - 1) == "sebut" and par.word(before - 2) == ",":
        before -= 2  # "Salah satu korban, sebut saja Rina (bukan nama sebenarnya),": a name given in place of hers.
    comma = before >= 0 and par.tokens[before].text == ","
    start = None if comma or before < 0 else _title_start(par, _walk_back(par, before, True), before, first, ranks)
    if start is not None:
        start = _past_connective(par, start, first - 1)
        return text_of(par, start, _title_end(par, start, first - 1))
    if apposition := (_apposition_before(par, before, last) if comma else None) or role_after(par, last):
        return apposition
    if all(par.word(i).rstrip(".") in COURTESY for i in range(ranks, first)):
        return None
    start = ranks if comma or before < 0 else _walk_back(par, before, False)
    while start < ranks and par.tokens[start].text.islower():
        start += 1
    return text_of(par, start, _title_end(par, start, first - 1))


def _past_connective(par: ParsedParagraph, start: int, end: int) -> int:
    """Where a title starts past a phrase and comma opening its sentence ("Sebelumnya, Menteri Koordinator …",
    "Meanwhile, Health Minister …", "In Lusaka, Mines Minister …", "Speaking at a news conference in Geneva, WHO
    spokesperson …"): with no word of office, the phrase is no part of it (the commas inside an office's name follow
    a word of office, or capitalised words: "Kepala Dinas Pangan, Kelautan, dan …", "Communication, Relations")."""
    comma = next((i for i in range(start, end) if par.word(i) == ","), None)
    opening = comma is not None and (par.starts[start] or (start > 0 and par.starts[start - 1]))
    common = comma is not None and any(_plain_word(par, i) for i in range(start, comma))
    if (opening or common) and comma is not None and not any(is_role_noun(par.tokens[i].text) for i in range(start, comma)):
        return comma + 1
    return start


def _plain_word(par: ParsedParagraph, i: int) -> bool:
    """A lowercase word that is no link inside an office's name ("news", "conference"), so no office's."""
    text = par.tokens[i].text
    return par.tokens[i].kind == "word" and text.islower() and text not in LINKS and text not in ARTICLES


def _title_end(par: ParsedParagraph, start: int, end: int) -> int:
    """The last token of a title before the titles of address that open the name ("Kepala Dinas Pertanian Ir.
    Abdul Rahman"): "Ir.", "Dr.", "H." belong to the person, a rank ("Kompol") to the office; a word spelled out
    may be the office's own ("Kepala Pusat Kesehatan Haji"), unless it is a short form ("Dr"). A word giving the
    name ("warga bernama Joko", "a farmer named Ali") is no part of the title either."""
    if end > start and par.word(end) in NAMING:
        end -= 1
    while end > start and (
        (par.tokens[end].text.endswith(".") and par.word(end).rstrip(".") in COURTESY)
        or par.word(end) in _SHORT_FORMS
        or _lowercase_abbreviation(par.tokens[end].text)
        or (par.tokens[end].text.endswith(".") and par.word(end).rstrip(".") in HONORIFICS and _office_before(par, start, end))
    ):
        end -= 1
    return end


def _office_before(par: ParsedParagraph, start: int, end: int) -> bool:
    """Whether an office precedes token `end` in the title: a rank abbreviated after it ("… KSOP Bitung Capt.",
    "Police Chief Supt.") addresses the person, while alone ("Army Gen.") it is the role."""
    return any(is_role_noun(par.tokens[i].text) or par.tokens[i].text.islower() for i in range(start, end))


def _lowercase_abbreviation(text: str) -> bool:
    """ "drg.", "drh.", "ir.": a short word in lowercase with a full stop, after an office and before the name, is
    the person's degree or title of address; an office's words are spelled out or capitalised."""
    return text.endswith(".") and text[:-1].isalpha() and text[:-1].islower() and len(text) <= 5


_SHORT_FORMS = frozenset("dr prof mr mrs ms".split())
"""Titles of address that are short forms however printed: British style drops the full stop ("Local historian
Dr Eleri Jones")."""


def _apposition_before(par: ParsedParagraph, comma: int, last: int) -> str | None:
    """ "Kepala Dinas SDA DKI Jakarta, Rina Kusumawardani", "Seorang orangtua murid, Ujang Suryana": a role filling
    the phrase before the comma, or a description after an indefinite article, or an Indonesian sentence opening
    with a word outside the lists and the body or country it serves before the name set off by commas ("Tekong
    Indonesia, Lestari, mengakui", "Prakirawan BMKG Stasiun Meteorologi Tuban, Agus Salim Hasibuan,"); a phrase
    opening the sentence ("Terpisah, Kepala Bidang …, X,") is no part of the role."""
    if opening := _opening_description(par, comma) or _relation(par, comma):
        return opening
    if _placed_opening(par, comma):
        return None
    start = _walk_back(par, comma - 1, True)
    if not (start > 0 and (par.word(start - 1) in INDEFINITE or par.word(start - 1) == "satu")):
        start = _past_connective(par, start, comma - 1)
    while start < comma and (par.word(start) in NOT_NAMES or par.word(start) in LINKS):
        start += 1
    words = [par.tokens[i].text for i in range(start, comma) if par.tokens[i].kind == "word"]
    described = start > 0 and (par.word(start - 1) in INDEFINITE or par.word(start - 1) == "satu")
    doer = indonesian(par) and bool(words) and is_doer(words[0])
    served = indonesian(par) and par.starts[start] and par.word(last + 1) == "," and _serves(words)
    if not words or not (described or doer or served or any(map(is_role_noun, words))):
        return None
    return text_of(par, start, comma - 1)


def _serves(words: list[str]) -> bool:
    """Whether capitalised words are a position and whom it serves: a first word that is no body, place or acronym,
    and a body's acronym or a place after it ("Tekong Indonesia", "Prakirawan BMKG …")."""
    first, rest = words[0], words[1:]
    if (
        not rest
        or not all(w[:1].isupper() for w in words)
        or is_acronym(first)
        or _placed(first)
        or first.casefold() in INSTITUTIONS
    ):
        return False
    return any(is_acronym(w) or _placed(w) for w in rest)


def _placed(word: str) -> bool:
    return word.casefold() in PLACES or word.casefold() in COUNTRIES


def _opening_description(par: ParsedParagraph, comma: int) -> str | None:
    """The whole phrase opening the sentence before the comma set off before a name, when it is a role or an
    indefinite description followed by a relative clause: "Warga Kampung X yang juga pengelola bank sampah, Tri
    Wulandari,", "Seorang pemulung yang biasa mangkal di depo, Paijo (60),", "A retired nurse who lives
    nearby, Ann Cole,". The clause says which one the person is, as the gold of every newsroom keeps it."""
    first = par.bounds[comma][0]
    head = first
    while par.word(head) in INDEFINITE or (par.word(head) in ("satu", "seorang") and par.word(head - 1) == "salah"):
        head += 1
    relative = next((i for i in range(head + 1, comma) if par.word(i) in _OPENING_RELATIVES), None)
    if relative is None or not par.tokens[relative].text.islower():
        return None
    phrase = range(head, comma)
    lex = par.lexicon
    reported = any(par.tokens[i].kind == "quote" or par.word(i) in lex.verbs | lex.inverted for i in phrase)
    verb = head == first and any(par.tokens[i].text.islower() and verb_like(par, i) for i in range(head, relative))
    if reported or verb or any(par.tokens[i].kind != "word" for i in range(head, relative)):
        return None
    return text_of(par, head, comma - 1) if head > first or is_role_noun(par.tokens[head].text) else None


_OPENING_RELATIVES = frozenset("who yang".split())


def _relation(par: ParsedParagraph, comma: int) -> str | None:
    """A noun phrase opening the sentence that says who the person is to someone named before, set off before the
    name: after a possessive ("Their guide,", "His lawyer,"), before "itu"/"tersebut" ("Ketua serikat itu,"), or
    one word with "-nya" ("Tetangganya,"). The phrase is the role, as the daughter in "His daughter, Anya," is;
    a connective ("Sementara itu,", "Sebelumnya,") is no person's noun."""
    first = par.bounds[comma][0]
    phrase = range(first, comma)
    if not 1 <= len(phrase) <= 5 or any(par.tokens[i].kind != "word" for i in phrase):
        return None
    lowercase = all(par.tokens[i].text.islower() and not verb_like(par, i) for i in range(first + 1, comma))
    head, lex = par.tokens[first].text, par.lexicon
    if len(phrase) >= 2 and par.word(first) in _POSSESSIVES and lowercase:
        return text_of(par, first + 1, comma - 1)
    person = is_role_noun(head) or is_doer(head) or head.casefold() in lex.described | lex.person_nouns
    if len(phrase) >= 2 and par.word(comma - 1) in _DEICTIC and lowercase and person:
        return text_of(par, first, comma - 1)
    bare = head.casefold().removesuffix("nya")
    owned = len(phrase) == 1 and bare != head.casefold() and (bare in lex.described | lex.person_nouns or is_doer(head))
    return text_of(par, first, first) if owned else None


def _placed_opening(par: ParsedParagraph, comma: int) -> bool:
    """Whether the words before the comma are a phrase opening the sentence with a preposition ("At a taxi rank on
    Bree Street,", "Di halte Kiyomizu-michi,"): where or when, never who the person is."""
    first = par.bounds[comma][0]
    return first < comma and par.word(first) in LINKS and all(par.word(i) != "," for i in range(first, comma))


_POSSESSIVES = frozenset("his her their its our my".split())
_DEICTIC = frozenset("itu tersebut".split())


def _title_start(par: ParsedParagraph, start: int, end: int, name: int, address: int) -> int | None:
    """Where the title start..end before the name at token `name` starts: lowercase words before a capitalised
    one dropped ("bertemu Menteri …"), kept before a lowercase one ("health minister"); None unless a word of
    office or occupation is left, or a common noun in lowercase stands right before the name or the title of
    address at token `address` that opens it ("runner Daniel Kiprop", "On Tuesday, lifeboat coxswain Owen Hughes",
    '"…," harbour master Capt. Owen Price'), or a word the article prints elsewhere as a lowercase noun ("Commuter
    Rui Batista")."""
    start = _past_preposition(par, start, end)
    while start < end and (par.tokens[start].text.islower() or par.word(start) in LINKS):
        if par.tokens[start + 1].text.islower() and par.word(start) not in LINKS:
            break
        start += 1
    if start > end:
        return None
    words = [par.tokens[i].text for i in range(start, end + 1) if par.tokens[i].kind == "word"]
    opens = end == 0 or par.starts[end] or par.tokens[end - 1].text == "," or par.tokens[end - 1].kind == "quote"
    opens = opens or (par.starts[start] and all(par.tokens[k].text.islower() for k in range(start + 1, end + 1)))
    after_mark = 0 < start < end and par.tokens[start].text.islower() and par.tokens[start - 1].text == ","
    opens = (
        opens or after_mark or (0 < start < end and par.tokens[start - 1].kind == "quote" and par.tokens[start].text.islower())
    )
    named = par.is_name_word(name + 1) or _aged(par, name)
    described = (opens or (start < end and par.is_name_word(end - 1))) and named
    title = par.tokens[end].text
    lowercase = title[0].isupper() and title.casefold() in par.nouns and par.is_name_word(min(name + 1, len(par.tokens) - 1))
    reported = start > 0 and par.word(start - 1) in par.lexicon.inverted and par.tokens[start].text.islower()
    noun = end == address - 1 and (((described or reported) and _common_noun(par, end)) or lowercase)
    return start if noun or any(map(is_role_noun, words)) else None


def _past_preposition(par: ParsedParagraph, start: int, end: int) -> int:
    """Where a capitalised title starts after lowercase words ending in a preposition that hold no word of office
    ("The lone vote against came from Commissioner X"): the words before are the sentence's, not the title's;
    with one ("head of Lagos State Emergency Management Agency X") they are its first words."""
    capital = next((i for i in range(start + 1, end + 1) if _capital_after_preposition(par, i)), None)
    if capital is None or any(is_role_noun(par.tokens[i].text) for i in range(start, capital - 1)):
        return start
    if any(par.tokens[i].text == "," for i in range(capital, end)):
        return start  # "Speaking at a news conference in Geneva, WHO spokesperson X": the comma ends the phrase.
    return capital


def _capital_after_preposition(par: ParsedParagraph, i: int) -> bool:
    before = par.tokens[i - 1].text
    return par.tokens[i].text[:1].isupper() and before.islower() and before in LINKS and par.tokens[i - 2].text.islower()


def _aged(par: ParsedParagraph, name: int) -> bool:
    """Whether an age follows the name word at token `name` (", 58," or "(58)"): a person's name, even of one word."""
    comma = par.word(name + 1) == "," and par.word(name + 3) == ","
    bracket = par.word(name + 1) == "(" and par.word(name + 3) == ")"
    return (comma or bracket) and par.word(name + 2).isdigit()
