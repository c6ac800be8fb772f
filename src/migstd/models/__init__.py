"""Pydantic models of migration records: people, documents, events, cases and the record envelope.

Every model derives from :class:`MigstdModel`: it is frozen, rejects unknown
fields, prints personal fields as ``<redacted>``, marks them in JSON Schema
with ``"x-personal-data": true``, returns a masked copy from ``redacted()``
and raises :class:`migstd.errors.ValidationError` with the field and rule but
never the rejected value.

>>> from migstd.errors import ValidationError
>>> try:
...     Person(names=[{"given_names": "Nino2"}],
...            identifiers=[{"scheme": "GE_PERSONAL_NUMBER", "value": "1024059317"}])
... except ValidationError as err:
...     print(err)
names.0.given_names.0: name part contains a digit; identifiers.0.value: personal number must have 11 digits
>>> Person.model_json_schema()["properties"]["birth_date"]["x-personal-data"]
True
>>> SCHEMA_VERSION
'1.0.0'
"""

from migstd.models._address import Address, ContactPoint
from migstd.models._base import MigstdModel, personal_field
from migstd.models._border import BorderCrossing, Direction, TransportMode
from migstd.models._cases import (
    ConsularRegistration,
    ContactConsent,
    DiasporaMember,
    Employer,
    LabourMigrationRecord,
    ReintegrationMeasure,
    ReturnCase,
    ReturnType,
)
from migstd.models._citizenship import Citizenship
from migstd.models._dates import MAX_YEAR, MIN_YEAR, PartialDate, Precision
from migstd.models._document import TravelDocument
from migstd.models._identifier import Identifier, IdentifierScheme
from migstd.models._names import NameUse, PersonName, RomanizationSystem
from migstd.models._permits import PermitStatus, ResidencePermit, Visa
from migstd.models._person import Person
from migstd.models._protection import ProtectionApplication, ProtectionDecisionRecord
from migstd.models._record import PAYLOAD_KINDS, Payload, Record
from migstd.models._reference import DocumentOrReference, PersonOrReference, Reference
from migstd.models._schema import MODELS, json_schema, schema_text
from migstd.models._versions import SCHEMA_VERSION, Upgrade, register_upgrade, upgrade_record

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "MODELS",
    "PAYLOAD_KINDS",
    "SCHEMA_VERSION",
    "Address",
    "BorderCrossing",
    "Citizenship",
    "ConsularRegistration",
    "ContactConsent",
    "ContactPoint",
    "DiasporaMember",
    "Direction",
    "DocumentOrReference",
    "Employer",
    "Identifier",
    "IdentifierScheme",
    "LabourMigrationRecord",
    "MigstdModel",
    "NameUse",
    "PartialDate",
    "Payload",
    "PermitStatus",
    "Person",
    "PersonName",
    "PersonOrReference",
    "Precision",
    "ProtectionApplication",
    "ProtectionDecisionRecord",
    "Record",
    "Reference",
    "ReintegrationMeasure",
    "ResidencePermit",
    "ReturnCase",
    "ReturnType",
    "RomanizationSystem",
    "TransportMode",
    "TravelDocument",
    "Upgrade",
    "Visa",
    "json_schema",
    "personal_field",
    "register_upgrade",
    "schema_text",
    "upgrade_record",
]
