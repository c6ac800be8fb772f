"""Strategies for the event and case models and for the record envelope.

A person in an event is a :class:`~migstd.models.Reference` to their record
or an embedded :class:`~migstd.models.Person`; references come first, so an
event shrinks towards one that points at record ``REC-1``.

>>> from hypothesis import find, settings
>>> visa = find(visas(), lambda visa: True, settings=settings(database=None))
>>> visa.category, visa.entries, visa.holder
('A', 'single', None)
>>> record = find(records(kinds=["visa"]), lambda record: True, settings=settings(database=None))
>>> record.source, record.record_id, record.payload.kind
('MOJ', 'MOJ-2000-1', 'visa')
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, get_args

from hypothesis import strategies as st

from migstd.codelists import ge_border_crossing_points
from migstd.models import (
    PAYLOAD_KINDS,
    BorderCrossing,
    ConsularRegistration,
    ContactConsent,
    DiasporaMember,
    Employer,
    LabourMigrationRecord,
    ProtectionApplication,
    ProtectionDecisionRecord,
    Record,
    Reference,
    ReintegrationMeasure,
    ResidencePermit,
    ReturnCase,
    ReturnType,
    Visa,
)
from migstd.models._protection import GRANTED_STATUSES
from migstd.strategies._codes import authority_codes, border_crossing_point_codes, codes, country_codes
from migstd.strategies._dates import partial_dates, periods, timestamps
from migstd.strategies._identifiers import document_numbers, legal_entity_codes
from migstd.strategies._options import check_choices
from migstd.strategies._people import EVENT_YEARS, travel_documents
from migstd.strategies._persons import persons

__all__ = [
    "border_crossings",
    "diaspora_members",
    "labour_migration_records",
    "protection_applications",
    "records",
    "references",
    "residence_permits",
    "return_cases",
    "visas",
]

# Transport modes that each kind of crossing point serves.
_MODES_BY_POINT_KIND: Final = {
    "road": ("road", "pedestrian"),
    "rail": ("rail",),
    "air": ("air",),
    "sea": ("sea",),
}

_MEASURES: Final[tuple[ReintegrationMeasure, ...]] = get_args(ReintegrationMeasure)
_RETURN_TYPES: Final[tuple[ReturnType, ...]] = get_args(ReturnType)

_LEGAL_BASES: Final = (
    "Law of Georgia on the Legal Status of Aliens and Stateless Persons, Article 15",
    "Law of Georgia on the Legal Status of Aliens and Stateless Persons, Article 17",
    "Law of Georgia on International Protection, Article 48",
)
_PROGRAMMES: Final = ("AVRR Georgia", "Reintegration assistance", "Return to Georgia")
_ORGANISATIONS: Final = ("IOM Georgia", "Ministry of Internally Displaced Persons", "Caritas Georgia")
_CITIES: Final = ("Berlin", "Athens", "Rome", "Paris", "Istanbul", "Warsaw", "New York")


def references() -> st.SearchStrategy[Reference]:
    """Generate :class:`~migstd.models.Reference` records with system keys; shrinks towards ``REC-1``."""
    return st.builds(
        Reference,
        record_id=st.integers(1, 999_999).map(lambda number: f"REC-{number}"),
        source=st.none() | authority_codes(),
    )


def _people() -> st.SearchStrategy[Any]:
    return references() | persons(max_names=2, max_documents=1, max_contact_points=1)


@st.composite
def _border_crossings(draw: st.DrawFn) -> BorderCrossing:
    point = draw(border_crossing_point_codes())
    entry = ge_border_crossing_points.get(point)
    modes = _MODES_BY_POINT_KIND.get(entry.kind if entry is not None else "", ("road",))
    return BorderCrossing(
        direction=draw(st.sampled_from(("entry", "exit"))),
        crossing_point=point,
        timestamp=draw(timestamps()),
        transport_mode=draw(st.sampled_from(modes)),
        traveller=draw(_people()),
        document=draw(st.none() | references() | travel_documents()),
        recorded_by=draw(st.none() | authority_codes()),
    )


def border_crossings() -> st.SearchStrategy[BorderCrossing]:
    """Generate :class:`~migstd.models.BorderCrossing` events.

    The transport mode suits the crossing point (road or pedestrian at a road
    crossing, air at an airport). Shrinks towards an entry at the first
    crossing point at 2000-01-01T00:00+04:00 by a referenced traveller.
    """
    return _border_crossings()


@st.composite
def _residence_permits(draw: st.DrawFn) -> ResidencePermit:
    issued, expires = draw(periods(*EVENT_YEARS))
    return ResidencePermit(
        holder=draw(st.none() | _people()),
        permit_type=draw(codes("ge_residence_permit_types")),
        legal_basis=draw(st.none() | st.sampled_from(_LEGAL_BASES)),
        eurostat_reason=draw(st.none() | codes("eurostat_permit_reasons")),
        number=draw(st.none() | document_numbers()),
        issue_date=issued,
        expiry_date=expires,
        issuing_authority=draw(st.none() | authority_codes()),
        status=draw(st.none() | st.sampled_from(("valid", "expired", "revoked", "terminated"))),
    )


def residence_permits() -> st.SearchStrategy[ResidencePermit]:
    """Generate :class:`~migstd.models.ResidencePermit` records; shrinks towards a bare WORK permit."""
    return _residence_permits()


@st.composite
def _visas(draw: st.DrawFn) -> Visa:
    valid_from, valid_to = draw(periods(*EVENT_YEARS))
    return Visa(
        holder=draw(st.none() | _people()),
        category=draw(codes("ge_visa_categories")),
        number=draw(st.none() | document_numbers()),
        entries=draw(st.sampled_from(("single", "multiple"))),
        duration_of_stay_days=draw(st.none() | st.sampled_from((90, 30, 180, 360)) | st.integers(1, 1830)),
        valid_from=valid_from,
        valid_to=valid_to,
        issuing_authority=draw(st.none() | authority_codes()),
        electronic=draw(st.booleans()),
    )


def visas() -> st.SearchStrategy[Visa]:
    """Generate :class:`~migstd.models.Visa` records; shrinks towards a single-entry visa of category A."""
    return _visas()


@st.composite
def _decisions(draw: st.DrawFn) -> dict[str, Any]:
    decision = draw(codes("ge_protection_decisions"))
    granted = GRANTED_STATUSES.get(decision)
    return {
        "decision": decision,
        "status_granted": draw(st.none() | st.just(granted)) if granted else None,
        "decided_on": draw(st.none() | partial_dates(min_year=EVENT_YEARS[0], max_year=EVENT_YEARS[1])),
        "instance": draw(st.sampled_from(("first", "appeal"))),
    }


@st.composite
def _protection_applications(draw: st.DrawFn) -> ProtectionApplication:
    return ProtectionApplication(
        applicant=draw(st.none() | _people()),
        lodged_on=draw(st.none() | partial_dates(min_year=EVENT_YEARS[0], max_year=EVENT_YEARS[1])),
        authority=draw(st.none() | authority_codes()),
        procedure=draw(st.none() | st.sampled_from(("regular", "accelerated"))),
        applicant_type=draw(st.none() | st.sampled_from(("first_time", "subsequent"))),
        unaccompanied_minor=draw(st.none() | st.booleans()),
        status=draw(st.none() | codes("ge_protection_statuses")),
        decisions=tuple(
            ProtectionDecisionRecord.model_validate(item) for item in draw(st.lists(_decisions(), max_size=2))
        ),
    )


def protection_applications() -> st.SearchStrategy[ProtectionApplication]:
    """Generate :class:`~migstd.models.ProtectionApplication` records.

    A decision carries only the status its code grants. Shrinks towards an
    application with no field set.
    """
    return _protection_applications()


@st.composite
def _diaspora_members(draw: st.DrawFn) -> DiasporaMember:
    country = draw(country_codes(current_only=True))
    registration = draw(
        st.none()
        | st.fixed_dictionaries(
            {"consulate_country": st.just(country)},
            optional={
                "consulate_city": st.sampled_from(_CITIES),
                "registered_on": partial_dates(min_year=EVENT_YEARS[0], max_year=EVENT_YEARS[1]),
            },
        )
    )
    consent = draw(
        st.none()
        | st.fixed_dictionaries(
            {"granted": st.booleans()},
            optional={"recorded_on": partial_dates(min_year=EVENT_YEARS[0], max_year=EVENT_YEARS[1])},
        )
    )
    return DiasporaMember(
        person=draw(_people()),
        country_of_residence=country,
        consular_registration=None
        if registration is None
        else ConsularRegistration.model_validate(registration),
        education=draw(st.none() | codes("isced2011")),
        occupation=draw(st.none() | codes("isco08")),
        contact_consent=None if consent is None else ContactConsent.model_validate(consent),
    )


def diaspora_members() -> st.SearchStrategy[DiasporaMember]:
    """Generate :class:`~migstd.models.DiasporaMember` records, registered in their country of residence.

    Shrinks towards a referenced person living in Georgia with no other field set.
    """
    return _diaspora_members()


@st.composite
def _return_cases(draw: st.DrawFn) -> ReturnCase:
    return ReturnCase(
        returnee=draw(_people()),
        return_type=draw(st.sampled_from(_RETURN_TYPES)),
        return_date=draw(st.none() | partial_dates(min_year=EVENT_YEARS[0], max_year=EVENT_YEARS[1])),
        from_country=draw(st.none() | country_codes(current_only=True)),
        programme=draw(st.none() | st.sampled_from(_PROGRAMMES)),
        organisation=draw(st.none() | st.sampled_from(_ORGANISATIONS)),
        reintegration_measures=tuple(draw(st.lists(st.sampled_from(_MEASURES), unique=True, max_size=3))),
    )


def return_cases() -> st.SearchStrategy[ReturnCase]:
    """Generate :class:`~migstd.models.ReturnCase` records; shrinks towards a bare voluntary return."""
    return _return_cases()


@st.composite
def _employers(draw: st.DrawFn) -> dict[str, Any]:
    country = draw(st.none() | country_codes(current_only=True))
    code = draw(st.none() | legal_entity_codes()) if country == "GEO" else None
    name = draw(st.none() | st.sampled_from(("Kartuli Puri LLC", "Batumi Port Services", "Agro Holding")))
    return {"name": name, "country": country, "legal_entity_code": code}


@st.composite
def _labour_migration_records(draw: st.DrawFn) -> LabourMigrationRecord:
    start, end = draw(periods(*EVENT_YEARS))
    return LabourMigrationRecord(
        worker=draw(_people()),
        destination_country=draw(country_codes(current_only=True)),
        occupation=draw(st.none() | codes("isco08")),
        employer=draw(st.none() | _employers().map(Employer.model_validate)),
        contract_start=start,
        contract_end=end,
    )


def labour_migration_records() -> st.SearchStrategy[LabourMigrationRecord]:
    """Generate :class:`~migstd.models.LabourMigrationRecord` records.

    Only an employer in Georgia has a legal entity code. Shrinks towards a
    referenced worker going to Georgia with no other field set.
    """
    return _labour_migration_records()


def _payloads() -> dict[str, st.SearchStrategy[Any]]:
    return {
        "person": persons(),
        "travel_document": travel_documents(),
        "border_crossing": border_crossings(),
        "residence_permit": residence_permits(),
        "visa": visas(),
        "protection_application": protection_applications(),
        "diaspora_member": diaspora_members(),
        "return_case": return_cases(),
        "labour_migration": labour_migration_records(),
    }


def records(*, kinds: Sequence[str] | None = None) -> st.SearchStrategy[Record]:
    """Generate :class:`~migstd.models.Record` envelopes around payloads of ``kinds``.

    ``kinds`` are values of :data:`migstd.models.PAYLOAD_KINDS` (all by
    default). The record id is the source's code, a year and a serial
    number. Shrinks towards a record of MOJ made at 2000-01-01T00:00+04:00
    whose payload is a simple one of the first kind; the one-of choice does
    not always shrink to the first kind, since a shorter payload of another
    kind counts as simpler.
    """
    chosen = check_choices(kinds, PAYLOAD_KINDS, name="kinds")
    payloads = _payloads()
    return _records(tuple(payloads[kind] for kind in chosen))


@st.composite
def _records(draw: st.DrawFn, payloads: tuple[st.SearchStrategy[Any], ...]) -> Record:
    source = draw(authority_codes())
    recorded_at = draw(timestamps())
    serial = draw(st.integers(1, 999_999))
    return Record(
        source=source,
        record_id=f"{source}-{recorded_at.year}-{serial}",
        recorded_at=recorded_at,
        payload=draw(st.one_of(payloads)),
    )
