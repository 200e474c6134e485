"""Place names, which are never a speaker: "Spanyol mengatakan" after "Badan meteorologi nasional" names a
country, not a person, whatever the sentence's grammar makes of it.

Countries come from Babel's territory names in both languages (the same data `dates.py` reads), so "Spain",
"Spanyol", "Jerman" and "Germany" are known without a list here; Indonesia's provinces, their short forms and
the cities a wire story most often datelines are listed; a word the article itself prints as a place ("di
Jaén", "in Tupelo") counts too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from babel import Locale

from build_scripts.contribute.lexicons import PLACES
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
    names.update(_CITIES.split(";"))
    return frozenset(fold(name) for name in names)


def printed_places(paragraphs: Sequence[str]) -> frozenset[str]:
    """The words an article prints alone after a preposition of place ("di Jaén", "in Tupelo"), folded."""
    return frozenset(fold(m[1]) for text in paragraphs for m in _PRINTED_AT.finditer(text))


def is_place(name: str, printed: frozenset[str]) -> bool:
    """Whether a proposed speaker's whole name is a country, province or city, a place the article prints, or
    only words of place names ("Tengah" cut from "Provinsi Jawa Tengah")."""
    folded = fold(name)
    return folded in _known() or folded in printed or all(word in PLACES for word in folded.split())
