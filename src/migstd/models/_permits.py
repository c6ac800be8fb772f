"""Residence permits and visas issued by Georgia.

>>> permit = ResidencePermit(
...     holder={"record_id": "PSDA-2023-004512"}, permit_type="WORK", eurostat_reason="REMUN",
...     number="RP1234567", issue_date="2023-02-01", expiry_date="2024-01-31", status="expired",
... )
>>> permit.permit_type, permit.number
('WORK', 'RP1234567')
>>> Visa(category="D1", entries="multiple", duration_of_stay_days=90,
...      valid_from="2024-05-01", valid_to="2025-04-30").category
'D1'
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import Field, StrictBool, StrictInt, StrictStr, ValidationInfo, field_validator

from migstd.codelists import AuthorityCode, PermitReasonCode, ResidencePermitTypeCode, VisaCategoryCode
from migstd.models._base import MigstdModel, personal_field
from migstd.models._dates import PartialDate, check_order
from migstd.models._identifier import normalize_document_number
from migstd.models._names import check_text
from migstd.models._reference import PersonOrReference

__all__ = ["MAX_STAY_DAYS", "PermitStatus", "ResidencePermit", "Visa"]

PermitStatus = Literal["valid", "expired", "revoked", "terminated"]

# Maximum stay a visa can allow: Georgian multiple-entry visas are valid up to
# 5 years, so no stay is longer. A guard against day counts typed in hours.
MAX_STAY_DAYS: Final = 5 * 366

# Maximum length of a legal basis text. A guard against joined fields, not a standard's limit.
_MAX_LEGAL_BASIS_LENGTH: Final = 300


def _check_number(value: str | None) -> str | None:
    return None if value is None else normalize_document_number(value)


class ResidencePermit(MigstdModel):
    """A Georgian residence permit: its type, legal basis, Eurostat reason, number, dates and status.

    ``permit_type`` is a code of ``ge_residence_permit_types``, and
    ``eurostat_reason`` a reason of Regulation (EC) 862/2007 (FAM, EDUC,
    REMUN, OTH and their subdivisions), for statistics. ``legal_basis`` names
    the article of law the permit was issued under, as text. ``number`` is the
    permit card's number, personal, in the document-number form: 1 to 20
    letters A-Z and digits.
    """

    kind: Literal["residence_permit"] = "residence_permit"
    holder: PersonOrReference | None = None
    permit_type: ResidencePermitTypeCode
    legal_basis: StrictStr | None = Field(default=None, description="Article of law the permit is based on.")
    eurostat_reason: PermitReasonCode | None = None
    number: StrictStr | None = personal_field(default=None, description="Number of the permit card.")
    issue_date: PartialDate | None = None
    expiry_date: PartialDate | None = None
    issuing_authority: AuthorityCode | None = None
    status: PermitStatus | None = None

    @field_validator("legal_basis")
    @classmethod
    def _check_legal_basis(cls, value: str | None) -> str | None:
        return (
            None
            if value is None
            else check_text(value, kind="legal_basis", max_length=_MAX_LEGAL_BASIS_LENGTH)
        )

    @field_validator("number")
    @classmethod
    def _check_number(cls, value: str | None) -> str | None:
        return _check_number(value)

    @field_validator("expiry_date")
    @classmethod
    def _check_period(cls, value: PartialDate | None, info: ValidationInfo) -> PartialDate | None:
        return check_order(
            value, info.data.get("issue_date"), rule="permit_validity", start_field="issue_date"
        )


class Visa(MigstdModel):
    """A Georgian visa: category, number, entries, allowed stay and validity.

    ``category`` is a code of ``ge_visa_categories`` (A1 … T). ``entries`` is
    "single" or "multiple", and ``duration_of_stay_days`` the number of days
    the holder may stay, 1 to 1830. ``electronic`` marks an e-visa.
    """

    kind: Literal["visa"] = "visa"
    holder: PersonOrReference | None = None
    category: VisaCategoryCode
    number: StrictStr | None = personal_field(
        default=None, description="Number of the visa sticker or e-visa."
    )
    entries: Literal["single", "multiple"]
    duration_of_stay_days: Annotated[StrictInt, Field(ge=1, le=MAX_STAY_DAYS)] | None = None
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    issuing_authority: AuthorityCode | None = None
    electronic: StrictBool = False

    @field_validator("number")
    @classmethod
    def _check_number(cls, value: str | None) -> str | None:
        return _check_number(value)

    @field_validator("valid_to")
    @classmethod
    def _check_period(cls, value: PartialDate | None, info: ValidationInfo) -> PartialDate | None:
        return check_order(value, info.data.get("valid_from"), rule="visa_validity", start_field="valid_from")
