"""Tests of the ``migstd codes`` subcommand."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from migstd.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_codes_lists_every_list(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "codes")
    rows = list(csv.DictReader(io.StringIO(out)))
    names = [row["name"] for row in rows]
    assert status == 0
    assert "countries" in names
    assert "sex" in names
    assert all(int(row["entries"]) > 0 for row in rows)


def test_codes_overview_in_georgian(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--lang", "ka", "codes", "--format", "json")
    titles = {row["name"]: row["title"] for row in json.loads(out)}
    assert titles["countries"] == "ქვეყნები"


def test_codes_prints_list_as_csv(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "codes", "sex")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert [row["code"] for row in rows] == ["0", "1", "2", "9"]
    assert rows[2]["label_ka"] == "მდედრობითი"


def test_codes_georgian_labels_with_lang(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "codes", "countries", "--lang", "ka", "--format", "json")
    entries = {entry["code"]: entry for entry in json.loads(out)["entries"]}
    assert entries["GEO"]["label"] == "საქართველო"


def test_codes_writes_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "countries.csv"
    status, out, _ = run(capsys, "codes", "countries", "-o", str(target))
    assert status == 0
    assert out == ""
    assert "GEO,Georgia" in target.read_text(encoding="utf-8")


def test_codes_search(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "codes", "countries", "--search", "Sakartvelo", "--limit", "1")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["code"] for row in rows] == ["GEO"]
    assert rows[0]["kind"] == "romanization"


def test_codes_unknown_list_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["codes", "planets"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_codes_search_without_list_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "ka", "codes", "--search", "Georgia"])
    assert exit_info.value.code == 2
    assert "--search-ს სჭირდება კოდების სიის სახელი" in capsys.readouterr().err


def test_codes_output_file_says_wrote(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "sex.csv"
    status, out, err = run(capsys, "codes", "sex", "-o", str(target))

    assert status == 0
    assert out == ""
    assert err == f"wrote {target}\n"


def test_codes_output_message_in_georgian(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "sex.csv"
    _, _, err = run(capsys, "--lang", "ka", "codes", "sex", "-o", str(target))

    assert err == f"ჩაიწერა {target}\n"


def test_codes_standard_output_prints_no_message(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "codes", "sex")

    assert status == 0
    assert out.startswith("code,")
    assert err == ""
