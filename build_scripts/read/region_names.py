"""Names of regions that are never people, for both readers of places: the credit reader (a country or state
after a credit's city) and `new`'s speaker finder (a place is no speaker).

Countries come from Babel's territory names in English and Indonesian (the data `dates.py` reads), so "Spain",
"Spanyol", "Jerman" and "Germany" are known without a list here; the states and provinces wire copy prints after
a town, which Babel does not name, are listed once here.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

US_STATES = (
    "Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Georgia;Hawaii;Idaho;Illinois;"
    "Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;"
    "Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;North Carolina;North Dakota;Ohio;Oklahoma;"
    "Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;Washington;"
    "West Virginia;Wisconsin;Wyoming"
).split(";")
OTHER_STATES = (
    "Ontario;Quebec;British Columbia;Alberta;Manitoba;Nova Scotia;New South Wales;Queensland;Tasmania;"
    "Western Australia;South Australia;England;Scotland;Wales;Northern Ireland"
).split(";")
"""Canada's, Australia's and the United Kingdom's that AP and Reuters print after a town most."""
INDONESIAN_PROVINCES = (
    "Aceh;Sumatera Utara;Sumatera Barat;Sumatera Selatan;Riau;Kepulauan Riau;Jambi;Bengkulu;Lampung;Bangka Belitung;"
    "Banten;Jawa Barat;Jawa Tengah;Jawa Timur;Yogyakarta;Bali;Nusa Tenggara Barat;Nusa Tenggara Timur;"
    "Kalimantan Barat;Kalimantan Tengah;Kalimantan Selatan;Kalimantan Timur;Kalimantan Utara;Sulawesi Utara;"
    "Sulawesi Tengah;Sulawesi Selatan;Sulawesi Tenggara;Sulawesi Barat;Gorontalo;Maluku;Maluku Utara;Papua;"
    "Papua Barat;Papua Tengah;Papua Pegunungan;Papua Selatan;Papua Barat Daya"
).split(";")


@cache
def territories() -> frozenset[str]:
    """Every country and territory as Babel names it in English and in Indonesian."""
    return frozenset(name for language in ("en", "id") for name in Locale(language).territories.values())
