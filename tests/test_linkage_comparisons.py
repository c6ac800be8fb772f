"""Tests of comparisons: the level of each case, missing values, threshold checks and round trips."""

from __future__ import annotations

import math
from typing import Any

import pytest

from migstd.errors import SettingsError
from migstd.linkage import (
    Comparison,
    DateComparison,
    ExactMatch,
    JaroWinklerAtThresholds,
    LevenshteinAtThresholds,
    LinkageResult,
    NameComparison,
    Settings,
    link,
)
from migstd.linkage.comparisons import comparison_from_dict

Case = tuple[str | None, str | None]


def link_cases(comparisons: list[Comparison], rows: list[dict[str, Case]]) -> LinkageResult:
    """Link row i of the left input to row i of the right one, and only to it.

    Each row maps a column to its (left value, right value). The blocking rule
    pairs rows by position, so every case is compared whatever its values.
    """
    left = [
        {"id": f"l{i}", "block": f"b{i}", **{k: v[0] for k, v in row.items()}} for i, row in enumerate(rows)
    ]
    right = [
        {"id": f"r{i}", "block": f"b{i}", **{k: v[1] for k, v in row.items()}} for i, row in enumerate(rows)
    ]
    settings = Settings(
        unique_id="id",
        comparisons=comparisons,
        blocking_rules=["l.block = r.block"],
        training_rules=["l.block = r.block"],
        probability_two_random_records_match=0.01,
    )
    return link(left, right, settings)


def levels(comparison: Comparison, cases: list[Case]) -> list[str]:
    result = link_cases([comparison], [{comparison.column: case} for case in cases])
    by_row = {row["row_l"]: row[f"{comparison.name}_level"] for row in result.pairs.to_pylist()}
    return [by_row[index] for index in range(len(cases))]


NAME_CASES: list[tuple[str, str, str]] = [
    ("ნინო", "NINO", "exact"),
    ("ᲜᲘᲜᲝ", "Nino", "exact"),
    ("Mchedlidze-Khvedelidze", "Mchedlidze Khvedelidze", "exact"),
    ("Tsiklauri", "Ciklauri", "same_key"),
    ("Beridze", "Beridse", "jaro_winkler_0.92"),
    ("Mchedlidze-Khvedelidze", "Khvedelidze", "token_subset"),
    ("მჭედლიძე-ხვედელიძე", "KHVEDELIDZE", "token_subset"),
    ("Ketvan", "Keteven", "jaro_winkler_0.88"),
    ("Khvedelidze", "Mchedlidze", "jaro_winkler_0.7"),
    ("Giorgi", "Zurab", "else"),
]


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_name_comparison_levels() -> None:
    comparison = NameComparison("family_name")

    found = levels(comparison, [(a, b) for a, b, _ in NAME_CASES])

    for (a, b, expected), level in zip(NAME_CASES, found, strict=True):
        assert level == expected, f"{a} / {b}"


DATE_CASES: list[tuple[str, str, str]] = [
    ("1985-03-12", "1985-03-12", "exact"),
    ("1985", "1985", "same_year_only"),  # two year-only dates are not a full agreement
    ("1985-03", "1985-03", "same_year_month"),
    ("1985", "1985-03-12", "same_year_only"),
    ("1985-03", "1985-03-12", "same_year_month"),
    ("1985-03", "1985", "same_year_only"),
    ("1985-03", "1985-04-12", "same_year"),
    ("1991-07-12", "1991-12-07", "day_month_swapped"),
    ("1991-07-07", "1991-07-07", "exact"),
    ("1991-07-12", "1991-07-13", "one_component_differs"),
    ("1991-07-12", "1992-07-12", "one_component_differs"),
    ("1991-07-12", "1991-08-12", "one_component_differs"),
    ("1991-07-12", "1991-08-13", "same_year"),
    ("1991-07", "1991-08", "same_year"),
    ("1991-07-12", "1993-08-13", "else"),
    ("1985", "1986", "else"),
]


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_date_comparison_levels() -> None:
    comparison = DateComparison("birth_date")

    found = levels(comparison, [(a, b) for a, b, _ in DATE_CASES])

    for (a, b, expected), level in zip(DATE_CASES, found, strict=True):
        assert level == expected, f"{a} / {b}"


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_same_day_and_month_is_never_swapped() -> None:
    comparison = DateComparison("birth_date")

    found = levels(comparison, [("1991-07-07", "1991-07-07"), ("1991-07-07", "1991-07-08")])

    assert found == ["exact", "one_component_differs"]


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_exact_match_levels_on_sex_codes() -> None:
    found = levels(ExactMatch("sex"), [("F", "2"), ("ქალი", "F"), ("F", "M")])

    assert found == ["exact", "exact", "else"]


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_jaro_winkler_levels() -> None:
    comparison = JaroWinklerAtThresholds("birth_place", (0.92, 0.8))
    cases: list[Case] = [
        ("Tbilisi", "TBILISI"),
        ("Tbilisi", "Tbilissi"),
        ("Tbilisi", "Tblisi"),
        ("Batumi", "Tbilisi"),
    ]

    found = levels(comparison, cases)

    assert comparison.level_names == ("exact", "jaro_winkler_0.92", "jaro_winkler_0.8", "else")
    assert found == ["exact", "jaro_winkler_0.92", "jaro_winkler_0.8", "else"]


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_levenshtein_levels() -> None:
    comparison = LevenshteinAtThresholds("document_number", (1, 2))
    cases: list[Case] = [
        ("09AB12345", "09ab 12345"),
        ("09AB12345", "09AB12346"),
        ("09AB12345", "09AB1234"),
        ("09AB12345", "90AB12345"),
        ("09AB12345", "77ZZ99999"),
    ]

    found = levels(comparison, cases)

    assert comparison.level_names == ("exact", "levenshtein_1", "levenshtein_2", "else")
    assert found == ["exact", "levenshtein_1", "levenshtein_1", "levenshtein_2", "else"]


def test_default_level_names() -> None:
    assert NameComparison("given_name").level_names == (
        "exact",
        "same_key",
        "alias",
        "jaro_winkler_0.92",
        "token_subset",
        "initials",
        "jaro_winkler_0.88",
        "jaro_winkler_0.7",
        "else",
    )
    assert DateComparison("birth_date").level_names[-1] == "else"
    assert ExactMatch("sex").level_names == ("exact", "else")


# Field pitfall: a missing value scored as agreement (both empty) or as
# disagreement. Every kind of comparison must give such pairs the null level.
MISSING_CASES: list[Case] = [
    (None, None),
    ("", None),
    ("  ", None),
    (None, ""),
    ("VALUE", None),
    (None, "VALUE"),
]

VALUES_OF_KIND: dict[str, str] = {
    "given_name": "ნინო",
    "birth_date": "1985-03-12",
    "citizenship": "GEO",
    "birth_place": "Tbilisi",
    "document_number": "09AB12345",
}

MISSING_COMPARISONS: list[Comparison] = [
    NameComparison("given_name", term_frequency_adjustments=True),
    DateComparison("birth_date", term_frequency_adjustments=True),
    ExactMatch("citizenship", term_frequency_adjustments=True),
    JaroWinklerAtThresholds("birth_place", term_frequency_adjustments=True),
    LevenshteinAtThresholds("document_number", term_frequency_adjustments=True),
]


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
@pytest.mark.parametrize("comparison", MISSING_COMPARISONS, ids=lambda c: type(c).__name__)
def test_missing_values_get_null_level_and_no_weight(comparison: Comparison) -> None:
    value = VALUES_OF_KIND[comparison.column]
    cases = [(value, value)] + [
        (value if a == "VALUE" else a, value if b == "VALUE" else b) for a, b in MISSING_CASES
    ]
    # A second comparison gives the pairs weights that differ from the prior alone.
    sexes: list[Case] = [("F", "F" if index % 2 else "M") for index in range(len(cases))]
    rows = [{comparison.column: case, "sex": sex} for case, sex in zip(cases, sexes, strict=True)]

    result = link_cases([comparison, ExactMatch("sex")], rows)
    pairs = sorted(result.pairs.to_pylist(), key=lambda row: row["row_l"])
    sex_weights = result.model.comparisons[1].log2_bayes_factors
    sex_levels = result.model.comparisons[1].level_names

    assert len(pairs) == len(cases)
    assert pairs[0][f"{comparison.name}_level"] == "exact"
    for row in pairs[1:]:
        assert row[f"{comparison.name}_level"] == "null", row["row_l"]
        expected = result.model.prior_weight + sex_weights[sex_levels.index(row["sex_level"])]
        # Pair weights are kept as 32-bit floats.
        assert math.isclose(row["match_weight"], expected, rel_tol=0, abs_tol=1e-5), row["row_l"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: JaroWinklerAtThresholds("city", (0.8, 0.92)), "descending"),
        (lambda: JaroWinklerAtThresholds("city", (0.9, 0.9)), "distinct"),
        (lambda: JaroWinklerAtThresholds("city", ()), "at least one threshold"),
        (lambda: JaroWinklerAtThresholds("city", (1.5,)), "between 0 and 1"),
        (lambda: JaroWinklerAtThresholds("city", (0.9, -0.1)), "between 0 and 1"),
        (lambda: JaroWinklerAtThresholds("city", ("high",)), "sequence of numbers"),  # type: ignore[arg-type]
        (lambda: JaroWinklerAtThresholds("city", 0.9), "sequence of numbers"),  # type: ignore[arg-type]
        (lambda: NameComparison("given_name", (0.7, 0.88)), "descending"),
        (lambda: NameComparison("given_name", (1.0,)), "between 0 and 1"),
        (lambda: LevenshteinAtThresholds("document_number", (2, 1)), "ascending"),
        (lambda: LevenshteinAtThresholds("document_number", (0,)), "positive"),
        (lambda: LevenshteinAtThresholds("document_number", (-1, 2)), "positive"),
    ],
)
def test_invalid_thresholds_raise(make: Any, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        make()


ROUND_TRIP_COMPARISONS: list[Comparison] = [
    ExactMatch("sex"),
    ExactMatch("citizenship", term_frequency_adjustments=True),
    JaroWinklerAtThresholds("birth_place", (0.95, 0.85, 0.75)),
    LevenshteinAtThresholds("document_number", (1, 3)),
    NameComparison("family_name", (0.9, 0.8), term_frequency_adjustments=True),
    DateComparison("birth_date"),
]


@pytest.mark.parametrize("comparison", ROUND_TRIP_COMPARISONS, ids=lambda c: type(c).__name__)
def test_comparison_from_dict_round_trip(comparison: Comparison) -> None:
    data = comparison.to_dict()

    rebuilt = comparison_from_dict(data)

    assert rebuilt == comparison
    assert rebuilt.level_names == comparison.level_names
    assert data["type"] == type(comparison).__name__


def test_settings_round_trip_keeps_comparisons() -> None:
    settings = Settings(comparisons=ROUND_TRIP_COMPARISONS, blocking_rules=["l.sex = r.sex"])

    assert Settings.from_dict(settings.to_dict()) == settings


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "SoundexMatch", "column": "family_name"}, "unknown comparison type 'SoundexMatch'"),
        ({"type": "ExactMatch"}, "needs a 'column'"),
        ({"type": "ExactMatch", "column": "sex", "thresholds": [1]}, "invalid options"),
        ({"type": "LevenshteinAtThresholds", "column": "document_number", "thresholds": 2}, "numbers"),
    ],
)
def test_comparison_from_dict_rejects_bad_data(data: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        comparison_from_dict(data)
