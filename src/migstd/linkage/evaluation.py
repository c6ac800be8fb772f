"""Evaluate linkage against known truth: precision, recall, F1 and blocking measures.

Truth is a column holding the true entity of every record. The true pairs are
the pairs of records with the same entity: across the two inputs for a link,
within the input for a dedupe. Records with a missing truth value belong to
no true pair.

- precision: share of predicted matches that are true pairs;
- recall: share of true pairs predicted as matches (pairs lost in blocking count);
- F1: harmonic mean of the two;
- pairs completeness: share of true pairs among the candidate pairs (the
  recall of blocking alone);
- reduction ratio: share of all record pairs that blocking left out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["Evaluation", "count_true_pairs", "evaluate_pairs", "is_true_pair", "known_truth", "truth_numbers"]


@dataclass(frozen=True)
class Evaluation:
    """Pairwise evaluation of a linkage result at one threshold."""

    true_pairs: int
    predicted_pairs: int
    true_positives: int
    candidate_pairs: int
    true_candidate_pairs: int
    total_pairs: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted_pairs if self.predicted_pairs else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.true_pairs if self.true_pairs else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def pairs_completeness(self) -> float:
        return self.true_candidate_pairs / self.true_pairs if self.true_pairs else 0.0

    @property
    def reduction_ratio(self) -> float:
        return 1.0 - self.candidate_pairs / self.total_pairs if self.total_pairs else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("precision", "recall", "f1", "pairs_completeness", "reduction_ratio"):
            data[name] = getattr(self, name)
        return data

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.4f}, recall {self.recall:.4f}, F1 {self.f1:.4f}, "
            f"pairs completeness {self.pairs_completeness:.4f}, "
            f"reduction ratio {self.reduction_ratio:.6f}"
        )


def count_true_pairs(truth: npt.NDArray[Any], source: npt.NDArray[np.int8], *, link: bool) -> int:
    """Count the true pairs without building them.

    >>> count_true_pairs(np.array(["a", "a", "b", "a"], dtype=object), np.array([0, 0, 0, 1]), link=True)
    2
    >>> count_true_pairs(np.array(["a", "a", "b", None], dtype=object), np.zeros(4), link=False)
    1
    """
    known = known_truth(truth)
    if link:
        left = Counter(truth[known & (source == 0)].tolist())
        right = Counter(truth[known & (source == 1)].tolist())
        return sum(count * right.get(entity, 0) for entity, count in left.items())
    counts = Counter(truth[known].tolist())
    return sum(count * (count - 1) // 2 for count in counts.values())


def known_truth(truth: npt.NDArray[Any]) -> npt.NDArray[np.bool_]:
    """Return which records have a truth value: not None, or for numbered truth not -1."""
    if truth.dtype.kind in "iu":
        known: npt.NDArray[np.bool_] = truth >= 0
        return known
    return np.array([value is not None for value in truth], dtype=bool)


# Pairs compared at a time by is_true_pair, so tens of millions need no large temporaries.
_TRUTH_SLICE_PAIRS = 1_000_000


def is_true_pair(
    truth: npt.NDArray[Any], left: npt.NDArray[np.integer[Any]], right: npt.NDArray[np.integer[Any]]
) -> npt.NDArray[np.bool_]:
    """Return whether each pair of rows shares a (known) truth value.

    ``truth`` contains each record's entity, None where unknown, or a number
    per entity with -1 where unknown (see :func:`truth_numbers`).
    """
    known_rows = known_truth(truth)
    same = np.empty(len(left), dtype=bool)
    for start in range(0, len(left), _TRUTH_SLICE_PAIRS):
        part = slice(start, start + _TRUTH_SLICE_PAIRS)
        rows_left, rows_right = left[part], right[part]
        same[part] = known_rows[rows_left] & np.asarray(truth[rows_left] == truth[rows_right], dtype=bool)
    return same


def truth_numbers(truth: pa.Array | pa.ChunkedArray) -> npt.NDArray[np.int64]:
    """Return a number per entity for each record, -1 where the truth is missing.

    >>> truth_numbers(pa.array(["p1", None, "p2", "p1"])).tolist()
    [0, -1, 1, 0]
    """
    encoded = pc.dictionary_encode(truth)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    return np.asarray(encoded.indices.fill_null(-1).to_numpy(), dtype=np.int64)


def evaluate_pairs(
    truth: npt.NDArray[Any],
    source: npt.NDArray[np.int8],
    left: npt.NDArray[np.integer[Any]],
    right: npt.NDArray[np.integer[Any]],
    predicted: npt.NDArray[np.bool_],
    *,
    link: bool,
) -> Evaluation:
    """Evaluate candidate pairs ``(left, right)`` of which ``predicted`` are matches."""
    true_candidates = is_true_pair(truth, left, right)
    if link:
        total = int((source == 0).sum()) * int((source == 1).sum())
    else:
        total = len(source) * (len(source) - 1) // 2
    return Evaluation(
        true_pairs=count_true_pairs(truth, source, link=link),
        predicted_pairs=int(predicted.sum()),
        true_positives=int((true_candidates & predicted).sum()),
        candidate_pairs=len(left),
        true_candidate_pairs=int(true_candidates.sum()),
        total_pairs=total,
    )
