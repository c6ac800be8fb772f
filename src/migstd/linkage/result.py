"""Results of a linkage job: scored pairs, matches, clusters, issues and evaluation.

Every table is a :class:`ResultTable`, which converts to Arrow, pandas or
polars and writes CSV or Parquet. pandas and polars are imported only when
asked for. The ``repr`` of a table shows its shape, never its values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from migstd.errors import InputError, SettingsError
from migstd.linkage._explain import Explanation, explain_pairs, waterfall_table
from migstd.linkage._matching import select_matches
from migstd.linkage._thresholds import threshold_table, threshold_weights
from migstd.linkage.evaluation import (
    Evaluation,
    count_true_pairs,
    evaluate_pairs,
    is_true_pair,
    truth_numbers,
)
from migstd.linkage.model import FellegiSunterModel
from migstd.linkage.settings import Settings

__all__ = ["LinkageResult", "ResultTable"]


class ResultTable:
    """A table of results, convertible to Arrow, pandas or polars.

    A table may be built only when first asked for: ``table`` is then a
    function that returns it, and ``rows`` and ``columns`` describe it until
    then. A linkage job's table of all candidate pairs is built this way, so a
    job that reads only its matches, clusters or evaluation never keeps
    every pair as an Arrow table.
    """

    def __init__(
        self,
        table: pa.Table | Callable[[], pa.Table],
        *,
        rows: int | None = None,
        columns: Sequence[str] | None = None,
    ) -> None:
        if isinstance(table, pa.Table):
            self._table: pa.Table | None = table
            self._build: Callable[[], pa.Table] | None = None
            self._rows = int(table.num_rows)
            self._columns = list(table.column_names)
        else:
            if rows is None or columns is None:
                raise TypeError("a table built later needs its rows and columns")
            self._table = None
            self._build = table
            self._rows = rows
            self._columns = list(columns)

    def __len__(self) -> int:
        return self._rows

    def __repr__(self) -> str:
        return f"ResultTable(rows={self._rows}, columns={self._columns})"

    @property
    def column_names(self) -> list[str]:
        return list(self._columns)

    @property
    def built(self) -> bool:
        """Whether the table exists yet (a table built later exists once first read)."""
        return self._table is not None

    def to_arrow(self) -> pa.Table:
        if self._table is None:
            assert self._build is not None
            self._table = self._build()
            self._build = None
        return self._table

    def to_pandas(self) -> Any:
        try:
            import pandas  # noqa: F401
        except ImportError:
            raise InputError("to_pandas() needs pandas: pip install pandas") from None
        return self.to_arrow().to_pandas()

    def to_polars(self) -> Any:
        try:
            import polars
        except ImportError:
            raise InputError("to_polars() needs polars: pip install polars") from None
        return polars.from_arrow(self.to_arrow())

    def to_pylist(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.to_arrow().to_pylist()
        return result

    def write(self, path: str | Path, *, format: str | None = None) -> Path:
        """Write the table as CSV or Parquet, chosen by ``format`` or the file suffix."""
        path = Path(path)
        chosen = (format or path.suffix.lstrip(".") or "csv").lower()
        path.parent.mkdir(parents=True, exist_ok=True)
        if chosen == "parquet":
            pq.write_table(self.to_arrow(), path)
        elif chosen == "csv":
            pa_csv.write_csv(_plain(self.to_arrow()), path)
        else:
            raise SettingsError(f"unknown output format {chosen!r}; use 'csv' or 'parquet'")
        return path


def _plain(table: pa.Table) -> pa.Table:
    """Decode dictionary columns, which the CSV writer does not take."""
    columns = [
        column.cast(column.type.value_type) if pa.types.is_dictionary(column.type) else column
        for column in table.columns
    ]
    return pa.table(columns, names=table.column_names)


@dataclass
class LinkageResult:
    """Result of :func:`~migstd.linkage.link` and :func:`~migstd.linkage.dedupe`.

    - ``pairs``: every candidate pair with its comparison levels, match weight
      and match probability;
    - ``matches``: the pairs at or above the threshold;
    - ``clusters``: every record with its cluster;
    - ``issues``: values that broke a rule of their field and were treated as
      missing, by input, row, field and rule (never the value);
    - ``model``: the trained Fellegi-Sunter model (or the loaded one that
      scored the pairs); :meth:`save_model` writes it for later batches.
    """

    link: bool
    settings: Settings
    model: FellegiSunterModel
    pairs: ResultTable
    clusters: ResultTable
    issues: ResultTable
    counts: dict[str, int]
    _truth: pa.Array | None
    _source: npt.NDArray[np.int8]
    _left: npt.NDArray[np.integer[Any]]
    _right: npt.NDArray[np.integer[Any]]
    # 32-bit: a large job keeps one per candidate pair.
    _weights: npt.NDArray[np.floating[Any]]
    _cluster_labels: npt.NDArray[np.int64]
    # Each record's term frequency per adjusted comparison (by index), for explanations.
    _term_frequencies: dict[int, npt.NDArray[np.float64]] = field(default_factory=dict)
    # The order of the pairs table's rows in the arrays above, when they differ.
    _pair_order: Callable[[], npt.NDArray[np.int64]] | None = None
    # Builds the pairs table, or with True only its matches, in that order.
    _build_pairs: Callable[[bool], pa.Table] | None = None
    # Grades candidate pairs (by index) again. With it, each pair's match decision and
    # each record's unique id (by global row), explanations need not build the pairs table.
    _levels_of: Callable[[npt.NDArray[np.int64]], npt.NDArray[np.int8]] | None = None
    _matched: npt.NDArray[np.bool_] | None = None
    _unique_ids: pa.StringArray | None = None

    def __repr__(self) -> str:
        kind = "link" if self.link else "dedupe"
        return (
            f"LinkageResult({kind}, records={self.counts['records']}, "
            f"candidate_pairs={self.counts['candidate_pairs']}, matches={self.counts['matches']}, "
            f"clusters={self.counts['clusters']})"
        )

    @property
    def matches(self) -> ResultTable:
        """Pairs whose match weight is at or above the threshold (one per record with one_to_one)."""
        if self._build_pairs is not None and not self.pairs.built:
            # Only the matched rows are built: the pairs table of a large job is large.
            return ResultTable(self._build_pairs(True))
        table = self.pairs.to_arrow()
        return ResultTable(table.filter(table.column("is_match")))

    def _truth_for(self, truth_column: str | None) -> npt.NDArray[np.int64]:
        if truth_column is not None and truth_column != self.settings.truth_column:
            raise SettingsError(
                f"truth column {truth_column!r} was not read; pass Settings(truth_column="
                f"{truth_column!r}) to link() or dedupe()"
            )
        if self._truth is None:
            raise SettingsError("no truth column: pass Settings(truth_column=...) to link() or dedupe()")
        # Numbered: comparing numbers of 20 million pairs is fast, and needs no Python object.
        return truth_numbers(self._truth)

    def evaluate(
        self, truth_column: str | None = None, *, threshold_match_weight: float | None = None
    ) -> Evaluation:
        """Evaluate the predicted matches pair by pair against the truth column."""
        truth = self._truth_for(truth_column)
        threshold = (
            self.settings.threshold_weight if threshold_match_weight is None else threshold_match_weight
        )
        predicted = select_matches(
            self._left, self._right, self._weights, threshold, one_to_one=self.settings.one_to_one
        )
        return evaluate_pairs(truth, self._source, self._left, self._right, predicted, link=self.link)

    def save_model(self, path: str | Path) -> Path:
        """Write the model and its settings to a JSON file; see :meth:`FellegiSunterModel.save`."""
        return self.model.save(path)

    def explain(self, left_id: object, right_id: object) -> Explanation:
        """Return the waterfall of one candidate pair's match weight, by the records' unique ids.

        For a link, ``left_id`` is in the left input and ``right_id`` in the
        right one; for a dedupe the order does not matter. ``str()`` of the
        result is a text table. Raises InputError for a pair that blocking
        never compared.
        """
        pairs = self._pairs_with_ids(str(left_id), str(right_id))
        if len(pairs) == 0 and self.link and len(self._pairs_with_ids(str(right_id), str(left_id))):
            raise InputError(
                "the two records are a candidate pair with the ids the other way round: for a link, "
                "give the id of the left input's record first"
            )
        if len(pairs) == 0:
            raise InputError(
                "the two records given are not a candidate pair: no blocking rule put them "
                "together, so they were never compared; check the unique ids, or add a blocking rule"
            )
        if len(pairs) > 1:
            raise InputError(
                f"{len(pairs)} candidate pairs have the unique ids given; the unique_id column has repeats"
            )
        return self._explanations_at(pairs)[0]

    def _pairs_with_ids(self, first: str, second: str) -> npt.NDArray[np.int64]:
        """Return the indexes (in ``_left``/``_right``) of the candidate pairs of two unique ids."""
        if self._unique_ids is None:
            # Without the records' ids, search the pairs table and map its rows back.
            table = self.pairs.to_arrow()
            left_ids, right_ids = table.column("unique_id_l"), table.column("unique_id_r")
            found = pc.and_(pc.equal(left_ids, first), pc.equal(right_ids, second))
            if not self.link:
                found = pc.or_(found, pc.and_(pc.equal(left_ids, second), pc.equal(right_ids, first)))
            rows = np.flatnonzero(found.to_numpy(zero_copy_only=False))
            return self._pair_order()[rows] if self._pair_order is not None else rows

        # Searched in the compact arrays, so a large job's pairs table is never built.
        first_rows, second_rows = (
            np.flatnonzero(pc.equal(self._unique_ids, uid).fill_null(False).to_numpy(zero_copy_only=False))
            for uid in (first, second)
        )
        if self.link:
            first_rows = first_rows[self._source[first_rows] == 0]
            second_rows = second_rows[self._source[second_rows] == 1]
        found = np.isin(self._left, first_rows) & np.isin(self._right, second_rows)
        if not self.link:
            found |= np.isin(self._left, second_rows) & np.isin(self._right, first_rows)
        return np.flatnonzero(found)

    def explain_matches(self) -> ResultTable:
        """Return the waterfalls of all matches as one long table, one row per step of each pair."""
        table = self.matches.to_arrow()
        order = self._pair_order() if self._pair_order is not None else np.arange(len(self._left))
        matched = self._matched
        if matched is None:
            matched = select_matches(
                self._left,
                self._right,
                self._weights,
                self.settings.threshold_weight,
                one_to_one=self.settings.one_to_one,
            )
        pairs = order[matched[order]]
        return ResultTable(
            waterfall_table(
                self._explanations_at(pairs),
                table.column("unique_id_l").to_pylist(),
                table.column("unique_id_r").to_pylist(),
            )
        )

    def _explanations_at(self, pairs: npt.NDArray[np.int64]) -> list[Explanation]:
        """Explain the candidate pairs at ``pairs`` (indexes in ``_left``/``_right``)."""
        parameters = self.model.comparisons
        if self._levels_of is not None:
            gammas = self._levels_of(pairs)
        else:
            gammas = self._levels_from_table(pairs)

        adjustments = np.zeros(gammas.shape)
        left = self._left[pairs]
        for index, frequencies in self._term_frequencies.items():
            exact = gammas[:, index] == 0
            u_exact = parameters[index].u[0]
            adjustments[exact, index] = np.log2(u_exact / frequencies[left[exact]])
        return explain_pairs(self.model, gammas, adjustments, self._weights[pairs].astype(np.float64))

    def _levels_from_table(self, pairs: npt.NDArray[np.int64]) -> npt.NDArray[np.int8]:
        """Read the levels of some candidate pairs back from the pairs table's level columns."""
        rows = pairs
        if self._pair_order is not None:
            rows = np.argsort(self._pair_order())[pairs]
        table = self.pairs.to_arrow().take(pa.array(rows, type=pa.int64()))
        parameters = self.model.comparisons
        gammas = np.empty((len(rows), len(parameters)), dtype=np.int8)
        for index, comparison in enumerate(parameters):
            column = table.column(f"{comparison.name}_level").combine_chunks()
            levels = column.indices.to_numpy(zero_copy_only=False).astype(np.int64)
            levels[levels >= len(comparison.level_names)] = -1
            gammas[:, index] = levels
        return gammas

    def threshold_table(
        self,
        thresholds: Sequence[float] | None = None,
        *,
        by: str = "match_probability",
        truth_column: str | None = None,
    ) -> ResultTable:
        """Return predicted matches, precision and recall at each threshold.

        ``thresholds`` are match probabilities, or match weights with
        ``by="match_weight"``; by default match probabilities from 0.001 to
        0.999. Precision and recall are estimated from the match
        probabilities (see :mod:`migstd.linkage._thresholds` for the
        assumptions) and, when the result has a truth column, also counted
        from the labels.
        """
        weights = threshold_weights(thresholds, by)
        true_candidates = None
        true_pairs = None
        if truth_column is not None or self._truth is not None:
            truth = self._truth_for(truth_column)
            true_candidates = is_true_pair(truth, self._left, self._right)
            true_pairs = count_true_pairs(truth, self._source, link=self.link)
        table = threshold_table(
            self._weights,
            self._left,
            self._right,
            weights,
            one_to_one=self.settings.one_to_one,
            true_candidates=true_candidates,
            true_pairs=true_pairs,
        )
        return ResultTable(table)

    def evaluate_clusters(self, truth_column: str | None = None) -> Evaluation:
        """Evaluate the pairs implied by the clusters (every two records in one cluster)."""
        truth = self._truth_for(truth_column)
        pairwise = self.evaluate(truth_column)
        labels = self._cluster_labels
        known = truth >= 0

        predicted = _pairs_within(labels, self._source, link=self.link)
        # A group per cluster and entity: both are numbers below the record count.
        combined = labels.astype(np.int64) * (int(truth.max(initial=0)) + 1) + truth
        true_positive = _pairs_within(combined[known], self._source[known], link=self.link)
        return Evaluation(
            true_pairs=pairwise.true_pairs,
            predicted_pairs=predicted,
            true_positives=true_positive,
            candidate_pairs=pairwise.candidate_pairs,
            true_candidate_pairs=pairwise.true_candidate_pairs,
            total_pairs=pairwise.total_pairs,
        )


def _pairs_within(groups: npt.NDArray[Any], source: npt.NDArray[np.int8], *, link: bool) -> int:
    """Count the record pairs that share a group (across inputs for a link)."""
    if len(groups) == 0:
        return 0
    _, index = np.unique(groups if groups.dtype.kind in "iu" else groups.astype(str), return_inverse=True)
    index = index.reshape(-1)
    if link:
        left = np.bincount(index[source == 0], minlength=index.max() + 1)
        right = np.bincount(index[source == 1], minlength=index.max() + 1)
        return int((left.astype(np.int64) * right).sum())
    sizes = np.bincount(index).astype(np.int64)
    return int((sizes * (sizes - 1) // 2).sum())
