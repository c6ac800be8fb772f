"""Tests for the code lists of Georgian legal categories of migration."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter
from pydantic import ValidationError as PydanticValidationError

from migstd.codelists import CodeList
from migstd.codelists._ge_legal import (
    AuthorityCode,
    CitizenshipAcquisitionModeCode,
    CitizenshipLossModeCode,
    GroundOfStayCode,
    IdpStatusCode,
    ProtectionDecisionCode,
    ProtectionStatusCode,
    ResidencePermitTypeCode,
    StatelessnessStatusCode,
    VisaCategoryCode,
    ge_authorities,
    ge_citizenship_acquisition_modes,
    ge_citizenship_loss_modes,
    ge_grounds_of_stay,
    ge_idp_statuses,
    ge_protection_decisions,
    ge_protection_statuses,
    ge_residence_permit_types,
    ge_statelessness_statuses,
    ge_visa_categories,
)

REPO_ROOT = Path(__file__).resolve().parent.parent

# Day before and day after the 2025 Law on International Protection took effect
# in the data (its publication date, 7 July 2025).
BEFORE_2025_LAW = dt.date(2025, 7, 6)
AFTER_2025_LAW = dt.date(2025, 7, 7)

EXPECTED_COUNTS: dict[str, int] = {
    "ge_grounds_of_stay": 5,
    "ge_residence_permit_types": 10,
    "ge_visa_categories": 23,
    "ge_protection_statuses": 5,
    "ge_protection_decisions": 12,
    "ge_statelessness_statuses": 4,
    "ge_idp_statuses": 6,
    "ge_citizenship_acquisition_modes": 6,
    "ge_citizenship_loss_modes": 4,
    "ge_authorities": 16,
}

LISTS: tuple[CodeList[Any], ...] = (
    ge_grounds_of_stay,
    ge_residence_permit_types,
    ge_visa_categories,
    ge_protection_statuses,
    ge_protection_decisions,
    ge_statelessness_statuses,
    ge_idp_statuses,
    ge_citizenship_acquisition_modes,
    ge_citizenship_loss_modes,
    ge_authorities,
)

CODE_TYPES: tuple[tuple[Any, str, str], ...] = (
    (GroundOfStayCode, "visa", "VISA"),
    (ResidencePermitTypeCode, "work", "WORK"),
    (VisaCategoryCode, "d1", "D1"),
    (ProtectionStatusCode, "refugee", "REFUGEE"),
    (ProtectionDecisionCode, "rejected", "REJECTED"),
    (StatelessnessStatusCode, "applicant", "APPLICANT"),
    (IdpStatusCode, "idp", "IDP"),
    (CitizenshipAcquisitionModeCode, "birth", "BIRTH"),
    (CitizenshipLossModeCode, "renunciation", "RENUNCIATION"),
    (AuthorityCode, "psda", "PSDA"),
)


def list_id(codelist: CodeList[Any]) -> str:
    return codelist.name


@pytest.mark.parametrize("codelist", LISTS, ids=list_id)
def test_list_count(codelist: CodeList[Any]) -> None:
    assert len(codelist) == EXPECTED_COUNTS[codelist.name]


@pytest.mark.parametrize("codelist", LISTS, ids=list_id)
def test_labels_look_up_their_entry(codelist: CodeList[Any]) -> None:
    for entry in codelist:
        assert codelist.lookup(entry.labels["en"]) is entry, entry.code
        if "ka" in entry.labels:
            assert codelist.lookup(entry.labels["ka"]) is entry, entry.code


@pytest.mark.parametrize("codelist", LISTS, ids=list_id)
def test_entries_have_provenance(codelist: CodeList[Any]) -> None:
    for entry in codelist:
        assert entry.source, entry.code
        assert "ka" in entry.labels, entry.code
        if not entry.verified:
            assert entry.note, entry.code


@pytest.mark.parametrize("codelist", LISTS, ids=list_id)
def test_parents_and_successors_resolve(codelist: CodeList[Any]) -> None:
    for entry in codelist:
        if entry.parent is not None:
            assert entry.parent in codelist, entry.code
        for successor in entry.successors:
            assert successor in codelist, entry.code


def test_visa_subcategories_of_d() -> None:
    children = [entry.code for entry in ge_visa_categories.children("D")]

    assert children == ["D1", "D2", "D3", "D4", "D5", "D6"]


def test_visa_subcategory_parents() -> None:
    for entry in ge_visa_categories:
        if len(entry.code) == 1:
            assert entry.parent is None, entry.code
        else:
            assert entry.parent == entry.code[0], entry.code


def test_unconfirmed_visa_subcategories_marked() -> None:
    for code in ("D4", "D6", "B1", "C1"):
        entry = ge_visa_categories.get(code)
        assert entry is not None
        assert not entry.verified, code


def test_subsidiary_protection_dates() -> None:
    assert not ge_protection_statuses.is_valid("SUBSIDIARY_PROTECTION", on=BEFORE_2025_LAW)
    assert ge_protection_statuses.is_valid("SUBSIDIARY_PROTECTION", on=AFTER_2025_LAW)


def test_humanitarian_status_dates() -> None:
    assert ge_protection_statuses.is_valid("HUMANITARIAN", on=BEFORE_2025_LAW)
    assert not ge_protection_statuses.is_valid("HUMANITARIAN", on=AFTER_2025_LAW)
    assert not ge_protection_statuses.is_valid("HUMANITARIAN", on=dt.date(2011, 1, 1))


def test_statuses_in_force_after_2025_law() -> None:
    codes = ge_protection_statuses.codes(on=AFTER_2025_LAW)

    assert codes == ("ASYLUM_SEEKER", "REFUGEE", "SUBSIDIARY_PROTECTION", "TEMPORARY_PROTECTION")


def test_decision_eurostat_codes() -> None:
    eurostat = {entry.code: entry.eurostat for entry in ge_protection_decisions}

    assert eurostat["REFUGEE_GRANTED"] == "GENCONV"
    assert eurostat["HUMANITARIAN_GRANTED"] == "HUMSTAT"
    assert eurostat["SUBSIDIARY_GRANTED"] == "SUB_PROT"
    assert eurostat["TEMPORARY_GRANTED"] == "TEMP_PROT"
    assert eurostat["REJECTED"] == "REJECTED"
    assert eurostat["APPLICATION_WITHDRAWN"] == ""
    assert set(eurostat.values()) <= {"GENCONV", "HUMSTAT", "SUB_PROT", "TEMP_PROT", "REJECTED", ""}


def test_permit_first_periods() -> None:
    assert ge_residence_permit_types.get("FORMER_CITIZEN").max_years == 6  # type: ignore[union-attr]
    assert ge_residence_permit_types.get("SPECIAL").max_years == 5  # type: ignore[union-attr]
    assert ge_residence_permit_types.get("PERMANENT").max_years is None  # type: ignore[union-attr]


def test_lookup_georgian_label() -> None:
    assert ge_grounds_of_stay.lookup("საქართველოს ვიზა").code == "VISA"
    assert ge_residence_permit_types.lookup("შრომითი ბინადრობის ნებართვა").code == "WORK"
    assert ge_protection_statuses.lookup("ლტოლვილის სტატუსი").code == "REFUGEE"
    assert ge_authorities.lookup("საქართველოს სტატისტიკის ეროვნული სამსახური").code == "GEOSTAT"


def test_lookup_mtavruli_label() -> None:
    assert ge_protection_statuses.lookup("ᲰᲣᲛᲐᲜᲘᲢᲐᲠᲣᲚᲘ ᲡᲢᲐᲢᲣᲡᲘ").code == "HUMANITARIAN"
    assert ge_idp_statuses.lookup("ᲓᲔᲕᲜᲘᲚᲘ").code == "IDP"


def test_lookup_alias() -> None:
    assert ge_authorities.lookup("Geostat").code == "GEOSTAT"
    assert ge_grounds_of_stay.lookup("visa-free stay").code == "OTHER_BY_LAW"


def test_merged_ministry_successors() -> None:
    mra = ge_authorities.get("MRA")

    assert mra is not None
    assert mra.retired
    assert [entry.code for entry in ge_authorities.successors("MRA")] == ["MOH", "MIA"]
    assert ge_authorities.is_valid("MRA", on=dt.date(2015, 1, 1))
    assert not ge_authorities.is_valid("MRA", on=dt.date(2020, 1, 1))


def test_naturalisation_forms() -> None:
    forms = [entry.code for entry in ge_citizenship_acquisition_modes.children("NATURALISATION")]

    assert forms == ["GENERAL", "SIMPLIFIED", "EXCEPTION", "RESTORATION"]


@pytest.mark.parametrize(("code_type", "text", "canonical"), CODE_TYPES)
def test_code_type_accepts_code(code_type: Any, text: str, canonical: str) -> None:
    assert TypeAdapter(code_type).validate_python(text) == canonical


@pytest.mark.parametrize(("code_type", "text", "canonical"), CODE_TYPES)
def test_code_type_rejects_junk_unquoted(code_type: Any, text: str, canonical: str) -> None:
    junk = "Nino Beridze 01024054321"

    class Record(BaseModel, hide_input_in_errors=True):
        value: code_type

    for value in (junk, "", None, 12):
        with pytest.raises(PydanticValidationError) as raised:
            Record(value=value)
        message = str(raised.value)
        assert junk not in message
        assert "01024054321" not in message
        assert "Beridze" not in json.dumps(raised.value.errors(include_input=False))


def test_json_schema_enum() -> None:
    schema = TypeAdapter(VisaCategoryCode).json_schema()

    assert schema["type"] == "string"
    assert "D5" in schema["enum"]
    assert len(schema["enum"]) == EXPECTED_COUNTS["ge_visa_categories"]


def test_data_files_are_regenerated(tmp_path: Path) -> None:
    script = REPO_ROOT / "scripts" / "make_ge_legal.py"
    subprocess.run([sys.executable, str(script), "--out-dir", str(tmp_path)], check=True, capture_output=True)

    data_dir = REPO_ROOT / "src" / "migstd" / "codelists" / "data"
    for name in EXPECTED_COUNTS:
        generated = (tmp_path / f"{name}.json").read_text(encoding="utf-8")
        shipped = (data_dir / f"{name}.json").read_text(encoding="utf-8")
        assert generated == shipped, name
