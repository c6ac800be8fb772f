"""Precision and recall at a range of thresholds, estimated from the model or counted from labels.

Without labels, the model's match probabilities give estimates. If the
probabilities are right, a candidate pair with match probability p is a
true match with probability p, so among the pairs at or above a threshold

- expected true positives = the sum of p over those pairs;
- expected precision = expected true positives / the number of those pairs;
- expected recall = expected true positives / the sum of p over all
  candidate pairs.

These are estimates. They hold only as far as the match probabilities are
calibrated, which needs the model's assumptions: comparisons independent
given the match status, and a right prior. Pairs that blocking never
compared are not counted, so the expected recall is the recall among the
candidate pairs and overstates the recall when blocking lost matches.

With labels (a truth column), the table also counts true positives and the
precision, recall and F1 that :meth:`LinkageResult.evaluate` gives at the
same threshold; that recall counts the true pairs lost in blocking.
Precision is null at a threshold where no pair is a match.

>>> table = threshold_table(np.array([5.0, 1.0, -3.0]), np.array([0, 1, 2]), np.array([3, 4, 5]),
...                         np.array([0.0, 4.0]), one_to_one=False)
>>> table.column("predicted_matches").to_pylist()
[2, 1]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from migstd.errors import SettingsError
from migstd.linkage._matching import select_matches
from migstd.linkage._setting_checks import number
from migstd.linkage.model import probability_from_weight

__all__ = ["DEFAULT_THRESHOLD_PROBABILITIES", "threshold_table", "threshold_weights"]

# Match probabilities from loose to strict, dense near the usual choices.
DEFAULT_THRESHOLD_PROBABILITIES = (
    0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999,
)  # fmt: skip


def threshold_weights(thresholds: Sequence[float] | None, by: str) -> npt.NDArray[np.float64]:
    """Return the thresholds as match weights, sorted and without repeats.

    ``by`` states whether ``thresholds`` are match probabilities or match weights.
    """
    if by not in ("match_probability", "match_weight"):
        raise SettingsError(f"by must be 'match_probability' or 'match_weight', got {by!r}")
    if isinstance(thresholds, (str, bytes)):
        raise SettingsError("thresholds must be a list of numbers, not a string")
    values = [number("thresholds", value) for value in (thresholds or DEFAULT_THRESHOLD_PROBABILITIES)]
    if thresholds is None or by == "match_weight":
        chosen = np.array(values, dtype=np.float64)
        if thresholds is None:
            chosen = np.log2(chosen / (1.0 - chosen))
        return np.unique(chosen)

    outside = [value for value in values if not 0.0 < value < 1.0]
    if outside:
        raise SettingsError(
            f"threshold match probabilities must be between 0 and 1 exclusive, got {outside[0]}; "
            "pass by='match_weight' for thresholds near 0 or 1"
        )
    probabilities = np.array(values, dtype=np.float64)
    return np.unique(np.log2(probabilities / (1.0 - probabilities)))


def _ratio(numerator: npt.NDArray[np.float64], denominator: npt.NDArray[np.float64]) -> pa.Array:
    """Divide where the denominator is positive; null elsewhere."""
    defined = denominator > 0
    result = np.zeros(len(numerator))
    np.divide(numerator, denominator, out=result, where=defined)
    return pa.array(result, mask=~defined)


def threshold_table(
    weights: npt.NDArray[np.floating[Any]],
    left: npt.NDArray[np.integer[Any]],
    right: npt.NDArray[np.integer[Any]],
    thresholds: npt.NDArray[np.float64],
    *,
    one_to_one: bool,
    true_candidates: npt.NDArray[np.bool_] | None = None,
    true_pairs: int | None = None,
) -> pa.Table:
    """Return one row per threshold (a match weight) with predicted matches, precision and recall.

    ``true_candidates`` marks the candidate pairs that are true pairs and
    ``true_pairs`` counts all true pairs; with them the label columns are added.
    """
    probabilities = probability_from_weight(weights.astype(np.float64))
    predicted = np.zeros(len(thresholds), dtype=np.int64)
    expected = np.zeros(len(thresholds))
    true_positives = np.zeros(len(thresholds), dtype=np.int64)
    # One-to-one takes pairs in a fixed order of decreasing weight, and a pair below
    # a threshold comes after every pair above it. So the pairs it keeps at the
    # lowest threshold, cut at a higher one, are those it keeps at that one.
    kept = None
    if one_to_one and len(thresholds):
        kept = select_matches(left, right, weights, float(thresholds.min()), one_to_one=True)
    for index, threshold in enumerate(thresholds.tolist()):
        matched = (weights >= threshold) if kept is None else kept & (weights >= threshold)
        predicted[index] = int(matched.sum())
        expected[index] = float(probabilities[matched].sum())
        if true_candidates is not None:
            true_positives[index] = int((true_candidates & matched).sum())

    counts = predicted.astype(np.float64)
    columns: dict[str, pa.Array] = {
        "threshold_match_weight": pa.array(thresholds),
        "threshold_match_probability": pa.array(probability_from_weight(thresholds)),
        "predicted_matches": pa.array(predicted),
        "expected_true_positives": pa.array(expected),
        "expected_precision": _ratio(expected, counts),
        "expected_recall": _ratio(expected, np.full(len(thresholds), float(probabilities.sum()))),
    }
    if true_candidates is None or true_pairs is None:
        return pa.table(columns)

    found = true_positives.astype(np.float64)
    precision = _ratio(found, counts)
    recall = _ratio(found, np.full(len(thresholds), float(true_pairs)))
    precision_values = precision.fill_null(0.0).to_numpy()
    recall_values = recall.fill_null(0.0).to_numpy()
    total = precision_values + recall_values
    columns["true_positives"] = pa.array(true_positives)
    columns["precision"] = precision
    columns["recall"] = recall
    columns["f1"] = _ratio(2 * precision_values * recall_values, total)
    return pa.table(columns)
