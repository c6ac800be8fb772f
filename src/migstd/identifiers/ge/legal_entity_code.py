"""Identification code (საიდენტიფიკაციო კოდი, Georgian legal entity identification code).

The National Agency of Public Registry assigns every commercial and
non-commercial legal entity a 9-digit identification code when it registers
the entity. The code is also the entity's tax identification number (TIN).
The Revenue Service gives natural persons who are not Georgian citizens a
9-digit TIN of the same form. Georgian citizens use their 11-digit personal
number instead (see :mod:`migstd.identifiers.ge.personal_number`).

What is known, and from where:

* Length and characters: 9 digits, unique and never reassigned. Source:
  OECD, "Georgia: Information on Tax Identification Numbers", Sections I and
  II.
* The OECD sheet states that the number combines a 7-digit sequence set by a
  decree of the Head of the Revenue Service with codes for the taxpayer's
  legal form (codes 1 and 3 for foreign natural persons and individual
  entrepreneurs, among others).

What is not known:

* No check digit is published, so this module checks the format only.
* Where the legal-form code sits among the 9 digits, and the full list of
  legal-form codes, are not in the copy of the OECD sheet that was read,
  because that copy is cut short. The module therefore checks no position.

A leading 0 is accepted and kept. A code that lost its leading zero has 8
digits and is rejected, never padded back.

>>> validate("40 5123 456")
'405123456'
>>> validate("40512345")
Traceback (most recent call last):
    ...
migstd.identifiers._base.InvalidLengthError: legal_entity_code: must have 9 digits
>>> check("4051234A6")
<Reason.INVALID_FORMAT: 'invalid_format'>
"""

from __future__ import annotations

from typing import Final

from migstd.identifiers._base import (
    ASCII_DIGITS,
    InvalidFormatError,
    InvalidLengthError,
    Reason,
    check_with,
    clean,
    is_valid_with,
)

__all__ = ["LENGTH", "check", "compact", "format", "is_valid", "validate"]

FIELD: Final = "legal_entity_code"
LENGTH: Final = 9


def compact(value: object) -> str:
    """Return ``value`` without spaces, hyphens, dots and slashes.

    Raises :class:`InvalidFormatError` when ``value`` is not a string.
    """
    return clean(value, field=FIELD)


def validate(value: object) -> str:
    """Return the identification code as 9 digits, or raise an :class:`IdentifierError`."""
    code = compact(value)

    if not set(code) <= ASCII_DIGITS:
        raise InvalidFormatError("must contain only the digits 0 to 9", field=FIELD)
    if len(code) != LENGTH:
        raise InvalidLengthError(f"must have {LENGTH} digits", field=FIELD)
    return code


def is_valid(value: object) -> bool:
    """Return whether ``value`` is a valid identification code; never raises."""
    return is_valid_with(validate, value)


def check(value: object) -> Reason:
    """Return why ``value`` is not a valid identification code, or :attr:`Reason.OK`; never raises."""
    return check_with(validate, value)


def format(value: object) -> str:
    """Return the identification code as people write it: the 9 digits with no separators."""
    return validate(value)
