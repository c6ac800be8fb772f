"""Tests of the pair scorer: its ways of grading agree, batches equal one pass, screens lose nothing."""

from __future__ import annotations

import dataclasses
import pickle
import random
from collections.abc import Generator
from typing import Any, cast

import numpy as np
import pyarrow as pa
import pytest
from numpy.dtypes import StringDType

import migstd.linkage._compare as compare
import migstd.linkage._prepare as prepare_module
from migstd.errors import SettingsError
from migstd.linkage import Settings, block_on, dedupe
from migstd.linkage._blocking import CandidatePairs
from migstd.linkage._compare import PairScorer, gamma_matrix
from migstd.linkage._comparisons_codes import affix_hashes
from migstd.linkage._prepare import _encode, _encode_identifiers, _prepare_identifier, prepare
from migstd.linkage._scoring import _prefetched
from migstd.linkage.comparisons import (
    CountryComparison,
    DateComparison,
    IdentifierComparison,
    NameComparison,
    PhoneComparison,
)

GIVEN = [
    "ნინო",
    "NINO",
    "Nina",
    "გიორგი",
    "GIORGI",
    "Georgi",
    "Гиорги",
    "თამარ",
    "TAMAR",
    "N.",
    "Levan",
    None,
]
FAMILY = ["ბერიძე", "BERIDZE", "Beridze-Kapanadze", "KAPANADZE", "Kapanadse", "TSIKLAURI", "Ciklauri", None]
DATES = ["1985-03-12", "1985-12-03", "1985-03-13", "1985-03", "1985", "1986-03-12", None]
NUMBERS = ["01024059317", "01024059318", "01024095317", "0102405931", "12AB34567", "12AB34576", "XX", None]
PHONES = ["+995577316209", "577 31 62 09", "+995599316209", "032 2 47 18 60", None]
COUNTRIES = ["GEO", "SUN", "RUS", "Georgia", None]


def synthetic_records(count: int, seed: int) -> pa.Table:
    rng = random.Random(seed)
    columns: dict[str, list[Any]] = {
        "given_name": [rng.choice(GIVEN) for _ in range(count)],
        "family_name": [rng.choice(FAMILY) for _ in range(count)],
        "birth_date": [rng.choice(DATES) for _ in range(count)],
        "document_number": [rng.choice(NUMBERS) for _ in range(count)],
        "phone": [rng.choice(PHONES) for _ in range(count)],
        "citizenship": [rng.choice(COUNTRIES) for _ in range(count)],
    }
    return pa.table({name: pa.array(values, pa.string()) for name, values in columns.items()})


COMPARISONS = [
    NameComparison("given_name"),
    NameComparison("family_name"),
    DateComparison("birth_date"),
    IdentifierComparison("document_number"),
    PhoneComparison("phone"),
    CountryComparison("citizenship"),
]


@pytest.fixture(scope="module")
def prepared() -> Any:
    table = synthetic_records(300, seed=7)
    settings = Settings(comparisons=COMPARISONS, blocking_rules=[block_on("birth_date")])
    return prepare([table], settings, COMPARISONS, [], ["input"])


def all_pairs(size: int) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    left, right = np.triu_indices(size, k=1)
    return left.astype(np.int64), right.astype(np.int64)


def brute_force(prepared: Any, left: Any, right: Any) -> np.ndarray[Any, Any]:
    """Grade every pair with the comparisons themselves, one value pair at a time."""
    gammas = np.full((len(left), len(COMPARISONS)), -1, dtype=np.int8)
    for index, comparison in enumerate(COMPARISONS):
        column = prepared.encoded[comparison.column]
        for pair, (a, b) in enumerate(zip(column.codes[left], column.codes[right], strict=True)):
            if a < 0 or b < 0:
                continue
            one = {name: values[[a]] for name, values in column.values.items()}
            other = {name: values[[b]] for name, values in column.values.items()}
            gammas[pair, index] = comparison.levels(one, other)[0]
    return gammas


def test_scorer_equals_grading_each_pair_alone(prepared: Any) -> None:
    left, right = all_pairs(120)

    expected = brute_force(prepared, left, right)

    assert np.array_equal(gamma_matrix(COMPARISONS, prepared, left, right), expected)


def test_compact_text_values_grade_as_python_strings(prepared: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # Large columns keep their text in numpy's variable-width strings; force that on small ones.
    left, right = all_pairs(300)
    expected = gamma_matrix(COMPARISONS, prepared, left, right)
    monkeypatch.setattr(prepare_module, "COMPACT_TEXT_VALUES", 0)
    table = synthetic_records(300, seed=7)
    settings = Settings(comparisons=COMPARISONS, blocking_rules=[block_on("birth_date")])
    compact = prepare([table], settings, COMPARISONS, [], ["input"])

    assert isinstance(compact.encoded["document_number"].values["value"].dtype, StringDType)
    assert np.array_equal(gamma_matrix(COMPARISONS, compact, left, right), expected)
    # Via the level tables' counterpart too: grouped distinct pairs.
    monkeypatch.setattr(compare, "DENSE_TABLE_CELLS", 0)
    assert np.array_equal(gamma_matrix(COMPARISONS, compact, left, right), expected)


def test_grouped_grading_equals_level_tables(prepared: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    left, right = all_pairs(300)
    with_tables = gamma_matrix(COMPARISONS, prepared, left, right)

    # No column fits a table now, so every comparison groups distinct value pairs or grades pair by pair.
    monkeypatch.setattr(compare, "DENSE_TABLE_CELLS", 0)
    grouped = gamma_matrix(COMPARISONS, prepared, left, right)

    assert np.array_equal(grouped, with_tables)
    assert len(np.unique(with_tables[:, 0])) >= 4


def test_batches_equal_one_pass(prepared: Any) -> None:
    left, right = all_pairs(300)
    one_pass = gamma_matrix(COMPARISONS, prepared, left, right, swap=(0, 1))
    scorer = PairScorer(COMPARISONS, prepared, swap=(0, 1))

    parts = [scorer.gammas(left[part], right[part]) for part in np.array_split(np.arange(len(left)), 7)]

    assert np.array_equal(np.concatenate(parts), one_pass)


def test_identifier_screen_keeps_every_close_pair() -> None:
    rng = random.Random(11)
    alphabet = "0123456789AB"
    # Mostly short numbers, and some around the longest length the screen hashes (40).
    lengths = [rng.randint(1, 13) if rng.random() < 0.9 else rng.randint(38, 43) for _ in range(500)]
    values = ["".join(rng.choice(alphabet) for _ in range(length)) for length in lengths]
    for value in list(values):
        # One edit or one transposition of each value, at a random place.
        at = rng.randrange(len(value))
        values.append(value[:at] + rng.choice(alphabet) + value[at:])
        values.append(value[:at] + value[at + 1 :])
        values.append(value[:at] + value[at + 2 : at + 3] + value[at : at + 1] + value[at + 3 :])
    distinct = np.array(sorted(set(values) - {""}), dtype=object)
    comparison = IdentifierComparison("document_number")
    features = affix_hashes(distinct)
    codes = np.arange(len(distinct), dtype=np.int32)
    left, right = (grid.ravel() for grid in np.meshgrid(codes, codes))

    levels = comparison.levels({"value": distinct[left]}, {"value": distinct[right]})
    kept = comparison.may_agree(features, features, left, right)

    close = levels < len(comparison.level_names) - 1
    assert close.sum() > 1000
    assert not (close & ~kept).any()
    assert kept.mean() < 0.3


def test_pairs_table_lazy_and_ordered() -> None:
    table = synthetic_records(200, seed=3)
    settings = Settings(comparisons=COMPARISONS, blocking_rules=[block_on("birth_date"), block_on("phone")])

    result = dedupe(table, settings)

    assert result.pairs._table is None
    assert len(result.pairs) == result.counts["candidate_pairs"]
    assert "given_name_level" in result.pairs.column_names
    rows = result.pairs.to_arrow().select(["row_l", "row_r"]).to_pylist()
    assert rows == sorted(rows, key=lambda row: (row["row_l"], row["row_r"]))
    assert len({(row["row_l"], row["row_r"]) for row in rows}) == len(rows)


def test_threaded_slices_equal_one_slice(prepared: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    left, right = all_pairs(300)
    one_slice = PairScorer(COMPARISONS, prepared, swap=(0, 1)).gammas(left, right)

    monkeypatch.setattr(compare, "SCORER_SLICE_PAIRS", 997)
    sliced = PairScorer(COMPARISONS, prepared, swap=(0, 1)).gammas(left, right)

    assert np.array_equal(sliced, one_slice)


def batches_then(error: Exception | None, count: int) -> Any:
    for index in range(count):
        yield CandidatePairs(np.array([index]), np.array([index + 1]), np.zeros(1, dtype=np.int16))
    if error is not None:
        raise error


def test_reading_ahead_order_and_errors() -> None:
    read = [int(batch.left[0]) for batch in _prefetched(batches_then(None, 50))]
    assert read == list(range(50))

    with pytest.raises(SettingsError, match="cannot be run"):
        list(_prefetched(batches_then(SettingsError("blocking rule 'x' cannot be run"), 5)))


def test_reading_ahead_stops_when_the_consumer_stops() -> None:
    batches = cast(Generator[CandidatePairs, None, None], _prefetched(batches_then(None, 10_000)))

    first = next(batches)
    batches.close()

    assert int(first.left[0]) == 0


def test_identifiers_prepared_in_arrow_equal_one_by_one() -> None:
    rng = random.Random(4)
    pieces = ["12", "AB", "ab", " ", "-", "/", "٣", "Ⅻ", "ß", "０", "X", "0", "ნ", "\u00a0", "."]
    values: list[str | None] = [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(3000)
    ]
    values += ["00000000000", "XXXXXX", "12 345-678", "12345678", None]
    column = pa.array(values, pa.string())

    arrow = _encode_identifiers(column)
    one_by_one = _encode(column, _prepare_identifier)

    assert np.array_equal(arrow[2], one_by_one[2])
    arrow_values = [None if code < 0 else arrow[1]["value"][code] for code in arrow[0]]
    single_values = [None if code < 0 else one_by_one[1]["value"][code] for code in one_by_one[0]]
    assert arrow_values == single_values


def test_matches_are_built_without_the_pairs_table() -> None:
    table = synthetic_records(200, seed=3)
    settings = Settings(comparisons=COMPARISONS, blocking_rules=[block_on("birth_date"), block_on("phone")])
    result = dedupe(table, settings)

    matches = result.matches.to_pylist()

    assert not result.pairs.built
    everything = result.pairs.to_arrow()
    assert matches == everything.filter(everything.column("is_match")).to_pylist()
    assert len(matches) == result.counts["matches"]


def test_explanations_need_no_pairs_table() -> None:
    table = synthetic_records(200, seed=3).append_column("id", pa.array([f"R{i}" for i in range(200)]))
    settings = Settings(
        comparisons=COMPARISONS, blocking_rules=[block_on("birth_date"), block_on("phone")], unique_id="id"
    )
    result = dedupe(table, settings)
    first = result.matches.to_pylist()[0]

    explained = result.explain(first["unique_id_r"], first["unique_id_l"])
    waterfalls = result.explain_matches()

    assert not result.pairs.built
    from_table = dataclasses.replace(result, _levels_of=None, _unique_ids=None)
    assert str(from_table.explain(first["unique_id_l"], first["unique_id_r"])) == str(explained)
    assert waterfalls.to_pylist() == from_table.explain_matches().to_pylist()


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_short_numbers_in_a_large_column_are_graded() -> None:
    rows = [
        {
            "id": str(i),
            "given_name": "Nino",
            "birth_date": f"{1950 + i % 50}-01-01",
            "document_number": f"{i:04d}",
        }
        for i in range(5000)
    ]
    settings = Settings(unique_id="id", blocking_rules=[block_on("birth_date")])

    result = dedupe(rows, settings)

    assert result.counts["candidate_pairs"] > 0
    assert "document_number_level" in result.pairs.column_names


def test_results_can_be_pickled() -> None:
    table = synthetic_records(200, seed=3)
    result = dedupe(table, Settings(comparisons=COMPARISONS, blocking_rules=[block_on("birth_date")]))

    copy = pickle.loads(pickle.dumps(result))

    assert copy.pairs.to_arrow().equals(result.pairs.to_arrow())
    assert copy.matches.to_pylist() == result.matches.to_pylist()


@pytest.mark.parametrize(
    ("left", "right", "level"),
    [
        ("AB1234567", "АВ1234567", "exact"),  # the second typed on a Cyrillic keyboard
        ("１２３４５６７８", "12345678", "exact"),
        ("ЩЖA٣5", "ЩAA٣5", "levenshtein_1"),
    ],
)
def test_identifiers_read_lookalikes_as_latin(left: str, right: str, level: str) -> None:
    comparison = IdentifierComparison("document_number")
    first, second = _prepare_identifier(left), _prepare_identifier(right)
    assert first is not None and second is not None

    found = comparison.levels(
        {"value": np.array([first["value"]], dtype=object)},
        {"value": np.array([second["value"]], dtype=object)},
    )

    assert comparison.level_names[found[0]] == level
