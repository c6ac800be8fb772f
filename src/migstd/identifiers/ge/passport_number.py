"""Passport number (პასპორტის ნომერი, number of a Georgian citizen's passport).

The Public Service Development Agency issues Georgian passports. The number
is printed on the data page and repeated in the document-number field of the
passport's machine readable zone (MRZ), a TD3 layout under ICAO Doc 9303.

What is verified, and from where:

* ICAO Doc 9303 Part 4: the TD3 document-number field has 9 positions and
  uses the MRZ character set, the capital letters A to Z and the digits 0 to
  9, with ``<`` as a filler after a shorter number. This module validates
  that general form by default.
* PRADO (the EU Council's public register of travel documents), entry
  GEO-AO-03002: the ordinary passport first issued on 17 August 2016 is
  marked "Series 15BB". A newer design has been issued since 6 October 2025
  (knews.ge, reporting the Minister of Justice's order).

What is not verified:

* The national pattern. "Series 15BB" suggests that a number is 2 digits and
  2 letters, the series, followed by 5 digits (``15BB12345``), but no
  specimen or official text that was found confirms it, for the 2016 model
  or for older and newer ones. The pattern is therefore only an opt-in check,
  ``strict=True``, which can reject genuine numbers of other series or
  models.
* Whether the MRZ check digit of the number is computed the ICAO way on
  Georgian passports. That check needs the check digit from the MRZ, and
  belongs to :mod:`migstd.identifiers.mrz`.

Input is upper-cased, and spaces, hyphens, dots, slashes and trailing ``<``
fillers are removed. Letters outside A to Z are rejected, including
Cyrillic and Georgian letters that look like Latin ones.

>>> validate("15bb 12345")
'15BB12345'
>>> validate("AB1234<<<")
'AB1234'
>>> check("AB1234", strict=True)
<Reason.INVALID_FORMAT: 'invalid_format'>
>>> check("15BB123456")
<Reason.INVALID_LENGTH: 'invalid_length'>
"""

from __future__ import annotations

from typing import Final

from migstd.identifiers._base import Reason, check_with, is_valid_with
from migstd.identifiers.ge._document_number import (
    MAX_LENGTH,
    NATIONAL_PATTERN,
    compact_number,
    validate_number,
)

__all__ = ["MAX_LENGTH", "NATIONAL_PATTERN", "check", "compact", "format", "is_valid", "validate"]

FIELD: Final = "passport_number"


def compact(value: object) -> str:
    """Return ``value`` upper-cased, without separators or trailing ``<`` fillers.

    Raises :class:`InvalidFormatError` when ``value`` is not a string.
    """
    return compact_number(value, field=FIELD)


def validate(value: object, *, strict: bool = False) -> str:
    """Return the passport number in capitals, or raise an :class:`IdentifierError`.

    ``strict`` also requires the national pattern :data:`NATIONAL_PATTERN`,
    which is not verified.
    """
    return validate_number(value, field=FIELD, strict=strict)


def is_valid(value: object, *, strict: bool = False) -> bool:
    """Return whether ``value`` is a valid passport number; never raises."""
    return is_valid_with(lambda item: validate(item, strict=strict), value)


def check(value: object, *, strict: bool = False) -> Reason:
    """Return why ``value`` is not a valid passport number, or :attr:`Reason.OK`; never raises."""
    return check_with(lambda item: validate(item, strict=strict), value)


def format(value: object) -> str:
    """Return the passport number as printed: capitals and digits with no separators."""
    return validate(value)
