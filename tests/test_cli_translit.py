"""Tests of the migstd translit command."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from migstd.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return path


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.reader(file))


def test_translit_prints_one_line_per_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(["translit", "ჭიანჭველა", "თბილისი"], capsys)

    assert status == 0
    assert out == "ch'ianch'vela\ntbilisi\n"


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("national", "kartveli"),
        ("passport", "kartveli"),
        ("bgn1981", "k'art'veli"),
        ("ala-lc", "kʻartʻveli"),
    ],
)
def test_translit_systems(system: str, expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(["translit", "--system", system, "ქართველი"], capsys)

    assert status == 0
    assert out == expected + "\n"


def test_translit_mrz(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(["translit", "--system", "passport", "--mrz", "ნინო ბერიძე-ჯანელიძე"], capsys)

    assert status == 0
    assert out == "NINO<BERIDZE<JANELIDZE\n"


def test_translit_name(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(["translit", "--system", "passport", "--name", "ნათია ჩხაიძე"], capsys)

    assert status == 0
    assert out == "Natia Chkhaidze\n"


def test_translit_to_georgian(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(["translit", "--to", "georgian", "--system", "passport", "Kapanadze"], capsys)

    assert status == 0
    assert out == "კაპანაძე\n"


def test_translit_to_georgian_chat(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(["translit", "--to", "georgian", "--system", "chat", "sicocxle"], capsys)

    assert status == 0
    assert out == "სიცოცხლე\n"


def test_translit_to_cyrillic(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(["translit", "--to", "cyrillic", "ბერიძე"], capsys)

    assert status == 0
    assert out == "Беридзе\n"


def test_translit_archaic_letter_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["translit", "ნინო", "ჱ"], capsys)

    assert status == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "U+10F1 GEORGIAN LETTER HE" in err
    assert "TEXT argument 2" in err


def test_translit_unreadable_latin_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(["translit", "--to", "georgian", "Xenia"], capsys)

    assert status == 1
    assert "U+0078 LATIN SMALL LETTER X" in err
    assert "enia" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["translit"],
        ["translit", "ნინო", "--input", "people.csv", "--column", "name"],
        ["translit", "--input", "people.csv"],
        ["translit", "ნინო", "--column", "name"],
        ["translit", "--mrz", "--to", "georgian", "Nino"],
        ["translit", "--system", "chat", "ნინო"],
        ["translit", "--system", "klingon", "ნინო"],
        ["translit", "--to", "greek", "ნინო"],
    ],
)
def test_translit_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(argv, capsys)

    assert status == 2
    assert "error" in err


def test_translit_usage_error_in_georgian(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(["--lang", "ka", "translit"], capsys)

    assert status == 2
    assert "სატრანსლიტერაციო არაფერია" in err


def test_translit_csv_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(
        tmp_path / "people.csv", [["id", "name"], ["1", "ნინო ბერიძე"], ["2", ""], ["3", "ლაშა"]]
    )
    output = tmp_path / "out.csv"

    status, out, err = run(
        ["translit", "--input", str(source), "--column", "name", "--system", "passport", "-o", str(output)],
        capsys,
    )

    assert status == 0
    assert out == ""
    assert err == f"wrote {output}\n"
    assert read_csv(output) == [
        ["id", "name", "name_passport"],
        ["1", "ნინო ბერიძე", "nino beridze"],
        ["2", "", ""],
        ["3", "ლაშა", "lasha"],
    ]


def test_translit_csv_keeps_values_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "people.csv", [["id", "name"], ["007", "ნინო"]])
    output = tmp_path / "out.csv"

    status, _out, _err = run(
        ["translit", "--input", str(source), "--column", "name", "-o", str(output)], capsys
    )

    assert status == 0
    assert read_csv(output)[1] == ["007", "ნინო", "nino"]


def test_translit_csv_to_standard_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "people.csv", [["name"], ["Beridze"]])

    status, out, err = run(
        ["translit", "--input", str(source), "--column", "name", "--to", "georgian", "--system", "passport"],
        capsys,
    )

    assert status == 0
    assert out == "name,name_georgian\nBeridze,ბერიძე\n"
    assert err == ""


def test_translit_csv_cyrillic_column_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "people.csv", [["name"], ["ბერიძე"]])

    status, out, _err = run(
        ["translit", "--input", str(source), "--column", "name", "--to", "cyrillic"], capsys
    )

    assert status == 0
    assert out.splitlines()[0] == "name,name_cyrillic"


def test_translit_csv_missing_column_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "people.csv", [["id", "surname"], ["1", "ბერიძე"]])

    status, _out, err = run(["translit", "--input", str(source), "--column", "name"], capsys)

    assert status == 1
    assert err.count("\n") == 1
    assert "column 'name' not found" in err
    assert "among the 2 columns" in err
    assert "'surname'" not in err  # the header's names are not listed


def test_translit_csv_existing_column_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "people.csv", [["name", "name_national"], ["ნინო", "x"]])

    status, _out, err = run(["translit", "--input", str(source), "--column", "name"], capsys)

    assert status == 1
    assert "'name_national'" in err


def test_translit_csv_bad_value_names_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "people.csv", [["name"], ["ნინო"], ["ჱლენე"]])
    output = tmp_path / "out.csv"

    status, _out, err = run(
        ["translit", "--input", str(source), "--column", "name", "-o", str(output)], capsys
    )

    assert status == 1
    assert "row 2, column 'name'" in err
    assert "U+10F1" in err
    assert "ლენე" not in err
    assert not output.exists()


def test_translit_csv_empty_file_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "empty.csv"
    source.write_text("", encoding="utf-8")

    status, _out, err = run(["translit", "--input", str(source), "--column", "name"], capsys)

    assert status == 1
    assert "empty" in err


def test_translit_missing_file_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(["translit", "--input", str(tmp_path / "none.csv"), "--column", "name"], capsys)

    assert status == 1
    assert "none.csv" in err


def test_translit_csv_not_utf8_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "people.csv"
    source.write_bytes("name\nБеридзе\n".encode("cp1251"))

    status, _out, err = run(["translit", "--input", str(source), "--column", "name"], capsys)

    assert status == 1
    assert "not UTF-8" in err


def test_translit_csv_malformed_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "people.csv"
    source.write_text('name\n"ნინო\n', encoding="utf-8")

    status, _out, err = run(["translit", "--input", str(source), "--column", "name"], capsys)

    assert status == 1
    assert "not valid CSV" in err
    assert "ნინო" not in err


def test_mrz_defaults_to_passport_system(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translit", "ნინო ბერიძე", "--mrz"]) == 0
    assert capsys.readouterr().out.strip() == "NINO<BERIDZE"


def test_translit_ragged_csv_exits_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "ragged.csv"
    source.write_text("id,surname\n1,ბერიძე,extra\n", encoding="utf-8")
    assert main(["translit", "--input", str(source), "--column", "surname"]) == 1
    err = capsys.readouterr().err
    assert "line 2 has 3 fields where the header has 2" in err
    assert "ბერიძე" not in err


def test_translit_reads_byte_order_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bom.csv"
    source.write_bytes("\ufeffid,surname\n1,ბერიძე\n".encode())
    assert main(["translit", "--input", str(source), "--column", "surname"]) == 0
    assert capsys.readouterr().out == "id,surname,surname_national\n1,ბერიძე,beridze\n"


def test_translit_mrz_with_other_system_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["translit", "--mrz", "--system", "national", "ნინო"])
    assert exit_info.value.code == 2
    assert "usage: migstd translit" in capsys.readouterr().err


def test_translit_reads_mrz_filler_back(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translit", "--to", "georgian", "--system", "passport", "NINO<BERIDZE"]) == 0
    assert capsys.readouterr().out.strip() == "ნინო ბერიძე"


def test_translit_output_message_in_georgian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "people.csv", [["name"], ["ნინო"]])
    output = tmp_path / "out.csv"

    status, _out, err = run(
        ["--lang", "ka", "translit", "--input", str(source), "--column", "name", "-o", str(output)], capsys
    )

    assert status == 0
    assert err == f"ჩაიწერა {output}\n"
