"""Grouping of pairs by level pattern and of value pairs by code, checked against np.unique."""

from __future__ import annotations

import numpy as np
import pytest

from migstd.linkage._compare import distinct_values
from migstd.linkage.model import _pattern_keys, _patterns, _patterns_by_rows


@pytest.mark.parametrize("seed", range(20))
def test_patterns_match_row_unique(seed: int) -> None:
    rng = np.random.default_rng(seed)
    rows = int(rng.integers(1, 2000))
    columns = int(rng.integers(1, 10))
    gammas = rng.integers(-1, int(rng.integers(1, 8)), size=(rows, columns)).astype(np.int8)
    offsets = np.round(rng.normal(size=rows), 1) if seed % 2 else None

    fast = _patterns(gammas, offsets)
    slow = _patterns_by_rows(gammas, offsets)

    assert np.array_equal(fast[0], slow[0])
    assert np.array_equal(fast[1], slow[1])
    assert np.array_equal(fast[2], slow[2])


def test_patterns_of_no_pairs() -> None:
    patterns, offsets, counts = _patterns(np.zeros((0, 3), dtype=np.int8), None)

    assert patterns.shape == (0, 3)
    assert len(offsets) == 0
    assert len(counts) == 0


def test_pattern_keys_too_wide_fall_back() -> None:
    # 40 comparisons of 8 levels need 9**40 keys, past 62 bits.
    rows = [(np.arange(40) + shift) % 8 - 1 for shift in range(3)]
    gammas = np.repeat(np.array(rows, dtype=np.int8), 2, axis=0)

    assert _pattern_keys(gammas) is None
    patterns, _, counts = _patterns(gammas, None)
    assert len(patterns) == 3
    assert counts.tolist() == [2.0, 2.0, 2.0]


def test_pattern_keys_sort_as_rows() -> None:
    gammas = np.array([[0, 1], [-1, 2], [0, -1], [1, 0]], dtype=np.int8)

    packed = _pattern_keys(gammas)

    assert packed is not None
    keys, _ = packed
    assert np.argsort(keys).tolist() == [1, 2, 0, 3]


def test_distinct_values_round_trip() -> None:
    values = np.random.default_rng(3).integers(0, 50, size=1000).astype(np.int64)

    distinct, index = distinct_values(values)

    assert np.array_equal(distinct[index], values)
    assert sorted(distinct.tolist()) == np.unique(values).tolist()


def test_distinct_values_of_nothing() -> None:
    distinct, index = distinct_values(np.zeros(0, dtype=np.int64))

    assert len(distinct) == 0
    assert len(index) == 0


def test_identifier_levels_match_full_distances() -> None:
    from rapidfuzz.distance import OSA, Levenshtein

    from migstd.linkage import IdentifierComparison

    rng = np.random.default_rng(5)
    base = ["".join(rng.choice(list("0123456789AB"), size=int(rng.integers(1, 9)))) for _ in range(400)]
    edited = []
    for text in base:
        kept = rng.random() < 0.3
        edited.append(text if kept else text[::-1][: len(text) - int(rng.integers(0, 2))])
    left = np.array(base, dtype=object)
    right = np.array(edited, dtype=object)

    levels = IdentifierComparison("document_number").levels({"value": left}, {"value": right})

    expected = []
    for a, b in zip(base, edited, strict=True):
        distance = Levenshtein.distance(a, b)
        if a == b:
            expected.append(0)
        elif distance == 1:
            expected.append(1)
        elif distance == 2 and OSA.distance(a, b) == 1:
            expected.append(2)
        else:
            expected.append(3)
    assert levels.tolist() == expected
    assert set(expected) == {0, 1, 2, 3}
