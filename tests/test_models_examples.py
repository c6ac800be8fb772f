"""A valid example of every model, shared by the model tests, and the check that each one validates.

All people, numbers and addresses are synthetic.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from migstd.identifiers import mrz
from migstd.models import MODELS

# A TD3 zone of a synthetic Georgian passport; its fields agree with PASSPORT below.
ZONE = "\n".join(
    mrz.generate(
        "TD3",
        document_code="P",
        issuing_state="GEO",
        primary_identifier="KVARATSKHELIA",
        secondary_identifier="TAMAR",
        document_number="15XY98765",
        nationality="GEO",
        birth_date=dt.date(1987, 11, 23),
        sex="F",
        expiry_date=dt.date(2031, 8, 22),
        optional_data="01987654321",
    )
)

PASSPORT: dict[str, Any] = {
    "document_type": "P",
    "issuing_state": "GEO",
    "ge_document_type": "GE_PASSPORT",
    "number": "15XY98765",
    "issue_date": "2021-08-23",
    "expiry_date": "2031-08-22",
    "mrz": ZONE,
}

ADDRESS: dict[str, Any] = {
    "country": "GEO",
    "region": "GE-AJ",
    "municipality": "GE-AJ-KEDA",
    "settlement": "Keda",
    "post_code": "6100",
    "post_name": "Keda",
    "thoroughfare": "Zedubani Street",
    "locator_designator": "14, flat 3",
    "full_address": "Zedubani Street 14, flat 3, 6100 Keda, Georgia",
}

PERSON: dict[str, Any] = {
    "names": [
        {"given_names": "თამარ", "family_names": "კვარაცხელია", "patronymic": "ზურაბის"},
        {
            "given_names": "TAMAR",
            "family_names": "KVARATSKHELIA",
            "use": "passport",
            "romanization": "passport",
            "valid_from": "2011",
        },
        {"given_names": "Tamar", "family_names": "Gelashvili", "use": "maiden", "valid_to": "2010-06"},
    ],
    "birth_date": "1987-11-23",
    "sex": "F",
    "country_of_birth": "SUN",
    "citizenships": [
        {"country": "GEO", "acquisition_mode": "BIRTH"},
        {"country": "DEU", "acquisition_mode": "NATURALISATION", "acquired_on": "2019-04"},
    ],
    "identifiers": [
        {"scheme": "GE_PERSONAL_NUMBER", "value": "01987654321"},
        {"scheme": "TAX_ID", "issuing_country": "DEU", "value": "86095742719"},
    ],
    "documents": [PASSPORT],
    "residence": ADDRESS,
    "contact_points": [{"phone": "+995 577 31 62 09", "email": "tamar.k@example.ge"}],
}

TRAVELLER_REFERENCE: dict[str, Any] = {"record_id": "PSDA-2024-000117", "source": "PSDA"}

EXAMPLES: dict[str, dict[str, Any]] = {
    "Address": ADDRESS,
    "BorderCrossing": {
        "direction": "entry",
        "crossing_point": "GE-BCP-SARPI",
        "timestamp": "2024-07-01T14:05:00+04:00",
        "transport_mode": "road",
        "traveller": PERSON,
        "document": PASSPORT,
        "recorded_by": "MIA_BP",
    },
    "Citizenship": {
        "country": "GEO",
        "acquisition_mode": "SIMPLIFIED",
        "acquired_on": "2015-06",
        "loss_mode": "RENUNCIATION",
        "lost_on": "2020-01-15",
    },
    "ConsularRegistration": {
        "consulate_country": "DEU",
        "consulate_city": "Frankfurt am Main",
        "registered_on": "2022-10-05",
    },
    "ContactConsent": {"granted": True, "recorded_on": "2022-10-05"},
    "ContactPoint": {"phone": "+995 322 47 18 60", "email": "Tamar.K+migstd@Example.GE"},
    "DiasporaMember": {
        "person": PERSON,
        "country_of_residence": "DEU",
        "consular_registration": {"consulate_country": "DEU", "registered_on": "2022-10"},
        "education": "6",
        "occupation": "25",
        "contact_consent": {"granted": False, "recorded_on": "2023"},
    },
    "Employer": {"name": "Kartuli Puri LLC", "country": "GEO", "legal_entity_code": "204567890"},
    "Identifier": {
        "scheme": "PASSPORT",
        "issuing_country": "GEO",
        "value": "15XY98765",
        "valid_from": "2021-08-23",
        "valid_to": "2031-08-22",
    },
    "LabourMigrationRecord": {
        "worker": TRAVELLER_REFERENCE,
        "destination_country": "DEU",
        "occupation": "61",
        "employer": {"name": "Obsthof Lindenberg GmbH", "country": "DEU"},
        "contract_start": "2024-04-01",
        "contract_end": "2024-10-31",
    },
    "Person": PERSON,
    "PersonName": PERSON["names"][1],
    "ProtectionApplication": {
        "applicant": PERSON,
        "lodged_on": "2024-03-11",
        "authority": "MIA_MD",
        "procedure": "regular",
        "applicant_type": "first_time",
        "unaccompanied_minor": False,
        "status": "HUMANITARIAN",
        "decisions": [
            {"decision": "REJECTED", "decided_on": "2024-09-02", "instance": "first"},
            {
                "decision": "HUMANITARIAN_GRANTED",
                "status_granted": "HUMANITARIAN",
                "decided_on": "2025-02",
                "instance": "appeal",
            },
        ],
    },
    "ProtectionDecisionRecord": {
        "decision": "REFUGEE_GRANTED",
        "status_granted": "REFUGEE",
        "decided_on": "2025-02-14",
    },
    "Record": {
        "source": "MIA_BP",
        "record_id": "BP-2024-07-01-000042",
        "recorded_at": "2024-07-01T10:06:10Z",
        "payload": {
            "kind": "border_crossing",
            "direction": "exit",
            "crossing_point": "GE-BCP-TBILISI-AIRPORT",
            "timestamp": "2024-07-01T14:05:00+04:00",
            "transport_mode": "air",
            "traveller": PERSON,
            "document": {"record_id": "PSDA-DOC-2021-55"},
        },
    },
    "Reference": TRAVELLER_REFERENCE,
    "ResidencePermit": {
        "holder": PERSON,
        "permit_type": "WORK",
        "legal_basis": "Law of Georgia on the Legal Status of Aliens and Stateless Persons",
        "eurostat_reason": "REMUN",
        "number": "RP 1234567",
        "issue_date": "2023-02-01",
        "expiry_date": "2024-01-31",
        "issuing_authority": "PSDA",
        "status": "expired",
    },
    "ReturnCase": {
        "returnee": PERSON,
        "return_type": "assisted_voluntary",
        "return_date": "2023-05-17",
        "from_country": "DEU",
        "programme": "AVRR",
        "organisation": "IOM Georgia",
        "reintegration_measures": ["business_support", "medical", "business_support"],
    },
    "TravelDocument": PASSPORT,
    "Visa": {
        "holder": TRAVELLER_REFERENCE,
        "category": "D1",
        "number": "V0012345",
        "entries": "multiple",
        "duration_of_stay_days": 90,
        "valid_from": "2024-05-01",
        "valid_to": "2025-04-30",
        "issuing_authority": "MFA_CONSULAR",
        "electronic": True,
    },
}


def example(name: str) -> dict[str, Any]:
    """Return a copy of the valid example of model ``name``, safe to change.

    A JSON round trip, not copy.deepcopy, because deepcopy keeps the sharing of
    PASSPORT between a person's documents and a crossing's document.
    """
    copied: dict[str, Any] = json.loads(json.dumps(EXAMPLES[name]))
    return copied


def test_every_model_has_an_example() -> None:
    assert set(EXAMPLES) == set(MODELS)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_is_valid(name: str) -> None:
    assert MODELS[name].model_validate(example(name))
