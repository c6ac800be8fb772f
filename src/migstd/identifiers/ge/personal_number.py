"""Personal number (პირადი ნომერი, Georgian personal identification number).

The Public Service Development Agency (PSDA), Georgia's civil registry,
assigns every citizen, and every person it registers, an 11-digit personal
number that does not change. The same number is printed on the identity card
and the passport, and the Revenue Service uses it as the tax identification
number (TIN) of Georgian citizens, individual entrepreneurs included.

What is known, and from where:

* Length and characters: 11 digits. Source: OECD, "Georgia: Information on
  Tax Identification Numbers" (Section I: citizens have "the same 11 digit
  tax identification number" as on the national identity card).
* A number may begin with 0, so it is a string and never an integer. A
  number that lost its leading zero in a spreadsheet has 10 digits and is
  rejected, never padded back.

What is not known:

* No check digit is published. Neither PSDA nor the OECD sheet describes
  one, so this module checks the format only. Some third-party code claims a
  Luhn or modulo-11 check digit, and one validator site claims that a number
  never begins with 0. No official source backs either claim, so neither is
  applied.
* Whether the digits encode a region, a birth date or a sex is not
  published. Third-party claims that the first six digits are a birth date
  are not adopted.

Records often hold an 11-digit run of one digit, such as ``00000000000``,
where the number is unknown. Such placeholders have the valid format and are
accepted by default. ``reject_placeholders=True`` rejects them with
:attr:`Reason.INVALID_COMPONENT`, and :func:`is_placeholder` finds them.

>>> validate(" 010 2405 9317 ")
'01024059317'
>>> validate("1024059317")
Traceback (most recent call last):
    ...
migstd.identifiers._base.InvalidLengthError: personal_number: must have 11 digits
>>> validate("0102405931X")
Traceback (most recent call last):
    ...
migstd.identifiers._base.InvalidFormatError: personal_number: must contain only the digits 0 to 9
>>> check("00000000000", reject_placeholders=True)
<Reason.INVALID_COMPONENT: 'invalid_component'>
>>> is_valid(1024059317)
False
"""

from __future__ import annotations

from typing import Final

from migstd.identifiers._base import (
    ASCII_DIGITS,
    InvalidComponentError,
    InvalidFormatError,
    InvalidLengthError,
    Reason,
    check_with,
    clean,
    is_valid_with,
)

__all__ = ["LENGTH", "check", "compact", "format", "is_placeholder", "is_valid", "validate"]

FIELD: Final = "personal_number"
LENGTH: Final = 11


def compact(value: object) -> str:
    """Return ``value`` without spaces, hyphens, dots and slashes.

    Raises :class:`InvalidFormatError` when ``value`` is not a string.
    """
    return clean(value, field=FIELD)


def is_placeholder(value: object) -> bool:
    """Return whether ``value`` is 11 copies of one digit, a common stand-in for an unknown number."""
    try:
        number = compact(value)
    except InvalidFormatError:
        return False
    return len(number) == LENGTH and set(number) <= ASCII_DIGITS and len(set(number)) == 1


def validate(value: object, *, reject_placeholders: bool = False) -> str:
    """Return the personal number as 11 digits, or raise an :class:`IdentifierError`.

    ``reject_placeholders`` also rejects numbers made of one repeated digit,
    with :class:`InvalidComponentError`.
    """
    number = compact(value)

    if not set(number) <= ASCII_DIGITS:
        raise InvalidFormatError("must contain only the digits 0 to 9", field=FIELD)
    if len(number) != LENGTH:
        raise InvalidLengthError(f"must have {LENGTH} digits", field=FIELD)

    if reject_placeholders and len(set(number)) == 1:
        raise InvalidComponentError("is one digit repeated, a placeholder for an unknown number", field=FIELD)
    return number


def is_valid(value: object, *, reject_placeholders: bool = False) -> bool:
    """Return whether ``value`` is a valid personal number; never raises."""
    return is_valid_with(lambda item: validate(item, reject_placeholders=reject_placeholders), value)


def check(value: object, *, reject_placeholders: bool = False) -> Reason:
    """Return why ``value`` is not a valid personal number, or :attr:`Reason.OK`; never raises."""
    return check_with(lambda item: validate(item, reject_placeholders=reject_placeholders), value)


def format(value: object) -> str:
    """Return the personal number as people write it: the 11 digits with no separators."""
    return validate(value)
