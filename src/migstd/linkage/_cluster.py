"""Cluster records by connected components of the match graph.

Two records share a cluster when a chain of matching pairs joins them. A pair
that blocking never compared is not evidence against a link: A~B and B~C put
A, B and C in one cluster even when A and C were never compared.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["connected_components"]


def connected_components(
    size: int, left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]
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
