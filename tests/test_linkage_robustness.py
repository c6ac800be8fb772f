"""Tests that bad linkage input and settings raise migstd errors that name no personal value."""

from __future__ import annotations

import copy
import logging
import pickle
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from migstd.errors import InputError, MigstdError, SettingsError
from migstd.linkage import (
    Comparison,
    DateComparison,
    ExactMatch,
    JaroWinklerAtThresholds,
    LevenshteinAtThresholds,
    NameComparison,
    Settings,
    block_on,
    dedupe,
    link,
)

# Synthetic people. The surnames are unusual on purpose, so that a message
# quoting one of them cannot pass for a word of the message itself.
PEOPLE: list[dict[str, str]] = [
    {"id": "001", "given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14"},
    {"id": "002", "given_name": "ZEBULONIA", "family_name": "KVARTSKHAVA", "birth_date": "1977-11-29"},
    {"id": "003", "given_name": "GIORGI", "family_name": "KAPANADZE", "birth_date": "1985-07-02"},
    {"id": "004", "given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "1990-03-14"},
]
PERSONAL_VALUES = [value for person in PEOPLE for key, value in person.items() if key != "id"]
SETTINGS = Settings(unique_id="id", probability_two_random_records_match=0.1)
HEADER = "id,given_name,family_name,birth_date"


def csv_lines(people: list[dict[str, str]] = PEOPLE, separator: str = ",") -> list[str]:
    return [separator.join(person.values()) for person in people]


def write_lines(path: Path, lines: list[str], newline: str = "\n", *, bom: bool = False) -> Path:
    text = newline.join(lines) + newline
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode())
    return path


def assert_private(error: BaseException) -> None:
    """Check that an error names no personal value and keeps no exception that could."""
    assert isinstance(error, MigstdError)
    text = f"{error} {error!r} {error.args!r}"
    for value in PERSONAL_VALUES:
        assert value not in text, value
    assert error.__cause__ is None
    assert error.__context__ is None
    assert "\n" not in str(error)


def clustered_ids(result: Any) -> list[str]:
    return sorted(row["unique_id"] for row in result.clusters.to_pylist())


# CSV reading


def test_csv_line_starting_with_hash_is_a_record(tmp_path: Path) -> None:
    people = [dict(person, id=str(index)) for index, person in enumerate(PEOPLE, start=1)]
    people[1]["id"] = "#2"
    path = write_lines(tmp_path / "hash.csv", [HEADER, *csv_lines(people)])

    result = dedupe(path, SETTINGS)

    assert result.counts["records"] == 4
    assert clustered_ids(result) == ["#2", "1", "3", "4"]


@pytest.mark.parametrize(
    ("name", "newline", "separator", "bom"),
    [
        ("plain.csv", "\n", ",", False),
        ("bom.csv", "\n", ",", True),
        ("crlf.csv", "\r\n", ",", False),
        ("semicolon.csv", "\n", ";", False),
        ("tab.tsv", "\n", "\t", False),
        ("tab.txt", "\r\n", "\t", True),
    ],
)
def test_csv_dialects_are_read(tmp_path: Path, name: str, newline: str, separator: str, bom: bool) -> None:
    lines = [HEADER.replace(",", separator), *csv_lines(separator=separator)]
    path = write_lines(tmp_path / name, lines, newline, bom=bom)

    result = dedupe(path, SETTINGS)

    assert clustered_ids(result) == ["001", "002", "003", "004"]
    assert result.counts["matches"] == 1


def test_csv_quoted_newline_stays_in_value(tmp_path: Path) -> None:
    lines = [HEADER, *csv_lines()]
    lines[2] = '002,"ZEBULONIA\nMARIAM",KVARTSKHAVA,1977-11-29'
    path = write_lines(tmp_path / "quoted.csv", lines)

    result = dedupe(path, SETTINGS)

    assert clustered_ids(result) == ["001", "002", "003", "004"]


def test_csv_header_names_are_trimmed(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "spaces.csv", [" id , given_name,family_name , birth_date", *csv_lines()])

    result = dedupe(path, SETTINGS)

    assert clustered_ids(result) == ["001", "002", "003", "004"]


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        ("002,ZEBULONIA,KVARTSKHAVA", "line 3 has 3 fields where the header has 4"),
        ("002,ZEBULONIA,KVARTSKHAVA,1977-11-29,X", "line 3 has 5 fields where the header has 4"),
    ],
)
def test_csv_ragged_line_raises(tmp_path: Path, bad_line: str, expected: str) -> None:
    lines = [HEADER, *csv_lines()]
    lines[2] = bad_line
    path = write_lines(tmp_path / "ragged.csv", lines)

    with pytest.raises(InputError) as raised:
        dedupe(path, SETTINGS)

    assert expected in str(raised.value)
    assert "ragged.csv" in str(raised.value)
    assert_private(raised.value)


def test_csv_ragged_line_late_in_file_raises(tmp_path: Path) -> None:
    lines = [HEADER] + [f"{index},NINO,BERIDZE,1990-03-14" for index in range(5000)]
    lines[4000] = "3999,ZEBULONIA"
    path = write_lines(tmp_path / "late.csv", lines)

    with pytest.raises(InputError, match="line 4001 has 2 fields") as raised:
        dedupe(path, SETTINGS)

    assert_private(raised.value)


def test_csv_not_utf8_names_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    lines = [HEADER, "001,NINO,BERIDZE,1990-03-14", "002,ZEBULONIA,KVARTSKHAVA\xe9,1977-11-29"]
    path.write_bytes("\n".join(lines).encode("latin-1"))

    with pytest.raises(InputError, match="line 3 is not UTF-8 text") as raised:
        dedupe(path, SETTINGS)

    assert_private(raised.value)


def test_csv_header_not_utf8_raises(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_bytes(b"id,given_name,family_name\xe9\n001,NINO,BERIDZE\n")

    with pytest.raises(InputError, match=r"line 1 \(the header row\) is not UTF-8 text") as raised:
        dedupe(path, SETTINGS)

    assert_private(raised.value)


def test_csv_repeated_header_raises(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "repeated.csv", ["id,given_name,given_name", "001,NINO,ZEBULONIA"])

    with pytest.raises(InputError, match="columns 2 and 3 have the same name") as raised:
        dedupe(path, SETTINGS)

    assert_private(raised.value)


def test_empty_csv_raises(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")

    with pytest.raises(InputError, match="no header row"):
        dedupe(path, SETTINGS)


def test_header_only_csv_has_no_records(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "header_only.csv", [HEADER])

    with pytest.raises(InputError, match="input has no records"):
        dedupe(path, SETTINGS)


@pytest.mark.parametrize(
    "empty",
    [
        pd.DataFrame({"id": [], "given_name": [], "family_name": []}),
        pa.table({"id": pa.array([], pa.string()), "given_name": pa.array([], pa.string())}),
    ],
    ids=["pandas", "arrow"],
)
def test_empty_table_has_no_records(empty: Any) -> None:
    with pytest.raises(InputError, match="input has no records"):
        dedupe(empty, SETTINGS)


# Text that is not valid Unicode


def test_lone_surrogate_in_dicts_raises() -> None:
    people = [dict(person) for person in PEOPLE]
    people[1]["given_name"] = "ZEBULONIA\ud800"

    with pytest.raises(InputError, match="row 1, column 'given_name'") as raised:
        dedupe(people, SETTINGS)

    assert "\ud800" not in str(raised.value)
    assert_private(raised.value)


def test_lone_surrogate_in_dataframe_raises() -> None:
    frame = pd.DataFrame(PEOPLE).astype(object)
    frame.loc[2, "family_name"] = "KAPANADZE\udcff"

    with pytest.raises(InputError, match="row 2, column 'family_name'") as raised:
        dedupe(frame, SETTINGS)

    assert_private(raised.value)


def test_lone_surrogate_in_column_name_raises() -> None:
    people = [dict(person, **{"note\ud800": "x"}) for person in PEOPLE]

    with pytest.raises(InputError, match="name of column 5 is not valid Unicode") as raised:
        dedupe(people, SETTINGS)

    assert "\ud800" not in str(raised.value)
    assert_private(raised.value)


# Columns that cannot become text

NON_TEXT_COLUMNS = {
    "aliases": pa.array([["N"], [], None, ["X", "Y"]], pa.list_(pa.string())),
    "meta": pa.array([{"a": 1}, {"a": 2}, None, {"a": 4}]),
    "tags": pa.array([[("k", "v")], [], None, []], pa.map_(pa.string(), pa.string())),
    "photo": pa.array([b"\xff\xd8", b"\x00", None, b"\x89P"], pa.binary()),
}


def people_table(**extra: pa.Array) -> pa.Table:
    return pa.table({**pa.Table.from_pylist(PEOPLE).to_pydict(), **extra})


@pytest.mark.parametrize("column", sorted(NON_TEXT_COLUMNS))
def test_unused_non_text_column_is_ignored(column: str) -> None:
    result = dedupe(people_table(**{column: NON_TEXT_COLUMNS[column]}), SETTINGS)

    assert result.counts["records"] == 4
    assert result.counts["matches"] == 1


@pytest.mark.parametrize(
    ("options", "role"),
    [
        ({"columns": {"family_name": "aliases"}}, "for 'family_name'"),
        ({"unique_id": "aliases"}, "for 'unique_id'"),
        ({"truth_column": "aliases"}, "for 'truth_column'"),
        ({"comparisons": [ExactMatch("aliases"), NameComparison("given_name")]}, "compared"),
    ],
    ids=["mapped", "unique_id", "truth", "compared"],
)
def test_used_non_text_column_raises(options: dict[str, Any], role: str) -> None:
    settings = Settings(**{"unique_id": "id", **options})
    table = people_table(aliases=NON_TEXT_COLUMNS["aliases"])

    with pytest.raises(InputError, match=r"column 'aliases' .*has type list<item: string>") as raised:
        dedupe(table, settings)

    assert role in str(raised.value)
    assert_private(raised.value)


def test_non_text_canonical_field_raises() -> None:
    table = pa.Table.from_pylist(PEOPLE).drop_columns(["family_name"])
    table = table.append_column("family_name", NON_TEXT_COLUMNS["meta"])

    with pytest.raises(InputError, match=r"column 'family_name' .*has type struct<a: int64>"):
        dedupe(table, SETTINGS)


def test_nested_columns_in_parquet_and_polars_are_ignored(tmp_path: Path) -> None:
    table = people_table(aliases=NON_TEXT_COLUMNS["aliases"], meta=NON_TEXT_COLUMNS["meta"])
    pq.write_table(table, tmp_path / "people.parquet")

    from_parquet = dedupe(tmp_path / "people.parquet", SETTINGS)
    from_polars = dedupe(pl.from_arrow(table), SETTINGS)

    assert from_parquet.counts["matches"] == 1
    assert from_polars.counts["matches"] == 1


def test_binary_column_of_utf8_text_is_read() -> None:
    table = pa.Table.from_pylist(PEOPLE).drop_columns(["given_name"])
    names = pa.array([person["given_name"].encode() for person in PEOPLE], pa.binary())

    result = dedupe(table.append_column("given_name", names), SETTINGS)

    assert result.counts["matches"] == 1


def test_pandas_object_column_of_lists_is_ignored() -> None:
    frame = pd.DataFrame(PEOPLE).assign(aliases=[["N"], [], None, ["X"]])

    result = dedupe(frame, SETTINGS)

    assert result.counts["matches"] == 1


def test_pandas_mixed_object_column_is_text() -> None:
    frame = pd.DataFrame(PEOPLE).astype(object)
    frame["id"] = [1, "002", 3.5, None]

    result = dedupe(frame.iloc[:3], Settings(unique_id="id", probability_two_random_records_match=0.1))

    assert clustered_ids(result) == ["002", "1", "3.5"]


# Column names


def test_pandas_duplicate_columns_raise() -> None:
    frame = pd.DataFrame(PEOPLE)
    frame = pd.concat([frame, frame[["given_name"]]], axis=1)

    with pytest.raises(InputError, match="more than one column named 'given_name'") as raised:
        dedupe(frame, SETTINGS)

    assert_private(raised.value)


def test_arrow_duplicate_columns_raise() -> None:
    table = pa.Table.from_pylist(PEOPLE)
    table = table.append_column("family_name", table.column("given_name"))

    with pytest.raises(InputError, match="more than one column named 'family_name'"):
        dedupe(table, SETTINGS)


# Errors of DuckDB in blocking rules

CAST_RULE = "CAST(l.family_name AS INTEGER) = CAST(r.family_name AS INTEGER)"


def test_blocking_rule_data_error_names_rule_only() -> None:
    settings = Settings(unique_id="id", blocking_rules=[CAST_RULE])

    with pytest.raises(SettingsError, match="ConversionException") as raised:
        dedupe(PEOPLE, settings)

    assert f"blocking rule {CAST_RULE!r}" in str(raised.value)
    assert_private(raised.value)


def test_training_rule_data_error_names_rule_only() -> None:
    settings = Settings(unique_id="id", training_rules=[CAST_RULE])

    with pytest.raises(SettingsError, match="ConversionException") as raised:
        dedupe(PEOPLE, settings)

    assert f"training rule {CAST_RULE!r}" in str(raised.value)
    assert_private(raised.value)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("l.given_name === r.given_name", "Scalar Function with name === does not exist"),
        ("length(l.birth_date_year) = length(r.birth_date_year)", "No function matches"),
        ("l.given_name = = r.given_name", "syntax error"),
    ],
)
def test_invalid_blocking_rule_gives_duckdb_reason(rule: str, expected: str) -> None:
    with pytest.raises(SettingsError, match=expected) as raised:
        dedupe(PEOPLE, Settings(unique_id="id", blocking_rules=[rule]))

    assert rule in str(raised.value)
    assert_private(raised.value)


def test_blocking_rule_on_missing_derived_column_raises() -> None:
    settings = Settings(unique_id="id", blocking_rules=["l.birth_date_key = r.birth_date_key"])

    with pytest.raises(SettingsError, match="blocking rule column 'birth_date_key' is not in the input"):
        dedupe(PEOPLE, settings)


def test_column_name_with_double_quote_is_blocked() -> None:
    people = [dict(person, **{'born "on"': person["birth_date"]}) for person in PEOPLE]
    settings = Settings(
        unique_id="id",
        comparisons=[ExactMatch('born "on"'), NameComparison("given_name")],
        blocking_rules=[block_on('born "on"')],
        probability_two_random_records_match=0.1,
    )

    result = dedupe(people, settings)

    assert result.counts["candidate_pairs"] == 1


# Input columns named like internal or derived columns


def pair_rows(result: Any) -> list[tuple[int, int, str]]:
    return sorted((row["row_l"], row["row_r"], row["blocking_rule"]) for row in result.pairs.to_pylist())


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("given_name_key", "SAME"),
        ("family_name_latin", "SAME"),
        ("birth_date_year", "19{index}0"),
        ("birth_date_month", "{index}"),
    ],
)
def test_input_column_does_not_replace_derived_column(column: str, value: str) -> None:
    # One birth date for all: a replaced name key would pair everyone, and
    # replaced date parts, different in each record, would pair no one.
    people = [dict(person, birth_date="1990-03-14") for person in PEOPLE]
    shadowed = [dict(person, **{column: value.format(index=index)}) for index, person in enumerate(people)]
    settings = SETTINGS.with_options(blocking_rules=[block_on(column)])

    plain_result = dedupe(people, settings)
    shadowed_result = dedupe(shadowed, settings)

    assert pair_rows(shadowed_result) == pair_rows(plain_result)
    assert shadowed_result.counts["candidate_pairs"] == (6 if "date" in column else 1)


@pytest.mark.parametrize("column", ["_row", "_source"])
def test_input_column_does_not_replace_internal_column(column: str) -> None:
    shadowed = [dict(person, **{column: "1"}) for person in PEOPLE]

    result = dedupe(shadowed, SETTINGS)

    assert pair_rows(result) == pair_rows(dedupe(PEOPLE, SETTINGS))


def test_compared_column_named_like_derived_key() -> None:
    people = [dict(person, given_name_key="SAME") for person in PEOPLE]
    settings = Settings(
        unique_id="id",
        comparisons=[NameComparison("given_name"), ExactMatch("given_name_key")],
        blocking_rules=[block_on("given_name_key")],
        probability_two_random_records_match=0.1,
    )

    result = dedupe(people, settings)

    # Blocking reads the key derived from given_name (NINO and ნინო share it),
    # and the comparison reads the input column, equal in every record.
    assert [(row["row_l"], row["row_r"]) for row in result.pairs.to_pylist()] == [(0, 3)]
    assert result.pairs.to_pylist()[0]["given_name_key_level"] == "exact"


@pytest.mark.parametrize(
    "options",
    [
        {"comparisons": [NameComparison("_row")]},
        {"blocking_rules": [block_on("_source")]},
        {"blocking_rules": ["l._row = r._row"]},
        {"training_rules": ["l.given_name = r.given_name AND l._note = r._note"]},
    ],
    ids=["comparison", "block_on", "rule", "training_rule"],
)
def test_underscore_column_in_settings_raises(options: dict[str, Any]) -> None:
    with pytest.raises(SettingsError, match="start with '_'"):
        Settings(**options)


def test_empty_column_name_in_use_raises() -> None:
    people = [dict(person, **{"": person["family_name"]}) for person in PEOPLE]
    settings = Settings(
        comparisons=[NameComparison(""), NameComparison("given_name")], blocking_rules=[block_on("")]
    )

    with pytest.raises(InputError, match="empty name") as raised:
        dedupe(people, settings)

    assert_private(raised.value)


def test_unused_empty_column_name_is_ignored() -> None:
    people = [dict(person, **{"": "x"}) for person in PEOPLE]

    result = dedupe(people, SETTINGS)

    assert result.counts["matches"] == 1


# Settings


@pytest.mark.parametrize(
    ("options", "setting"),
    [
        ({"seed": "abc"}, "seed"),
        ({"seed": 1.5}, "seed"),
        ({"seed": -1}, "seed"),
        ({"seed": True}, "seed"),
        ({"max_pairs_for_u": 2.5}, "max_pairs_for_u"),
        ({"max_pairs_for_u": True}, "max_pairs_for_u"),
        ({"max_pairs_for_training": "100"}, "max_pairs_for_training"),
        ({"max_comparisons": 0}, "max_comparisons"),
        ({"em_max_iterations": 2.5}, "em_max_iterations"),
        ({"em_max_iterations": None}, "em_max_iterations"),
        ({"em_tolerance": "x"}, "em_tolerance"),
        ({"em_tolerance": 0.0}, "em_tolerance"),
        ({"em_tolerance": float("inf")}, "em_tolerance"),
        ({"threshold_match_probability": "0.5"}, "threshold_match_probability"),
        ({"threshold_match_probability": None}, "threshold_match_probability"),
        ({"threshold_match_weight": "high"}, "threshold_match_weight"),
        ({"probability_two_random_records_match": "0.1"}, "probability_two_random_records_match"),
        ({"comparisons": ["sex"]}, "comparisons"),
        ({"comparisons": [None]}, "comparisons"),
        ({"comparisons": 5}, "comparisons"),
        ({"blocking_rules": [5]}, "blocking_rules"),
        ({"training_rules": "l.sex = r.sex"}, "training_rules"),
        ({"columns": None}, "columns"),
        ({"columns": ["given_name"]}, "columns"),
        ({"columns": {"given_name": 5}}, "given_name"),
        ({"columns": {5: "first"}}, "columns"),
        ({"date_formats": ["x"]}, "date_formats"),
        ({"truth_column": 5}, "truth_column"),
        ({"truth_column": ""}, "truth_column"),
        ({"unique_id": 5}, "unique_id"),
        ({"swapped_names": "given_name"}, "swapped_names"),
    ],
)
def test_invalid_setting_raises_at_construction(options: dict[str, Any], setting: str) -> None:
    with pytest.raises(SettingsError, match=setting):
        Settings(**options)


def test_whole_float_counts_are_integers() -> None:
    settings = Settings(max_pairs_for_u=1e6, seed=7.0)  # type: ignore[arg-type]

    assert settings.max_pairs_for_u == 1_000_000
    assert isinstance(settings.max_pairs_for_u, int)
    assert isinstance(settings.seed, int)


@pytest.mark.parametrize("settings", [{"unique_id": "id"}, {}, "settings.json"], ids=["dict", "empty", "str"])
def test_link_rejects_settings_that_are_not_settings(settings: Any) -> None:
    with pytest.raises(SettingsError, match=r"Settings\(\.\.\.\) or Settings\.from_dict"):
        dedupe(PEOPLE, settings)


def test_settings_pickle_and_deepcopy() -> None:
    settings = Settings(
        columns={"given_name": ("first", "given")},
        unique_id="id",
        date_formats={"birth_date": "DD.MM.YYYY"},
        comparisons=[NameComparison("given_name"), ExactMatch("sex")],
        blocking_rules=["l.sex = r.sex"],
    )

    assert pickle.loads(pickle.dumps(settings)) == settings
    assert copy.deepcopy(settings) == settings
    assert copy.copy(settings) == settings


def test_settings_mappings_are_read_only() -> None:
    settings = Settings(columns={"given_name": "first"})

    with pytest.raises(TypeError):
        settings.columns["family_name"] = "last"  # type: ignore[index]


def write_settings(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_settings_file_with_bom_is_read(tmp_path: Path) -> None:
    path = write_settings(tmp_path, "bom.json", '\ufeff{"unique_id": "id"}'.encode())

    assert Settings.from_file(path).unique_id == "id"


def test_toml_settings_file_with_bom_is_read(tmp_path: Path) -> None:
    path = write_settings(tmp_path, "bom.toml", '\ufeffunique_id = "id"\n'.encode())

    assert Settings.from_file(path).unique_id == "id"


BAD_SETTINGS_FILES: list[tuple[str, bytes, str]] = [
    ("latin1.json", '{"unique_id": "Müller"}'.encode("latin-1"), "not UTF-8 text"),
    ("utf16.json", '{"unique_id": "id"}'.encode("utf-16"), "not UTF-8 text"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("deep.toml", b"a = " + b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("settings.yaml", b"unique_id: id\n", "unsupported settings file type '.yaml'; use .json or .toml"),
    ("settings", b"{}", "unsupported settings file type"),
    ("null.json", b'{"comparisons": [null]}', r"comparisons\[0\] must be an object"),
    ("text.json", b'{"comparisons": ["sex"]}', r"comparisons\[0\] must be an object"),
    ("list.json", b'{"comparisons": {"type": "ExactMatch"}}', "comparisons must be a list"),
    ("type.json", b'{"comparisons": [{"type": ["ExactMatch"], "column": "sex"}]}', "unknown comparison type"),
    ("columns.json", b'{"columns": null}', "columns must be"),
    ("seed.json", b'{"seed": "x"}', "seed must be"),
    ("threshold.json", b'{"threshold_match_probability": "high"}', "threshold_match_probability must be"),
    ("top.json", b"[1, 2]", "must contain an object"),
]


@pytest.mark.parametrize(
    ("name", "content", "expected"), BAD_SETTINGS_FILES, ids=[case[0] for case in BAD_SETTINGS_FILES]
)
def test_bad_settings_file_raises(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = write_settings(tmp_path, name, content)

    with pytest.raises(SettingsError, match=expected) as raised:
        Settings.from_file(path)

    assert raised.value.__cause__ is None
    assert "\n" not in str(raised.value)


def test_unknown_comparison_option_lists_options() -> None:
    data = {"comparisons": [{"type": "NameComparison", "column": "given_name", "threshold": [0.9]}]}

    with pytest.raises(SettingsError) as raised:
        Settings.from_dict(data)

    message = str(raised.value)
    assert "'threshold'" in message
    assert "column, term_frequency_adjustments, thresholds" in message
    assert "__init__" not in message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"type": "ExactMatch", "column": 5}, "column must be a string"),
        ({"type": "ExactMatch", "column": "sex", "term_frequency_adjustments": "yes"}, "true or false"),
        ({"type": "NameComparison", "column": "given_name", "thresholds": [True]}, "numbers"),
    ],
)
def test_comparison_option_types_are_checked(data: dict[str, Any], expected: str) -> None:
    with pytest.raises(SettingsError, match=expected):
        Settings.from_dict({"comparisons": [data]})


# Comparisons


@pytest.mark.parametrize(
    "make",
    [
        lambda: LevenshteinAtThresholds("given_name", tuple(range(1, 200))),
        lambda: JaroWinklerAtThresholds("given_name", tuple(0.99 - index / 200 for index in range(101))),
        lambda: NameComparison("given_name", tuple(0.99 - index / 200 for index in range(101))),
    ],
    ids=["levenshtein", "jaro_winkler", "name"],
)
def test_too_many_thresholds_raise(make: Any) -> None:
    with pytest.raises(SettingsError, match="at most 100 thresholds"):
        make()


def test_hundred_thresholds_are_accepted() -> None:
    comparison = NameComparison("given_name", tuple(0.99 - index / 200 for index in range(100)))

    # One level per threshold, and six of its own: exact, same_key, alias, token_subset, initials, else.
    assert len(comparison.level_names) == 106


@pytest.mark.parametrize(
    ("comparison", "field_kind"),
    [
        (NameComparison("birth_date"), "date"),
        (DateComparison("given_name"), "name"),
        (DateComparison("sex"), "sex"),
        (NameComparison("personal_number"), "identifier"),
    ],
    ids=lambda value: getattr(value, "column", value),
)
def test_comparison_must_fit_field_kind(comparison: Comparison, field_kind: str) -> None:
    with pytest.raises(SettingsError, match=f"is a {field_kind} field") as raised:
        Settings(comparisons=[comparison])

    assert f"{type(comparison).__name__}({comparison.column!r})" in str(raised.value)


def test_generic_comparisons_fit_any_field() -> None:
    comparisons = [
        ExactMatch("birth_date"),
        JaroWinklerAtThresholds("given_name"),
        LevenshteinAtThresholds("sex"),
        NameComparison("family_name"),
    ]
    settings = Settings(unique_id="id", comparisons=comparisons, probability_two_random_records_match=0.1)

    result = dedupe([dict(person, sex="F") for person in PEOPLE], settings)

    assert result.counts["records"] == 4


# Messages for library and command-line users


def test_missing_mapped_column_gives_both_fixes() -> None:
    with pytest.raises(InputError) as raised:
        dedupe(PEOPLE, Settings(columns={"given_name": "vorname"}))

    message = str(raised.value)
    assert "no column 'vorname' (for 'given_name')" in message
    assert "Settings(columns=...) or --column FIELD=COLUMN" in message


def test_missing_truth_column_names_setting() -> None:
    with pytest.raises(InputError) as raised:
        dedupe(PEOPLE, Settings(truth_column="nope"))

    message = str(raised.value)
    assert "no column 'nope' (for 'truth_column')" in message
    assert "(for 'nope')" not in message
    assert "--truth-column COLUMN" in message


def test_missing_unique_id_column_gives_both_fixes() -> None:
    with pytest.raises(InputError, match=r"Settings\(unique_id=\.\.\.\) or --id COLUMN"):
        dedupe(PEOPLE, Settings(unique_id="record_id"))


def test_no_comparisons_gives_both_fixes() -> None:
    records = [{"vorname": person["given_name"], "nachname": person["family_name"]} for person in PEOPLE]

    with pytest.raises(SettingsError) as raised:
        dedupe(records)

    message = str(raised.value)
    assert "no comparisons" in message
    assert "--column FIELD=COLUMN" in message
    assert "Settings(comparisons=[...])" in message


def test_no_blocking_rules_names_fields_found() -> None:
    records = [{"given_name": person["given_name"], "sex": "F"} for person in PEOPLE]

    with pytest.raises(SettingsError) as raised:
        dedupe(records)

    message = str(raised.value)
    assert "no blocking rules" in message
    assert "canonical fields found: given_name, sex" in message
    assert "two of given_name, family_name and birth_date" in message
    assert "--column FIELD=COLUMN" in message


def test_empty_blocking_rules_raise() -> None:
    with pytest.raises(SettingsError, match="blocking_rules is an empty list"):
        dedupe(PEOPLE, Settings(blocking_rules=[]))


def test_progress_log_counts_records_per_input(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="migstd")

    dedupe(PEOPLE, SETTINGS)
    link(PEOPLE, PEOPLE[:3], SETTINGS)

    messages = [record.getMessage() for record in caplog.records]
    assert any(message.startswith("prepared 4 records;") for message in messages)
    assert any(message.startswith("prepared 4 + 3 records;") for message in messages)
