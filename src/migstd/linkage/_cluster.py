"""Cluster records by connected components of the match graph.

Two records share a cluster when a chain of matching pairs joins them. A pair
that blocking never compared is not evidence against a link: A~B and B~C put
A, B and C in one cluster even when A and C were never compared.

Such chains can join different people into one large cluster, so
:func:`warn_large_clusters` warns about clusters larger than a set size.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import numpy.typing as npt

from migstd.errors import MigstdWarning

__all__ = ["cluster_numbers", "connected_components", "large_clusters", "warn_large_clusters"]


def connected_components(
    size: int, left: npt.NDArray[np.integer[Any]], right: npt.NDArray[np.integer[Any]]
) -> npt.NDArray[np.int64]:
    """Label each of ``size`` nodes with the smallest node index of its component.

    >>> connected_components(5, np.array([0, 3, 1]), np.array([1, 4, 2])).tolist()
    [0, 0, 0, 3, 3]
    """
    parent = np.arange(size, dtype=np.int64)
    if len(left) == 0:
        return parent

    while True:
        # Hook each edge's larger root under its smaller root.
        root_left, root_right = parent[left], parent[right]
        smaller = np.minimum(root_left, root_right)
        np.minimum.at(parent, root_left, smaller)
        np.minimum.at(parent, root_right, smaller)

        # Pointer jumping: point every node straight at its root.
        while True:
            grandparent = parent[parent]
            if np.array_equal(grandparent, parent):
                break
            parent = grandparent

        if np.array_equal(parent[left], parent[right]):
            return parent


def cluster_numbers(labels: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int32], int]:
    """Number the clusters of :func:`connected_components` labels 0, 1, ... in order of their smallest node.

    Returns each node's cluster number and the number of clusters, the same
    as ``np.unique(labels, return_inverse=True)`` without its sort.

    >>> numbers, count = cluster_numbers(np.array([0, 0, 2, 0, 2, 5]))
    >>> numbers.tolist(), count
    ([0, 0, 1, 0, 1, 2], 3)
    """
    roots = labels == np.arange(len(labels))
    rank = np.cumsum(roots, dtype=np.int64) - 1
    return rank[labels].astype(np.int32), int(roots.sum())


def large_clusters(labels: npt.NDArray[np.int64], max_size: int) -> tuple[int, int]:
    """Return how many clusters have more than ``max_size`` records, and the largest size.

    >>> large_clusters(np.array([0, 0, 0, 3, 3, 5]), 2)
    (1, 3)
    """
    if len(labels) == 0:
        return 0, 0
    sizes = np.bincount(labels)
    return int((sizes > max_size).sum()), int(sizes.max())


def warn_large_clusters(labels: npt.NDArray[np.int64], max_size: int | None, *, stacklevel: int) -> None:
    """Warn, with counts only, when a cluster has more than ``max_size`` records."""
    if max_size is None:
        return
    count, largest = large_clusters(labels, max_size)
    if count == 0:
        return
    noun = "cluster has" if count == 1 else "clusters have"
    warnings.warn(
        f"{count} {noun} more than max_cluster_size={max_size} records (largest: {largest}); "
        "chains of matching pairs may have joined different people. Check the conflicting_pairs "
        "column of the clusters, raise the threshold, or raise max_cluster_size if such "
        "clusters are expected",
        MigstdWarning,
        stacklevel=stacklevel + 1,
    )
