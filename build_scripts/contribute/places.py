"""Place names, which are never a speaker: "Spanyol mengatakan" after "Badan meteorologi nasional" names a
country, not a person, whatever the sentence's grammar makes of it.

Countries come from Babel's territory names in both languages (the same data `dates.py` reads), so "Spain",
"Spanyol", "Jerman" and "Germany" are known without a list here; Indonesia's provinces and their short forms,
the states wire copy prints after a town and the cities a wire story most often datelines are listed; a word
the article itself prints as a place ("di Jaén", "in Tupelo") counts too. Also the article's words of place that
end a title before a name (`run_endings`, `place_words`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from babel import Locale

from build_scripts.contribute.lexicons import NOT_NAMES, PARTICLES, PLACES
from build_scripts.read.people_index import fold

_LANGUAGES = ("en", "id")
_PROVINCES = (
    "Aceh;Sumatera Utara;Sumatera Barat;Sumatera Selatan;Riau;Kepulauan Riau;Jambi;Bengkulu;Lampung;Bangka "
    "Belitung;Kepulauan Bangka Belitung;Banten;DKI Jakarta;Jawa Barat;Jawa Tengah;Jawa Timur;DI Yogyakarta;Bali;Nusa "
    "Tenggara Barat;Nusa Tenggara Timur;Kalimantan Barat;Kalimantan Tengah;Kalimantan Selatan;Kalimantan Timur;"
    "Kalimantan Utara;Sulawesi Utara;Sulawesi Tengah;Sulawesi Selatan;Sulawesi Tenggara;Sulawesi Barat;Gorontalo;"
    "Maluku;Maluku Utara;Papua;Papua Barat;Papua Barat Daya;Papua Selatan;Papua Tengah;Papua Pegunungan;NTB;NTT;DIY;"
    "Sumut;Sumbar;Sumsel;Kepri;Babel;Jabar;Jateng;Jatim;Kalbar;Kalteng;Kalsel;Kaltim;Kaltara;Sulut;Sulteng;Sulsel;"
    "Sultra;Sulbar;Malut;Java;Sumatra;Borneo;Sulawesi;Kalimantan"
)
_STATES = (
    "Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Georgia;Hawaii;Idaho;Illinois;"
    "Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;"
    "Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;North Carolina;North Dakota;Ohio;Oklahoma;"
    "Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;Washington;"
    "West Virginia;Wisconsin;Wyoming;Ontario;Quebec;British Columbia;Alberta;Manitoba;Nova Scotia;New South Wales;"
    "Queensland;Tasmania;Western Australia;South Australia;Bavaria;Catalonia;Andalusia;Scotland;"
    "Wales;England;Northern Ireland"
)
"""States and provinces AP and Reuters print after a town ("Tupelo, Mississippi")."""
_CITIES = (
    "Jakarta;Surabaya;Bandung;Medan;Semarang;Makassar;Palembang;Yogyakarta;Denpasar;Manado;Pontianak;Balikpapan;"
    "Samarinda;Banjarmasin;Padang;Pekanbaru;Batam;Kupang;Jayapura;Ambon;Mataram;Bogor;Bekasi;Depok;Tangerang;"
    "London;Paris;Berlin;Madrid;Roma;Rome;Moskow;Moscow;Beijing;Tokyo;Seoul;Bangkok;Manila;Kuala Lumpur;Singapura;"
    "Hanoi;New Delhi;Delhi;Mumbai;Dhaka;Islamabad;Kabul;Teheran;Tehran;Bagdad;Baghdad;Riyadh;Doha;Dubai;Abu Dhabi;"
    "Ankara;Istanbul;Kairo;Cairo;Nairobi;Addis Ababa;Lagos;Johannesburg;Jenewa;Geneva;Brussel;Brussels;Den Haag;"
    "The Hague;Wina;Vienna;Warsawa;Warsaw;Kyiv;Kiev;Beirut;Damaskus;Damascus;Yerusalem;Jerusalem;Tel Aviv;Sydney;"
    "Melbourne;Canberra;Ottawa;Washington;New York;Los Angeles;Brasilia;Buenos Aires;Mexico City;Hong Kong;Taipei;"
    "Shanghai;Sevilla;Seville;Barcelona;Lisbon;Lisboa;Athena;Athens"
)
_PRINTED_AT = re.compile(r"\b(?:di|in|near|dekat)\s+([A-Z][\w'’-]*)(?=[,.;]|\s+[a-z(])")
"""A capitalised word printed alone after a preposition of place: the article's own places."""


@cache
def _known() -> frozenset[str]:
    names = {name for language in _LANGUAGES for name in Locale.parse(language).territories.values()}
    names.update(_PROVINCES.split(";"))
    names.update(_STATES.split(";"))
    names.update(_CITIES.split(";"))
    return frozenset(fold(name) for name in names)


def printed_places(paragraphs: Sequence[str]) -> frozenset[str]:
    """The words an article prints alone after a preposition of place ("di Jaén", "in Tupelo"), folded."""
    return frozenset(fold(m[1]) for text in paragraphs for m in _PRINTED_AT.finditer(text))


def is_place(name: str, printed: frozenset[str]) -> bool:
    """Whether a proposed speaker's whole name is a country, province or city, a place the article prints, or
    only words of place names ("Tengah" cut from "Provinsi Jawa Tengah")."""
    folded = fold(name)
    if not folded:
        return False
    return folded in _known() or folded in printed or all(word in PLACES for word in folded.split())


def run_endings(paragraphs: Sequence[str]) -> frozenset[str]:
    """Words ending a run of two or more capitalised words before a comma or a lowercase word (a particle
    such as "von" goes on with the name); a sentence opener before a name ("Menurut Agus,") makes no run. Also
    a word printed alone after a preposition or direction of place ("di Etiopia timur", "in Nairobi.", "wilayah
    timur Etiopia") or after the city of a dateline ("ADDIS ABABA, Etiopia (AP)"): a place, so a title
    ending with it ("Menteri Pertanian Etiopia Tesfaye Gebremariam") ends there."""
    runs = (m[2] for text in paragraphs for m in _RUN_ENDING.finditer(text) if m[1].casefold() not in NOT_NAMES)
    return frozenset((*runs, *place_words(paragraphs)))


def place_words(paragraphs: Sequence[str]) -> frozenset[str]:
    """Words printed alone after a preposition or direction of place, or after a dateline's city."""
    return frozenset(m[1] for text in paragraphs for m in _PLACE.finditer(text))


_RUN_ENDING = re.compile(rf"\b([A-Z][\w'’-]*)\s+([A-Z][\w'’-]*)(?=,|\s+(?!(?:{'|'.join(PARTICLES)})\b)[a-z])")
_PLACE = re.compile(
    r"(?:\b(?:di|ke|in|to|timur|barat|utara|selatan|eastern|western|northern|southern)\s+|^[A-Z][A-Z .-]+,\s+)"
    r"([A-Z][\w-]*)(?=[,.;]|\s+[a-z(])"
)
