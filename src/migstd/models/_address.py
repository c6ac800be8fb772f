"""Addresses after the Core Location Vocabulary, and contact points: a phone number and an email address.

>>> home = Address(country="GE", region="GE-AJ", municipality="GE-AJ-KEDA", settlement="Keda",
...                thoroughfare="Rustaveli Street", locator_designator="12", post_code="6100")
>>> home
Address(country='GEO', region='GE-AJ', municipality='GE-AJ-KEDA', settlement='Keda', post_code='6100', \
post_name=None, thoroughfare=<redacted>, locator_designator=<redacted>, full_address=None)
>>> ContactPoint(phone="577 31 62 09", email="nino.beridze@example.ge").phone
'+995577316209'
"""

from __future__ import annotations

import re
from typing import Final, Self

from pydantic import Field, StrictStr, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from migstd.codelists import CountryCode, MunicipalityCode, RegionCode, ge_municipalities
from migstd.identifiers import IdentifierError, phone
from migstd.models._base import MigstdModel, personal_field
from migstd.models._identifier import GEORGIA, identifier_error
from migstd.models._names import check_text

__all__ = ["MAX_EMAIL_LENGTH", "Address", "ContactPoint"]

# Lengths that guard against joined fields and junk; not limits taken from a standard.
_MAX_LINE_LENGTH: Final = 200
_MAX_FULL_ADDRESS_LENGTH: Final = 500
_MAX_LOCATOR_LENGTH: Final = 50
_MAX_PLACE_LENGTH: Final = 100

# Georgian post codes have 4 digits, and the first two name the town or regional
# centre. Other countries' codes are checked only for their characters.
_GEORGIAN_POST_CODE: Final = re.compile(r"[0-9]{4}")
_POST_CODE: Final = re.compile(r"[A-Z0-9][A-Z0-9 -]{0,9}")

# RFC 5321 limits: 254 characters in all (a path of 256 minus the angle brackets)
# and 64 in the local part.
MAX_EMAIL_LENGTH: Final = 254
_MAX_LOCAL_PART_LENGTH: Final = 64

# A conservative subset of RFC 5322 addresses. Before the @ come dot-separated
# atoms of ASCII letters, digits and the printable symbols of "atext". After it
# come at least two dot-separated labels of letters, digits and inner hyphens,
# and the last label has letters only.
_ATOM: Final = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL: Final = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL: Final = re.compile(rf"(?P<local>{_ATOM}(?:\.{_ATOM})*)@(?P<domain>(?:{_LABEL}\.)+[A-Za-z]{{2,63}})")


def _text(value: str, kind: str, max_length: int) -> str:
    return check_text(value, kind=kind, max_length=max_length)


class Address(MigstdModel):
    """A postal address, with the fields of the Core Location Vocabulary's ``locn:Address``.

    ``country`` is the ISO 3166-1 code (``adminUnitL1``), ``region`` the Georgian
    region or autonomous republic (``adminUnitL2``, ISO 3166-2:GE), and
    ``municipality`` and ``settlement`` the ``addressArea``. A region or
    municipality needs the country GEO or none, and a municipality must lie in
    the region when both are given. ``post_code`` has 4 digits when the
    country is GEO, else 1 to 10 letters, digits, spaces and hyphens.
    ``thoroughfare`` (street), ``locator_designator`` (house and flat number)
    and ``full_address`` are personal; the other fields are kept in statistics
    and redacted output.
    """

    country: CountryCode | None = None
    region: RegionCode | None = Field(default=None, description="Georgian region (ISO 3166-2:GE).")
    municipality: MunicipalityCode | None = Field(default=None, description="Georgian municipality.")
    settlement: StrictStr | None = Field(default=None, description="City, town, borough (daba) or village.")
    post_code: StrictStr | None = None
    post_name: StrictStr | None = Field(default=None, description="Name of the post office's locality.")
    thoroughfare: StrictStr | None = personal_field(default=None, description="Street, avenue or square.")
    locator_designator: StrictStr | None = personal_field(
        default=None, description="House, building and flat number."
    )
    full_address: StrictStr | None = personal_field(
        default=None, description="The whole address as one text, as written on an envelope."
    )

    @field_validator("region", "municipality")
    @classmethod
    def _check_georgian(cls, value: str | None, info: ValidationInfo) -> str | None:
        country = info.data.get("country")
        if value is not None and country is not None and country != GEORGIA:
            raise PydanticCustomError(
                "address_country",
                "{field} is a Georgian code, so country must be GEO or empty, not {country}",
                {"field": info.field_name, "country": country},
            )
        return value

    @field_validator("municipality")
    @classmethod
    def _check_region(cls, value: str | None, info: ValidationInfo) -> str | None:
        region = info.data.get("region")
        entry = ge_municipalities.get(value) if value is not None else None
        if entry is not None and region is not None and entry.parent != region:
            raise PydanticCustomError(
                "address_municipality_region",
                "municipality lies in region {parent}, not in {region}",
                {"parent": entry.parent, "region": region},
            )
        return value

    @field_validator("settlement", "post_name")
    @classmethod
    def _check_place(cls, value: str | None, info: ValidationInfo) -> str | None:
        return None if value is None else _text(value, info.field_name or "place", _MAX_PLACE_LENGTH)

    @field_validator("post_code")
    @classmethod
    def _check_post_code(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None

        code = value.strip().upper()
        if info.data.get("country") == GEORGIA:
            if not _GEORGIAN_POST_CODE.fullmatch(code):
                raise PydanticCustomError("post_code_format", "a Georgian post code has exactly 4 digits 0-9")
        elif not _POST_CODE.fullmatch(code):
            raise PydanticCustomError(
                "post_code_format", "post code must be 1 to 10 letters A-Z, digits, spaces or hyphens"
            )
        return code

    @field_validator("thoroughfare")
    @classmethod
    def _check_thoroughfare(cls, value: str | None) -> str | None:
        return None if value is None else _text(value, "thoroughfare", _MAX_LINE_LENGTH)

    @field_validator("locator_designator")
    @classmethod
    def _check_locator(cls, value: str | None) -> str | None:
        return None if value is None else _text(value, "locator_designator", _MAX_LOCATOR_LENGTH)

    @field_validator("full_address")
    @classmethod
    def _check_full_address(cls, value: str | None) -> str | None:
        return None if value is None else _text(value, "full_address", _MAX_FULL_ADDRESS_LENGTH)


def _check_email(value: str) -> str:
    address = value.strip()
    match = _EMAIL.fullmatch(address)
    if match is None or len(address) > MAX_EMAIL_LENGTH:
        raise PydanticCustomError(
            "email_format",
            "email address must be local-part@domain in ASCII, with a domain of at least two labels "
            "and at most {max} characters",
            {"max": MAX_EMAIL_LENGTH},
        )
    if len(match["local"]) > _MAX_LOCAL_PART_LENGTH:
        raise PydanticCustomError(
            "email_format",
            "the local part of an email address has at most {max} characters",
            {"max": _MAX_LOCAL_PART_LENGTH},
        )
    # Domains are case-insensitive; the local part may not be, so it is kept.
    return f"{match['local']}@{match['domain'].lower()}"


class ContactPoint(MigstdModel):
    """A phone number and an email address of a person, both personal; at least one is required.

    ``phone`` is checked by :mod:`migstd.identifiers.phone` and stored in
    E.164 (``+995577316209``); a number written without ``+`` is read as
    Georgian. ``email`` is checked without a DNS look-up against a
    conservative form: ASCII ``local-part@domain``, with dot-separated atoms
    before the ``@`` and at least two domain labels, the last of letters only.
    """

    phone: StrictStr | None = personal_field(default=None, description="Phone number in E.164.")
    email: StrictStr | None = personal_field(default=None, description="Email address.")

    @field_validator("phone")
    @classmethod
    def _check_phone(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return phone.validate(value)
        except IdentifierError as error:
            raise identifier_error(error) from None

    @field_validator("email")
    @classmethod
    def _check_email(cls, value: str | None) -> str | None:
        # NOTE: internationalized addresses (RFC 6531, non-ASCII letters) are rejected.
        # Accept them once a caller needs them, with IDNA encoding of the domain.
        return None if value is None else _check_email(value)

    @model_validator(mode="after")
    def _require_one(self) -> Self:
        if self.phone is None and self.email is None:
            raise PydanticCustomError("contact_point_empty", "a contact point needs a phone or an email")
        return self
