"""Place names, which are never a speaker: "Spanyol mengatakan" after "Badan meteorologi nasional" names a
country, not a person, whatever the sentence's grammar makes of it.

Countries, states and provinces come from `region_names`, shared with the credit reader; listed here are the
provinces' short forms and official names, a few more regions and the cities a wire story most often datelines;
a word the article itself prints as a place ("di Jaén", "in Tupelo") counts too. Also the article's words of place that
end a title before a name (`run_endings`, `place_words`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from build_scripts.contribute.lexicons import NOT_NAMES, PARTICLES, PLACES
from build_scripts.read.people_index import fold
from build_scripts.read.region_names import INDONESIAN_PROVINCES, OTHER_STATES, US_STATES, territories

_PROVINCES = (
    "Kepulauan Bangka Belitung;DKI Jakarta;DI Yogyakarta;NTB;NTT;DIY;Sumut;Sumbar;Sumsel;Kepri;Babel;Jabar;Jateng;"
    "Jatim;Kalbar;Kalteng;Kalsel;Kaltim;Kaltara;Sulut;Sulteng;Sulsel;Sultra;Sulbar;Malut;Java;Sumatra;Borneo;Sulawesi;"
    "Kalimantan;Bavaria;Catalonia;Andalusia"
)
"""Indonesia's provinces by their official names and short forms, its islands, and regions of Europe."""
_CITIES = (
    "Jakarta;Surabaya;Bandung;Medan;Semarang;Makassar;Palembang;Denpasar;Manado;Pontianak;Balikpapan;"
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
    names = territories() | {*US_STATES, *OTHER_STATES, *INDONESIAN_PROVINCES, *_PROVINCES.split(";"), *_CITIES.split(";")}
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
