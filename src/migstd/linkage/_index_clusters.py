"""Assign the records of a batch to clusters without renumbering existing clusters.

Clusters are numbered from 1 in the order they are created, and a cluster
keeps its number for as long as it exists. A new record that matches records
of one cluster joins it. A new record without a match starts a new cluster.
When the matches of a batch join two or more existing clusters, they merge
into the oldest of them (the smallest number), and the others are retired
and reported, so the result is the same partition that connected components
of all matches would give.

>>> existing = np.array([1, 1, 2, 3], dtype=np.int64)
>>> assignment = assign_clusters(
...     existing, first_new_row=4, size=7, left=np.array([0, 2, 4]), right=np.array([4, 4, 6]),
...     next_number=4)
>>> assignment.numbers.tolist(), assignment.retired
([1, 1, 1, 3, 1, 4, 1], {2: 1})
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from migstd.linkage._cluster import connected_components

__all__ = ["ClusterAssignment", "assign_clusters", "cluster_label"]


def cluster_label(number: int) -> str:
    """Return the cluster id of cluster ``number``: ``C`` and at least six digits.

    >>> cluster_label(42), cluster_label(1_234_567)
    ('C000042', 'C1234567')
    """
    return f"C{number:06d}"


@dataclass(frozen=True)
class ClusterAssignment:
    """Cluster numbers of every record after a batch, and the clusters merged away.

    ``retired`` maps each retired cluster number to the number it merged into.
    """

    numbers: npt.NDArray[np.int64]
    retired: dict[int, int]
    next_number: int


def assign_clusters(
    existing: npt.NDArray[np.int64],
    *,
    first_new_row: int,
    size: int,
    left: npt.NDArray[np.int64],
    right: npt.NDArray[np.int64],
    next_number: int,
) -> ClusterAssignment:
    """Give the records from ``first_new_row`` to ``size`` a cluster number.

    ``existing`` holds the cluster numbers of the records before
    ``first_new_row``; ``left`` and ``right`` are the matching pairs, and each
    has a new record on the right.
    """
    new_count = size - first_new_row

    # Nodes: the new records first, then one node per existing cluster that a match touches.
    old_left = left < first_new_row
    touched = np.unique(existing[left[old_left]])
    cluster_node = new_count + np.searchsorted(touched, existing[left[old_left]])
    left_node = np.where(old_left, 0, left - first_new_row)
    left_node[old_left] = cluster_node
    labels = connected_components(new_count + len(touched), left_node, right - first_new_row)

    # Each component takes its oldest existing cluster, or a new number in the order of its first record.
    survivor: dict[int, int] = {}
    retired: dict[int, int] = {}
    for node, number in enumerate(touched.tolist(), start=new_count):
        component = int(labels[node])
        if component in survivor:
            retired[number] = survivor[component]
        else:
            survivor[component] = number
    new_numbers = np.empty(new_count, dtype=np.int64)
    for row, component in enumerate(labels[:new_count].tolist()):
        if component not in survivor:
            survivor[component] = next_number
            next_number += 1
        new_numbers[row] = survivor[component]

    numbers = np.concatenate([existing, new_numbers])
    if retired:
        moved = np.isin(numbers, list(retired))
        numbers[moved] = [retired[number] for number in numbers[moved].tolist()]
    return ClusterAssignment(numbers=numbers, retired=retired, next_number=next_number)
