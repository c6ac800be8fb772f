"""Tests of the threshold table: estimates from match probabilities and counts from labels."""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np
import pytest

from migstd.errors import SettingsError
from migstd.linkage import LinkageResult, Settings, link
from migstd.linkage._matching import select_matches
from migstd.linkage._thresholds import threshold_table
from migstd.synth import write_extracts

SETTINGS = Settings(
    columns={"citizenship": ("citizenship", "nationality")},
    unique_id=("record_id", "crossing_id"),
    truth_column="person_id",
)
THRESHOLDS = [0.001, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999999]


@pytest.fixture(scope="module")
def extracts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return write_extracts(
        tmp_path_factory.mktemp("extracts"), seed=9, registry_size=600, border_size=500, overlap=300
    )


@pytest.fixture(scope="module")
def result(extracts: tuple[Path, Path]) -> LinkageResult:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return link(*extracts, SETTINGS)


def test_table_is_monotone_in_threshold(result: LinkageResult) -> None:
    table = result.threshold_table(THRESHOLDS).to_pandas()

    assert table["threshold_match_probability"].is_monotonic_increasing
    assert table["predicted_matches"].is_monotonic_decreasing
    assert table["expected_true_positives"].is_monotonic_decreasing
    assert table["expected_recall"].is_monotonic_decreasing
    assert table["expected_precision"].dropna().is_monotonic_increasing
    assert table["true_positives"].is_monotonic_decreasing
    assert table["recall"].is_monotonic_decreasing


def test_label_columns_match_evaluate(result: LinkageResult) -> None:
    rows = result.threshold_table(THRESHOLDS).to_pylist()

    assert len(rows) == len(THRESHOLDS)
    for row in rows:
        evaluation = result.evaluate(threshold_match_weight=row["threshold_match_weight"])
        assert row["predicted_matches"] == evaluation.predicted_pairs
        assert row["true_positives"] == evaluation.true_positives
        assert row["recall"] == evaluation.recall
        if row["predicted_matches"]:
            assert row["precision"] == evaluation.precision
            assert math.isclose(row["f1"], evaluation.f1)


def test_estimates_sum_match_probabilities(result: LinkageResult) -> None:
    pairs = result.pairs.to_pandas()

    row = result.threshold_table([0.5]).to_pylist()[0]

    above = pairs[pairs["match_weight"] >= 0.0]
    assert row["predicted_matches"] == len(above)
    assert math.isclose(row["expected_true_positives"], above["match_probability"].sum())
    assert math.isclose(row["expected_precision"], above["match_probability"].mean())
    assert math.isclose(
        row["expected_recall"], above["match_probability"].sum() / pairs["match_probability"].sum()
    )


def test_estimates_near_label_figures(result: LinkageResult) -> None:
    # The synthetic extracts follow the model's assumptions closely enough for
    # the estimates to land near the counted figures.
    row = result.threshold_table([0.5]).to_pylist()[0]

    assert abs(row["expected_precision"] - row["precision"]) < 0.05
    assert row["expected_recall"] >= row["recall"] - 0.05


def test_thresholds_by_weight(result: LinkageResult) -> None:
    by_weight = result.threshold_table([-5.0, 0.0, 5.0], by="match_weight").to_pylist()
    by_probability = result.threshold_table([0.5]).to_pylist()

    assert [row["threshold_match_weight"] for row in by_weight] == [-5.0, 0.0, 5.0]
    assert by_weight[1] == by_probability[0]


def test_default_thresholds_cover_usual_range(result: LinkageResult) -> None:
    table = result.threshold_table().to_arrow()

    probabilities = table.column("threshold_match_probability").to_pylist()
    assert probabilities[0] == pytest.approx(0.001)
    assert probabilities[-1] == pytest.approx(0.999)
    assert 0.5 in [round(p, 6) for p in probabilities]


def test_no_truth_gives_estimates_only(extracts: tuple[Path, Path]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        unlabelled = link(*extracts, SETTINGS.with_options(truth_column=None))

    table = unlabelled.threshold_table([0.5])

    assert "expected_precision" in table.column_names
    assert "precision" not in table.column_names
    with pytest.raises(SettingsError, match="truth column"):
        unlabelled.threshold_table([0.5], truth_column="person_id")


@pytest.mark.parametrize(
    ("thresholds", "by", "message"),
    [
        ([0.0], "match_probability", "between 0 and 1"),
        ([1.0], "match_probability", "between 0 and 1"),
        (["0.5"], "match_probability", "must be a number"),
        ("0.5", "match_probability", "not a string"),
        ([0.5], "odds", "by must be"),
        ([math.inf], "match_weight", "finite"),
    ],
)
def test_invalid_thresholds_raise(result: LinkageResult, thresholds: object, by: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        result.threshold_table(thresholds, by=by)  # type: ignore[arg-type]


def test_precision_null_where_nothing_predicted() -> None:
    table = threshold_table(
        np.array([1.0, -1.0]),
        np.array([0, 1]),
        np.array([2, 3]),
        np.array([0.0, 10.0]),
        one_to_one=False,
        true_candidates=np.array([True, False]),
        true_pairs=2,
    )

    assert table.column("predicted_matches").to_pylist() == [1, 0]
    assert table.column("expected_precision").to_pylist()[1] is None
    assert table.column("precision").to_pylist() == [1.0, None]
    assert table.column("recall").to_pylist() == [0.5, 0.0]


def test_one_to_one_table_matches_evaluate(extracts: tuple[Path, Path]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = link(*extracts, SETTINGS.with_options(one_to_one=True))

    for row in result.threshold_table([0.01, 0.5, 0.99]).to_pylist():
        evaluation = result.evaluate(threshold_match_weight=row["threshold_match_weight"])
        assert row["predicted_matches"] == evaluation.predicted_pairs
        assert row["true_positives"] == evaluation.true_positives


def test_one_to_one_table_per_threshold() -> None:
    # Contested records and tied weights: one selection cut at each threshold
    # must equal a selection made at that threshold.
    rng = np.random.default_rng(3)
    left = rng.integers(0, 30, 400)
    right = rng.integers(30, 60, 400)
    weights = rng.integers(-8, 9, 400).astype(np.float64)
    thresholds = np.arange(-8.0, 9.0)

    table = threshold_table(weights, left, right, thresholds, one_to_one=True)

    expected = [
        int(select_matches(left, right, weights, float(t), one_to_one=True).sum()) for t in thresholds
    ]
    assert table.column("predicted_matches").to_pylist() == expected
