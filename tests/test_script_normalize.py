"""Tests of migstd.script.normalize."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migstd.script import normalize

MTAVRULI_OFFSET = 0x1C90 - 0x10D0


@pytest.mark.parametrize(
    "apostrophe",
    ["\u2019", "\u02bc", "\u0060", "\u00b4", "\u2018", "\u02bb", "\u0315", "\u2032"],
)
def test_normalize_apostrophe_look_alike(apostrophe: str) -> None:
    assert normalize(f"Ts{apostrophe}iklauri") == "Ts'iklauri"


@pytest.mark.parametrize("zero_width", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_normalize_removes_zero_width(zero_width: str) -> None:
    assert normalize(f"ნი{zero_width}ნო") == "ნინო"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007"])
def test_normalize_no_break_space(space: str) -> None:
    assert normalize(f"Nino{space}Beridze") == "Nino Beridze"


def test_normalize_composes_nfc() -> None:
    assert normalize("Toma\u0301s") == "Tom\u00e1s"


def test_normalize_composes_across_removed_zero_width() -> None:
    assert normalize("Toma\u200b\u0301s") == "Tom\u00e1s"


def test_normalize_folds_mtavruli() -> None:
    assert normalize("ᲜᲐᲗᲘᲐ ᲩᲮᲐᲘᲫᲔ") == "ნათია ჩხაიძე"
    assert normalize("Ნინო") == "ნინო"


def test_normalize_folds_every_mtavruli_letter() -> None:
    for code in [*range(0x10D0, 0x10FB), *range(0x10FD, 0x1100)]:
        mkhedruli = chr(code)
        mtavruli = chr(code + MTAVRULI_OFFSET)
        assert normalize(mtavruli) == mkhedruli, f"U+{ord(mtavruli):04X}"


def test_normalize_folds_asomtavruli_and_nuskhuri() -> None:
    assert normalize("ႵႠႰႧႪႨ") == "ქართლი"
    assert normalize("ⴕⴀⴐⴇⴊⴈ") == "ქართლი"
    assert normalize("Ⴊ") == "ლ"


def test_normalize_folds_archaic_asomtavruli_by_name() -> None:
    assert normalize("\u10c7") == "\u10f7"  # YN
    assert normalize("\u10cd") == "\u10fd"  # AEN
    assert normalize("\u2d27") == "\u10f7"
    assert normalize("\u2d2d") == "\u10fd"


def test_normalize_folds_to_same_unicode_name() -> None:
    blocks = [range(0x10A0, 0x10D0), range(0x1C90, 0x1CC0), range(0x2D00, 0x2D30)]
    for block in blocks:
        for code in block:
            char = chr(code)
            if not char.isalpha():
                continue
            folded = normalize(char)
            folded_name = unicodedata.name(folded)
            assert folded_name.startswith("GEORGIAN LETTER "), f"U+{code:04X}"
            assert unicodedata.name(char).split(" LETTER ")[1] == folded_name.split(" LETTER ")[1]


def test_normalize_never_produces_mtavruli() -> None:
    text = normalize("ნათია ᲩᲮᲐᲘᲫᲔ".upper())
    assert not any(0x1C90 <= ord(char) <= 0x1CBF for char in text)


def test_normalize_keeps_latin_and_cyrillic_case() -> None:
    assert normalize("NINO Нино ß") == "NINO Нино ß"


def test_normalize_keeps_other_characters() -> None:
    text = "ნინო-ბერიძე, 12.04.1990 ჻ «x» \u00ad"
    assert normalize(text) == text


@given(st.text())
def test_normalize_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(alphabet=st.characters(min_codepoint=0x1000, max_codepoint=0x2E00)))
def test_normalize_idempotent_georgian_range(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_normalize_output_is_nfc(text: str) -> None:
    assert unicodedata.is_normalized("NFC", normalize(text))
