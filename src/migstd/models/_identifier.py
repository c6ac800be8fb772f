"""Identifiers of people and organisations: a scheme, an issuing country and a value.

The value is checked by the :mod:`migstd.identifiers` module of its scheme when
there is one, and stored in that module's canonical form:

>>> Identifier(scheme="GE_PERSONAL_NUMBER", value="010-2405-9317").value
'01024059317'
>>> Identifier(scheme="GE_PERSONAL_NUMBER", value="01024059317").issuing_country
'GEO'
>>> Identifier(scheme="PASSPORT", issuing_country="DE", value="C01X00T47")
Identifier(scheme='PASSPORT', issuing_country='DEU', value=<redacted>, valid_from=None, valid_to=None)
>>> Identifier(scheme="GE_PERSONAL_NUMBER", value="1024059317")
Traceback (most recent call last):
...
migstd.errors.ValidationError: value: personal number must have 11 digits
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal

from pydantic import Field, StrictStr, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from migstd.codelists import CountryCode
from migstd.identifiers import IdentifierError
from migstd.identifiers.ge import legal_entity_code, passport_number, personal_number
from migstd.models._base import MigstdModel, personal_field
from migstd.models._dates import PartialDate, check_order
from migstd.models._names import check_text

__all__ = [
    "GEORGIA",
    "MAX_DOCUMENT_NUMBER_LENGTH",
    "MAX_IDENTIFIER_LENGTH",
    "Identifier",
    "IdentifierScheme",
    "identifier_error",
    "normalize_document_number",
]

GEORGIA: Final = "GEO"

IdentifierScheme = Literal[
    "GE_PERSONAL_NUMBER", "GE_LEGAL_ENTITY_CODE", "PASSPORT", "NATIONAL_ID", "TAX_ID", "OTHER"
]
"""Kinds of identifier. ``GE_`` schemes are Georgian and checked by their module in
:mod:`migstd.identifiers.ge`; a ``PASSPORT`` is checked as a document number."""

# Maximum length of a value of a scheme without a module. A guard against joined
# fields, not a standard's limit.
MAX_IDENTIFIER_LENGTH: Final = 50

# Document numbers use A-Z and 0-9, the characters of the ICAO Doc 9303 MRZ. The
# MRZ number field of TD3 has 9 characters, and TD1 and TD2 continue a longer
# number in the optional data, so up to 20 are accepted for foreign and non-MRZ
# documents. The 20 is an allowance, not a standard's limit.
MAX_DOCUMENT_NUMBER_LENGTH: Final = 20
_DOCUMENT_NUMBER: Final = re.compile(rf"[A-Z0-9]{{1,{MAX_DOCUMENT_NUMBER_LENGTH}}}")

# Separators removed from a document number: spaces, hyphens and the MRZ filler.
_DOCUMENT_SEPARATORS: Final = re.compile(r"[\s\-<]")

_GEORGIAN_SCHEMES: Final[Mapping[str, Callable[[object], str]]] = {
    "GE_PERSONAL_NUMBER": personal_number.validate,
    "GE_LEGAL_ENTITY_CODE": legal_entity_code.validate,
}


def identifier_error(error: IdentifierError) -> PydanticCustomError:
    """Return the pydantic error for an identifier module's error: its field and reason, never the value."""
    label = (error.field or "identifier").replace("_", " ").replace(".", " ")
    return PydanticCustomError(
        f"{error.field}_{error.rule}", "{label} {message}", {"label": label, "message": error.message}
    )


def normalize_document_number(value: str) -> str:
    """Return a document number without spaces, hyphens or ``<``, upper-cased, or raise a pydantic error.

    This is the form of foreign and unknown documents: letters A-Z and digits,
    1 to :data:`MAX_DOCUMENT_NUMBER_LENGTH` characters.
    """
    number = _DOCUMENT_SEPARATORS.sub("", value)
    if number.isascii():
        # str.upper would turn some non-ASCII letters into ASCII ones ("ß" into "SS").
        number = number.upper()
    if not _DOCUMENT_NUMBER.fullmatch(number):
        raise PydanticCustomError(
            "document_number_format",
            "document number must be 1 to {max} letters A-Z or digits 0-9 once spaces and hyphens "
            "are removed",
            {"max": MAX_DOCUMENT_NUMBER_LENGTH},
        )
    return number


class Identifier(MigstdModel):
    """An identifier of a person or organisation, as SEMIC's ``adms:Identifier`` and FHIR's ``Identifier``.

    ``scheme`` is the kind of identifier. A Georgian scheme
    (``GE_PERSONAL_NUMBER``, ``GE_LEGAL_ENTITY_CODE``) has the issuing country
    GEO, filled in when omitted and rejected when another. A ``PASSPORT``
    issued by GEO is checked by :mod:`migstd.identifiers.ge.passport_number`,
    another passport as a document number. Other schemes take any text up to
    50 characters without control characters. ``value`` is personal.
    """

    scheme: IdentifierScheme
    issuing_country: CountryCode | None = Field(
        default=None, description="Country that issued the identifier; GEO for the GE_ schemes."
    )
    value: StrictStr = personal_field(description="The identifier, in the canonical form of its scheme.")
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None

    @model_validator(mode="before")
    @classmethod
    def _fill_country(cls, data: Any) -> Any:
        if not isinstance(data, Mapping) or data.get("issuing_country") is not None:
            return data
        if isinstance(data.get("scheme"), str) and data["scheme"] in _GEORGIAN_SCHEMES:
            return {**data, "issuing_country": GEORGIA}
        return data

    @field_validator("value")
    @classmethod
    def _check_value(cls, value: str, info: ValidationInfo) -> str:
        scheme = info.data.get("scheme")
        country = info.data.get("issuing_country")
        if scheme is None:
            # The scheme is invalid and has its own error; the value cannot be checked.
            return value

        try:
            if scheme in _GEORGIAN_SCHEMES:
                return _GEORGIAN_SCHEMES[scheme](value)
            if scheme == "PASSPORT" and country == GEORGIA:
                return passport_number.validate(value)
        except IdentifierError as error:
            raise identifier_error(error) from None

        if scheme == "PASSPORT":
            return normalize_document_number(value)
        return check_text(value, kind="identifier", max_length=MAX_IDENTIFIER_LENGTH)

    @field_validator("issuing_country")
    @classmethod
    def _check_country(cls, country: str | None, info: ValidationInfo) -> str | None:
        scheme = info.data.get("scheme")
        if scheme in _GEORGIAN_SCHEMES and country != GEORGIA:
            raise PydanticCustomError(
                "identifier_country",
                "scheme {scheme} is Georgian, so issuing_country must be GEO",
                {"scheme": scheme},
            )
        return country

    @field_validator("valid_to")
    @classmethod
    def _check_period(cls, value: PartialDate | None, info: ValidationInfo) -> PartialDate | None:
        return check_order(
            value, info.data.get("valid_from"), rule="identifier_validity", start_field="valid_from"
        )
