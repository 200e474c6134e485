"""Who a mention stands for, reading the article in order: a surname for the full name printed earlier,
a pronoun or title for the last speaker named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from build_scripts.contribute.appositions import relative_role, role_after
from build_scripts.contribute.claim_lexicons import corporate_name
from build_scripts.contribute.lexicons import (
    BODY_OPENERS,
    COUNTRIES,
    HONORIFICS,
    INDEFINITE,
    LEXICONS,
    PLACES,
)
from build_scripts.contribute.mentions import (
    Name,
    Pronoun,
    SentenceSubject,
    Title,
    is_acronym,
    is_initials,
    is_person,
    is_role_noun,
    is_role_only,
    opens_a_name,
    person_words,
    prefixes_a_name,
)
from build_scripts.contribute.paragraph import ParsedParagraph
from build_scripts.contribute.reporting_verbs import Event, affiliated, person_noun, titled_name
from build_scripts.contribute.roles import role_of
from build_scripts.contribute.sentence_subjects import opening_subject
from build_scripts.contribute.unnamed_sources import unnamed_beside
from build_scripts.read.people_index import fold


@dataclass
class Reader:
    """What reading the article so far has established: the names printed, the last speaker named.

    Mutable on purpose: it is the state of one reading, made and dropped inside `find_quotes`.
    """

    known: list[tuple[str, ...]]
    """Multi-word personal names printed so far, newest last."""
    titled: set[tuple[str, ...]] = field(default_factory=set)
    """Names printed right after a title: where the name starts is a guess a later mention may correct."""
    unsure: set[tuple[str, ...]] = field(default_factory=set)
    after_body: set[tuple[str, ...]] = field(default_factory=set)
    """Names printed right after the name of a group or association ("Ketua Kelompok Pemburu Madu Hutan Batu Dulang
    Sahabudin"): such a name is common words and places of any length, and may run into the person's."""
    """Names whose first word may still be a title or field: a later mention by surname tells where they start."""
    endings: frozenset[str] = frozenset()
    """Words ending a capitalised run somewhere in the article ("Terminal Pulo Gebang,"): not a first name."""
    nouns: frozenset[str] = frozenset()
    """Words the article prints in lowercase as nouns: opening a run, a title or description, not a given name."""
    places: frozenset[str] = frozenset()
    """Words the article prints alone as a place ("di Pekanbaru"): inside a title, the title ends there."""
    last_speaker: str | None = None
    roles: dict[str, str] = field(default_factory=dict)
    """The role first printed beside each name, by the name folded."""
    clauses: dict[str, str] = field(default_factory=dict)
    """The relative clause first set off after each name: its role when the article prints no other."""
    nicknames: dict[str, str] = field(default_factory=dict)
    """Full names by the nickname folded, as the article gives them ("Zulhas, sapaan akrab Zulkifli Hasan")."""
    corrected: dict[str, str] = field(default_factory=dict)
    """Names read after a title, by the name a later mention showed them to be ("Andalas Feri Amsari", then "kata
    Feri": Feri Amsari)."""

    def role_of(self, name: str | None) -> str | None:
        return (self.roles.get(fold(name)) or self.clauses.get(fold(name))) if name else None

    def final(self, name: str | None) -> str | None:
        """The name as the whole article shows it: a quote before the mention that corrected it follows it too."""
        return self.corrected.get(name, name) if name else name

    def learn(self, words: tuple[str, ...]) -> None:
        """Note a full name as printed now: the newest one with a surname wins."""
        if words in self.known:
            self.known.remove(words)
        self.known.append(words)

    def person(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The person's words of a run: its titles cut (`person_words`), what the article prints elsewhere as the
        end of a place or body ("Kepala Terminal Pulo Gebang Afif Muhroji" → Afif Muhroji), and the words opening
        it that the article prints elsewhere as a lowercase noun ("Commuter Rui Batista", "commuters" elsewhere →
        Rui Batista)."""
        titled = person_words(words)
        if corporate_name(titled):
            return titled
        ending = max((i for i, w in enumerate(titled[:-2]) if w in self.endings), default=-1)
        if len(titled) < len(words):  # "Kepala Bidang Penyelamatan Damkar Pekanbaru Noviarman": one name word left.
            ending = max(ending, max((i for i in range(1, len(titled) - 1) if titled[i] in self.places), default=-1))
        words = titled
        rest = words[ending + 1 :]
        while len(rest) > 2 and rest[0].casefold() in self.nouns:
            rest = rest[1:]
        prefix = next((i for i in range(1, len(rest) - 1) if prefixes_a_name(rest, i)), 0)
        rest = rest[prefix:]  # "Bendesa Adat Kuta Ida Bagus Ketut Sudira" → Ida Bagus Ketut Sudira
        return rest if is_person(words) and rest[0][0].isupper() else words

    def full_name(self, words: tuple[str, ...], bare: bool = True) -> str:
        """A surname alone ("Austin", "Pinto Luz") stands for the full name printed earlier ("Lloyd Austin",
        "Miguel Pinto Luz"); so does a first name ("ungkap Hasan") or a middle one ("kata Igun" for Raden Igun
        Wicaksono). Words printed after a title (not `bare`) are no surname mentioned alone: a name printed anew."""
        if len(words) == 1 and (nicknamed := self.nicknames.get(fold(words[0]))):
            return nicknamed
        if len(words) == 1:
            wanted = fold(words[0])
            middle = (lambda k: any(fold(w) == wanted for w in k[1:-1]),)
            for matches in (lambda k: fold(k[-1]) == wanted, lambda k: fold(k[0]) == wanted, *middle):
                for known in reversed(self.known):
                    if matches(known):
                        return self._from(known, next(i for i, w in enumerate(known) if fold(w) == wanted), 1)
            return words[0]
        longer = [k for k in reversed(self.known) if _starts(k, words)]
        if longer:
            return " ".join(longer[0])  # "kata Ade Ary" for Ade Ary Syam Indradi
        ending = next((k for k in reversed(self.known) if _ends(k, words)), None) if bare else None
        return " ".join(words) if ending is None else self._from(ending, len(ending) - len(words), len(words))

    def _from(self, known: tuple[str, ...], first: int, width: int) -> str:
        """The name a mention of `width` words from word `first` stands for: the whole name as printed, unless
        where it starts was a guess (a title or an unknown word came right before it); then from the mention on
        ("Ketua Umum Perpadi Sutarto Alimoeso", then "kata Sutarto"), or, for a surname, from the one given name
        before it ("Kepala Sekretaris Kabinet Yoshimasa Hayashi", then "ujar Hayashi"). The words dropped join
        its role."""
        if first == 0 or (known not in self.titled and known not in self.unsure):
            return " ".join(known)
        body = known in self.after_body or _opens_body(known[:first])
        start = first if first + width < len(known) or body else _given_name(known, first) if known in self.unsure else 0
        while start > 0 and opens_a_name(known[start - 1]):
            start -= 1  # "Ni Made Sariasih", "Cut Nyak Rahmah": the words opening a name are the person's.
        if start == 0 or all(map(opens_a_name, known[:start])):
            return " ".join(known)
        whole, name, dropped = " ".join(known), " ".join(known[start:]), " ".join(known[:start])
        role = self.roles.get(fold(whole))
        self.roles.setdefault(fold(name), dropped if role is None else f"{role} {dropped}")
        self.corrected.setdefault(whole, name)
        return name


def _opens_body(words: Sequence[str]) -> bool:
    """Whether words hold the opening of a group's name ("Kelompok Pemburu Madu …", "Serikat Pekerja …"); after a
    place it is the place's ("Amerika Serikat")."""
    folded = [fold(word) for word in words]
    return any(w in BODY_OPENERS and (i == 0 or folded[i - 1] not in PLACES | COUNTRIES) for i, w in enumerate(folded))


def _given_name(known: tuple[str, ...], surname: int) -> int:
    """Where a name starts whose surname starts at word `surname`: one given name before it, after any
    initials ("Antony J. Blinken")."""
    start = surname - 1
    while start > 0 and (is_initials(known[start]) or re.fullmatch(r"[A-Z]\.", known[start])):
        start -= 1
    return max(start, 0)


def name_of(reader: Reader, mention: Name) -> str | None:
    words = reader.person(mention.words)
    if is_role_only(words):
        return None
    full = reader.full_name(words, len(words) == len(mention.words))
    return None if mention.weak and " " not in full else full


def _person_name_of(reader: Reader, mention: Name) -> str | None:
    """A name only if it is a person's, printed in full or earlier: what a sentence's subject must be to count."""
    words = reader.person(mention.words)
    person = is_person(words) and not is_role_only(words) and not mention.possessive
    full = reader.full_name(words, len(words) == len(mention.words)) if person else ""
    return full if " " in full or (full and (mention.aged or mention.described)) else None


def _resolve(par: ParsedParagraph, reader: Reader, events: list[Event], index: int) -> str | None:
    """The speaker's name for events[index], reading pronouns, titles and shared subjects."""
    subject = events[index].subject
    if isinstance(subject, Name):
        return name_of(reader, subject)
    if isinstance(subject, SentenceSubject):
        start = par.bounds[subject.at][0]
        for earlier in range(index - 1, -1, -1):
            if events[earlier].verb < start:
                break
            if events[earlier].subject is not None and not isinstance(events[earlier].subject, SentenceSubject):
                return _resolve(par, reader, events, earlier)
        opener = opening_subject(par, start, subject.at)
        if isinstance(opener, Name):
            return (_person_name_of if subject.guessed else name_of)(reader, opener)
        return reader.last_speaker if opener is not None else None
    if isinstance(subject, Title) and (holder := _holder_of(par, reader, subject)):
        return holder
    if isinstance(subject, Pronoun):
        start = par.bounds[subject.at][0]
        opener = opening_subject(par, start, subject.at)
        if isinstance(opener, Name) and opener.at < subject.at:
            named = name_of(reader, opener)
            if named is not None or not (opener.weak and _participle(par, opener.at)):
                return named
    return reader.last_speaker if subject is not None else None


def _holder_of(par: ParsedParagraph, reader: Reader, title: Title) -> str | None:
    """The person named before whose printed role holds the title's word of office ("The director said" after
    "Museum director Liesbeth …" and a historian since), when that is not the last speaker's: the title refers back
    to its holder, not to whoever spoke last."""
    nouns = {par.word(i) for i in range(title.at, title.last + 1) if par.tokens[i].text.islower() and is_role_noun(par.word(i))}
    if not nouns or (reader.last_speaker and nouns & _role_words(reader.role_of(reader.last_speaker))):
        return None
    for known in reversed(reader.known):
        name = " ".join(known)
        if nouns & _role_words(reader.role_of(name)):
            return name
    return None


def _role_words(role: str | None) -> set[str]:
    return {word.casefold() for word in role.split()} if role else set()


def _participle(par: ParsedParagraph, i: int) -> bool:
    """Whether the word opening a sentence is a participle opening a clause ("Asked whether …, he said",
    "Ditanya soal harga, ia mengatakan"): capitalised only as the first word, it names no one."""
    word = par.word(i)
    return word.endswith(("ed", "ing")) if par.lexicon is LEXICONS["en"] else word.startswith(("di", "me", "ber", "ter"))


def read_along(par: ParsedParagraph, reader: Reader, events: list[Event]) -> list[str | None]:
    """Each event's speaker, reading the paragraph in order: names printed and sentence subjects update the reader."""
    printed = _paragraph_names(par, reader)
    at_token = {event.verb: index for index, event in enumerate(events)}
    names: list[str | None] = [None] * len(events)
    for position in range(len(par.tokens)):
        _read_token(par, reader, printed, position)
        if (index := at_token.get(position)) is not None:
            described = unnamed_beside(par, position) is not None
            names[index] = None if described else _resolve(par, reader, events, index)
            unnamed = described or (names[index] is None and par.word(_after_opening(par, par.bounds[position][0])) in INDEFINITE)
            reader.last_speaker = None if unnamed else names[index] or reader.last_speaker
    return names


def _read_token(par: ParsedParagraph, reader: Reader, printed: dict[int, tuple[str, ...]], position: int) -> None:
    """Learn a name printed at this token; at a sentence start, its subject becomes the one a pronoun means."""
    if position in printed:
        reader.learn(printed[position])
    if not par.starts[position]:
        return
    opener = opening_subject(par, position, par.bounds[position][1])
    if isinstance(opener, Name) and (name := _person_name_of(reader, opener)):
        reader.last_speaker = name
    elif par.word(first := _after_opening(par, position)) in INDEFINITE and (
        any(person_noun(par, j) for j in range(first + 1, first + 4)) or _classifies_a_person(par, first)
    ):
        reader.last_speaker = None  # "Seorang warga mengaku …": "warga itu" is now this one, not whoever came before.


def _classifies_a_person(par: ParsedParagraph, first: int) -> bool:
    """Whether an indefinite opening a sentence counts people ("Seorang penjual layang-layang …", "Salah seorang
    pedagang …"): whatever noun follows, it is a person, and someone new."""
    return par.word(first) == "seorang" or (par.word(first), par.word(first + 1)) == ("salah", "seorang")


def _after_opening(par: ParsedParagraph, start: int) -> int:
    """The first word of a sentence past a connective and its comma ("Namun, seorang …", "However, an official
    …"): the subject the sentence goes on with."""
    for width in (1, 2, 3):
        if par.word(start + width) == "," and " ".join(par.word(start + k) for k in range(width)) in _CONNECTIVES:
            return start + width + 1
    return start


_CONNECTIVES = frozenset(
    "however meanwhile but still yet instead nevertheless separately also later earlier namun tetapi sebelumnya kemudian".split()
    + ["sementara itu", "selain itu", "di sisi lain", "akan tetapi", "meski begitu", "in addition", "at the same time"]
)


def _starts(known: tuple[str, ...], words: tuple[str, ...]) -> bool:
    return len(known) > len(words) and [fold(w) for w in known[: len(words)]] == [fold(w) for w in words]


def _ends(known: tuple[str, ...], words: tuple[str, ...]) -> bool:
    return len(known) > len(words) and [fold(w) for w in known[-len(words) :]] == [fold(w) for w in words]


def _unsure_start(par: ParsedParagraph, name: Name, words: tuple[str, ...]) -> bool:
    """Whether a name of three words or more may open with a title rather than a given name: it opens a sentence
    with a word capitalised nowhere else in the article and has no apposition after it, which a titled name
    rarely has too ("Commuter Rui Batista said", not "Juan Carlos Ruiz, a fisherman, said"); or it follows an
    office that names its field after it ("Kepala Sekretaris Kabinet Yoshimasa Hayashi")."""
    if len(words) < 3:
        return False
    cut = len(name.words) - len(words)
    if cut == 0:
        last = name.at + len(name.words) - 1
        return par.starts[name.at] and words[0] not in par.proper and role_after(par, last) is None
    return par.lexicon.fields_after_office and name.words[cut - 1].casefold() in par.lexicon.person_nouns


def _nicknamed(par: ParsedParagraph, reader: Reader, run: tuple[int, int], names: dict[int, tuple[str, ...]]) -> str | None:
    """The full name a one-word nickname stands for: "Zulhas, sapaan akrab Zulkifli Hasan,", or "Zulhas, sapaan
    akrabnya," for the person named last before it, or "Kartika Wirjoatmodjo atau Tiko" for the name right before
    it; None for a word of the name itself."""
    if run[0] == run[1] and par.word(run[0] - 1) in _ALIAS and not is_role_noun(par.tokens[run[0]].text):
        gap = run[0] - 1
        while gap > 0 and par.word(gap - 1) in _ALIAS:
            gap -= 1  # "Zulkifli Hasan atau yang akrab disapa Zulhas"
        prior = par.run_ending(gap - 1, 0)
        named = names.get(prior[0]) if prior is not None else None
        return " ".join(named) if named else None
    if run[0] != run[1] or par.word(run[1] + 1) != "," or par.word(run[1] + 2) not in _NICKNAME_NOUNS:
        return None
    nickname = fold(par.tokens[run[0]].text)
    if par.word(run[1] + 3) == "akrab" and (full := par.run_starting(run[1] + 4, len(par.tokens))):
        named = reader.person(par.name(*full).words)
    elif par.word(run[1] + 3) == "akrabnya":
        before = [words for at, words in names.items() if at < run[0]] or reader.known[-1:]
        named = before[-1] if before else ()
    else:
        return None
    if len(named) < 2 or any(fold(word) == nickname for word in named):
        return None  # "Amran, sapaan akrabnya": a word of the name, which a later mention resolves as any other.
    return " ".join(named)


_NICKNAME_NOUNS = frozenset("sapaan panggilan".split())
_ALIAS = frozenset("atau alias yang akrab biasa disapa dipanggil".split())
"""Words giving a nickname right after a name: "Kartika Wirjoatmodjo atau Tiko", "Muhammad Ridwan alias Iwan",
"Zulkifli Hasan atau yang akrab disapa Zulhas"."""


def _paragraph_names(par: ParsedParagraph, reader: Reader) -> dict[int, tuple[str, ...]]:
    """The multi-word personal names a paragraph prints, by the token each starts at; the reader notes the role
    printed beside each personal name, a one-word name included ("Kepala BNPB Suharyanto"; a later mention by
    surname, "Ridwan, yang juga Ketua …", gives the full name printed earlier its role when it had none), but not
    beside a title's last words that a name follows ("Ketua Kelompok Tani Maju Jaya, Darsono,")."""
    names: dict[int, tuple[str, ...]] = {}
    for run in par.runs(0, len(par.tokens)):
        if full := _nicknamed(par, reader, run, names):
            reader.nicknames[fold(par.tokens[run[0]].text)] = full
        name = affiliated(par, 0, *run) or par.name(*run)
        words = reader.person(name.words)
        if is_person(words) and not is_role_only(words):
            if len(words) >= 2:
                names[run[0]] = words
                if len(words) < len(name.words) and not is_acronym(name.words[len(name.words) - len(words) - 1]):
                    reader.titled.add(words)  # After an acronym ("… DPR RI Sufmi Dasco Ahmad") the name surely starts.
                if _unsure_start(par, name, words):
                    reader.unsure.add(words)
                if _opens_body(name.words[: len(name.words) - len(words)]):
                    reader.after_body.add(words)
            last = name.at + len(name.words) - 1
            apposed = par.word(last + 1) == "," and titled_name(par, run, len(par.tokens)) is not None
            role = None if apposed else role_of(par, last - len(words) + 1, last)
            clause = None if apposed else relative_role(par, last)
            if clause and (role is None or (_lone_rank(role) and clause[1])):
                reader.clauses.setdefault(fold(" ".join(words)), clause[0])
                role = None  # "Capt. Rene Thibodeaux, who has piloted the Algiers ferry for 22 years": the clause.
            if role:
                reader.roles.setdefault(fold(" ".join(words)), role)
                if len(words) == 1 and words[0].casefold() not in COUNTRIES | PLACES and words[0] not in reader.places:
                    here = [n for n in names.values() if fold(words[0]) in (fold(n[0]), fold(n[-1]))]
                    reader.roles.setdefault(fold(" ".join(here[-1]) if here else reader.full_name(words)), role)
    return names


def _lone_rank(role: str) -> bool:
    """A role that is one rank or title of address ("Capt.", "Gov."), which a clause saying what the person does
    tells more of."""
    return " " not in role and role.rstrip(".").casefold() in HONORIFICS
