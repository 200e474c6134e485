"""Words beside a name that say whose it is: a title of address printed in lowercase before it ("dr. Rina
Marlina"), a nickname a description gives ("yang akrab disapa Bu Iyah"), a companion's name after the one who
speaks ("Dedie yang didampingi … Denny Mulyadi menambahkan"), and whether a run is a person's name at all.
"""

from __future__ import annotations

from build_scripts.contribute.lexicons import COURTESY
from build_scripts.contribute.mentions import Name, is_person, is_role_noun, is_role_only, person_words
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
