"""ID card number (პირადობის მოწმობის ნომერი, number of a Georgian identity card).

The Public Service Development Agency issues the electronic identity card,
which every citizen must hold from the age of 14. The card follows ICAO Doc
9303 and serves as a travel document to some neighbouring countries. Its
number is printed on the card and repeated in the document-number field of
its machine readable zone (MRZ), a TD1 layout of three lines of 30
characters.

What is verified, and from where:

* Public Service Development Agency, sda.gov.ge, "Electronic identity card":
  the card complies with ICAO rules and is compulsory from age 14.
* PRADO (the EU Council's public register of travel documents), entry
  GEO-BO-02001: the card model first issued on 22 December 2025 measures
  86 × 54 mm, the ICAO TD1 size.
* ICAO Doc 9303 Part 5: the TD1 document-number field has 9 positions in
  the MRZ character set, the capital letters A to Z and the digits 0 to 9,
  with ``<`` as a filler after a shorter number. This module validates that
  general form by default.

What is not verified:

* The national pattern. No specimen or official text that was found gives
  the format of an ID card number. ``strict=True`` applies the pattern that
  the passport series "15BB" suggests, 2 digits, 2 letters and 5 digits
  (``17KA40385``), on the assumption that both documents are numbered alike.
  It can reject genuine card numbers.
* Residence cards for foreign nationals (temporary and permanent residence
  and temporary identification e-cards) follow the same order of the
  Minister of Justice, but their numbering is not known either. This module
  does not distinguish them.

Input is upper-cased, and spaces, hyphens, dots, slashes and trailing ``<``
fillers are removed. Letters outside A to Z are rejected, including
Cyrillic and Georgian letters that look like Latin ones.

>>> validate("17ka 40385")
'17KA40385'
>>> validate("17KA40385", strict=True)
'17KA40385'
>>> check("17KA-4038")
<Reason.OK: 'ok'>
>>> check("17KA-4038", strict=True)
<Reason.INVALID_FORMAT: 'invalid_format'>
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

FIELD: Final = "id_card_number"

# NOTE: ICAO TD1 lets a document number longer than 9 characters overflow into
# the optional data. This module rejects such numbers, because no Georgian card
# is known to have one. Raise the limit if one turns up.


def compact(value: object) -> str:
    """Return ``value`` upper-cased, without separators or trailing ``<`` fillers.

    Raises :class:`InvalidFormatError` when ``value`` is not a string.
    """
    return compact_number(value, field=FIELD)


def validate(value: object, *, strict: bool = False) -> str:
    """Return the ID card number in capitals, or raise an :class:`IdentifierError`.

    ``strict`` also requires the national pattern :data:`NATIONAL_PATTERN`,
    which is not verified.
    """
    return validate_number(value, field=FIELD, strict=strict)


def is_valid(value: object, *, strict: bool = False) -> bool:
    """Return whether ``value`` is a valid ID card number; never raises."""
    return is_valid_with(lambda item: validate(item, strict=strict), value)


def check(value: object, *, strict: bool = False) -> Reason:
    """Return why ``value`` is not a valid ID card number, or :attr:`Reason.OK`; never raises."""
    return check_with(lambda item: validate(item, strict=strict), value)


def format(value: object) -> str:
    """Return the ID card number as printed: capitals and digits with no separators."""
    return validate(value)
