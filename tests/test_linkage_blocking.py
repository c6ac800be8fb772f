"""Tests of blocking: unions of rules, the rule recorded per pair, broad rules and SQL rules."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from migstd.errors import BlockingRuleTooBroadError, SettingsError
from migstd.linkage import (
    ExactMatch,
    LinkageResult,
    NameComparison,
    Settings,
    block_on,
    blocking_rule,
    dedupe,
    link,
)

# Rows 0 and 1 share both names, 2 shares only the given name with them,
# 3 only the family name, and 4 shares nothing.
RECORDS: list[dict[str, Any]] = [
    {"given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14"},
    {"given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "1990-03-14"},
    {"given_name": "Nino", "family_name": "Lomidze", "birth_date": "1971-11-30"},
    {"given_name": "LEVAN", "family_name": "BERIDZE", "birth_date": "1985-07-02"},
    {"given_name": "TAMAR", "family_name": "TSIKLAURI", "birth_date": "1979-01-30"},
]
NAME_COMPARISONS = [NameComparison("given_name"), NameComparison("family_name")]
FAMILY_RULE = block_on("family_name_key")
GIVEN_RULE = block_on("given_name_key")


def blocked(result: LinkageResult) -> dict[tuple[int, int], str]:
    return {(row["row_l"], row["row_r"]): row["blocking_rule"] for row in result.pairs.to_pylist()}


def run_dedupe(records: list[dict[str, Any]], rules: list[Any], **options: Any) -> LinkageResult:
    settings = Settings(
        comparisons=NAME_COMPARISONS,
        blocking_rules=rules,
        training_rules=[block_on("birth_date")],
        probability_two_random_records_match=0.1,
        **options,
    )
    return dedupe(records, settings)


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_rules_are_unioned_without_duplicates() -> None:
    result = run_dedupe(RECORDS, [FAMILY_RULE, GIVEN_RULE])

    pairs = [(row["row_l"], row["row_r"]) for row in result.pairs.to_pylist()]

    assert sorted(pairs) == [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3)]
    assert len(pairs) == len(set(pairs))
    assert result.counts["candidate_pairs"] == 5


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_pair_records_first_rule_that_found_it() -> None:
    family_first = blocked(run_dedupe(RECORDS, [FAMILY_RULE, GIVEN_RULE]))
    given_first = blocked(run_dedupe(RECORDS, [GIVEN_RULE, FAMILY_RULE]))

    assert family_first[(0, 1)] == FAMILY_RULE.sql
    assert family_first[(0, 2)] == GIVEN_RULE.sql
    assert family_first[(0, 3)] == FAMILY_RULE.sql
    assert given_first[(0, 1)] == GIVEN_RULE.sql
    assert given_first[(0, 3)] == FAMILY_RULE.sql


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_link_pairs_only_across_inputs() -> None:
    settings = Settings(
        comparisons=NAME_COMPARISONS,
        blocking_rules=[FAMILY_RULE, GIVEN_RULE],
        training_rules=[block_on("birth_date")],
        probability_two_random_records_match=0.1,
    )

    result = link(RECORDS[:2], RECORDS[1:], settings)

    assert blocked(result) == {
        (0, 0): FAMILY_RULE.sql,
        (0, 1): GIVEN_RULE.sql,
        (0, 2): FAMILY_RULE.sql,
        (1, 0): FAMILY_RULE.sql,
        (1, 1): GIVEN_RULE.sql,
        (1, 2): FAMILY_RULE.sql,
    }


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_missing_values_do_not_block() -> None:
    records = [dict(record) for record in RECORDS]
    records[3]["family_name"] = None
    records[4]["family_name"] = ""

    pairs = blocked(run_dedupe(records, [FAMILY_RULE]))

    assert list(pairs) == [(0, 1)]


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_sql_string_rules() -> None:
    swapped = "l.given_name_key = r.family_name_key AND l.family_name_key = r.given_name_key"
    prefix = "substr(l.family_name_key, 1, 3) = substr(r.family_name_key, 1, 3)"
    records = [
        {"given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14"},
        {"given_name": "ბერიძე", "family_name": "ნინო", "birth_date": "1990-03-14"},
        {"given_name": "LEVAN", "family_name": "BERISHVILI", "birth_date": "1985-07-02"},
    ]

    pairs = blocked(run_dedupe(records, [swapped, prefix]))

    assert pairs == {(0, 1): swapped, (0, 2): prefix}


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_default_rules_find_swapped_names() -> None:
    left = [{"given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "1990-03-14"}]
    right = [
        {"given_name": "BERIDZE", "family_name": "NINO", "birth_date": "1991-01-01"},
        {"given_name": "LEVAN", "family_name": "LOMIDZE", "birth_date": "1971-11-30"},
    ]

    pairs = blocked(link(left, right, Settings(probability_two_random_records_match=0.1)))

    assert list(pairs) == [(0, 0)]
    assert "l.given_name_key = r.family_name_key" in pairs[(0, 0)]


def test_blocking_rule_reads_columns_of_sql() -> None:
    rule = blocking_rule('l."Date of Birth" = r."Date of Birth" AND l.sex = r.sex')

    assert rule.columns == ("Date of Birth", "sex")
    assert blocking_rule(rule) is rule


@pytest.mark.parametrize("rule", ["", "   ", "1 = 1"])
def test_rule_without_columns_raises(rule: str) -> None:
    with pytest.raises(SettingsError, match="blocking rule"):
        Settings(blocking_rules=[rule])


def test_block_on_needs_columns() -> None:
    with pytest.raises(SettingsError, match="at least one column"):
        block_on()


@pytest.mark.parametrize(
    ("rule", "column"),
    [("l.surname = r.surname", "surname"), (block_on("nickname_key"), "nickname_key")],
)
def test_unknown_rule_column_raises(rule: Any, column: str) -> None:
    with pytest.raises(SettingsError, match=f"column '{column}' is not in the input"):
        run_dedupe(RECORDS, [rule])


class RecordingConnection:
    """A DuckDB connection that keeps the text of every query it runs."""

    def __init__(self, inner: duckdb.DuckDBPyConnection, queries: list[str]) -> None:
        self._inner = inner
        self._queries = queries

    def execute(self, query: str, *args: Any) -> Any:
        self._queries.append(query)
        return self._inner.execute(query, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


SYLLABLES = ["NI", "TA", "LE", "GO", "MA", "ZU", "DA", "KE", "SA", "RO"]
# 2,000 women of Georgia with 100 given names, 20 records to a name.
BROAD_RECORDS = [
    {"given_name": SYLLABLES[index % 10] + SYLLABLES[index // 10 % 10], "sex": "F", "citizenship": "GEO"}
    for index in range(2000)
]
BROAD_SETTINGS = Settings(
    comparisons=[ExactMatch("sex")],
    blocking_rules=[block_on("sex", "citizenship")],
    max_comparisons=100_000,
)


def test_broad_rule_raises_before_building_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    queries: list[str] = []
    connect = duckdb.connect
    monkeypatch.setattr(duckdb, "connect", lambda *a, **k: RecordingConnection(connect(*a, **k), queries))

    with pytest.raises(BlockingRuleTooBroadError) as raised:
        dedupe(BROAD_RECORDS, BROAD_SETTINGS)

    error = raised.value
    assert error.comparisons == 1_999_000
    assert error.limit == 100_000
    assert error.rule == block_on("sex", "citizenship").sql
    assert error.rule in str(error)
    assert "max_comparisons" in str(error)
    assert queries, "the rule was not counted in DuckDB"
    assert not [query for query in queries if "JOIN" in query.upper()]


def test_broad_sql_string_rule_counts_the_same() -> None:
    settings = BROAD_SETTINGS.with_options(blocking_rules=["l.sex = r.sex AND l.citizenship = r.citizenship"])

    with pytest.raises(BlockingRuleTooBroadError) as raised:
        dedupe(BROAD_RECORDS, settings)

    assert raised.value.comparisons == 1_999_000


def test_broad_rule_in_link_counts_cross_pairs() -> None:
    with pytest.raises(BlockingRuleTooBroadError) as raised:
        link(BROAD_RECORDS[:400], BROAD_RECORDS[400:700], BROAD_SETTINGS)

    assert raised.value.comparisons == 400 * 300


def test_second_rule_too_broad_is_named() -> None:
    settings = BROAD_SETTINGS.with_options(blocking_rules=[block_on("given_name_key"), block_on("sex")])

    with pytest.raises(BlockingRuleTooBroadError) as raised:
        dedupe(BROAD_RECORDS, settings)

    assert raised.value.rule == block_on("sex").sql
