"""Rules that Georgian passport and ID card numbers share: the ICAO form and an opt-in national pattern."""

from __future__ import annotations

import re
from typing import Final

from migstd.identifiers._base import InvalidFormatError, InvalidLengthError, clean

__all__ = ["MAX_LENGTH", "MRZ_CHARACTERS", "NATIONAL_PATTERN", "compact_number", "validate_number"]

# The document-number field of an MRZ has 9 positions (TD3 for passports, TD1 for cards).
MAX_LENGTH: Final = 9

MRZ_CHARACTERS: Final = re.compile(r"[A-Z0-9]*")

# Inferred from the series "15BB" printed on the 2016 passport, not from a specimen.
NATIONAL_PATTERN: Final = re.compile(r"[0-9]{2}[A-Z]{2}[0-9]{5}")


def compact_number(value: object, *, field: str) -> str:
    """Return ``value`` upper-cased, without separators or trailing ``<`` fillers.

    Raises :class:`InvalidFormatError` naming ``field`` when ``value`` is not a string.
    """
    number = clean(value, field=field).rstrip("<")
    if not number.isascii():
        # str.upper would turn some non-ASCII letters into ASCII ones ("ß" into "SS").
        return number
    return number.upper()


def validate_number(value: object, *, field: str, strict: bool) -> str:
    """Return the number in capitals, or raise an :class:`IdentifierError` naming ``field``.

    ``strict`` also requires the national pattern :data:`NATIONAL_PATTERN`,
    which is not verified.
    """
    number = compact_number(value, field=field)

    if not number.isascii() or MRZ_CHARACTERS.fullmatch(number) is None:
        raise InvalidFormatError("must contain only the letters A to Z and the digits 0 to 9", field=field)
    if not 1 <= len(number) <= MAX_LENGTH:
        raise InvalidLengthError(f"must have 1 to {MAX_LENGTH} characters", field=field)

    if strict and NATIONAL_PATTERN.fullmatch(number) is None:
        raise InvalidFormatError("must be 2 digits, 2 letters and 5 digits in strict mode", field=field)
    return number
