"""Candidate pairs between a batch of new records and a population, in DuckDB.

The batch's records are numbered after the population's, so a pair of a
population record ``l`` and a new record ``r`` always has ``l._row < r._row``.
Each rule runs once, joining every record (old and new) as ``l`` to the new
records as ``r`` under that condition: this finds the pairs of new records with
old ones and with each other, and exactly those pairs that a deduplication
of the whole population would find with the same rule.

DuckDB reads the Arrow tables in place, so the population is not copied for a batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from migstd.errors import BlockingRuleTooBroadError, SettingsError
from migstd.linkage._blocking import CandidatePairs
from migstd.linkage.blocking_rules import BlockingRule

__all__ = ["batch_candidate_pairs"]


def _run(connection: duckdb.DuckDBPyConnection, query: str, rule: BlockingRule) -> dict[str, Any]:
    """Run a blocking query; raise SettingsError naming the rule when DuckDB fails."""
    # The error is raised outside the handler, so that it keeps no reference to
    # DuckDB's, whose message may quote a value read from the records.
    failure = ""
    try:
        found: dict[str, Any] = connection.execute(query).fetchnumpy()
        return found
    except duckdb.Error as error:
        failure = type(error).__name__
    raise SettingsError(f"blocking rule {rule.sql!r} cannot be run on the batch: {failure}")


def batch_candidate_pairs(
    connection: duckdb.DuckDBPyConnection,
    records: pa.Table,
    first_new_row: int,
    rules: Sequence[BlockingRule],
    max_comparisons: int,
) -> CandidatePairs:
    """Return the pairs of ``rules`` that contain at least one record at or after ``first_new_row``.

    ``connection`` is a DuckDB connection that the caller keeps between batches,
    because opening one takes longer than blocking a single record.
    ``records`` holds the prepared records of the population and the batch,
    with ``_row`` equal to the row number. Each pair is kept once, with the
    first rule that found it. A rule that gives more than ``max_comparisons``
    pairs for the batch raises :class:`~migstd.errors.BlockingRuleTooBroadError`.
    """
    batch = records.slice(first_new_row)
    lefts, rights, rule_indexes = [], [], []
    connection.register("records", records)
    connection.register("batch", batch)
    try:
        for index, rule in enumerate(rules):
            join = f"FROM records l JOIN batch r ON ({rule.sql}) AND l._row < r._row"
            found = _run(connection, f"SELECT l._row AS left_row, r._row AS right_row {join}", rule)
            left = np.asarray(found["left_row"], dtype=np.int64)
            if len(left) > max_comparisons:
                raise BlockingRuleTooBroadError(rule.sql, len(left), max_comparisons)
            lefts.append(left)
            rights.append(np.asarray(found["right_row"], dtype=np.int64))
            rule_indexes.append(np.full(len(left), index, dtype=np.int16))
    finally:
        connection.unregister("records")
        connection.unregister("batch")

    if not lefts:
        empty = np.zeros(0, dtype=np.int64)
        return CandidatePairs(empty, empty, np.zeros(0, dtype=np.int16))
    left, right = np.concatenate(lefts), np.concatenate(rights)
    rule_index = np.concatenate(rule_indexes)
    keys = left * records.num_rows + right
    _, first = np.unique(keys, return_index=True)
    return CandidatePairs(left[first], right[first], rule_index[first])
