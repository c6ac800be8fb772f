"""Generate candidate pairs from blocking rules, in DuckDB.

Each rule is counted before any pair is built, so a rule that is too broad
raises :class:`~migstd.errors.BlockingRuleTooBroadError` instead of exhausting
memory. Pairs from several rules are unioned without duplicates: the query of
rule ``i`` excludes every pair that an earlier rule matches, so each pair comes
once, with the first rule that found it, and no global distinct is needed.
The pairs stream out of DuckDB in batches of bounded size.

A rule that DuckDB cannot run raises :class:`~migstd.errors.SettingsError`
naming the rule. The message includes DuckDB's own reason only for errors in
the rule's text (syntax, unknown column or function), because DuckDB quotes
the offending value in errors raised while reading the data.

>>> import pyarrow as pa
>>> from migstd.linkage.blocking_rules import block_on
>>> table = pa.table({"_row": [0, 1, 2], "_source": [0, 0, 0], "key": ["a", "a", "a"]})
>>> with BlockingSession(table, link=False, columns=["key"]) as session:
...     pairs = session.candidate_pairs([block_on("key")], max_comparisons=10)
>>> pairs.left.tolist(), pairs.right.tolist()
([0, 0, 1], [1, 2, 2])
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa

from migstd.errors import BlockingRuleTooBroadError, InputError, SettingsError
from migstd.linkage._equality_pairs import column_codes, equality_keys, pairs_sharing_keys
from migstd.linkage._log_text import format_count, format_rule
from migstd.linkage.blocking_rules import BlockingRule, _quote, block_on

__all__ = ["BlockingSession", "CandidatePairs", "CandidateStream", "sort_pairs"]

logger = logging.getLogger(__name__)

# Rows per batch of candidate pairs: 18 bytes a pair, so about 18 MB a batch.
DEFAULT_BATCH_SIZE = 500_000

# The sample filter keeps a pair when the low 32 bits of its hash fall under a threshold.
_HASH_RANGE = 1 << 32


@dataclass(frozen=True)
class CandidatePairs:
    """Row pairs (global row indexes) and the index of the rule that found each."""

    left: npt.NDArray[np.int64]
    right: npt.NDArray[np.int64]
    rule: npt.NDArray[np.int16]

    def __len__(self) -> int:
        return len(self.left)


def _no_pairs() -> CandidatePairs:
    empty = np.zeros(0, dtype=np.int64)
    return CandidatePairs(empty, empty, np.zeros(0, dtype=np.int16))


def _pair_order(left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]) -> npt.NDArray[np.intp]:
    """Return the permutation that sorts pairs by left row, then right row."""
    if len(left) == 0:
        return np.zeros(0, dtype=np.intp)
    # One int64 key sorts faster than np.lexsort, and it cannot overflow while rows stay below 2**31.
    width = int(right.max()) + 1
    if int(left.max()) < 1 << 31 and width <= 1 << 31:
        return np.argsort(left * width + right)
    return np.lexsort((right, left))


def sort_pairs(pairs: CandidatePairs) -> CandidatePairs:
    """Return ``pairs`` sorted by left row, then right row.

    DuckDB joins on several threads, so the order in which it returns pairs
    changes from run to run. Sort them where the order matters.
    """
    order = _pair_order(pairs.left, pairs.right)
    return CandidatePairs(pairs.left[order], pairs.right[order], pairs.rule[order])


def _concatenate(batches: Sequence[CandidatePairs]) -> CandidatePairs:
    if not batches:
        return _no_pairs()
    return CandidatePairs(
        np.concatenate([batch.left for batch in batches]),
        np.concatenate([batch.right for batch in batches]),
        np.concatenate([batch.rule for batch in batches]),
    )


class CandidateStream:
    """Batches of candidate pairs as DuckDB returns them, with a bound on their number.

    ``upper_bound`` is the sum of the rules' own counts, which the union of
    their pairs never exceeds; it lets a consumer size its arrays once.
    ``rule_count`` is the number of rules, so a consumer may keep rule
    indexes in fewer bytes.
    """

    def __init__(self, batches: Iterator[CandidatePairs], *, upper_bound: int, rule_count: int) -> None:
        self._batches = batches
        self.upper_bound = upper_bound
        self.rule_count = rule_count

    def __iter__(self) -> CandidateStream:
        return self

    def __next__(self) -> CandidatePairs:
        return next(self._batches)


# Errors in a query's text. DuckDB raises them before it reads any data, so they quote no value.
_QUERY_ERRORS = (duckdb.ParserException, duckdb.BinderException, duckdb.CatalogException)

# An error met while a result streams reaches Python as an OSError whose message
# starts with DuckDB's error type, such as "Conversion Error: ...".
_STREAM_ERROR_TYPE = re.compile(r"([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*) Error:")


def _reason(error: Exception) -> str:
    """Return DuckDB's message for an error in a query's text, or only the error's type name.

    For an error met while streaming, the type name is read from the start of the message.
    """
    if isinstance(error, OSError):
        # Only the type is kept, because the rest of the message may quote a value.
        match = _STREAM_ERROR_TYPE.match(str(error))
        if match is None:
            return type(error).__name__
        return match.group(1).replace(" ", "") + "Exception"
    if not isinstance(error, _QUERY_ERRORS):
        return type(error).__name__
    # The first paragraph states the error; the rest repeats the query with a caret.
    first_paragraph = str(error).split("\n\n")[0]
    return " ".join(first_paragraph.split())


class BlockingSession:
    """A DuckDB connection holding the prepared records of one linkage job.

    DuckDB spills large joins to a temporary directory that the session owns
    and removes on :meth:`close`. ``distinct_dictionaries`` names
    dictionary-encoded columns whose dictionaries hold each value once, so
    equality rules on them need not hash the values.
    """

    def __init__(
        self,
        table: pa.Table,
        *,
        link: bool,
        columns: Sequence[str],
        distinct_dictionaries: Collection[str] = (),
    ) -> None:
        self.link = link
        self._distinct_dictionaries = frozenset(distinct_dictionaries)
        self._spill_directory = tempfile.TemporaryDirectory(prefix="migstd-blocking-")
        # The pairs need no order, so DuckDB may return them as its threads produce them.
        self._connection = duckdb.connect(
            config={"preserve_insertion_order": False, "temp_directory": self._spill_directory.name}
        )
        keep = ["_row", "_source", *(c for c in dict.fromkeys(columns) if c in table.column_names)]
        if link:
            views = ("_source = 0", "_source = 1")
            self._pair_filter = "TRUE"
        else:
            views = ("TRUE", "TRUE")
            self._pair_filter = "l._row < r._row"
        failure = ""
        try:
            # Read in place from Arrow: a copy inside DuckDB cost 0.3 GB at a million records.
            self._records = table.select(keep)
            # Per rule: the equality keys of each row, or the codes of all its pairs.
            self._keys: dict[str, npt.NDArray[np.integer[Any]]] = {}
            # Per group of equality rules, a word of their key hashes by row (see _not_found_by).
            self._words: dict[tuple[str, ...], npt.NDArray[np.uint64]] = {}
            self._row_count = int(table.num_rows)
            sources = np.asarray(table.column("_source").to_numpy(), dtype=np.int8)
            self._sources = np.zeros(self._row_count, dtype=np.int8)
            self._sources[np.asarray(table.column("_row").to_numpy(), dtype=np.int64)] = sources
            self._connection.register("records", self._records)
            self._connection.execute(f"CREATE VIEW l_records AS SELECT * FROM records WHERE {views[0]}")
            self._connection.execute(f"CREATE VIEW r_records AS SELECT * FROM records WHERE {views[1]}")
        except duckdb.Error as error:
            failure = type(error).__name__
        if failure:
            self.close()
            raise InputError(f"cannot load the prepared records into DuckDB ({failure})")

    def close(self) -> None:
        self._connection.close()
        self._spill_directory.cleanup()

    def __enter__(self) -> BlockingSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _count(self, query: str, rule: BlockingRule, role: str) -> int:
        """Run a query that counts the pairs of ``rule``; ``role`` names the rule in errors."""
        # Errors are raised outside the handler, so that they keep no reference to DuckDB's.
        failure = ""
        try:
            # fetchall reads the result to its end, which frees the connection for the next query.
            rows = self._connection.execute(query).fetchall()
            return int(rows[0][0]) if rows else 0
        except duckdb.Error as error:
            failure = _reason(error)
        raise SettingsError(f"{role} rule {rule.sql!r} cannot be run: {failure}")

    def _stream(
        self, query: str, rule: BlockingRule, role: str, batch_size: int
    ) -> Iterator[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]]:
        """Run a query that selects the pairs of ``rule`` and yield them in batches."""
        failure = ""
        try:
            # An open reader blocks other queries on its connection, so each stream runs on its own cursor.
            with self._connection.cursor() as cursor:
                # A registered Arrow table is seen only by the connection it was registered on.
                cursor.register("records", self._records)
                with cursor.sql(query).to_arrow_reader(batch_size) as reader:
                    for batch in reader:
                        # DuckDB 2.0 calls the batch size approximate, so larger batches are split.
                        for start in range(0, batch.num_rows, batch_size):
                            part = batch.slice(start, batch_size)
                            yield (
                                np.asarray(part.column(0).to_numpy(), dtype=np.int64),
                                np.asarray(part.column(1).to_numpy(), dtype=np.int64),
                            )
            return
        except (duckdb.Error, OSError) as error:
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
    # Only the conditions of earlier rules, which merely exclude pairs, are wrapped.

    def iter_candidate_pairs(
        self, rules: Sequence[BlockingRule], max_comparisons: int, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> CandidateStream:
        """Count every rule, then return the union of their pairs, each pair once, in batches.

        The rules are counted when this method is called, so a rule that is
        too broad raises before any pair is built. A batch contains at most
        ``batch_size`` pairs of one rule, and each pair comes with the first
        rule that found it. Batches and the pairs in them come in no fixed
        order, because DuckDB joins on several threads. Use
        :func:`sort_pairs` where the order matters.
        """
        if batch_size < 1:
            raise SettingsError(f"batch_size must be at least 1, not {batch_size}")
        counts = self.check(rules, max_comparisons)
        return CandidateStream(self._union(rules, batch_size), upper_bound=sum(counts), rule_count=len(rules))

    def _union(self, rules: Sequence[BlockingRule], batch_size: int) -> Iterator[CandidatePairs]:
        self._prepare_equality_keys(rules)
        # The pairs each written-out rule gave in this union, as sorted codes. A
        # later rule need only exclude these: the others an earlier rule excludes.
        streamed: dict[str, npt.NDArray[np.int64]] = {}
        for index, rule in enumerate(rules):
            earlier = rules[:index]
            if _is_equality(rule):
                # Built in numpy: faster than DuckDB's join, and in a fixed order.
                found = pairs_sharing_keys(
                    self._equality_keys(rule), self._sources, link=self.link, batch_size=batch_size
                )
                unless = earlier
            else:
                # An earlier rule that is not an equality is excluded in SQL, where a NULL
                # makes the rule NULL, not TRUE, so COALESCE keeps the pair.
                excluded = "".join(
                    f" AND NOT COALESCE(({previous.sql}), FALSE)"
                    for previous in earlier
                    if not _is_equality(previous)
                )
                query = (
                    f"SELECT l._row AS left_row, r._row AS right_row FROM l_records l JOIN r_records r "
                    f"ON ({rule.sql}) AND {self._pair_filter}{excluded}"
                )
                found = self._stream(query, rule, "blocking", batch_size)
                unless = [previous for previous in earlier if _is_equality(previous)]
            codes: list[npt.NDArray[np.int64]] = []
            for left, right in found:
                kept = self._not_found_by(unless, left, right, streamed)
                if not kept.all():
                    left, right = left[kept], right[kept]
                if not _is_equality(rule):
                    codes.append(left * self._row_count + right)
                if len(left):
                    yield CandidatePairs(left, right, np.full(len(left), index, dtype=np.int16))
            if not _is_equality(rule):
                streamed[rule.sql] = np.sort(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.int64)

    def _not_found_by(
        self,
        rules: Sequence[BlockingRule],
        left: npt.NDArray[np.int64],
        right: npt.NDArray[np.int64],
        streamed: Mapping[str, npt.NDArray[np.int64]] | None = None,
    ) -> npt.NDArray[np.bool_]:
        """Return which pairs none of ``rules`` finds, so that each pair keeps its first rule.

        ``streamed`` may give, for a written-out rule, the sorted codes of the
        pairs it gave earlier in the same union, which then replace all its pairs.
        """
        kept = np.ones(len(left), dtype=bool)
        equalities = [rule for rule in rules if _is_equality(rule)]
        for start in range(0, len(equalities), _LANES):
            group = equalities[start : start + _LANES]
            # Only pairs that share some rule's 16-bit key hash can share its key;
            # those few are then checked against the keys themselves.
            words = self._key_words(group)
            suspects = np.flatnonzero(_some_lane_zero(words[left] ^ words[right], len(group)))
            left_suspects, right_suspects = left[suspects], right[suspects]
            for rule in group:
                keys = self._equality_keys(rule)
                left_keys = keys[left_suspects]
                kept[suspects] &= (left_keys < 0) | (left_keys != keys[right_suspects])
        for rule in rules:
            if _is_equality(rule):
                continue
            found = (
                streamed[rule.sql]
                if streamed is not None and rule.sql in streamed
                else self._pair_codes(rule)
            )
            if len(found) == 0:
                continue
            codes = left * self._row_count + right
            at = np.minimum(np.searchsorted(found, codes), len(found) - 1)
            kept &= found[at] != codes
        return kept

    def _key_words(self, rules: Sequence[BlockingRule]) -> npt.NDArray[np.uint64]:
        """Return per row one word with a 16-bit hash of each rule's key (at most four rules)."""
        name = tuple(rule.sql for rule in rules)
        if name not in self._words:
            words = np.zeros(self._row_count, dtype=np.uint64)
            for lane, rule in enumerate(rules):
                keys = self._equality_keys(rule).astype(np.uint64)
                with np.errstate(over="ignore"):
                    hashed = (keys * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(48)
                words |= hashed << np.uint64(16 * lane)
            self._words[name] = words
        return self._words[name]

    def _prepare_equality_keys(self, rules: Sequence[BlockingRule]) -> None:
        """Make the keys of all equality rules at once, numbering each column's values once."""
        numbered: dict[str, tuple[npt.NDArray[np.int64], int]] = {}

        def codes_of(column: str) -> tuple[npt.NDArray[np.int64], int]:
            if column not in numbered:
                numbered[column] = column_codes(
                    self._records.column(column), distinct=column in self._distinct_dictionaries
                )
            return numbered[column]

        for rule in rules:
            if _is_equality(rule) and rule.sql not in self._keys:
                self._keys[rule.sql] = equality_keys(self._records, rule.columns, codes_of).astype(np.int32)

    def _equality_keys(self, rule: BlockingRule) -> npt.NDArray[np.integer[Any]]:
        """Return, by row, a number that two records share exactly when they agree on the rule's columns."""
        if rule.sql not in self._keys:
            # 32 bits halve the memory read when every batch is checked against the keys.
            self._keys[rule.sql] = equality_keys(self._records, rule.columns).astype(np.int32)
        return self._keys[rule.sql]

    def _pair_codes(self, rule: BlockingRule) -> npt.NDArray[np.integer[Any]]:
        """Return every pair of a rule that is not an equality, as sorted ``left * rows + right`` codes."""
        if rule.sql not in self._keys:
            query = (
                f"SELECT l._row AS left_row, r._row AS right_row FROM l_records l JOIN r_records r "
                f"ON ({rule.sql}) AND {self._pair_filter}"
            )
            parts = [
                left * self._row_count + right
                for left, right in self._stream(query, rule, "blocking", 1 << 20)
            ]
            self._keys[rule.sql] = np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
        return self._keys[rule.sql]

    def candidate_pairs(self, rules: Sequence[BlockingRule], max_comparisons: int) -> CandidatePairs:
        """Return the union of the pairs of ``rules``, each pair once, sorted by left and right row."""
        lefts, rights, rule_indexes = [], [], []
        for batch in self.iter_candidate_pairs(rules, max_comparisons):
            lefts.append(batch.left)
            rights.append(batch.right)
            rule_indexes.append(batch.rule)
        if not lefts:
            return _no_pairs()

        # The arrays are concatenated and reordered one at a time, so at most one extra copy is in memory.
        left = np.concatenate(lefts)
        lefts.clear()
        right = np.concatenate(rights)
        rights.clear()
        rule_index = np.concatenate(rule_indexes)
        rule_indexes.clear()
        order = _pair_order(left, right)
        left = left[order]
        right = right[order]
        rule_index = rule_index[order]
        return CandidatePairs(left, right, rule_index)

    def sample_pairs(self, rule: BlockingRule, max_pairs: int, seed: int) -> CandidatePairs:
        """Return the pairs of one rule, or a reproducible sample of about ``max_pairs`` of them.

        When the rule has more than ``max_pairs`` pairs, each pair is kept when
        a hash of its two rows and ``seed`` falls under ``max_pairs`` divided by
        the rule's count. The join then streams, and the block's pairs are
        never all in memory. The sample size varies around ``max_pairs`` as a binomial count
        does. The sample is the same set on every run with the same seed and
        DuckDB version, whatever the number of threads, and is sorted by left
        and right row.
        """
        count = self.count(rule, "training")
        sample = ""
        if count > max_pairs:
            threshold = int(_HASH_RANGE * max_pairs / count)
            # DuckDB hashes the seed as a BIGINT, so any seed is first folded into 0 .. 2**63 - 1.
            seed_value = int(seed) % (1 << 63)
            sample = f" AND hash(l._row, r._row, CAST({seed_value} AS BIGINT)) % {_HASH_RANGE} < {threshold}"
        query = (
            f"SELECT l._row AS left_row, r._row AS right_row FROM l_records l "
            f"JOIN r_records r ON ({rule.sql}) AND {self._pair_filter}{sample}"
        )
        batches = [
            CandidatePairs(left, right, np.zeros(len(left), dtype=np.int16))
            for left, right in self._stream(query, rule, "training", DEFAULT_BATCH_SIZE)
        ]
        return sort_pairs(_concatenate(batches))


# Rules whose keys share one 64-bit word in _not_found_by.
_LANES = 4
_LANE_LOW_BITS = np.uint64(0x0001000100010001)
_LANE_HIGH_BITS = np.uint64(0x8000800080008000)


def _some_lane_zero(words: npt.NDArray[np.uint64], lanes: int) -> npt.NDArray[np.bool_]:
    """Return where any of the first ``lanes`` 16-bit lanes of a word is zero."""
    # Lanes past the used ones are set, so they never count as zero.
    unused = np.uint64(((1 << 64) - 1) ^ ((1 << (16 * lanes)) - 1))
    words = words | unused
    with np.errstate(over="ignore"):
        found: npt.NDArray[np.bool_] = ((words - _LANE_LOW_BITS) & ~words & _LANE_HIGH_BITS) != 0
    return found


def _is_equality(rule: BlockingRule) -> bool:
    """Return whether a rule is the equality of its columns, as :func:`block_on` writes it."""
    return bool(rule.columns) and rule.sql == block_on(*rule.columns).sql


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
