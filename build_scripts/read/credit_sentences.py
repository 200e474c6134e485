"""Credits printed as prose, the way AP writes them in English and in Indonesian translation.

"Baldor reported from Washington. AP writers Kim Tong-hyung in Seoul, South Korea, and Zeke Miller at the
White House contributed." A sentence is read wholly or not at all: a wrong name or place is worse than
none, and the caller reports what was not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_scripts.model import Credit
from build_scripts.read.credit_places import completed, is_region


@dataclass(frozen=True)
class Language:
    """The words that build a credit list in one language."""

    at: tuple[str, ...]
    """Join a name to its place ("in", "at the White House", "di", "dari")."""
    conj: str
    """Joins the last items of a list ("and", "dan")."""
    lead: str
    """Optional title before the names ("AP writers"), as a regex."""


_JOBS_EN = (
    r"(?:[Ww]riters?|[Rr]eporters?|[Jj]ournalists?|[Cc]orrespondents?|[Pp]hotographers?|[Vv]ideographers?|[Pp]roducers?"
    r"|[Ee]ditors?|[Cc]olumnists?|[Ss]tringers?)"
)
_JOBS_ID = (
    r"(?:[Pp]enulis|[Ww]artawan|[Ww]artawati|[Jj]urnalis|[Rr]eporter|[Kk]oresponden|[Ff]otografer|[Ff]otojurnalis"
    r"|[Vv]ideografer|[Pp]roduser|[Ee]ditor|[Pp]enyunting|[Kk]ontributor)"
)
_MODIFIER = r"[^\W\d_][\w’'-]*"
"""A word between the agency and the job, in any case: "AP sports writer", "AP Global Health Writer", "AP White
House correspondent", "Penulis medis AP"."""
EN = Language(
    at=("in", "at", "aboard"),
    conj="and",
    lead=rf"(?:(?:[Tt]he )?(?:Associated Press|AP)(?:(?:['’]s?)?(?: {_MODIFIER}){{0,3}}? {_JOBS_EN}|['’]s?)"
    rf"|[A-Z][a-z]+(?: [a-z]+){{0,2}} {_JOBS_EN})",
)
ID = Language(
    at=("di", "dari"),
    conj="dan",
    lead=rf"(?:[Pp]ara )?{_JOBS_ID}(?: {_MODIFIER}){{0,3}}? (?:kantor berita )?(?:The )?(?:Associated Press|AP)",
)

# (language, role, a word the form always has, what follows the names); a `place` group holds the city of a
# "reported" sentence, whose names then must not carry places of their own.
_THIS_EN = r"(?: to this (?:report|story|article))?"
_THIS_ID = (
    r"(?:(?: (?:pada|dalam|untuk|terhadap))? (?:penulisan |pembuatan |peliputan )?"
    r"(?:laporan|berita|artikel|liputan|peliputan|tulisan|cerita) ini)"
)
_ALSO_ID = r"(?:juga )?(?:turut |ikut )?"
_VERBS: tuple[tuple[Language, str, str, str], ...] = (
    (
        EN,
        "reported",
        "reported",
        r"(?:also )?reported(?: this (?:story|report))? (?:from (?:aboard )?|in |at |aboard )(?P<place>.+)",
    ),
    (EN, "wrote", "wrote", r"wrote this (?:story|report|article)"),
    (EN, "contributed", "contributed", rf"(?:also )?contributed(?: reporting)?{_THIS_EN} from (?P<place>.+)"),
    (EN, "contributed", "contributed", rf"(?:also )?contributed(?: reporting)?{_THIS_EN}"),
    (ID, "reported", "melapor", r"(?:juga )?melapor(?:kan)? (?:dari|di) (?P<place>.+)"),
    (ID, "reported", "meliput", r"(?:juga )?meliput (?:dari|di) (?P<place>.+)"),
    (ID, "wrote", "menulis", r"menulis (?:laporan|berita|artikel) ini"),
    (
        ID,
        "contributed",
        "kontribusi",
        rf"{_ALSO_ID}(?:berkontribusi|memberikan kontribusi){_THIS_ID}? dari (?P<place>.+)",
    ),
    (ID, "contributed", "kontribusi", rf"{_ALSO_ID}(?:berkontribusi|memberikan kontribusi){_THIS_ID}?"),
    (ID, "contributed", "membantu", rf"{_ALSO_ID}membantu(?: dalam)?{_THIS_ID}"),
    (
        ID,
        "contributed",
        "menyumbang",
        rf"{_ALSO_ID}menyumbang(?:kan)? (?:laporan|liputan|bahan)(?: untuk)?(?: berita| artikel| laporan)?(?: ini)?",
    ),
)
_INVERTED: tuple[tuple[Language, str, str, str], ...] = (
    (EN, "contributed", "ontributing", rf"(?:Contributing{_THIS_EN}|Also contributing) (?:was|were)"),
    (ID, "contributed", "kontribusi", rf"(?:Turut|Ikut) berkontribusi{_THIS_ID}?(?: adalah)?"),
)
_SENTENCES = tuple(
    (language, role, word, re.compile(rf"(?:{language.lead} )?(?P<names>.+?),? {verb}\."))
    for language, role, word, verb in _VERBS
) + tuple(
    (language, role, word, re.compile(rf"{verb}:? (?:{language.lead} )?(?P<names>.+?)\."))
    for language, role, word, verb in _INVERTED
)
"""A sentence without a form's word is not matched against it: the lazy names would be tried at every length first.
The comma before the verb ends a place with its country: "… in Nairobi, Kenya, contributed"."""

_LOOSE = re.compile(
    r"(?P<names>[^\W\d_][^.?!]{0,300}?) (?:reported (?:from|in|at)|melapor(?:kan)? (?:dari|di)|meliput (?:dari|di)) "
    r"(?:the )?(?P<place>[^\W\d_][\w .,'’-]{0,80})\.?"
    r"|(?P<names2>[^\W\d_][^.?!]{0,300}?) (?:contributed|wrote|(?:turut |ikut )?(?:berkontribusi|membantu|menyumbang)"
    r"|menulis)(?: (?:also|reporting|to|for|in|this|the|report|story|article|coverage|dalam|pada|untuk|bahan|penulisan"
    r"|pembuatan|peliputan|laporan|berita|artikel|liputan|tulisan|cerita|ini)){0,5}"
    r"(?: (?:from|dari) [^\W\d_][\w .,'’-]{0,80})?\.?"
)
"""A sentence shaped like a credit whatever its words: reported, not silently kept as the story, when not read."""
_LEADS = re.compile(f"{EN.lead}|{ID.lead}")
_LEAD_INSIDE = {
    language.conj: re.compile(rf"(, (?:{language.conj} )?| {language.conj} ){language.lead} ") for language in (EN, ID)
}
"""A title again before a later name: "AP writer A at the White House and Associated Press writer B in Kyiv"."""
_SEMICOLON = re.compile(r"; ")
"""AP separates a list's items by semicolons when places hold commas: "A in Mexico City; B in Caracas, Venezuela;
and C in Miami"."""
_PLACED = re.compile(r"\b(?:in|at|aboard|di) (?:the )?[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)*")
"""A place after a name, taken away to see whether anyone is named."""
_NOT_NAMES = frozenset("A An The AP Associated Press Staff Seorang Para Tim Penulis Wartawan Reporter".split())
_LOOSE_WORDS = frozenset(
    "and dan in di at the of writers writer reporters reporter journalists journalist correspondents correspondent "
    "photographers photographer video penulis wartawan jurnalis koresponden".split()
)

_WORD = re.compile(r"(?:[a-z]{1,3}['’-])?(?P<initial>[^\W\d_])(?:[^\W\d_]|['’.-])*")
"""A capitalised word: "Tong-hyung", "O'Brien", "D.C.", "al-Sharif"."""
PARTICLES = frozenset("al bin binti da das de del dela della der do dos du el la le of van von y".split())
"""Lowercase words allowed inside names and places ("Rio de Janeiro")."""
MAX_NAME_WORDS = 6
_MAX_CONTINUATION_WORDS = 3
"""A place's second part ("Ukraine", "United Arab Emirates") is short."""


def parse_sentence(sentence: str) -> tuple[Credit, ...] | None:
    """Credits of one sentence (white space already collapsed), or None unless it is wholly one credit form, or
    two joined: "A reported from X, and AP writer B contributed from Y.", "A contributed, as did B in Y."."""
    if (credits := _one_form(sentence)) is not None:
        return credits
    if (shared := _AS_DID.fullmatch(sentence)) and (first := _one_form(f"{shared['first']}.")):
        others = _one_form(f"{shared['others']} {shared['verb']}.")
        return first + others if others else None
    for joint in _CLAUSES.finditer(sentence):
        first = _one_form(f"{sentence[: joint.start()]}.")
        second = _one_form(sentence[joint.end() :]) if first else None
        if first and second:
            return first + second
    return None


_AS_DID = re.compile(
    r"(?P<first>.+ (?P<verb>contributed[^,]*|(?:turut |ikut )?berkontribusi[^,]*)), (?:as did|begitu pula) (?P<others>.+)\."
)
_CLAUSES = re.compile(r"(?:,? (?:and|while|dan|sementara)|;) (?=[^\W\d_])")
"""Where a sentence of two credit forms is joined."""


def _one_form(sentence: str) -> tuple[Credit, ...] | None:
    for language, role, word, pattern in _SENTENCES:
        if word not in sentence:
            continue
        match = pattern.fullmatch(sentence)
        if match is None:
            continue
        names = match["names"].replace(" serta ", " dan ") if language is ID else match["names"]
        listed = _SEMICOLON.sub(", ", _LEAD_INSIDE[language.conj].sub(r"\1", names))
        if "place" in pattern.groupindex:
            credits = _placed(listed, match["place"], role, language, led=_LEADS.match(sentence) is not None)
            if credits is not None:
                return credits
            continue
        people = parse_list(listed, language)
        if people is not None:
            return tuple(Credit(name, role, city) for name, city in people)
    return None


_RESPECTIVELY = {EN.conj: re.compile(r"(?P<places>.+?),? respectively"), ID.conj: re.compile(r"(?P<places>.+)")}
_EACH = {EN.conj: "", ID.conj: " masing-masing"}
"""Names then their places in the same order: "A and B reported from X and Y, respectively", "A dan B masing-masing
melaporkan dari X dan Y"."""
_SOURCE = {EN.conj: re.compile(r" (?:reported )?from "), ID.conj: re.compile(r" (?:melapor(?:kan)? )?dari ")}
_FROM = {
    language.conj: re.compile(rf"(?:,? {language.conj} |, )(?=[^\W\d_][^,]{{0,80}}?{_SOURCE[language.conj].pattern})")
    for language in (EN, ID)
}
"""Each name with its own place: "A reported from London and B (reported) from Berlin", "A melaporkan dari X dan B
dari Y"."""


def _placed(names: str, place: str, role: str, language: Language, *, led: bool) -> tuple[Credit, ...] | None:
    """The credits of a sentence whose verb is followed by the place: one place for all, each name's own place,
    or the places of the names in turn ("respectively"). After a journalist's title ("AP writer A reported from a
    camp near the border") the sentence is surely a credit, so any description is its place."""
    each = _EACH[language.conj]
    if names.endswith(each) if each else place.endswith("respectively"):
        people = parse_list(names.removesuffix(each), language)
        respectively = _RESPECTIVELY[language.conj].fullmatch(place)
        places = _place_list(respectively["places"], language) if respectively else None
        if people is None or places is None or len(places) != len(people) or any(city for _, city in people):
            return None
        return tuple(Credit(name, role, city) for (name, _), city in zip(people, places, strict=True))
    first, *others = _FROM[language.conj].split(place)
    people = parse_list(names, language)
    shared = (
        _parse_place(first)
        or (first if len(_place_list(first, language) or ()) > 1 else None)
        or (first if led and not others and _is_description(first) else None)
    )
    if people is None or shared is None or any(city is not None for _, city in people):
        return None
    credits = [Credit(name, role, shared) for name, _ in people]
    for other in others:
        name, *printed = _SOURCE[language.conj].split(other, maxsplit=1)
        own = _parse_place(printed[0]) if printed else None
        name = re.sub(rf"^{language.lead} ", "", name)
        if own is None or not is_proper(name, MAX_NAME_WORDS):
            return None
        credits.append(Credit(name, role, own))
    return tuple(credits)


def _place_list(text: str, language: Language) -> list[str] | None:
    """ "Dubai, United Arab Emirates, and Cairo" → the places in order, each country kept with its city."""
    places: list[str] = []
    pieces = re.split(rf"(, (?:{language.conj} )?| {language.conj} )", text)
    for separator, item in zip([""] + pieces[1::2], pieces[::2], strict=True):
        if separator == ", " and places and is_region(item):
            places[-1] = f"{places[-1]}, {completed(item)}"
        elif _is_place(item):
            places.append(item)
        else:
            return None
    return places


def credit_shape(sentence: str) -> str | None:
    """How a sentence not read as credits still looks like one: "unread" when it names someone, "anonymous"
    when it names nobody ("A reporter in Bandung contributed."), None when it is not shaped like a credit."""
    match = _LOOSE.fullmatch(sentence)
    if match is None:
        return None
    if match["place"] is not None and not match["place"][0].isupper():
        return None
    names = match["names"] or match["names2"]
    words = names.replace(",", " ").split()
    if not _LEADS.match(names) and (
        len(words) > 40 or not all(w[0].isupper() or w.casefold() in _LOOSE_WORDS or w in PARTICLES for w in words)
    ):
        return None
    unplaced = _PLACED.sub("", _LEADS.sub("", names))
    return "unread" if any(w[0].isupper() and w not in _NOT_NAMES for w in unplaced.replace(",", " ").split()) else "anonymous"


def parse_list(text: str, language: Language) -> list[tuple[str, str | None]] | None:
    """Names, each with its place if printed, from "A in X, B and C in Y, and D".

    A place applies to the names before it that have none yet ("A, B and C in
    London": all three in London). A comma item without a place ("Ukraine")
    right after an item that ended with a place extends that place instead of
    being a name when it is short, capitalised, is not introduced by "and",
    and is followed by an item holding a place or by nothing: so in "A in
    Seoul, South Korea, B and C in Kyiv, Ukraine, and D in Helsinki" both
    countries are places. This follows AP style, which puts a comma after the
    country; "A in Seoul, South Korea and B in Kyiv" reads as names.
    """
    conj = f" {language.conj} "
    items: list[tuple[bool, list[str]]] = []
    for number, item in enumerate(text.split(", ")):
        after_conj = item.startswith(conj[1:])
        if after_conj and number == 0:
            return None
        items.append((after_conj, item.removeprefix(conj[1:]).split(conj)))

    names: list[str] = []
    cities: list[str | None] = []
    waiting: list[int] = []
    last_group: list[int] = []
    place_open = False
    for number, (after_conj, tokens) in enumerate(items):
        following = items[number + 1][1] if number + 1 < len(items) else None
        if place_open and not after_conj and is_region(tokens[0]):
            for index in last_group:
                cities[index] = f"{cities[index]}, {tokens[0]}"
            place_open = False
            tokens = tokens[1:]
        elif (
            place_open
            and not after_conj
            and len(tokens) == 1
            and _split_place(tokens[0], language) is None
            and is_proper(tokens[0], _MAX_CONTINUATION_WORDS)
            and (following is None or any(_split_place(token, language) for token in following))
        ):
            for index in last_group:
                cities[index] = f"{cities[index]}, {tokens[0]}"
            place_open = False
            continue
        for token in tokens:
            name, place = _split_place(token, language) or (token, None)
            if not is_proper(name, MAX_NAME_WORDS) or name.split(" ", 1)[0] in _NOT_NAMES:
                return None
            waiting.append(len(names))
            names.append(name)
            cities.append(None)
            place_open = place is not None
            if place is not None:
                if not _is_place(place) and not (token.endswith((f" at {place}", f" di {place}")) and _is_description(place)):
                    return None
                for index in waiting:
                    cities[index] = place
                last_group, waiting = waiting, []
    return list(zip(names, cities, strict=True))


def _split_place(token: str, language: Language) -> tuple[str, str] | None:
    """ "Jari Tanner in Helsinki" → (name, place); the first "in"/"at"/"di" joins them."""
    found = [(token.find(f" {at} "), at) for at in language.at if f" {at} " in token]
    if not found:
        return None
    position, at = min(found)
    return token[:position], token[position + len(at) + 2 :]


def _parse_place(text: str) -> str | None:
    """The place of a "reported" sentence: "Washington", "Kyiv, Ukraine", "the White House"."""
    if re.search(r"\.\w+$", text):
        text += "."  # The full stop also ended an abbreviation: "Washington, D.C."
    place, _, continuation = text.partition(", ")
    if not _is_place(place):
        return None
    if continuation and not is_proper(continuation, _MAX_CONTINUATION_WORDS):
        return None
    return f"{place}, {completed(continuation)}" if continuation else place


def _is_place(text: str) -> bool:
    """A proper name, or one after "the", or a place inside another: "the White House", "the Capitol in
    Frankfort", "Gedung DPR di Jakarta". A building described in common words is a place when a named one
    holds it ("the state Capitol in Sacramento", "gedung parlemen negara bagian di Sacramento"), its last
    word is a name ("the state Capitol") or its first ("NATO headquarters")."""
    *outer, inner = _INSIDE.split(text)
    if not is_proper(inner.removeprefix("the "), MAX_NAME_WORDS) and not (
        not outer
        and _DESCRIBED.fullmatch(text)
        and text[-1:].isalpha()
        and ((text.startswith("the ") and text.rsplit(" ", 1)[-1][0].isupper()) or _is_named_building(text))
    ):
        return False
    return all(is_proper(part.removeprefix("the "), MAX_NAME_WORDS) or _DESCRIBED.fullmatch(part) for part in outer)


def _is_named_building(text: str) -> bool:
    """ "NATO headquarters", "Pentagon press room": a name, then common nouns that are no phrase of time or
    purpose ("Kyiv over the weekend", "Kyiv to cover the talks")."""
    first, *rest = text.split(" ")
    return is_proper(first, 1) and bool(rest) and not any(word in _NOT_BUILDING or not word.isalpha() for word in rest)


_NOT_BUILDING = frozenset(
    "a an the to of on for with over during from by this that these those last next since until after before while "
    "as and or but when where who which week weekend month year day night morning evening".split()
)
_DESCRIPTION = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’.-]*){0,9}")
_WHEN = frozenset(
    "over during on this last next since until after before while when week weekend month year day night morning "
    "evening Monday Tuesday Wednesday Thursday Friday Saturday Sunday selama pada sejak hari pekan minggu bulan tahun "
    "pagi siang sore malam".split()
)


def _is_description(text: str) -> bool:
    """Any place described in words, as a credit may print it after "at" ("at a makeshift camp near the border"),
    but no phrase of time ("Kyiv over the weekend"): a sentence saying when is not a credit's form."""
    return _DESCRIPTION.fullmatch(text) is not None and not _WHEN.intersection(text.split(" "))


_DESCRIBED = re.compile(r"(?:the )?[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,4}")
"""A place named in up to five words, common or proper."""


_INSIDE = re.compile(r" (?:in|at|aboard|di) (?:the )?")


def is_proper(text: str, max_words: int) -> bool:
    """Whether text is a proper name: capitalised words, lowercase particles inside."""
    words = text.split(" ")
    if not 1 <= len(words) <= max_words:
        return False
    for position, word in enumerate(words):
        inside = 0 < position < len(words) - 1
        if inside and word in PARTICLES:
            continue
        match = _WORD.fullmatch(word)
        if match is None or not match["initial"].isupper():
            return False
    return True
