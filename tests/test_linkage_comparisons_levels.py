"""Tests of every comparison level on hand-made pairs, through the preparation of each field.

Each case is one (left value, right value) pair. The values are prepared as
a link prepares them and graded with ``gamma_matrix``, so a case checks the
preparation of its field (scripts, spellings, compact forms) as well as the
comparison.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pytest

from migstd.errors import SettingsError
from migstd.linkage import Settings, link
from migstd.linkage._compare import gamma_matrix
from migstd.linkage._prepare import prepare
from migstd.linkage.comparisons import (
    AddressComparison,
    Comparison,
    CountryComparison,
    DateComparison,
    ExactMatch,
    IdentifierComparison,
    NameComparison,
    PhoneComparison,
    comparison_from_dict,
)

Case = tuple[str | None, str | None]


def prepared_pairs(comparisons: list[Comparison], rows: list[dict[str, Case]]) -> Any:
    """Prepare row i of a left and a right input from the cases and return their pair rows."""
    sides = [
        pa.table({c.column: pa.array([r[c.column][side] for r in rows], pa.string()) for c in comparisons})
        for side in (0, 1)
    ]
    first = comparisons[0].column
    settings = Settings(comparisons=comparisons, blocking_rules=[f"l.{first} = r.{first}"])
    prepared = prepare(sides, settings, comparisons, [], ["left", "right"])
    return prepared, np.arange(len(rows)), np.arange(len(rows)) + len(rows)


def graded(comparison: Comparison, cases: list[Case]) -> list[str]:
    """Return the level name of each case, or "null" where the comparison has none."""
    prepared, left_rows, right_rows = prepared_pairs([comparison], [{comparison.column: c} for c in cases])
    gammas = gamma_matrix([comparison], prepared, left_rows, right_rows)
    return [comparison.level_names[level] if level >= 0 else "null" for level in gammas[:, 0]]


def check_cases(comparison: Comparison, table: list[tuple[str | None, str | None, str]]) -> None:
    found = graded(comparison, [(a, b) for a, b, _ in table])

    for (a, b, expected), level in zip(table, found, strict=True):
        assert level == expected, f"{a} / {b}"


NAME_CASES: list[tuple[str | None, str | None, str]] = [
    ("ნინო", "NINO", "exact"),
    ("ნინო", "Нино", "exact"),
    ("Tsiklauri", "Ciklauri", "same_key"),
    ("Dzhugashvili", "Jugashvili", "same_key"),
    ("ჯუღაშვილი", "Джугашвили", "same_key"),
    ("Giorgi", "Gogi", "alias"),
    ("Giorgi", "George", "alias"),
    ("Aleksandre", "Sandro", "alias"),
    ("Beridze", "Beridse", "jaro_winkler_0.92"),
    ("Beridze-Kapanadze", "Beridze", "token_subset"),
    ("Kapanadze", "Beridze Kapanadze", "token_subset"),
    ("Beridze Kapanadze", "Kapanadze-Beridze", "token_subset"),
    ("N.", "Nino", "initials"),
    ("Ketvan", "Keteven", "jaro_winkler_0.88"),
    ("Khvedelidze", "Mchedlidze", "jaro_winkler_0.7"),
    ("Giorgi", "Zurab", "else"),
]


def test_name_levels_in_order() -> None:
    check_cases(NameComparison("given_name"), NAME_CASES)


def test_name_cases_cover_every_level() -> None:
    assert {level for _, _, level in NAME_CASES} == set(NameComparison("given_name").level_names)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Giorgi", "გიორგი"),
        ("GIORGI", "Георгий"),
        ("გიორგი", "Георгий"),
        ("Tamar", "თამარ"),
        ("Tamar", "Тамара"),
    ],
)
def test_name_scripts_agree(a: str, b: str) -> None:
    level = graded(NameComparison("given_name"), [(a, b)])[0]

    assert level in ("exact", "same_key", "alias")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("N.", "Nino"),
        ("ნ.", "Nino"),
        ("N", "ნინო"),
        ("Н.", "Nino"),
        ("Sh.", "Shota"),
        ("G. Beridze", "Giorgi Beridze"),
    ],
)
def test_initial_agrees_with_name(a: str, b: str) -> None:
    assert graded(NameComparison("given_name"), [(a, b), (b, a)]) == ["initials", "initials"]


@pytest.mark.parametrize(("a", "b"), [("N.", "Tamar"), ("N. Beridze", "Nino Kapanadze"), ("N.", "Nino Maia")])
def test_initial_of_another_name_disagrees(a: str, b: str) -> None:
    # "N." against "Nino Maia" has a different number of words, so it is no initials agreement.
    assert graded(NameComparison("given_name"), [(a, b)])[0] != "initials"


def test_alias_is_not_same_key() -> None:
    found = graded(NameComparison("given_name"), [("Giorgi", "Giorgy"), ("Giorgi", "Gogi")])

    assert found == ["same_key", "alias"]


def test_swapped_names_show_crossed_levels() -> None:
    given, family = NameComparison("given_name"), NameComparison("family_name")
    rows: list[dict[str, Case]] = [
        {"given_name": ("Nino", "Beridze"), "family_name": ("Beridze", "Nino")},
        {"given_name": ("Gogi", "Kapanadze"), "family_name": ("Kapanadze", "Giorgi")},
        {"given_name": ("Nino", "Tamar"), "family_name": ("Beridze", "Lomidze")},
    ]
    prepared, left_rows, right_rows = prepared_pairs([given, family], rows)

    direct = gamma_matrix([given, family], prepared, left_rows, right_rows)
    crossed = gamma_matrix([given, family], prepared, left_rows, right_rows, swap=(0, 1))

    names = given.level_names
    assert [names[level] for level in direct[:2].ravel()] == ["else"] * 4
    assert [names[level] for level in crossed[0]] == ["exact", "exact"]
    assert [names[level] for level in crossed[1]] == ["alias", "exact"]
    assert crossed[2].tolist() == direct[2].tolist()


DATE_CASES: list[tuple[str | None, str | None, str]] = [
    ("1985-03-12", "1985-03-12", "exact"),
    ("1985-03", "1985-03-12", "same_year_month"),
    ("1985-03", "1985-03", "same_year_month"),
    ("1985", "1985-03-12", "same_year_only"),
    ("1985", "1985", "same_year_only"),
    ("1991-07-12", "1991-12-07", "day_month_swapped"),
    ("1991-07-12", "1991-07-13", "one_component_differs"),
    ("1991-07-12", "1992-07-12", "one_component_differs"),
    ("1991-07-12", "1991-08-13", "same_year"),
    ("1991-07-12", "1993-08-13", "else"),
]


def test_date_levels_in_order() -> None:
    check_cases(DateComparison("birth_date"), DATE_CASES)


def test_date_cases_cover_every_level() -> None:
    assert {level for _, _, level in DATE_CASES} == set(DateComparison("birth_date").level_names)


def test_equal_day_and_month_is_no_swap() -> None:
    found = graded(DateComparison("birth_date"), [("1991-07-07", "1991-07-07"), ("1991-03-03", "1991-04-04")])

    assert found == ["exact", "same_year"]


IDENTIFIER_CASES: list[tuple[str | None, str | None, str]] = [
    ("09AB12345", "09ab 12-345", "exact"),
    ("09AB12345", "09AB12346", "levenshtein_1"),
    ("09AB12345", "09AB1234", "levenshtein_1"),
    ("09AB12345", "09AB21345", "transposition"),
    ("01001011234", "01001011243", "transposition"),
    ("09AB12345", "09AB21354", "else"),
    ("09AB12345", "77ZZ99999", "else"),
]


def test_identifier_levels_in_order() -> None:
    check_cases(IdentifierComparison("document_number"), IDENTIFIER_CASES)


PHONE_CASES: list[tuple[str | None, str | None, str]] = [
    ("577 31 62 09", "+995577316209", "exact"),
    ("0322471860", "+995 32 2 47 18 60", "exact"),
    ("00995 577 31 62 09", "577-31-62-09", "exact"),
    ("+995 557 31 62 09", "+995 577 31 62 09", "last_7_digits"),
    ("+995577316208", "+995577316209", "else"),
    ("+90 212 555 12 34", "+995 577 31 62 09", "else"),
]


def test_phone_levels_in_order() -> None:
    check_cases(PhoneComparison("phone"), PHONE_CASES)


def test_phone_digits_option_changes_level() -> None:
    found = graded(PhoneComparison("phone", digits=6), [("+995 557 41 62 09", "+995 577 31 62 09")])

    assert found == ["else"]
    assert graded(PhoneComparison("phone", digits=5), [("+995 557 41 62 09", "+995 577 31 62 09")]) == [
        "last_5_digits"
    ]


def test_invalid_phone_is_missing() -> None:
    # The second is an 8-digit mobile number from before the 2011 renumbering.
    found = graded(PhoneComparison("phone"), [("123", "123"), ("93 47 21 86", "93 47 21 86")])

    assert found == ["null", "null"]


COUNTRY_CASES: list[tuple[str | None, str | None, str]] = [
    ("GEO", "GE", "exact"),
    ("Georgia", "საქართველო", "exact"),
    ("SUN", "GEO", "historic_successor"),
    ("GEO", "SUN", "historic_successor"),
    ("YUG", "SRB", "historic_successor"),
    ("YUG", "SCG", "historic_successor"),
    ("CSK", "SVK", "historic_successor"),
    ("GEO", "RUS", "else"),
    ("SUN", "YUG", "else"),
]


def test_country_levels_in_order() -> None:
    check_cases(CountryComparison("citizenship"), COUNTRY_CASES)


ADDRESS_CASES: list[tuple[str | None, str | None, str]] = [
    ("Tbilisi, Rustaveli 5", "rustaveli 5, TBILISI", "exact"),
    ("ᲗᲑᲘᲚᲘᲡᲘ, ᲠᲣᲡᲗᲐᲕᲔᲚᲘ 5", "Tbilisi Rustaveli 5", "exact"),
    # Four of five words shared: ქ. (city) has no counterpart.
    ("ქ. თბილისი, ვაჟა-ფშაველას 12", "Tbilisi, Vazha-Pshavelas 12", "jaccard_0.8"),
    ("Tbilisi Rustaveli 5 apt 3", "Tbilisi Rustaveli 5 apt 4", "jaccard_0.5"),
    ("Batumi Gorgiladze 1", "Tbilisi Rustaveli 5", "else"),
]


def test_address_levels_in_order() -> None:
    check_cases(AddressComparison("address"), ADDRESS_CASES)


def test_address_without_words_is_missing() -> None:
    assert graded(AddressComparison("address"), [(",, .", "Tbilisi")]) == ["null"]


def test_sex_levels() -> None:
    found = graded(ExactMatch("sex"), [("F", "2"), ("ქალი", "F"), ("F", "M")])

    assert found == ["exact", "exact", "else"]


EVERY_COMPARISON: list[tuple[Comparison, str]] = [
    (NameComparison("given_name"), "ნინო"),
    (DateComparison("birth_date"), "1985"),
    (IdentifierComparison("document_number"), "09AB12345"),
    (PhoneComparison("phone"), "577316209"),
    (CountryComparison("citizenship"), "GEO"),
    (AddressComparison("address"), "Tbilisi"),
    (ExactMatch("sex"), "F"),
]


@pytest.mark.parametrize(("comparison", "value"), EVERY_COMPARISON, ids=lambda c: getattr(c, "column", ""))
def test_missing_values_are_null(comparison: Comparison, value: str) -> None:
    found = graded(comparison, [(None, None), (value, None), (None, value), ("", ""), (value, value)])

    assert found[:4] == ["null"] * 4
    assert found[4] != "null"


@pytest.mark.parametrize(("comparison", "value"), EVERY_COMPARISON, ids=lambda c: getattr(c, "column", ""))
def test_levels_end_in_else(comparison: Comparison, value: str) -> None:
    assert comparison.level_names[0] == "exact"
    assert comparison.level_names[-1] == "else"
    assert len(set(comparison.level_names)) == len(comparison.level_names)


ROUND_TRIP: list[Comparison] = [
    IdentifierComparison("personal_number", term_frequency_adjustments=True),
    PhoneComparison("phone", digits=8),
    CountryComparison("citizenship"),
    AddressComparison("address", (0.9, 0.6, 0.3)),
]


@pytest.mark.parametrize("comparison", ROUND_TRIP, ids=lambda c: type(c).__name__)
def test_new_comparisons_round_trip(comparison: Comparison) -> None:
    rebuilt = comparison_from_dict(comparison.to_dict())

    assert rebuilt == comparison
    assert Settings.from_dict(Settings(comparisons=[comparison]).to_dict()).comparisons == (comparison,)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: PhoneComparison("phone", digits=2), "from 4 to 14"),
        (lambda: PhoneComparison("phone", digits=True), "whole number"),
        (lambda: AddressComparison("address", (0.5, 0.8)), "descending"),
        (lambda: Settings(comparisons=[PhoneComparison("given_name")]), "is a name field"),
        (lambda: Settings(comparisons=[CountryComparison("birth_date")]), "is a date field"),
    ],
)
def test_invalid_options_raise(make: Any, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        make()


def test_default_comparisons_use_new_fields() -> None:
    fields = ["given_name", "citizenship", "document_number", "personal_number", "phone", "address"]

    found = {c.column: type(c) for c in Settings().resolve_comparisons(fields)}

    assert found == {
        "given_name": NameComparison,
        "citizenship": CountryComparison,
        "document_number": IdentifierComparison,
        "personal_number": IdentifierComparison,
        "phone": PhoneComparison,
        "address": AddressComparison,
    }


def test_default_link_reads_phone_and_address() -> None:
    people = [
        ("Nino", "Beridze", "1990-03-14", "577316209", "Tbilisi, Rustaveli 5"),
        ("Giorgi", "Kapanadze", "1985-07-02", "599112233", "Batumi, Gorgiladze 1"),
        ("Tamar", "Lomidze", "1971-11-30", "555443322", "Kutaisi, Tsereteli 9"),
    ]
    columns = ("given_name", "family_name", "birth_date", "phone", "address")
    left = [dict(zip(columns, person, strict=True)) for person in people]
    right = [{**row, "phone": f"+995 {row['phone']}", "address": str(row["address"]).upper()} for row in left]
    right[1]["phone"] = "not a phone"

    result = link(left, right, Settings(probability_two_random_records_match=0.3))

    pairs = result.pairs.to_pylist()
    levels = {(p["row_l"], p["row_r"]): (p["phone_level"], p["address_level"]) for p in pairs}
    assert levels[(0, 0)] == ("exact", "exact")
    assert levels[(1, 1)] == ("null", "exact")
    assert sorted((p["row_l"], p["row_r"]) for p in result.matches.to_pylist()) == [(0, 0), (1, 1), (2, 2)]
    assert [issue["field"] for issue in result.issues.to_pylist()] == ["phone"]
