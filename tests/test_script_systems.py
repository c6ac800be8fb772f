"""Tests of the ISO 9984, BGN/PCGN 1981 and ALA-LC systems, name casing and MRZ form."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migstd.errors import SettingsError, ValidationError
from migstd.script import ROMANIZATION_SYSTEMS, iso9984_to_georgian, normalize, to_latin
from migstd.script._letters import MTAVRULI_BY_MKHEDRULI
from migstd.script._romanize import _romanize, _transliterator

MODERN_LETTERS = "".join(chr(code) for code in range(0x10D0, 0x10F1))

# Published values per letter, typed from the tables and not read from the
# letter table: ISO 9984:1996 Table 1 (Pedersen, "Transliteration of
# Georgian", rev. 3.0), BGN/PCGN 1981 (UNGEGN report on Georgian, v2.2, with
# U+2019 written as ASCII '), and ALA-LC (Library of Congress, 1997/2011).
# Columns: Mkhedruli, ISO 9984, BGN/PCGN 1981, ALA-LC; None = not defined.
PUBLISHED = [
    ("ა", "a", "a", "a"),
    ("ბ", "b", "b", "b"),
    ("გ", "g", "g", "g"),
    ("დ", "d", "d", "d"),
    ("ე", "e", "e", "e"),
    ("ვ", "v", "v", "v"),
    ("ზ", "z", "z", "z"),
    ("თ", "t\u0315", "t'", "t\u02bb"),
    ("ი", "i", "i", "i"),
    ("კ", "k", "k", "k"),
    ("ლ", "l", "l", "l"),
    ("მ", "m", "m", "m"),
    ("ნ", "n", "n", "n"),
    ("ო", "o", "o", "o"),
    ("პ", "p", "p", "p"),
    ("ჟ", "\u017e", "zh", "\u017e"),
    ("რ", "r", "r", "r"),
    ("ს", "s", "s", "s"),
    ("ტ", "t", "t", "t"),
    ("უ", "u", "u", "u"),
    ("ფ", "p\u0315", "p'", "p\u02bb"),
    ("ქ", "k\u0315", "k'", "k\u02bb"),
    ("ღ", "\u1e21", "gh", "\u0121"),
    ("ყ", "q", "q", "q"),
    ("შ", "\u0161", "sh", "\u0161"),
    ("ჩ", "\u010d\u0315", "ch'", "\u010d\u02bb"),
    ("ც", "c\u0315", "ts'", "c\u02bb"),
    ("ძ", "j", "dz", "\u017c"),
    ("წ", "c", "ts", "c"),
    ("ჭ", "\u010d", "ch", "\u010d"),
    ("ხ", "x", "kh", "x"),
    ("ჯ", "\u01f0", "j", "j"),
    ("ჰ", "h", "h", "h"),
    ("ჱ", "\u0113", "ey", "\u0113"),
    ("ჲ", "y", "j", "y"),
    ("ჳ", "w", None, "w"),
    ("ჴ", "\u1e96", "q'", "x\u0323"),
    ("ჵ", "\u014d", None, "\u014d"),
    ("ჶ", "f", None, "f"),
    ("ჷ", None, None, "\u0115"),
    ("ჸ", None, None, "\u02bb"),
    ("ჹ", None, None, None),
    ("ჺ", None, None, None),
    ("ჼ", None, None, None),
    ("ჽ", None, None, None),
    ("ჾ", None, None, None),
    ("ჿ", None, None, None),
]
SYSTEM_COLUMNS = {"iso9984": 1, "bgn1981": 2, "ala-lc": 3}
CASES = [
    (system, row[0], row[column])
    for system, column in SYSTEM_COLUMNS.items()
    for row in PUBLISHED
    if row[column] is not None
]
MISSING = [
    (system, row[0]) for system, column in SYSTEM_COLUMNS.items() for row in PUBLISHED if row[column] is None
]
ISO_LETTERS = "".join(row[0] for row in PUBLISHED if row[1] is not None)


def test_published_table_covers_modern_letters() -> None:
    assert [row[0] for row in PUBLISHED[:33]] == list(MODERN_LETTERS)


@pytest.mark.parametrize(("system", "letter", "latin"), CASES)
def test_letter_published_value(system: str, letter: str, latin: str) -> None:
    assert to_latin(letter, system) == latin


@pytest.mark.parametrize(("system", "letter"), MISSING)
def test_letter_missing_in_system_rejected(system: str, letter: str) -> None:
    with pytest.raises(ValidationError) as raised:
        to_latin(letter, system)
    assert raised.value.rule == "unmapped_letter"
    assert f"U+{ord(letter):04X}" in raised.value.message
    assert repr(system) in raised.value.message


@pytest.mark.parametrize("system", list(SYSTEM_COLUMNS))
def test_system_output_is_nfc(system: str) -> None:
    for _system, letter, _latin in (case for case in CASES if case[0] == system):
        latin = to_latin(letter, system)
        assert unicodedata.normalize("NFC", latin) == latin


def test_systems_listed() -> None:
    assert ROMANIZATION_SYSTEMS == ("national", "passport", "iso9984", "bgn1981", "ala-lc")


def test_iso9984_words() -> None:
    assert to_latin("საქართველო", "iso9984") == "sak\u0315art\u0315velo"
    assert to_latin("ჯავახეთი", "iso9984") == "\u01f0avaxet\u0315i"
    assert to_latin("ძიძიგური", "iso9984") == "jijiguri"


def test_bgn1981_marks_aspirates_not_ejectives() -> None:
    assert to_latin("ქართველი", "bgn1981") == "k'art'veli"
    assert to_latin("კ პ ტ ყ წ ჭ", "bgn1981") == "k p t q ts ch"
    assert to_latin("ჩიქოვანი", "bgn1981", apostrophe="\u2019") == "ch\u2019ik\u2019ovani"


def test_ala_lc_words() -> None:
    assert to_latin("რუსთაველი", "ala-lc") == "rust\u02bbaveli"
    assert to_latin("ღვინო ძმა ხე", "ala-lc") == "\u0121vino \u017cma xe"


def test_marked_systems_ignore_apostrophe_setting() -> None:
    assert to_latin("თ", "iso9984", apostrophe="\u2019") == "t\u0315"
    assert to_latin("თ", "ala-lc", apostrophe="\u2019") == "t\u02bb"


def test_mtavruli_in_marked_systems() -> None:
    assert to_latin("ᲯᲐᲕᲐᲮᲔᲗᲘ", "iso9984") == "J\u030cAVAXET\u0315I"
    assert to_latin("Ჩხაიძე", "ala-lc") == "\u010c\u02bbxai\u017ce"
    assert to_latin("Ჱ", "iso9984") == "\u0112"


def test_name_casing_national_and_passport() -> None:
    assert to_latin("ჩხაიძე", name=True) == "Chkhaidze"
    assert to_latin("ჭავჭავაძე", name=True) == "Ch'avch'avadze"
    assert to_latin("ჭავჭავაძე", "passport", name=True) == "Chavchavadze"
    assert to_latin("ნინო ბერიძე-ჯანელიძე", name=True) == "Nino Beridze-Janelidze"


def test_name_casing_from_capitals() -> None:
    assert to_latin("ᲩᲮᲐᲘᲫᲔ", "passport", name=True) == "Chkhaidze"
    assert to_latin("ᲬᲘᲙᲚᲐᲣᲠᲘ", name=True) == "Ts'ik'lauri"
    assert to_latin("ႵႠႰႧႪႨ", name=True) == "Kartli"


def test_name_casing_keeps_other_scripts() -> None:
    assert to_latin("ნინო McDonald-ბერიძე", name=True) == "Nino McDonald-Beridze"
    assert to_latin("(ნინო) o'ბერიძე", name=True) == "(Nino) o'beridze"


def test_name_casing_other_systems() -> None:
    assert to_latin("ჩხაიძე", "iso9984", name=True) == "\u010c\u0315xaije"
    assert to_latin("ჯავახეთი", "iso9984", name=True) == "J\u030cavaxet\u0315i"
    assert to_latin("ჩხაიძე", "bgn1981", name=True) == "Ch'khaidze"


def test_default_case_unchanged() -> None:
    assert to_latin("ჩხაიძე") == "chkhaidze"
    assert to_latin("ᲩᲮᲐᲘᲫᲔ") == "CHKHAIDZE"


def test_mrz_form() -> None:
    assert to_latin("ნინო ბერიძე-ჯანელიძე", "passport", mrz=True) == "NINO<BERIDZE<JANELIDZE"
    assert to_latin("ჭავჭავაძე", "passport", mrz=True) == "CHAVCHAVADZE"
    assert to_latin("  ნინო  -  ბერიძე ", "passport", mrz=True) == "NINO<BERIDZE"
    assert to_latin("O'Neill ნინო 2", "passport", mrz=True) == "ONEILL<NINO<2"


def test_mrz_rejects_other_systems() -> None:
    for system in ROMANIZATION_SYSTEMS:
        if system != "passport":
            with pytest.raises(SettingsError, match="passport"):
                to_latin("ნინო", system, mrz=True)


def test_mrz_rejects_name_casing() -> None:
    with pytest.raises(SettingsError, match="name=True"):
        to_latin("ნინო", "passport", mrz=True, name=True)


@pytest.mark.parametrize("text", ["Нино", "ნინო.", "Müller"])
def test_mrz_rejects_characters(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        to_latin(text, "passport", mrz=True)
    assert raised.value.rule == "mrz_character"
    for part in ["Нино", "ნინო", "NINO", "Müller", "MÜLLER"]:
        assert part not in str(raised.value)


@given(st.text(alphabet=MODERN_LETTERS + " -"))
def test_mrz_characters_only(text: str) -> None:
    assert re.fullmatch(r"[A-Z<]*", to_latin(text, "passport", mrz=True))


# Letters, digits, punctuation and spaces of Latin and Cyrillic: characters
# that the clean-up before romanization leaves as they are.
LATIN_OR_CYRILLIC = (
    st.characters(min_codepoint=0x20, max_codepoint=0x24F, categories=("L", "N", "P"))
    | st.characters(min_codepoint=0x400, max_codepoint=0x4FF)
    | st.just(" ")
)


@given(st.text(alphabet=st.sampled_from(MODERN_LETTERS) | LATIN_OR_CYRILLIC))
def test_latin_and_cyrillic_never_raise(text: str) -> None:
    for system in ROMANIZATION_SYSTEMS:
        for name in (False, True):
            result = to_latin(text, system, name=name)
            assert not any(char in MODERN_LETTERS for char in result)


@given(st.text(alphabet=LATIN_OR_CYRILLIC))
def test_latin_and_cyrillic_pass_through(text: str) -> None:
    for system in ROMANIZATION_SYSTEMS:
        assert to_latin(text, system) == text


@given(st.text(alphabet=st.sampled_from(MODERN_LETTERS + "ᲩᲮᲐⴀ ab'-`\t\u00a0") | LATIN_OR_CYRILLIC))
def test_fast_paths_match_full_path(text: str) -> None:
    for system in ROMANIZATION_SYSTEMS:
        for apostrophe in ("'", "\u2019"):
            transliterator = _transliterator(system, apostrophe)
            full = _romanize(text, transliterator, name=False)
            assert to_latin(text, system, apostrophe=apostrophe) == full
            full_name = _romanize(text, transliterator, name=True)
            assert to_latin(text, system, apostrophe=apostrophe, name=True) == full_name


def test_iso9984_reverse_words() -> None:
    assert iso9984_to_georgian("sak\u0315art\u0315velo") == "საქართველო"
    assert iso9984_to_georgian("SAK\u0315ART\u0315VELO") == "საქართველო"
    assert iso9984_to_georgian("\u01f0avaxet\u0315i") == "ჯავახეთი"
    assert iso9984_to_georgian("J\u030cavaxet\u0315i") == "ჯავახეთი"


def test_iso9984_reverse_apostrophe_lookalikes() -> None:
    expected = "ქართველი"
    for mark in ("\u0315", "'", "\u2019", "\u02bc", "\u02bb"):
        assert iso9984_to_georgian(f"k{mark}art{mark}veli") == expected


def test_iso9984_reverse_decomposed_input() -> None:
    assert iso9984_to_georgian("c\u030c\u0315xaije") == "ჩხაიძე"
    assert iso9984_to_georgian("c\u0315\u030cxaije") == "ჩხაიძე"


def test_iso9984_reverse_keeps_other_characters() -> None:
    assert iso9984_to_georgian("ä 1990, Нино") == "ä 1990, Нино"


def test_iso9984_reverse_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="iso9984_to_georgian"):
        iso9984_to_georgian(None)  # type: ignore[arg-type]


ISO_CAPITALS = "".join(MTAVRULI_BY_MKHEDRULI[letter] for letter in ISO_LETTERS)


@given(st.text(alphabet=ISO_LETTERS + ISO_CAPITALS + " -"))
def test_iso9984_round_trip(text: str) -> None:
    assert iso9984_to_georgian(to_latin(text, "iso9984")) == normalize(text)
