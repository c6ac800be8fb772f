"""References from one record to another, and the unions of a model or a reference to it.

An event names its traveller either by embedding a :class:`Person` or by a
:class:`Reference` to the record of the person. A mapping with
``record_id`` is read as a reference, anything else as the model:

>>> from pydantic import TypeAdapter
>>> TypeAdapter(PersonOrReference).validate_python({"record_id": "PSDA-2024-000117"})
Reference(record_id='PSDA-2024-000117', source=None)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Final

from pydantic import Discriminator, Field, StrictStr, Tag, field_validator

from migstd.codelists import AuthorityCode
from migstd.models._base import MigstdModel
from migstd.models._document import TravelDocument
from migstd.models._names import check_text
from migstd.models._person import Person

__all__ = ["MAX_RECORD_ID_LENGTH", "DocumentOrReference", "PersonOrReference", "Reference", "check_record_id"]

# Maximum length of a record id. A guard against junk, not a standard's limit.
MAX_RECORD_ID_LENGTH: Final = 100


def check_record_id(value: str) -> str:
    """Return a record id stripped, or raise a pydantic error for empty, overlong or control text."""
    return check_text(value, kind="record_id", max_length=MAX_RECORD_ID_LENGTH)


class Reference(MigstdModel):
    """A pointer to another record by its ``record_id``, and optionally the authority that keeps it.

    A record id is a system key, not personal data: it must not be built from a
    personal number or a name.
    """

    record_id: StrictStr = Field(description="The record_id of the record referred to.")
    source: AuthorityCode | None = Field(default=None, description="Authority that keeps that record.")

    @field_validator("record_id")
    @classmethod
    def _check_record_id(cls, value: str) -> str:
        return check_record_id(value)


def _model_or_reference(tag: str) -> Any:
    def choose(value: Any) -> str:
        if isinstance(value, Reference) or (isinstance(value, Mapping) and "record_id" in value):
            return "reference"
        return tag

    return choose


PersonOrReference = Annotated[
    Annotated[Person, Tag("person")] | Annotated[Reference, Tag("reference")],
    Discriminator(_model_or_reference("person")),
]
"""A :class:`Person`, or a :class:`Reference` to the record of one."""

DocumentOrReference = Annotated[
    Annotated[TravelDocument, Tag("travel_document")] | Annotated[Reference, Tag("reference")],
    Discriminator(_model_or_reference("travel_document")),
]
"""A :class:`TravelDocument`, or a :class:`Reference` to the record of one."""
