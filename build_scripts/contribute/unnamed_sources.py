"""Someone a reporting verb describes without naming ("a transit authority manager said", "said one Swiss fuel
trader", "kata seorang pedagang", "analysts at Nordvik Securities wrote"): a source of their own, so what they say is
nobody's the editor could name, and no pronoun or title after them reaches back to the person named before.
"""

from __future__ import annotations

from build_scripts.contribute.lexicons import INDEFINITE
from build_scripts.contribute.mentions import is_role_noun
from build_scripts.contribute.paragraph import ParsedParagraph
from build_scripts.contribute.reporting_verbs import person_noun

_DESCRIBED_WORDS = 5
"""Words of the longest description read beside the verb ("a spokesman for the ministry")."""
_AFFILIATION = frozenset("at of from with di dari".split())


def unnamed_beside(par: ParsedParagraph, verb: int) -> tuple[int, int] | None:
    """The first and last token of an unnamed person described right beside the verb, after it ("said one Swiss
    fuel trader") or before it in its clause ("a transit authority manager said", "analysts at Nordvik Securities
    wrote": the firm is where they work, not who speaks)."""
    after = verb + 1
    if par.word(after) in INDEFINITE and par.tokens[after].text.islower():
        end = after
        if par.word(end) == "salah":
            end += 1  # "kata salah seorang warga"
        for j in range(end + 1, min(end + 1 + _DESCRIBED_WORDS, par.ceilings[verb])):
            if par.tokens[j].kind != "word":
                break
            if _someone(par, j):
                named = any(par.is_name_word(k) for k in range(j + 1, par.bounds[verb][1]))
                return None if named else (after, j)  # "said a farmer from the valley, Mary Clark": named.
        return None
    floor = par.floors[verb]
    head = verb - 1
    run = par.run_ending(head, floor)
    if run is not None and par.word(run[0] - 1) in _AFFILIATION:
        head = run[0] - 2
    first = head
    while first >= floor and head - first < _DESCRIBED_WORDS and _lowercase_word(par, first):
        if par.word(first) in INDEFINITE:
            return (first, verb - 1) if any(_someone(par, j) for j in range(first + 1, head + 1)) else None
        first -= 1
    if first >= floor and par.word(first) in INDEFINITE and par.starts[first] and first < head:
        return (first, verb - 1) if any(_someone(par, j) for j in range(first + 1, head + 1)) else None
    plural = first < head and _people(par, head) and (first < floor or par.tokens[first].kind != "word")
    return (first + 1, verb - 1) if plural else None


def _lowercase_word(par: ParsedParagraph, i: int) -> bool:
    return par.tokens[i].kind == "word" and par.tokens[i].text.islower()


def _someone(par: ParsedParagraph, i: int) -> bool:
    """A word for a person: an office, an occupation or a description ("manager", "trader", "warga")."""
    return person_noun(par, i) or is_role_noun(par.tokens[i].text)


def _people(par: ParsedParagraph, i: int) -> bool:
    """A plural of a word for a person ("analysts", "officials", "traders")."""
    word = par.word(i)
    lex = par.lexicon
    singular = word[:-1] if word.endswith("s") else ""
    return bool(singular) and (singular in lex.person_nouns or singular in lex.described or is_role_noun(singular))
