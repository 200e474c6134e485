"""Find the direct quotes in an article and propose who said each one.

The result is a proposal for an editor, written `confirmed: false`, so the
finder would rather leave a speaker blank than guess: a quote gets a speaker
only from a reporting cue next to it (“…,” kata Austin; Austin said: "…";
according to Austin), by continuing a quote that has one (“A,” he said. “B.”),
or, with nothing else to go on, from the subject of a sentence that introduces
it with a colon or comma. Pronouns and titles ("he", "pejabat tersebut") stand
for the last speaker named; a surname alone stands for the full name printed
earlier. It is plain string work, one paragraph at a time in reading order, so
the same text always gives the same proposals, and nothing in it knows any
particular article.

Left alone on purpose: single quotation marks (apostrophes make them
ambiguous; wire copy nests them inside double quotes), quotes whose marks were
lost (there is nothing to find), and words or titles in quotation marks (the
word "pandemic", a show called "A Tribute For a King"), which are not speech.
A short fragment with no cue ("a sharp tool") is still listed, without a
speaker: the editor decides whether anyone said it.

The steps, one module each: `quote_spans` finds the quotes, `paragraph` reads
the text around them into tokens and name runs, `mentions` tells a person's
name from the titles and organisations around it, `reporting_verbs` finds the
verbs and their subjects, `name_resolution` turns a pronoun or surname into the
name it stands for, `attribution` links each quote to its verb; the words they
go by are in `lexicons`. `proposals` matches the speakers against people.yml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from build_scripts.contribute.attribution import Before, attribute
from build_scripts.contribute.lexicons import DETERMINERS, EN, LEXICONS, QUANTIFIERS
from build_scripts.contribute.name_resolution import Reader
from build_scripts.contribute.paragraph import read_paragraph
from build_scripts.contribute.places import is_place, place_words, printed_places, run_endings


@dataclass(frozen=True)
class FoundQuote:
    """A quote in one body paragraph and the speaker proposed for it."""

    paragraph: int
    """0-based index of the body paragraph."""
    start: int
    """Offset of the quote's first character in the paragraph (the mark excluded)."""
    end: int
    """Offset just after its last character (the closing mark excluded)."""
    text: str
    speaker: str | None
    """The speaker's name, as fully as the article prints it; None when no cue says."""
    cue: str | None
    """Why this speaker: the reporting words found ("kata Austin"), for the editor to check."""
    role: str | None = None
    """The speaker's role as the article prints it beside their name, wherever it does."""


def find_quotes(paragraphs: Sequence[str], language: str) -> list[FoundQuote]:
    """Every direct quote of the body paragraphs, in order, each with its proposed speaker. A quote left open at
    its paragraph's end goes on in the next one (news style closes only its last paragraph): when nothing names
    its speaker where it starts, the speaker of the next paragraph's opening quote is its speaker."""
    lexicon = LEXICONS.get(language, EN)
    common, proper = capitalisation(paragraphs)
    nouns = lowercase_nouns(paragraphs)
    reader = Reader(known=[], endings=run_endings(paragraphs), nouns=nouns, places=place_words(paragraphs))
    found: list[FoundQuote] = []
    before = Before(None, None)
    running_on: int | None = None
    for number, text in enumerate(paragraphs):
        par = read_paragraph(text, lexicon, common, proper, nouns)
        quotes, before = attribute(par, reader, before)
        for q, speaker, cue in quotes:
            span = par.spans[q]
            if running_on is not None and q == 0 and span.open == 0 and speaker is not None:
                found[running_on] = replace(found[running_on], speaker=speaker, cue=cue)
            found.append(FoundQuote(number, span.start, span.end, text[span.start : span.end], speaker, cue))
        last = par.spans[quotes[-1][0]] if quotes else None
        running_on = len(found) - 1 if last is not None and last.close is None and quotes[-1][1] is None else None
    places = printed_places(paragraphs)
    found = [_not_a_place(replace(quote, speaker=reader.final(quote.speaker)), places) for quote in found]
    return [replace(quote, role=reader.role_of(quote.speaker)) for quote in found]


def _not_a_place(quote: FoundQuote, places: frozenset[str]) -> FoundQuote:
    """The quote, with nobody for its speaker when the name is a place's ("Spanyol" after "Badan meteorologi
    nasional"); its cue then says so, for the editor who looks for the speaker."""
    if quote.speaker is None or not is_place(quote.speaker, places):
        return quote
    return replace(quote, speaker=None, cue=f"{quote.cue} names a place, not a person")


def capitalisation(paragraphs: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Words the article prints in lowercase, and words it capitalises inside sentences.

    A sentence's first word is capitalised whatever it is; these tell a name there
    ("Kirby mengindikasikan", printed "kata Kirby" elsewhere) from a common word ("Warga menyebut").
    """
    common = {w for text in paragraphs for w in re.findall(r"(?<![.!?]\s)\b[a-z][\w'’-]*", text)}
    proper = {w for text in paragraphs for w in re.findall(r"(?<=[\w,;] )[^\W\d_][\w'’-]*", text) if w[0].isupper()}
    return frozenset(common), frozenset(proper)


def lowercase_nouns(paragraphs: Sequence[str]) -> frozenset[str]:
    """Words the article prints in lowercase as nouns: after an article or a word counting them ("a commuter",
    "para pemulung"), or in the plural ("commuters", "pemulung-pemulung").

    Opening a run of capitalised words, such a word is a title or description
    ("Commuter Rui Batista"), not a given name; an adjective or verb printed in
    lowercase ("indah", "marks") is no evidence, as many given names are one.
    """
    nouns: set[str] = set()
    for text in paragraphs:
        nouns.update(m.casefold() for m in _AFTER_DETERMINER.findall(text))
        for word in re.findall(r"\b[a-z][\w'’-]*", text):
            if doubled := re.fullmatch(r"(\w+)-\1", word):
                nouns.add(doubled[1])
            elif plural := re.fullmatch(r"(\w{5,}?)(?:e?s)", word):
                nouns.update({plural[1], word[:-1]})
    return frozenset(nouns | agent_nouns(paragraphs))


def agent_nouns(paragraphs: Sequence[str]) -> frozenset[str]:
    """Capitalised words made of a word the article prints in lowercase and an ending of one who does it
    ("Councilor" beside "council", "Potter" beside "pottery"), never printed alone as a name ("Potter said").

    Opening a run of capitalised words, such a word is the person's occupation
    or office; a given name of that shape ("Peter", "Victor") has no such word
    beside it in the article.
    """
    text = "\n".join(paragraphs)
    lowercase = set(re.findall(r"\b[a-z]+\b", text))
    agents: set[str] = set()
    for word in set(re.findall(r"\b[A-Z][a-z]{4,}\b", text)):
        stem = next((word[: -len(e)].casefold() for e in _AGENT_ENDINGS if word.endswith(e)), None)
        if stem is None or len(stem) < 4 or not any(stem + tail in lowercase for tail in _BASE_TAILS):
            continue
        if not re.search(rf"\b{word}\b(?!\s+[A-Z])", text):
            agents.add(word.casefold())
    return frozenset(agents)


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "man")
_BASE_TAILS = ("", "e", "y", "ery", "ry", "s")


_AFTER_DETERMINER = re.compile(rf"\b(?:{'|'.join(sorted(DETERMINERS | QUANTIFIERS))})\s+([a-z][\w'’-]*)", re.IGNORECASE)
