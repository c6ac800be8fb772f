"""Tests of migstd.script.detect_script."""

from __future__ import annotations

import pytest

from migstd.script import Script, detect_script, name_key, normalize, to_latin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ნინო ბერიძე", Script.MKHEDRULI),
        ("ᲜᲘᲜᲝ ᲑᲔᲠᲘᲫᲔ", Script.MTAVRULI),
        ("ႵႠႰႧႪႨ", Script.ASOMTAVRULI),
        ("ⴕⴀⴐⴇⴊⴈ", Script.NUSKHURI),
        ("Nino Beridze", Script.LATIN),
        ("Məmmədova", Script.LATIN),
        ("Нино Беридзе", Script.CYRILLIC),
        ("Νίκος", Script.OTHER),
        ("Ნინო", Script.MIXED),
        ("ნინo", Script.MIXED),
        ("Saаkashvili", Script.MIXED),
        ("Нино Nino", Script.MIXED),
        ("", Script.NONE),
        ("1990-04-12 / 7", Script.NONE),
    ],
)
def test_detect_script_cases(text: str, expected: Script) -> None:
    assert detect_script(text) == expected


def test_detect_script_ignores_non_letters() -> None:
    assert detect_script("ნინო, 1990 — #7!") == Script.MKHEDRULI
    assert detect_script("Ts'iklauri") == Script.LATIN


def test_detect_script_ignores_modifier_apostrophes() -> None:
    assert detect_script("წ\u02bcიკ\u02bbლა") == Script.MKHEDRULI
    assert detect_script("\u02bc") == Script.NONE


def test_detect_script_ignores_combining_marks() -> None:
    assert detect_script("ა\u0304ნ") == Script.MKHEDRULI


def test_detect_script_after_normalize() -> None:
    assert detect_script(normalize("Ნინო ᲑᲔᲠᲘᲫᲔ Ⴊ ⴊ")) == Script.MKHEDRULI


def test_script_values_are_strings() -> None:
    assert str(Script.MKHEDRULI) == "mkhedruli"
    assert f"{Script.NONE}" == "none"
    assert Script("mixed") is Script.MIXED


@pytest.mark.parametrize("value", [None, 5, b"nino"])
def test_script_functions_reject_non_text(value: object) -> None:
    for function in (detect_script, normalize, to_latin, name_key):
        with pytest.raises(TypeError, match=f"{function.__name__}\\(\\) takes a str"):
            function(value)  # type: ignore[arg-type]
