"""The regions a credit prints after a city ("Nairobi, Kenya", "Jackson, Miss.", "Surabaya, Jawa Timur"), so
that a country or state stays with its city and never becomes a person, whatever the commas around it.

Countries, states and provinces come from `region_names`; listed here are what credits print besides: AP's
abbreviations of states, other regions and Indonesian provinces by their English names.
"""

from __future__ import annotations

import functools

from build_scripts.read.region_names import INDONESIAN_PROVINCES, OTHER_STATES, US_STATES, territories

_AP_ABBREVIATIONS = frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. "
    "Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo.".split()
)
_OTHER_REGIONS = (
    "D.C. | Puerto Rico | Guam | New Brunswick | Newfoundland | Saskatchewan | Victoria | Northern Territory "
    "| Gaza Strip | Jalur Gaza | West Bank | Tepi Barat | Kashmir | Crimea | Krimea | Kurdistan | Tibet | Xinjiang "
    "| Inggris | Skotlandia | West Java | Central Java | East Java | North Sumatra | South Sulawesi "
    "| East Nusa Tenggara | West Papua | North Maluku"
)


@functools.cache
def _regions() -> frozenset[str]:
    return territories() | {*US_STATES, *OTHER_STATES, *INDONESIAN_PROVINCES, *_OTHER_REGIONS.split(" | ")} | _AP_ABBREVIATIONS


def is_region(text: str) -> bool:
    """Whether text names a country, state or province, as a credit prints it after a city."""
    return text in _regions() or f"{text}." in _AP_ABBREVIATIONS


def completed(text: str) -> str:
    """A state's AP abbreviation given back the full stop a sentence's end took: "Miss" → "Miss."."""
    return f"{text}." if f"{text}." in _AP_ABBREVIATIONS else text
