"""The role printed after a person's name: an apposition set off by a comma or a dash, or after "selaku",
"sebagai", "yang juga" ("John Roe, an analyst at Capital Economics,", "Masniah (68), pedagang pisang yang sudah
berjualan … sejak usia 15 tahun,"), with what goes on inside it (a region after the town, a bracketed short
form, a relative clause that says what the person is), and the words every role reading shares.
"""

from __future__ import annotations

from build_scripts.contribute.lexicons import ADMINISTRATIVE, COUNTRIES, INDEFINITE, ORGANISATION_NOUNS, PLACES
from build_scripts.contribute.mentions import is_doer, is_role_noun
from build_scripts.contribute.paragraph import ParsedParagraph
from build_scripts.contribute.places import is_place

MAX_WORDS = 20
"""Words of the longest role read ("Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (KPKP) DKI Jakarta")."""
LINKS = frozenset("of for at on in to from and with dan dari di pada untuk bidang".split())
"""Lowercase words a role may hold between its words: "Secretary of State", "analyst at Capital Economics", "a
driver from the northern depot"."""
ARTICLES = frozenset("a an the".split())
"""Articles a role may hold: "a spokesman for the ministry"."""
RELATIVE_ROLE = frozenset("yang juga merupakan adalah".split())
_VERB_PREFIXES = ("me", "ber", "di", "ter")
_VERB_ENDINGS = ("ed", "ing", "ly")


def text_of(par: ParsedParagraph, first: int, last: int) -> str:
    return " ".join(par.text[par.tokens[first].start : par.tokens[last].end].split())


def verb_like(par: ParsedParagraph, i: int) -> bool:
    """A lowercase word that reads as a verb or adverb ("mengaku", "visited", "recently"), not a noun."""
    word = par.word(i)
    lex = par.lexicon
    if word in lex.verbs or word in lex.inverted or word in lex.according:
        return True
    return word.startswith(_VERB_PREFIXES) if lex.relatives == frozenset({"yang"}) else word.endswith(_VERB_ENDINGS)


def verb_before_quote(par: ParsedParagraph, i: int) -> bool:
    """A verb outside the lists set off right before a quote after a name ("Baharuddin (47), menimpali, "…"",
    "Ann Cole retorted: "…""): the quote is what it reports."""
    mark = par.word(i + 1) in (",", ":") and i + 2 < len(par.tokens) and par.tokens[i + 2].kind == "quote"
    named = i > 0 and (par.is_name_word(i - 1) or par.word(i - 1) in (",", ")"))
    return mark and named and par.tokens[i].text.islower() and verb_like(par, i)


def role_after(par: ParsedParagraph, last: int) -> str | None:
    """The apposition after the name ending at token `last`: "…, an analyst at Capital Economics," (an age skipped)."""
    if par.tokens[last].text.endswith(("'s", "’s")):
        return None
    if par.word(last + 1) == "(" and par.tokens[min(last + 2, len(par.tokens) - 1)].text.isdigit() and par.word(last + 3) == ")":
        last += 3  # "Marni (47), pedagang …"
    state = par.run_starting(last + 2, len(par.tokens)) if par.word(last + 1) == "of" else None
    body = state is not None and par.word(state[1] + 1) == ","
    if state is not None and body:
        last = state[1]  # "Rep. Rosa DeLauro of Connecticut, the top Democrat on …", "Tristan Smith of UCL, a researcher"
    mark = par.word(last + 1)
    also = mark == "yang" and par.word(last + 2) in RELATIVE_ROLE and heads_role(par, last + 3)
    if mark not in (",", "—", "–", "selaku", "sebagai") and not also:
        return None  # "ujar Syafrin Liputo yang juga Kepala Dinas …" goes on.
    start = last + 2
    aged = start < len(par.tokens) and par.tokens[start].text.isdigit()
    if aged and par.word(start + 1) == ",":
        start += 2
    elif aged and par.word(start + 1) in _YEARS and par.word(start + 2) == ",":
        start += 3  # "Rafael Jiménez de la Torre, 63 tahun, petani zaitun …"
    while par.word(start) in RELATIVE_ROLE and heads_role(par, start + 1):
        start += 1  # "…, yang juga Ketua Panitia,"
    if start >= len(par.tokens) or par.tokens[start].kind != "word":
        return None
    if body and ORGANISATION_NOUNS.intersection((par.word(start), par.word(start + 1))):
        return None  # "Doug Miller of Milltech Marine, a firm specialising in AIS": the body's apposition.
    opens = par.word(start) in ("a", "an", "the") or par.word(start) in INDEFINITE or _possessor(par, start)
    if not opens and not heads_role(par, start):
        return None
    end, words, relative = start, 1, None
    while end + 1 < len(par.tokens) and words < MAX_WORDS:
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
    while par.word(end) in LINKS:
        end -= 1
    return text_of(par, start, end)


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
    return any(heads_role(par, i) for i in range(end + 1, min(end + 4, len(par.tokens))) if par.tokens[i].kind == "word")


def _describes(par: ParsedParagraph, relative: int) -> bool:
    """Whether an English relative clause says what the person does or is, in the present ("who farms …", "who
    has sold diesel for 20 years", "who is …"), not what they did in the story ("who fled …"): the former
    belongs to the role, however long."""
    if indonesian(par):
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


def indonesian(par: ParsedParagraph) -> bool:
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


def heads_role(par: ParsedParagraph, i: int) -> bool:
    """Whether the words from token i name a role: a word of office or occupation first, or within four words
    after modifiers that are no verb nor link ("portfolio manager", "senior financial market analyst", not "mengaku
    warga")."""
    if is_role_noun(par.tokens[i].text) or (par.tokens[i].text.islower() and par.word(i) in ORGANISATION_NOUNS):
        return True  # "…, perusahaan tambang asal Kalimantan,": a body's description is its role.
    if indonesian(par) and is_doer(par.tokens[i].text):
        return True  # "…, penyelam yang sehari-hari memandu turis di Amed"
    for j in range(i + 1, min(i + 4, len(par.tokens))):
        if par.tokens[j - 1].kind != "word" or verb_like(par, j - 1) or par.word(j - 1) in LINKS:
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
    if token.text == "&":
        return par.is_name_word(i - 1) and par.is_name_word(i + 1)  # "Nairobi law firm Abdalla & Mworia"
    if token.kind != "word":
        return _numbered_unit(par, i)
    verbs = lex.verbs | lex.inverted | lex.according
    modifies = i + 1 < len(par.tokens) and par.tokens[i + 1].kind == "word" and is_role_noun(par.tokens[i + 1].text)
    return token.text[0].isupper() or word not in verbs or modifies or par.word(i - 1) in ARTICLES


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
    return following < len(par.tokens) and par.tokens[following].kind == "word" and verb_like(par, following)


_RELATIVE_PRONOUNS = frozenset("who whom whose which that where".split())
_ASPECT = frozenset("sedang tengah belum baru".split())
"""Indonesian words of aspect before a verb ("yang sedang mengungsi"), beside the lexicon's auxiliaries."""


def relative_role(par: ParsedParagraph, last: int) -> tuple[str, bool] | None:
    """The relative clause set off after the name ending at token `last` ("…, who runs a sugarhouse in Orleans
    County,", "…, 61, whose family has tapped …", "…, yang berjualan sayur di pasar itu sejak 1990."), with whether
    it says what the person does or is: the role as printed when no title or apposition is, if it says who they
    are, have been or what is theirs ("who runs", "who was", "whose bird won"), not what they did. It ends at a comma or
    dash, or at the sentence's end when the name follows the sentence's reporting verb ("said X, who …."); a
    sentence the name opens goes on with its own verb ("X, yang hadir …, meminta")."""
    if par.word(last + 1) != ",":
        return None
    start = last + 2
    if par.tokens[min(start, len(par.tokens) - 1)].text.isdigit() and par.word(start + 1) == ",":
        start += 2  # "Delphine Arsenault, 61, whose …"
    if start >= len(par.tokens) or par.word(start) not in _SET_OFF or not par.tokens[start].text.islower():
        return None
    first, after = par.bounds[start]
    lex = par.lexicon
    reported = any(par.word(i) in lex.verbs | lex.inverted | lex.according for i in range(first, last))
    end = start + 1
    while end < after and (par.tokens[end].kind == "word" or par.word(end) in _INSIDE_CLAUSE):
        end += 1
    closed = par.word(end) in (",", "—", "–") or (reported and (end >= after or par.word(end) == "."))
    describes = _describes(par, start)
    said_of = describes or par.word(start) == "whose" or par.word(start + 1) in _FINITE
    if not closed or end - start < 3 or not said_of:
        return None  # "…, who fled with her two children,": what they did in the story, not who they are.
    return text_of(par, start, end - 1), describes


_SET_OFF = frozenset("who whose yang".split())
_INSIDE_CLAUSE = frozenset("& ' ’ - $ %".split())
"""Marks a clause may hold between its words: "Abdalla & Mworia", a possessive, an amount."""
