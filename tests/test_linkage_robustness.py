"""Tests that bad linkage input and settings raise migstd errors that name no personal value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

from migstd.errors import InputError, MigstdError
from migstd.linkage import Settings, dedupe

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
