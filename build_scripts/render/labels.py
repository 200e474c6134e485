"""Words the generated pages print around the articles, in the article's own language.

A reader of an Indonesian article should not meet English labels in the middle
of it; languages without an entry fall back to English.
"""

from __future__ import annotations

import datetime as dt
import functools

from build_scripts import dates

_LABELS = {
    "en": {
        "language": "Language",
        "source": "Source",
        "licence": "Licence",
        "translated_from": "Translated from",
        "credits": "Credits",
        "as_printed": "As printed",
        "tags": "Tags",
        "said": "said",
        "note.correction": "Correction",
        "note.translation": "Translation note",
        "note.context": "Context",
        "role.reported": "reported",
        "role.wrote": "wrote",
        "role.contributed": "contributed",
        "role.edited": "edited",
        "role.translated": "translated",
        "role.photographed": "photographs",
        "read_in": "Read in {language}",
        "annotations_export": "These annotations as W3C Web Annotations (JSON-LD)",
        "unconfirmed": "(speaker not yet confirmed by an editor)",
        "unconfirmed_source": "(source not yet confirmed by an editor)",
        "how.quote": "Direct quote",
        "how.claim": "Reported",
        "unnamed": "Unnamed source",
        "reason": "reason given",
        "document": "Document",
        "issued_by": "issued by",
        "back": "Jump back to footnote {number} in the text",
        "back.nth": "Jump back to reference {occurrence} of footnote {number} in the text",
        "sources": "Sources",
        "sources.person": "People",
        "sources.organisation": "Organisations",
        "sources.unnamed": "Unnamed sources",
        "sources.document": "Documents and data",
        "count.quote.one": "{n} direct quote",
        "count.quote.other": "{n} direct quotes",
        "count.claim.one": "{n} reported claim",
        "count.claim.other": "{n} reported claims",
    },
    "id": {
        "language": "Bahasa",
        "source": "Sumber",
        "licence": "Lisensi",
        "translated_from": "Diterjemahkan dari",
        "credits": "Kredit",
        "as_printed": "Sebagaimana tercetak",
        "tags": "Topik",
        "said": "berkata",
        "note.correction": "Koreksi",
        "note.translation": "Catatan terjemahan",
        "note.context": "Konteks",
        "role.reported": "melaporkan",
        "role.wrote": "menulis",
        "role.contributed": "berkontribusi",
        "role.edited": "menyunting",
        "role.translated": "menerjemahkan",
        "role.photographed": "foto",
        "read_in": "Baca dalam {language}",
        "annotations_export": "Anotasi ini sebagai W3C Web Annotations (JSON-LD)",
        "unconfirmed": "(pembicara belum dikonfirmasi editor)",
        "unconfirmed_source": "(sumber belum dikonfirmasi editor)",
        "how.quote": "Kutipan langsung",
        "how.claim": "Kutipan tidak langsung",
        "unnamed": "Sumber tanpa nama",
        "reason": "alasan",
        "document": "Dokumen",
        "issued_by": "diterbitkan oleh",
        "back": "Kembali ke catatan kaki {number} dalam teks",
        "back.nth": "Kembali ke rujukan ke-{occurrence} catatan kaki {number} dalam teks",
        "sources": "Sumber kutipan",
        "sources.person": "Orang",
        "sources.organisation": "Organisasi",
        "sources.unnamed": "Sumber tanpa nama",
        "sources.document": "Dokumen dan data",
        "count.quote.one": "{n} kutipan langsung",
        "count.quote.other": "{n} kutipan langsung",
        "count.claim.one": "{n} kutipan tidak langsung",
        "count.claim.other": "{n} kutipan tidak langsung",
    },
}

_LANGUAGE_NAMES = {
    "en": {"en": "English", "id": "Indonesian"},
    "id": {"en": "bahasa Inggris", "id": "bahasa Indonesia"},
}


@functools.lru_cache(maxsize=256)
def _ui(language: str) -> str:
    # Cached, as long_date is: half a million labels and dates a build, in a handful of languages.
    return language.split("-")[0] if language.split("-")[0] in _LABELS else "en"


def label(language: str, key: str) -> str:
    return _LABELS[_ui(language)][key]


def count(language: str, kind: str, n: int) -> str:
    """ "3 direct quotes", "1 reported claim": `kind` is "quote" or "claim"."""
    return label(language, f"count.{kind}.{'one' if n == 1 else 'other'}").format(n=n)


def language_name(language: str, in_language: str) -> str:
    """`language` named in `in_language` ("bahasa Inggris"); an unknown code is shown as itself."""
    return _LANGUAGE_NAMES[_ui(in_language)].get(language.split("-")[0], language)


def own_name(language: str) -> str:
    """The language named in itself, as a heading or a list shows it ("Bahasa Indonesia", "English")."""
    name = language_name(language, language)
    return name[:1].upper() + name[1:]


@functools.lru_cache(maxsize=1 << 16)
def long_date(date: dt.date, language: str) -> str:
    """The date in full, in the article's language when the pages have labels in it."""
    return dates.long_date(date, _ui(language))
