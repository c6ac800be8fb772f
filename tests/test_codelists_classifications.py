"""Marital statuses, document types and statistical classifications."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from migstd.codelists._civil import MaritalStatusCode, marital_statuses
from migstd.codelists._codelist import CodeList, text_key
from migstd.codelists._documents import (
    DocumentTypeCode,
    GeDocumentTypeCode,
    document_types,
    ge_document_types,
)
from migstd.codelists._statistics import (
    IscedCode,
    IscoCode,
    PermitReasonCode,
    eurostat_permit_reasons,
    isced2011,
    isco08,
)

LISTS: list[CodeList[Any]] = [
    marital_statuses,
    document_types,
    ge_document_types,
    eurostat_permit_reasons,
    isco08,
    isced2011,
]


@pytest.mark.parametrize(
    ("codelist", "count"),
    [
        (marital_statuses, 10),
        (document_types, 17),
        (ge_document_types, 16),
        (eurostat_permit_reasons, 16),
        (isco08, 53),
        (isced2011, 10),
    ],
    ids=lambda value: value.name if isinstance(value, CodeList) else str(value),
)
def test_entry_counts(codelist: CodeList[Any], count: int) -> None:
    assert len(codelist) == count


@pytest.mark.parametrize("codelist", LISTS, ids=lambda codelist: codelist.name)
def test_list_integrity(codelist: CodeList[Any]) -> None:
    for entry in codelist:
        assert entry.source, entry.code
        assert entry.labels["en"], entry.code
        assert entry.verified or entry.note, entry.code
        for lang in ("en", "ka"):
            if lang in entry.labels:
                assert codelist.lookup(entry.labels[lang]) is entry, (entry.code, lang)
        if entry.parent is not None:
            assert codelist.get(entry.parent) is not None, entry.code
        for successor in entry.successors:
            assert codelist.get(successor) is not None, entry.code


@pytest.mark.parametrize("codelist", LISTS, ids=lambda codelist: codelist.name)
def test_every_entry_has_georgian_label(codelist: CodeList[Any]) -> None:
    missing = [entry.code for entry in codelist if "ka" not in entry.labels]
    assert missing == []


@pytest.mark.parametrize("codelist", LISTS, ids=lambda codelist: codelist.name)
def test_editorial_georgian_is_marked(codelist: CodeList[Any]) -> None:
    # Editorial Georgian labels are marked in the note of each entry.
    if codelist in (ge_document_types,):
        pytest.skip("labels are the names the Georgian agencies use")
    unmarked = [
        entry.code
        for entry in codelist
        if "editorial" not in entry.note and "EMN" not in entry.source
    ]
    assert unmarked == []


def test_isco_children_of_professionals() -> None:
    codes = [entry.code for entry in isco08.children("2")]
    assert codes == ["21", "22", "23", "24", "25", "26"]


def test_isco_levels() -> None:
    assert isco08.get("9").level == "major"
    assert isco08.get("96").level == "sub-major"
    assert isco08.get("96").parent == "9"


def test_isco_major_groups_count() -> None:
    majors = [entry.code for entry in isco08 if entry.parent is None]
    assert majors == [str(digit) for digit in range(10)]


def test_permit_reason_parents() -> None:
    assert [entry.code for entry in eurostat_permit_reasons.children("EDUC")] == ["EDUC_STUDY", "EDUC_OTH"]
    assert eurostat_permit_reasons.get("REMUN_HSKL").parent == "REMUN"
    assert eurostat_permit_reasons.get("OTH_PROT").parent == "OTH"


def test_permit_reason_emp_alias() -> None:
    assert eurostat_permit_reasons.get("emp").code == "REMUN"
    assert eurostat_permit_reasons.lookup("EU Blue Card").code == "REMUN_HSKL"


def test_permit_top_codes_verified() -> None:
    for code in ("FAM", "EDUC", "REMUN", "OTH"):
        assert eurostat_permit_reasons.get(code).verified, code


def test_isced_levels() -> None:
    assert isced2011.codes() == tuple(str(level) for level in range(10))
    assert isced2011.get("9").verified is False


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("P", "P"),
        ("p<", "P"),
        ("PD", "PD"),
        ("pd", "PD"),
        ("I<", "I"),
        ("ID", "ID"),
        ("AC", "AC"),
        ("V<", "V"),
    ],
)
def test_document_type_get(text: str, code: str) -> None:
    entry = document_types.get(text)
    assert entry is not None
    assert entry.code == code


def test_document_type_unknown() -> None:
    assert document_types.get("PX") is None
    assert document_types.get("<<") is None


def test_document_type_formats() -> None:
    assert document_types.get("P").formats == ("TD3",)
    assert document_types.get("AC").formats == ("TD1",)
    assert set(document_types.get("I").formats) == {"TD1", "TD2"}


def test_ge_document_icao_codes_resolve() -> None:
    for entry in ge_document_types:
        if entry.icao_code:
            assert document_types.get(entry.icao_code) is not None, entry.code


def test_ge_passport_dates() -> None:
    old = ge_document_types.get("GE_PASSPORT_NONBIO")
    assert old.retired
    assert not ge_document_types.is_valid("GE_PASSPORT_NONBIO", on=dt.date(2020, 1, 1))
    assert ge_document_types.is_valid("GE_PASSPORT_NONBIO", on=dt.date(2005, 1, 1))
    assert ge_document_types.successors("GE_PASSPORT_NONBIO")[0].code == "GE_PASSPORT"


@pytest.mark.parametrize(
    ("codelist", "label", "code"),
    [
        (ge_document_types, "საქართველოს მოქალაქის ბიომეტრიული პასპორტი", "GE_PASSPORT"),
        (ge_document_types, "ᲡᲢᲐᲢᲣᲡᲜᲔᲘᲢᲠᲐᲚᲣᲠᲘ ᲡᲐᲛᲒᲖᲐᲕᲠᲝ ᲓᲝᲙᲣᲛᲔᲜᲢᲘ", "GE_NEUTRAL_TRAVEL_DOCUMENT"),
        (marital_statuses, "ᲥᲕᲠᲘᲕᲘ", "WIDOWED"),
        (marital_statuses, "დაქორწინებული", "MARRIED"),
        (isco08, "ᲮᲔᲚᲛᲫᲦᲕᲐᲜᲔᲚᲔᲑᲘ", "1"),
        (isced2011, "დაწყებითი განათლება", "1"),
        (document_types, "დიპლომატიური პასპორტი", "PD"),
        (eurostat_permit_reasons, "სეზონური მუშაკები", "REMUN_SEAS"),
    ],
)
def test_lookup_georgian_label(codelist: CodeList[Any], label: str, code: str) -> None:
    assert codelist.lookup(label).code == code


def test_marital_status_hl7() -> None:
    assert marital_statuses.get("S").code == "NEVER_MARRIED"
    assert marital_statuses.get("d").code == "DIVORCED"
    assert marital_statuses.get("UNK").code == "UNKNOWN"
    assert marital_statuses.get("U") is None


def test_mtavruli_key_matches() -> None:
    assert text_key("ᲥᲕᲠᲘᲕᲘ") == text_key("ქვრივი")


TYPES: list[tuple[Any, str, str]] = [
    (MaritalStatusCode, "m", "MARRIED"),
    (DocumentTypeCode, "p<", "P"),
    (GeDocumentTypeCode, "ge_id_card", "GE_ID_CARD"),
    (PermitReasonCode, "EMP", "REMUN"),
    (IscoCode, "25", "25"),
    (IscedCode, "7", "7"),
]


@pytest.mark.parametrize(("field_type", "text", "code"), TYPES)
def test_pydantic_type_accepts(field_type: Any, text: str, code: str) -> None:
    assert TypeAdapter(field_type).validate_python(text) == code


JUNK = ["Tamar Beridze", "01024085711", "", "🙂", "２５", "P<GEOBERIDZE<<TAMAR", None, 25]


@pytest.mark.parametrize("junk", JUNK)
@pytest.mark.parametrize(("field_type", "text", "code"), TYPES)
def test_pydantic_type_rejects_junk(field_type: Any, text: str, code: str, junk: object) -> None:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(field_type).validate_python(junk)

    error = caught.value.errors()[0]
    if isinstance(junk, str) and junk:
        assert junk not in error["msg"]
        assert junk not in str(error.get("ctx", {}))


@pytest.mark.parametrize(("field_type", "text", "code"), TYPES)
def test_pydantic_json_schema_enum(field_type: Any, text: str, code: str) -> None:
    schema = TypeAdapter(field_type).json_schema()
    assert code in schema["enum"]
