"""Tests of streamed blocking: batches of candidate pairs, their union, sorting and training samples."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pytest

from migstd.errors import BlockingRuleTooBroadError, SettingsError
from migstd.linkage._blocking import BlockingSession, CandidatePairs, sort_pairs
from migstd.linkage.blocking_rules import BlockingRule, block_on, blocking_rule

COLUMNS = ["given_name_key", "family_name_key", "birth_date_year", "personal_number"]
GIVEN_NAMES = ["nino", "levan", "beridze", "tamar", None]
FAMILY_NAMES = ["beridze", "lomidze", "nino", "kapanadze", None]
YEARS = [1971, 1985, 1990, None]

# Overlapping rules: the first two share pairs with the last two, and every column has NULLs.
RULES = [
    block_on("family_name_key", "birth_date_year"),
    blocking_rule("l.given_name_key = r.family_name_key AND l.family_name_key = r.given_name_key"),
    block_on("family_name_key"),
    block_on("birth_date_year"),
]


def equal(left: Any, right: Any) -> bool:
    """Compare two values the way SQL's = does in a join: a NULL equals nothing."""
    return left is not None and right is not None and left == right


Record = dict[str, Any]

# The rules above, evaluated in Python on a left and a right record.
RULE_PREDICATES: list[Callable[[Record, Record], bool]] = [
    lambda left, right: (
        equal(left["family_name_key"], right["family_name_key"])
        and equal(left["birth_date_year"], right["birth_date_year"])
    ),
    lambda left, right: (
        equal(left["given_name_key"], right["family_name_key"])
        and equal(left["family_name_key"], right["given_name_key"])
    ),
    lambda left, right: equal(left["family_name_key"], right["family_name_key"]),
    lambda left, right: equal(left["birth_date_year"], right["birth_date_year"]),
]


def synthetic_records(size: int, seed: int) -> list[Record]:
    rng = np.random.default_rng(seed)
    return [
        {
            "given_name_key": GIVEN_NAMES[rng.integers(len(GIVEN_NAMES))],
            "family_name_key": FAMILY_NAMES[rng.integers(len(FAMILY_NAMES))],
            "birth_date_year": YEARS[rng.integers(len(YEARS))],
            "personal_number": f"{rng.integers(10**10, 10**11)}",
        }
        for _ in range(size)
    ]


def prepared_table(records: list[Record], sources: list[int] | None = None) -> pa.Table:
    """Build the table BlockingSession reads: global row index, input number and the rule columns."""
    table = pa.Table.from_pylist(records)
    table = table.append_column("_row", pa.array(range(len(records)), pa.int64()))
    return table.append_column("_source", pa.array(sources or [0] * len(records), pa.int64()))


def open_session(records: list[Record], sources: list[int] | None = None) -> BlockingSession:
    return BlockingSession(prepared_table(records, sources), link=sources is not None, columns=COLUMNS)


def brute_force_union(records: list[Record], pairs: Iterator[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Test every pair against every rule in Python, keeping each pair with the first rule it matches."""
    union = {}
    for left, right in pairs:
        for index, predicate in enumerate(RULE_PREDICATES):
            if predicate(records[left], records[right]):
                union[(left, right)] = index
                break
    return union


def streamed_union(batches: Iterator[CandidatePairs]) -> list[tuple[int, int, int]]:
    return [
        (left, right, rule)
        for batch in batches
        for left, right, rule in zip(
            batch.left.tolist(), batch.right.tolist(), batch.rule.tolist(), strict=True
        )
    ]


def test_union_matches_brute_force_in_dedupe() -> None:
    records = synthetic_records(150, seed=1)

    with open_session(records) as session:
        found = streamed_union(session.iter_candidate_pairs(RULES, max_comparisons=100_000))

    expected = brute_force_union(records, itertools.combinations(range(len(records)), 2))
    assert len(found) == len({(left, right) for left, right, _ in found})
    assert {(left, right): rule for left, right, rule in found} == expected
    assert set(expected.values()) == {0, 1, 2, 3}


def test_union_matches_brute_force_in_link() -> None:
    records = synthetic_records(160, seed=2)
    sources = [0] * 70 + [1] * 90

    with open_session(records, sources) as session:
        found = streamed_union(session.iter_candidate_pairs(RULES, max_comparisons=100_000))

    expected = brute_force_union(records, itertools.product(range(70), range(70, 160)))
    assert len(found) == len({(left, right) for left, right, _ in found})
    assert {(left, right): rule for left, right, rule in found} == expected
    assert set(expected.values()) == {0, 1, 2, 3}


@pytest.mark.parametrize(
    "earlier",
    [block_on("family_name_key"), block_on("family_name_key", "birth_date_year")],
    ids=["missing-key", "missing-key-in-composite"],
)
def test_null_in_earlier_rule_keeps_pair(earlier: BlockingRule) -> None:
    # The earlier rule evaluates to NULL, not FALSE, on both pairs, because a family name is missing.
    records: list[Record] = [
        {"family_name_key": None, "birth_date_year": 1990},
        {"family_name_key": None, "birth_date_year": 1990},
        {"family_name_key": "beridze", "birth_date_year": 1990},
    ]
    later = block_on("birth_date_year")

    with open_session(records) as session:
        found = streamed_union(session.iter_candidate_pairs([earlier, later], max_comparisons=100))

    assert sorted(found) == [(0, 1, 1), (0, 2, 1), (1, 2, 1)]


def test_pair_keeps_first_rule_that_found_it() -> None:
    records: list[Record] = [
        {"family_name_key": "beridze", "birth_date_year": 1990},
        {"family_name_key": "beridze", "birth_date_year": 1990},
    ]
    family, year = block_on("family_name_key"), block_on("birth_date_year")

    with open_session(records) as session:
        family_first = streamed_union(session.iter_candidate_pairs([family, year], max_comparisons=10))
        year_first = streamed_union(session.iter_candidate_pairs([year, family], max_comparisons=10))

    assert family_first == [(0, 1, 0)]
    assert year_first == [(0, 1, 0)]


@pytest.mark.parametrize("batch_size", [1, 7, 1000])
def test_batches_never_exceed_batch_size(batch_size: int) -> None:
    records = synthetic_records(150, seed=3)

    with open_session(records) as session:
        batches = list(session.iter_candidate_pairs(RULES, max_comparisons=100_000, batch_size=batch_size))
        total = len(session.candidate_pairs(RULES, max_comparisons=100_000))

    assert max(len(batch) for batch in batches) <= batch_size
    assert sum(len(batch) for batch in batches) == total
    assert all(len(set(batch.rule.tolist())) == 1 for batch in batches)


def test_batch_size_below_one_raises() -> None:
    with (
        open_session(synthetic_records(5, seed=4)) as session,
        pytest.raises(SettingsError, match="batch_size"),
    ):
        session.iter_candidate_pairs(RULES, max_comparisons=100, batch_size=0)


def test_broad_rule_raises_before_iteration() -> None:
    records = synthetic_records(150, seed=5)

    with open_session(records) as session, pytest.raises(BlockingRuleTooBroadError) as raised:
        session.iter_candidate_pairs(RULES, max_comparisons=10)

    assert raised.value.rule == RULES[0].sql


def test_candidate_pairs_sorted_and_complete() -> None:
    records = synthetic_records(150, seed=6)

    with open_session(records) as session:
        pairs = session.candidate_pairs(RULES, max_comparisons=100_000)
        streamed = streamed_union(session.iter_candidate_pairs(RULES, max_comparisons=100_000))

    found = list(zip(pairs.left.tolist(), pairs.right.tolist(), pairs.rule.tolist(), strict=True))
    assert found == sorted(streamed)
    assert pairs.left.dtype == np.int64
    assert pairs.rule.dtype == np.int16


def test_candidate_pairs_without_rules_is_empty() -> None:
    with open_session(synthetic_records(5, seed=7)) as session:
        pairs = session.candidate_pairs([], max_comparisons=100)

    assert len(pairs) == 0
    assert pairs.left.dtype == np.int64


def test_sort_pairs_orders_by_left_then_right() -> None:
    pairs = CandidatePairs(
        np.array([3, 1, 3, 0, 1], dtype=np.int64),
        np.array([4, 9, 2, 5, 2], dtype=np.int64),
        np.array([0, 1, 2, 3, 4], dtype=np.int16),
    )

    ordered = sort_pairs(pairs)

    assert ordered.left.tolist() == [0, 1, 1, 3, 3]
    assert ordered.right.tolist() == [5, 2, 9, 2, 4]
    assert ordered.rule.tolist() == [3, 4, 1, 2, 0]


# A block large enough that DuckDB splits the join across threads: 240,000
# records, 10 to a key, give 1,080,000 pairs in the block.
BLOCK_RECORDS = 240_000
BLOCK_PAIRS = 24_000 * 45
SAMPLE_SIZE = 20_000
KEY_RULE = block_on("key")


@pytest.fixture(scope="module")
def block_table() -> pa.Table:
    rows = np.arange(BLOCK_RECORDS, dtype=np.int64)
    return pa.table({"_row": rows, "_source": np.zeros(BLOCK_RECORDS, dtype=np.int64), "key": rows % 24_000})


def sample(table: pa.Table, max_pairs: int, seed: int, *, link: bool = False) -> CandidatePairs:
    with BlockingSession(table, link=link, columns=["key"]) as session:
        return session.sample_pairs(KEY_RULE, max_pairs, seed)


def pair_list(pairs: CandidatePairs) -> list[tuple[int, int]]:
    return list(zip(pairs.left.tolist(), pairs.right.tolist(), strict=True))


def test_sample_same_across_sessions(block_table: pa.Table) -> None:
    first = sample(block_table, SAMPLE_SIZE, seed=11)
    second = sample(block_table, SAMPLE_SIZE, seed=11)
    other_seed = sample(block_table, SAMPLE_SIZE, seed=12)

    assert pair_list(first) == pair_list(second)
    assert pair_list(first) != pair_list(other_seed)


@pytest.mark.parametrize("threads", [1, 2])
def test_sample_same_with_any_thread_count(
    block_table: pa.Table, threads: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = pair_list(sample(block_table, SAMPLE_SIZE, seed=11))
    connect = duckdb.connect
    configs: list[Record] = []

    def connect_with_threads(
        database: str = ":memory:", read_only: bool = False, config: Record | None = None
    ) -> duckdb.DuckDBPyConnection:
        configs.append({**(config or {}), "threads": threads})
        return connect(database, read_only, configs[-1])

    monkeypatch.setattr(duckdb, "connect", connect_with_threads)
    pinned = pair_list(sample(block_table, SAMPLE_SIZE, seed=11))

    assert configs
    assert pinned == default


def test_sample_size_near_max_pairs(block_table: pa.Table) -> None:
    pairs = sample(block_table, SAMPLE_SIZE, seed=13)

    # The size is binomial. By the normal approximation, a correct sample falls outside five
    # standard deviations in fewer than one run in a million.
    spread = 5 * math.sqrt(SAMPLE_SIZE * (1 - SAMPLE_SIZE / BLOCK_PAIRS))
    assert abs(len(pairs) - SAMPLE_SIZE) < spread
    assert pair_list(pairs) == sorted(pair_list(pairs))


def test_sample_is_subset_of_block(block_table: pa.Table) -> None:
    pairs = sample(block_table, SAMPLE_SIZE, seed=14)

    keys = block_table.column("key").to_numpy()
    assert (keys[pairs.left] == keys[pairs.right]).all()
    assert (pairs.left < pairs.right).all()
    assert len(set(pair_list(pairs))) == len(pairs)
    assert (pairs.rule == 0).all()


def test_sample_keeps_whole_small_block() -> None:
    records = synthetic_records(150, seed=15)
    family = block_on("family_name_key")

    with open_session(records) as session:
        count = session.count(family)
        pairs = session.sample_pairs(family, max_pairs=count, seed=1)

    expected = [
        (left, right)
        for left, right in itertools.combinations(range(len(records)), 2)
        if equal(records[left]["family_name_key"], records[right]["family_name_key"])
    ]
    assert pair_list(pairs) == expected


def test_sample_in_link_pairs_across_inputs(block_table: pa.Table) -> None:
    sources = (block_table.column("_row").to_numpy() >= BLOCK_RECORDS // 2).astype(np.int64)
    table = block_table.set_column(1, "_source", pa.array(sources))

    pairs = sample(table, 5_000, seed=16, link=True)

    assert len(pairs) > 0
    assert (sources[pairs.left] == 0).all()
    assert (sources[pairs.right] == 1).all()
    assert pair_list(pairs) == pair_list(sample(table, 5_000, seed=16, link=True))


# A personal number that no error message may repeat.
HIDDEN_NUMBER = "01X23456789"


def records_with_hidden_number() -> list[Record]:
    records = synthetic_records(20, seed=17)
    for record in records:
        record["personal_number"] = "01001012345"
    records[-1]["personal_number"] = HIDDEN_NUMBER
    return records


def test_rule_text_error_names_rule() -> None:
    rule = blocking_rule("no_such_function(l.family_name_key) = r.family_name_key")

    with open_session(synthetic_records(20, seed=18)) as session, pytest.raises(SettingsError) as raised:
        session.iter_candidate_pairs([rule], max_comparisons=1000)

    assert rule.sql in str(raised.value)
    assert "no_such_function" in str(raised.value)


@pytest.mark.parametrize("role", ["blocking", "training"])
def test_data_error_hides_value(role: str) -> None:
    rule = blocking_rule("CAST(l.personal_number AS BIGINT) = CAST(r.personal_number AS BIGINT)")

    with open_session(records_with_hidden_number()) as session, pytest.raises(SettingsError) as raised:
        if role == "blocking":
            session.iter_candidate_pairs([rule], max_comparisons=1000)
        else:
            session.sample_pairs(rule, max_pairs=10, seed=1)

    message = str(raised.value)
    assert message.startswith(f"{role} rule {rule.sql!r} cannot be run")
    assert "ConversionException" in message
    assert HIDDEN_NUMBER not in message
    assert HIDDEN_NUMBER not in repr(raised.value)


class FailingStreamConnection:
    """A DuckDB connection whose streamed results raise after one batch, as DuckDB does when a cast fails.

    DuckDB counts a rule before streaming its pairs, so a real rule fails while
    streaming only when a resource runs out. This class simulates that failure.
    """

    def __init__(self, inner: duckdb.DuckDBPyConnection) -> None:
        self._inner = inner

    def cursor(self) -> FailingStreamConnection:
        return FailingStreamConnection(self._inner.cursor())

    def sql(self, query: str) -> FailingStreamConnection:
        self._query = query
        return self

    def to_arrow_reader(self, batch_size: int) -> pa.RecordBatchReader:
        reader = self._inner.sql(self._query).to_arrow_reader(batch_size)

        def first_batch_then_error() -> Iterator[pa.RecordBatch]:
            yield reader.read_next_batch()
            reader.close()
            raise OSError(f"Conversion Error: Could not convert string '{HIDDEN_NUMBER}' to INT64")

        return pa.RecordBatchReader.from_batches(reader.schema, first_batch_then_error())

    def __enter__(self) -> FailingStreamConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_stream_error_hides_value(monkeypatch: pytest.MonkeyPatch) -> None:
    connect = duckdb.connect
    monkeypatch.setattr(duckdb, "connect", lambda *a, **k: FailingStreamConnection(connect(*a, **k)))
    # Written out rather than with block_on, so DuckDB and not numpy builds its pairs.
    family = blocking_rule("l.family_name_key = r.family_name_key")

    with open_session(synthetic_records(150, seed=19)) as session:
        batches = session.iter_candidate_pairs([family], max_comparisons=100_000, batch_size=5)
        first = next(batches)
        with pytest.raises(SettingsError) as raised:
            next(batches)

    assert len(first) == 5
    message = str(raised.value)
    assert message == f"blocking rule {family.sql!r} cannot be run: ConversionException"
    assert HIDDEN_NUMBER not in message


@pytest.mark.parametrize("link", [False, True])
def test_union_of_many_equality_rules_matches_brute_force(link: bool) -> None:
    # Six equality rules: earlier rules are excluded in groups of four, by hashed keys.
    columns = [
        ("given_name_key", "family_name_key"),
        ("birth_date_year", "given_name_key"),
        ("family_name_key", "birth_date_year"),
        ("given_name_key",),
        ("family_name_key",),
        ("birth_date_year",),
    ]
    rules = [block_on(*names) for names in columns]
    records = synthetic_records(160, seed=5)
    sources = [0] * 70 + [1] * 90 if link else None
    candidates = (
        itertools.product(range(70), range(70, 160)) if link else itertools.combinations(range(160), 2)
    )

    with open_session(records, sources) as session:
        found = streamed_union(session.iter_candidate_pairs(rules, max_comparisons=100_000))

    expected = {}
    for left, right in candidates:
        for index, names in enumerate(columns):
            if all(equal(records[left][name], records[right][name]) for name in names):
                expected[(left, right)] = index
                break
    assert len(found) == len({(left, right) for left, right, _ in found})
    assert {(left, right): rule for left, right, rule in found} == expected
    assert set(expected.values()) == set(range(6))


def test_union_two_written_out_rules() -> None:
    # Each written-out rule's pairs are excluded from later rules by the pairs it gave.
    rules = [
        blocking_rule("l.given_name_key = r.family_name_key AND l.family_name_key = r.given_name_key"),
        block_on("family_name_key", "birth_date_year"),
        blocking_rule("l.birth_date_year = r.birth_date_year AND l.given_name_key = r.given_name_key"),
        block_on("birth_date_year"),
    ]
    predicates: list[Callable[[Record, Record], bool]] = [
        RULE_PREDICATES[1],
        RULE_PREDICATES[0],
        lambda left, right: (
            equal(left["birth_date_year"], right["birth_date_year"])
            and equal(left["given_name_key"], right["given_name_key"])
        ),
        RULE_PREDICATES[3],
    ]
    records = synthetic_records(150, seed=9)

    with open_session(records) as session:
        found = streamed_union(session.iter_candidate_pairs(rules, max_comparisons=100_000))

    expected = {}
    for left, right in itertools.combinations(range(len(records)), 2):
        for index, predicate in enumerate(predicates):
            if predicate(records[left], records[right]):
                expected[(left, right)] = index
                break
    assert len(found) == len({(left, right) for left, right, _ in found})
    assert {(left, right): rule for left, right, rule in found} == expected
    assert set(expected.values()) == {0, 1, 2, 3}
