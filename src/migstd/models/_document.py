"""Travel and identity documents, with their number checked by the issuer's rules and an optional MRZ.

>>> passport = TravelDocument(
...     document_type="P", issuing_state="GEO", ge_document_type="GE_PASSPORT",
...     number="15bb 12345", issue_date="2019-05-02", expiry_date="2029-05-01",
... )
>>> passport.number, passport.expiry_date.isoformat()
('15BB12345', '2029-05-01')
>>> TravelDocument(issuing_state="D", number="C01X00T478").number
'C01X00T478'
>>> TravelDocument(issuing_state="GEO", document_type="ID", number="17KA403851")
Traceback (most recent call last):
...
migstd.errors.ValidationError: number: id card number must have 1 to 9 characters
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Final, Literal, Self

from pydantic import Field, StrictStr, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from migstd.codelists import DocumentTypeCode, GeDocumentTypeCode, IcaoCode, ge_document_types
from migstd.errors import ValidationError
from migstd.identifiers import IdentifierError, mrz
from migstd.identifiers.ge import id_card_number, passport_number
from migstd.models._base import MigstdModel, personal_field
from migstd.models._dates import PartialDate, check_order
from migstd.models._identifier import GEORGIA, identifier_error, normalize_document_number

__all__ = ["TravelDocument"]

# Key of the validation context that turns on the check of the MRZ against the fields.
CHECK_MRZ: Final = "check_mrz"

# Georgian number modules by the MRZ format of the document: a passport-sized
# TD3 zone carries a passport number, a card-sized TD1 zone an ID card number.
_GEORGIAN_NUMBERS: Final[dict[str, Callable[[object], str]]] = {
    "TD3": passport_number.validate,
    "TD1": id_card_number.validate,
}

# The same choice by the first letter of an ICAO document code (Doc 9303 Part 4
# to 6): P passports, I, A and C identity and residence cards.
_GEORGIAN_NUMBERS_BY_CODE: Final[dict[str, Callable[[object], str]]] = {
    "P": passport_number.validate,
    "I": id_card_number.validate,
    "A": id_card_number.validate,
    "C": id_card_number.validate,
}


def _georgian_validator(ge_type: str | None, icao_type: str | None) -> Callable[[object], str] | None:
    if ge_type is not None:
        entry = ge_document_types.get(ge_type)
        return _GEORGIAN_NUMBERS.get(entry.mrz_format) if entry is not None else None
    if icao_type is not None:
        return _GEORGIAN_NUMBERS_BY_CODE.get(icao_type[0])
    return None


def _check_mrz(value: str) -> str:
    try:
        return mrz.validate(value)
    except IdentifierError as error:
        raise identifier_error(error) from None


def _dates_agree(date: PartialDate | None, printed: mrz.MrzDate) -> bool:
    if date is None:
        return True
    parts = ((date.year, printed.year), (date.month, printed.month), (date.day, printed.day))
    return all(ours is None or theirs is None or ours == theirs for ours, theirs in parts)


class TravelDocument(MigstdModel):
    """A passport, identity card, residence card or other travel document.

    ``document_type`` is the ICAO Doc 9303 document code (P, ID, …) and
    ``ge_document_type`` the Georgian document type; either or both may be
    given. A Georgian document type needs the issuing state GEO or none.

    ``number`` is upper-cased, without spaces, hyphens or ``<``. A Georgian
    document (issuing state GEO or a Georgian document type) is checked by
    :mod:`migstd.identifiers.ge.passport_number` when it has a TD3 zone or a P
    code, and by :mod:`migstd.identifiers.ge.id_card_number` when it has a TD1
    zone or an I, A or C code: 1 to 9 letters A-Z and digits. Other numbers,
    and Georgian documents without a zone such as a birth certificate, take
    1 to 20 letters A-Z and digits. The limit is above 9 because TD1 and TD2
    zones continue a long number in the optional data, and documents without
    a zone have no limit of 9.

    ``mrz`` is the machine-readable zone, checked by
    :func:`migstd.identifiers.mrz.validate` (every check digit must match) and
    stored as its lines joined by a newline. Whether it agrees with the other
    fields is checked only on request: :meth:`mrz_mismatches`, or
    ``model_validate(data, context={"check_mrz": True})``.
    """

    kind: Literal["travel_document"] = "travel_document"
    document_type: DocumentTypeCode | None = Field(default=None, description="ICAO Doc 9303 document code.")
    issuing_state: IcaoCode | None = Field(default=None, description="ICAO code of the issuing state.")
    ge_document_type: GeDocumentTypeCode | None = Field(default=None, description="Georgian document type.")
    number: StrictStr = personal_field(description="Document number: letters A-Z and digits.")
    issue_date: PartialDate | None = None
    expiry_date: PartialDate | None = None
    mrz: StrictStr | None = personal_field(
        default=None, description="Machine-readable zone, its lines joined by a newline."
    )

    @field_validator("ge_document_type")
    @classmethod
    def _check_georgian_type(cls, value: str | None, info: ValidationInfo) -> str | None:
        state = info.data.get("issuing_state")
        if value is not None and state is not None and state != GEORGIA:
            raise PydanticCustomError(
                "document_issuing_state",
                "a Georgian document type needs the issuing state GEO, not {state}",
                {"state": state},
            )
        return value

    @field_validator("number")
    @classmethod
    def _check_number(cls, value: str, info: ValidationInfo) -> str:
        ge_type = info.data.get("ge_document_type")
        georgian = ge_type is not None or info.data.get("issuing_state") == GEORGIA
        validate = _georgian_validator(ge_type, info.data.get("document_type")) if georgian else None
        if validate is None:
            return normalize_document_number(value)

        try:
            return validate(value)
        except IdentifierError as error:
            raise identifier_error(error) from None

    @field_validator("expiry_date")
    @classmethod
    def _check_period(cls, value: PartialDate | None, info: ValidationInfo) -> PartialDate | None:
        return check_order(
            value, info.data.get("issue_date"), rule="document_validity", start_field="issue_date"
        )

    @field_validator("mrz")
    @classmethod
    def _check_zone(cls, value: str | None) -> str | None:
        return None if value is None else _check_mrz(value)

    @model_validator(mode="after")
    def _check_agreement(self, info: ValidationInfo) -> Self:
        if not (info.context or {}).get(CHECK_MRZ):
            return self
        mismatches = self.mrz_mismatches()
        if mismatches:
            raise PydanticCustomError(
                "mrz_mismatch",
                "the MRZ does not agree with the fields {fields}",
                {"fields": ", ".join(mismatches)},
            )
        return self

    def mrz_mismatches(self, *, today: dt.date | None = None) -> tuple[str, ...]:
        """Return the names of the fields that the MRZ contradicts, in field order.

        A field that is ``None`` agrees with anything, and so does a date part
        that either side leaves unknown. Raises ``ValidationError`` when the
        document has no MRZ. ``today`` sets the century window of MRZ dates.
        """
        if self.mrz is None:
            raise ValidationError("the document has no MRZ to compare", field="mrz", rule="mrz_missing")

        zone = mrz.parse(self.mrz, today=today)
        checks: list[tuple[str, bool]] = [
            ("document_type", self.document_type in (None, zone.document_code)),
            ("issuing_state", self.issuing_state in (None, zone.issuing_state)),
            ("number", self.number == zone.document_number),
            ("expiry_date", _dates_agree(self.expiry_date, zone.expiry_date)),
        ]
        return tuple(name for name, agrees in checks if not agrees)

    def mrz_fields(self, *, today: dt.date | None = None) -> dict[str, Any]:
        """Return the fields of the MRZ, as :meth:`migstd.identifiers.mrz.Mrz.fields` gives them."""
        if self.mrz is None:
            raise ValidationError("the document has no MRZ", field="mrz", rule="mrz_missing")
        return mrz.parse(self.mrz, today=today).fields()
