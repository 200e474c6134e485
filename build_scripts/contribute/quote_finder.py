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
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from build_scripts.model import Person


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


@dataclass(frozen=True)
class Proposal:
    """A found quote with its speaker matched against the people registry."""

    quote: FoundQuote
    person: str | None
    """An id of people.yml, a new id made from the name, or None when no speaker was found."""
    is_new: bool
    """True when `person` is not in the registry yet: the editor has to add them."""


def find_quotes(paragraphs: Sequence[str], language: str) -> list[FoundQuote]:
    """Every direct quote of the body paragraphs, in order, each with its proposed speaker."""
    lexicon = _LEXICONS.get(language, _EN)
    common, proper = _capitalisation(paragraphs)
    reader = _Reader(known=[])
    found: list[FoundQuote] = []
    before = _Before(None, None)
    for number, text in enumerate(paragraphs):
        par = _read_paragraph(text, lexicon, common, proper)
        quotes, before = _attribute(par, reader, before)
        for q, speaker, cue in quotes:
            span = par.spans[q]
            found.append(FoundQuote(number, span.start, span.end, text[span.start : span.end], speaker, cue))
    return found


def _capitalisation(paragraphs: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Words the article prints in lowercase, and words it capitalises inside sentences.

    A sentence's first word is capitalised whatever it is; these tell a name there
    ("Kirby mengindikasikan", printed "kata Kirby" elsewhere) from a common word ("Warga menyebut").
    """
    common = {w for text in paragraphs for w in re.findall(r"(?<![.!?]\s)\b[a-z][\w'’-]*", text)}
    proper = {w for text in paragraphs for w in re.findall(r"(?<=[\w,;] )[^\W\d_][\w'’-]*", text) if w[0].isupper()}
    return frozenset(common), frozenset(proper)


@dataclass(frozen=True)
class Registry:
    """The people registry as a lookup: printed names and aliases to ids."""

    by_name: Mapping[str, str]
    """Folded name or alias → id; a name two people share maps to nobody."""
    by_surname: Mapping[str, tuple[str, ...]]
    """Folded last word of each name → the ids whose name ends with it."""
    ids: frozenset[str]


def registry_index(people: Mapping[str, Person]) -> Registry:
    """Index people.yml once, so matching every quote's and credit's name is a lookup."""
    by_name: dict[str, str] = {}
    ambiguous: set[str] = set()
    by_surname: dict[str, list[str]] = {}
    for person in people.values():
        for name in (person.name, *person.aliases):
            key = _fold(name)
            if key in by_name and by_name[key] != person.id:
                ambiguous.add(key)
            by_name[key] = person.id
        surname = _fold(person.name).rsplit(" ", 1)[-1]
        by_surname.setdefault(surname, []).append(person.id)
    return Registry(
        {k: v for k, v in by_name.items() if k not in ambiguous},
        {k: tuple(v) for k, v in by_surname.items()},
        frozenset(people),
    )


def match_person(name: str, registry: Registry) -> str | None:
    """The id of a printed name: by name or alias, or a lone surname that only one registered name ends with."""
    key = _fold(name)
    if key in registry.by_name:
        return registry.by_name[key]
    if " " not in key and len(ids := registry.by_surname.get(key, ())) == 1:
        return ids[0]
    return None


def ascii_words(text: str) -> list[str]:
    """The text's words in lowercase ASCII, accents dropped: "Łukasz Szumowski" → lukasz, szumowski."""
    return re.findall(r"[a-z0-9]+", _fold(text))


def person_id(name: str) -> str:
    """An id for a new person, made from the name: lowercase ASCII words joined by hyphens."""
    return "-".join(ascii_words(name)) or "unknown-person"


def propose_speakers(quotes: Sequence[FoundQuote], registry: Registry) -> list[Proposal]:
    """Each quote's speaker as a registry id, or as a new id when the name is not registered."""
    new_ids: dict[str, str] = {}
    proposals = []
    for quote in quotes:
        if quote.speaker is None:
            proposals.append(Proposal(quote, None, False))
            continue
        known = match_person(quote.speaker, registry)
        if known is not None:
            proposals.append(Proposal(quote, known, False))
            continue
        key = _fold(quote.speaker)
        if key not in new_ids:
            new_ids[key] = _unused_id(person_id(quote.speaker), registry.ids | frozenset(new_ids.values()))
        proposals.append(Proposal(quote, new_ids[key], True))
    return proposals


def _unused_id(wanted: str, taken: frozenset[str]) -> str:
    """A new person never takes a registered id: that id belongs to someone else."""
    candidate, number = wanted, 2
    while candidate in taken:
        candidate, number = f"{wanted}-{number}", number + 1
    return candidate


# --- Vocabulary -----------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class _Lexicon:
    """The reporting words of one language."""

    verbs: frozenset[str]
    """Reporting verbs with their subject before them: "Austin said", "Austin mengatakan"."""
    inverted: frozenset[str]
    """Reporting verbs whose subject may follow them: "said Austin", "kata Austin", "ujarnya"."""
    according: frozenset[str]
    """Words naming the source after them: "according (to) X", "menurut X"."""
    pronouns: frozenset[str]
    person_nouns: frozenset[str]
    """Nouns that, made definite ("the official", "pejabat tersebut"), stand for a person named before."""
    definite_before: frozenset[str]
    definite_after: frozenset[str]
    skip: frozenset[str]
    """Adverbs and auxiliaries that sit between a subject and its verb ("also", "juga")."""
    joins: frozenset[str]
    """Words after which a verb has the sentence's subject: "and said", "dengan mengatakan", "by saying"."""
    relatives: frozenset[str]
    affiliation: frozenset[str]
    """Words joining a person to an organisation or place ("Doug Miller of Milltech Marine")."""
    passive_by: frozenset[str]
    word_mention: frozenset[str]
    """Nouns that put a word itself in quotation marks ("the word", "kata"), not speech."""


_EN = _Lexicon(
    verbs=_words(
        "say says said saying tell tells told telling add adds added adding state states stated stating "
        "ask asks asked asking write writes wrote writing tweet tweets tweeted tweeting "
        "explain explains explained explaining note notes noted noting continue continues continued continuing "
        "remark remarks remarked remarking comment comments commented commenting claim claims claimed claiming "
        "argue argues argued arguing insist insists insisted insisting warn warns warned warning "
        "caution cautions cautioned cautioning announce announces announced announcing "
        "declare declares declared declaring recall recalls recalled recalling describe describes described "
        "describing call calls called calling propose proposes proposed proposing reply replies replied replying "
        "respond responds responded responding admit admits admitted admitting acknowledge acknowledges "
        "acknowledged acknowledging elaborate elaborates elaborated elaborating stress stresses stressed stressing "
        "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing urge urges urged "
        "urging quip quips quipped concede concedes conceded conceding predict predicts predicted predicting "
        "vow vows vowed vowing joke jokes joked joking complain complains complained complaining "
        "reveal reveals revealed revealing talk talks talked talking speak speaks spoke speaking "
        "suggest suggests suggested suggesting report reports reported reporting thank thanks thanked thanking "
        "cite cites cited citing criticize criticizes criticized criticizing criticise criticises criticised "
        "criticising condemn condemns condemned condemning denounce denounces denounced denouncing "
        "defend defends defended defending praise praises praised praising welcome welcomes welcomed welcoming "
        "posted"
    ),
    inverted=_words(
        "said says added adds wrote writes tweeted asked asks continued continues explained stated recalled "
        "recalls noted remarked replied quipped"
    ),
    according=_words("according"),
    pronouns=_words("he she they"),
    person_nouns=_words(
        "official spokesman spokeswoman spokesperson minister president secretary director chief judge "
        "mayor governor senator leader coach officer doctor professor expert lawyer prosecutor ambassador "
        "envoy chancellor premier king queen prince pope archbishop bishop actor actress singer player captain "
        "manager executive founder chairman chairwoman analyst researcher scientist author activist general "
        "commander diplomat lawmaker legislator representative"
    ),
    definite_before=_words("the"),
    definite_after=frozenset(),
    skip=_words(
        "also later then again further previously recently once still reportedly allegedly earlier initially "
        "has have had would will simply just"
    ),
    joins=_words("and but by while after before"),
    relatives=_words("who as"),
    affiliation=_words("of from at for"),
    passive_by=_words("by"),
    word_mention=_words("word words term terms phrase phrases"),
)
_ID = _Lexicon(
    verbs=_words(
        "mengatakan berkata menyatakan menambahkan mengungkapkan menjelaskan menegaskan menuturkan memperingatkan "
        "menulis mencuit melanjutkan menyebut menyebutnya menggambarkan bertanya menanyakan mengklaim mengumumkan "
        "menekankan mencatat mengakui menilai berpendapat menyampaikan mengimbau menceritakan bercerita berujar "
        "berkomentar menandaskan mengingatkan membantah menjawab menanggapi mengusulkan mengkritik mengecam "
        "memuji menyambut membela"
    ),
    inverted=_words(
        "kata ujar ungkap tambah jelas tegas tutur imbuh lanjut tulis sebut seru pungkas terang papar cetus ucap "
        # Passive: "Hal itu disampaikan Menteri Kesehatan Budi Gunadi Sadikin".
        "disampaikan dikatakan diungkapkan dijelaskan ditegaskan dituturkan disebutkan"
    ),
    according=_words("menurut"),
    pronouns=_words("dia ia beliau mereka"),
    person_nouns=_words(
        "pejabat bicara menteri presiden direktur kepala ketua hakim gubernur walikota kota pelatih dokter "
        "profesor pakar ahli analis pengacara jaksa saksi pemain aktor aktris penyanyi "
        "sekretaris besar jenderal komandan pemimpin politisi anggota diplomat"
    ),
    definite_before=frozenset(),
    definite_after=_words("tersebut itu ini"),
    skip=_words("juga telah sudah sempat kemudian lalu pun lagi pernah akan masih hanya"),
    joins=_words("dan serta dengan sambil seraya"),
    relatives=_words("yang"),
    affiliation=_words("dari di pada untuk"),
    passive_by=_words("oleh"),
    word_mention=_words("kata istilah frasa sebutan"),
)
_LEXICONS = {"en": _EN, "id": _ID}
_ROLES = frozenset(
    w.casefold()
    for w in (
        "President Presiden Vice Wakil Prime Perdana Minister Menteri Secretary Sekretaris Director Direktur "
        "Director-General Direktur-Jenderal General Jenderal Jendral Senator Sen Representative Rep Congressman "
        "Congresswoman Governor Gubernur Gov Mayor Walikota Wali Chancellor Chairman Chairwoman Chair Ketua Chief "
        "Kepala Executive Eksekutif Speaker Leader Whip Judge Hakim Justice Attorney Jaksa Prosecutor Officer "
        "Commissioner Inspector Detective Sergeant Sgt Captain Kapten Capt Colonel Kolonel Col Lieutenant Letnan "
        "Lt Admiral Laksamana Ambassador Duta Envoy Spokesman Spokeswoman Spokesperson Juru Bicara Dr Doctor "
        "Dokter Prof Professor Profesor Mr Mrs Ms Sir Dame Lord Lady King Raja Queen Ratu Prince Pangeran "
        "Princess Putri Crown Emperor Pope Paus Cardinal Kardinal Archbishop Uskup Agung Bishop Reverend Rev "
        "Imam Rabbi Sheikh Coach Pelatih Manager Founder Pendiri CEO Premier Deputy Assistant Acting Former "
        "Mantan Foreign Luar Negeri Defense Defence Pertahanan Interior Health Kesehatan Finance Keuangan State "
        "Negara Security Keamanan National Nasional Federal Minority Majority House Senate Monsenor Monsignor "
        "Pak Bapak Bu Ibu Tuan Nyonya Haji Hj Ustaz Kiai Bupati Anggota Member MP Legislator Penasihat Adviser "
        "Advisor Chairperson Head Kapolri Kapolda Komisaris Kombes AKBP AKP Kompol Iptu Ipda Brigjen Irjen Komjen "
        "Kapolres Kapolsek Kabid Kasat Kasubdit Kadiv Humas Letjen Mayjen Laksda Marsekal Panglima Camat Lurah "
        "Sekjen Dirut Jubir Plt Gen Maj Cmdr Adm Supt Insp Det Commander Marshal Secretary-General Councillor "
        "Councilman Councilwoman Sheriff Father Pastor Magistrate MEP"
    ).split()
)
"""Offices and titles printed before a name ("Menteri Pertahanan AS Lloyd Austin"); alone, one stands for a person
("ucap Presiden")."""
_OCCUPATIONS = frozenset(
    w.casefold()
    for w in (
        "Engineer Broadcaster Journalist Reporter Editor Writer Author Actor Actress Singer Rapper Musician Producer "
        "Economist Analyst Historian Lawyer Scientist Researcher Physician Surgeon Nurse Teacher Student Resident "
        "Activist Campaigner Chef Pilot Athlete Striker Goalkeeper Midfielder Designer Architect Artist "
        "Photographer Filmmaker Novelist Poet Comedian Presenter Commentator Entrepreneur Businessman Businesswoman "
        "Investor Official Diplomat Lawmaker Politician Candidate Protester Witness Survivor Suspect Defendant "
        "Insinyur Wartawan Jurnalis Penyiar Pengamat Peneliti Ekonom Sejarawan Pengacara Advokat Penulis Aktor "
        "Aktris Penyanyi Sutradara Pemain Pendiri Pemilik Petani Guru Mahasiswa Siswa Warga Perawat Ilmuwan Pakar "
        "Ahli Analis Aktivis Politisi Politikus Pengusaha Saksi Tersangka Terdakwa"
    ).split()
)
"""Occupations printed before a name ("Engineer Tom Baker", "Pengamat Budi Santoso"); alone, one is nobody in
particular ("Warga menyebut…")."""
_INSTITUTIONS = frozenset(
    w.casefold()
    for w in (
        "Association Organization Organisation Ministry Department Agency Office Committee Council Commission "
        "Party Union Institute University College School Bureau Service Forces Force Army Navy Police Foundation "
        "Society Company Corporation Group Bank Court Congress Parliament Government Times Post News Press "
        "Journal Herald Guardian Network Center Centre Hospital League Federation Club Assembly Fund "
        "International Nations Affairs "
        "Asosiasi Organisasi Kementerian Departemen Badan Kantor Komite Dewan Komisi Partai Lembaga Institut "
        "Universitas Sekolah Biro Pasukan Angkatan Polisi Kepolisian Yayasan Perusahaan Pengadilan Pemerintah "
        "Rumah Sakit Liga Federasi Majelis Pusat"
    ).split()
)
"""Words of organisation names: a run holding one is an organisation, never stripped to a "name"."""
_PARTICLES = frozenset("al bin binti ibn van von de da del della der den du dos das el le la ter y".split())
"""Lowercase words inside personal names ("Mohammad bin Salman")."""
_NOT_NAMES = frozenset(
    w.casefold()
    for w in (
        # English function words that start sentences.
        "The A An In On At Of For To From By With As After Before During Since While When Where Why How What "
        "Who Which This That These Those There Here It Its He She They We I You His Her Their Our My Your Him "
        "Them Us Yesterday Today Tonight Tomorrow Meanwhile However But And Or So Also Still Although Though "
        "Because If Unless Despite Earlier Later Previously Reportedly According One Two Three Some Many Most "
        "Several All Both Each Every Another Other Such No Not Nor Over Under Around About Among Between Last "
        "Next Then Now Thus Instead Regarding Speaking Following Per Like Unlike Even Only Just Yes "
        # Indonesian.
        "Pada Di Ke Dari Dalam Untuk Dengan Yang Dan Atau Ini Itu Tersebut Namun Tetapi Tapi Sementara Hingga "
        "Sejak Saat Ketika Setelah Sebelum Menurut Kemarin Besok Sebuah Seorang Para Semua Beberapa Banyak "
        "Dia Ia Mereka Kami Kita Saya Aku Anda Beliau Selain Meski Meskipun Walaupun Jika Kalau Karena Sebab "
        "Oleh Bagi Tentang Secara Sedangkan Adapun Bahkan Juga Lalu Kemudian Akhirnya Selama Terhadap Begitu "
        # Days and months.
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
        "August September October November December Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari "
        "Maret Mei Juni Juli Agustus Oktober Desember"
    ).split()
)
"""Capitalised words that are never (the start of) a speaker's name: sentence openers, days, months."""
_TIME = frozenset(
    w.casefold()
    for w in (
        "on yesterday today tonight earlier later this week Monday Tuesday Wednesday Thursday Friday Saturday "
        "Sunday pada hari kemarin ini Senin Selasa Rabu Kamis Jumat Sabtu Minggu"
    ).split()
)
"""Time words that may sit between a subject and its verb ("Damang on Tuesday told", "Austin pada hari Rabu")."""
_PLACES = frozenset(
    w.casefold()
    for w in (
        "North South East West Central United States Kingdom Republic Island Islands City Province Utara Selatan "
        "Barat Timur Tengah Serikat Raya Republik Kerajaan Pulau Kota Provinsi"
    ).split()
)
"""Words of place names ("Korea Utara", "United States"): a run holding one is not a person."""
_COUNTRIES = frozenset(
    w.casefold()
    for w in (
        "AS Amerika Inggris Britania Prancis Perancis Jerman Rusia Ukraina China Tiongkok Jepang Korea India Israel "
        "Palestina Iran Irak Suriah Turki Saudi Mesir Yordania Lebanon Qatar Yaman Australia Kanada Italia Spanyol "
        "Belanda Belgia Swedia Norwegia Finlandia Denmark Polandia Hungaria Austria Swiss Yunani Portugal Malaysia "
        "Singapura Filipina Thailand Vietnam Myanmar Kamboja Afghanistan Pakistan Bangladesh Brasil Meksiko "
        "Argentina Kolombia Venezuela Kuba Nigeria Afrika Kenya Ethiopia Sudan Libya Tunisia Aljazair Maroko "
        "Indonesia Taiwan Mongolia Kazakhstan Belarus Armenia Azerbaijan Serbia Kroasia Kremlin Pentagon Vatikan "
        "PBB NATO ASEAN UE Eropa Gaza Hamas Taliban US UK Britain France Germany Russia Ukraine Japan Spain Italy "
        "Turkey Egypt Syria Iraq Canada Mexico Brazil"
    ).split()
)
"""Countries and bodies an Indonesian title names after the office, before the name: "Presiden Ukraina
Volodymyr Zelenskyy", "Juru bicara Kremlin Dmitry Peskov"; and what "a U.S. official" is not."""

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st gen gov sen rep lt col capt sgt mt ft no inc ltd co corp vs etc jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
"""Words whose full stop does not end a sentence ("Dr. Tom Frieden", "Oct. 31")."""
_PASSIVE = frozenset("is are was were be been being am get gets got become became".split())
"""Words before a verb that make it passive ("was commonly called"): its subject is not the speaker."""
_CLAUSE_WORDS = frozenset(
    "while whereas and but as when after before because although though since if which who that where "
    "sementara dan tetapi tapi namun sedangkan ketika saat karena yang bahwa setelah".split()
)
"""Words that open a new clause: a subject after one belongs to that clause, not to the quote before."""
_DETERMINERS = frozenset("the a an his her their its this that seorang sebuah".split())
_INDEFINITE = frozenset("a an one seorang sebuah salah".split())
"""Words making a description indefinite: "a U.S. official", "seorang pejabat AS" name nobody in particular."""
_ROLE_NOUNS = (
    _EN.person_nouns
    | _ID.person_nouns
    | _words(
        "prime former deputy vice foreign interior health defense defence state assistant acting eksekutif mantan "
        "wakil juru perdana luar negeri dalam"
    )
)
"""Lowercase role words between a country or party and a name: "Greek prime minister Kyriakos Mitsotakis"."""
_NAMING = _words("call calls called calling dub dubbed name named menyebut menyebutnya dijuluki disebut bernama")
"""Verbs that give a name rather than report speech: "a program called "Learning Together"."""
_MAX_CUE_DISTANCE = 14
"""Tokens from a quote to the verb attributing it ("…,” 1st Fleet Command's Navy Information Agency head Arba Agung told")."""
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "’": "'",
    }
)


def _fold(text: str) -> str:
    """Case, accents and spacing ignored: how names are compared ("Erdogan" is "Erdoğan")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


# --- Quotation marks ------------------------------------------------------------------------------


_OPENING = "“„«"
_CLOSING = "”»"
_STRAIGHT = '"'
_OPENS_AFTER = " \t\n([{—–-/:"
_TERMINAL = re.compile(r"[.…](?:\[\.\]|[\])'’])*$|\[\.\]$")
"""A quote ending its sentence: "…dilihat.", "…victims[.]". Not "?" or "!": “Why?” Smith asked."""


@dataclass(frozen=True)
class _Span:
    """One quote's place in a paragraph: marks (None when missing) and the text between them."""

    open: int | None
    close: int | None
    start: int
    end: int


def _mark_kind(text: str, i: int) -> str:
    """'open', 'close' or 'either', from the mark itself or, for a straight mark, from its neighbours."""
    char = text[i]
    if char in _OPENING:
        return "open"
    if char in _CLOSING:
        return "close"
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPENS_AFTER and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _clause_start(text: str, before: int, floor: int) -> int:
    """Where the sentence holding `before` starts, not earlier than `floor`: for a quote whose opening mark is lost."""
    for match in reversed(list(re.finditer(r"[.!?]\s+", text[floor:before]))):
        word = re.search(r"(\w+)\.$", text[floor : floor + match.start() + 1])
        if word is None or (word[1].casefold() not in _ABBREVIATIONS and len(word[1]) > 1):
            return floor + match.end()
    return floor


def _quote_spans(text: str) -> list[_Span]:
    """Outermost quotes of a paragraph; nested ones stay inside their quote.

    A quote still open at the paragraph's end runs to it (news style opens
    every paragraph of a long quote and closes only the last); a closing mark
    with no opening one starts its quote at its own sentence.
    """
    spans: list[_Span] = []
    depth, opened = 0, 0
    for i, char in enumerate(text):
        if char not in _OPENING and char not in _CLOSING and char != _STRAIGHT:
            continue
        kind = _mark_kind(text, i)
        if kind == "either":
            kind = "close" if depth else "open"
        if kind == "open":
            depth, opened = depth + 1, i if depth == 0 else opened
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append(_Span(opened, i, opened + 1, i))
        else:
            floor = spans[-1].end + 1 if spans else 0
            spans.append(_Span(None, i, _clause_start(text, i, floor), i))
    if depth:
        spans.append(_Span(opened, None, opened + 1, len(text)))
    return [_trimmed(text, span) for span in spans]


def _trimmed(text: str, span: _Span) -> _Span:
    inner = text[span.start : span.end]
    start = span.start + len(inner) - len(inner.lstrip())
    return _Span(span.open, span.close, start, max(start, span.start + len(inner.rstrip())))


# --- Tokens, sentences and clauses ----------------------------------------------------------------


_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    kind: str
    """'word', 'punct' or 'quote' (a whole quote, marks included)."""
    quote: int = -1
    """For a 'quote' token: its index among the paragraph's quotes."""

    @property
    def lower(self) -> str:
        return self.text.casefold()


def _tokens(text: str, spans: list[_Span]) -> list[_Token]:
    """Words and punctuation outside quotes, each quote as one token, in order."""
    tokens: list[_Token] = []
    position = 0
    for number, span in enumerate(spans):
        left = span.open if span.open is not None else span.start
        tokens += _plain_tokens(text, position, left)
        right = span.close + 1 if span.close is not None else span.end
        tokens.append(_Token(text[left:right], left, right, "quote", number))
        position = right
    return tokens + _plain_tokens(text, position, len(text))


def _plain_tokens(text: str, start: int, end: int) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text, start, end):
        word = match[0]
        if word in _OPENING or word in _CLOSING or word == _STRAIGHT:
            continue
        kind = "word" if word[0].isalnum() else "punct"
        stop = match.end()
        initial = len(word) == 1 and word.isupper()
        abbreviation = kind == "word" and (initial or "." in word or word.casefold() in _ABBREVIATIONS)
        if abbreviation and text[stop : stop + 1] == ".":
            word, stop = word + ".", stop + 1
        tokens.append(_Token(word, match.start(), stop, kind))
    # A full stop already swallowed by an abbreviation leaves an empty match; keep tokens disjoint.
    return [t for i, t in enumerate(tokens) if i == 0 or t.start >= tokens[i - 1].end]


def _sentence_starts(tokens: list[_Token], quote_texts: list[str]) -> list[bool]:
    """For each token, whether a sentence starts there."""
    starts = [False] * len(tokens)
    for i, token in enumerate(tokens):
        if i == 0:
            starts[i] = True
            continue
        before = tokens[i - 1]
        ends = (before.kind == "punct" and before.text in ".!?") or (
            before.kind == "quote" and _TERMINAL.search(quote_texts[before.quote]) is not None
        )
        starts[i] = ends and (token.kind == "quote" or token.text[0].isupper() or token.text[0].isdigit())
    return starts


@dataclass(frozen=True)
class _Paragraph:
    """One paragraph read into tokens, with the questions the attribution rules ask of them."""

    text: str
    spans: list[_Span]
    tokens: list[_Token]
    starts: list[bool]
    """Whether a sentence starts at each token."""
    lexicon: _Lexicon
    common: frozenset[str]
    """Words the article prints in lowercase: capitalised at a sentence start, they are not names."""
    proper: frozenset[str]
    """Words the article capitalises inside a sentence: names, wherever they stand."""
    bounds: tuple[tuple[int, int], ...]
    """For each token, its sentence: first token, and the token after the last."""
    floors: tuple[int, ...]
    """For each token, the first token of its clause: after its sentence's start, the last quote or ';' before it."""
    ceilings: tuple[int, ...]
    """For each token, where its clause ends: the next quote or ';' in its sentence, or the sentence's end."""
    dashes: tuple[int, ...]
    brackets: tuple[tuple[int, ...], tuple[int, ...]]
    """Token indices of "(" and of ")"."""

    def word(self, i: int) -> str:
        """Token i in lowercase, or "" past either end or for a quote."""
        return self.tokens[i].lower if 0 <= i < len(self.tokens) and self.tokens[i].kind != "quote" else ""

    def is_name_word(self, i: int) -> bool:
        token = self.tokens[i]
        if token.kind != "word":
            return False
        base = _base(token.text)
        if _is_acronym(base):
            return True
        if not (base[0].isupper() or re.match(r"[a-z]{1,3}-\w", base)) or base.casefold() in _NOT_NAMES:
            return False
        return not (self.starts[i] and (base.casefold() in self.common or base.endswith("ly")))

    def joined(self, i: int) -> bool:
        """Whether token i follows token i-1 with only spaces between (so they can form one name)."""
        return i > 0 and self.text[self.tokens[i - 1].end : self.tokens[i].start].isspace()

    def _linked_across(self, left: int, middle: int) -> bool:
        """Whether name words `left` and `middle + 1` form one name across the lowercase `middle`: a particle
        ("Mohammad bin Salman"), or "of" after an institution ("University of California")."""
        if not (self.joined(middle) and self.joined(middle + 1) and self.is_name_word(left) and self.is_name_word(middle + 1)):
            return False
        word = self.tokens[middle].text
        return word in _PARTICLES or (word == "of" and _base(self.tokens[left].text).casefold() in _INSTITUTIONS)

    def run_ending(self, last: int, floor: int) -> tuple[int, int] | None:
        """The capitalised run ending at token `last`, not before `floor`."""
        if last < floor or not self.is_name_word(last):
            return None
        first = last
        while first - 1 >= floor and self.joined(first):
            previous = first - 1
            if self.is_name_word(previous) and not self.tokens[previous].text.endswith(("'s", "’s")):
                first = previous
            elif previous - 1 >= floor and self._linked_across(previous - 1, previous):
                first = previous - 1
            else:
                break
        return first, last

    def run_starting(self, first: int, ceiling: int) -> tuple[int, int] | None:
        """The capitalised run starting at token `first`, ending before `ceiling`."""
        if first >= ceiling or not self.is_name_word(first):
            return None
        last = first
        while last + 1 < ceiling and self.joined(last + 1) and not self.tokens[last].text.endswith(("'s", "’s")):
            following = last + 1
            if self.is_name_word(following):
                last = following
            elif following + 1 < ceiling and self._linked_across(last, following):
                last = following + 1
            else:
                break
        return first, last

    def name(self, first: int, last: int) -> _Name:
        words = tuple(_base(t.text) for t in self.tokens[first : last + 1])
        possessive = self.tokens[last].text.endswith(("'s", "’s"))
        weak = first == last and self.starts[first] and not _is_acronym(words[0]) and words[0] not in self.proper
        return _Name(words, first, possessive, weak)


def _read_paragraph(text: str, lexicon: _Lexicon, common: frozenset[str], proper: frozenset[str]) -> _Paragraph:
    """A paragraph's quotes, tokens, sentences and clauses, worked out once."""
    spans = _quote_spans(text)
    tokens = _tokens(text, spans)
    starts = _sentence_starts(tokens, [text[s.start : s.end] for s in spans])
    sentence_starts = [i for i, start in enumerate(starts) if start] + [len(tokens)]
    bounds, floors, breaks = [], [], []
    for number, first in enumerate(sentence_starts[:-1]):
        end, floor = sentence_starts[number + 1], first
        for i in range(first, end):
            bounds.append((first, end))
            floors.append(floor)
            if tokens[i].kind == "quote" or tokens[i].text == ";":
                breaks.append(i)
                floor = i + 1
    following = (bisect_right(breaks, i) for i in range(len(tokens)))
    ceilings = [min(breaks[k], bounds[i][1]) if k < len(breaks) else bounds[i][1] for i, k in enumerate(following)]
    marks = {m: tuple(i for i, t in enumerate(tokens) if t.kind == "punct" and t.text in m) for m in ("—–", "(", ")")}
    return _Paragraph(
        text,
        spans,
        tokens,
        starts,
        lexicon,
        common,
        proper,
        tuple(bounds),
        tuple(floors),
        tuple(ceilings),
        marks["—–"],
        (marks["("], marks[")"]),
    )


# --- Names ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]
    at: int
    """Token index of the name's first word."""
    possessive: bool = False
    weak: bool = False
    """One capitalised word opening a sentence, never capitalised elsewhere: maybe no name at all ("Warga menyebut…")."""


@dataclass(frozen=True)
class _Pronoun:
    at: int


@dataclass(frozen=True)
class _Title:
    """A definite title standing for someone named before: "the official", "pejabat tersebut"."""

    at: int
    last: int
    """Token index of the title's last word."""


@dataclass(frozen=True)
class _SentenceSubject:
    """The verb's subject is the sentence's: "…, adding", "and said", "dengan mengatakan"."""

    at: int
    guessed: bool = False
    """True when only the lack of a nearer subject points there ("Mitsotakis speaking to the … think tank called"):
    then only a personal name will do."""


_Mention = _Name | _Pronoun | _Title | _SentenceSubject


def _base(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _is_role(word: str) -> bool:
    """An office, title or occupation: cut from before a name."""
    bare = word.rstrip(".").casefold()
    return bare in _ROLES or bare in _OCCUPATIONS


def _is_office(words: tuple[str, ...]) -> bool:
    """Only office words ("Presiden", "the Prime Minister"): they stand for the person holding it."""
    return all(w.rstrip(".").casefold() in _ROLES for w in words)


def _is_acronym(word: str) -> bool:
    """ "WHO", "AS", "U.S.": capitals only, a name or part of one wherever it stands."""
    bare = word.replace(".", "")
    return len(bare) > 1 and bare.isalpha() and bare.isupper()


def _person_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """A run without the titles and organisation before the name.

    "Menteri Pertahanan AS Lloyd Austin" → Lloyd Austin; "Amnesty International
    Man-kei Tam" → Man-kei Tam; an organisation alone ("World Health
    Organization") is kept whole.
    """

    def institution(word: str) -> bool:
        return word.casefold() in _INSTITUTIONS

    cut = max((i for i, w in enumerate(words[:-1]) if _is_role(w) or _is_acronym(w) or institution(w)), default=-1)
    rest = words[cut + 1 :]
    if any(map(institution, rest)) or _is_role_only(rest) or not rest[0][0].isupper():
        return words
    if any(map(institution, words[:cut])) and len(rest) < 2:
        return words  # "Kementerian Luar Negeri China": the ministry, not China.
    while len(rest) > 2 and rest[0].casefold() in _COUNTRIES:
        rest = rest[1:]
    return words if cut >= 0 and institution(words[cut]) and len(rest) < 2 else rest


def _is_person(words: tuple[str, ...]) -> bool:
    return bool(words) and not any(w.casefold() in _INSTITUTIONS or w.casefold() in _PLACES for w in words)


def _is_role_only(words: tuple[str, ...]) -> bool:
    return all(_is_role(w) for w in words)


# --- Subjects of reporting verbs ------------------------------------------------------------------


def _skip_back(par: _Paragraph, floor: int, i: int) -> int:
    """Step back over adverbs and time words between a subject and its verb ("also", "on Tuesday", "juga")."""
    lex = par.lexicon
    while i >= floor:
        word = par.word(i)
        if word in lex.skip or word in _TIME or (lex is _EN and word.endswith("ly") and not par.is_name_word(i)):
            i -= 1
        else:
            break
    return i


def _is_participle(par: _Paragraph, verb: int) -> bool:
    return par.lexicon is _EN and par.word(verb).endswith("ing")


def _subject_before(par: _Paragraph, floor: int, verb: int) -> _Mention | None:
    """Who does `verb`, looking back from it: "Nancy Pelosi, the Speaker of the House, said"."""
    lex, tokens = par.lexicon, par.tokens
    i = _skip_back(par, floor, verb - 1)
    if i < floor:
        return None
    token = tokens[i]
    if par.word(i) in lex.pronouns:
        return _Pronoun(i)
    if token.text == ")":
        opening = next((j for j in range(i, floor - 1, -1) if tokens[j].text == "("), None)
        return _subject_before(par, floor, opening) if opening is not None else None
    if run := par.run_ending(i, floor):
        if par.word(run[1] + 1) in lex.definite_after or _is_office(par.name(*run).words):
            return _Title(run[0], run[1])
        return _affiliated(par, floor, *run)
    if token.text == ",":
        return _SentenceSubject(verb) if _is_participle(par, verb) else _after_apposition(par, floor, i)
    if par.word(i) in lex.relatives:
        return _subject_before(par, floor, i)
    if par.word(i) in lex.joins:
        return _SentenceSubject(verb)
    if title := _title_ending(par, floor, i):
        return title
    if i - 1 >= floor and tokens[i - 1].text.endswith(("'s", "’s")) and (run := par.run_ending(i - 1, floor)):
        return par.name(*run)  # "The WHO's website said": the organisation speaks.
    if token.kind == "word" and par.word(i) not in _PASSIVE and par.lexicon is _EN:
        return _SentenceSubject(verb, guessed=True)
    return None


def _after_apposition(par: _Paragraph, floor: int, comma: int) -> _Mention | None:
    """The subject before ", <apposition>,": the apposition is the name, or the name precedes it."""
    tokens = par.tokens
    opening = next((j for j in range(comma - 1, floor - 1, -1) if tokens[j].text == ","), floor - 1)
    segment = opening + 1
    if (run := par.run_ending(comma - 1, segment)) and run[0] == segment:
        return _affiliated(par, segment, *run)
    if opening < floor:
        return None
    if run := par.run_ending(opening - 1, floor):
        return _affiliated(par, floor, *run)
    return _Pronoun(opening - 1) if par.word(opening - 1) in par.lexicon.pronouns else None


def _affiliated(par: _Paragraph, floor: int, first: int, last: int) -> _Name | None:
    """The person in "Doug Miller of Milltech Marine" and in "Mayor of London Sadiq Khan"."""
    name = par.name(first, last)
    link = first - 1
    if link > floor and par.word(link) in par.lexicon.definite_before:
        link -= 1
    if _is_role_only(name.words):
        return None
    if link <= floor or par.word(link) not in par.lexicon.affiliation:
        return name
    holder = par.run_ending(link - 1, floor)
    if holder is None or _is_role_only(par.name(*holder).words):
        role_before = holder is not None or par.word(link - 1) in _ROLE_NOUNS
        return _Name(name.words[1:], first + 1) if role_before and len(name.words) >= 3 else name
    return par.name(*holder)


def _title_ending(par: _Paragraph, floor: int, i: int) -> _Title | None:
    """ "the (former) official" ending at token i, or "pejabat tersebut", "Mantan Juru Bicara KPK ini"."""
    lex = par.lexicon
    if par.word(i) in lex.definite_after:
        for j in range(i - 1, max(floor, i - 6) - 1, -1):
            if par.word(j) in lex.person_nouns:
                return _Title(j, i)
            if par.tokens[j].kind != "word":
                break
    if par.word(i) in lex.person_nouns:
        for j in range(i - 1, max(floor, i - 3) - 1, -1):
            if par.word(j) in lex.definite_before:
                return _Title(j, i)
            if par.tokens[j].kind != "word" or par.is_name_word(j):
                break
    return None


def _subject_after(par: _Paragraph, start: int, ceiling: int) -> _Mention | None:
    """Who is named after a verb: "said Austin", "kata Austin kepada wartawan", "menurut juru bicara Woolworths".

    Within a few words the first personal name wins; else the first
    organisation, else a possessor ("according to … Erdogan's office"). A
    definite title or pronoun before any name stands for the last speaker; in an
    indefinite description a country is no one's name ("said a U.S. official").
    """
    lex, tokens = par.lexicon, par.tokens
    fallback: _Name | None = None
    words, i, indefinite = 0, start, False
    while i < ceiling and words < 9 and tokens[i].kind != "quote" and tokens[i].text not in ".;:!?":
        words += tokens[i].kind == "word"
        indefinite = indefinite or par.word(i) in _INDEFINITE
        if par.word(i) in lex.pronouns and fallback is None:
            return _Pronoun(i)
        run = par.run_starting(i, ceiling)
        if run and _is_office(par.name(*run).words) and fallback is None and par.word(run[1] + 1) != "of":
            return _Title(*run)
        if title := _title_ending(par, start, i):
            return title if fallback is None else fallback
        if run is None:
            i += 1
            continue
        name = par.name(*run)
        modifier = indefinite and len(name.words) == 1 and (_is_acronym(name.words[0]) or name.words[0].casefold() in _COUNTRIES)
        if par.word(run[1] + 1) == "of" or _is_role_only(name.words) or modifier:
            i = run[1] + 1
            continue
        if par.word(i - 1) in lex.affiliation and i > start and len(name.words) >= 3:
            name = _Name(name.words[1:], i + 1)
        if not name.possessive and _is_person(_person_words(name.words)):
            return name
        fallback = fallback or name
        i = run[1] + 1
    return fallback


# --- Reporting events -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Event:
    """A reporting verb outside quotes and who it says is speaking."""

    verb: int
    kind: str
    """'before' (subject printed first: "Austin said"), 'after' ("kata Austin"), 'according', 'passive' or
    'pronoun' ("ujarnya")."""
    subject: _Mention | None


def _verb_kind(par: _Paragraph, i: int) -> str | None:
    """What kind of reporting verb token i is, or None when it is not one."""
    token, lex = par.tokens[i], par.lexicon
    if token.kind != "word":
        return None
    lower = token.lower
    if token.text[0].isupper() and not (par.starts[i] and (lower in lex.according or _is_participle(par, i))):
        return None
    if lower in lex.according:
        return "according"
    if lex is _ID and lower.endswith("nya") and lower[:-3] in lex.inverted:
        return "pronoun"
    if lex is _ID and lower in lex.inverted:
        return "after"
    if lower in lex.verbs or lower in lex.inverted:
        return "passive" if par.word(i + 1) in lex.passive_by else "before"
    return None


def _event(par: _Paragraph, verb: int, kind: str) -> _Event:
    floor, ceiling = par.floors[verb], par.ceilings[verb]
    if kind == "pronoun":
        return _Event(verb, kind, _Pronoun(verb))
    if kind == "according":
        start = verb + 2 if par.word(verb + 1) == "to" else verb + 1
        return _Event(verb, kind, _subject_after(par, start, ceiling))
    if kind == "passive":
        return _Event(verb, kind, _subject_after(par, verb + 2, ceiling))
    if kind == "after":
        return _Event(verb, kind, _subject_after(par, verb + 1, ceiling))
    subject = _subject_before(par, floor, verb)
    opens_clause = verb == floor or par.tokens[verb - 1].text == ","
    if subject is None and opens_clause and par.word(verb) in par.lexicon.inverted:
        return _Event(verb, "after", _subject_after(par, verb + 1, ceiling))
    return _Event(verb, kind, subject)


def _events(par: _Paragraph) -> list[_Event]:
    return [_event(par, i, kind) for i in range(len(par.tokens)) if (kind := _verb_kind(par, i)) is not None]


# --- Reading the article in order -----------------------------------------------------------------


@dataclass
class _Reader:
    """What reading the article so far has established: the names printed, the last speaker named.

    Mutable on purpose: it is the state of one reading, made and dropped inside `find_quotes`.
    """

    known: list[tuple[str, ...]]
    """Multi-word personal names printed so far, newest last."""
    last_speaker: str | None = None

    def learn(self, words: tuple[str, ...]) -> None:
        """Note a full name as printed now: the newest one with a surname wins."""
        if words in self.known:
            self.known.remove(words)
        self.known.append(words)

    def full_name(self, words: tuple[str, ...]) -> str:
        """A surname alone ("Austin") stands for the full name printed earlier ("Lloyd Austin")."""
        if len(words) == 1:
            wanted = _fold(words[0])
            for matches in (lambda k: _fold(k[-1]) == wanted, lambda k: _fold(k[0]) == wanted):
                for known in reversed(self.known):
                    if matches(known):
                        return " ".join(known)
        return " ".join(words)


def _name_of(reader: _Reader, mention: _Name) -> str | None:
    words = _person_words(mention.words)
    if _is_role_only(words):
        return None
    full = reader.full_name(words)
    return None if mention.weak and " " not in full else full


def _person_name_of(reader: _Reader, mention: _Name) -> str | None:
    """A name only if it is a person's, printed in full or earlier: what a sentence's subject must be to count."""
    words = _person_words(mention.words)
    person = _is_person(words) and not _is_role_only(words) and not mention.possessive
    full = reader.full_name(words) if person else ""
    return full if " " in full else None


def _resolve(par: _Paragraph, reader: _Reader, events: list[_Event], index: int) -> str | None:
    """The speaker's name for events[index], reading pronouns, titles and shared subjects."""
    subject = events[index].subject
    if isinstance(subject, _Name):
        return _name_of(reader, subject)
    if isinstance(subject, _SentenceSubject):
        start = par.bounds[subject.at][0]
        for earlier in range(index - 1, -1, -1):
            if events[earlier].verb < start:
                break
            if events[earlier].subject is not None and not isinstance(events[earlier].subject, _SentenceSubject):
                return _resolve(par, reader, events, earlier)
        opener = _opening_subject(par, start, subject.at)
        if isinstance(opener, _Name):
            return (_person_name_of if subject.guessed else _name_of)(reader, opener)
        return reader.last_speaker if opener is not None else None
    if isinstance(subject, _Pronoun):
        start = par.bounds[subject.at][0]
        opener = _opening_subject(par, start, subject.at)
        if isinstance(opener, _Name) and opener.at < subject.at:
            return _name_of(reader, opener)
    return reader.last_speaker if subject is not None else None


def _opens_with_phrase(par: _Paragraph, start: int) -> bool:
    """Whether a sentence opens with a phrase before its subject: "On Tuesday,", "Amidst the bustle,"."""
    word = par.word(start)
    if word in par.lexicon.pronouns:
        return False
    return word in _NOT_NAMES or word in par.common or par.word(start + 1) in _DETERMINERS


def _opening_subject(par: _Paragraph, start: int, before: int) -> _Mention | None:
    """The subject a sentence opens with, after an opening phrase such as "On Tuesday,"."""
    first = start
    if _opens_with_phrase(par, start):
        comma = next((j for j in range(start, min(before, start + 12)) if par.tokens[j].text == ","), None)
        first = comma + 1 if comma is not None else start
    if first >= before:
        return None
    if par.word(first) in par.lexicon.pronouns:
        return _Pronoun(first)
    if title := _title_ending(par, first, min(first + 1, before - 1)):
        return title
    if par.word(first) in _DETERMINERS:
        first += 1
    while first < before and par.word(first) in _ROLE_NOUNS and not par.is_name_word(first):
        first += 1
    name = _noun_phrase_name(par, first, before)
    if name is not None and par.word(name.at + len(name.words)) in par.lexicon.definite_after:
        return _Title(name.at, name.at + len(name.words))  # "Mantan Juru Bicara KPK ini …": this one, named before.
    return name


def _noun_phrase_name(par: _Paragraph, first: int, before: int) -> _Name | None:
    """The name a subject phrase holds: "Greek prime minister Kyriakos Mitsotakis", "a Republican, Mark Amodei,"."""
    run = par.run_starting(first, before)
    if run is None:
        return None
    i = run[1] + 1
    while i < before and par.word(i) in _ROLE_NOUNS:
        i += 1
    if i > run[1] + 1 and (after := par.run_starting(i, before)):
        return par.name(*after)
    comma = run[1] + 1
    if comma < before and par.tokens[comma].text == "," and run[0] == run[1]:
        apposition = par.run_starting(comma + 1, before)
        if apposition and apposition[1] > apposition[0] and par.word(apposition[1] + 1) == ",":
            return par.name(*apposition)
    return par.name(*run)


def _read_along(par: _Paragraph, reader: _Reader, events: list[_Event]) -> list[str | None]:
    """Each event's speaker, reading the paragraph in order: names printed and sentence subjects update the reader."""
    printed = _paragraph_names(par)
    at_token = {event.verb: index for index, event in enumerate(events)}
    names: list[str | None] = [None] * len(events)
    for position in range(len(par.tokens)):
        _read_token(par, reader, printed, position)
        if (index := at_token.get(position)) is not None:
            names[index] = _resolve(par, reader, events, index)
            reader.last_speaker = names[index] or reader.last_speaker
    return names


def _read_token(par: _Paragraph, reader: _Reader, printed: dict[int, tuple[str, ...]], position: int) -> None:
    """Learn a name printed at this token; at a sentence start, its subject becomes the one a pronoun means."""
    if position in printed:
        reader.learn(printed[position])
    if not par.starts[position]:
        return
    opener = _opening_subject(par, position, par.bounds[position][1])
    if isinstance(opener, _Name) and (name := _person_name_of(reader, opener)):
        reader.last_speaker = name


def _paragraph_names(par: _Paragraph) -> dict[int, tuple[str, ...]]:
    """The multi-word personal names a paragraph prints, by the token each starts at."""
    names = {}
    i = 0
    while i < len(par.tokens):
        run = par.run_starting(i, len(par.tokens))
        if run is None:
            i += 1
            continue
        name = _affiliated(par, 0, *run) or par.name(*run)
        words = _person_words(name.words)
        if len(words) >= 2 and _is_person(words):
            names[run[0]] = words
        i = run[1] + 1
    return names


# --- Attributing each quote -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Before:
    """What the paragraph before leaves to the next one."""

    open_quote: str | None
    """The speaker of a quote it left open (it continues in the next paragraph)."""
    speaker: str | None
    """The last speaker it named: a paragraph holding only a quote continues them."""


def _attribute(par: _Paragraph, reader: _Reader, before: _Before) -> tuple[list[tuple[int, str | None, str | None]], _Before]:
    """Speakers of one paragraph's quotes, and what this paragraph leaves to the next."""
    events = _events(par)
    names = _read_along(par, reader, events)
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
        if linked is not None:
            speaker, cue = names[linked], _cue_text(par, events[linked], names[linked])
        else:
            speaker, cue = _unlinked(par, reader, token_index, speakers, events, names, before)
        speakers[token_index] = speaker
        results.append((token.quote, speaker, cue))
    left_open = bool(par.spans) and par.spans[-1].close is None
    named = [speaker for _, speaker, _ in results if speaker] or [name for name in names if name]
    return results, _Before(results[-1][1] if results and left_open else None, named[-1] if named else None)


def _is_title_of_work(text: str) -> bool:
    """ "Learning Together", "Best Hero": a short capitalised phrase, a name not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*|\d+", text.strip(" .,"))
    if not words or len(words) > 6 or re.search(r"[.!?;:]\s", text):
        return False
    minor = ("a", "an", "the", "of", "and", "for", "in", "on", "to")
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in minor for w in words)


def _spoken(par: _Paragraph, events: list[_Event], linked: int | None, text: str) -> bool:
    """Whether a capitalised short quote is speech: a cue reports it and it keeps its punctuation (“Siap,” kata Austin)."""
    return linked is not None and par.word(events[linked].verb) not in _NAMING and text.rstrip()[-1:] in ",.!?"


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _cue_text(par: _Paragraph, event: _Event, name: str | None) -> str:
    """The words the proposal rests on, as printed, and whom a pronoun or title stands for: "Dia menambahkan (= John Kirby)"."""
    subject = event.subject
    ends = [event.verb]
    if isinstance(subject, _Name):
        ends += [subject.at, subject.at + len(subject.words) - 1]
    elif isinstance(subject, _Title):
        ends += [subject.at, subject.last]
    elif isinstance(subject, _Pronoun):
        ends.append(subject.at)
    first, last = min(ends), min(max(ends), len(par.tokens) - 1)
    text = " ".join(par.text[par.tokens[first].start : par.tokens[last].end].split())
    text = text if len(text) <= 80 else text[:77] + "..."
    return text if name is None or _fold(name) in _fold(text) else f"{text} (= {name})"


def _mentions_a_word(par: _Paragraph, quote: int) -> bool:
    """ "the word "pandemic"", "kata "pandemi"": a word in quotation marks, not speech."""
    return par.word(quote - 1) in par.lexicon.word_mention and par.run_starting(quote + 1, len(par.tokens)) is None


def _linked_event(par: _Paragraph, events: list[_Event], names: list[str | None], quote: int) -> int | None:
    """The reporting event attributing a quote: right after it (“…,” kata Austin), else before it in its clause."""
    verbs = [event.verb for event in events]
    if not (quote + 1 < len(par.tokens) and par.starts[quote + 1]):
        ceiling = min(par.ceilings[quote], quote + _MAX_CUE_DISTANCE + 1)
        for index in range(bisect_right(verbs, quote), bisect_left(verbs, ceiling)):
            if _follows(par, events[index], quote):
                return index if names[index] is not None else None
    floor = par.floors[quote]
    for index in range(bisect_left(verbs, quote) - 1, bisect_left(verbs, floor) - 1, -1):
        if names[index] is not None and not _aside(par, events[index].verb, quote):
            return index
    return None


def _aside(par: _Paragraph, verb: int, quote: int) -> bool:
    """Whether a verb sits in an aside between dashes or brackets before the quote ("— which the BBC noted —")."""

    def any_in(marks: tuple[int, ...], low: int, high: int) -> bool:
        return bisect_left(marks, low) < bisect_left(marks, high)

    floor = par.floors[verb]
    dashes = any_in(par.dashes, floor, verb) and any_in(par.dashes, verb, quote)
    return dashes or (any_in(par.brackets[0], floor, verb) and any_in(par.brackets[1], verb, quote))


def _follows(par: _Paragraph, event: _Event, quote: int) -> bool:
    """Whether an event after a quote attributes it: "…,” Austin said", "…,” said Austin", "…” yang …, kata Austin"."""
    subject = event.subject
    if subject is None or event.kind == "passive":
        return False
    if event.kind == "before" and not isinstance(subject, _SentenceSubject):
        return subject.at > quote and par.word(subject.at - 1) not in _CLAUSE_WORDS
    words = [t for t in par.tokens[quote + 1 : event.verb] if t.kind == "word"]
    return not words or par.tokens[event.verb - 1].text == ","


def _unlinked(
    par: _Paragraph,
    reader: _Reader,
    quote: int,
    speakers: dict[int, str | None],
    events: list[_Event],
    names: list[str | None],
    before: _Before,
) -> tuple[str | None, str | None]:
    """A quote with no cue of its own: introduced by a sentence's subject, continuing a quote, or nobody's.

    A fragment of a few words inside a sentence ("a “sharp tool”") only continues a quote of its own
    sentence: elsewhere it is more often a scare quote than speech.
    """
    start = par.bounds[quote][0]
    if quote > start and par.tokens[quote - 1].text in (":", ","):
        opener = _opening_subject(par, start, quote)
        if isinstance(opener, _Name) and _is_person(_person_words(opener.words)) and (name := _name_of(reader, opener)):
            return name, f"introduced by its sentence's subject, {' '.join(opener.words)}"
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
    if quote == 0 and before.open_quote is not None:
        return before.open_quote, "continues the open quote of the paragraph before"
    if quote == 0 and before.speaker is not None and all(t.kind == "punct" for t in par.tokens[1:]):
        return before.speaker, "a paragraph of quote alone, after one naming this speaker"
    return None, None
