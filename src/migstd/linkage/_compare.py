"""Compute comparison levels for record pairs, each distinct value pair once.

The result for a set of pairs is a matrix of comparison levels (``gammas``),
one row per pair and one column per comparison, with ``-1`` where either
value is missing.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from migstd.linkage._prepare import EncodedColumn, Prepared
from migstd.linkage.comparisons import Comparison

__all__ = ["NULL_LEVEL", "comparison_levels", "gamma_matrix", "term_frequencies"]

NULL_LEVEL = -1


def comparison_levels(
    comparison: Comparison,
    encoded: EncodedColumn,
    left_rows: npt.NDArray[np.int64],
    right_rows: npt.NDArray[np.int64],
) -> npt.NDArray[np.int8]:
    """Return the level of every pair, computing each distinct pair of values once."""
    left_codes = encoded.codes[left_rows]
    right_codes = encoded.codes[right_rows]
    levels = np.full(len(left_rows), NULL_LEVEL, dtype=np.int8)
    present = (left_codes >= 0) & (right_codes >= 0)
    if not present.any():
        return levels

    width = np.int64(max(encoded.size, 1))
    keys = left_codes[present].astype(np.int64) * width + right_codes[present]
    distinct, inverse = np.unique(keys, return_inverse=True)
    left_distinct, right_distinct = np.divmod(distinct, width)

    left_values = {name: values[left_distinct] for name, values in encoded.values.items()}
    right_values = {name: values[right_distinct] for name, values in encoded.values.items()}
    distinct_levels = comparison.levels(left_values, right_values)
    levels[present] = distinct_levels[inverse.reshape(-1)]
    return levels


def gamma_matrix(
    comparisons: Sequence[Comparison],
    prepared: Prepared,
    left_rows: npt.NDArray[np.int64],
    right_rows: npt.NDArray[np.int64],
) -> npt.NDArray[np.int8]:
    """Return the pairs-by-comparisons matrix of levels."""
    gammas = np.empty((len(left_rows), len(comparisons)), dtype=np.int8)
    for index, comparison in enumerate(comparisons):
        encoded = prepared.encoded[comparison.column]
        gammas[:, index] = comparison_levels(comparison, encoded, left_rows, right_rows)
    return gammas


def term_frequencies(comparison: Comparison, encoded: EncodedColumn) -> npt.NDArray[np.float64]:
    """Return, per code, the share of non-missing records with the same exact-level value.

    Returns an empty array when the column has no values at all.
    """
    present = encoded.codes[encoded.codes >= 0]
    if len(present) == 0:
        return np.zeros(0)
    records_per_code = np.bincount(present, minlength=encoded.size).astype(np.float64)
    exact_values = encoded.values[comparison.exact_value_key]
    _, value_index = np.unique(exact_values.astype(str), return_inverse=True)
    value_index = value_index.reshape(-1)
    records_per_value = np.bincount(value_index, weights=records_per_code)
    frequencies: npt.NDArray[np.float64] = records_per_value[value_index] / len(present)
    return frequencies
