"""JSON Schemas of the models, as ``migstd schema`` prints them and ``schemas/<version>/`` stores them.

>>> sorted(MODELS)[:3]
['Address', 'BorderCrossing', 'Citizenship']
>>> schema = json_schema("Identifier")
>>> schema["$id"], schema["properties"]["value"]["x-personal-data"]
('urn:migstd:schema:1.0.0:Identifier', True)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from migstd.errors import InputError
from migstd.models._address import Address, ContactPoint
from migstd.models._base import MigstdModel
from migstd.models._border import BorderCrossing
from migstd.models._cases import (
    ConsularRegistration,
    ContactConsent,
    DiasporaMember,
    Employer,
    LabourMigrationRecord,
    ReturnCase,
)
from migstd.models._citizenship import Citizenship
from migstd.models._document import TravelDocument
from migstd.models._identifier import Identifier
from migstd.models._names import PersonName
from migstd.models._permits import ResidencePermit, Visa
from migstd.models._person import Person
from migstd.models._protection import ProtectionApplication, ProtectionDecisionRecord
from migstd.models._record import Record
from migstd.models._reference import Reference
from migstd.models._versions import SCHEMA_VERSION

__all__ = ["JSON_SCHEMA_DIALECT", "MODELS", "json_schema", "schema_text"]

JSON_SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"

_ALL: Final[tuple[type[MigstdModel], ...]] = (
    Address,
    BorderCrossing,
    Citizenship,
    ConsularRegistration,
    ContactConsent,
    ContactPoint,
    DiasporaMember,
    Employer,
    Identifier,
    LabourMigrationRecord,
    Person,
    PersonName,
    ProtectionApplication,
    ProtectionDecisionRecord,
    Record,
    Reference,
    ResidencePermit,
    ReturnCase,
    TravelDocument,
    Visa,
)

MODELS: Final[Mapping[str, type[MigstdModel]]] = {model.__name__: model for model in _ALL}
"""Every public model by class name."""


def json_schema(model: str | type[MigstdModel]) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a model, given by class or by name.

    The schema has ``$schema``, an ``$id`` of the form
    ``urn:migstd:schema:<version>:<Model>``, a ``$comment`` naming its origin
    and licence and, on every personal field,
    ``"x-personal-data": true``. Raises :class:`~migstd.errors.InputError` for
    an unknown model name.
    """
    cls = MODELS.get(model) if isinstance(model, str) else model
    if cls is None:
        raise InputError(f"no model named {model!r}; the models are {', '.join(sorted(MODELS))}")

    body = cls.model_json_schema()
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": f"urn:migstd:schema:{SCHEMA_VERSION}:{cls.__name__}",
        "$comment": (
            f"Generated from migstd.models.{cls.__name__} (migstd, MIT licence); "
            "regenerate with scripts/make_schemas.py."
        ),
        **body,
    }


def schema_text(model: str | type[MigstdModel]) -> str:
    """Return the JSON Schema of a model as the committed files hold it: indented UTF-8 JSON and a newline."""
    return json.dumps(json_schema(model), ensure_ascii=False, indent=2) + "\n"
