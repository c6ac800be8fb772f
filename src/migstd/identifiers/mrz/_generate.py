"""Writing a machine-readable zone from its fields: :func:`generate`.

Names go through :func:`._names.encode_identifier` (ICAO transliteration,
Georgian romanization, punctuation rules) and are truncated to their field.
Document numbers and optional data have spaces and punctuation replaced by the
filler, as Doc 9303 requires. A document number longer than 9 characters is
written with the overflow rule of TD1 and TD2 (Parts 5 and 6, note j): up to
22 characters on TD1 and 14 on TD2. Every check digit is computed, and the
zone is read back with :func:`._parse.parse` before it is returned, so a zone
that :func:`generate` returns always parses.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from migstd.identifiers._base import InvalidComponentError, InvalidFormatError, InvalidLengthError
from migstd.identifiers.mrz._checkdigit import check_digit
from migstd.identifiers.mrz._dates import MrzDate, write_date
from migstd.identifiers.mrz._model import FORMATS, MrzFormat
from migstd.identifiers.mrz._names import encode_identifier, write_name_field
from migstd.identifiers.mrz._parse import parse
from migstd.identifiers.mrz._states import resolve_state

__all__ = ["generate"]

_FILLER = "<"
_ALPHANUMERIC = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_SEX_CHARACTERS = {"M": "M", "F": "F", "X": _FILLER, _FILLER: _FILLER}

# Name field width of each format.
_NAME_WIDTHS: dict[MrzFormat, int] = {"TD1": 30, "TD2": 31, "TD3": 39, "MRV-A": 39, "MRV-B": 31}

# Optional data field widths: TD1 optional data 1, the others' single field.
_OPTIONAL_WIDTHS: dict[MrzFormat, int] = {"TD1": 15, "TD2": 7, "TD3": 14, "MRV-A": 16, "MRV-B": 8}
_OPTIONAL_2_WIDTH = 11

# The longest document number that fits: 9 characters, or with the overflow
# rule, 9 more than the optional data can take after the check digit and a filler.
_MAX_NUMBER_LENGTHS: dict[MrzFormat, int] = {"TD1": 22, "TD2": 14, "TD3": 9, "MRV-A": 9, "MRV-B": 9}


def _field_text(value: object, *, field: str) -> str:
    """Return ``value`` upper-cased, with spaces and punctuation replaced by the filler."""
    if not isinstance(value, str):
        raise InvalidFormatError(f"must be a string, not {type(value).__name__}", field=field)
    text = value.strip().upper()
    result = []
    for character in text:
        if character in _ALPHANUMERIC or character == _FILLER:
            result.append(character)
        elif character.isascii() and not character.isalnum():
            result.append(_FILLER)
        else:
            raise InvalidFormatError("must contain only A-Z, 0-9, spaces and punctuation", field=field)
    return "".join(result)


def _state(code: object, *, field: str) -> str:
    text = _field_text(code, field=field).rstrip(_FILLER)
    if not 1 <= len(text) <= 3 or not text.isalpha():
        raise InvalidFormatError("must be a code of one to three letters", field=field)
    resolve_state(text, field=field)
    return text.ljust(3, _FILLER)


def _document_code(code: object, mrz_format: MrzFormat) -> str:
    text = _field_text(code, field="mrz.document_code").rstrip(_FILLER)
    if not 1 <= len(text) <= 2 or not text[0].isalpha():
        raise InvalidFormatError("must be one or two letters", field="mrz.document_code")
    is_visa = mrz_format in ("MRV-A", "MRV-B")
    if (text[0] == "V") != is_visa:
        raise InvalidComponentError(
            "must start with V on a visa (MRV-A, MRV-B) and with another letter on TD1, TD2 and TD3",
            field="mrz.document_code",
        )
    return text.ljust(2, _FILLER)


def _number_fields(number: str, optional: str, mrz_format: MrzFormat) -> tuple[str, str, str]:
    """Return the 9-character number field, its check digit position and the optional data field."""
    width = _OPTIONAL_WIDTHS[mrz_format]
    if len(number) <= 9:
        if len(optional) > width:
            raise InvalidLengthError(f"has more than {width} characters", field="mrz.optional_data")
        return number.ljust(9, _FILLER), check_digit(number), optional.ljust(width, _FILLER)

    if len(number) > _MAX_NUMBER_LENGTHS[mrz_format]:
        raise InvalidLengthError(
            f"has more than {_MAX_NUMBER_LENGTHS[mrz_format]} characters, the maximum of a {mrz_format} MRZ",
            field="mrz.document_number",
        )
    if _FILLER in number[8:]:
        raise InvalidComponentError(
            "a number longer than 9 characters cannot have a space or punctuation after its 8th character",
            field="mrz.document_number",
        )
    overflow = f"{number[9:]}{check_digit(number)}{_FILLER}{optional}"
    if len(overflow) > width or optional.startswith(_FILLER):
        raise InvalidLengthError(
            f"does not fit beside a long document number: the number's last {len(number) - 9} characters, "
            f"its check digit and a filler leave {width - len(number) + 7} characters",
            field="mrz.optional_data",
        )
    return number[:9], _FILLER, overflow.ljust(width, _FILLER)


def generate(
    format: MrzFormat,
    *,
    document_code: str,
    issuing_state: str,
    primary_identifier: str,
    secondary_identifier: str = "",
    document_number: str,
    nationality: str,
    birth_date: dt.date | MrzDate,
    sex: str,
    expiry_date: dt.date | MrzDate,
    optional_data: str = "",
    optional_data_2: str = "",
    blank_check_digit: Literal["<", "0"] = "<",
) -> tuple[str, ...]:
    """Return the lines of the machine-readable zone with these fields.

    The keywords are the fields of :class:`~._model.Mrz`, so
    ``generate(**mrz.fields())`` writes a parsed zone again. Sex X is written
    as the filler ``<``, as Doc 9303 Parts 4 to 7 ask. ``blank_check_digit``
    is the check digit printed for an empty TD3 personal number field, which
    Doc 9303 Part 4 lets the issuer choose: ``<`` or ``0``. Issuing state and
    nationality must be codes that :mod:`migstd.codelists` contains.

    Raises an :class:`~migstd.identifiers.IdentifierError` subclass naming the
    field that cannot be written.
    """
    if format not in FORMATS:
        raise InvalidFormatError(f"must be one of {', '.join(FORMATS)}", field="mrz.format")
    if blank_check_digit not in ("<", "0"):
        raise InvalidFormatError("must be '<' or '0'", field="mrz.blank_check_digit")

    code = _document_code(document_code, format)
    issuer = _state(issuing_state, field="mrz.issuing_state")
    holder_nationality = _state(nationality, field="mrz.nationality")

    primary = encode_identifier(primary_identifier, field="mrz.primary_identifier")
    secondary = encode_identifier(secondary_identifier, field="mrz.secondary_identifier")
    if not primary and not secondary:
        raise InvalidComponentError("a name needs a primary or a secondary identifier", field="mrz.name")
    name = write_name_field(primary, secondary, _NAME_WIDTHS[format])

    number = _field_text(document_number, field="mrz.document_number").rstrip(_FILLER)
    if not number:
        raise InvalidLengthError("is empty", field="mrz.document_number")
    optional = _field_text(optional_data, field="mrz.optional_data").rstrip(_FILLER)
    optional_2 = _field_text(optional_data_2, field="mrz.optional_data_2").rstrip(_FILLER)
    if optional_2 and format != "TD1":
        raise InvalidComponentError("exists on TD1 only", field="mrz.optional_data_2")
    if len(optional_2) > _OPTIONAL_2_WIDTH:
        raise InvalidLengthError(f"has more than {_OPTIONAL_2_WIDTH} characters", field="mrz.optional_data_2")
    number_field, number_check, optional_field = _number_fields(number, optional, format)

    sex_character = _SEX_CHARACTERS.get(sex.upper() if isinstance(sex, str) else "")
    if sex_character is None:
        raise InvalidComponentError("must be F, M or X", field="mrz.sex")
    birth = write_date(birth_date, field="mrz.birth_date")
    expiry = write_date(expiry_date, field="mrz.expiry_date")
    birth_part = f"{birth}{check_digit(birth)}"
    expiry_part = f"{expiry}{check_digit(expiry)}"

    if format == "TD1":
        upper = f"{code}{issuer}{number_field}{number_check}{optional_field}"
        middle_data = f"{birth_part}{sex_character}{expiry_part}{holder_nationality}"
        middle_data += optional_2.ljust(_OPTIONAL_2_WIDTH, _FILLER)
        composite = check_digit(upper[5:30] + middle_data[0:7] + middle_data[8:15] + middle_data[18:29])
        lines: tuple[str, ...] = (upper, middle_data + composite, name)
    else:
        lower = f"{number_field}{number_check}{holder_nationality}{birth_part}{sex_character}{expiry_part}"
        lower += optional_field
        if format == "TD3":
            blank = optional_field == _FILLER * 14
            lower += blank_check_digit if blank else check_digit(optional_field)
        if format in ("TD2", "TD3"):
            lower += check_digit(lower[0:10] + lower[13:20] + lower[21:])
        lines = (f"{code}{issuer}{name}", lower)

    parse(lines)
    return lines
