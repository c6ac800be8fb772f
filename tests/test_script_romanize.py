"""Tests of migstd.script.to_latin."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migstd.errors import MigstdError, SettingsError, ValidationError
from migstd.script import ROMANIZATION_SYSTEMS, to_latin
from migstd.script._letters import LETTERS

MODERN_LETTERS = "".join(chr(code) for code in range(0x10D0, 0x10F1))
ARCHAIC_LETTERS = "ჱჲჳჴჵჶჷჸ"


def is_georgian(char: str) -> bool:
    code = ord(char)
    return 0x10A0 <= code <= 0x10FF or 0x1C90 <= code <= 0x1CBF or 0x2D00 <= code <= 0x2D2F


# Test words of the national system from the interscript map of the 2002
# system, written there with U+2019 as the ejective mark.
OFFICIAL_WORDS = [
    ("თბილისი", "tbilisi"),
    ("მეღვინეთუხუცესი", "meghvinetukhutsesi"),
    ("ჭიანჭველა", "ch’ianch’vela"),
    ("ბაყაყი", "baq’aq’i"),
    ("ჩხალთის ქედი", "chkhaltis kedi"),
    ("აბჟააფთრა", "abzhaaptra"),
    ("ამბროლაურის მუნიციპალიტეტი", "ambrolauris munitsip’alit’et’i"),
    ("მარტვილის მუნიციპალიტეტი", "mart’vilis munitsip’alit’et’i"),
    ("ლეკუხონა", "lek’ukhona"),
    ("მყინვარი აღმოსავლეთი მაგუაშირხა", "mq’invari aghmosavleti maguashirkha"),
    ("საქართველო", "sakartvelo"),
]


@pytest.mark.parametrize(("georgian", "latin"), OFFICIAL_WORDS)
def test_national_official_words(georgian: str, latin: str) -> None:
    assert to_latin(georgian, "national", apostrophe="\u2019") == latin


@pytest.mark.parametrize(("georgian", "latin"), OFFICIAL_WORDS)
def test_national_default_ascii_apostrophe(georgian: str, latin: str) -> None:
    assert to_latin(georgian) == latin.replace("\u2019", "'")


@pytest.mark.parametrize(("georgian", "latin"), OFFICIAL_WORDS)
def test_passport_official_words(georgian: str, latin: str) -> None:
    assert to_latin(georgian, "passport") == latin.replace("\u2019", "")


def test_national_modifier_apostrophe() -> None:
    assert to_latin("ბაყაყი", apostrophe="\u02bc") == "baq\u02bcaq\u02bci"


def test_national_every_ejective() -> None:
    assert to_latin("კ პ ტ ყ წ ჭ") == "k' p' t' q' ts' ch'"
    assert to_latin("ქ ფ თ ყ ც ჩ") == "k p t q' ts ch"


def test_national_digraph_letters() -> None:
    assert to_latin("ჟ შ ღ ხ ძ ჯ ჰ") == "zh sh gh kh dz j h"


def test_passport_every_ejective() -> None:
    assert to_latin("კ პ ტ ყ წ ჭ", "passport") == "k p t q ts ch"


def test_passport_names() -> None:
    assert to_latin("ნათია ჩხაიძე", "passport") == "natia chkhaidze"
    assert to_latin("ᲜᲐᲗᲘᲐ ᲩᲮᲐᲘᲫᲔ", "passport") == "NATIA CHKHAIDZE"
    assert to_latin("ლელა რუაძე", "passport") == "lela ruadze"
    assert to_latin("ᲚᲔᲚᲐ ᲠᲣᲐᲫᲔ", "passport") == "LELA RUADZE"


def test_mtavruli_digraphs_fully_upper() -> None:
    assert to_latin("ᲩᲮᲐᲘᲫᲔ") == "CHKHAIDZE"
    assert to_latin("ᲬᲘᲙᲚᲐᲣᲠᲘ") == "TS'IK'LAURI"


def test_mtavruli_initial_title_case() -> None:
    assert to_latin("Ჩხაიძე") == "Chkhaidze"
    assert to_latin("Ნინო") == "Nino"


def test_mtavruli_before_latin_stays_upper() -> None:
    assert to_latin("Ჩx") == "CHx"


def test_asomtavruli_gives_upper_case() -> None:
    assert to_latin("Ⴊ") == "L"
    assert to_latin("ႵႠႰႧႪႨ") == "KARTLI"
    assert to_latin("Ⴝ") == "CH'"


def test_nuskhuri_gives_lower_case() -> None:
    assert to_latin("ⴕⴀⴐⴇⴊⴈ") == "kartli"
    assert to_latin("Ⴕⴀⴐⴇⴊⴈ") == "Kartli"


def test_non_georgian_passes_through() -> None:
    text = "Nino Beridze-Kipiani, Нино 12/04/1990 ჻"
    assert to_latin(text) == text


def test_mixed_georgian_and_latin() -> None:
    assert to_latin("ნინო Beridze 1990-04-12") == "nino Beridze 1990-04-12"


def test_input_is_normalized_first() -> None:
    assert to_latin("ნი\u200bნო\u00a0ბერიძე") == "nino beridze"
    assert to_latin("O\u2019Neill") == "O'Neill"


@given(st.text(alphabet=MODERN_LETTERS + " -"))
def test_modern_letters_leave_no_georgian(text: str) -> None:
    for system in ROMANIZATION_SYSTEMS:
        assert not any(is_georgian(char) for char in to_latin(text, system))


@given(st.text(alphabet=MODERN_LETTERS + " -"))
def test_passport_is_national_without_marks(text: str) -> None:
    assert to_latin(text, "passport") == to_latin(text, "national").replace("'", "")


@given(st.text(alphabet=MODERN_LETTERS + " "))
def test_mtavruli_romanizes_to_upper(text: str) -> None:
    assert to_latin(text.upper(), "passport") == to_latin(text, "passport").upper()


def test_letter_table_names_match_unicode() -> None:
    import unicodedata

    for letter in LETTERS:
        assert unicodedata.name(letter.mkhedruli).endswith(f" {letter.name}")


def test_letter_table_passport_column() -> None:
    for letter in LETTERS:
        expected = None if letter.national is None else letter.national.replace("'", "")
        assert letter.passport == expected, letter.name


@pytest.mark.parametrize("system", ["national", "passport"])
@pytest.mark.parametrize("letter", list(ARCHAIC_LETTERS))
def test_archaic_letter_rejected(system: str, letter: str) -> None:
    with pytest.raises(ValidationError) as raised:
        to_latin(letter, system)
    assert raised.value.field == "text"
    assert raised.value.rule == "unmapped_letter"
    assert f"U+{ord(letter):04X}" in str(raised.value)
    assert f"{system!r}" in str(raised.value)


@pytest.mark.parametrize("letter", ["Ჱ", "Ⴡ", "ⴡ", "ჼ", "Ⴭ", "ჽ"])
def test_archaic_letter_any_block_rejected(letter: str) -> None:
    with pytest.raises(ValidationError, match=f"^text: U\\+{ord(letter):04X} [A-Z ]+ has no value"):
        to_latin(letter)


def test_archaic_error_message_names_letter() -> None:
    with pytest.raises(ValidationError) as raised:
        to_latin("ჱ")
    assert raised.value.message == (
        "U+10F1 GEORGIAN LETTER HE has no value in the 'national' system; remove or replace the letter"
    )


def test_archaic_error_hides_input() -> None:
    text = "ნათია ჩხაიძე ჱ Kipiani 1990-04-12"
    with pytest.raises(ValidationError) as raised:
        to_latin(text)
    error = raised.value
    exposed = [str(error), repr(error), error.json(), repr(error.args), repr(pickle.dumps(error))]
    for part in ["ნათია", "ჩხაიძე", "ჱ", "Kipiani", "1990", "natia", "chkhaidze"]:
        for shown in exposed:
            assert part not in shown


def test_unknown_system_rejected() -> None:
    with pytest.raises(SettingsError) as raised:
        to_latin("ნინო", "din32707")
    message = str(raised.value)
    assert "'din32707'" in message
    assert "'national'" in message
    assert "'passport'" in message
    assert "ნინო" not in message
    assert isinstance(raised.value, MigstdError)


def test_invalid_apostrophe_rejected() -> None:
    with pytest.raises(SettingsError, match="U\\+2019"):
        to_latin("ბაყაყი", apostrophe="`")
    with pytest.raises(SettingsError):
        to_latin("ბაყაყი", apostrophe="")
