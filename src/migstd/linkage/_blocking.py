"""Generate candidate pairs from blocking rules, in DuckDB.

Each rule is counted before any pair is built, so a rule that is too broad
raises :class:`~migstd.errors.BlockingRuleTooBroadError` instead of exhausting
memory. Pairs from several rules are unioned without duplicates: rule ``i``
keeps only the pairs that no earlier rule produced, and each pair records the
first rule that found it.

A rule that DuckDB cannot run raises :class:`~migstd.errors.SettingsError`
naming the rule. The message includes DuckDB's own reason only for errors in
the rule's text (syntax, unknown column or function), because DuckDB quotes
the offending value in errors raised while reading the data.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa

from migstd.errors import BlockingRuleTooBroadError, InputError, SettingsError
from migstd.linkage._log_text import format_count, format_rule
from migstd.linkage.blocking_rules import BlockingRule, _quote, block_on

__all__ = ["BlockingSession", "CandidatePairs"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CandidatePairs:
    """Row pairs (global row indexes) and the index of the rule that found each."""

    left: npt.NDArray[np.int64]
    right: npt.NDArray[np.int64]
    rule: npt.NDArray[np.int16]

    def __len__(self) -> int:
        return len(self.left)


# Errors in a query's text. DuckDB raises them before it reads any data, so they quote no value.
_QUERY_ERRORS = (duckdb.ParserException, duckdb.BinderException, duckdb.CatalogException)


def _reason(error: duckdb.Error) -> str:
    """Return DuckDB's message for an error in a query's text, or only the error's type name."""
    if not isinstance(error, _QUERY_ERRORS):
        return type(error).__name__
    # The first paragraph states the error; the rest repeats the query with a caret.
    first_paragraph = str(error).split("\n\n")[0]
    return " ".join(first_paragraph.split())


class BlockingSession:
    """A DuckDB connection holding the prepared records of one linkage job."""

    def __init__(self, table: pa.Table, *, link: bool, columns: Sequence[str]) -> None:
        self.link = link
        self._connection = duckdb.connect()
        keep = ["_row", "_source", *(c for c in dict.fromkeys(columns) if c in table.column_names)]
        if link:
            views = ("_source = 0", "_source = 1")
            self._pair_filter = "TRUE"
        else:
            views = ("TRUE", "TRUE")
            self._pair_filter = "l._row < r._row"
        failure = ""
        try:
            self._connection.register("records_arrow", table.select(keep))
            self._connection.execute("CREATE TABLE records AS SELECT * FROM records_arrow")
            self._connection.unregister("records_arrow")
            self._connection.execute(f"CREATE VIEW l_records AS SELECT * FROM records WHERE {views[0]}")
            self._connection.execute(f"CREATE VIEW r_records AS SELECT * FROM records WHERE {views[1]}")
        except duckdb.Error as error:
            failure = type(error).__name__
        if failure:
            self._connection.close()
            raise InputError(f"cannot load the prepared records into DuckDB ({failure})")

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> BlockingSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _count(self, query: str, rule: BlockingRule, role: str) -> int:
        """Run a query that counts the pairs of ``rule``; ``role`` names the rule in errors."""
        # Errors are raised outside the handler, so that they keep no reference to DuckDB's.
        failure = ""
        try:
            row = self._connection.execute(query).fetchone()
            return int(row[0]) if row else 0
        except duckdb.Error as error:
            failure = _reason(error)
        raise SettingsError(f"{role} rule {rule.sql!r} cannot be run: {failure}")

    def _pairs(
        self, query: str, rule: BlockingRule, role: str
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Run a query that selects the pairs of ``rule`` as left and right row indexes."""
        failure = ""
        try:
            found = self._connection.execute(query).fetchnumpy()
            return (
                np.asarray(found["left_row"], dtype=np.int64),
                np.asarray(found["right_row"], dtype=np.int64),
            )
        except duckdb.Error as error:
            failure = _reason(error)
        raise SettingsError(f"{role} rule {rule.sql!r} cannot be run: {failure}")

    def count(self, rule: BlockingRule, role: str = "blocking") -> int:
        """Count the pairs ``rule`` generates on its own, without building them."""
        if rule.sql == block_on(*rule.columns).sql:
            return self._count(self._count_equality_query(rule.columns), rule, role)
        query = f"SELECT count(*) FROM l_records l JOIN r_records r ON ({rule.sql}) AND {self._pair_filter}"
        return self._count(query, rule, role)

    def _count_equality_query(self, columns: Sequence[str]) -> str:
        keys = ", ".join(_quote(c) for c in columns)
        not_null = " AND ".join(f"{_quote(c)} IS NOT NULL" for c in columns)
        if self.link:
            return (
                f"SELECT COALESCE(SUM(n_l * n_r), 0) FROM "
                f"(SELECT {keys}, count(*) FILTER (WHERE _source = 0) AS n_l, "
                f"count(*) FILTER (WHERE _source = 1) AS n_r FROM records WHERE {not_null} GROUP BY {keys})"
            )
        return (
            f"SELECT COALESCE(SUM(n * (n - 1) / 2), 0) FROM "
            f"(SELECT {keys}, count(*) AS n FROM records WHERE {not_null} GROUP BY {keys})"
        )

    def check(self, rules: Sequence[BlockingRule], max_comparisons: int) -> list[int]:
        """Count every rule and raise if one exceeds ``max_comparisons``."""
        counts = []
        for rule in rules:
            count = self.count(rule)
            logger.info("blocking rule %s: %s", format_rule(rule.sql), format_count(count, "comparison"))
            if count > max_comparisons:
                raise BlockingRuleTooBroadError(rule.sql, count, max_comparisons)
            counts.append(count)
        return counts

    # A join condition is used as written: wrapping it (for example in COALESCE)
    # hides its equalities from DuckDB, which then compares every pair of records.

    def candidate_pairs(self, rules: Sequence[BlockingRule], max_comparisons: int) -> CandidatePairs:
        """Return the union of the pairs of ``rules``, each pair once."""
        self.check(rules, max_comparisons)
        lefts, rights, rule_indexes = [], [], []
        for index, rule in enumerate(rules):
            query = (
                f"SELECT l._row AS left_row, r._row AS right_row FROM l_records l JOIN r_records r "
                f"ON ({rule.sql}) AND {self._pair_filter}"
            )
            left, right = self._pairs(query, rule, "blocking")
            lefts.append(left)
            rights.append(right)
            rule_indexes.append(np.full(len(left), index, dtype=np.int16))
        if not lefts:
            empty = np.zeros(0, dtype=np.int64)
            return CandidatePairs(empty, empty, np.zeros(0, dtype=np.int16))

        # Keep each pair once, with the first rule that found it.
        left, right = np.concatenate(lefts), np.concatenate(rights)
        rule_index = np.concatenate(rule_indexes)
        keys = left * (int(right.max(initial=0)) + 1) + right
        _, first = np.unique(keys, return_index=True)
        return CandidatePairs(left[first], right[first], rule_index[first])

    def sample_pairs(self, rule: BlockingRule, max_pairs: int, seed: int) -> CandidatePairs:
        """Return the pairs of one rule, or a reproducible sample of ``max_pairs`` of them."""
        # NOTE: the whole block is joined before it is sampled; for millions of
        # records a block on the birth date alone holds tens of millions of pairs.
        count = self.count(rule, "training")
        sample = ""
        if count > max_pairs:
            sample = f" USING SAMPLE reservoir({int(max_pairs)} ROWS) REPEATABLE ({int(seed)})"
        query = (
            f"SELECT * FROM (SELECT l._row AS left_row, r._row AS right_row FROM l_records l "
            f"JOIN r_records r ON ({rule.sql}) AND {self._pair_filter}){sample}"
        )
        left, right = self._pairs(query, rule, "training")
        return CandidatePairs(left, right, np.zeros(len(left), dtype=np.int16))


def random_pairs(
    counts: Sequence[int], *, link: bool, max_pairs: int, seed: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Draw record pairs uniformly at random, as global row indexes.

    For a link the left row comes from the first input and the right row from
    the second; for a dedupe both come from the one input and differ. When all
    pairs are fewer than ``max_pairs``, every pair is returned.
    """
    rng = np.random.default_rng(seed)
    if link:
        n_left, n_right = counts[0], counts[1]
        total = n_left * n_right
        if total <= max_pairs:
            left, right = np.divmod(np.arange(total, dtype=np.int64), n_right)
            return left, right + n_left
        left = rng.integers(0, n_left, size=max_pairs, dtype=np.int64)
        right = rng.integers(0, n_right, size=max_pairs, dtype=np.int64) + n_left
        return left, right

    n = counts[0]
    total = n * (n - 1) // 2
    if total <= max_pairs:
        left, right = np.triu_indices(n, k=1)
        return left.astype(np.int64), right.astype(np.int64)
    first = rng.integers(0, n, size=max_pairs, dtype=np.int64)
    offset = rng.integers(1, n, size=max_pairs, dtype=np.int64)
    second = (first + offset) % n
    return np.minimum(first, second), np.maximum(first, second)
