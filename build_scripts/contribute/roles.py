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

from build_scripts.contribute.lexicons import (
    ADMINISTRATIVE,
    CLAUSE_WORDS,
    COUNTRIES,
    COURTESY,
    DETERMINERS,
    HONORIFICS,
    INDEFINITE,
    NAMING,
    NOT_NAMES,
    ORGANISATION_NOUNS,
    PLACES,
    RANK_SUFFIXES,
    TIME,
)
from build_scripts.contribute.mentions import is_acronym, is_doer, is_role, is_role_noun
from build_scripts.contribute.paragraph import ParsedParagraph
from build_scripts.contribute.places import is_place

_MAX_WORDS = 20
"""Words of the longest role read ("Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (KPKP) DKI Jakarta")."""
_LINKS = frozenset("of for at on in to from and with dan dari di pada untuk bidang".split())
"""Lowercase words a role may hold between its words: "Secretary of State", "analyst at Capital Economics", "a
driver from the northern depot"."""
_STOPS = frozenset("kepada by oleh dengan bersama said says told kata ujar".split())
_ARTICLES = frozenset("a an the".split())
"""Articles a role may hold: "a spokesman for the ministry"."""
_RELATIVE_ROLE = frozenset("yang juga merupakan adalah".split())
_VERB_PREFIXES = ("me", "ber", "di", "ter")
_VERB_ENDINGS = ("ed", "ing", "ly")


def _text(par: ParsedParagraph, first: int, last: int) -> str:
    return " ".join(par.text[par.tokens[first].start : par.tokens[last].end].split())


def _common_noun(par: ParsedParagraph, i: int) -> bool:
    """A lowercase word that may head a description ("runner", "resident"), not a verb or a function word."""
    word = par.tokens[i].text
    return word.islower() and len(word) > 3 and not _verb_like(par, i) and word not in NOT_NAMES


def _verb_like(par: ParsedParagraph, i: int) -> bool:
    """A lowercase word that reads as a verb or adverb ("mengaku", "visited", "recently"), not a noun."""
    word = par.word(i)
    lex = par.lexicon
    if word in lex.verbs or word in lex.inverted or word in lex.according:
        return True
    return word.startswith(_VERB_PREFIXES) if lex.relatives == frozenset({"yang"}) else word.endswith(_VERB_ENDINGS)


def _stops(par: ParsedParagraph, i: int) -> bool:
    """Whether token i cannot be part of a title before a name: a verb, a function word, punctuation, a quote."""
    token, word, lex = par.tokens[i], par.word(i), par.lexicon
    if token.text == "&":
        return not (par.is_name_word(i - 1) and par.is_name_word(i + 1))  # "Relations & CSR"
    if token.kind != "word":
        return True
    if ((word in _LINKS or word in _ARTICLES) and token.text.islower()) or is_acronym(token.text):
        return False
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
    while start - 1 >= 0 and end - start < _MAX_WORDS:
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
    comma = before >= 0 and par.tokens[before].text == ","
    start = None if comma or before < 0 else _title_start(par, _walk_back(par, before, True), before, first, ranks)
    if start is not None:
        start = _past_connective(par, start, first - 1)
        return _text(par, start, _title_end(par, start, first - 1))
    if apposition := (_apposition_before(par, before) if comma else None) or role_after(par, last):
        return apposition
    if all(par.word(i).rstrip(".") in COURTESY for i in range(ranks, first)):
        return None
    start = ranks if comma or before < 0 else _walk_back(par, before, False)
    while start < ranks and par.tokens[start].text.islower():
        start += 1
    return _text(par, start, _title_end(par, start, first - 1))


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
    return par.tokens[i].kind == "word" and text.islower() and text not in _LINKS and text not in _ARTICLES


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
        or (par.tokens[end].text.endswith(".") and par.word(end).rstrip(".") in HONORIFICS and _office_before(par, start, end))
    ):
        end -= 1
    return end


def _office_before(par: ParsedParagraph, start: int, end: int) -> bool:
    """Whether an office precedes token `end` in the title: a rank abbreviated after it ("… KSOP Bitung Capt.",
    "Police Chief Supt.") addresses the person, while alone ("Army Gen.") it is the role."""
    return any(is_role_noun(par.tokens[i].text) or par.tokens[i].text.islower() for i in range(start, end))


_SHORT_FORMS = frozenset("dr prof mr mrs ms".split())
"""Titles of address that are short forms however printed: British style drops the full stop ("Local historian
Dr Eleri Jones")."""


def _apposition_before(par: ParsedParagraph, comma: int) -> str | None:
    """ "Kepala Dinas SDA DKI Jakarta, Rina Kusumawardani", "Seorang orangtua murid, Ujang Suryana": a role filling
    the phrase before the comma, or a description after an indefinite article."""
    if opening := _opening_description(par, comma):
        return opening
    start = _walk_back(par, comma - 1, True)
    while start < comma and (par.word(start) in NOT_NAMES or par.word(start) in _LINKS):
        start += 1
    words = [par.tokens[i].text for i in range(start, comma) if par.tokens[i].kind == "word"]
    described = start > 0 and (par.word(start - 1) in INDEFINITE or par.word(start - 1) == "satu")
    doer = _indonesian(par) and bool(words) and is_doer(words[0])
    if not words or not (described or doer or any(map(is_role_noun, words))):
        return None
    return _text(par, start, comma - 1)


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
    verb = head == first and any(par.tokens[i].text.islower() and _verb_like(par, i) for i in range(head, relative))
    if reported or verb or any(par.tokens[i].kind != "word" for i in range(head, relative)):
        return None
    return _text(par, head, comma - 1) if head > first or is_role_noun(par.tokens[head].text) else None


_OPENING_RELATIVES = frozenset("who yang".split())


def _title_start(par: ParsedParagraph, start: int, end: int, name: int, address: int) -> int | None:
    """Where the title start..end before the name at token `name` starts: lowercase words before a capitalised
    one dropped ("bertemu Menteri …"), kept before a lowercase one ("health minister"); None unless a word of
    office or occupation is left, or a common noun in lowercase stands right before the name or the title of
    address at token `address` that opens it ("runner Daniel Kiprop", "On Tuesday, lifeboat coxswain Owen Hughes",
    '"…," harbour master Capt. Owen Price'), or a word the article prints elsewhere as a lowercase noun ("Commuter
    Rui Batista")."""
    while start < end and (par.tokens[start].text.islower() or par.word(start) in _LINKS):
        if par.tokens[start + 1].text.islower() and par.word(start) not in _LINKS:
            break
        start += 1
    if start > end:
        return None
    words = [par.tokens[i].text for i in range(start, end + 1) if par.tokens[i].kind == "word"]
    opens = end == 0 or par.starts[end] or par.tokens[end - 1].text == "," or par.tokens[end - 1].kind == "quote"
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


def _aged(par: ParsedParagraph, name: int) -> bool:
    """Whether an age follows the name word at token `name` (", 58," or "(58)"): a person's name, even of one word."""
    comma = par.word(name + 1) == "," and par.word(name + 3) == ","
    bracket = par.word(name + 1) == "(" and par.word(name + 3) == ")"
    return (comma or bracket) and par.word(name + 2).isdigit()


def role_after(par: ParsedParagraph, last: int) -> str | None:
    """The apposition after the name ending at token `last`: "…, an analyst at Capital Economics," (an age skipped)."""
    if par.tokens[last].text.endswith(("'s", "’s")):
        return None
    if par.word(last + 1) == "(" and par.tokens[min(last + 2, len(par.tokens) - 1)].text.isdigit() and par.word(last + 3) == ")":
        last += 3  # "Marni (47), pedagang …"
    mark = par.word(last + 1)
    also = mark == "yang" and par.word(last + 2) in _RELATIVE_ROLE and _heads_role(par, last + 3)
    if mark not in (",", "—", "–", "selaku", "sebagai") and not also:
        return None  # "ujar Syafrin Liputo yang juga Kepala Dinas …" goes on.
    start = last + 2
    aged = start < len(par.tokens) and par.tokens[start].text.isdigit()
    if aged and par.word(start + 1) == ",":
        start += 2
    elif aged and par.word(start + 1) in _YEARS and par.word(start + 2) == ",":
        start += 3  # "Rafael Jiménez de la Torre, 63 tahun, petani zaitun …"
    while par.word(start) in _RELATIVE_ROLE and _heads_role(par, start + 1):
        start += 1  # "…, yang juga Ketua Panitia,"
    if start >= len(par.tokens) or par.tokens[start].kind != "word":
        return None
    opens = par.word(start) in ("a", "an", "the") or par.word(start) in INDEFINITE or _possessor(par, start)
    if not opens and not _heads_role(par, start):
        return None
    end, words, relative = start, 1, None
    while end + 1 < len(par.tokens) and words < _MAX_WORDS:
        if relative is None and _relative_clause(par, end + 1):
            relative = end + 1
        describing = relative is not None and _describes(par, relative)
        if _continues(par, end + 1) or (describing and par.tokens[end + 1].kind == "word"):
            end += 1
        elif describing and (located := _distance(par, end + 1)):
            end = located
        elif (held := _bracketed(par, end + 1) or _region(par, end + 1)) is not None:
            end = held
        elif par.plural_possessive(end):
            end += 1  # "head of a women's fish processors' group": the apostrophe goes on with the role.
        else:
            break
        words += par.tokens[end].kind == "word"
    if any(par.word(i) in _FINITE for i in range(start, end + 1 if relative is None else relative)):
        return None  # "According to the BBC, the SDF is largely made up of …": a clause, no apposition.
    if relative is not None and end - relative >= _DEFINING_WORDS and not _describes(par, relative):
        end = relative - 1
    while par.word(end) in _LINKS:
        end -= 1
    return _text(par, start, end)


def _bracketed(par: ParsedParagraph, i: int) -> int | None:
    """The end of a short aside in brackets after a capitalised word of the role, its acronym or gloss
    ("… Autónoma de México (UNAM)", "Balai Besar KSDA (BBKSDA)"); no age, which is the name's."""
    if par.word(i) != "(" or not par.tokens[i - 1].text[:1].isupper():
        return None
    close = next((j for j in range(i + 1, min(i + 6, len(par.tokens))) if par.word(j) == ")"), None)
    inside = range(i + 1, close) if close is not None else range(0)
    if close is None or not inside or any(par.tokens[j].kind != "word" or par.tokens[j].text.isdigit() for j in inside):
        return None
    return close


def _region(par: ParsedParagraph, i: int) -> int | None:
    """The end of the region or country after a town in the role ("asal Depok, Jawa Barat", "a nurse in Lodwar,
    Kenya", "a store owner in Tupelo, Mississippi"), when the sentence or the apposition ends there: the place the
    person is from goes with them."""
    if par.word(i) != "," or not par.tokens[i - 1].text[:1].isupper():
        return None
    located = par.word(i + 1) in ("in", "di")  # "an elder in Ulukhaktok, in Canada's Northwest Territories"
    end = first = i + 1 + located
    while end < len(par.tokens) and end - first < 3 and par.tokens[end].text[:1].isupper():
        end += 1
    words = [par.word(j) for j in range(first, end)]
    if located and words and (end >= len(par.tokens) or par.word(end) == "."):
        return end - 1
    known = is_place(" ".join(par.tokens[j].text for j in range(first, end)), frozenset())
    unit = bool(words) and words[0] in ADMINISTRATIVE  # "…, Kabupaten Sumba Barat"
    if not words or not (known or unit or all(w in PLACES or w in COUNTRIES for w in words)):
        return None
    closes = end >= len(par.tokens) or par.word(end) in (".", ",", ";")
    return end - 1 if closes else None


_DEFINING_WORDS = 6
"""Words of the longest relative clause kept in a role: a short one says which one the person is ("a digger who
joined the rescue", "pegawai kantor yang memilih di Seoul"); a longer one tells what they did ("a farmer who fled
with her grandchildren to a church in …"), and the role ends before it."""


def _possessor(par: ParsedParagraph, start: int) -> bool:
    """Whether an apposition opens with a body's possessive before a role ("MSF's medical coordinator", "Amnesty
    International's Middle East researcher"): a role word within three words after the possessive."""
    end = start
    while end < start + 3 and par.is_name_word(end) and not par.tokens[end].text.endswith(("'s", "’s")):
        end += 1
    if end >= len(par.tokens) or not par.tokens[end].text.endswith(("'s", "’s")):
        return False
    return any(_heads_role(par, i) for i in range(end + 1, min(end + 4, len(par.tokens))) if par.tokens[i].kind == "word")


def _describes(par: ParsedParagraph, relative: int) -> bool:
    """Whether an English relative clause says what the person does or is, in the present ("who farms …", "who
    has sold diesel for 20 years", "who is …"), not what they did in the story ("who fled …"): the former
    belongs to the role, however long."""
    if _indonesian(par):
        return par.word(relative) == "yang" and _habitual(par, relative)
    if par.word(relative) not in _RELATIVE_PRONOUNS:
        return False
    verb = par.word(relative + 1)
    return verb in _PRESENT or (verb.endswith("s") and not verb.endswith(("ss", "us")) and verb not in _PAST)


def _habitual(par: ParsedParagraph, relative: int) -> bool:
    """Whether an Indonesian relative clause says what the person has long done or does every day ("yang sudah
    berjualan … sejak usia 15 tahun", "yang sehari-hari memandu turis", "yang sudah 30 tahun melaut"), the
    present of a trade, which Indonesian marks by words of time rather than tense."""
    end = relative + 1
    while end < len(par.tokens) and par.tokens[end].kind == "word":
        end += 1
    words = [par.word(i) for i in range(relative + 1, end)]
    counted = any(w in _YEARS and i > 0 and (words[i - 1].isdigit() or words[i - 1] == "puluhan") for i, w in enumerate(words))
    return counted or any(w in _HABIT for w in words)


def _indonesian(par: ParsedParagraph) -> bool:
    return par.lexicon.relatives == frozenset({"yang"})


_YEARS = frozenset("tahun years".split())
_HABIT = frozenset("sejak selama sehari-hari biasa biasanya turun-temurun bertahun-tahun puluhan".split())
_PRESENT = frozenset("has have is are".split())
_FINITE = frozenset("is are was were".split())
_PAST = frozenset(["was"])


def _distance(par: ParsedParagraph, comma: int) -> int | None:
    """The last token of a place given by its distance after a comma ("…, 170 km (105 miles) north of Cape
    Town"), which goes on with the place before it; None when no distance follows the comma."""
    if par.word(comma) != "," or not par.word(comma + 1).isdigit() or par.word(comma + 2) not in _UNITS:
        return None
    end = comma + 2
    while end + 1 < len(par.tokens) and (par.tokens[end + 1].kind == "word" or par.word(end + 1) in ("(", ")")):
        end += 1
    return end


_UNITS = frozenset("km kilometres kilometers kilometre kilometer miles mile mi".split())


def _heads_role(par: ParsedParagraph, i: int) -> bool:
    """Whether the words from token i name a role: a word of office or occupation first, or within four words
    after modifiers that are no verb nor link ("portfolio manager", "senior financial market analyst", not "mengaku
    warga")."""
    if is_role_noun(par.tokens[i].text) or (par.tokens[i].text.islower() and par.word(i) in ORGANISATION_NOUNS):
        return True  # "…, perusahaan tambang asal Kalimantan,": a body's description is its role.
    if _indonesian(par) and is_doer(par.tokens[i].text):
        return True  # "…, penyelam yang sehari-hari memandu turis di Amed"
    for j in range(i + 1, min(i + 4, len(par.tokens))):
        if par.tokens[j - 1].kind != "word" or _verb_like(par, j - 1) or par.word(j - 1) in _LINKS:
            return False
        if par.tokens[j].kind == "word" and is_role_noun(par.tokens[j].text):
            return True  # "portfolio manager", "senior financial market analyst"
    return False


def _numbered_unit(par: ParsedParagraph, i: int) -> bool:
    """Whether token i is the slash between two numbered units ("RT 03/RW 05"): the role goes on over it."""
    return par.word(i) == "/" and par.tokens[i - 1].text.isdigit() and i + 1 < len(par.tokens) and par.is_name_word(i + 1)


def _continues(par: ParsedParagraph, i: int) -> bool:
    """Whether an apposition goes on at token i: a word that is no reporting verb, or one that modifies the role
    noun after it ("a Republican state senator", "a White House press officer") or follows an article ("a
    veterinarian with the state wildlife agency")."""
    token, word, lex = par.tokens[i], par.word(i), par.lexicon
    if token.kind != "word":
        return _numbered_unit(par, i)
    verbs = lex.verbs | lex.inverted | lex.according
    modifies = i + 1 < len(par.tokens) and par.tokens[i + 1].kind == "word" and is_role_noun(par.tokens[i + 1].text)
    return token.text[0].isupper() or word not in verbs or modifies or par.word(i - 1) in _ARTICLES


def _relative_clause(par: ParsedParagraph, i: int) -> bool:
    """Whether token i opens a relative clause: "who fled …", "which …", "yang mengungsi …" (a verb after "yang",
    past its auxiliaries); "yang" before a noun or adjective ("Ketua RT yang baru") is no clause."""
    word = par.word(i)
    if not par.tokens[i].text.islower():
        return False
    if word in _RELATIVE_PRONOUNS:
        return True
    if word != "yang":
        return False
    following = i + 1
    while par.word(following) in par.lexicon.skip or par.word(following) in _ASPECT:
        following += 1
    return following < len(par.tokens) and par.tokens[following].kind == "word" and _verb_like(par, following)


_RELATIVE_PRONOUNS = frozenset("who whom whose which that where".split())
_ASPECT = frozenset("sedang tengah belum baru".split())
"""Indonesian words of aspect before a verb ("yang sedang mengungsi"), beside the lexicon's auxiliaries."""
