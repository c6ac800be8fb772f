"""Tests of the record models: JSON round trips, rules between fields, redaction and schema upgrades.

All people, numbers and addresses are synthetic.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from migstd.errors import ValidationError
from migstd.models import (
    MODELS,
    PAYLOAD_KINDS,
    SCHEMA_VERSION,
    Address,
    BorderCrossing,
    Citizenship,
    ContactPoint,
    Employer,
    Identifier,
    PartialDate,
    Person,
    PersonName,
    ProtectionDecisionRecord,
    Record,
    ReturnCase,
    TravelDocument,
    _versions,
    register_upgrade,
    upgrade_record,
)
from migstd.script import ROMANIZATION_SYSTEMS
from test_models_examples import EXAMPLES, PASSPORT, PERSON, ZONE, example


def _rules(error: ValidationError) -> list[tuple[str, str]]:
    return [(".".join(map(str, item["loc"])), item["type"]) for item in error.errors()]


def _reject(model: type[Any], data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return _rules(caught.value)


# --- round trips --------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_json_round_trip(name: str) -> None:
    model = MODELS[name]
    instance = model.model_validate(example(name))

    assert model.model_validate_json(instance.model_dump_json()) == instance
    assert model.model_validate(json.loads(instance.model_dump_json())) == instance
    assert model.model_validate(instance.model_dump()) == instance


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_json_dump_is_stable(name: str) -> None:
    model = MODELS[name]
    once = model.model_validate(example(name)).model_dump_json()
    assert model.model_validate_json(once).model_dump_json() == once


def test_round_trip_keeps_partial_dates() -> None:
    person = Person.model_validate(example("Person"))
    copied = Person.model_validate_json(person.model_dump_json())

    assert copied.names[1].valid_from == PartialDate(2011)
    assert copied.names[1].valid_from.precision == "year"
    assert copied.citizenships[1].acquired_on == PartialDate(2019, 4)
    assert json.loads(person.model_dump_json())["names"][2]["valid_to"] == "2010-06"


def test_round_trip_keeps_offset() -> None:
    crossing = BorderCrossing.model_validate(example("BorderCrossing"))
    dumped = json.loads(crossing.model_dump_json())

    assert dumped["timestamp"] == "2024-07-01T14:05:00+04:00"
    copied = BorderCrossing.model_validate_json(crossing.model_dump_json())
    assert copied.timestamp.utcoffset() == dt.timedelta(hours=4)


def test_round_trip_keeps_utc() -> None:
    record = Record.model_validate(example("Record"))
    assert json.loads(record.model_dump_json())["recorded_at"] == "2024-07-01T10:06:10Z"


def test_round_trip_keeps_tuples_and_codes() -> None:
    person = Person.model_validate(example("Person"))
    copied = Person.model_validate_json(person.model_dump_json())

    assert isinstance(copied.names, tuple)
    assert copied.country_of_birth == "SUN"
    assert [citizenship.country for citizenship in copied.citizenships] == ["GEO", "DEU"]
    assert copied.documents[0].mrz == ZONE


# --- timestamps ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("2024-07-01T14:05:00", "timezone_aware"),
        (dt.datetime(2024, 7, 1, 14, 5), "timezone_aware"),
        ("2024-07-01", "timezone_aware"),
        ("1719828300", "timestamp_type"),
        (1719828300, "timestamp_type"),
        (1719828300.5, "timestamp_type"),
    ],
)
def test_naive_timestamp_rejected(value: object, rule: str) -> None:
    data = example("BorderCrossing")
    data["timestamp"] = value
    assert _reject(BorderCrossing, data) == [("timestamp", rule)]


def test_naive_recorded_at_rejected() -> None:
    data = example("Record")
    data["recorded_at"] = dt.datetime(2024, 7, 1, 10, 6)
    assert _reject(Record, data) == [("recorded_at", "timezone_aware")]


def test_aware_datetime_accepted() -> None:
    data = example("BorderCrossing")
    data["timestamp"] = dt.datetime(2024, 7, 1, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=4)))
    assert BorderCrossing.model_validate(data).timestamp.isoformat() == "2024-07-01T14:05:00+04:00"


# --- codes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "field", "value", "rule"),
    [
        ("BorderCrossing", "crossing_point", "GE-BCP-NOWHERE", "ge_border_crossing_point_code"),
        ("BorderCrossing", "transport_mode", "horse", "literal_error"),
        ("BorderCrossing", "direction", "transit", "literal_error"),
        ("ResidencePermit", "permit_type", "GOLDEN", "residence_permit_type_code"),
        ("ResidencePermit", "eurostat_reason", "LEISURE", "permit_reason_code"),
        ("ResidencePermit", "issuing_authority", "NASA", "authority_code"),
        ("Visa", "category", "Z9", "visa_category_code"),
        ("ProtectionDecisionRecord", "decision", "MAYBE", "protection_decision_code"),
        ("ProtectionApplication", "status", "TOURIST", "protection_status_code"),
        ("DiasporaMember", "occupation", "9999", "isco_code"),
        ("DiasporaMember", "education", "12", "isced_code"),
        ("DiasporaMember", "country_of_residence", "XZ", "country_code"),
        ("Citizenship", "acquisition_mode", "PURCHASE", "citizenship_acquisition_mode_code"),
        ("Citizenship", "loss_mode", "EXPIRY", "citizenship_loss_mode_code"),
        ("Address", "municipality", "GE-XX-NOWHERE", "ge_municipality_code"),
        ("Address", "region", "GE-ZZ", "ge_region_code"),
        ("TravelDocument", "issuing_state", "XZ", "icao_code"),
        ("TravelDocument", "document_type", "Q", "document_type_code"),
        ("TravelDocument", "ge_document_type", "GE_LIBRARY_CARD", "ge_document_type_code"),
        ("Record", "source", "FBI", "authority_code"),
    ],
)
def test_codes_validated(name: str, field: str, value: str, rule: str) -> None:
    data = example(name)
    data[field] = value
    rules = _reject(MODELS[name], data)
    assert (field, rule) in rules, rules


def test_codes_canonicalized() -> None:
    person = Person.model_validate({**example("Person"), "sex": "f", "country_of_birth": "SUHH"})
    assert person.sex == "2"
    assert person.country_of_birth == "SUN"
    document = TravelDocument(issuing_state="D<<", number="C01X00T47")
    assert document.issuing_state == "D"


def test_payload_kinds() -> None:
    assert set(PAYLOAD_KINDS) == {
        MODELS[name].model_fields["kind"].default for name in MODELS if "kind" in MODELS[name].model_fields
    }


@pytest.mark.parametrize("name", sorted(name for name in EXAMPLES if "kind" in MODELS[name].model_fields))
def test_record_carries_every_payload(name: str) -> None:
    data = example("Record")
    data["payload"] = {"kind": MODELS[name].model_fields["kind"].default, **example(name)}
    record = Record.model_validate(data)

    assert type(record.payload) is MODELS[name]
    assert Record.model_validate_json(record.model_dump_json()) == record


@pytest.mark.parametrize("kind", [None, "passport", 7])
def test_record_unknown_kind(kind: object) -> None:
    data = example("Record")
    if kind is None:
        del data["payload"]["kind"]
    else:
        data["payload"]["kind"] = kind
    assert _reject(Record, data) == [("payload", "payload_kind")]


def test_record_payload_error_location() -> None:
    data = example("Record")
    data["payload"]["crossing_point"] = "GE-BCP-NOWHERE"
    assert _reject(Record, data) == [
        ("payload.border_crossing.crossing_point", "ge_border_crossing_point_code")
    ]


@pytest.mark.parametrize("record_id", ["", "   ", "BP\u0007-1", "X" * 101])
def test_record_id_rejected(record_id: str) -> None:
    data = example("Record")
    data["record_id"] = record_id
    assert _reject(Record, data)[0][0] == "record_id"


# --- names ----------------------------------------------------------------------


def test_romanization_systems_match_script() -> None:
    schema = PersonName.model_json_schema()["properties"]["romanization"]["anyOf"][0]
    assert set(schema["enum"]) == set(ROMANIZATION_SYSTEMS)


@pytest.mark.parametrize("use", ["official", "passport", "former", "maiden", "alias", "nickname"])
def test_name_uses(use: str) -> None:
    assert PersonName(given_names="Nino", use=use).use == use  # type: ignore[arg-type]


def test_name_validity_may_share_coarse_date() -> None:
    name = PersonName(given_names="Nino", valid_from="2010", valid_to="2010-06")  # type: ignore[arg-type]
    assert name.valid_to == PartialDate(2010, 6)


# --- identifiers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "value"),
    [
        ({"scheme": "GE_PERSONAL_NUMBER", "value": "010 2405 9317"}, "01024059317"),
        ({"scheme": "GE_LEGAL_ENTITY_CODE", "value": "204-567-890"}, "204567890"),
        ({"scheme": "PASSPORT", "issuing_country": "GE", "value": "15xy 98765"}, "15XY98765"),
        ({"scheme": "PASSPORT", "issuing_country": "DE", "value": "C01X00T478"}, "C01X00T478"),
        ({"scheme": "PASSPORT", "value": "ab-12"}, "AB12"),
        ({"scheme": "TAX_ID", "issuing_country": "DE", "value": " 86095742719 "}, "86095742719"),
        ({"scheme": "OTHER", "value": "UNHCR 123-45/2024"}, "UNHCR 123-45/2024"),
    ],
)
def test_identifier_canonical_value(data: dict[str, Any], value: str) -> None:
    assert Identifier.model_validate(data).value == value


@pytest.mark.parametrize(
    ("data", "rule"),
    [
        (
            {"scheme": "GE_PERSONAL_NUMBER", "value": "1024059317"},
            ("value", "personal_number_invalid_length"),
        ),
        (
            {"scheme": "GE_LEGAL_ENTITY_CODE", "value": "20456789X"},
            ("value", "legal_entity_code_invalid_format"),
        ),
        (
            {"scheme": "PASSPORT", "issuing_country": "GEO", "value": "15XY987650"},
            ("value", "passport_number_invalid_length"),
        ),
        ({"scheme": "PASSPORT", "value": "AB#12"}, ("value", "document_number_format")),
        ({"scheme": "OTHER", "value": "  "}, ("value", "identifier_empty")),
        ({"scheme": "OTHER", "value": "A" * 51}, ("value", "identifier_too_long")),
        (
            {"scheme": "GE_PERSONAL_NUMBER", "issuing_country": "ARM", "value": "01024059317"},
            ("issuing_country", "identifier_country"),
        ),
        ({"scheme": "SSN", "value": "01024059317"}, ("scheme", "literal_error")),
        (
            {"scheme": "OTHER", "value": "X1", "valid_from": "2020", "valid_to": "2019"},
            ("valid_to", "identifier_validity"),
        ),
    ],
)
def test_identifier_rejects(data: dict[str, Any], rule: tuple[str, str]) -> None:
    assert _reject(Identifier, data) == [rule]


def test_georgian_identifier_gets_country() -> None:
    assert Identifier(scheme="GE_LEGAL_ENTITY_CODE", value="204567890").issuing_country == "GEO"
    assert Identifier(scheme="TAX_ID", value="204567890").issuing_country is None


# --- travel documents -----------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "rule"),
    [
        (
            {"issuing_state": "GEO", "document_type": "P", "number": "15XY987650"},
            "passport_number_invalid_length",
        ),
        ({"ge_document_type": "GE_ID_CARD", "number": "17KA403851"}, "id_card_number_invalid_length"),
        (
            {"issuing_state": "GEO", "document_type": "ID", "number": "17KA403851"},
            "id_card_number_invalid_length",
        ),
        ({"issuing_state": "DEU", "number": "C01X00T47#"}, "document_number_format"),
        ({"number": "A" * 21}, "document_number_format"),
    ],
)
def test_document_number_rules(data: dict[str, Any], rule: str) -> None:
    assert _reject(TravelDocument, data) == [("number", rule)]


@pytest.mark.parametrize(
    "data",
    [
        {"issuing_state": "DEU", "number": "C01X00T478"},
        {"ge_document_type": "GE_BIRTH_CERTIFICATE", "number": "BC2019000123456"},
        {"issuing_state": "GEO", "number": "AB1234567890"},
    ],
)
def test_long_numbers_of_other_documents(data: dict[str, Any]) -> None:
    assert TravelDocument.model_validate(data).number == data["number"]


def test_georgian_type_needs_georgia() -> None:
    data = {"issuing_state": "ARM", "ge_document_type": "GE_PASSPORT", "number": "AB1234"}
    assert _reject(TravelDocument, data) == [("ge_document_type", "document_issuing_state")]


def test_document_expiry_before_issue() -> None:
    data = {**PASSPORT, "issue_date": "2031-08-23"}
    assert _reject(TravelDocument, data) == [("expiry_date", "document_validity")]


def test_mrz_checked() -> None:
    broken = ZONE[:-1] + ("0" if ZONE[-1] != "0" else "1")
    assert _reject(TravelDocument, {**PASSPORT, "mrz": broken}) == [("mrz", "mrz.composite_invalid_checksum")]


def test_mrz_agreement_is_opt_in() -> None:
    data = {**PASSPORT, "number": "15XY98766", "expiry_date": "2031-08-23"}
    document = TravelDocument.model_validate(data)

    assert document.mrz_mismatches() == ("number", "expiry_date")
    with pytest.raises(ValidationError) as caught:
        TravelDocument.model_validate(data, context={"check_mrz": True})
    assert _rules(caught.value) == [("", "mrz_mismatch")]
    assert "number, expiry_date" in str(caught.value)
    assert "15XY9876" not in str(caught.value)


def test_mrz_agreement_passes() -> None:
    document = TravelDocument.model_validate(PASSPORT, context={"check_mrz": True})
    assert document.mrz_mismatches() == ()
    assert document.mrz_fields()["document_number"] == "15XY98765"


def test_mrz_agreement_with_partial_expiry() -> None:
    document = TravelDocument.model_validate({**PASSPORT, "expiry_date": "2031"})
    assert document.mrz_mismatches() == ()


def test_mrz_mismatches_without_zone() -> None:
    document = TravelDocument(number="AB1234")
    with pytest.raises(ValidationError, match="no MRZ"):
        document.mrz_mismatches()


# --- addresses and contact points ----------------------------------------------


@pytest.mark.parametrize(
    ("changes", "rule"),
    [
        ({"country": "ARM"}, ("region", "address_country")),
        ({"region": "GE-TB"}, ("municipality", "address_municipality_region")),
        ({"post_code": "610"}, ("post_code", "post_code_format")),
        ({"post_code": "61000"}, ("post_code", "post_code_format")),
        ({"thoroughfare": "Zedubani\u0000 Street"}, ("thoroughfare", "thoroughfare_control_character")),
        ({"full_address": "x" * 501}, ("full_address", "full_address_too_long")),
        ({"settlement": ""}, ("settlement", "settlement_empty")),
    ],
)
def test_address_rejects(changes: dict[str, Any], rule: tuple[str, str]) -> None:
    assert _reject(Address, {**example("Address"), **changes})[0] == rule


def test_foreign_address_post_code() -> None:
    address = Address(country="GB", post_code="sw1a 1aa", thoroughfare="Downing Street")
    assert address.post_code == "SW1A 1AA"


@pytest.mark.parametrize(
    ("email", "stored"),
    [
        ("tamar.k@example.ge", "tamar.k@example.ge"),
        ("Tamar.K+x@EXAMPLE.GE", "Tamar.K+x@example.ge"),
        ("t_k-1@mail.sub-domain.example.com", "t_k-1@mail.sub-domain.example.com"),
    ],
)
def test_email_accepted(email: str, stored: str) -> None:
    assert ContactPoint(email=email).email == stored


@pytest.mark.parametrize(
    "email",
    [
        "tamar",
        "tamar@example",
        "tamar@@example.ge",
        ".tamar@example.ge",
        "tamar.@example.ge",
        "ta..mar@example.ge",
        "tamar@-example.ge",
        "tamar@example.g3",
        "tamar k@example.ge",
        "თამარ@example.ge",
        "x" * 65 + "@example.ge",
        "x@" + "a" * 250 + ".ge",
    ],
)
def test_email_rejected(email: str) -> None:
    assert _reject(ContactPoint, {"email": email}) == [("email", "email_format")]


def test_phone_stored_in_e164() -> None:
    assert ContactPoint(phone="0322 47 18 60").phone == "+995322471860"
    assert ContactPoint(phone="+49 30 901820").phone == "+4930901820"


def test_phone_rejected() -> None:
    assert _reject(ContactPoint, {"phone": "+995 93 47 21 86"}) == [("phone", "phone_invalid_length")]


def test_contact_point_needs_a_value() -> None:
    assert _reject(ContactPoint, {}) == [("", "contact_point_empty")]


# --- citizenship, protection, labour, return ------------------------------------


@pytest.mark.parametrize(
    ("data", "rule"),
    [
        ({"country": "DE", "acquisition_mode": "RESTORATION"}, ("acquisition_mode", "citizenship_mode")),
        ({"country": "DE", "loss_mode": "FOREIGN_SERVICE"}, ("loss_mode", "citizenship_mode")),
        ({"country": "GE", "acquired_on": "2015", "lost_on": "2014-12"}, ("lost_on", "citizenship_period")),
    ],
)
def test_citizenship_rejects(data: dict[str, Any], rule: tuple[str, str]) -> None:
    assert _reject(Citizenship, data) == [rule]


def test_foreign_citizenship_generic_modes() -> None:
    citizenship = Citizenship(country="DE", acquisition_mode="NATURALISATION", loss_mode="RENUNCIATION")
    assert citizenship.acquisition_mode == "NATURALISATION"


def test_decision_status_must_match() -> None:
    data = {"decision": "REFUGEE_GRANTED", "status_granted": "HUMANITARIAN"}
    assert _reject(ProtectionDecisionRecord, data) == [("status_granted", "protection_status_granted")]
    data = {"decision": "REJECTED", "status_granted": "REFUGEE"}
    assert _reject(ProtectionDecisionRecord, data) == [("status_granted", "protection_status_granted")]


def test_employer_code_needs_georgia() -> None:
    data = {"name": "Obsthof GmbH", "country": "DE", "legal_entity_code": "204567890"}
    assert _reject(Employer, data) == [("legal_entity_code", "employer_country")]
    data = {"country": "GE", "legal_entity_code": "20456789"}
    assert _reject(Employer, data) == [("legal_entity_code", "legal_entity_code_invalid_length")]


def test_contract_end_before_start() -> None:
    data = example("LabourMigrationRecord")
    data["contract_end"] = "2024-03-31"
    assert _reject(MODELS["LabourMigrationRecord"], data) == [("contract_end", "contract_period")]


def test_reintegration_measures_once_each() -> None:
    case = ReturnCase.model_validate(example("ReturnCase"))
    assert case.reintegration_measures == ("business_support", "medical")


def test_traveller_reference_or_person() -> None:
    data = example("BorderCrossing")
    data["traveller"] = {"record_id": "PSDA-2024-000117"}
    assert type(BorderCrossing.model_validate(data).traveller).__name__ == "Reference"
    data["traveller"] = PERSON
    assert type(BorderCrossing.model_validate(data).traveller).__name__ == "Person"


# --- redaction ------------------------------------------------------------------

_PERSONAL_TEXTS = (
    "თამარ",
    "კვარაცხელია",
    "KVARATSKHELIA",
    "Gelashvili",
    "1987-11-23",
    "01987654321",
    "86095742719",
    "15XY98765",
    "Zedubani",
    "flat 3",
    "577316209",
    "tamar.k",
    "<<<",
)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_redacted_hides_personal_values(name: str) -> None:
    instance = MODELS[name].model_validate(example(name))
    text = json.dumps(instance.redacted(), ensure_ascii=False)
    for value in _PERSONAL_TEXTS:
        assert value not in text, f"{value!r} in redacted {name}"


def test_redacted_keeps_structure_and_codes() -> None:
    redacted = Person.model_validate(example("Person")).redacted()

    assert redacted["names"][1] == {
        "given_names": "<redacted>",
        "family_names": "<redacted>",
        "patronymic": None,
        "script": "latin",
        "romanization": "passport",
        "use": "passport",
        "valid_from": "2011",
        "valid_to": None,
    }
    assert redacted["birth_date"] == "<redacted>"
    assert redacted["sex"] == "2"
    assert redacted["identifiers"][0] == {
        "scheme": "GE_PERSONAL_NUMBER",
        "issuing_country": "GEO",
        "value": "<redacted>",
        "valid_from": None,
        "valid_to": None,
    }
    assert redacted["documents"][0]["issuing_state"] == "GEO"
    assert redacted["documents"][0]["mrz"] == "<redacted>"
    assert redacted["residence"]["municipality"] == "GE-AJ-KEDA"
    assert redacted["residence"]["thoroughfare"] == "<redacted>"
    assert redacted["contact_points"] == [{"phone": "<redacted>", "email": "<redacted>"}]


def test_redacted_keeps_none_and_empty() -> None:
    redacted = Person(names=[{"given_names": "Tamar"}]).redacted()  # type: ignore[list-item]
    assert redacted["birth_date"] is None
    assert redacted["identifiers"] == []


def test_redacted_record_keeps_envelope() -> None:
    redacted = Record.model_validate(example("Record")).redacted()
    assert redacted["record_id"] == "BP-2024-07-01-000042"
    assert redacted["payload"]["timestamp"] == "2024-07-01T14:05:00+04:00"
    assert redacted["payload"]["traveller"]["birth_date"] == "<redacted>"
    assert redacted["payload"]["document"] == {"record_id": "PSDA-DOC-2021-55", "source": None}


# --- schema versions -------------------------------------------------------------

# A record as migstd wrote it before version 1.0.0: a Person payload without
# "kind", with the personal and document numbers as top-level fields.
RECORD_0_9 = """
{
  "schema_version": "0.9",
  "source": "PSDA",
  "record_id": "PSDA-2019-000001",
  "recorded_at": "2019-05-02T10:00:00+04:00",
  "payload": {
    "names": [
      {"given_names": ["ნინო"], "family_names": ["ბერიძე"], "patronymic": null,
       "script": "mkhedruli", "use": "official"},
      {"given_names": ["NINO"], "family_names": ["BERIDZE"], "patronymic": null,
       "script": "latin", "use": "passport"}
    ],
    "birth_date": "1990-03",
    "sex": "2",
    "citizenships": ["GEO", "DEU"],
    "document_number": "15BB12345",
    "personal_number": "01024059317"
  }
}
"""


def test_record_0_9_upgrades_to_current() -> None:
    record = Record.model_validate_json(RECORD_0_9)
    person = record.payload

    assert record.schema_version == SCHEMA_VERSION
    assert isinstance(person, Person)
    assert person.personal_number == "01024059317"
    assert person.identifiers[0].scheme == "GE_PERSONAL_NUMBER"
    assert person.identifiers[0].issuing_country == "GEO"
    assert person.document_number == "15BB12345"
    assert [citizenship.country for citizenship in person.citizenships] == ["GEO", "DEU"]
    assert person.birth_date == PartialDate(1990, 3)
    assert Record.model_validate_json(record.model_dump_json()) == record


def test_record_0_9_through_every_entry_point() -> None:
    data = json.loads(RECORD_0_9)
    expected = Record.model_validate_json(RECORD_0_9)
    assert Record.model_validate(data) == expected
    assert Record(**data) == expected


def test_record_0_9_error_location() -> None:
    data = json.loads(RECORD_0_9)
    data["payload"]["personal_number"] = "1024059317"
    assert _reject(Record, data) == [("payload.person.identifiers.0.value", "personal_number_invalid_length")]


def test_upgrade_leaves_input_unchanged() -> None:
    data = json.loads(RECORD_0_9)
    upgrade_record(data)
    assert data == json.loads(RECORD_0_9)


@pytest.mark.parametrize(
    ("version", "message"),
    [
        ("2.0.0", "newer than 1.0.0"),
        ("0.8", "no upgrade from schema version 0.8"),
        ("01024059317", "not a version"),
        (9, "not a version"),
    ],
)
def test_unsupported_version(version: object, message: str) -> None:
    data = example("Record")
    data["schema_version"] = version
    with pytest.raises(ValidationError, match=message) as caught:
        Record.model_validate(data)
    assert caught.value.rule == "schema_version"
    assert "01024059317" not in str(caught.value)


def test_registered_upgrade_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    # The upgrades registered here must not outlive the test.
    monkeypatch.setattr(_versions, "_UPGRADES", dict(_versions._UPGRADES))

    @register_upgrade("0.7", "0.8")
    def _rename(record: dict[str, Any]) -> dict[str, Any]:
        agency = record.pop("agency")
        return {**record, "source": agency}

    @register_upgrade("0.8", "0.9")
    def _nothing(record: dict[str, Any]) -> dict[str, Any]:
        return record

    data = json.loads(RECORD_0_9)
    data["schema_version"] = "0.7"
    data["agency"] = data.pop("source")
    assert Record.model_validate(data).source == "PSDA"


def test_upgrade_must_go_forward() -> None:
    with pytest.raises(ValueError, match="newer version"):
        register_upgrade("1.0.0", "0.9")
