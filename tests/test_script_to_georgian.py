"""Tests of migstd.script.to_georgian."""

from __future__ import annotations

from pathlib import Path

import pytest

from migstd.errors import SettingsError, ValidationError
from migstd.script import REVERSE_SYSTEMS, iso9984_to_georgian, to_georgian, to_latin

LEXICON = Path(__file__).resolve().parent.parent / "src" / "migstd" / "script" / "data" / "name_lexicon.tsv"


def lexicon_names() -> list[tuple[str, int]]:
    rows = []
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "georgian\t")):
            continue
        georgian, _kind, count = line.split("\t")
        rows.append((georgian, int(count)))
    return sorted(rows, key=lambda row: (-row[1], row[0]))


@pytest.mark.parametrize(
    ("latin", "system", "georgian"),
    [
        ("Beridze", "passport", "ბერიძე"),
        ("Kapanadze", "passport", "კაპანაძე"),
        ("K'ap'anadze", "national", "კაპანაძე"),
        ("Tsiklauri", "passport", "წიკლაური"),
        ("Chkhaidze", "passport", "ჩხაიძე"),
        ("Nino", "passport", "ნინო"),
        ("Giorgi", "passport", "გიორგი"),
        ("Davit", "passport", "დავით"),
        ("Qvarelashvili", "passport", "ყვარელაშვილი"),
        ("Nino", "national", "ნინო"),
        ("Giorgi", "national", "გიორგი"),
        ("Beridze", "national", "ბერიძე"),
    ],
)
def test_to_georgian_common_name_first(latin: str, system: str, georgian: str) -> None:
    assert to_georgian(latin, system)[0] == georgian


def test_to_georgian_case_insensitive() -> None:
    expected = to_georgian("beridze", "passport")

    assert to_georgian("BERIDZE", "passport") == expected
    assert to_georgian("Beridze", "passport") == expected


def test_to_georgian_mtavruli_style_upper_case_with_apostrophes() -> None:
    assert to_georgian("TS\u2019IKLAURI")[0] == "წიქლაური"


def test_to_georgian_national_reads_apostrophe_as_ejective() -> None:
    assert to_georgian("k'")[0] == "კ"
    assert to_georgian("k")[0] == "ქ"
    assert to_georgian("ts'")[0] == "წ"


@pytest.mark.parametrize(
    ("latin", "single", "split"),
    [
        ("kh", "ხ", "ქჰ"),
        ("ts", "ც", "თს"),
        ("sh", "შ", "სჰ"),
        ("zh", "ჟ", "ზჰ"),
        ("dz", "ძ", "დზ"),
        ("gh", "ღ", "გჰ"),
    ],
)
def test_to_georgian_national_digraph_alternatives(latin: str, single: str, split: str) -> None:
    candidates = to_georgian(f"a{latin}a")

    assert candidates[0] == f"ა{single}ა"
    assert f"ა{split}ა" in candidates


@pytest.mark.parametrize(
    ("latin", "letters"),
    [("k", "ქკ"), ("p", "ფპ"), ("t", "თტ"), ("ts", "ცწ"), ("ch", "ჩჭ")],
)
def test_to_georgian_passport_offers_both_letters(latin: str, letters: str) -> None:
    candidates = to_georgian(f"a{latin}a", "passport")

    for letter in letters:
        assert f"ა{letter}ა" in candidates


def test_to_georgian_passport_q_is_qar() -> None:
    assert to_georgian("qa", "passport") == ["ყა"]


def test_to_georgian_bgn1981_apostrophe_marks_aspirate() -> None:
    assert to_georgian("t'bilisi", "bgn1981")[0] == "თბილისი"
    assert to_georgian("k'", "bgn1981") == ["ქ"]
    assert to_georgian("k", "bgn1981") == ["კ"]


def test_to_georgian_ala_lc_letters() -> None:
    assert to_georgian("Čʻačʻava", "ala-lc")[0] == "ჩაჩავა"
    assert to_georgian("żġap", "ala-lc") == ["ძღაპ"]
    assert to_georgian("xevsuretʻi", "ala-lc")[0] == "ხევსურეთი"


@pytest.mark.parametrize(
    ("latin", "georgian"),
    [
        ("sicocxle", "სიცოცხლე"),
        ("usiyvarulod", "უსიყვარულოდ"),
        ("wvimis", "წვიმის"),
        ("qarishxali", "ქარიშხალი"),
    ],
)
def test_to_georgian_chat_style(latin: str, georgian: str) -> None:
    assert to_georgian(latin, "chat")[0] == georgian


def test_to_georgian_chat_aspirate_spellings() -> None:
    assert to_georgian("thvalebi", "chat")[0] == "თვალები"
    assert to_georgian("qartuli", "chat")[:3].count("ქართული") == 1


def test_to_georgian_keeps_separators_and_digits() -> None:
    assert to_georgian("Nino-Beridze, 1990", "passport", limit=1) == ["ნინო-ბერიძე, 1990"]


def test_to_georgian_keeps_georgian_letters() -> None:
    assert to_georgian("ნინო Beridze", "passport")[0] == "ნინო ბერიძე"


def test_to_georgian_respects_limit() -> None:
    assert len(to_georgian("Tsitsishvili", "passport", limit=3)) == 3
    assert len(to_georgian("Tsitsishvili", "passport")) <= 10


def test_to_georgian_deterministic() -> None:
    assert to_georgian("Chkhaidze Tsotne", "passport") == to_georgian("Chkhaidze Tsotne", "passport")


def test_to_georgian_candidates_unique() -> None:
    candidates = to_georgian("Tsatsa", "passport")

    assert len(candidates) == len(set(candidates))


def test_to_georgian_empty_text() -> None:
    assert to_georgian("", "passport") == [""]


def test_to_georgian_unreadable_letter_names_code_point() -> None:
    with pytest.raises(ValidationError) as caught:
        to_georgian("Xenia")

    assert caught.value.rule == "unmapped_letter"
    assert "U+0078 LATIN SMALL LETTER X" in str(caught.value)
    assert "enia" not in str(caught.value)


def test_to_georgian_unknown_system() -> None:
    with pytest.raises(SettingsError, match="unknown romanization system 'klingon'"):
        to_georgian("Nino", "klingon")


@pytest.mark.parametrize("limit", [0, -1, True, 2.5])
def test_to_georgian_invalid_limit(limit: object) -> None:
    with pytest.raises(SettingsError, match="invalid limit"):
        to_georgian("Nino", "passport", limit=limit)  # type: ignore[arg-type]


def test_to_georgian_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="to_georgian"):
        to_georgian(None)  # type: ignore[arg-type]


def test_reverse_systems_listed() -> None:
    assert set(REVERSE_SYSTEMS) == {"iso9984", "national", "passport", "bgn1981", "ala-lc", "chat"}


# Common names outside the first test, each through the passport form.
ROUND_TRIP_NAMES = [
    "მარიამ", "ანა", "ლევან", "ირაკლი", "ნიკოლოზ", "ალექსანდრე", "თამარ", "ეკატერინე",
    "ქეთევან", "ზურაბ", "ლაშა", "დავით", "ვახტანგ", "ნათია", "ნანა", "მაია", "ხატია",
    "თეიმურაზ", "ოთარ", "გელაშვილი", "მაისურაძე", "გიორგაძე", "ლომიძე", "ბოლქვაძე",
    "წიკლაური", "ჩხიკვაძე", "პაპავა", "ბერულავა", "გაბრიჭიძე", "ჩადუნელი", "რაზმაძე",
    "სარალიძე", "ლაგვილავა", "ბერიანიძე",
]  # fmt: skip


@pytest.mark.parametrize("georgian", ROUND_TRIP_NAMES)
def test_to_georgian_passport_round_trip(georgian: str) -> None:
    latin = to_latin(georgian, "passport").title()

    assert to_georgian(latin, "passport")[0] == georgian


@pytest.mark.parametrize("georgian", ROUND_TRIP_NAMES)
def test_to_georgian_national_round_trip(georgian: str) -> None:
    latin = to_latin(georgian, "national")

    assert to_georgian(latin, "national")[0] == georgian


def test_to_georgian_top_200_lexicon_rates() -> None:
    names = [georgian for georgian, _count in lexicon_names()[:200]]
    assert len(names) == 200

    top_1 = 0
    top_3 = 0
    missed = []
    for georgian in names:
        candidates = to_georgian(to_latin(georgian, "passport").upper(), "passport")
        top_1 += candidates[0] == georgian
        top_3 += georgian in candidates[:3]
        if georgian not in candidates[:3]:
            missed.append(georgian)

    assert top_1 / len(names) >= 0.90
    assert top_3 == len(names), missed


def test_to_georgian_iso9984_single_answer() -> None:
    result = to_georgian("t\u0315bilisi", "iso9984")

    assert result == "თბილისი"
    assert result == iso9984_to_georgian("t\u0315bilisi")
