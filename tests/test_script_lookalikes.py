"""Tests of look-alike repair in migstd.script.normalize and normalize_with_changes."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migstd.script import Change, normalize, normalize_with_changes

# Letters from Latin, Cyrillic and Georgian, look-alikes included, plus
# separators and marks, so that generated words mix scripts often.
MIXED_ALPHABET = "aeopcxyiAKOBnmtAаеорсхуіАВКОНМбдлзნოყბიკ \u0301\u00a0\u200b-'Ნ"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saаkashvili", "Saakashvili"),  # Cyrillic а
        ("Bеridzе", "Beridze"),  # two Cyrillic е
        ("NINО", "NINO"),  # Cyrillic О
        ("Сhkhaidze", "Chkhaidze"),  # Cyrillic С
        ("Хatia", "Xatia"),  # Cyrillic Х
        ("Рapava", "Papava"),  # Cyrillic Р
    ],
)
def test_normalize_repairs_cyrillic_in_latin_word(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ивaнов", "Иванов"),  # Latin a
        ("Пeтрoв", "Петров"),  # Latin e and o
        ("MАМЕДОВ", "МАМЕДОВ"),  # Latin M
    ],
)
def test_normalize_repairs_latin_in_cyrillic_word(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_normalize_repairs_latin_y_in_georgian_word() -> None:
    assert normalize("ტyემალაძე") == "ტყემალაძე"
    assert normalize("ტуემალაძე") == "ტყემალაძე"  # Cyrillic у


def test_normalize_keeps_latin_o_in_georgian_word() -> None:
    assert normalize("ნინo") == "ნინo"


def test_normalize_keeps_equal_mix() -> None:
    assert normalize("Ниko") == "Ниko"


def test_normalize_keeps_word_with_non_lookalike_minority() -> None:
    # Cyrillic д has no Latin look-alike, so the word is left as it is.
    assert normalize("Ninoд") == "Ninoд"


def test_normalize_keeps_three_script_word() -> None:
    assert normalize("Ninaоნ") == "Ninaоნ"


def test_normalize_repairs_each_word_separately() -> None:
    assert normalize("Nino Иванoва") == "Nino Иванова"


def test_normalize_keeps_separate_words_of_different_scripts() -> None:
    assert normalize("Nino Нино ნინო") == "Nino Нино ნინო"


def test_normalize_repair_composes_following_mark() -> None:
    assert normalize("Jose\u0301 Tomе\u0301") == "José Tomé"


def test_normalize_repairs_after_mtavruli_fold() -> None:
    assert normalize("ᲢyᲔᲛᲐᲚᲐᲫᲔ") == "ტყემალაძე"


def test_changes_empty_for_clean_text() -> None:
    assert normalize_with_changes("Nino Beridze ნინო") == ("Nino Beridze ნინო", [])


def test_changes_lookalike() -> None:
    text, changes = normalize_with_changes("Saаkashvili")

    assert text == "Saakashvili"
    assert changes == [
        Change(2, "lookalike", ("U+0430 CYRILLIC SMALL LETTER A",), ("U+0061 LATIN SMALL LETTER A",))
    ]


@pytest.mark.parametrize(
    ("text", "kind", "position"),
    [
        ("Ts\u2019iklauri", "apostrophe", 2),
        ("ნი\u200bნო", "zero_width", 2),
        ("Nino\u00a0Beridze", "no_break_space", 4),
        ("ᲜᲘᲜᲝ", "mtavruli", 0),
        ("ႵႠႰႧႪႨ", "asomtavruli", 0),
        ("ⴇⴁⴈⴊⴈⴑⴈ", "nuskhuri", 0),
        ("Toma\u0301s", "nfc", 3),
    ],
)
def test_changes_kind_and_position(text: str, kind: str, position: int) -> None:
    _text, changes = normalize_with_changes(text)

    assert changes[0].kind == kind
    assert changes[0].position == position


def test_changes_position_refers_to_input_after_removal() -> None:
    _text, changes = normalize_with_changes("\u200b\u200bSaаkashvili")

    assert [change.kind for change in changes] == ["zero_width", "zero_width", "lookalike"]
    assert changes[2].position == 4


def test_changes_removal_has_empty_replacement() -> None:
    _text, changes = normalize_with_changes("a\ufeffb")

    assert changes == [Change(1, "zero_width", ("U+FEFF ZERO WIDTH NO-BREAK SPACE",), ())]


def test_changes_one_per_mtavruli_letter() -> None:
    _text, changes = normalize_with_changes("ᲜᲘᲜᲝ")

    assert [change.position for change in changes] == [0, 1, 2, 3]


def test_changes_omit_surrounding_text() -> None:
    _text, changes = normalize_with_changes("Saаkashvili")

    assert "kashvili" not in repr(changes)
    assert "Sa" not in repr(changes[0].original)


def test_change_is_frozen() -> None:
    change = Change(0, "nfc", (), ())

    with pytest.raises(dataclasses.FrozenInstanceError):
        change.position = 1  # type: ignore[misc]


def test_normalize_with_changes_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="normalize_with_changes"):
        normalize_with_changes(b"x")  # type: ignore[arg-type]


@given(st.text())
def test_normalize_equals_first_item_of_changes(text: str) -> None:
    assert normalize_with_changes(text)[0] == normalize(text)


@given(st.text(alphabet=MIXED_ALPHABET))
def test_normalize_equals_changes_on_mixed_scripts(text: str) -> None:
    assert normalize_with_changes(text)[0] == normalize(text)


@given(st.text(alphabet=MIXED_ALPHABET))
def test_normalize_idempotent_on_mixed_scripts(text: str) -> None:
    once = normalize(text)

    assert normalize(once) == once


@given(st.text(alphabet=MIXED_ALPHABET))
def test_changes_positions_inside_input(text: str) -> None:
    _text, changes = normalize_with_changes(text)

    for change in changes:
        assert 0 <= change.position <= len(text)
