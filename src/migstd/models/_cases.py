"""Diaspora members, return cases and labour migration records.

>>> member = DiasporaMember(
...     person={"record_id": "MFA-CR-2022-8841"}, country_of_residence="DE",
...     consular_registration={"consulate_country": "DE", "consulate_city": "Frankfurt",
...                            "registered_on": "2022-10-05"},
...     education="6", occupation="25", contact_consent={"granted": True, "recorded_on": "2022-10-05"},
... )
>>> member.country_of_residence, member.occupation
('DEU', '25')
>>> Employer(name="Kartuli Puri LLC", country="GE", legal_entity_code="204 567 890").legal_entity_code
'204567890'
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import Field, StrictBool, StrictStr, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from migstd.codelists import CountryCode, IscedCode, IscoCode
from migstd.identifiers import IdentifierError
from migstd.identifiers.ge import legal_entity_code
from migstd.models._base import MigstdModel, personal_field
from migstd.models._dates import PartialDate, check_order
from migstd.models._identifier import GEORGIA, identifier_error
from migstd.models._names import check_text
from migstd.models._reference import PersonOrReference

__all__ = [
    "ConsularRegistration",
    "ContactConsent",
    "DiasporaMember",
    "Employer",
    "LabourMigrationRecord",
    "ReintegrationMeasure",
    "ReturnCase",
    "ReturnType",
]

# Maximum length of the free texts of these models. A guard against joined fields, not a standard's limit.
_MAX_TEXT_LENGTH: Final = 200

ReturnType = Literal["voluntary", "assisted_voluntary", "forced", "readmission"]
ReintegrationMeasure = Literal[
    "cash",
    "business_support",
    "vocational_training",
    "education",
    "employment",
    "housing",
    "medical",
    "psychosocial",
    "legal",
    "other",
]


def _text(value: str | None, kind: str) -> str | None:
    return None if value is None else check_text(value, kind=kind, max_length=_MAX_TEXT_LENGTH)


class ConsularRegistration(MigstdModel):
    """Registration at a Georgian consulate: the country and city of the consulate and the date."""

    consulate_country: CountryCode
    consulate_city: StrictStr | None = None
    registered_on: PartialDate | None = None

    @field_validator("consulate_city")
    @classmethod
    def _check_city(cls, value: str | None) -> str | None:
        return _text(value, "consulate_city")


class ContactConsent(MigstdModel):
    """Whether a person agreed to be contacted, and when the consent or refusal was recorded."""

    granted: StrictBool
    recorded_on: PartialDate | None = None


class DiasporaMember(MigstdModel):
    """A Georgian citizen or person of Georgian origin living abroad, as a consulate registered them.

    ``education`` is an ISCED 2011 level and ``occupation`` an ISCO-08 group.
    """

    kind: Literal["diaspora_member"] = "diaspora_member"
    person: PersonOrReference
    country_of_residence: CountryCode
    consular_registration: ConsularRegistration | None = None
    education: IscedCode | None = None
    occupation: IscoCode | None = None
    contact_consent: ContactConsent | None = None


class ReturnCase(MigstdModel):
    """A return to Georgia and the reintegration help that followed it.

    ``return_type`` separates voluntary returns, assisted voluntary return
    and reintegration (AVRR) programmes, forced returns and readmission under
    an agreement. ``programme`` and ``organisation`` name the AVRR programme
    and who ran it, for example an IOM mission. Reintegration measures are
    kept once each, in the order given.
    """

    kind: Literal["return_case"] = "return_case"
    returnee: PersonOrReference
    return_type: ReturnType
    return_date: PartialDate | None = None
    from_country: CountryCode | None = Field(default=None, description="Country the person returned from.")
    programme: StrictStr | None = None
    organisation: StrictStr | None = None
    reintegration_measures: tuple[ReintegrationMeasure, ...] = ()

    @field_validator("programme", "organisation")
    @classmethod
    def _check_text(cls, value: str | None, info: ValidationInfo) -> str | None:
        return _text(value, info.field_name or "text")

    @field_validator("reintegration_measures")
    @classmethod
    def _deduplicate(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(value))


class Employer(MigstdModel):
    """An employer: its name, country and, for a Georgian employer, its legal entity code.

    ``name`` is personal, since an employer may be a person working as an
    individual entrepreneur. ``legal_entity_code`` is checked by
    :mod:`migstd.identifiers.ge.legal_entity_code` and needs the country GEO.
    """

    name: StrictStr | None = personal_field(default=None)
    country: CountryCode | None = None
    legal_entity_code: StrictStr | None = Field(
        default=None, description="Georgian 9-digit identification code."
    )

    @field_validator("name")
    @classmethod
    def _check_name(cls, value: str | None) -> str | None:
        return _text(value, "employer_name")

    @field_validator("legal_entity_code")
    @classmethod
    def _check_code(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None

        country = info.data.get("country")
        if country != GEORGIA:
            raise PydanticCustomError(
                "employer_country", "a legal entity code is Georgian and needs the country GEO"
            )
        try:
            return legal_entity_code.validate(value)
        except IdentifierError as error:
            raise identifier_error(error) from None


class LabourMigrationRecord(MigstdModel):
    """Work abroad, or in Georgia by a foreign worker: destination, occupation, employer and contract.

    ``occupation`` is an ISCO-08 group. ``contract_end`` must not sort before
    ``contract_start``.
    """

    kind: Literal["labour_migration"] = "labour_migration"
    worker: PersonOrReference
    destination_country: CountryCode
    occupation: IscoCode | None = None
    employer: Employer | None = None
    contract_start: PartialDate | None = None
    contract_end: PartialDate | None = None

    @field_validator("contract_end")
    @classmethod
    def _check_period(cls, value: PartialDate | None, info: ValidationInfo) -> PartialDate | None:
        return check_order(
            value, info.data.get("contract_start"), rule="contract_period", start_field="contract_start"
        )
