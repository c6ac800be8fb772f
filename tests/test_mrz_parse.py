"""Tests of migstd.identifiers.mrz.parse and the stdnum functions: specimens, edge cases, errors."""

from __future__ import annotations

import datetime as dt

import pytest

from migstd.codelists import Country, IcaoCodeEntry
from migstd.identifiers import (
    InvalidChecksumError,
    InvalidComponentError,
    InvalidFormatError,
    InvalidLengthError,
    Reason,
    mrz,
)
from migstd.identifiers.mrz import Mrz, MrzDate

TODAY = dt.date(2026, 12, 4)

# Specimens of Doc 9303 (Utopia, Anna Maria Eriksson): TD3 from Part 4,
# TD1 and TD2 from Parts 5 and 6, MRV-A and MRV-B from Part 7 Appendix B
# (Eighth Edition), and the older MRV specimens that other parsers test with.
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")
MRV_A = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C<3UTO6908061F9406236ZE184226B<<<<<<<")
MRV_B = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L898902C<3UTO6908061F9406236ZE184226")
MRV_A_OLD = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<")
MRV_B_OLD = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<")

SPECIMENS = [
    pytest.param(TD3, "TD3", "P", "L898902C3", "UTO", "1974-08-12", "2012-04-15", "ZE184226B", id="TD3"),
    pytest.param(TD1, "TD1", "I", "D23145890", "UTO", "1974-08-12", "2012-04-15", "", id="TD1"),
    pytest.param(TD2, "TD2", "I", "D23145890", "UTO", "1974-08-12", "2012-04-15", "", id="TD2"),
    pytest.param(MRV_A, "MRV-A", "V", "L898902C", "UTO", "1969-08-06", "1994-06-23", "ZE184226B", id="MRV-A"),
    pytest.param(MRV_B, "MRV-B", "V", "L898902C", "UTO", "1969-08-06", "1994-06-23", "ZE184226", id="MRV-B"),
    pytest.param(
        MRV_A_OLD, "MRV-A", "V", "L8988901C", "XXX", "1940-09-07", "1996-12-10", "6ZE184226B", id="MRV-A-old"
    ),
    pytest.param(MRV_B_OLD, "MRV-B", "V", "L8988901C", "XXX", "1940-09-07", "1996-12-10", "", id="MRV-B-old"),
]


@pytest.mark.parametrize(
    ("lines", "mrz_format", "code", "number", "nationality", "birth", "expiry", "optional"), SPECIMENS
)
def test_specimen_fields(
    lines: tuple[str, ...],
    mrz_format: str,
    code: str,
    number: str,
    nationality: str,
    birth: str,
    expiry: str,
    optional: str,
) -> None:
    result = mrz.parse("\n".join(lines), today=TODAY)

    assert result.format == mrz_format
    assert result.document_code == code
    assert result.issuing_state == "UTO"
    assert result.primary_identifier == "ERIKSSON"
    assert result.secondary_identifier == "ANNA MARIA"
    assert result.document_number == number
    assert result.nationality == nationality
    assert result.birth_date.isoformat() == birth
    assert result.sex == "F"
    assert result.expiry_date.isoformat() == expiry
    assert result.optional_data == optional
    assert result.valid
    assert not result.names_truncated


@pytest.mark.parametrize("lines", [spec.values[0] for spec in SPECIMENS], ids=[s.id for s in SPECIMENS])
def test_specimen_regenerates(lines: tuple[str, ...]) -> None:
    fields = mrz.parse(lines, today=TODAY).fields()

    assert mrz.generate(**fields) == lines


def test_specimen_check_digits() -> None:
    checks = mrz.parse(TD3, today=TODAY).check_digits

    assert [check.field for check in checks] == [
        "document_number",
        "birth_date",
        "expiry_date",
        "optional_data",
        "composite",
    ]
    assert [check.printed for check in checks] == ["6", "2", "9", "1", "0"]
    assert all(check.computed == check.printed for check in checks)


@pytest.mark.parametrize(
    ("lines", "fields"),
    [
        (TD1, ["document_number", "birth_date", "expiry_date", "composite"]),
        (TD2, ["document_number", "birth_date", "expiry_date", "composite"]),
        (MRV_A, ["document_number", "birth_date", "expiry_date"]),
        (MRV_B, ["document_number", "birth_date", "expiry_date"]),
    ],
)
def test_check_digits_per_format(lines: tuple[str, ...], fields: list[str]) -> None:
    assert [check.field for check in mrz.parse(lines, today=TODAY).check_digits] == fields


# Single names: an empty primary identifier, or a primary identifier only;
# an empty personal number field with a check digit of < or 0.
SINGLE_NAME_EMPTY_PRIMARY = (
    "P<PAK<<TAHIRA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "KP48217366PAK8704197F2903116<<<<<<<<<<<<<<<0",
)
SINGLE_NAME_PRIMARY_ONLY = (
    "P<PAKTAHIRA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "KP48217366PAK8704197F2903116<<<<<<<<<<<<<<<0",
)
BLANK_OPTIONAL_ZERO_CHECK = (
    "P<PAKTAHIRA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "KP48217366PAK8704197F2903116<<<<<<<<<<<<<<00",
)


def test_single_name_empty_primary() -> None:
    result = mrz.parse(SINGLE_NAME_EMPTY_PRIMARY, today=TODAY)

    assert result.valid
    assert result.primary_identifier == ""
    assert result.secondary_identifier == "TAHIRA"
    assert result.birth_date.to_date() == dt.date(1987, 4, 19)
    assert result.expiry_date.to_date() == dt.date(2029, 3, 11)


def test_single_name_primary_only() -> None:
    result = mrz.parse(SINGLE_NAME_PRIMARY_ONLY, today=TODAY)

    assert result.valid
    assert result.primary_identifier == "TAHIRA"
    assert result.secondary_identifier == ""


@pytest.mark.parametrize(
    "lines", [SINGLE_NAME_PRIMARY_ONLY, BLANK_OPTIONAL_ZERO_CHECK], ids=["filler", "zero"]
)
def test_blank_optional_check_digit(lines: tuple[str, str]) -> None:
    result = mrz.parse(lines, today=TODAY)

    assert result.valid
    assert result.optional_data == ""
    assert mrz.is_valid(lines)


def test_blank_optional_check_digit_regenerates() -> None:
    fields = mrz.parse(BLANK_OPTIONAL_ZERO_CHECK, today=TODAY).fields()

    assert mrz.generate(**fields, blank_check_digit="0") == BLANK_OPTIONAL_ZERO_CHECK
    assert mrz.generate(**fields) == SINGLE_NAME_PRIMARY_ONLY


def test_filler_check_digit_only_for_blank_field() -> None:
    lines = (TD3[0], TD3[1][:42] + "<" + TD3[1][43])

    # The composite check digit counted the printed 1, so it fails too.
    assert mrz.parse(lines, today=TODAY).failed_checks == ("optional_data", "composite")


# An invented Georgian identity card whose name fills the 30-character line.
GEORGIAN_TD1 = (
    "IDGEO17KA40385001024059317<<<<",
    "9003141F3108228GEO<<<<<<<<<<<0",
    "DEKANOSIDZE<<MARIAM<ELENE<NINO",
)


def test_td1_full_name_line() -> None:
    result = mrz.parse(GEORGIAN_TD1, today=TODAY)

    assert result.format == "TD1"
    assert result.document_number == "17KA40385"
    assert result.optional_data == "01024059317"
    assert result.birth_date.to_date() == dt.date(1990, 3, 14)
    assert result.sex == "F"
    assert result.expiry_date.to_date() == dt.date(2031, 8, 22)
    assert result.primary_identifier == "DEKANOSIDZE"
    assert result.secondary_identifier == "MARIAM ELENE NINO"
    assert result.names_truncated
    assert result.check_digits[-1].field == "composite"
    assert result.check_digits[-1].valid


def test_names_truncated_false_with_trailing_filler() -> None:
    assert not mrz.parse(TD1, today=TODAY).names_truncated


def test_td1_long_document_number() -> None:
    lines = mrz.generate(
        "TD1",
        document_code="ID",
        issuing_state="UTO",
        primary_identifier="ERIKSSON",
        secondary_identifier="ANNA",
        document_number="D23145890123",
        nationality="UTO",
        birth_date=dt.date(1974, 8, 12),
        sex="F",
        expiry_date=dt.date(2032, 4, 15),
        optional_data="AB12",
    )

    assert lines[0][5:15] == "D23145890<"
    assert lines[0][15:20] == "1233<"
    result = mrz.parse(lines, today=TODAY)
    assert result.document_number == "D23145890123"
    assert result.optional_data == "AB12"
    assert result.check_digits[0].printed == "3"
    assert result.valid


def test_td2_long_document_number() -> None:
    lines = mrz.generate(
        "TD2",
        document_code="I",
        issuing_state="UTO",
        primary_identifier="ERIKSSON",
        document_number="D231458901",
        nationality="UTO",
        birth_date=dt.date(1974, 8, 12),
        sex="F",
        expiry_date=dt.date(2032, 4, 15),
    )

    result = mrz.parse(lines, today=TODAY)
    assert lines[1][9] == "<"
    assert result.document_number == "D231458901"
    assert result.valid


def test_input_tolerance() -> None:
    messy = "\r\n\n  " + TD3[0][:10] + " " + TD3[0][10:] + "\r\n\r\n" + TD3[1].lower() + "  \n\n"

    assert mrz.compact(messy) == "\n".join(TD3)
    assert mrz.parse(messy, today=TODAY) == mrz.parse(TD3, today=TODAY)


def test_single_line_zone_is_split() -> None:
    assert mrz.compact("".join(TD1)) == "\n".join(TD1)
    assert mrz.compact("".join(TD3)) == "\n".join(TD3)


def test_format_returns_lines() -> None:
    assert mrz.format(list(TD2)) == "\n".join(TD2)


def test_sex_filler_reads_as_x() -> None:
    lines = mrz.generate(**{**mrz.parse(TD3, today=TODAY).fields(), "sex": "X"})

    assert lines[1][20] == "<"
    assert mrz.parse(lines, today=TODAY).sex == "X"


def test_sex_printed_x() -> None:
    line = TD2[1][:20] + "X" + TD2[1][21:]

    assert mrz.parse((TD2[0], line), today=TODAY).sex == "X"


def test_german_state_code() -> None:
    lines = ("I<D<<ERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907D<<7408122F1204159<<<<<<<6")
    result = mrz.parse(lines, today=TODAY)

    assert result.issuing_state == "D"
    assert result.nationality == "D"
    entry = result.issuing_state_entry()
    assert isinstance(entry, Country)
    assert entry.code == "DEU"


@pytest.mark.parametrize(
    ("code", "expected_kind"),
    [
        ("XXA", "stateless-refugee"),
        ("UTO", "specimen"),
        ("UNO", "organization"),
        ("GBD", "nationality-variant"),
    ],
)
def test_nationality_icao_entries(code: str, expected_kind: str) -> None:
    fields = mrz.parse(TD3, today=TODAY).fields()
    result = mrz.parse(mrz.generate(**{**fields, "nationality": code}), today=TODAY)

    entry = result.nationality_entry()
    assert isinstance(entry, IcaoCodeEntry)
    assert entry.kind == expected_kind


def test_kosovo_resolves_to_country() -> None:
    fields = mrz.parse(TD3, today=TODAY).fields()
    result = mrz.parse(mrz.generate(**{**fields, "issuing_state": "RKS"}), today=TODAY)

    entry = result.issuing_state_entry()
    assert isinstance(entry, Country)
    assert entry.code == "XKX"


def test_unknown_state_code_rejected_on_lookup() -> None:
    lines = (TD3[0].replace("UTO", "QQQ", 1), TD3[1])
    result = mrz.parse(lines, today=TODAY)

    with pytest.raises(InvalidComponentError) as error:
        result.issuing_state_entry()
    assert error.value.field == "mrz.issuing_state"


# Dates


@pytest.mark.parametrize("birth", ["991399", "310231", "740230", "740100", "741300", "010229"])
def test_impossible_birth_date_rejected(birth: str) -> None:
    fields = TD3[1][:13] + birth
    line = fields + mrz.check_digit(birth) + TD3[1][20:43]
    line += mrz.check_digit(line[0:10] + line[13:20] + line[21:43])

    with pytest.raises(InvalidComponentError) as error:
        mrz.parse((TD3[0], line), today=TODAY)
    assert error.value.field == "mrz.birth_date"
    assert error.value.rule == "invalid_component"


def test_impossible_expiry_date_rejected() -> None:
    expiry = "260431"
    line = TD3[1][:21] + expiry + mrz.check_digit(expiry) + TD3[1][28:]

    with pytest.raises(InvalidComponentError) as error:
        mrz.parse((TD3[0], line), today=TODAY)
    assert error.value.field == "mrz.expiry_date"


def test_date_with_letter_rejected() -> None:
    line = TD3[1][:13] + "74O812" + TD3[1][19:]

    with pytest.raises(InvalidFormatError) as error:
        mrz.parse((TD3[0], line), today=TODAY)
    assert error.value.field == "mrz.birth_date"


def test_leap_day_accepted() -> None:
    birth = "000229"
    line = TD3[1][:13] + birth + mrz.check_digit(birth) + TD3[1][20:]

    result = mrz.parse((TD3[0], line), today=TODAY)
    assert result.birth_date.to_date() == dt.date(2000, 2, 29)


@pytest.mark.parametrize(
    ("printed", "year", "month", "day", "iso"),
    [
        ("7408<<", 1974, 8, None, "1974-08"),
        ("74<<<<", 1974, None, None, "1974"),
        ("<<<<<<", None, None, None, None),
        ("74<<12", 1974, None, 12, None),
    ],
)
def test_partial_birth_date(
    printed: str, year: int | None, month: int | None, day: int | None, iso: str
) -> None:
    line = TD3[1][:13] + printed + mrz.check_digit(printed) + TD3[1][20:]
    result = mrz.parse((TD3[0], line), today=TODAY)

    assert result.birth_date == MrzDate(year, month, day)
    assert result.birth_date.isoformat() == iso
    assert result.birth_date.to_date() is None
    assert not result.birth_date.complete


@pytest.mark.parametrize(
    ("printed", "expected_year"),
    [("261204", 2026), ("261205", 1926), ("000101", 2000), ("991231", 1999)],
)
def test_birth_century(printed: str, expected_year: int) -> None:
    line = TD3[1][:13] + printed + mrz.check_digit(printed) + TD3[1][20:]

    assert mrz.parse((TD3[0], line), today=TODAY).birth_date.year == expected_year


@pytest.mark.parametrize(("printed", "expected_year"), [("760101", 2076), ("770101", 1977), ("120415", 2012)])
def test_expiry_century(printed: str, expected_year: int) -> None:
    line = TD3[1][:21] + printed + mrz.check_digit(printed) + TD3[1][28:]

    assert mrz.parse((TD3[0], line), today=TODAY).expiry_date.year == expected_year


# Structural errors


@pytest.mark.parametrize(
    ("text", "error_type", "field"),
    [
        ((TD3[0], TD3[1][:43]), InvalidLengthError, "mrz.line2"),
        ((TD3[0][:43], TD3[1]), InvalidLengthError, "mrz.line1"),
        ((TD3[0],), InvalidLengthError, "mrz"),
        ((*TD1, TD1[0]), InvalidLengthError, "mrz"),
        ((TD1[0], TD1[1], TD1[2][:29]), InvalidLengthError, "mrz.line3"),
        ((TD3[0], TD3[1][:5] + "$" + TD3[1][6:]), InvalidFormatError, "mrz.line2"),
        ((TD3[0], TD3[1][:5] + "Ö" + TD3[1][6:]), InvalidFormatError, "mrz.line2"),
        ((TD3[0][:7] + "4" + TD3[0][8:], TD3[1]), InvalidFormatError, "mrz.name"),
        ((TD3[0][:2] + "U1O" + TD3[0][5:], TD3[1]), InvalidFormatError, "mrz.issuing_state"),
        ((TD3[0], TD3[1][:10] + "<<<" + TD3[1][13:]), InvalidFormatError, "mrz.nationality"),
        ((TD3[0], TD3[1][:20] + "Q" + TD3[1][21:]), InvalidComponentError, "mrz.sex"),
    ],
)
def test_structural_error_names_field(text: tuple[str, ...], error_type: type[Exception], field: str) -> None:
    with pytest.raises(error_type) as error:
        mrz.parse(text, today=TODAY)
    assert getattr(error.value, "field", None) == field


def test_check_digit_failure_does_not_raise_in_parse() -> None:
    line = TD3[1][:9] + "7" + TD3[1][10:]

    result = mrz.parse((TD3[0], line), today=TODAY)
    assert not result.valid
    assert result.failed_checks == ("document_number", "composite")


# Every check digit corrupted in turn is reported for its field.
CHECK_POSITIONS = [
    pytest.param(TD3, 1, 9, "document_number", id="TD3-number"),
    pytest.param(TD3, 1, 19, "birth_date", id="TD3-birth"),
    pytest.param(TD3, 1, 27, "expiry_date", id="TD3-expiry"),
    pytest.param(TD3, 1, 42, "optional_data", id="TD3-optional"),
    pytest.param(TD3, 1, 43, "composite", id="TD3-composite"),
    pytest.param(TD1, 0, 14, "document_number", id="TD1-number"),
    pytest.param(TD1, 1, 6, "birth_date", id="TD1-birth"),
    pytest.param(TD1, 1, 14, "expiry_date", id="TD1-expiry"),
    pytest.param(TD1, 1, 29, "composite", id="TD1-composite"),
    pytest.param(TD2, 1, 9, "document_number", id="TD2-number"),
    pytest.param(TD2, 1, 19, "birth_date", id="TD2-birth"),
    pytest.param(TD2, 1, 27, "expiry_date", id="TD2-expiry"),
    pytest.param(TD2, 1, 35, "composite", id="TD2-composite"),
    pytest.param(MRV_A, 1, 9, "document_number", id="MRV-A-number"),
    pytest.param(MRV_A, 1, 19, "birth_date", id="MRV-A-birth"),
    pytest.param(MRV_A, 1, 27, "expiry_date", id="MRV-A-expiry"),
    pytest.param(MRV_B, 1, 9, "document_number", id="MRV-B-number"),
    pytest.param(MRV_B, 1, 19, "birth_date", id="MRV-B-birth"),
    pytest.param(MRV_B, 1, 27, "expiry_date", id="MRV-B-expiry"),
]


@pytest.mark.parametrize(("lines", "line_index", "position", "field"), CHECK_POSITIONS)
def test_corrupted_check_digit_reported(
    lines: tuple[str, ...], line_index: int, position: int, field: str
) -> None:
    line = lines[line_index]
    wrong = str((int(line[position]) + 1) % 10)
    corrupted = list(lines)
    corrupted[line_index] = line[:position] + wrong + line[position + 1 :]

    result = mrz.parse(corrupted, today=TODAY)
    assert result.failed_checks[0] == field
    with pytest.raises(InvalidChecksumError) as error:
        mrz.validate(corrupted, today=TODAY)
    assert error.value.field == f"mrz.{field}"
    assert mrz.check(corrupted) is Reason.INVALID_CHECKSUM


def test_validate_returns_compact_text() -> None:
    assert mrz.validate(" " + "\r\n".join(TD1) + "\n") == "\n".join(TD1)


def test_check_reasons() -> None:
    assert mrz.check(TD3) is Reason.OK
    assert mrz.check("P<UTO") is Reason.INVALID_LENGTH
    assert mrz.check((TD3[0], TD3[1][:5] + "$" + TD3[1][6:])) is Reason.INVALID_FORMAT


def test_model_is_frozen() -> None:
    result = mrz.parse(TD3, today=TODAY)

    with pytest.raises(AttributeError):
        result.document_number = "X"  # type: ignore[misc]
    assert isinstance(result, Mrz)


def test_to_dict_is_json_ready() -> None:
    data = mrz.parse(TD3, today=TODAY).to_dict()

    assert data["birth_date"] == "1974-08-12"
    assert data["birth_date_parts"] == {"year": 1974, "month": 8, "day": 12}
    assert data["check_digits"][0] == {
        "field": "document_number",
        "printed": "6",
        "computed": "6",
        "valid": True,
    }
    assert data["valid"] is True


def test_three_lines_of_passport_width_named_as_td1() -> None:
    zone = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "X",
    ]
    with pytest.raises(InvalidLengthError) as caught:
        mrz.parse(zone)
    assert caught.value.field == "mrz.line1"
    assert "a zone of 3 lines must be TD1 with 30 characters per line" in str(caught.value)
    assert "line 1 has 44 characters" in str(caught.value)


def test_one_character_line_in_singular() -> None:
    with pytest.raises(InvalidLengthError, match="has 1 character;"):
        mrz.parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L"])
