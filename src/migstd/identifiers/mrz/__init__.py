"""MRZ (Machine Readable Zone) of ICAO Doc 9303 travel documents, passports, identity cards and visas.

The machine-readable zone is the block of OCR-B lines at the foot of a
passport data page, on the back of an identity card or on a visa. Doc 9303
(Eighth Edition, 2021) defines five formats:

- TD1 (Part 5): 3 lines of 30 characters, identity and residence cards.
- TD2 (Part 6): 2 lines of 36 characters, identity documents.
- TD3 (Part 4): 2 lines of 44 characters, passports.
- MRV-A and MRV-B (Part 7): 2 lines of 44 or 36 characters, visas, whose
  document code starts with V.

Every line contains A-Z, 0-9 and the filler ``<``. The document number, birth
date, expiry date and, on TD3, the personal number field each have a check
digit (weights 7, 3, 1, modulus 10, Part 3 section 4.9); TD1, TD2 and TD3
add a composite check digit over the data lines, and visas have none.

:func:`parse` reads a zone into an :class:`Mrz` and records every check digit;
the python-stdnum functions :func:`compact`, :func:`validate`,
:func:`is_valid`, :func:`check` and :func:`format` use it; :func:`generate`
writes a zone from its fields.

>>> lines = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
...          "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
>>> mrz = parse("\\n".join(lines), today=dt.date(2026, 12, 4))
>>> mrz
Mrz(format='TD3', document_code='P', issuing_state='UTO', valid=True)
>>> mrz.primary_identifier, mrz.secondary_identifier, mrz.document_number
('ERIKSSON', 'ANNA MARIA', 'L898902C3')
>>> mrz.birth_date.isoformat(), mrz.sex, mrz.expiry_date.isoformat(), mrz.optional_data
('1974-08-12', 'F', '2012-04-15', 'ZE184226B')
>>> is_valid(lines), check(lines).value
(True, 'ok')

Errors name the field and the rule, never the value:

>>> validate(("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
...           "L898902C36UTO7408123F1204159ZE184226B<<<<<10"))
Traceback (most recent call last):
...
migstd.identifiers._base.InvalidChecksumError: mrz.birth_date: the check digit of the birth date \
does not match
>>> parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7413122F1204159ZE184226B<<<<<10")
Traceback (most recent call last):
...
migstd.identifiers._base.InvalidComponentError: mrz.birth_date: the month is not between 01 and 12

:func:`generate` writes names in the ICAO character set, romanizing Georgian
with the passport system:

>>> generate("TD1", document_code="ID", issuing_state="GEO", primary_identifier="ბერიძე",
...          secondary_identifier="ნინო", document_number="17KA40385", nationality="GEO",
...          birth_date=dt.date(1990, 3, 14), sex="F", expiry_date=dt.date(2031, 8, 22),
...          optional_data="01024059317")
('IDGEO17KA40385001024059317<<<<', '9003141F3108228GEO<<<<<<<<<<<0', 'BERIDZE<<NINO<<<<<<<<<<<<<<<<<')

What was checked against Doc 9303 and what was not:

- Checked against the text of Parts 3 to 7 and their specimens, as read in
  December 2026 in the Markdown conversion of the ICAO PDFs in the GitHub
  repository ruledicaprio/SynthPass: the layouts and check-digit
  spans, the composite check digit (none on visas), the ``0`` or ``<`` check
  digit of an empty TD3 personal number field (Part 4), the overflow of long
  document numbers on TD1 and TD2 (note j of Parts 5 and 6), ``<`` for
  unknown parts of a birth date (Part 3 section 4.8), ``<`` for an unspecified
  sex (X in the visual zone), the name rules (apostrophes dropped, hyphens as
  fillers, truncation ending with a letter), the three-letter codes of Part 3
  section 5, the transliteration tables A and B of Part 3 section 6, and the
  MRV-A and MRV-B specimens of Part 7 Appendix B.
- Not checked: the personal number of Georgian documents is assumed to sit in
  the optional data (TD3 personal number field, TD1 optional data 1), which
  no Georgian specimen confirmed. Truncation follows the normative rule, but
  Doc 9303 leaves the method to the issuer, so a zone from another issuer may
  truncate differently. Single-language exceptions of the Cyrillic table
  (Ukrainian, Serbian, Belarusian) are not applied.

Limitations: a date is read with an inferred century (see :class:`MrzDate`);
a zone whose fields are shifted by OCR is rejected rather than repaired; the
``<`` in an unknown date part is accepted on expiry dates too, though Doc 9303
mentions it for birth dates only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from migstd.identifiers._base import (
    InvalidChecksumError,
    Reason,
    check_with,
    is_valid_with,
)
from migstd.identifiers.mrz._checkdigit import check_digit
from migstd.identifiers.mrz._dates import MrzDate
from migstd.identifiers.mrz._generate import generate
from migstd.identifiers.mrz._model import FORMATS, CheckDigit, CheckedField, Mrz, MrzFormat
from migstd.identifiers.mrz._names import encode_identifier
from migstd.identifiers.mrz._parse import parse, parse_lines, split_lines
from migstd.identifiers.mrz._states import resolve_state

__all__ = [
    "FORMATS",
    "CheckDigit",
    "CheckedField",
    "Mrz",
    "MrzDate",
    "MrzFormat",
    "check",
    "check_digit",
    "compact",
    "encode_identifier",
    "format",
    "generate",
    "is_valid",
    "parse",
    "resolve_state",
    "validate",
]

_CHECK_LABELS: dict[CheckedField, str] = {
    "document_number": "the check digit of the document number does not match",
    "birth_date": "the check digit of the birth date does not match",
    "expiry_date": "the check digit of the expiry date does not match",
    "optional_data": "the check digit of the personal number field does not match",
    "composite": "the composite check digit does not match the document number, dates and optional data",
}


def compact(text: str | Sequence[str]) -> str:
    """Return the zone's lines without whitespace, upper-cased, joined by "\\n".

    Raises an :class:`~migstd.identifiers.IdentifierError` for a value that is
    not a zone of 2 or 3 lines of MRZ characters.
    """
    return "\n".join(split_lines(text))


def validate(text: str | Sequence[str], *, today: dt.date | None = None) -> str:
    """Return the compact zone when it parses and every check digit matches.

    Raises :class:`~migstd.identifiers.InvalidChecksumError` naming the first
    field, in zone order, whose check digit fails (``mrz.composite`` for the
    composite check digit), and the errors of :func:`parse` for structural faults.
    """
    lines = split_lines(text)
    mrz = parse_lines(lines, today=today)
    for check_digit_record in mrz.check_digits:
        if not check_digit_record.valid:
            raise InvalidChecksumError(
                _CHECK_LABELS[check_digit_record.field], field=f"mrz.{check_digit_record.field}"
            )
    return "\n".join(lines)


def is_valid(text: object) -> bool:
    """Return whether ``text`` is a valid zone; never raises."""
    return is_valid_with(validate, text)


def check(text: object) -> Reason:
    """Return the :class:`~migstd.identifiers.Reason` the zone fails for, or ``Reason.OK``; never raises."""
    return check_with(validate, text)


def format(text: str | Sequence[str]) -> str:
    """Return the zone as people read it: one MRZ line per text line."""
    return compact(text)
