"""Tests of the pairs of equality rules built in numpy, against every pair of rows."""

from __future__ import annotations

import itertools

import numpy as np
import pyarrow as pa
import pytest

from migstd.linkage._equality_pairs import column_codes, equality_keys, pairs_sharing_keys


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
@pytest.mark.parametrize("offset", [0, 1 << 33], ids=["small-keys", "wide-keys"])
def test_pairs_equal_every_pair_with_one_key(link: bool, batch_size: int, offset: int) -> None:
    rng = np.random.default_rng(8)
    keys = rng.integers(-1, 12, size=160)
    keys = np.where(keys >= 0, keys + offset, -1)
    source = rng.integers(0, 2, size=160).astype(np.int8)

    batches = list(pairs_sharing_keys(keys, source, link=link, batch_size=batch_size))
    found = [(int(a), int(b)) for left, right in batches for a, b in zip(left, right, strict=True)]

    assert all(len(left) <= batch_size for left, _ in batches)
    assert len(found) == len(set(found))
    assert set(found) == expected_pairs(keys, source, link=link)


def test_no_pairs_without_keys() -> None:
    keys = np.full(5, -1)

    assert list(pairs_sharing_keys(keys, np.zeros(5, dtype=np.int8), link=False, batch_size=3)) == []


@pytest.mark.parametrize("spread", [3, 1 << 40])
def test_keys_agree_exactly_when_every_column_does(spread: int) -> None:
    # Text, small and (with the large spread) wide integers, each with missing values.
    rng = np.random.default_rng(4)
    count = 300
    text = [None if rng.random() < 0.1 else f"k{rng.integers(0, 4)}" for _ in range(count)]
    small = [None if rng.random() < 0.1 else int(rng.integers(1990, 1993)) for _ in range(count)]
    wide = [None if rng.random() < 0.1 else int(rng.integers(0, 3)) * spread for _ in range(count)]
    records = pa.table(
        {
            "_row": pa.array(rng.permutation(count)),
            "text": pa.array(text, pa.string()),
            "small": pa.array(small, pa.int16()),
            "wide": pa.array(wide, pa.int64()),
        }
    )
    columns = ["text", "small", "wide"]

    keys = equality_keys(records, columns)

    values = {name: records.column(name).to_pylist() for name in columns}
    by_row = {row: index for index, row in enumerate(records.column("_row").to_pylist())}
    for first, second in itertools.combinations(range(count), 2):
        a, b = by_row[first], by_row[second]
        agree = all(values[c][a] is not None and values[c][a] == values[c][b] for c in columns)
        same_key = bool(keys[first] >= 0 and keys[first] == keys[second])
        assert same_key == agree
    assert (
        (keys < 0) == [any(values[c][by_row[row]] is None for c in columns) for row in range(count)]
    ).all()


def test_distinct_dictionary_numbers_group_as_hashed_ones() -> None:
    # A dictionary holding each value once: its indices group records as hashing the values does.
    indices = pa.array([2, 0, None, 2, 1, 0], pa.int32())
    column = pa.DictionaryArray.from_arrays(indices, pa.array(["A1", "B2", "C3"]))

    plain, plain_size = column_codes(column)
    direct, direct_size = column_codes(column, distinct=True)

    assert direct.tolist() == [2, 0, -1, 2, 1, 0]
    assert direct_size == plain_size == 3
    assert all((plain == plain[i]).tolist() == (direct == direct[i]).tolist() for i in range(len(plain)))


def test_repeated_dictionary_values_share_a_number() -> None:
    # Two names with one key: the dictionary repeats a value, and both rows get one number.
    column = pa.DictionaryArray.from_arrays(
        pa.array([0, 1, 2], pa.int32()), pa.array(["nino", "nino", "levan"])
    )
    codes, size = column_codes(column)
    assert codes[0] == codes[1] != codes[2]
    assert size == 2
