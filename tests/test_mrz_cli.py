"""Tests of the migstd mrz command."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from migstd.cli import main

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
BAD_BIRTH_CHECK = (TD3[0], TD3[1][:19] + "3" + TD3[1][20:])
BAD_MONTH = (TD3[0], "L898902C36UTO7413122F1204159ZE184226B<<<<<10")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_mrz_prints_fields_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["mrz", *TD3], capsys)

    assert status == 0
    assert err == ""
    data = json.loads(out)
    assert data["format"] == "TD3"
    assert data["primary_identifier"] == "ERIKSSON"
    assert data["birth_date"] == "1974-08-12"
    assert data["expiry_date"] == "2012-04-15"
    assert data["valid"] is True
    assert [check["field"] for check in data["check_digits"]] == [
        "document_number",
        "birth_date",
        "expiry_date",
        "optional_data",
        "composite",
    ]


def test_mrz_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\r\n".join(TD1) + "\r\n"))

    status, out, _err = run(["mrz"], capsys)

    assert status == 0
    assert json.loads(out)["format"] == "TD1"


def test_mrz_reads_input_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "zone.txt"
    path.write_text("\n".join(TD1) + "\n", encoding="utf-8")

    status, out, _err = run(["mrz", "--input", str(path)], capsys)

    assert status == 0
    assert json.loads(out)["secondary_identifier"] == "ANNA MARIA"


def test_mrz_bad_check_digit(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["mrz", *BAD_BIRTH_CHECK], capsys)

    assert status == 1
    assert json.loads(out)["valid"] is False
    assert err == (
        "migstd: error: invalid MRZ: mrz.birth_date: the check digit of birth_date does not match "
        "(rule invalid_checksum)\n"
    )


def test_mrz_structural_fault(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["mrz", *BAD_MONTH], capsys)

    assert status == 1
    assert out == ""
    assert err == (
        "migstd: error: invalid MRZ: mrz.birth_date: the month is not between 01 and 12 "
        "(rule invalid_component)\n"
    )


def test_mrz_messages_in_georgian(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(["mrz", "--lang", "ka", *BAD_BIRTH_CHECK], capsys)

    assert status == 1
    assert err.startswith("migstd: შეცდომა: არასწორი MRZ: mrz.birth_date:")
    assert "(წესი invalid_checksum)" in err


def test_mrz_error_hides_values(capsys: pytest.CaptureFixture[str]) -> None:
    for zone in (BAD_BIRTH_CHECK, BAD_MONTH, (TD3[0], TD3[1][:40])):
        _status, _out, err = run(["mrz", *zone], capsys)

        assert "ERIKSSON" not in err
        assert "L898902C3" not in err
        assert "741312" not in err
        assert "740812" not in err
        assert len(err.splitlines()) == 1


def test_mrz_lines_and_input_is_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _out, err = run(["mrz", "--input", str(tmp_path / "zone.txt"), *TD3], capsys)

    assert status == 2
    assert "give LINE arguments or --input, not both" in err


def test_mrz_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _out, err = run(["mrz", "--input", str(tmp_path / "missing.txt")], capsys)

    assert status == 1
    assert "not found" in err


def test_mrz_file_not_utf8(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "zone.txt"
    path.write_bytes(b"P<UTO\xff\xfe")

    status, _out, err = run(["mrz", "--input", str(path)], capsys)

    assert status == 1
    assert "is not UTF-8 text" in err
    assert "P<UTO" not in err.split("zone.txt")[-1]


def test_mrz_help_lists_options(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(["mrz", "--help"], capsys)

    assert status == 0
    assert "--input FILE" in out
    assert "LINE" in out


def test_mrz_extra_line_names_td1_rule(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["mrz", *TD3, "XX"], capsys)

    assert status == 1
    assert out == ""
    assert err == (
        "migstd: error: invalid MRZ: mrz.line1: a zone of 3 lines must be TD1 with 30 characters "
        "per line; line 1 has 44 characters (rule invalid_length)\n"
    )


def test_mrz_extra_line_in_georgian(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(["--lang", "ka", "mrz", *TD3, "XX"], capsys)

    assert status == 1
    assert "3-სტრიქონიანი ზონა უნდა იყოს TD1, სტრიქონში 30 სიმბოლოთი; სტრიქონ 1-ში 44 სიმბოლოა" in err
    assert "characters" not in err


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        (("A", TD3[1]), "36 (TD2, MRV-B) or 44 (TD3, MRV-A) characters per line; line 1 has 1 character "),
        ((TD3[0], TD3[1] + "1"), "must have 44 characters, as line 1 has; line 2 has 45 characters "),
        ((TD1[0], TD1[1], "E"), "30 characters per line; line 3 has 1 character "),
        ((TD3[0],), "the zone has 1 non-blank line; an MRZ has 3 lines"),
        ((*TD1, TD1[2]), "the zone has 4 non-blank lines;"),
    ],
)
def test_mrz_shape_messages(zone: tuple[str, ...], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(["mrz", *zone], capsys)

    assert status == 1
    assert expected in err
    assert "ERIKSSON" not in err


def test_mrz_help_verbose_is_general(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(["mrz", "--help"], capsys)

    assert status == 0
    assert "print progress messages on stderr" in out
    assert "linkage" not in out
