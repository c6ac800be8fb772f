"""Per-input settings of a link: date formats, and inputs of Person models."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from migstd.errors import DataQualityWarning, InputError, SettingsError
from migstd.linkage import Settings, link
from migstd.models import Person

# Two or three records give EM nothing to train on; the warning saying so is expected.
pytestmark = pytest.mark.filterwarnings("ignore:comparison .* was not free:migstd.errors.MigstdWarning")

LEFT = [
    {"id": "1", "given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "14.03.1990"},
    {"id": "2", "given_name": "გიორგი", "family_name": "კაპანაძე", "birth_date": "02.07.1985"},
]
RIGHT = [
    {"id": "a", "given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14"},
    {"id": "b", "given_name": "LEVAN", "family_name": "LOMIDZE", "birth_date": "1971-11-30"},
]


def settings(**options: object) -> Settings:
    return Settings(unique_id="id", probability_two_random_records_match=0.1, **options)  # type: ignore[arg-type]


def test_date_format_pair_per_input() -> None:
    result = link(LEFT, RIGHT, settings(date_formats={"birth_date": ("DD.MM.YYYY", "YYYY-MM-DD")}))
    levels = {
        (row["unique_id_l"], row["unique_id_r"]): row["birth_date_level"] for row in result.pairs.to_pylist()
    }
    assert levels[("1", "a")] == "exact"
    assert len(result.issues) == 0


def test_date_format_pair_reports_wrong_format() -> None:
    result = link(LEFT, RIGHT, settings(date_formats={"birth_date": ("YYYY-MM-DD", "YYYY-MM-DD")}))
    issues = result.issues.to_pylist()
    assert {(issue["input"], issue["row"], issue["field"]) for issue in issues} == {
        ("left", 0, "birth_date"),
        ("left", 1, "birth_date"),
    }


def test_single_date_format_applies_to_both() -> None:
    result = link(LEFT, RIGHT, settings(date_formats={"birth_date": "DD.MM.YYYY"}))
    assert {issue["input"] for issue in result.issues.to_pylist()} == {"right"}


def test_date_format_pair_round_trip() -> None:
    original = settings(date_formats={"birth_date": ("DD.MM.YYYY", "YYYYMMDD")})
    assert Settings.from_dict(original.to_dict()) == original


def test_date_format_invalid_value() -> None:
    with pytest.raises(SettingsError, match="date format"):
        settings(date_formats={"birth_date": ("DD.MM.YYYY",)})


def test_person_input_without_optional_fields() -> None:
    people = [
        Person.model_validate(
            {"names": [{"given_names": "ნინო", "family_names": "ბერიძე"}], "birth_date": "1990-03-14"}
        ),
        Person.model_validate(
            {"names": [{"given_names": "ლევან", "family_names": "ლომიძე"}], "birth_date": "1971-11-30"}
        ),
    ]
    others = [
        Person.model_validate(
            {"names": [{"given_names": "NINO", "family_names": "BERIDZE"}], "birth_date": "1990-03-14"}
        ),
    ]
    with warnings.catch_warnings():
        # Fields that no person has must not even be compared, so no all-null warning.
        warnings.simplefilter("error", DataQualityWarning)
        result = link(people, others, Settings(probability_two_random_records_match=0.1))
    pairs = result.pairs.to_pylist()
    assert [(row["row_l"], row["row_r"]) for row in pairs] == [(0, 0)]
    assert pairs[0]["family_name_level"] == "exact"
    assert "patronymic_level" not in result.pairs.column_names


def test_missing_column_message_lists_no_input_columns(tmp_path: Path) -> None:
    headerless = tmp_path / "headerless.csv"
    headerless.write_text("ZEBULONIA,ქვარცხავა,1977-11-29\nNINO,BERIDZE,1990-03-14\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        link(headerless, headerless, Settings(columns={"family_name": "surname"}))
    message = str(error.value)
    assert "'surname'" in message
    assert "header row" in message
    for value in ("ZEBULONIA", "ქვარცხავა", "1977-11-29"):
        assert value not in message
