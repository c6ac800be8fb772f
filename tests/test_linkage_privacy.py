"""Tests that linkage never reveals a personal value in issues, logs, warnings or errors."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import Any

import pytest

from migstd.errors import InputError
from migstd.linkage import LinkageResult, Settings, dedupe, link
from migstd.script import name_key, to_latin

# Left row 0 has a birth date that does not exist and a country code that is
# not in the code list. It is still the same person as right row 0.
LEFT: list[dict[str, Any]] = [
    {
        "record_id": "PSDA-1",
        "given_name": "ნინო",
        "family_name": "წიკლაური",
        "patronymic": "ზურაბ",
        "birth_date": "1985-02-30",
        "sex": "F",
        "citizenship": "XYZ",
        "personal_number": "01024059317",
        "document_number": "09AB12345",
    },
    {
        "record_id": "PSDA-2",
        "given_name": "ლევან",
        "family_name": "კაპანაძე",
        "patronymic": "დავით",
        "birth_date": "1977-08-19",
        "sex": "M",
        "citizenship": "GEO",
        "personal_number": "01001012345",
        "document_number": "09AC67890",
    },
]
RIGHT: list[dict[str, Any]] = [
    {
        "record_id": "BC-1",
        "given_name": "NINO",
        "family_name": "TSIKLAURI",
        "patronymic": "ZURAB",
        "birth_date": "1985-02-30",
        "sex": "F",
        "citizenship": "GEO",
        "personal_number": "01024059317",
        "document_number": "09AB12345",
    },
    {
        "record_id": "BC-2",
        "given_name": "SALOME",
        "family_name": "GELASHVILI",
        "patronymic": "ALEKSANDRE",
        "birth_date": "2001-05-09",
        "sex": "F",
        "citizenship": "GEO",
        "personal_number": "01001066666",
        "document_number": "09AD33333",
    },
]
PERSONAL_FIELDS = (
    "given_name",
    "family_name",
    "patronymic",
    "birth_date",
    "personal_number",
    "document_number",
)


def personal_values() -> set[str]:
    """Every personal value of the inputs, with the Latin forms and name keys derived from it."""
    values: set[str] = set()
    for record in LEFT + RIGHT:
        for field in PERSONAL_FIELDS:
            value = str(record[field])
            values |= {value.casefold(), value.replace("-", "").casefold()}
            if field in ("given_name", "family_name", "patronymic"):
                values |= {to_latin(value, "passport").casefold(), name_key(value)}
    return values


def assert_no_personal_value(text: str, where: str) -> None:
    folded = text.casefold()
    for value in personal_values():
        assert value not in folded, f"{where} contains a personal value"


@pytest.fixture(scope="module")
def observed() -> tuple[LinkageResult, list[logging.LogRecord], list[warnings.WarningMessage]]:
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    logger = logging.getLogger("migstd")
    handler = Keep(level=logging.DEBUG)
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = link(LEFT, RIGHT, Settings(unique_id="record_id"))
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    return result, records, list(caught)


def test_record_with_invalid_values_is_linked(observed: Any) -> None:
    result, _, _ = observed

    matches = [(row["unique_id_l"], row["unique_id_r"]) for row in result.matches.to_pylist()]
    first = next(row for row in result.pairs.to_pylist() if row["unique_id_l"] == "PSDA-1")

    assert matches == [("PSDA-1", "BC-1")]
    assert first["birth_date_level"] == "null"
    assert first["citizenship_level"] == "null"


def test_issues_name_field_and_rule_only(observed: Any) -> None:
    result, _, _ = observed

    issues = result.issues.to_pylist()

    assert result.issues.column_names == ["input", "row", "field", "rule"]
    assert issues == [
        {"input": "left", "row": 0, "field": "birth_date", "rule": "date"},
        {"input": "left", "row": 0, "field": "citizenship", "rule": "code_list_country"},
        {"input": "right", "row": 0, "field": "birth_date", "rule": "date"},
    ]
    assert result.counts["issues"] == 3
    assert "xyz" not in str(issues).casefold()
    assert_no_personal_value(str(issues), "issues")


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_logs_hold_no_personal_value(observed: Any, caplog: pytest.LogCaptureFixture) -> None:
    _, records, _ = observed
    caplog.set_level(logging.DEBUG, logger="migstd")

    dedupe(LEFT + RIGHT, Settings(unique_id="record_id"))
    messages = [record.getMessage() for record in [*records, *caplog.records]]

    assert any("candidate pairs" in message for message in messages)
    for message in messages:
        assert_no_personal_value(message, f"log record {message[:40]!r}")


def test_warnings_hold_no_personal_value(observed: Any) -> None:
    _, _, caught = observed

    for warning in caught:
        assert_no_personal_value(str(warning.message), f"warning {type(warning.message).__name__}")


def test_result_tables_hold_no_personal_value(observed: Any, tmp_path: Path) -> None:
    result, _, _ = observed

    for name in ("pairs", "clusters", "issues"):
        path = getattr(result, name).write(tmp_path / f"{name}.csv")
        assert_no_personal_value(path.read_text(encoding="utf-8"), name)
    assert_no_personal_value(repr(result), "repr of the result")
    assert_no_personal_value(str(result.model.to_dict()), "model")


def test_duplicate_id_error_holds_no_value() -> None:
    records = [dict(record) for record in LEFT + RIGHT]

    with pytest.raises(InputError) as raised:
        dedupe(records, Settings(unique_id="personal_number"))

    assert "rows 0 and 2" in str(raised.value)
    assert_no_personal_value(str(raised.value), "error message")


def test_unreadable_csv_error_holds_no_line(tmp_path: Path) -> None:
    path = tmp_path / "extract.csv"
    path.write_bytes(b"given_name,family_name\nNINO,TSIKLAURI\nLEVAN,KAPAN\xffADZE\n")

    with pytest.raises(InputError, match="cannot read") as raised:
        dedupe(path)

    error = raised.value
    assert "TSIKLAURI" not in str(error)
    assert error.__cause__ is None
    assert error.__context__ is None
