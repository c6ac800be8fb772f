"""Tests of evaluation against a truth column, on examples counted by hand."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from migstd.errors import SettingsError
from migstd.linkage import NameComparison, Settings, block_on, dedupe, link
from migstd.linkage.evaluation import Evaluation, count_true_pairs, evaluate_pairs


def test_evaluate_pairs_dedupe_by_hand() -> None:
    # Entities a (rows 0-2), b (3-4), c (5) and two rows of unknown entity.
    truth = np.array(["a", "a", "a", "b", "b", "c", None, None], dtype=object)
    source = np.zeros(8, dtype=np.int8)
    left = np.array([0, 0, 3, 5, 6], dtype=np.int64)
    right = np.array([1, 2, 4, 6, 7], dtype=np.int64)
    predicted = np.array([True, False, True, False, True])

    evaluation = evaluate_pairs(truth, source, left, right, predicted, link=False)

    # True pairs: three within a and one within b. Rows of unknown entity pair with no one.
    assert evaluation.true_pairs == 4
    assert evaluation.candidate_pairs == 5
    assert evaluation.true_candidate_pairs == 3
    assert evaluation.predicted_pairs == 3
    assert evaluation.true_positives == 2
    assert evaluation.total_pairs == 28
    assert math.isclose(evaluation.precision, 2 / 3)
    assert math.isclose(evaluation.recall, 2 / 4)
    assert math.isclose(evaluation.f1, 4 / 7)
    assert math.isclose(evaluation.pairs_completeness, 3 / 4)
    assert math.isclose(evaluation.reduction_ratio, 1 - 5 / 28)


def test_evaluate_pairs_link_by_hand() -> None:
    # Left rows 0-2 (entities a, b, c), right rows 3-6 (a, a, b, d).
    truth = np.array(["a", "b", "c", "a", "a", "b", "d"], dtype=object)
    source = np.array([0, 0, 0, 1, 1, 1, 1], dtype=np.int8)
    left = np.array([0, 0, 1, 2], dtype=np.int64)
    right = np.array([3, 5, 5, 6], dtype=np.int64)
    predicted = np.array([True, True, False, False])

    evaluation = evaluate_pairs(truth, source, left, right, predicted, link=True)

    assert evaluation.true_pairs == 3
    assert evaluation.true_candidate_pairs == 2
    assert evaluation.true_positives == 1
    assert evaluation.total_pairs == 12
    assert math.isclose(evaluation.precision, 1 / 2)
    assert math.isclose(evaluation.recall, 1 / 3)
    assert math.isclose(evaluation.f1, 2 / 5)
    assert math.isclose(evaluation.pairs_completeness, 2 / 3)
    assert math.isclose(evaluation.reduction_ratio, 1 - 4 / 12)


def test_empty_evaluation_is_zero_not_error() -> None:
    evaluation = Evaluation(0, 0, 0, 0, 0, 0)

    assert (evaluation.precision, evaluation.recall, evaluation.f1) == (0.0, 0.0, 0.0)
    assert (evaluation.pairs_completeness, evaluation.reduction_ratio) == (0.0, 0.0)


def test_count_true_pairs_within_and_across() -> None:
    truth = np.array(["a", "a", "b", "a", "b", None], dtype=object)

    assert count_true_pairs(truth, np.zeros(6, dtype=np.int8), link=False) == 4
    assert count_true_pairs(truth, np.array([0, 0, 0, 1, 1, 1], dtype=np.int8), link=True) == 3


def test_evaluation_to_dict_has_measures() -> None:
    data = Evaluation(4, 3, 2, 5, 3, 28).to_dict()

    assert data["true_pairs"] == 4
    assert math.isclose(data["precision"], 2 / 3)
    assert math.isclose(data["reduction_ratio"], 1 - 5 / 28)


# Candidate pairs are fixed by the block column, and a threshold far below any
# weight makes every candidate a predicted match.
PIPELINE_SETTINGS = Settings(
    comparisons=[NameComparison("given_name")],
    blocking_rules=[block_on("block")],
    training_rules=[block_on("block")],
    threshold_match_weight=-1000.0,
    probability_two_random_records_match=0.1,
    truth_column="person_id",
)


def record(given_name: str, block: str, person_id: str | None) -> dict[str, Any]:
    return {"given_name": given_name, "block": block, "person_id": person_id}


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_link_result_evaluate_by_hand() -> None:
    left = [
        record("NINO", "x", "a"),
        record("LEVAN", "y", "b"),
        record("TAMAR", "z", "c"),
        record("ANA", "w", "d"),
    ]
    right = [
        record("ნინო", "x", "a"),
        record("ლევან", "q", "b"),
        record("თამარ", "z", "e"),
        record("NINO", "x", "a"),
    ]

    evaluation = link(left, right, PIPELINE_SETTINGS).evaluate()

    # Candidates: L0-R0 and L0-R3 (both true), L2-R2 (false). L1-R1 is true but never compared.
    assert evaluation.candidate_pairs == 3
    assert evaluation.true_pairs == 3
    assert evaluation.true_positives == 2
    assert math.isclose(evaluation.precision, 2 / 3)
    assert math.isclose(evaluation.recall, 2 / 3)
    assert math.isclose(evaluation.pairs_completeness, 2 / 3)
    assert math.isclose(evaluation.reduction_ratio, 1 - 3 / 16)


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_evaluate_at_other_threshold() -> None:
    left = [record("NINO", "x", "a"), record("TAMAR", "z", "c")]
    right = [record("ნინო", "x", "a"), record("თამარ", "z", "e")]

    evaluation = link(left, right, PIPELINE_SETTINGS).evaluate(threshold_match_weight=1e6)

    assert evaluation.predicted_pairs == 0
    assert evaluation.recall == 0.0
    assert evaluation.pairs_completeness == 1.0


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_dedupe_result_evaluate_by_hand() -> None:
    records = [
        record("NINO", "x", "a"),
        record("ნინო", "x", "a"),
        record("Nino", "y", "a"),
        record("LEVAN", "z", "b"),
        record("LEVANI", "z", None),
    ]

    evaluation = dedupe(records, PIPELINE_SETTINGS).evaluate()

    # True pairs: 0-1, 0-2 and 1-2. Candidates: 0-1 (true) and 3-4 (false, as 4 has no entity).
    assert evaluation.true_pairs == 3
    assert evaluation.candidate_pairs == 2
    assert evaluation.true_positives == 1
    assert math.isclose(evaluation.precision, 1 / 2)
    assert math.isclose(evaluation.recall, 1 / 3)
    assert math.isclose(evaluation.f1, 2 / 5)
    assert math.isclose(evaluation.reduction_ratio, 1 - 2 / 10)


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_evaluate_clusters_counts_implied_pairs() -> None:
    # One cluster of three records, of which only 0 and 2 are one person.
    records = [record("NINO", "x", "a"), record("ნინო", "x", "b"), record("NINO", "x", "a")]

    result = dedupe(records, PIPELINE_SETTINGS)
    by_pairs = result.evaluate()
    by_clusters = result.evaluate_clusters()

    assert by_pairs.predicted_pairs == 3
    assert by_clusters.predicted_pairs == 3
    assert by_clusters.true_positives == 1
    assert math.isclose(by_clusters.precision, 1 / 3)
    assert by_clusters.recall == 1.0


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_evaluate_clusters_adds_pairs_left_out_by_blocking() -> None:
    # 0 and 1 share block x, 1 and 2 block y: the cluster implies 0-2, never compared.
    records = [
        {"given_name": "NINO", "block": "x", "other": "p", "person_id": "a"},
        {"given_name": "ნინო", "block": "x", "other": "q", "person_id": "a"},
        {"given_name": "NINO", "block": "y", "other": "q", "person_id": "a"},
    ]
    settings = PIPELINE_SETTINGS.with_options(blocking_rules=[block_on("block"), block_on("other")])

    result = dedupe(records, settings)
    by_pairs = result.evaluate()
    by_clusters = result.evaluate_clusters()

    assert (by_pairs.true_positives, by_pairs.recall) == (2, 2 / 3)
    assert (by_clusters.true_positives, by_clusters.recall) == (3, 1.0)
    assert by_clusters.precision == 1.0


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_evaluate_clusters_of_link_counts_cross_pairs() -> None:
    left = [record("NINO", "x", "a"), record("NINO", "x", "a")]
    right = [record("ნინო", "x", "a")]

    evaluation = link(left, right, PIPELINE_SETTINGS).evaluate_clusters()

    # One cluster of three records, two of them left: two pairs across the inputs.
    assert evaluation.predicted_pairs == 2
    assert evaluation.true_positives == 2
    assert evaluation.true_pairs == 2


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_evaluate_without_truth_raises() -> None:
    settings = PIPELINE_SETTINGS.with_options(truth_column=None)
    result = dedupe([record("NINO", "x", "a"), record("ნინო", "x", "a")], settings)

    with pytest.raises(SettingsError, match="truth_column"):
        result.evaluate()
    with pytest.raises(SettingsError, match="truth_column"):
        result.evaluate_clusters()


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_evaluate_other_truth_column_raises() -> None:
    result = dedupe([record("NINO", "x", "a"), record("ნინო", "x", "a")], PIPELINE_SETTINGS)

    with pytest.raises(SettingsError, match="'entity' was not read"):
        result.evaluate("entity")
