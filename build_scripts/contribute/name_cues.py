"""Words beside a name that say whose it is: a title of address printed in lowercase before it ("dr. Rina
Marlina"), a nickname a description gives ("yang akrab disapa Bu Iyah"), a companion's name after the one who
speaks ("Dedie yang didampingi … Denny Mulyadi menambahkan"), a description opening the sentence before the name
set off after it ("Seorang pedagang beras di Pasar Wonokromo, Sutini, mengeluhkan"), and whether a run is a
person's name at all.
"""

from __future__ import annotations

from dataclasses import replace

from build_scripts.contribute.lexicons import COURTESY, INDEFINITE, LEXICONS
from build_scripts.contribute.mentions import Name, is_doer, is_person, is_role_noun, is_role_only, person_words
from build_scripts.contribute.paragraph import ParsedParagraph


def personal(par: ParsedParagraph, run: tuple[int, int] | None, titled: bool = False) -> bool:
    """A run holding a person's name of at least two words, after a title when `titled` allows one; a title of
    address ("Dr. Rakesh Joshi", "Drs. H. Mulyadi Ramli") is no office: the name after it is a person's."""
    if run is not None and run[0] < run[1] and par.word(run[0]).rstrip(".") in COURTESY:
        return personal(par, (run[0] + 1, run[1]), titled)
    if run is None or run[1] == run[0] or (is_role_noun(par.tokens[run[0]].text) and not titled):
        return False
    words = person_words(par.name(*run).words)
    return len(words) >= 2 and is_person(words)


def accompanied(par: ParsedParagraph, floor: int, first: int) -> Name | None:
    """The person a run names as the company of another before it ("Dedie yang didampingi Sekretaris Daerah …
    Denny Mulyadi", "Gubernur bersama Kapolda …"): that other person, who does the verb."""
    mark = first - 1
    if par.word(mark) not in _COMPANY:
        return None
    mark -= par.word(mark - 1) == "yang"
    holder = par.run_ending(mark - 1, floor) if mark - 1 >= floor else None
    return par.name(*holder) if holder and is_person(person_words(par.name(*holder).words)) else None


_COMPANY = frozenset("didampingi ditemani bersama".split())


def called(par: ParsedParagraph, i: int, ceiling: int) -> Name | None:
    """The name a description gives its person by ("perempuan yang akrab disapa Bu Iyah itu", "pria yang biasa
    dipanggil Ujang"): that person, a title of address dropped."""
    if not par.tokens[i].text.islower():
        return None
    verb = next((j for j in range(i + 1, min(i + 5, ceiling)) if par.word(j) in _CALLED), None)
    if verb is None or any(par.tokens[j].kind != "word" for j in range(i, verb)):
        return None
    first = verb + 1 + (par.word(verb + 1).rstrip(".") in COURTESY)
    run = par.run_starting(first, ceiling)
    if run is None:
        return None
    name = par.name(*run)
    return name if is_person(name.words) and not is_role_only(name.words) else None


_CALLED = frozenset("disapa dipanggil".split())


def addressed_name(par: ParsedParagraph, i: int, ceiling: int) -> Name | None:
    """The person named after a title of address printed in lowercase at token i, after an office ("dr.", "drg.",
    "drh."): the office's holder, not the office's body."""
    if not (i < ceiling and par.tokens[i].text in _LOWERCASE_ADDRESS and par.joined(i) and par.joined(i + 1)):
        return None
    addressed = par.run_starting(i + 1, ceiling)
    return par.name(*addressed) if addressed and personal(par, addressed, titled=True) else None


_LOWERCASE_ADDRESS = frozenset("dr. drg. drh. dr drg drh".split())


def described_name(par: ParsedParagraph, start: int, comma: int, before: int) -> Name | None:
    """The name set off by commas after an indefinite or a kinship description opening the sentence, with no verb
    in it: the person described, a new speaker ("Seorang pedagang beras di Pasar Wonokromo, Sutini, mengeluhkan
    …", "A retired teacher from Leeds, Ann Cole, said …", "Her son, Mehmet, 31, waited")."""
    noun = par.tokens[start + 1].text if start + 1 < comma else ""
    owner = par.word(start) in _POSSESSIVES or _possessive_name(par, start, comma)
    kin = owner and noun.islower() and (noun in par.lexicon.described or is_role_noun(noun))
    related = par.word(start) in par.lexicon.described and par.run_starting(start + 1, comma) == (start + 1, comma - 1)
    plain = _plain_description(par, start, comma)
    if not (par.word(start) in INDEFINITE or kin or related or plain) or any(_verb(par, j) for j in range(start + 1, comma)):
        return None
    run = par.run_starting(comma + 1, before)
    while run is not None and par.word(run[1] + 1) == "," and (following := par.run_starting(run[1] + 2, before)):
        if not _set_off(par, following):
            break
        run = following  # "Guru honorer di SD Negeri 1 Sukamaju, Cianjur, Neneng Hasanah, mengaku": the town's region.
    if run is None:
        return None
    if not _set_off(par, run):
        return None  # "Ketua panitia, Rahmat Hidayat selaku Kepala Bidang …, menyebut" is.
    return replace(par.name(*run), described=True)


def _set_off(par: ParsedParagraph, run: tuple[int, int]) -> bool:
    """Whether a run is set off after a description: a comma (past an age), "selaku" or "sebagai" follows it."""
    marks = (",", "selaku", "sebagai")
    if par.word(run[1] + 1) in _NICKNAMED and (nickname := par.run_starting(run[1] + 2, len(par.tokens))):
        run = nickname  # "Rohman alias Bang Oman (52),": the nickname, then the age, set it off.
    return par.word(run[1] + 1) in marks or (par.name(*run).aged and par.word(run[1] + 4) in marks)


_NICKNAMED = frozenset("alias".split())


def _plain_description(par: ParsedParagraph, start: int, comma: int) -> bool:
    """Whether a sentence opens with a description of a person in common words, capitalised only as the first
    word, perhaps ending with a place ("Pedagang sayur, Sumarni,", "Ibu rumah tangga, Sumarni (45),", "Retired
    teacher, Ann Cole,", "Penambang pasir di Sungai Progo, Sutrisno (52),")."""
    head = par.word(start) in par.lexicon.person_nouns or par.word(start) in par.lexicon.described
    indonesian = par.lexicon is LEXICONS["id"]
    head = head or (indonesian and (is_doer(par.tokens[start].text) or is_role_noun(par.word(start))))
    located = next((j for j in range(start + 1, comma) if par.word(j) in _OF_PLACE), comma)
    lowercase = all(par.tokens[j].text.islower() for j in range(start + 1, located))
    place = all(par.is_name_word(j) or par.tokens[j].text.isdigit() for j in range(located + 1, comma))
    return head and start + 1 < comma and lowercase and place


_OF_PLACE = frozenset("di dari asal dekat in from near at".split())
"""Prepositions before the place a description ends with ("Penambang pasir di Sungai Progo, Sutrisno (52),")."""


def _possessive_name(par: ParsedParagraph, start: int, comma: int) -> bool:
    """Whether a sentence opens with a person's possessive and one word after it ("Gazi’s wife,")."""
    return comma == start + 2 and par.tokens[start].text.endswith(("'s", "’s")) and par.tokens[start].text[:1].isupper()


_POSSESSIVES = frozenset("his her their".split())


def _verb(par: ParsedParagraph, i: int) -> bool:
    lex = par.lexicon
    return par.tokens[i].kind == "quote" or par.word(i) in lex.verbs | lex.inverted | lex.according | lex.pronouns
