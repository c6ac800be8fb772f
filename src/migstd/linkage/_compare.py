"""Compute comparison levels for record pairs, each distinct value pair once.

The result for a set of pairs is a matrix of comparison levels (``gammas``),
one row per pair and one column per comparison, with ``-1`` where either
value is missing.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from migstd.linkage._comparison_base import Levels, fixed_width_text
from migstd.linkage._prepare import EncodedColumn, Prepared
from migstd.linkage.comparisons import Comparison

__all__ = [
    "NULL_LEVEL",
    "PairScorer",
    "distinct_values",
    "gamma_matrix",
    "term_frequencies",
]

NULL_LEVEL = -1

# A function that gives the weights of graded pairs from their left rows and levels.
Weigh = Callable[[npt.NDArray[np.integer[Any]], npt.NDArray[np.int8]], npt.NDArray[np.float64]]


def distinct_values(
    values: npt.NDArray[np.int64],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.intp]]:
    """Return the distinct values in order of first appearance, and each value's index among them.

    Hashes in Arrow: for 17 million random keys it took 1.0 s against 3.6 s
    for the sort of ``np.unique`` (2-core machine, pyarrow 26, numpy 2).

    >>> distinct, index = distinct_values(np.array([7, 3, 7, 9]))
    >>> distinct.tolist(), index.tolist()
    ([7, 3, 9], [0, 1, 0, 2])
    """
    encoded = pa.array(values, type=pa.int64()).dictionary_encode()
    distinct = np.asarray(encoded.dictionary.to_numpy(zero_copy_only=False), dtype=np.int64)
    index = np.asarray(encoded.indices.to_numpy(zero_copy_only=False), dtype=np.intp)
    return distinct, index


# A comparison of two columns whose codes make at most this many pairs keeps a
# table of the level of every pair of codes (one byte each), filled as pairs
# arrive. Larger ones group each batch's pairs into distinct value pairs.
DENSE_TABLE_CELLS = 1 << 24

# The scorer grades at most this many pairs at a time on each of its threads.
SCORER_SLICE_PAIRS = 250_000
GRADING_THREADS = max(1, min(2, os.cpu_count() or 1))

# Marks a cell of a level table whose pair has not been graded yet.
_UNGRADED = -2


_POOL: list[ThreadPoolExecutor] = []
_POOL_LOCK = threading.Lock()


def _grading_pool() -> ThreadPoolExecutor:
    """Return the threads that grade slices, started once: new threads each time cost memory."""
    with _POOL_LOCK:
        if not _POOL:
            _POOL.append(ThreadPoolExecutor(max_workers=GRADING_THREADS, thread_name_prefix="migstd-grading"))
        return _POOL[0]


class _Picked(Mapping[str, npt.NDArray[Any]]):
    """The prepared values at some codes, each array taken only when a comparison reads it.

    Taking from an array of Python objects is slow, and most comparisons read
    one or two of the values prepared for their field.
    """

    def __init__(self, values: Mapping[str, npt.NDArray[Any]], codes: npt.NDArray[np.integer[Any]]) -> None:
        self._values = values
        self._codes = codes
        self._taken: dict[str, npt.NDArray[Any]] = {}

    def __getitem__(self, name: str) -> npt.NDArray[Any]:
        if name not in self._taken:
            self._taken[name] = self._values[name][self._codes]
        return self._taken[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


class _LevelGrader:
    """Grades pairs of one comparison on one pair of columns, remembering what it graded.

    Three ways, chosen by the size of the columns:

    - a level table with one cell per pair of codes, plus a row and a column
      for a missing value, for small columns (names, places, sex);
    - otherwise, pairs with the same code on both sides take the level of the
      value with itself, computed once per code. The other pairs are graded
      one by one for comparisons that are numpy arithmetic (dates, phones),
      or screened and grouped into distinct value pairs (names, document
      numbers).
    """

    def __init__(self, comparison: Comparison, left: EncodedColumn, right: EncodedColumn) -> None:
        self.comparison = comparison
        self.left = left
        self.right = right
        self.same_column = left is right
        self.else_level = len(comparison.level_names) - 1
        self.width = right.size + 1
        self.cells = (left.size + 1) * self.width
        self.graded = 0
        self._lock = threading.Lock()
        self.table: npt.NDArray[np.int8] | None = None
        self._self_levels: npt.NDArray[np.int8] | None = None
        self._features: tuple[dict[str, npt.NDArray[Any]], dict[str, npt.NDArray[Any]]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        # A lock cannot be pickled; a result keeps its scorer to grade pairs again.
        state = dict(self.__dict__)
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def grade(self, left_codes: npt.NDArray[np.int32], right_codes: npt.NDArray[np.int32]) -> Levels:
        """Return the level of each pair of codes (``-1`` for a missing value)."""
        # A table is made once enough pairs have been graded to repay filling it.
        # Until then (one new record of an index, say) pairs are grouped instead.
        self.graded += len(left_codes)
        if self.table is None and self.cells <= DENSE_TABLE_CELLS and self.graded * 16 >= self.cells:
            # Under a lock, so two grading threads never make two tables.
            with self._lock:
                if self.table is None:
                    table = np.full((self.left.size + 1, self.width), _UNGRADED, dtype=np.int8)
                    table[0, :] = NULL_LEVEL
                    table[:, 0] = NULL_LEVEL
                    self.table = table.reshape(-1)
        if self.table is not None:
            return self._grade_from_table(self.table, left_codes, right_codes)

        levels = np.full(len(left_codes), NULL_LEVEL, dtype=np.int8)
        todo = (left_codes >= 0) & (right_codes >= 0)
        features = None if self.comparison.grades_every_pair else self._screen_features()
        if features is not None:
            # Screened first, on every pair: most are far apart and need no other step.
            kept = self.comparison.may_agree(features[0], features[1], left_codes, right_codes)
            levels[todo] = self.else_level
            todo &= kept
        if self.same_column:
            same = todo & (left_codes == right_codes)
            levels[same] = self.levels_with_itself(left_codes[same])
            todo &= ~same
        rows = np.flatnonzero(todo)
        if len(rows) == 0:
            return levels
        left_rest, right_rest = left_codes[rows], right_codes[rows]
        if self.comparison.grades_every_pair:
            levels[rows] = self._grade_codes(left_rest, right_rest)
            return levels

        keys = left_rest.astype(np.int64) * self.width + right_rest
        distinct, inverse = distinct_values(keys)
        levels[rows] = self._grade_codes(*np.divmod(distinct, self.width))[inverse]
        return levels

    def _grade_from_table(
        self,
        table: npt.NDArray[np.int8],
        left_codes: npt.NDArray[np.int32],
        right_codes: npt.NDArray[np.int32],
    ) -> Levels:
        # Code -1 (missing) lands on row or column 0 of the table, which contains the null level.
        # The table has fewer than 2**31 cells, so 32-bit keys do.
        keys = (left_codes + np.int32(1)) * np.int32(self.width) + (right_codes + np.int32(1))
        levels: Levels = table[keys]
        # The minimum first: one quick pass, as nearly every cell is graded once a job is under way.
        if len(levels) and levels.min() == _UNGRADED:
            ungraded = levels == _UNGRADED
            # Arrow's hashing; np.unique took twice as long here.
            missing = np.asarray(pc.unique(pa.array(keys[ungraded])).to_numpy(), dtype=np.int64)
            left_missing, right_missing = np.divmod(missing, self.width)
            table[missing] = self._grade_codes(left_missing - 1, right_missing - 1)
            levels[ungraded] = table[keys[ungraded]]
        return levels

    def _grade_codes(
        self, left_codes: npt.NDArray[np.integer[Any]], right_codes: npt.NDArray[np.integer[Any]]
    ) -> Levels:
        """Grade pairs of present codes with the comparison itself."""
        return self.comparison.levels(
            _Picked(self.left.values, left_codes), _Picked(self.right.values, right_codes)
        )

    def levels_with_itself(self, codes: npt.NDArray[np.int32]) -> Levels:
        """Return the level of each code's value with itself, for all codes once many are asked for."""
        if self._self_levels is None and len(codes) * 8 < self.left.size:
            distinct, inverse = np.unique(codes, return_inverse=True)
            graded: Levels = self._grade_codes(distinct, distinct)[inverse.reshape(-1)]
            return graded
        if self._self_levels is None:
            # In slices, so grading a million values with themselves makes no large temporaries.
            self_levels = np.empty(self.left.size, dtype=np.int8)
            for start in range(0, self.left.size, SCORER_SLICE_PAIRS):
                every = np.arange(start, min(start + SCORER_SLICE_PAIRS, self.left.size), dtype=np.int64)
                self_levels[start : start + len(every)] = self._grade_codes(every, every)
            self._self_levels = self_levels
        return self._self_levels[codes]

    def _screen_features(self) -> tuple[dict[str, npt.NDArray[Any]], dict[str, npt.NDArray[Any]]] | None:
        if self._features is None:
            # Under the lock, so two grading threads never compute them twice at once.
            with self._lock:
                if self._features is None:
                    left = self.comparison.screen_features(self.left.values)
                    if left is None:
                        return None
                    right = left if self.same_column else self.comparison.screen_features(self.right.values)
                    assert right is not None
                    self._features = (left, right)
        return self._features


# A crossed comparison replaces the direct one only when both crossed names
# reach at least this level of NameComparison (0 exact, 1 same key, 2 alias,
# 3 Jaro-Winkler at its first threshold, 0.92 by default).
_SWAP_LEVEL_LIMIT = 3


def _slices(count: int) -> list[slice]:
    """Return the slices of SCORER_SLICE_PAIRS pairs that cover ``count`` pairs."""
    return [slice(start, start + SCORER_SLICE_PAIRS) for start in range(0, count, SCORER_SLICE_PAIRS)]


def _narrowed(codes: npt.NDArray[np.int32], size: int) -> npt.NDArray[np.signedinteger[Any]]:
    """Return codes below ``size`` (and -1) as int8 or int16 when they fit."""
    for narrow in (np.int8, np.int16):
        if size <= np.iinfo(narrow).max:
            return codes.astype(narrow)
    return codes


class PairScorer:
    """Computes the pairs-by-comparisons matrix of levels, batch after batch.

    ``swap`` names two comparisons (by index) of name fields that records may
    hold in swapped order. Each ``(source, dependent)`` pair in ``dependents``
    names a comparison whose agreement implies the dependent's: where the
    source agrees, the dependent gets the null level, so the same evidence is
    not counted twice (two records with one given name share their sex).

    The scorer keeps what it graded, so a pair of values met in one batch is
    not graded again in the next.
    """

    def __init__(
        self,
        comparisons: Sequence[Comparison],
        prepared: Prepared,
        swap: tuple[int, int] | None = None,
        dependents: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.comparisons = tuple(comparisons)
        self.dependents = tuple(dependents)
        self._columns = [prepared.encoded[c.column] for c in self.comparisons]
        # Codes in the narrowest type that fits them: every pair reads them, and
        # reading one byte a record (sex, citizenship) is three times faster.
        self._codes = [_narrowed(column.codes, column.size) for column in self._columns]
        self._graders = [
            _LevelGrader(comparison, column, column)
            for comparison, column in zip(self.comparisons, self._columns, strict=True)
        ]
        # Per source comparison, whether each level agrees, and False at the end for the null level.
        self._agreeing: dict[int, npt.NDArray[np.bool_]] = {}
        for source, _ in self.dependents:
            count = len(self.comparisons[source].level_names)
            self._agreeing[source] = np.isin(np.arange(count + 1), self.comparisons[source].agreeing_levels)
        self._crossed: tuple[_LevelGrader, _LevelGrader] | None = None
        self.swap = swap
        if swap is not None:
            first, second = swap
            self._crossed = (
                _LevelGrader(self.comparisons[first], self._columns[first], self._columns[second]),
                _LevelGrader(self.comparisons[second], self._columns[second], self._columns[first]),
            )

    def gammas(
        self, left_rows: npt.NDArray[np.integer[Any]], right_rows: npt.NDArray[np.integer[Any]]
    ) -> Levels:
        """Return the levels of the pairs, one column per comparison (column-major)."""
        if len(left_rows) <= SCORER_SLICE_PAIRS:
            return self._gammas(left_rows, right_rows)

        # In slices, so the codes and values taken for grading stay small. On
        # several threads, because numpy, Arrow and rapidfuzz release the GIL for
        # most of the work. The graders' shared tables only ever change from
        # "not graded" to the one level a pair of codes has.
        gammas = np.empty((len(left_rows), len(self.comparisons)), dtype=np.int8, order="F")
        parts = _slices(len(left_rows))
        graded = _grading_pool().map(lambda part: self._gammas(left_rows[part], right_rows[part]), parts)
        for part, levels in zip(parts, graded, strict=True):
            gammas[part] = levels
        return gammas

    def weigh_into(
        self,
        left_rows: npt.NDArray[np.integer[Any]],
        right_rows: npt.NDArray[np.integer[Any]],
        weigh: Weigh,
        out: npt.NDArray[np.floating[Any]],
    ) -> Callable[[], None]:
        """Start grading and weighing the pairs, each slice's weights written into ``out``.

        Returns a call that waits until all are written. The levels are not
        kept, so nothing is gathered on the caller's thread.
        """

        def one(part: slice) -> None:
            levels = self._gammas(left_rows[part], right_rows[part])
            out[part] = weigh(left_rows[part], levels)

        # On the grading threads in slices, as in gammas.
        futures = [_grading_pool().submit(one, part) for part in _slices(len(left_rows))]

        def wait() -> None:
            for future in futures:
                future.result()

        return wait

    def _gammas(
        self, left_rows: npt.NDArray[np.integer[Any]], right_rows: npt.NDArray[np.integer[Any]]
    ) -> Levels:
        gammas = np.empty((len(left_rows), len(self.comparisons)), dtype=np.int8, order="F")
        swapped = () if self.swap is None else self.swap
        codes: dict[int, tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]] = {}
        for index, (grader, column_codes) in enumerate(zip(self._graders, self._codes, strict=True)):
            left_codes, right_codes = column_codes[left_rows], column_codes[right_rows]
            if index in swapped:
                codes[index] = (left_codes, right_codes)
            gammas[:, index] = grader.grade(left_codes, right_codes)
        if self.swap is not None and self._crossed is not None:
            self._apply_swapped_names(gammas, codes)
        for source, dependent in self.dependents:
            # A table read by level. The null level (-1) reads its last entry, which is False.
            agreeing = self._agreeing[source][gammas[:, source]]
            gammas[agreeing, dependent] = NULL_LEVEL
        return gammas

    def equal_value_levels(
        self, index: int, counts: Sequence[int], link: bool
    ) -> tuple[float, npt.NDArray[np.float64]]:
        """Count, over all record pairs, those with the same value in one comparison.

        Returns the share of such pairs among the pairs with both values
        present, and how they spread over the comparison's levels (a
        distribution). Inputs are split as for random pairs: the first two
        inputs of a link, or the first input of a dedupe.
        """
        grader, column = self._graders[index], self._columns[index]
        if link:
            left_codes, right_codes = (
                column.codes[: counts[0]],
                column.codes[counts[0] : counts[0] + counts[1]],
            )
        else:
            left_codes = right_codes = column.codes[: counts[0]]
        left_count = np.bincount(left_codes[left_codes >= 0], minlength=column.size).astype(np.float64)
        right_count = np.bincount(right_codes[right_codes >= 0], minlength=column.size).astype(np.float64)

        if link:
            equal_pairs = left_count * right_count
            present_pairs = left_count.sum() * right_count.sum()
        else:
            equal_pairs = left_count * (left_count - 1) / 2
            present_pairs = left_count.sum() * (left_count.sum() - 1) / 2
        spread = np.zeros(len(self.comparisons[index].level_names))
        if present_pairs <= 0 or equal_pairs.sum() <= 0:
            return 0.0, spread

        # Every code's value graded with itself, over the codes that pair with themselves.
        paired = np.flatnonzero(equal_pairs > 0).astype(np.int32)
        levels = grader.levels_with_itself(paired).astype(np.intp)
        graded = levels >= 0
        spread += np.bincount(levels[graded], weights=equal_pairs[paired][graded], minlength=len(spread))
        if spread.sum() <= 0:
            return 0.0, spread
        share = float(spread.sum() / present_pairs)
        return share, spread / spread.sum()

    def _apply_swapped_names(
        self, gammas: Levels, codes: Mapping[int, tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]]
    ) -> None:
        """Grade two name fields crosswise where one record has them in swapped order.

        A given name recorded as the family name and back is a common clerical
        error. Where the crossed grading is close on both names and better than
        the direct one, the pair gets the crossed levels.
        """
        assert self.swap is not None and self._crossed is not None
        first, second = self.swap
        direct_first, direct_second = gammas[:, first], gammas[:, second]
        # Only pairs with both names and some disagreement can gain from crossing them.
        present = (direct_first >= 0) & (direct_second >= 0)
        rows = np.flatnonzero(present & ((direct_first > 0) | (direct_second > 0)))
        if len(rows) == 0:
            return
        (first_left, first_right), (second_left, second_right) = codes[first], codes[second]
        crossed_first = self._crossed[0].grade(first_left[rows], second_right[rows])
        # Both crossed names must be close, so the second is graded only where the first is.
        close_first = (crossed_first >= 0) & (crossed_first <= _SWAP_LEVEL_LIMIT)
        rows, crossed_first = rows[close_first], crossed_first[close_first]
        crossed_second = self._crossed[1].grade(second_left[rows], first_right[rows])

        both = (crossed_first >= 0) & (crossed_second >= 0)
        close = (crossed_first <= _SWAP_LEVEL_LIMIT) & (crossed_second <= _SWAP_LEVEL_LIMIT)
        better = crossed_first.astype(np.int16) + crossed_second < (
            direct_first[rows].astype(np.int16) + direct_second[rows]
        )
        use = both & close & better
        gammas[rows[use], first] = crossed_first[use]
        gammas[rows[use], second] = crossed_second[use]


def gamma_matrix(
    comparisons: Sequence[Comparison],
    prepared: Prepared,
    left_rows: npt.NDArray[np.int64],
    right_rows: npt.NDArray[np.int64],
    swap: tuple[int, int] | None = None,
    dependents: Sequence[tuple[int, int]] = (),
) -> npt.NDArray[np.int8]:
    """Return the pairs-by-comparisons matrix of levels; see :class:`PairScorer`."""
    return PairScorer(comparisons, prepared, swap, dependents).gammas(left_rows, right_rows)


def term_frequencies(comparison: Comparison, encoded: EncodedColumn) -> npt.NDArray[np.float64]:
    """Return, per code, the share of non-missing records with the same exact-level value.

    Returns an empty array when the column has no values at all.
    """
    present = encoded.codes[encoded.codes >= 0]
    if len(present) == 0:
        return np.zeros(0)
    records_per_code = np.bincount(present, minlength=encoded.size).astype(np.float64)
    exact_values = encoded.values[comparison.exact_value_key]
    _, value_index = np.unique(fixed_width_text(exact_values), return_inverse=True)
    value_index = value_index.reshape(-1)
    records_per_value = np.bincount(value_index, weights=records_per_code)
    frequencies: npt.NDArray[np.float64] = records_per_value[value_index] / len(present)
    return frequencies
