"""The role printed beside a person's name: a title before it, or an apposition on either side.

"Kepala Dinas SDA DKI Jakarta Rina Kusumawardani", "Port Authority spokesman
John Roe", "Ketua RT 02 RW 05 Kelurahan Kampung Melayu, Hasan Basri," and
"John Roe, an analyst at Capital Economics," all print a role, and the role is
proposed as printed: the whole title, and the whole apposition, article
included, since the editor can shorten a role more easily than retype it. A
phrase is a role only when it holds a word of office or occupation (`is_role_noun`);
a bare organisation before a name ("Amnesty International Man-kei Tam") is
the person's affiliation, not a role, and is left to the editor.
"""

from __future__ import annotations

from build_scripts.contribute.lexicons import (
    CLAUSE_WORDS,
    COURTESY,
    DETERMINERS,
    HONORIFICS,
    INDEFINITE,
    NOT_NAMES,
    RANK_SUFFIXES,
    TIME,
)
from build_scripts.contribute.mentions import is_role_noun
from build_scripts.contribute.paragraph import ParsedParagraph

_MAX_WORDS = 14
"""Words of the longest role read ("Ketua RT 02 RW 05 Kelurahan Kampung Melayu" is 8)."""
_LINKS = frozenset("of for at on in to and dari di pada untuk bidang".split())
"""Lowercase words a role may hold between its words: "Secretary of State", "analyst at Capital Economics"."""
_STOPS = frozenset("kepada by oleh with dengan bersama said says told kata ujar".split())


def _text(par: ParsedParagraph, first: int, last: int) -> str:
    return " ".join(par.text[par.tokens[first].start : par.tokens[last].end].split())


def _stops(par: ParsedParagraph, i: int) -> bool:
    """Whether token i cannot be part of a title before a name: a verb, a function word, punctuation, a quote."""
    token, word, lex = par.tokens[i], par.word(i), par.lexicon
    if token.kind != "word" or token.text.endswith(("'s", "’s")):
        return True
    if word in _LINKS and token.text.islower():
        return False
    verbs = lex.verbs | lex.inverted | lex.according | lex.pronouns | lex.skip
    return (
        word in verbs
        or word in _STOPS
        or word in CLAUSE_WORDS
        or word in DETERMINERS
        or word in TIME
        or (token.text.islower() and word in NOT_NAMES)
    )


def role_before(par: ParsedParagraph, first: int) -> str | None:
    """The title printed just before the name starting at token `first`, or the role set off before it by a comma;
    ranks and titles of address next to the name are left out ("Kapolres … Kombes Pol Ade Rahmat Idnal")."""
    end = first - 1
    while end >= 0 and _address(par, end):
        end -= 1
    if end >= 0 and par.tokens[end].text == ",":
        return _apposition_before(par, end)
    start = end + 1
    while start - 1 >= 0 and first - start < _MAX_WORDS:
        if start >= 3 and par.tokens[start - 1].text == ")" and par.tokens[start - 3].text == "(":
            start -= 3  # "Menteri Perhubungan (Menhub)"
        elif par.joined(start) and not _stops(par, start - 1):
            start -= 1
        else:
            break
    return _role(par, start, end)


def rank_before(par: ParsedParagraph, first: int) -> str | None:
    """The rank printed with the name ("Gov. Kathy Hochul", "Laksamana Muda Daniel Hagari"), when no other role is."""
    start = first
    while start - 1 >= 0 and _address(par, start - 1) and par.joined(start):
        start -= 1
    ranks = [i for i in range(start, first) if par.word(i).rstrip(".") not in COURTESY]
    return _text(par, ranks[0], first - 1) if ranks else None


def _address(par: ParsedParagraph, i: int) -> bool:
    """A title of address or rank ("Dr.", "Letkol Inf"): printed with the name, no role of its own."""
    return par.tokens[i].kind == "word" and (par.word(i).rstrip(".") in HONORIFICS or par.word(i) in RANK_SUFFIXES)


def _apposition_before(par: ParsedParagraph, comma: int) -> str | None:
    """ "Kepala Dinas SDA DKI Jakarta, Rina Kusumawardani": a role opening the phrase before the comma."""
    start = comma
    while start - 1 >= 0 and comma - start < _MAX_WORDS and not _stops(par, start - 1):
        start -= 1
    if start == comma or par.word(start) in _LINKS:
        return None
    return _role(par, start, comma - 1)


def _role(par: ParsedParagraph, start: int, end: int) -> str | None:
    """The words start..end as a role: lowercase words before a capitalised one dropped ("bertemu Menteri …"),
    kept before a lowercase one ("health minister"); None unless a word of office or occupation is left."""
    while start < end and (par.tokens[start].text.islower() or par.word(start) in _LINKS):
        if par.tokens[start + 1].text.islower() and par.word(start) not in _LINKS:
            break
        start += 1
    if start > end or not any(is_role_noun(par.tokens[i].text) for i in range(start, end + 1)):
        return None
    return _text(par, start, end)


def role_after(par: ParsedParagraph, last: int) -> str | None:
    """The apposition after the name ending at token `last`: "…, an analyst at Capital Economics," (an age skipped)."""
    start = last + 2
    if par.tokens[last].text.endswith(("'s", "’s")) or par.word(last + 1) != ",":
        return None
    if start < len(par.tokens) and par.tokens[start].text.isdigit() and par.word(start + 1) == ",":
        start += 2
    if start >= len(par.tokens) or par.tokens[start].kind != "word":
        return None
    opens = par.word(start) in ("a", "an", "the") or par.word(start) in INDEFINITE
    if not opens and not _heads_role(par, start):
        return None
    end = start
    while end + 1 < len(par.tokens) and end + 1 - start < _MAX_WORDS and _continues(par, end + 1):
        end += 1
    while par.word(end) in _LINKS:
        end -= 1
    return _text(par, start, end)


def _heads_role(par: ParsedParagraph, i: int) -> bool:
    """Whether the words from token i name a role: a word of office or occupation among the first three."""
    for j in range(i, min(i + 3, len(par.tokens))):
        if par.tokens[j].kind != "word":
            return False
        if is_role_noun(par.tokens[j].text):
            return True
    return False


def _continues(par: ParsedParagraph, i: int) -> bool:
    """Whether an apposition goes on at token i: a word, neither a reporting verb nor a relative ("who", "yang")."""
    token, word, lex = par.tokens[i], par.word(i), par.lexicon
    if token.kind != "word":
        return False
    verbs = lex.verbs | lex.inverted | lex.according | lex.relatives
    return token.text[0].isupper() or word not in verbs
