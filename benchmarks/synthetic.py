"""A deterministic synthetic archive in the project's real file formats, for timing the build at scale.

The real archive holds tens of articles; the question is how the build behaves at thousands.
Text is sampled word by word from real English and Indonesian news (the shared corpus) with each
language's own word frequencies, so language detection, search indexing and page sizes behave as
on real text. Annotations, credit lines and the people registry follow the editors' contract, so
the whole pipeline (anchoring, credit parsing, people pages) does its real work.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

LANGUAGES = ("en", "id")
SPEAKERS = 500
JOURNALISTS = 100
TAGS = 200

_T = TypeVar("_T")


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Writes repeated values out in full: the annotation reader rightly rejects YAML aliases (*id001)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_FIRST_DAY = dt.date(2015, 1, 1)
_DAYS = (dt.date(2026, 12, 31) - _FIRST_DAY).days + 1

_FIRST_NAMES = (
    "Budi Siti Agus Dewi Rina Andi Putri Joko Sri Yusuf Ahmad Fitri Eko Wahyu Rizky Dian Hendra Indah Bambang Retno "
    "Teguh Ayu Fajar Galih Lestari Made Ketut Wayan Nyoman John Mary David Sarah Michael Emma James Olivia Robert "
    "Linda Ahmed Fatima Olena Ivan Hanna Yuki Min-jun Ji-woo Carlos Lucia Pierre Anna Jari Danica Lloyd Lolita Wei "
    "Priya Arjun Grace Samuel"
).split()
_SURNAMES = (
    "Santoso Wijaya Hidayat Nugroho Siregar Nasution Simanjuntak Saragih Lubis Harahap Pratama Saputra Setiawan "
    "Kurniawan Gunawan Susanto Halim Tanjung Wibowo Purnomo Rahman Hakim Permana Utomo Sihombing Pangaribuan Manurung "
    "Sitompul Hutapea Situmorang Wahyudi Hartono Sulistyo Prasetyo Handoko Irawan Kusuma Ramadhan Firmansyah "
    "Syahputra Maulana Hasibuan Panjaitan Sinaga Tambunan Pohan Daulay Rangkuti Batubara Miller Baldor Tanner Kirka "
    "Novikov Arhirova Smith Johnson Brown Garcia Martinez Nguyen Park Chen Wang Ivanova Kowalski Schmidt Rossi Dubois "
    "Tanaka Suzuki Sato Yamamoto Kumar Singh Patel Khan Haddad Mansour Okafor Mensah Silva Santos Pereira Costa "
    "Fernandez Lopez Gonzalez Hernandez Wilson Taylor Anderson Thomas Jackson White Harris Clark Lewis Walker Young "
    "King Wright Hill Scott Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans "
    "Edwards Collins Stewart"
).split()
_CITIES = (
    ("Jakarta", "Jakarta"), ("Washington", "Washington"), ("London", "London"), ("Seoul", "Seoul"),
    ("Tokyo", "Tokyo"), ("Bangkok", "Bangkok"), ("Manila", "Manila"), ("Sydney", "Sydney"), ("Geneva", "Jenewa"),
    ("Brussels", "Brussel"), ("Beijing", "Beijing"), ("New Delhi", "New Delhi"), ("Kyiv, Ukraine", "Kiev, Ukraina"),
    ("Seoul, South Korea", "Seoul, Korea Selatan"), ("Cairo, Egypt", "Kairo, Mesir"), ("Surabaya", "Surabaya"),
    ("Makassar", "Makassar"), ("Singapore", "Singapura"), ("Hong Kong", "Hong Kong"), ("Helsinki", "Helsinki"),
    ("Moscow", "Moskow"), ("Paris", "Paris"), ("Berlin", "Berlin"), ("New York", "New York"),
)  # fmt: skip
_ROLES = (
    ("Minister of Health", "Menteri Kesehatan"), ("Minister of Foreign Affairs", "Menteri Luar Negeri"),
    ("Minister of Finance", "Menteri Keuangan"), ("police spokesperson", "juru bicara kepolisian"),
    ("provincial governor", "gubernur"), ("mayor", "wali kota"), ("member of parliament", "anggota DPR"),
    ("economist", "ekonom"), ("epidemiologist", "ahli epidemiologi"), ("union leader", "pemimpin serikat pekerja"),
    ("chief executive", "direktur utama"), ("army spokesperson", "juru bicara militer"),
    ("human rights lawyer", "pengacara hak asasi manusia"), ("university professor", "guru besar universitas"),
    ("head of the disaster agency", "kepala badan penanggulangan bencana"),
    ("central bank governor", "gubernur bank sentral"), ("opposition leader", "pemimpin oposisi"),
    ("climate scientist", "ilmuwan iklim"), ("football coach", "pelatih sepak bola"),
    ("election commissioner", "komisioner pemilihan umum"),
)  # fmt: skip
_CONTEXTS = {
    "en": ("Speaking to reporters", "In a written statement", "At a press conference", "In an interview"),
    "id": ("Kepada wartawan", "Dalam pernyataan tertulis", "Dalam konferensi pers", "Dalam wawancara"),
}
_SAID_AFTER = {"en": ("said", "added", "explained"), "id": ("kata", "ujar", "tambah", "jelas")}
_SAID_BEFORE = {"en": ("said", "told reporters", "added"), "id": ("mengatakan", "menambahkan", "menegaskan")}
_THAT = {"en": "that", "id": "bahwa"}
_MARKS = (("“", "”"), ('"', '"'))
_NOTE_KINDS = ("context", "correction", "translation")


@dataclass(frozen=True)
class _CreditWords:
    """How a wire credit paragraph is printed in one language (the forms build_scripts.read.credits reads)."""

    reported: str
    wrote: str
    lead: tuple[str, str]
    """Title before the contributors: for one of them, for several."""
    at: str
    conj: str
    contributed: str
    source: str
    publisher: str


_CREDIT_WORDS = {
    "en": _CreditWords(
        "reported from", "wrote this story", ("AP writer", "AP writers"), "in", "and", "contributed to this report",
        "Source", "Associated Press",
    ),
    "id": _CreditWords(
        "melaporkan dari", "menulis laporan ini", ("Penulis Associated Press", "Penulis Associated Press"), "di", "dan",
        "berkontribusi pada laporan ini", "Sumber", "Associated Press (terjemahan bahasa Indonesia)",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Vocabulary:
    """One language's words with cumulative corpus frequencies, for weighted sampling."""

    words: tuple[str, ...]
    cum_weights: tuple[int, ...]

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)


def load_vocabularies(corpus: Path) -> dict[str, Vocabulary]:
    """Word frequencies of the bodies of `corpus/<language>/*.txt` (title and `___` trailer left out).

    A capitalised word is folded into its lowercase form when the corpus has both, so sentence-initial
    capitals do not reappear mid-sentence; names keep their capitals.
    """
    vocabularies = {}
    for language in LANGUAGES:
        counts: Counter[str] = Counter()
        for path in sorted((corpus / language).glob("*.txt")):
            body = path.read_text(encoding="utf-8").partition("\n___")[0].partition("\n")[2]
            counts.update(_WORD.findall(body))
        if not counts:
            raise FileNotFoundError(f"no {language} texts in {corpus / language}")
        for word in [w for w in counts if w != w.lower() and w.lower() in counts]:
            counts[word.lower()] += counts.pop(word)
        words = sorted(counts)
        vocabularies[language] = Vocabulary(tuple(words), tuple(itertools.accumulate(counts[w] for w in words)))
    return vocabularies


@dataclass(frozen=True)
class _Person:
    id: str
    name: str
    surname: str
    role: tuple[str, str]
    """Speakers: their office (en, id); journalists: the city they work from (en, id)."""


@dataclass(frozen=True)
class SyntheticArchive:
    sources: dict[str, bytes]
    """Project-relative path → bytes, exactly what `build_scripts.read.files.read_sources` returns."""
    bare_pages: dict[str, str]
    """Docs-relative path → plain Markdown of the same articles, for the bare MkDocs baseline."""
    languages: dict[str, str]
    """Article id → the language it was written in, to check the pipeline's detection."""
    words: int
    quotes: int


def _zipf(count: int) -> tuple[float, ...]:
    """Cumulative weights 1/rank: a few people and tags recur in many articles, most in few."""
    return tuple(itertools.accumulate(1 / rank for rank in range(1, count + 1)))


def _distinct(rng: random.Random, pool: Sequence[_T], cum_weights: Sequence[float], k: int) -> list[_T]:
    chosen: list[_T] = []
    while len(chosen) < k:
        item = rng.choices(pool, cum_weights=cum_weights)[0]
        if item not in chosen:
            chosen.append(item)
    return chosen


def _occurrences(text: str, paragraphs: list[str]) -> int:
    return sum(paragraph.count(text) for paragraph in paragraphs)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class _Generator:
    """Holds the seeded random source and the shared pools (people, tags) for one archive."""

    def __init__(self, seed: int, vocabularies: dict[str, Vocabulary]) -> None:
        self.rng = random.Random(seed)
        self.vocab = vocabularies
        names = [(f, s) for f in _FIRST_NAMES for s in _SURNAMES]
        self.rng.shuffle(names)
        # Journalists are credited by surname ("Baldor reported from …"), so their surnames are unique aliases.
        journalist_surnames = set(self.rng.sample(_SURNAMES, JOURNALISTS))
        journalists = [n for n in names if n[1] in journalist_surnames]
        journalists = list({s: (f, s) for f, s in journalists}.values())
        speakers = [n for n in names if n not in journalists][:SPEAKERS]
        self.journalists = [_Person(_slug(f"{f} {s}"), f"{f} {s}", s, self.rng.choice(_CITIES)) for f, s in journalists]
        self.speakers = [_Person(_slug(f"{f} {s}"), f"{f} {s}", s, self.rng.choice(_ROLES)) for f, s in speakers]
        self.journalist_weights = _zipf(len(self.journalists))
        self.speaker_weights = _zipf(len(self.speakers))
        candidates = sorted({w.lower() for v in vocabularies.values() for w in v.words if len(w) >= 5 and w.isascii()})
        words = self.rng.sample(candidates, TAGS * 2)
        self.tags = [f"{a}-{b}" if i % 3 == 0 else a for i, (a, b) in enumerate(zip(words[:TAGS], words[TAGS:], strict=True))]
        self.tag_weights = _zipf(len(self.tags))
        # Everyone quoted or credited so far: the registry lists them and nobody else, as a real one would.
        self.used: set[_Person] = set()

    def sentence(self, language: str, low: int, high: int) -> str:
        words = self.vocab[language].sample(self.rng, self.rng.randint(low, high))
        if len(words) > 6 and self.rng.random() < 0.4:
            words[self.rng.randrange(2, len(words) - 2)] += ","
        return _capitalise(" ".join(words))

    def paragraph(self, language: str) -> str:
        return " ".join(self.sentence(language, 8, 25) + "." for _ in range(self.rng.randint(1, 4)))

    def quote_paragraph(self, language: str, speaker: _Person, marks: tuple[str, str]) -> tuple[str, str, tuple[str, str] | None]:
        """A paragraph holding one direct quote in one of the usual news forms, the quote as annotated, and in the
        reported form ("Surname said that … “quote”.") the claim around it and its cue, as annotated."""
        rng, (open_, close) = self.rng, marks
        lead = self.sentence(language, 8, 20) + ". " if rng.random() < 0.5 else ""
        form = rng.randrange(3)
        claim = None
        if form == 0:
            quote = self.sentence(language, 5, 25)
            text = f"{open_}{quote},{close} {rng.choice(_SAID_AFTER[language])} {speaker.surname}."
        elif form == 1:
            quote = self.sentence(language, 5, 25) + "."
            text = f"{speaker.surname} {rng.choice(_SAID_BEFORE[language])}: {open_}{quote}{close}"
        else:
            quote = " ".join(self.vocab[language].sample(rng, rng.randint(4, 10)))
            setting = " ".join(self.vocab[language].sample(rng, rng.randint(2, 6)))
            said = rng.choice(_SAID_BEFORE[language])
            reported = f"{setting} {open_}{quote}{close}"
            text = f"{speaker.surname} {said} {_THAT[language]} {reported}."
            claim = (reported, f"{said} {_THAT[language]}")
        return lead + text, quote, claim

    def credit(self, language: str, journalists: list[_Person]) -> str:
        """A credit paragraph in the AP forms: reporter by surname, contributors grouped by city."""
        words = _CREDIT_WORDS[language]
        reporter, *others = journalists
        if not others and self.rng.random() < 0.3:
            return f"{reporter.name} {words.wrote}."
        index = LANGUAGES.index(language)
        text = f"{reporter.surname} {words.reported} {reporter.role[index]}."
        if not others:
            return text
        groups: list[tuple[str, str]] = []  # (names, city); at most two names share one city
        for city, people in itertools.groupby(others, key=lambda p: p.role[index]):
            members = [p.name for p in people]
            for i in range(0, len(members), 2):
                groups.append((f" {words.conj} ".join(members[i : i + 2]), city))
        items = [f"{names} {words.at} {city}" for names, city in groups]
        if len(items) == 1:
            listed = items[0]
        elif len(items) == 2:
            # AP style puts a comma after a country ("in Kyiv, Ukraine, and …"); the parser relies on it.
            listed = items[0] + ("," if "," in groups[0][1] else "") + f" {words.conj} " + items[1]
        else:
            listed = ", ".join(items[:-1]) + f", {words.conj} " + items[-1]
        return f"{text} {words.lead[len(others) > 1]} {listed} {words.contributed}."

    def body(
        self, language: str, speakers: list[_Person]
    ) -> tuple[list[str], list[str], list[tuple[str, str] | None], list[str]]:
        """Paragraphs with one quote by each speaker, the quotes as annotated, the claim (and cue) around each
        quote in the reported form, and the paragraphs without one.

        Drawn again until each quote occurs once: an editor would otherwise have to add `occurrence:`.
        """
        rng = self.rng
        marks = rng.choice(_MARKS)
        target = int(rng.triangular(300, 1500, 450))
        while True:
            quoted = [self.quote_paragraph(language, s, marks) for s in speakers]
            words = sum(len(p.split()) for p, _, _ in quoted)
            plain: list[str] = []
            while words < target or not plain:  # at least a lead paragraph before the first quote
                plain.append(self.paragraph(language))
                words += len(plain[-1].split())
            paragraphs = list(plain)
            for paragraph, _, _ in quoted:
                paragraphs.insert(rng.randint(1, len(paragraphs)), paragraph)
            quotes = [quote for _, quote, _ in quoted]
            if all(_occurrences(quote, paragraphs) == 1 for quote in quotes):
                return paragraphs, quotes, [claim for _, _, claim in quoted], plain

    def article(self, language: str, taken: set[str]) -> tuple[str, str, str, str, int, int]:
        """One article: (id, raw text, annotation YAML, bare Markdown, words, quotes)."""
        rng = self.rng
        date = _FIRST_DAY + dt.timedelta(days=rng.randrange(_DAYS))
        title = self.sentence(language, 6, 12).replace(",", "")
        slug = _slug(title)[:60].strip("-") or "artikel"
        article_id = f"{date.isoformat()}-{slug}"
        while article_id in taken:
            article_id += "-2"
        taken.add(article_id)

        speakers = rng.choices(self.speakers, cum_weights=self.speaker_weights, k=rng.randint(3, 8))
        paragraphs, quotes, claims, plain = self.body(language, speakers)
        words = sum(len(p.split()) for p in paragraphs)

        index = LANGUAGES.index(language)
        annotations: dict[str, object] = {"language": language} if rng.random() < 0.5 else {}
        annotations["source"] = {"publisher": _CREDIT_WORDS[language].publisher}
        annotations["tags"] = _distinct(rng, self.tags, self.tag_weights, rng.randint(2, 5))
        quoted = [
            {"quote": quote, "speaker": s.id, "role": s.role[index], "context": rng.choice(_CONTEXTS[language]), "date": date}
            for s, quote in zip(speakers, quotes, strict=False)
        ]
        annotations["quotes"] = quoted
        # The claim around a quote in the reported form, in the quote's setting (its footnote is shared).
        annotations["claims"] = [
            {"claim": claim, "cue": cue, **{key: quote[key] for key in ("speaker", "role", "context", "date")}}
            for quote, reported in zip(quoted, claims, strict=False)
            if reported is not None
            for claim, cue in [reported]
        ]
        # A note on the opening words of a paragraph with no quote, so it overlaps none.
        text = " ".join(rng.choice(plain).split()[:6])
        if rng.random() < 0.15 and _occurrences(text, paragraphs) == 1:
            annotations["notes"] = [{"text": text, "kind": rng.choice(_NOTE_KINDS), "note": self.paragraph(language)}]
        journalists = _distinct(
            rng, self.journalists, self.journalist_weights, rng.choices(range(1, 7), weights=(3, 3, 2, 2, 1, 1))[0]
        )
        self.used.update(speakers, journalists)
        trailer = [self.credit(language, journalists)]
        if rng.random() < 0.3:
            trailer.append(f"{_CREDIT_WORDS[language].source}: Associated Press")

        raw = "\n\n".join([title, *paragraphs, "___", *trailer]) + "\n"
        yml = f"# Annotations for {article_id}.txt\n" + yaml.dump(
            annotations, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100
        )
        bare = "\n\n".join([f"# {title}", *paragraphs, trailer[0]]) + "\n"
        return article_id, raw, yml, bare, words, len(quotes)

    def topics_yaml(self) -> str:
        """Every tag a topic of its own, named in both languages, as a curated registry would have it."""
        registry: dict[str, dict[str, Any]] = {}
        for tag in self.tags:
            names = {"en": tag.replace("-", " ").title(), "id": tag.replace("-", " ")}
            registry.setdefault(_slug(tag), {"name": names, "tags": []})["tags"].append(tag)
        return "# Synthetic topic registry (benchmarks/synthetic.py)\n" + yaml.dump(
            registry, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100
        )

    def people_yaml(self) -> str:
        registry: dict[str, dict[str, object]] = {}
        for person in (p for p in self.speakers if p in self.used):
            registry[person.id] = {"name": person.name, "description": f"{_capitalise(person.role[0])}."}
        for person in (p for p in self.journalists if p in self.used):
            registry[person.id] = {
                "name": person.name,
                "description": f"Associated Press writer in {person.role[0]}.",
                "aliases": [person.surname],
            }
        return "# Synthetic people registry (benchmarks/synthetic.py)\n" + yaml.dump(
            registry, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100
        )


def generate(count: int, seed: int, vocabularies: dict[str, Vocabulary]) -> SyntheticArchive:
    """`count` articles, alternately English and Indonesian, the same for the same seed and corpus."""
    generator = _Generator(seed, vocabularies)
    sources: dict[str, bytes] = {}
    bare_pages = {"index.md": "# Bare baseline\n\nThe same article text as plain Markdown pages.\n"}
    languages: dict[str, str] = {}
    taken: set[str] = set()
    words = quotes = 0
    for number in range(count):
        language = LANGUAGES[number % 2]
        article_id, raw, yml, bare, article_words, article_quotes = generator.article(language, taken)
        stem = f"articles/{article_id[:4]}/{article_id}"
        sources[f"{stem}.txt"] = raw.encode()
        sources[f"{stem}.yml"] = yml.encode()
        bare_pages[f"{stem}.md"] = bare
        languages[article_id] = language
        words += article_words
        quotes += article_quotes
    sources["articles/people.yml"] = generator.people_yaml().encode()
    sources["articles/topics.yml"] = generator.topics_yaml().encode()
    return SyntheticArchive(sources, bare_pages, languages, words, quotes)
