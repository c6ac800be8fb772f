"""Per-input settings of a link: date formats, and inputs of Person models."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from migstd.errors import DataQualityWarning, InputError, SettingsError
from migstd.linkage import Settings, link
from migstd.models import Person

# Two or three records give EM nothing to train on; the warning saying so is expected.


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


def test_cluster_flags_inconsistent_chain() -> None:
    import numpy as np
    import pyarrow as pa

    from migstd.linkage._blocking import CandidatePairs
    from migstd.linkage._cluster import connected_components
    from migstd.linkage._pipeline import _clusters_table
    from migstd.linkage._prepare import Prepared

    # A~B and B~C match; A and C were compared and did not; D is alone.
    prepared = Prepared(
        table=pa.table({"_row": [0, 1, 2, 3]}),
        source=np.zeros(4, dtype=np.int8),
        row=np.arange(4, dtype=np.int64),
        unique_id=np.array(["A", "B", "C", "D"], dtype=object),
        encoded={},
        kinds={},
        truth=None,
    )
    pairs = CandidatePairs(
        left=np.array([0, 1, 0, 2], dtype=np.int64),
        right=np.array([1, 2, 2, 3], dtype=np.int64),
        rule=np.zeros(4, dtype=np.int16),
    )
    matched = np.array([True, True, False, False])
    labels = connected_components(4, pairs.left[matched], pairs.right[matched])

    rows = {
        row["unique_id"]: row
        for row in _clusters_table(prepared, labels, ["input"], pairs, matched).to_pylist()
    }

    assert rows["A"]["cluster_id"] == rows["C"]["cluster_id"]
    assert rows["A"]["cluster_size"] == 3
    assert rows["A"]["conflicting_pairs"] == 1
    assert rows["D"]["cluster_size"] == 1
    assert rows["D"]["conflicting_pairs"] == 0


PLACEHOLDER_PEOPLE = [
    {"id": "1", "given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "1990-03-14", "sex": "0"},
    {"id": "2", "given_name": "MARIAM", "family_name": "BERIDZE", "birth_date": "1990-03-14", "sex": "X"},
]


@pytest.mark.parametrize("placeholder", ["00000000000", "0", "XXXXXX"])
def test_placeholder_identifier_is_missing(placeholder: str) -> None:
    from migstd.linkage import dedupe

    records = [{**person, "personal_number": placeholder} for person in PLACEHOLDER_PEOPLE]
    result = dedupe(records, Settings(unique_id="id", probability_two_random_records_match=0.1))
    pair = result.pairs.to_pylist()[0]
    assert pair["personal_number_level"] == "null"
    assert {issue["rule"] for issue in result.issues.to_pylist()} == {"identifier_placeholder"}


@pytest.mark.parametrize("placeholder", ["unknown", "უცნობი", "n/a", "#N/A", "\\N", "-", "?"])
def test_placeholder_strings_are_missing(placeholder: str) -> None:
    from migstd.linkage import dedupe

    records = [{**person, "document_number": placeholder} for person in PLACEHOLDER_PEOPLE]
    result = dedupe(records, Settings(unique_id="id", probability_two_random_records_match=0.1))
    assert result.pairs.to_pylist()[0]["document_number_level"] == "null"
    assert len(result.issues) == 0


def test_unknown_sex_codes_are_not_agreement() -> None:
    from migstd.linkage import dedupe

    result = dedupe(PLACEHOLDER_PEOPLE, Settings(unique_id="id", probability_two_random_records_match=0.1))
    assert result.pairs.to_pylist()[0]["sex_level"] == "null"
    assert len(result.issues) == 0


def test_name_without_letters_is_an_issue() -> None:
    records = [{"id": "1", "given_name": "0", "family_name": "ბერიძე", "birth_date": "1990-03-14"}]
    others = [{"id": "a", "given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14"}]
    result = link(records, others, Settings(unique_id="id", probability_two_random_records_match=0.1))
    assert result.issues.to_pylist() == [
        {"input": "left", "row": 0, "field": "given_name", "rule": "name_has_letters"}
    ]


def test_invalid_date_format_raises_before_reading() -> None:
    with pytest.raises(SettingsError, match=r"dd\.mm\.yyyy"):
        Settings(date_formats={"birth_date": "dd.mm.yyyy"})
    with pytest.raises(SettingsError):
        Settings(date_formats={"birth_date": ("DD.MM.YYYY", "D.M.YYYY")})


@pytest.mark.parametrize("off", [None, False, [], ()])
def test_swapped_names_can_be_turned_off(off: object) -> None:
    assert Settings(swapped_names=off).swapped_names is None  # type: ignore[arg-type]


def test_swapped_names_rejects_single_field() -> None:
    with pytest.raises(SettingsError, match="pair of name fields"):
        Settings(swapped_names="given_name")  # type: ignore[arg-type]


def test_one_to_one_keeps_strongest_match() -> None:
    left = [{"id": "1", "given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "1990-03-14"}]
    right = [
        {"id": "a", "given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14"},
        {"id": "b", "given_name": "GIORGI", "family_name": "BERIDZE", "birth_date": "1990-03-14"},
        {"id": "c", "given_name": "LEVAN", "family_name": "LOMIDZE", "birth_date": "1971-11-30"},
    ]
    options = {
        "unique_id": "id",
        "probability_two_random_records_match": 0.5,
        "threshold_match_weight": -50.0,
    }

    both = link(left, right, Settings(**options))  # type: ignore[arg-type]
    one = link(left, right, Settings(one_to_one=True, **options))  # type: ignore[arg-type]

    assert {row["unique_id_r"] for row in both.matches.to_pylist()} == {"a", "b"}
    assert [row["unique_id_r"] for row in one.matches.to_pylist()] == ["a"]
    assert one.counts["matches"] == 1


def test_one_to_one_must_be_a_flag() -> None:
    with pytest.raises(SettingsError, match="one_to_one"):
        Settings(one_to_one="yes")  # type: ignore[arg-type]


def test_cyrillic_names_compare_exact_with_latin() -> None:
    left = [
        {"id": "1", "given_name": "Нино", "family_name": "Беридзе", "birth_date": "1990-03-14"},
        {"id": "2", "given_name": "Георгий", "family_name": "Гамсахурдия", "birth_date": "1939-03-31"},
    ]
    right = [
        {"id": "a", "given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14"},
        {"id": "b", "given_name": "GIORGI", "family_name": "GAMSAKHURDIA", "birth_date": "1939-03-31"},
    ]
    result = link(left, right, Settings(unique_id="id", probability_two_random_records_match=0.1))
    levels = {
        (row["unique_id_l"], row["unique_id_r"]): (row["given_name_level"], row["family_name_level"])
        for row in result.pairs.to_pylist()
    }
    assert levels[("1", "a")] == ("exact", "exact")
    assert levels[("2", "b")] == ("exact", "exact")
