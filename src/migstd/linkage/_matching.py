"""Decide which scored pairs are matches: a threshold, and optionally one-to-one."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["select_matches"]


def select_matches(
    left: npt.NDArray[np.integer[Any]],
    right: npt.NDArray[np.integer[Any]],
    weights: npt.NDArray[np.floating[Any]],
    threshold: float,
    *,
    one_to_one: bool,
) -> npt.NDArray[np.bool_]:
    """Return which pairs are matches.

    A pair is a match when its weight is at least ``threshold``. With
    ``one_to_one``, each record keeps at most one match: pairs are taken in
    order of decreasing weight, and a pair is skipped when either record
    already has a match. Ties are broken by row order, so the result is
    deterministic.

    >>> select_matches(np.array([0, 0, 1]), np.array([2, 3, 3]), np.array([9.0, 5.0, 7.0]), 0.0,
    ...                one_to_one=True).tolist()
    [True, False, True]
    """
    matched = weights >= threshold
    if not one_to_one:
        return matched

    candidates = np.flatnonzero(matched)
    order = candidates[np.lexsort((right[candidates], left[candidates], -weights[candidates]))]
    matched_rows: set[int] = set()
    chosen = np.zeros(len(weights), dtype=bool)
    for index in order.tolist():
        first, second = int(left[index]), int(right[index])
        if first in matched_rows or second in matched_rows:
            continue
        matched_rows.update((first, second))
        chosen[index] = True
    return chosen
