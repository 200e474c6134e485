"""How well `new` reads articles from other newsrooms: floors on both parts of tests/newsroom_cases.

The held-out articles are written apart from the rules they measure and never read to adjust a rule
(tests/newsroom_cases/README.md). Each held-out floor is the share measured when it was set, rounded down
to the next 0.05, so a change that helps the tuning part and hurts unseen articles shows. The tuning
floors are what the rules reach there, so that a new rule cannot quietly undo an older one. Run
`.venv/bin/python -m benchmarks.newsroom_accuracy` for the whole table of both parts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pytest

from benchmarks.newsroom_accuracy import (
    ENGLISH_STYLES,
    INDONESIAN_STYLES,
    PARTS,
    Case,
    Figures,
    Miss,
    by_language,
    credit_misses,
    dateline_finder,
    dateline_misses,
    load_cases,
    measure,
    measure_part,
    misses,
    role_key,
    story_misses,
)

FLOORS = {
    "en": {"speakers": 0.95, "roles": 0.85, "credits": 1.0, "datelines": 1.0, "story": 1.0},
    "id": {"speakers": 0.85, "roles": 0.80, "credits": 1.0, "datelines": 1.0, "story": 1.0},
}
TUNING_FLOORS = {
    "en": {"speakers": 1.0, "roles": 0.99, "credits": 1.0, "datelines": 1.0, "story": 1.0},
    "id": {"speakers": 0.99, "roles": 0.98, "credits": 1.0, "datelines": 1.0, "story": 1.0},
}
"""Below 1.0 where misses are left on purpose: quotes whose gold two writers wrote by opposite conventions (a
relative clause inside an apposition: "the glaciologist who led the team …", "a pupil … who had written one of
the letters", "petani yang dinyatakan bersalah …"), a role printed only as acronyms ("JPU Kejati NTT"), and an
office's name going on over "dan" into its holder's ("Ketua DPP Asosiasi Logistik dan Angkutan Barang Nusantara")."""
CREDIT_FLOORS = {
    "ap": 1.0,
    "reuters": 1.0,
    "afp": 1.0,
    "ap-id": 1.0,
    "antara": 1.0,
    "kompas": 1.0,
    "tempo": 1.0,
    "detik": 1.0,
    "cnn-id": 1.0,
}
"""Per style, credits only: the issue asks for every credit in every style; one article per style holds out, two
for AP, Reuters, ANTARA and Detik."""

ROLES = {"reported", "wrote", "contributed", "edited", "translated", "photographed"}
STYLES = {"en": ENGLISH_STYLES, "id": INDONESIAN_STYLES}


@pytest.fixture(scope="module")
def held_out() -> dict[tuple[str, str], Figures]:
    """The held-out figures; skipped, saying why, while a round is being written apart on another branch."""
    if not load_cases("held_out"):
        pytest.skip("tests/newsroom_cases/held_out/ holds no article: its next round is merged from the writer's branch")
    return measure_part("held_out")


@pytest.fixture(scope="module")
def tuning() -> dict[tuple[str, str], Figures]:
    return measure_part("tuning")


@pytest.mark.parametrize(("language", "metric"), [(lang, metric) for lang, floors in TUNING_FLOORS.items() for metric in floors])
def test_tuning_figure_stays_above_its_floor(tuning: dict[tuple[str, str], Figures], language: str, metric: str) -> None:
    share = by_language(tuning)[language].share(metric)
    assert share is not None
    floor = TUNING_FLOORS[language][metric]
    assert share >= floor - 1e-9, f"{language} {metric}: {share:.3f} < floor {floor}"


@pytest.mark.parametrize(("language", "metric"), [(lang, metric) for lang, floors in FLOORS.items() for metric in floors])
def test_held_out_figure_stays_above_its_floor(
    held_out: dict[tuple[str, str], Figures], language: str, metric: str, record_property
) -> None:
    share = by_language(held_out)[language].share(metric)
    assert share is not None
    record_property(f"{language}-{metric}", round(share, 3))
    assert share >= FLOORS[language][metric] - 1e-9, f"{language} {metric}: {share:.3f} < floor {FLOORS[language][metric]}"


@pytest.mark.parametrize("style", sorted(CREDIT_FLOORS))
def test_held_out_credits_per_style_stay_above_their_floor(held_out: dict[tuple[str, str], Figures], style: str) -> None:
    language = "en" if style in ENGLISH_STYLES else "id"
    share = held_out[language, style].share("credits")
    assert share is not None
    assert share >= CREDIT_FLOORS[style] - 1e-9, f"{style} credits: {share:.3f} < floor {CREDIT_FLOORS[style]}"


def test_every_style_has_tuning_and_held_out_articles_in_its_language() -> None:
    found: dict[str, set[tuple[str, str]]] = {part: set() for part in PARTS}
    for part in PARTS:
        for case in load_cases(part):
            assert case.name.startswith(f"{case.language}-{case.style}-"), case.name
            found[part].add((case.language, case.style))
    wanted = {(language, style) for language, styles in STYLES.items() for style in styles}
    assert found["tuning"] == wanted
    assert found["held_out"] in (set(), wanted)


@pytest.mark.parametrize("part", PARTS)
def test_gold_files_match_their_articles(part: str) -> None:
    """Every gold quote is printed in its article, every credit role is one the archive knows."""
    for case in load_cases(part):
        paragraphs = [p for p in re.split(r"\n\s*\n", case.text.strip())[1:] if p.strip() != "___"]
        assert 0 < case.gold["story_paragraphs"] < len(paragraphs) + 1, case.name
        for quote in case.gold["quotes"]:
            assert quote["quote"] in case.text, (case.name, quote["quote"])
            assert set(quote) <= {"quote", "speaker", "role"}, (case.name, quote)
        for credit in case.gold["credits"]:
            assert credit["role"] in ROLES, (case.name, credit)
            assert credit["name"] in case.text, (case.name, credit)


@dataclass(frozen=True)
class _Dateline:
    city: str | None
    date: dt.date | None
    month: int | None
    day: int | None


def test_a_dateline_scores_only_with_the_gold_city_and_date() -> None:
    """The harness itself: the gold dateline scores, one with a year invented or a wrong city does not."""
    case = next(c for c in load_cases("tuning") if c.name == "en-reuters-grain-corridor")

    def score(found: _Dateline | None) -> float | None:
        return measure(case, lambda raw: found).share("datelines")

    assert score(_Dateline("Nairobi", None, 11, 18)) == 1.0
    assert score(_Dateline("NAIROBI", None, 11, 18)) == 1.0
    assert score(_Dateline("Nairobi", dt.date(2025, 11, 18), 11, 18)) == 0.0
    assert score(_Dateline("Addis Ababa", None, 11, 18)) == 0.0
    assert score(None) == 0.0


def test_roles_compare_without_case_spacing_outer_punctuation_or_article() -> None:
    assert role_key("a 52-year-old  farmer,") == role_key("52-year-old Farmer")
    assert role_key("Salah seorang penumpang") == role_key("penumpang")
    assert role_key("Seorang warga") != role_key("warga Bekasi")


def test_roles_compare_with_or_without_a_rank_between_title_and_name() -> None:
    assert role_key("Kapolres Sleman AKBP") == role_key("Kapolres Sleman")
    assert role_key("Kepala Satlantas Polrestabes Medan Ajun Komisaris Besar") == role_key("Kepala Satlantas Polrestabes Medan")
    assert role_key("Dandim 0618 Letkol Inf") == role_key("Dandim 0618")
    assert role_key("the city's mayor") != role_key("the city's")
    assert role_key("Sekretaris Jenderal") != role_key("Sekretaris")
    assert role_key("Presiden Komisaris") != role_key("Presiden")
    assert role_key("Regional gendarmerie commander Colonel") == role_key("Regional gendarmerie commander")
    assert role_key("coast guard spokesman Rear Admiral") == role_key("coast guard spokesman")
    assert role_key("base commander Lt. Col.") == role_key("base commander")
    assert role_key("Attorney General") != role_key("Attorney")
    assert role_key("team captain") != role_key("team")


def test_misses_list_each_quote_given_a_wrong_speaker_or_role() -> None:
    """The harness itself: what --misses prints names the quote, the gold and the proposal."""
    text = (
        "Harbour reopens\n\n"
        'Port director Ines Faro said the cranes were fixed. "Ships can berth again," Faro said.\n\n'
        '"We waited a week," said Tomas Ruiz, a captain.\n'
    )
    gold = {
        "quotes": [
            {"quote": "Ships can berth again,", "speaker": "Ines Faro", "role": "Port director"},
            {"quote": "We waited a week,", "speaker": "Tomas Ruiz Vela", "role": "a ship's captain"},
        ]
    }
    case = Case("en-ap-harbour", "tuning", "ap", "en", text, gold)
    assert misses(case) == [
        Miss("en-ap-harbour", "We waited a week,", ("tomas-ruiz-vela", "tomas-ruiz"), ("a ship's captain", "a captain"))
    ]


def test_misses_list_each_credit_missed_or_proposed_beyond_the_gold() -> None:
    text = (
        "Harbour reopens\n\n"
        'Port director Ines Faro said the cranes were fixed. "Ships can berth again," Faro said.\n\n'
        "___\n\n"
        "Associated Press writer Lena Holt in Lisbon contributed to this report.\n"
    )
    gold = {"credits": [{"name": "Mara Lind", "role": "reported"}, {"name": "Lena Holt", "role": "contributed"}]}
    case = Case("en-ap-harbour", "tuning", "ap", "en", text, gold)
    assert credit_misses(case) == ["en-ap-harbour: credit 'mara lind' (reported) not proposed"]
    case = Case("en-ap-harbour", "tuning", "ap", "en", text, {"credits": []})
    assert credit_misses(case) == ["en-ap-harbour: credit 'lena holt' (contributed) proposed, not in the gold"]


def test_misses_list_a_dateline_read_other_than_the_gold() -> None:
    text = "Jambret\n\nPalembang - Dua pemuda diamuk warga, Minggu (2/2).\n\nPelaku diamankan.\n"
    gold = {"dateline": {"city": "Palembang", "month": 2, "day": 2}, "story_paragraphs": 2}
    case = Case("id-detik-jambret", "tuning", "detik", "id", text, gold)
    assert dateline_misses(case, dateline_finder()) == []
    case = Case("id-detik-jambret", "tuning", "detik", "id", text, {**gold, "dateline": {"city": "Palembang"}})
    assert dateline_misses(case, dateline_finder()) == [
        "id-detik-jambret: dateline: want {'city': 'Palembang'}, got Dateline(text='Palembang -', city='Palembang', "
        "date=None, month=2, day=2, date_text='Minggu (2/2)')"
    ]


TEMPO = (
    "Vonis\n\nTEMPO.CO, Pekanbaru - Hakim menjatuhkan vonis.\n\nPilihan Editor: Titik Panas Melonjak\n\n"
    "Pegiat menilai penegakan hukum timpang.\n\nReporter: Yuliani Siregar\nEditor: Bambang Wahid\n"
)


def test_a_pilihan_editor_line_inside_the_story_is_not_counted_as_its_paragraph() -> None:
    case = Case("id-tempo-vonis", "tuning", "tempo", "id", TEMPO, {"story_paragraphs": 2})
    assert measure(case, dateline_finder()).share("story") == 1.0
    assert story_misses(case) == []


def test_misses_list_a_story_of_another_length_than_the_gold() -> None:
    case = Case("id-tempo-vonis", "tuning", "tempo", "id", TEMPO, {"story_paragraphs": 1})
    assert story_misses(case) == [
        "id-tempo-vonis: story: want 1 paragraphs, got 2; last: 'Pegiat menilai penegakan hukum timpang.'",
        "    trailer line in the story: 'Pegiat menilai penegakan hukum timpang.'",
        "    trailer begins: 'Pilihan Editor: Titik Panas Melonjak'",
    ]
