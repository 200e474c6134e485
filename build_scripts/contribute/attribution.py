"""Which reporting verb, if any, attributes each quote of a paragraph, and so who said it.

A cue next to the quote wins; else the quote continues one before it, or the
sentence introducing it names its speaker; else it is left without a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from build_scripts.contribute.lexicons import CLAUSE_WORDS, HONORIFICS, NAMING, ORGANISATION_NOUNS
from build_scripts.contribute.mentions import Name, Pronoun, SentenceSubject, Title, is_person, is_role, person_words
from build_scripts.contribute.name_resolution import Reader, name_of, read_along
from build_scripts.contribute.paragraph import ParsedParagraph
from build_scripts.contribute.reporting_verbs import Event, reporting_events
from build_scripts.contribute.sentence_subjects import opening_subject
from build_scripts.contribute.unnamed_sources import unnamed_beside
from build_scripts.read.people_index import fold

_MAX_CUE_DISTANCE = 14
"""Tokens from a quote to the verb attributing it ("…,” 1st Fleet Command's Navy Information Agency head Arba Agung told"),
unless the name comes first."""


@dataclass(frozen=True)
class Before:
    """What the paragraph before leaves to the next one."""

    open_quote: str | None
    """The speaker of a quote it left open (it continues in the next paragraph)."""
    speaker: str | None
    """The last speaker it named: a paragraph holding only a quote continues them."""


def attribute(par: ParsedParagraph, reader: Reader, before: Before) -> tuple[list[tuple[int, str | None, str | None]], Before]:
    """Speakers of one paragraph's quotes, and what this paragraph leaves to the next."""
    events = reporting_events(par)
    names = read_along(par, reader, events)
    results: list[tuple[int, str | None, str | None]] = []
    speakers: dict[int, str | None] = {}
    for token_index, token in enumerate(par.tokens):
        if token.kind != "quote":
            continue
        span = par.spans[token.quote]
        text = par.text[span.start : span.end]
        if not re.search(r"[^\W\d_]", text) or _mentions_a_word(par, token_index):
            continue
        linked = _linked_event(par, events, names, token_index)
        if span.open is not None and _is_title_of_work(text) and not _spoken(par, events, linked, text):
            continue
        cue: str | None
        if body := _body_cue(par, token_index):
            speaker, cue = body[1], body[0] if body[1] else f"{body[0]} names a body, not a person"
        elif (unnamed := _unnamed_cue(par, events, token_index)) is not None:
            speaker, cue = None, unnamed
        elif linked is not None:
            speaker, cue = names[linked], _cue_text(par, events[linked], names[linked])
        else:
            speaker, cue = _unlinked(par, reader, token_index, speakers, events, names, before)
        speakers[token_index] = speaker
        results.append((token.quote, speaker, cue))
    left_open = bool(par.spans) and par.spans[-1].close is None
    named = [speaker for _, speaker, _ in results if speaker] or [name for name in names if name]
    return results, Before(results[-1][1] if results and left_open else None, named[-1] if named else None)


def _is_title_of_work(text: str) -> bool:
    """ "Learning Together", "Best Hero": a short capitalised phrase, a name not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*|\d+", text.strip(" .,"))
    if not words or len(words) > 6 or re.search(r"[.!?;:]\s", text):
        return False
    minor = ("a", "an", "the", "of", "and", "for", "in", "on", "to")
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in minor for w in words)


def _spoken(par: ParsedParagraph, events: list[Event], linked: int | None, text: str) -> bool:
    """Whether a capitalised short quote is speech: a cue reports it and it keeps its punctuation (“Siap,” kata Austin)."""
    return linked is not None and par.word(events[linked].verb) not in NAMING and text.rstrip()[-1:] in ",.!?"


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _cue_text(par: ParsedParagraph, event: Event, name: str | None) -> str:
    """The words the proposal rests on, as printed, and whom a pronoun or title stands for: "Dia menambahkan (= John Kirby)"."""
    subject = event.subject
    ends = [event.verb]
    if isinstance(subject, Name):
        ends += [subject.at, subject.at + len(subject.words) - 1]
    elif isinstance(subject, Title):
        ends += [subject.at, subject.last]
    elif isinstance(subject, Pronoun):
        ends.append(subject.at)
    first, last = min(ends), min(max(ends), len(par.tokens) - 1)
    text = " ".join(par.text[par.tokens[first].start : par.tokens[last].end].split())
    text = text if len(text) <= 80 else text[:77] + "..."
    return text if name is None or fold(name) in fold(text) else f"{text} (= {name})"


def _mentions_a_word(par: ParsedParagraph, quote: int) -> bool:
    """ "the word "pandemic"", "kata "pandemi"": a word in quotation marks, not speech."""
    return par.word(quote - 1) in par.lexicon.word_mention and par.run_starting(quote + 1, len(par.tokens)) is None


def _linked_event(par: ParsedParagraph, events: list[Event], names: list[str | None], quote: int) -> int | None:
    """The reporting event attributing a quote: right after it (“…,” kata Austin), else before it in its clause."""
    verbs = [event.verb for event in events]
    if not (quote + 1 < len(par.tokens) and par.starts[quote + 1]):
        ceiling = par.ceilings[quote]
        for index in range(bisect_right(verbs, quote), bisect_left(verbs, ceiling)):
            near = events[index].verb <= quote + _MAX_CUE_DISTANCE or _named_next_to(events[index], quote)
            if near and _follows(par, events[index], quote):
                return index if names[index] is not None else None
    floor = par.floors[quote]
    for index in range(bisect_left(verbs, quote) - 1, bisect_left(verbs, floor) - 1, -1):
        if names[index] is not None and not _aside(par, events[index].verb, quote):
            return index
    return None


def _unnamed_cue(par: ParsedParagraph, events: list[Event], quote: int) -> str | None:
    """The cue of a quote said by someone unnamed: the verb right after it with its description ("…," a transit
    authority manager said; "…," said one Swiss fuel trader), or the last verb before it in its sentence ("A
    broker said: "…""); the quote is then nobody's, not the person named before."""
    start, end = par.bounds[quote]
    gap = quote + 2 if par.word(quote + 1) == "," else quote + 1
    after = [e for e in events if quote < e.verb < end][:1]
    before = [e for e in events if start <= e.verb < quote][-1:]
    for event in after + before:
        span = unnamed_beside(par, event.verb)
        adjacent = event.verb < quote or event.verb in (quote + 1, gap) or (span is not None and span[0] in (quote + 1, gap))
        if span is not None and adjacent:
            first, last = min(span[0], event.verb), max(span[1], event.verb)
            return " ".join(par.text[par.tokens[first].start : par.tokens[last].end].split()) + ": someone unnamed"
    return None


def _named_next_to(event: Event, quote: int) -> bool:
    """Whether the verb's subject is a name right after the quote: however long the apposition between them ("…,”
    Hovhannes Grigoryan, an apricot grower from the village of Dalar near Artashat, told public radio"), the
    quote is the name's."""
    return isinstance(event.subject, Name) and event.subject.at == quote + 1 and event.kind == "before"


def _aside(par: ParsedParagraph, verb: int, quote: int) -> bool:
    """Whether a verb sits in an aside between dashes or brackets before the quote ("— which the BBC noted —")."""

    def any_in(marks: tuple[int, ...], low: int, high: int) -> bool:
        return bisect_left(marks, low) < bisect_left(marks, high)

    floor = par.floors[verb]
    dashes = any_in(par.dashes, floor, verb) and any_in(par.dashes, verb, quote)
    return dashes or (any_in(par.brackets[0], floor, verb) and any_in(par.brackets[1], verb, quote))


def _follows(par: ParsedParagraph, event: Event, quote: int) -> bool:
    """Whether an event after a quote attributes it: "…,” Austin said", "…,” said Austin", "…” yang …, kata Austin"."""
    subject = event.subject
    if subject is None or event.kind == "passive":
        return False
    if event.kind == "before" and not isinstance(subject, SentenceSubject):
        return subject.at > quote and par.word(subject.at - 1) not in CLAUSE_WORDS
    words = [t for t in par.tokens[quote + 1 : event.verb] if t.kind == "word"]
    return not words or par.tokens[event.verb - 1].text == ","


def _body_cue(par: ParsedParagraph, quote: int) -> tuple[str, str | None] | None:
    """The cue right after a quote when a body says it, and the body's name if printed: a lowercase noun for a kind
    of organisation ("kata lembaga itu", "said the agency") is no person, so the quote is nobody's rather than the
    last person named; a capitalised name right after "the" with no office in it ("the Treasure State Conference
    said") is the body's whole name, none of its words a title."""
    lex, j = par.lexicon, quote + 1
    verbs = lex.verbs | lex.inverted
    inverted = par.word(j) in verbs
    subject = j + 1 if inverted else j
    definite = par.word(subject) == "the" and par.tokens[subject].text.islower()
    noun = subject + 1 if definite else subject
    token = par.tokens[noun] if noun < len(par.tokens) else None
    if token is None or token.kind != "word":
        return None
    end = noun
    name = None
    if token.text.islower():
        if par.word(noun) not in ORGANISATION_NOUNS:
            return None
    elif not (definite and (run := par.run_starting(noun, len(par.tokens))) and _body_name(par.name(*run).words)):
        return None
    else:
        end, name = run[1], " ".join(par.name(*run).words)
    if inverted and par.word(end + 1) in _DEMONSTRATIVES:
        end += 1
    if not inverted and par.word(end + 1) not in verbs:
        return None
    last = end if inverted else end + 1
    return " ".join(par.text[par.tokens[j].start : par.tokens[last].end].split()), name


def _body_name(words: tuple[str, ...]) -> bool:
    """A name right after "the" with no person's name after a title in it, ending in no office, holding no title of
    address or possessive: "the Red Cross", "the Treasure State Conference", not "the Kenyan President William
    Ruto", "the Prime Minister", "the Rev. Ana Cruz" or "the AP's Jane Doe"."""
    titled = any(w.rstrip(".").casefold() in HONORIFICS or w.endswith(("'s", "’s")) for w in words)
    person = person_words(words)
    return not titled and not is_role(words[-1]) and (len(person) == len(words) or len(person) < 2)


_DEMONSTRATIVES = frozenset("itu tersebut ini".split())


def _unlinked(
    par: ParsedParagraph,
    reader: Reader,
    quote: int,
    speakers: dict[int, str | None],
    events: list[Event],
    names: list[str | None],
    before: Before,
) -> tuple[str | None, str | None]:
    """A quote with no cue of its own: introduced by a sentence's subject, continuing a quote, or nobody's.

    A fragment of a few words inside a sentence ("a “sharp tool”") only continues a quote of its own
    sentence: elsewhere it is more often a scare quote than speech.
    """
    start = par.bounds[quote][0]
    if quote > start and par.tokens[quote - 1].text in (":", ","):
        opener = opening_subject(par, start, quote)
        if isinstance(opener, Name) and is_person(person_words(opener.words)) and (name := name_of(reader, opener)):
            return name, f"introduced by its sentence's subject, {' '.join(opener.words)}"
    own = [i for i, e in enumerate(events) if start <= e.verb < quote and e.kind == "before"]
    if any(names[i] is None and not isinstance(events[i].subject, Pronoun) and _reports(par, events[i].verb) for i in own):
        return None, None  # "Kementerian … dalam pernyataannya menyebut festival itu "…"": its own cue, no person's.
    span = par.spans[par.tokens[quote].quote]
    fragment = _word_count(par.text[span.start : span.end]) <= 3 and span.open is not None and not par.starts[quote]
    for earlier, speaker in reversed(speakers.items()):
        if fragment and earlier < start:
            break
        if speaker is not None:
            return speaker, "continues the quote before"
    if not fragment:
        previous_start = par.bounds[start - 1][0] if start > 0 else 0
        verbs = [event.verb for event in events]
        for index in reversed(range(bisect_left(verbs, previous_start), bisect_left(verbs, start))):
            if events[index].kind != "according" and names[index] is not None:
                return names[index], f"the sentence before: {_cue_text(par, events[index], names[index])}"
    if (named := _named_next(par, quote, events, names)) is not None:
        return named
    if quote == 0 and before.open_quote is not None:
        return before.open_quote, "continues the open quote of the paragraph before"
    if quote == 0 and before.speaker is not None and all(t.kind == "punct" for t in par.tokens[1:]):
        return before.speaker, "a paragraph of quote alone, after one naming this speaker"
    return None, None


def _reports(par: ParsedParagraph, verb: int) -> bool:
    """Whether a verb with no subject found opens what its sentence reports, after a body or a phrase about the
    statement ("Kementerian Kebudayaan Guatemala dalam pernyataannya menyebut"): a capitalised run before it."""
    return any(par.tokens[j].text[:1].isupper() and not par.starts[j] for j in range(par.floors[verb], verb))


def _named_next(par: ParsedParagraph, quote: int, events: list[Event], names: list[str | None]) -> tuple[str, str] | None:
    """The speaker of a quote that is a sentence of its own, named as the next sentence opens with a reporting
    verb ("“We need beds.” Nasser told reporters the hospital was full."), or after "Demikian"/"Hal itu" ("…
    Demikian dikatakan Kepala Dinas …"). A pronoun or a description opening it names nobody new."""
    start, end = par.bounds[quote]
    if start != quote or any(par.tokens[j].kind == "word" for j in range(quote + 1, end)) or end >= len(par.tokens):
        return None
    said = end
    while said < end + 3 and par.word(said) in _SO_SAID:
        said += 1  # "“…” Demikian dikatakan Kepala Dinas …, Hendra Gunawan.", "Hal itu disampaikan …"
    for event, name in zip(events, names, strict=True):
        subject = event.subject
        if par.bounds[event.verb][0] != end or not isinstance(subject, Name) or name is None:
            continue
        if subject.at == end or (said > end and event.verb == said and event.kind == "after"):
            return name, f"the sentence after: {_cue_text(par, event, name)}"
    return None


_SO_SAID = frozenset("demikian begitu hal itu tersebut ini".split())
"""Words opening a sentence that attributes the quote before it: "Demikian dikatakan …", "Hal itu disampaikan …"."""
