"""Tests of linkage results: conversions, files written and read back, and reprs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from migstd.errors import SettingsError
from migstd.linkage import LinkageResult, ResultTable, Settings, link

LEFT: list[dict[str, Any]] = [
    {
        "id": "007",
        "given_name": "ნინო",
        "family_name": "ბერიძე",
        "birth_date": "1990-03-14",
        "citizenship": "GEO",
    },
    {
        "id": "008",
        "given_name": "ლევან",
        "family_name": "კაპანაძე",
        "birth_date": "1985-07-02",
        "citizenship": "XYZ",
    },
    {
        "id": "009",
        "given_name": "თამარ",
        "family_name": "წიკლაური",
        "birth_date": "1979-02-30",
        "citizenship": "GEO",
    },
]
RIGHT: list[dict[str, Any]] = [
    {
        "id": "B-1",
        "given_name": "NINO",
        "family_name": "BERIDZE",
        "birth_date": "1990-03-14",
        "citizenship": "GE",
    },
    {
        "id": "B-2",
        "given_name": "LEVAN",
        "family_name": "KAPANADZE",
        "birth_date": "1985-07-02",
        "citizenship": "GEO",
    },
    {
        "id": "B-3",
        "given_name": "SALOME",
        "family_name": "GELASHVILI",
        "birth_date": "2001-05-09",
        "citizenship": "GEO",
    },
]
PERSONAL_VALUES = sorted(
    {
        str(value)
        for record in LEFT + RIGHT
        for key, value in record.items()
        if key not in ("id", "citizenship")
    }
    | {"1985-07", "beridze", "Beridze", "Nino"}
)


@pytest.fixture(scope="module")
def result() -> LinkageResult:
    return link(LEFT, RIGHT, Settings(unique_id="id", probability_two_random_records_match=0.3))


TABLES = ["pairs", "matches", "clusters", "issues"]


def table_of(result: LinkageResult, name: str) -> ResultTable:
    table: ResultTable = getattr(result, name)
    return table


def test_result_has_matches_and_issues(result: LinkageResult) -> None:
    assert [(row["unique_id_l"], row["unique_id_r"]) for row in result.matches.to_pylist()] == [
        ("007", "B-1"),
        ("008", "B-2"),
    ]
    assert result.issues.to_pylist() == [
        {"input": "left", "row": 1, "field": "citizenship", "rule": "code_list_country"},
        {"input": "left", "row": 2, "field": "birth_date", "rule": "date"},
    ]


@pytest.mark.parametrize("name", TABLES)
def test_tables_convert_to_arrow_pandas_polars(result: LinkageResult, name: str) -> None:
    table = table_of(result, name)
    arrow = table.to_arrow()

    frame = table.to_pandas()
    polars_frame = table.to_polars()

    assert isinstance(arrow, pa.Table)
    assert isinstance(frame, pd.DataFrame)
    assert isinstance(polars_frame, pl.DataFrame)
    assert len(frame) == len(polars_frame) == arrow.num_rows == len(table)
    assert list(frame.columns) == list(polars_frame.columns) == table.column_names
    assert [str(value) for value in frame.iloc[:, 0]] == [str(value) for value in arrow.column(0).to_pylist()]


@pytest.mark.parametrize("name", TABLES)
def test_tables_write_csv_and_read_back(result: LinkageResult, name: str, tmp_path: Path) -> None:
    table = table_of(result, name)

    path = table.write(tmp_path / f"{name}.csv")
    back = pd.read_csv(path, dtype=str, keep_default_na=False)

    expected = table.to_arrow().to_pylist()
    assert list(back.columns) == table.column_names
    assert len(back) == len(expected)
    for written, row in zip(back.to_dict("records"), expected, strict=True):
        for column, value in row.items():
            if isinstance(value, float):
                assert float(written[column]) == pytest.approx(value, rel=1e-12)
            elif isinstance(value, bool):
                # Arrow's CSV writer spells booleans in lower case.
                assert written[column] == str(value).lower()
            else:
                assert written[column] == ("" if value is None else str(value))


@pytest.mark.parametrize("name", TABLES)
def test_tables_write_parquet_and_read_back(result: LinkageResult, name: str, tmp_path: Path) -> None:
    table = table_of(result, name)

    path = table.write(tmp_path / "out" / f"{name}.data", format="parquet")
    back = pq.read_table(path)

    assert back.column_names == table.column_names
    assert back.to_pylist() == table.to_arrow().to_pylist()


def test_unique_ids_keep_leading_zeros_in_csv(result: LinkageResult, tmp_path: Path) -> None:
    path = result.clusters.write(tmp_path / "clusters.csv")

    text = path.read_text(encoding="utf-8")

    assert "007" in text


def test_unknown_output_format_raises(result: LinkageResult, tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="unknown output format 'xlsx'"):
        result.pairs.write(tmp_path / "pairs.xlsx")


def test_result_repr_shows_counts_not_values(result: LinkageResult) -> None:
    text = repr(result)

    assert text.startswith("LinkageResult(link, records=6")
    assert "matches=2" in text
    for value in PERSONAL_VALUES:
        assert value not in text, value


@pytest.mark.parametrize("name", TABLES)
def test_table_repr_shows_shape_not_values(result: LinkageResult, name: str) -> None:
    table = table_of(result, name)

    text = repr(table)

    assert text.startswith(f"ResultTable(rows={len(table)}")
    for value in PERSONAL_VALUES:
        assert value not in text, value


def test_evaluation_and_model_text_show_no_values(result: LinkageResult) -> None:
    texts = [str(result.model.to_dict()), repr(result.model), str(result.counts)]

    for text in texts:
        for value in PERSONAL_VALUES:
            assert value not in text, value
