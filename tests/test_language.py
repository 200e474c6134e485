"""Which language an article is in when its annotation file does not say."""

from __future__ import annotations

from build_scripts.read.language import OPENING, detect_language

ENGLISH = "The minister said that the troops were sent to the border on Monday and that they have not returned. "
INDONESIAN = "Menteri itu mengatakan bahwa pasukan yang dikirim ke perbatasan pada hari Senin tidak akan kembali. "


def _repeated(sentence: str, characters: int) -> str:
    return sentence * (characters // len(sentence) + 1)


def test_a_short_text_is_told_by_its_function_words() -> None:
    assert (detect_language(ENGLISH), detect_language(INDONESIAN)) == ("en", "id")


def test_a_text_without_function_words_is_english() -> None:
    assert detect_language("Jakarta, 2024") == "en"


def test_a_long_text_with_a_clear_opening_is_told_by_the_opening() -> None:
    """An English story quoting at length in Indonesian after its opening is still English."""
    text = _repeated(ENGLISH, OPENING) + _repeated(INDONESIAN, 5 * OPENING)
    assert detect_language(text) == "en"


def test_a_long_text_whose_opening_is_mixed_is_told_by_all_of_it() -> None:
    opening = (ENGLISH + INDONESIAN) * (OPENING // (len(ENGLISH) + len(INDONESIAN)) + 1)
    assert detect_language(opening + _repeated(INDONESIAN, 3 * OPENING)) == "id"
    assert detect_language(opening + _repeated(ENGLISH, 3 * OPENING)) == "en"


def test_a_long_text_without_spaces_is_counted_whole() -> None:
    assert detect_language("x" * 3 * OPENING + " " + INDONESIAN) == "id"
