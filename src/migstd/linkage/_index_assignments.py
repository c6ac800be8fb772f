"""The outcome of adding a batch to a linkage index, as result tables.

:class:`Assignments` is re-exported by :mod:`migstd.linkage.index`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from migstd.linkage._blocking import CandidatePairs
from migstd.linkage._index_clusters import cluster_label
from migstd.linkage.model import probability_from_weight
from migstd.linkage.result import ResultTable

__all__ = ["Assignments", "describe_batch"]


@dataclass(frozen=True)
class Assignments:
    """The outcome of :meth:`LinkageIndex.add` for one batch.

    - ``records``: one row per new record: ``unique_id``, ``cluster_id``,
      ``status`` and ``matches`` (the number of its pairs at or above the
      threshold). ``status`` is ``new`` for a record that starts a cluster
      (alone or with other new records), ``joined`` for one that joins an
      existing cluster, and ``merged`` for one whose cluster took in other
      existing clusters in this batch;
    - ``merges``: one row per retired cluster id, with the ``cluster_id`` it
      merged into;
    - ``pairs``: every scored candidate pair with a new record: unique ids,
      match weight, match probability and ``is_match``.
    """

    records: ResultTable
    merges: ResultTable
    pairs: ResultTable

    def __repr__(self) -> str:
        return f"Assignments(records={len(self.records)}, merges={len(self.merges)}, pairs={len(self.pairs)})"


def describe_batch(
    unique_ids: npt.NDArray[np.object_],
    numbers: npt.NDArray[np.int64],
    first: int,
    candidates: CandidatePairs,
    weights: npt.NDArray[np.float64],
    matched: npt.NDArray[np.bool_],
    retired: dict[int, int],
    previous_next: int,
) -> Assignments:
    """Describe a batch's records, the clusters it merged and its scored pairs.

    ``unique_ids`` and ``numbers`` cover the whole population, the batch from
    row ``first``. Cluster numbers from ``previous_next`` on were made by the batch.
    """
    left, right = candidates.left, candidates.right
    new_numbers = numbers[first:]
    merged_into = set(retired.values())
    status = []
    for number in new_numbers.tolist():
        if number >= previous_next:
            status.append("new")
        elif number in merged_into:
            status.append("merged")
        else:
            status.append("joined")
    matches = np.bincount(right[matched] - first, minlength=len(new_numbers))
    matches += np.bincount(left[matched & (left >= first)] - first, minlength=len(new_numbers))

    records = pa.table(
        {
            "unique_id": pa.array(unique_ids[first:].tolist(), type=pa.string()),
            "cluster_id": pa.array([cluster_label(n) for n in new_numbers.tolist()], type=pa.string()),
            "status": pa.array(status, type=pa.string()),
            "matches": pa.array(matches.astype(np.int64)),
        }
    )
    merges = pa.table(
        {
            "retired_cluster_id": pa.array([cluster_label(n) for n in retired], type=pa.string()),
            "cluster_id": pa.array([cluster_label(n) for n in retired.values()], type=pa.string()),
        }
    )
    pairs = pa.table(
        {
            "unique_id_l": pa.array(unique_ids[left].tolist(), type=pa.string()),
            "unique_id_r": pa.array(unique_ids[right].tolist(), type=pa.string()),
            "match_weight": pa.array(weights),
            "match_probability": pa.array(probability_from_weight(weights)),
            "is_match": pa.array(matched),
        }
    )
    return Assignments(records=ResultTable(records), merges=ResultTable(merges), pairs=ResultTable(pairs))
