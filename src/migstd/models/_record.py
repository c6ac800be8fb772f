"""The record envelope: who recorded what and when, around one payload model chosen by its ``kind``.

>>> record = Record(
...     source="MIA_BP", record_id="BP-2024-07-01-000042", recorded_at="2024-07-01T14:06:10+04:00",
...     payload={"kind": "border_crossing", "direction": "entry", "crossing_point": "GE-BCP-SARPI",
...              "timestamp": "2024-07-01T14:05:00+04:00", "transport_mode": "road",
...              "traveller": {"record_id": "PSDA-2024-000117"}},
... )
>>> type(record.payload).__name__, record.schema_version
('BorderCrossing', '1.0.0')
>>> Record.model_validate_json(record.model_dump_json()) == record
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Discriminator, Field, StrictStr, Tag, field_validator, model_validator
from pydantic_core import PydanticCustomError

from migstd.codelists import AuthorityCode
from migstd.models._base import MigstdModel
from migstd.models._border import BorderCrossing
from migstd.models._cases import DiasporaMember, LabourMigrationRecord, ReturnCase
from migstd.models._document import TravelDocument
from migstd.models._permits import ResidencePermit, Visa
from migstd.models._person import Person
from migstd.models._protection import ProtectionApplication
from migstd.models._reference import check_record_id
from migstd.models._time import Timestamp
from migstd.models._versions import SCHEMA_VERSION, upgrade_record

__all__ = ["PAYLOAD_KINDS", "Payload", "Record"]

_PAYLOADS = (
    Person,
    TravelDocument,
    BorderCrossing,
    ResidencePermit,
    Visa,
    ProtectionApplication,
    DiasporaMember,
    ReturnCase,
    LabourMigrationRecord,
)

PAYLOAD_KINDS: tuple[str, ...] = tuple(model.model_fields["kind"].default for model in _PAYLOADS)
"""The values of ``kind`` that a payload may have."""


def _kind(value: Any) -> Any:
    if isinstance(value, Mapping):
        return value.get("kind")
    return getattr(value, "kind", None)


# A callable discriminator, because only that kind takes a custom error: the
# built-in one quotes the rejected tag, which could be a shifted personal value.
Payload = Annotated[
    Annotated[Person, Tag("person")]
    | Annotated[TravelDocument, Tag("travel_document")]
    | Annotated[BorderCrossing, Tag("border_crossing")]
    | Annotated[ResidencePermit, Tag("residence_permit")]
    | Annotated[Visa, Tag("visa")]
    | Annotated[ProtectionApplication, Tag("protection_application")]
    | Annotated[DiasporaMember, Tag("diaspora_member")]
    | Annotated[ReturnCase, Tag("return_case")]
    | Annotated[LabourMigrationRecord, Tag("labour_migration")],
    Discriminator(
        _kind,
        custom_error_type="payload_kind",
        custom_error_message=f"payload kind is missing or not one of {', '.join(PAYLOAD_KINDS)}",
    ),
]
"""One of the payload models, chosen by its ``kind`` field."""


# The JSON Schema of a callable discriminator lacks the mapping from kind to model, so it is added.
_PAYLOAD_DISCRIMINATOR: dict[str, Any] = {
    "propertyName": "kind",
    "mapping": {
        kind: f"#/$defs/{model.__name__}" for kind, model in zip(PAYLOAD_KINDS, _PAYLOADS, strict=True)
    },
}


class Record(MigstdModel):
    """A record as an agency exchanges it: source, id, schema version, time recorded and payload.

    ``source`` is the authority that recorded it and ``record_id`` its key in
    that authority's system, which must not be built from personal data.
    ``recorded_at`` is the moment of recording with its UTC offset, and naive
    times are rejected. ``payload`` is one model, chosen by its ``kind``. A record
    whose ``schema_version`` is older than :data:`SCHEMA_VERSION` is upgraded
    by the registered upgrade functions before validation, so that
    ``schema_version`` of a valid record is always the current version.
    """

    schema_version: StrictStr = Field(default=SCHEMA_VERSION, description="Schema version of the record.")
    source: AuthorityCode = Field(description="Authority that recorded the record.")
    record_id: StrictStr = Field(description="Key of the record in the source's system.")
    recorded_at: Timestamp = Field(description="Moment the record was made, with its UTC offset.")
    payload: Payload = Field(json_schema_extra={"discriminator": _PAYLOAD_DISCRIMINATOR})

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            return upgrade_record(data)
        return data

    @field_validator("schema_version")
    @classmethod
    def _check_version(cls, value: str) -> str:
        # Input that is not a mapping, such as an object read with from_attributes, skips the upgrade.
        if value != SCHEMA_VERSION:
            raise PydanticCustomError(
                "schema_version", "schema_version must be {current}", {"current": SCHEMA_VERSION}
            )
        return value

    @field_validator("record_id")
    @classmethod
    def _check_record_id(cls, value: str) -> str:
        return check_record_id(value)
