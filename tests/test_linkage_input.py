"""Tests of linkage input: the accepted kinds, missing values, column mapping and input errors."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from migstd.errors import InputError
from migstd.linkage import LinkageResult, Settings, dedupe, link
from migstd.models import Address, ContactPoint, Person, PersonName

# Synthetic people. The left extract is in Georgian script and the right one in
# passport Latin. Left rows 0, 1 and 2 are the people of right rows 0, 2 and 3.
LEFT: list[dict[str, Any]] = [
    {
        "given_name": "ნინო",
        "family_name": "ბერიძე",
        "patronymic": "გიორგი",
        "birth_date": "1990-03-14",
        "sex": "F",
        "citizenship": "GEO",
        "document_number": "09AB12345",
        "personal_number": "01024059317",
    },
    {
        "given_name": "ლევან",
        "family_name": "კაპანაძე",
        "patronymic": "დავით",
        "birth_date": "1985-07-02",
        "sex": "M",
        "citizenship": "GEO",
        "document_number": "09AB67890",
        "personal_number": "01001012345",
    },
    {
        "given_name": "თამარ",
        "family_name": "წიკლაური",
        "patronymic": "ზურაბ",
        "birth_date": "1979-11-30",
        "sex": "F",
        "citizenship": "GEO",
        "document_number": "09AC11111",
        "personal_number": "01001099999",
    },
    {
        "given_name": "ირაკლი",
        "family_name": "ლომიძე",
        "patronymic": "შოთა",
        "birth_date": "1964-01-21",
        "sex": "M",
        "citizenship": "GEO",
        "document_number": "09AC22222",
        "personal_number": "01001077777",
    },
]
RIGHT: list[dict[str, Any]] = [
    {
        "given_name": "NINO",
        "family_name": "BERIDZE",
        "patronymic": "GIORGI",
        "birth_date": "1990-03-14",
        "sex": "F",
        "citizenship": "GEO",
        "document_number": "09AB12345",
        "personal_number": "01024059317",
    },
    {
        "given_name": "SALOME",
        "family_name": "GELASHVILI",
        "patronymic": "ALEKSANDRE",
        "birth_date": "2001-05-09",
        "sex": "F",
        "citizenship": "GEO",
        "document_number": "09AD33333",
        "personal_number": "01001066666",
    },
    {
        "given_name": "LEVAN",
        "family_name": "KAPANADZE",
        "patronymic": "DAVIT",
        "birth_date": "1985-07-02",
        "sex": "M",
        "citizenship": "GEO",
        "document_number": "09AB67890",
        "personal_number": "01001012345",
    },
    {
        "given_name": "TAMAR",
        "family_name": "TSIKLAURI",
        "patronymic": "ZURAB",
        "birth_date": "1979-11-30",
        "sex": "F",
        "citizenship": "GEO",
        "document_number": "09AC11111",
        "personal_number": "01001099999",
    },
]
EXPECTED_MATCHES = [(0, 0), (1, 2), (2, 3)]

# A fixed prior keeps the weights independent of how many pairs blocking finds.
SETTINGS = Settings(probability_two_random_records_match=0.2)


def pair_signature(result: LinkageResult) -> list[tuple[int, int, float]]:
    return sorted(
        (row["row_l"], row["row_r"], round(row["match_weight"], 9)) for row in result.pairs.to_pylist()
    )


def matched_rows(result: LinkageResult) -> list[tuple[int, int]]:
    return sorted((row["row_l"], row["row_r"]) for row in result.matches.to_pylist())


def person(record: dict[str, Any]) -> Person:
    return Person(
        names=(
            PersonName(
                given_names=record["given_name"],
                family_names=record["family_name"],
                patronymic=record["patronymic"],
            ),
        ),
        birth_date=record["birth_date"],
        sex=record["sex"],
        citizenships=(record["citizenship"],),
        documents=[{"number": record["document_number"]}] if record["document_number"] else (),
        identifiers=(
            [{"scheme": "GE_PERSONAL_NUMBER", "value": record["personal_number"]}]
            if record["personal_number"]
            else ()
        ),
    )


def write_csv(path: Path, records: list[dict[str, Any]]) -> Path:
    pd.DataFrame(records).to_csv(path, index=False)
    return path


def write_parquet(path: Path, records: list[dict[str, Any]]) -> Path:
    pq.write_table(pa.Table.from_pylist(records), path)
    return path


@pytest.fixture(scope="module")
def reference() -> LinkageResult:
    return link(LEFT, RIGHT, SETTINGS)


def test_reference_link_finds_shared_people(reference: LinkageResult) -> None:
    assert matched_rows(reference) == EXPECTED_MATCHES


@pytest.mark.parametrize(
    "kind",
    ["pandas", "polars", "arrow", "csv", "parquet", "dicts", "persons", "generator"],
)
def test_input_kinds_give_same_pairs(kind: str, tmp_path: Path, reference: LinkageResult) -> None:
    def convert(records: list[dict[str, Any]], side: str) -> Any:
        if kind == "pandas":
            return pd.DataFrame(records)
        if kind == "polars":
            return pl.DataFrame(records)
        if kind == "arrow":
            return pa.Table.from_pylist(records)
        if kind == "csv":
            return write_csv(tmp_path / f"{side}.csv", records)
        if kind == "parquet":
            return str(write_parquet(tmp_path / f"{side}.parquet", records))
        if kind == "persons":
            return [person(record) for record in records]
        if kind == "generator":
            return (dict(record) for record in records)
        return [dict(record) for record in records]

    result = link(convert(LEFT, "left"), convert(RIGHT, "right"), SETTINGS)

    assert pair_signature(result) == pair_signature(reference)
    assert matched_rows(result) == EXPECTED_MATCHES


def test_csv_keeps_leading_zeros(tmp_path: Path) -> None:
    left = [dict(record, record_id=f"00{index}") for index, record in enumerate(LEFT)]
    path = write_csv(tmp_path / "left.csv", left)

    result = link(path, RIGHT, Settings(unique_id=("record_id", "personal_number")))
    first = next(row for row in result.pairs.to_pylist() if row["row_l"] == 0 and row["row_r"] == 0)

    assert first["unique_id_l"] == "000"
    assert first["unique_id_r"] == "01024059317"
    assert first["personal_number_level"] == "exact"


@pytest.mark.parametrize("null_like", ["", "nan", "None", "NULL", "  "])
@pytest.mark.parametrize("kind", ["dicts", "csv"])
def test_null_like_strings_are_missing(null_like: str, kind: str, tmp_path: Path) -> None:
    left = [dict(record) for record in LEFT]
    left[0]["family_name"] = null_like
    left_input: Any = left
    if kind == "csv":
        left_input = write_csv(tmp_path / "left.csv", left)

    result = link(left_input, RIGHT, SETTINGS)
    first = next(row for row in result.pairs.to_pylist() if row["row_l"] == 0 and row["row_r"] == 0)

    assert first["family_name_level"] == "null"
    assert len(result.issues) == 0


def test_pandas_nan_and_none_are_missing() -> None:
    frame = pd.DataFrame(LEFT)
    frame["patronymic"] = [None, float("nan"), pd.NA, "შოთა"]

    result = link(frame, RIGHT, SETTINGS)
    levels = {(row["row_l"], row["row_r"]): row["patronymic_level"] for row in result.pairs.to_pylist()}

    assert levels[(0, 0)] == "null"
    assert levels[(1, 2)] == "null"
    assert levels[(2, 3)] == "null"
    assert len(result.issues) == 0


def test_parsed_dates_in_dataframes_are_read(reference: LinkageResult) -> None:
    pandas_left = pd.DataFrame(LEFT).assign(birth_date=lambda frame: pd.to_datetime(frame["birth_date"]))
    polars_right = pl.DataFrame(RIGHT).with_columns(pl.col("birth_date").str.to_datetime("%Y-%m-%d"))

    result = link(pandas_left, polars_right, SETTINGS)

    assert len(result.issues) == 0
    assert pair_signature(result) == pair_signature(reference)


def test_date_objects_are_read(reference: LinkageResult) -> None:
    left = [dict(record, birth_date=datetime.date.fromisoformat(record["birth_date"])) for record in LEFT]

    result = link(left, RIGHT, SETTINGS)

    assert len(result.issues) == 0
    assert pair_signature(result) == pair_signature(reference)


@pytest.mark.parametrize(
    ("bad_input", "expected"),
    [
        (42, "not int"),
        ({"given_name": "NINO"}, "not dict"),
        (b"given_name\nNINO\n", "not bytes"),
        ([1, 2], "row 0 is a int"),
        ([], "has no records"),
    ],
)
def test_unsupported_input_raises(bad_input: Any, expected: str) -> None:
    with pytest.raises(InputError, match=expected):
        link(bad_input, RIGHT, SETTINGS)


def test_missing_file_raises(tmp_path: Path) -> None:
    missing = tmp_path / "absent.csv"

    with pytest.raises(InputError, match="not found") as raised:
        dedupe(missing)

    assert "absent.csv" in str(raised.value)


def test_unsupported_file_type_raises(tmp_path: Path) -> None:
    path = tmp_path / "extract.xlsx"
    path.write_bytes(b"not a spreadsheet")

    with pytest.raises(InputError, match=r"unsupported file type '\.xlsx'"):
        dedupe(path)


def test_missing_mapped_column_raises() -> None:
    settings = Settings(columns={"family_name": "surname"})

    with pytest.raises(InputError, match="no column 'surname'") as raised:
        link(LEFT, RIGHT, settings)

    assert "family_name" in str(raised.value)


def test_missing_mapped_column_on_one_side_raises() -> None:
    left = [{"surname" if key == "family_name" else key: value for key, value in r.items()} for r in LEFT]
    settings = Settings(columns={"family_name": ("surname", "last_name")})

    with pytest.raises(InputError, match="right has no column 'last_name'"):
        link(left, RIGHT, settings)


def test_missing_unique_id_column_raises() -> None:
    with pytest.raises(InputError, match="no column 'record_id'"):
        dedupe(LEFT, Settings(unique_id="record_id"))


def test_duplicate_unique_ids_name_rows_not_value() -> None:
    records = [dict(record) for record in LEFT]
    records[2]["personal_number"] = records[0]["personal_number"]

    with pytest.raises(InputError) as raised:
        dedupe(records, Settings(unique_id="personal_number"))

    message = str(raised.value)
    assert "rows 0 and 2" in message
    assert "personal_number" in message
    assert "01024059317" not in message


def test_missing_unique_id_names_row_not_value() -> None:
    records = [dict(record) for record in LEFT]
    records[1]["personal_number"] = None

    with pytest.raises(InputError, match="row 1") as raised:
        dedupe(records, Settings(unique_id="personal_number"))

    assert "01001012345" not in str(raised.value)


def test_column_mapping_for_dedupe() -> None:
    records = [dict(record) for record in (LEFT[0], LEFT[1], LEFT[2], RIGHT[0])]
    renamed = [
        {"surname" if key == "family_name" else key: value for key, value in r.items()} for r in records
    ]

    result = dedupe(renamed, Settings(columns={"family_name": "surname"}))

    assert "family_name_level" in result.pairs.column_names
    assert "surname_level" not in result.pairs.column_names
    assert [(row["row_l"], row["row_r"]) for row in result.matches.to_pylist()] == [(0, 3)]


def test_column_mapping_pair_for_link(reference: LinkageResult) -> None:
    left = [{"surname" if key == "family_name" else key: value for key, value in r.items()} for r in LEFT]
    right = [{"last_name" if key == "family_name" else key: value for key, value in r.items()} for r in RIGHT]

    result = link(left, right, SETTINGS.with_options(columns={"family_name": ("surname", "last_name")}))

    assert "family_name_level" in result.pairs.column_names
    assert pair_signature(result) == pair_signature(reference)


def test_unique_id_pair_for_link() -> None:
    left = [dict(record, record_id=f"PSDA-{index:06d}") for index, record in enumerate(LEFT)]
    right = [dict(record, crossing_id=f"BC-{index:06d}") for index, record in enumerate(RIGHT)]

    result = link(left, right, SETTINGS.with_options(unique_id=("record_id", "crossing_id")))
    ids = sorted((row["unique_id_l"], row["unique_id_r"]) for row in result.matches.to_pylist())

    assert ids == [("PSDA-000000", "BC-000000"), ("PSDA-000001", "BC-000002"), ("PSDA-000002", "BC-000003")]
    assert "record_id_level" not in result.pairs.column_names


def test_clusters_list_every_input_row(reference: LinkageResult) -> None:
    clusters = reference.clusters.to_pylist()

    assert [(row["input"], row["row"]) for row in clusters] == [
        *(("left", index) for index in range(len(LEFT))),
        *(("right", index) for index in range(len(RIGHT))),
    ]


def test_person_phone_and_residence_are_compared() -> None:
    def with_contacts(record: dict[str, Any], phone: str, address: dict[str, str]) -> Person:
        base = person(record)
        return base.model_copy(
            update={"contact_points": (ContactPoint(phone=phone),), "residence": Address(**address)}
        )

    left = [with_contacts(LEFT[0], "577 31 62 09", {"full_address": "Rustaveli Ave 12, Tbilisi"})]
    right = [
        with_contacts(
            RIGHT[0],
            "+995577316209",
            {"thoroughfare": "Rustaveli Ave", "locator_designator": "12", "settlement": "Tbilisi"},
        ),
    ]

    pairs = link(left, right, SETTINGS).pairs.to_pylist()

    assert [pair["phone_level"] for pair in pairs] == ["exact"]
    assert pairs[0]["address_level"] not in (None, "null", "else")
