"""The regions a credit prints after a city ("Nairobi, Kenya", "Jackson, Miss.", "Surabaya, Jawa Timur"), so
that a country or state stays with its city and never becomes a person, whatever the commas around it.

Countries come from Babel's territory names in English and Indonesian (the languages credits are read in);
states and provinces, which Babel does not name, are listed here as AP and Indonesian outlets print them.
"""

from __future__ import annotations

import functools

from babel import Locale

_US_STATES = (
    "Alabama Ala. | Alaska | Arizona Ariz. | Arkansas Ark. | California Calif. | Colorado Colo. | Connecticut Conn. "
    "| Delaware Del. | Florida Fla. | Georgia Ga. | Hawaii | Idaho | Illinois Ill. | Indiana Ind. | Iowa | Kansas Kan. "
    "| Kentucky Ky. | Louisiana La. | Maine | Maryland Md. | Massachusetts Mass. | Michigan Mich. | Minnesota Minn. "
    "| Mississippi Miss. | Missouri Mo. | Montana Mont. | Nebraska Neb. | Nevada Nev. | New Hampshire N.H. "
    "| New Jersey N.J. | New Mexico N.M. | New York N.Y. | North Carolina N.C. | North Dakota N.D. | Ohio "
    "| Oklahoma Okla. | Oregon Ore. | Pennsylvania Pa. | Rhode Island R.I. | South Carolina S.C. | South Dakota S.D. "
    "| Tennessee Tenn. | Texas | Utah | Vermont Vt. | Virginia Va. | Washington Wash. | West Virginia W.Va. "
    "| Wisconsin Wis. | Wyoming Wyo. | D.C. | Puerto Rico | Guam"
)
_OTHER_REGIONS = (
    "Alberta | British Columbia | Manitoba | New Brunswick | Newfoundland | Nova Scotia | Ontario | Quebec "
    "| Saskatchewan | New South Wales | Queensland | Victoria | Tasmania | Western Australia | South Australia "
    "| Northern Territory | England | Scotland | Wales | Northern Ireland | Gaza Strip | Jalur Gaza | West Bank "
    "| Tepi Barat | Kashmir | Crimea | Krimea | Kurdistan | Tibet | Xinjiang | Inggris | Skotlandia "
    "| Aceh | Sumatera Utara | Sumatera Barat | Sumatera Selatan | Riau | Kepulauan Riau | Jambi | Bengkulu | Lampung "
    "| Bangka Belitung | Banten | Jawa Barat | Jawa Tengah | Jawa Timur | Yogyakarta | Bali | Nusa Tenggara Barat "
    "| Nusa Tenggara Timur | Kalimantan Barat | Kalimantan Tengah | Kalimantan Selatan | Kalimantan Timur "
    "| Kalimantan Utara | Sulawesi Utara | Sulawesi Tengah | Sulawesi Selatan | Sulawesi Tenggara | Sulawesi Barat "
    "| Gorontalo | Maluku | Maluku Utara | Papua | Papua Barat | Papua Tengah | Papua Pegunungan | Papua Selatan "
    "| Papua Barat Daya | West Java | Central Java | East Java | North Sumatra | South Sulawesi | East Nusa Tenggara "
    "| West Papua | North Maluku"
)
_AP_ABBREVIATIONS = frozenset(
    word for entry in _US_STATES.split(" | ") for word in entry.split(" ") if word.endswith(".") and word != "D.C."
)


@functools.cache
def _regions() -> frozenset[str]:
    names = {name for language in ("en", "id") for name in Locale(language).territories.values()}
    for entry in (*_US_STATES.split(" | "), *_OTHER_REGIONS.split(" | ")):
        words = entry.split(" ")
        abbreviation = words[-1] if words[-1].endswith(".") and len(words) > 1 else None
        names.add(" ".join(words[:-1]) if abbreviation else entry)
        if abbreviation:
            names.add(abbreviation)
    return frozenset(names)


def is_region(text: str) -> bool:
    """Whether text names a country, state or province, as a credit prints it after a city."""
    return text in _regions() or f"{text}." in _AP_ABBREVIATIONS


def completed(text: str) -> str:
    """A state's AP abbreviation given back the full stop a sentence's end took: "Miss" → "Miss."."""
    return f"{text}." if f"{text}." in _AP_ABBREVIATIONS else text
