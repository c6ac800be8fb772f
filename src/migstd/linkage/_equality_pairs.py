"""Candidate pairs of an equality blocking rule, built in numpy instead of a join.

A rule such as ``block_on("family_name_key", "birth_date_year")`` pairs the
records that agree on every one of its columns. Each record gets a key that
two records share exactly when they agree, or -1 where a column is missing.
The records are sorted by key, and the pairs within each group of one key
are written out directly. For a dedupe a pair is two records of one group,
the lower row first. For a link it is a record of the first input and one
of the second.

>>> keys = np.array([5, 7, 5, -1, 5])
>>> batches = pairs_sharing_keys(keys, np.zeros(5, dtype=np.int8), link=False, batch_size=10)
>>> [(left.tolist(), right.tolist()) for left, right in batches]
[([0, 0, 2], [2, 4, 4])]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["column_codes", "equality_keys", "pairs_sharing_keys"]

Rows = npt.NDArray[np.int64]


def column_codes(column: pa.ChunkedArray | pa.Array, *, distinct: bool = False) -> tuple[Rows, int]:
    """Return a number per value that equal values share (-1 where missing), and how many numbers there are.

    Small integer columns (a birth year, month or day) are their own numbers
    and need no hashing. Nor does a dictionary-encoded column whose
    dictionary contains each value once (``distinct``): its indices are the numbers.
    """
    if pa.types.is_integer(column.type) and len(column) and column.null_count < len(column):
        low, high = (int(v.as_py()) for v in pc.min_max(column).values())
        if high - low < 1 << 20:
            values = np.asarray(
                column.to_numpy(zero_copy_only=False)
                if column.null_count == 0
                else pc.fill_null(column, low - 1).to_numpy(),
                dtype=np.int64,
            )
            return values - low, high - low + 1
    whole = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if pa.types.is_dictionary(whole.type) and distinct:
        return np.asarray(whole.indices.fill_null(-1).to_numpy(), dtype=np.int64), len(whole.dictionary)
    if pa.types.is_dictionary(whole.type):
        # Entries of a dictionary may repeat (two names with one key): number the entries, then the rows.
        entries = whole.dictionary.dictionary_encode()
        per_entry = np.append(np.asarray(entries.indices.fill_null(-1).to_numpy(), dtype=np.int64), -1)
        rows = np.asarray(whole.indices.fill_null(-1).to_numpy(), dtype=np.int64)
        return per_entry[rows], len(entries.dictionary)
    encoded = whole.dictionary_encode()
    return np.asarray(encoded.indices.fill_null(-1).to_numpy(), dtype=np.int64), len(encoded.dictionary)


def equality_keys(
    records: pa.Table, columns: Sequence[str], codes_of: Callable[[str], tuple[Rows, int]] | None = None
) -> Rows:
    """Return, by ``_row``, a number two records share exactly when they agree on ``columns``.

    The number is -1 where any of the columns is missing, as such a record
    agrees with no one under the rule. ``codes_of(column)`` may give each
    column's :func:`column_codes`, for instance from a cache shared by rules.
    """
    rows = np.asarray(records.column("_row").to_numpy(), dtype=np.int64)
    combined = np.zeros(len(rows), dtype=np.int64)
    missing = np.zeros(len(rows), dtype=bool)
    span = 1
    for column in columns:
        codes, size = codes_of(column) if codes_of is not None else column_codes(records.column(column))
        missing |= codes < 0
        if span * (size + 1) >= 1 << 62:
            # Renumbered (in Arrow, by hashing), so the number stays below the row count.
            combined = _renumbered(combined)
            span = len(rows) + 1
        combined = combined * (size + 1) + codes
        span *= size + 1
    if span >= 1 << 31:
        combined = _renumbered(combined)
    keys = np.full(int(rows.max(initial=-1)) + 1, -1, dtype=np.int64)
    keys[rows] = np.where(missing, -1, combined)
    return keys


def _renumbered(values: Rows) -> Rows:
    """Return dense numbers that equal values share, in order of first appearance."""
    return np.asarray(
        pa.array(values, type=pa.int64()).dictionary_encode().indices.to_numpy(), dtype=np.int64
    )


def pairs_sharing_keys(
    keys: npt.NDArray[np.integer[Any]], source: npt.NDArray[np.int8], *, link: bool, batch_size: int
) -> Iterator[tuple[Rows, Rows]]:
    """Yield the pairs of rows with the same key (not -1), at most ``batch_size`` at a time.

    ``source`` is each row's input (0 or 1). A link pairs a row of input 0
    with a row of input 1, and a dedupe pairs two rows, the lower first.
    """
    present = np.flatnonzero(keys >= 0)
    if len(present) == 0:
        return
    # Sorted by key, then (for a link) input, then row: a group's rows of input 0 come first.
    # All three are packed in one 64-bit number (key high, row low), whose plain
    # sort is several times faster than a stable sort or lexsort.
    present_keys = keys[present].astype(np.int64)
    if int(present_keys.max()) < 1 << 31 and int(present[-1]) < 1 << 31:
        packed = present_keys << np.int64(32) | present.astype(np.int64)
        if link:
            packed |= source[present].astype(np.int64) << np.int64(31)
        packed.sort()
        order = packed & np.int64(0x7FFFFFFF)
        sorted_keys: npt.NDArray[np.integer[Any]] = packed >> np.int64(32)
    else:
        order = present[
            np.lexsort((present, source[present], present_keys) if link else (present, present_keys))
        ]
        sorted_keys = keys[order]
    group_start = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    group_of = np.repeat(np.arange(len(group_start)), np.diff(np.r_[group_start, len(order)]))

    # For each sorted position: how many partners it pairs with, and where they start.
    if link:
        is_left = source[order] == 0
        group_end = np.r_[group_start[1:], len(order)]
        left_count = np.add.reduceat(is_left.astype(np.int64), group_start)
        first_partner = (group_start + left_count)[group_of]
        partners = np.where(is_left, group_end[group_of] - first_partner, 0)
    else:
        positions = np.arange(len(order))
        first_partner = positions + 1
        group_end = np.r_[group_start[1:], len(order)]
        partners = group_end[group_of] - first_partner
    yield from _expand(order, first_partner.astype(np.int64), partners.astype(np.int64), batch_size)


def _expand(order: Rows, first_partner: Rows, partners: Rows, batch_size: int) -> Iterator[tuple[Rows, Rows]]:
    """Write out each position's pairs with its ``partners`` partners from ``first_partner`` on."""
    cumulative = np.cumsum(partners)
    start = 0
    while start < len(partners):
        # The positions whose pairs fit in one batch. A position with more pairs is split below.
        reached = int(cumulative[start - 1]) if start else 0
        stop = int(np.searchsorted(cumulative, reached + batch_size, side="right"))
        stop = max(stop, start + 1)
        counts = partners[start:stop]
        if counts.sum():
            left_position = np.repeat(np.arange(start, stop), counts)
            block_start = np.repeat(np.cumsum(counts) - counts, counts)
            right_position = np.repeat(first_partner[start:stop], counts) + (
                np.arange(len(left_position)) - block_start
            )
            left_rows, right_rows = order[left_position], order[right_position]
            for offset in range(0, len(left_rows), batch_size):
                yield left_rows[offset : offset + batch_size], right_rows[offset : offset + batch_size]
        start = stop
