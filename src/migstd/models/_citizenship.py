"""Citizenship of a person: the country, how and when it was acquired, and how and when it was lost.

>>> Citizenship(country="GE", acquisition_mode="SIMPLIFIED", acquired_on="2015-06")
Citizenship(country='GEO', acquisition_mode='SIMPLIFIED', acquired_on=PartialDate(year=2015, month=6, \
day=None), loss_mode=None, lost_on=None)
>>> Citizenship(country="DE", acquisition_mode="RESTORATION")
Traceback (most recent call last):
...
migstd.errors.ValidationError: acquisition_mode: the mode is one of Georgian law; for DEU use BIRTH or \
NATURALISATION
"""

from __future__ import annotations

from typing import Final

from pydantic import Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from migstd.codelists import CitizenshipAcquisitionModeCode, CitizenshipLossModeCode, CountryCode
from migstd.models._base import MigstdModel
from migstd.models._dates import PartialDate, check_order
from migstd.models._identifier import GEORGIA

__all__ = ["GENERIC_ACQUISITION_MODES", "GENERIC_LOSS_MODES", "Citizenship"]

# Modes of the Georgian lists that describe any country's citizenship. The
# others (GENERAL, SIMPLIFIED, EXCEPTION, RESTORATION, FOREIGN_SERVICE,
# FOREIGN_CITIZENSHIP) are procedures or grounds of the Organic Law of Georgia
# on Georgian Citizenship.
GENERIC_ACQUISITION_MODES: Final = frozenset({"BIRTH", "NATURALISATION"})
GENERIC_LOSS_MODES: Final = frozenset({"RENUNCIATION", "LOSS"})


class Citizenship(MigstdModel):
    """One citizenship of a person.

    ``acquisition_mode`` and ``loss_mode`` are codes of the Georgian lists
    ``ge_citizenship_acquisition_modes`` and ``ge_citizenship_loss_modes``.
    For a country other than GEO only the modes that fit any country are
    accepted: BIRTH and NATURALISATION, RENUNCIATION and LOSS. ``lost_on``
    must not sort before ``acquired_on``. Where a person model takes
    citizenships, a bare country code stands for a citizenship with only the
    country.
    """

    country: CountryCode
    acquisition_mode: CitizenshipAcquisitionModeCode | None = None
    acquired_on: PartialDate | None = Field(default=None, description="Date the citizenship was acquired.")
    loss_mode: CitizenshipLossModeCode | None = None
    lost_on: PartialDate | None = Field(default=None, description="Date the citizenship ended.")

    @field_validator("acquisition_mode", "loss_mode")
    @classmethod
    def _check_mode(cls, mode: str | None, info: ValidationInfo) -> str | None:
        country = info.data.get("country")
        generic = GENERIC_ACQUISITION_MODES if info.field_name == "acquisition_mode" else GENERIC_LOSS_MODES
        if mode is None or country is None or country == GEORGIA or mode in generic:
            return mode

        raise PydanticCustomError(
            "citizenship_mode",
            "the mode is one of Georgian law; for {country} use {allowed}",
            {"country": country, "allowed": " or ".join(sorted(generic))},
        )

    @field_validator("lost_on")
    @classmethod
    def _check_period(cls, value: PartialDate | None, info: ValidationInfo) -> PartialDate | None:
        return check_order(
            value, info.data.get("acquired_on"), rule="citizenship_period", start_field="acquired_on"
        )
