"""Tests of the pairs of equality rules built in numpy, against every pair of rows."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from migstd.linkage._equality_pairs import pairs_sharing_keys


def expected_pairs(keys: np.ndarray, source: np.ndarray, *, link: bool) -> set[tuple[int, int]]:
    pairs = set()
    for first, second in itertools.combinations(range(len(keys)), 2):
        if keys[first] < 0 or keys[first] != keys[second]:
            continue
        if not link:
            pairs.add((first, second))
        elif source[first] != source[second]:
            pairs.add((first, second) if source[first] == 0 else (second, first))
    return pairs


@pytest.mark.parametrize("link", [False, True])
@pytest.mark.parametrize("batch_size", [1, 7, 10_000])
def test_pairs_equal_every_pair_with_one_key(link: bool, batch_size: int) -> None:
    rng = np.random.default_rng(8)
    keys = rng.integers(-1, 12, size=160)
    source = rng.integers(0, 2, size=160).astype(np.int8)

    batches = list(pairs_sharing_keys(keys, source, link=link, batch_size=batch_size))
    found = [(int(a), int(b)) for left, right in batches for a, b in zip(left, right, strict=True)]

    assert all(len(left) <= batch_size for left, _ in batches)
    assert len(found) == len(set(found))
    assert set(found) == expected_pairs(keys, source, link=link)


def test_no_pairs_without_keys() -> None:
    keys = np.full(5, -1)

    assert list(pairs_sharing_keys(keys, np.zeros(5, dtype=np.int8), link=False, batch_size=3)) == []
