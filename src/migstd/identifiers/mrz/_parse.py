"""Reading a machine-readable zone into an :class:`~._model.Mrz`.

:func:`parse` accepts the zone as one string of lines or as a sequence of
lines. Around and between the lines it ignores what OCR output and copying
add: surrounding whitespace, ``\\r\\n`` line ends and blank lines. It also
removes spaces and tabs inside a line, which are not MRZ characters, and
upper-cases ASCII letters. A zone pasted without line breaks (90, 72 or 88
characters) is split into its lines. The format follows from the shape:

======  ======================  =========================================
lines   characters per line     format
======  ======================  =========================================
3       30                      TD1
2       36                      TD2, or MRV-B when the first letter is V
2       44                      TD3, or MRV-A when the first letter is V
======  ======================  =========================================

Structural faults raise an :class:`~migstd.identifiers.IdentifierError`
that names the field (``mrz``, ``mrz.line2``, ``mrz.birth_date``) and the
rule. A wrong check digit does not raise but is recorded in the model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from migstd.identifiers._base import InvalidComponentError, InvalidFormatError, InvalidLengthError
from migstd.identifiers.mrz._checkdigit import MRZ_CHARACTERS, check_digit_of_bytes
from migstd.identifiers.mrz._dates import read_date
from migstd.identifiers.mrz._model import CheckDigit, CheckedField, Mrz, MrzFormat
from migstd.identifiers.mrz._names import read_name_field

__all__ = ["parse", "parse_lines", "split_lines"]

_SHAPES: dict[tuple[int, int], MrzFormat] = {(3, 30): "TD1", (2, 36): "TD2", (2, 44): "TD3"}
_VISAS: dict[MrzFormat, MrzFormat] = {"TD2": "MRV-B", "TD3": "MRV-A"}
_SINGLE_LINE: dict[int, tuple[int, int]] = {90: (3, 30), 72: (2, 36), 88: (2, 44)}
_MRZ_BYTES = MRZ_CHARACTERS.encode("ascii")
_FILLER = "<"
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SEXES = {"M": "M", "F": "F", "X": "X", "<": "X"}

# End (exclusive index) of the optional data field on the second line of each two-line format.
_OPTIONAL_END = {"TD3": 42, "TD2": 35, "MRV-A": 44, "MRV-B": 36}


def split_lines(text: object) -> list[str]:
    """Return the lines of a zone without whitespace, upper-cased, checked for MRZ characters only.

    Raises :class:`InvalidFormatError` for a value that is neither a string nor
    a sequence of strings, or a line with other characters (field
    ``mrz.lineN``), and :class:`InvalidLengthError` for a shape that no format has.
    """
    if isinstance(text, str):
        raw_lines = text.splitlines()
    elif isinstance(text, Sequence) and all(isinstance(line, str) for line in text):
        raw_lines = list(text)
    else:
        raise InvalidFormatError(
            f"must be a string of MRZ lines or a sequence of lines, not {type(text).__name__}", field="mrz"
        )

    lines: list[str] = []
    for line in raw_lines:
        compact_line = "".join(line.split())
        if not compact_line:
            continue
        # Checked before upper(), which turns some non-ASCII letters (ß) into ASCII ones.
        if not compact_line.isascii() or compact_line.upper().encode().translate(None, _MRZ_BYTES):
            raise InvalidFormatError(
                "contains a character other than A-Z, 0-9 and the filler <", field=f"mrz.line{len(lines) + 1}"
            )
        lines.append(compact_line.upper())
    if len(lines) == 1 and len(lines[0]) in _SINGLE_LINE:
        count, width = _SINGLE_LINE[len(lines[0])]
        lines = [lines[0][index * width : (index + 1) * width] for index in range(count)]

    _check_shape(lines)
    return lines


def _check_shape(lines: list[str]) -> None:
    if len(lines) not in (2, 3):
        raise InvalidLengthError(
            f"the number of non-blank lines is {len(lines)}; an MRZ has 3 lines (TD1) "
            "or 2 lines (TD2, TD3, visas)",
            field="mrz",
        )
    width = 30 if len(lines) == 3 else len(lines[0])
    if (len(lines), width) not in _SHAPES:
        raise InvalidLengthError(
            f"line 1 has {_characters(width)}; a 2-line MRZ has lines of 36 or 44 characters",
            field="mrz.line1",
        )
    for number, line in enumerate(lines, start=1):
        if len(line) == width:
            continue
        if len(lines) == 3:
            message = (
                "a zone of 3 lines must be TD1 with 30 characters per line; "
                f"line {number} has {_characters(len(line))}"
            )
        else:
            message = f"has {_characters(len(line))}; every line of this MRZ must have {width}"
        raise InvalidLengthError(message, field=f"mrz.line{number}")


def _characters(count: int) -> str:
    return f"{count} character" if count == 1 else f"{count} characters"


def parse(text: str | Sequence[str], *, today: dt.date | None = None) -> Mrz:
    """Parse a machine-readable zone and check its check digits.

    ``today`` sets the day from which the century of the dates is inferred
    (default: today's date); see :mod:`._dates`. Raises an
    :class:`~migstd.identifiers.IdentifierError` subclass naming the field for
    structural faults; a check digit that does not match only sets
    :attr:`Mrz.valid` to false.
    """
    return parse_lines(split_lines(text), today=today)


def parse_lines(lines: list[str], *, today: dt.date | None = None) -> Mrz:
    """Parse lines that :func:`split_lines` returned."""
    day = today if today is not None else dt.date.today()
    if len(lines) == 3:
        return _parse_td1(lines, day)
    shape = _SHAPES[(2, len(lines[0]))]
    mrz_format = _VISAS[shape] if lines[0][0] == "V" else shape
    return _parse_two_lines(lines, mrz_format, day)


def _check(field: CheckedField, data: bytes, printed: str) -> CheckDigit:
    computed = check_digit_of_bytes(data)
    return CheckDigit(field, printed, computed, printed == computed)


def _code(text: str, field: str) -> str:
    code = text.rstrip(_FILLER)
    if not code or not _LETTERS.issuperset(code):
        raise InvalidFormatError("must be a code of one to three letters, padded with <", field=field)
    return code


def _sex(character: str) -> str:
    sex = _SEXES.get(character)
    if sex is None:
        raise InvalidComponentError("must be F, M, X or the filler <", field="mrz.sex")
    return sex


def _names(field: str) -> tuple[str, str]:
    if not _LETTERS.issuperset(field.replace(_FILLER, "")):
        raise InvalidFormatError("must contain only letters and the filler <", field="mrz.name")
    return read_name_field(field)


def _long_number(principal: str, optional: str) -> tuple[str, str, str] | None:
    """Return the number, its printed check digit and the rest of the optional data, for a long number.

    Parts 5 and 6 (note j) print a number longer than 9 characters in three
    pieces. The first 9 characters and a filler take the number field and its
    check digit. The rest of the number, the check digit and a filler open the
    optional data.
    """
    head, _, tail = optional.partition(_FILLER)
    if principal[-1] == _FILLER or len(head) < 2:
        return None
    return principal + head[:-1], head[-1], tail


def _parse_td1(lines: list[str], today: dt.date) -> Mrz:
    upper, middle, lower = lines
    principal, printed, optional = upper[5:14], upper[14], upper[15:30]
    number = principal.rstrip(_FILLER)
    if printed == _FILLER and (long := _long_number(principal, optional)) is not None:
        number, printed, optional = long
    number_check = _check("document_number", (number if len(number) > 9 else principal).encode(), printed)

    # The lines are ASCII (split_lines checked), so the check digits run on their bytes.
    upper_bytes, middle_bytes = upper.encode(), middle.encode()
    primary, secondary = _names(lower)
    checks = (
        number_check,
        _check("birth_date", middle_bytes[0:6], middle[6]),
        _check("expiry_date", middle_bytes[8:14], middle[14]),
        _check(
            "composite",
            upper_bytes[5:30] + middle_bytes[0:7] + middle_bytes[8:15] + middle_bytes[18:29],
            middle[29],
        ),
    )
    return Mrz(
        format="TD1",
        document_code=upper[0:2].rstrip(_FILLER),
        issuing_state=_code(upper[2:5], "mrz.issuing_state"),
        primary_identifier=primary,
        secondary_identifier=secondary,
        document_number=number,
        nationality=_code(middle[15:18], "mrz.nationality"),
        birth_date=read_date(middle[0:6], field="mrz.birth_date", kind="birth", today=today),
        sex=_sex(middle[7]),
        expiry_date=read_date(middle[8:14], field="mrz.expiry_date", kind="expiry", today=today),
        optional_data=optional.rstrip(_FILLER),
        optional_data_2=middle[18:29].rstrip(_FILLER),
        check_digits=checks,
        names_truncated=lower[-1] != _FILLER,
    )


def _parse_two_lines(lines: list[str], mrz_format: MrzFormat, today: dt.date) -> Mrz:
    upper, lower = lines
    optional_end = _OPTIONAL_END[mrz_format]
    principal, printed, optional = lower[0:9], lower[9], lower[28:optional_end]
    number = principal.rstrip(_FILLER)
    if mrz_format == "TD2" and printed == _FILLER and (long := _long_number(principal, optional)) is not None:
        number, printed, optional = long
    number_check = _check("document_number", (number if len(number) > 9 else principal).encode(), printed)

    lower_bytes = lower.encode()
    checks = [
        number_check,
        _check("birth_date", lower_bytes[13:19], lower[19]),
        _check("expiry_date", lower_bytes[21:27], lower[27]),
    ]
    if mrz_format == "TD3":
        # Part 4: an unused personal number field may have 0 or < as its check digit.
        optional_check = _check("optional_data", lower_bytes[28:42], lower[42])
        if not optional_check.valid and lower[42] == _FILLER and lower[28:42] == _FILLER * 14:
            optional_check = optional_check._replace(valid=True)
        checks.append(optional_check)
    if mrz_format in ("TD3", "TD2"):
        composite_end = optional_end + (1 if mrz_format == "TD3" else 0)
        checks.append(
            _check(
                "composite",
                lower_bytes[0:10] + lower_bytes[13:20] + lower_bytes[21:composite_end],
                lower[composite_end],
            )
        )

    primary, secondary = _names(upper[5:])
    return Mrz(
        format=mrz_format,
        document_code=upper[0:2].rstrip(_FILLER),
        issuing_state=_code(upper[2:5], "mrz.issuing_state"),
        primary_identifier=primary,
        secondary_identifier=secondary,
        document_number=number,
        nationality=_code(lower[10:13], "mrz.nationality"),
        birth_date=read_date(lower[13:19], field="mrz.birth_date", kind="birth", today=today),
        sex=_sex(lower[20]),
        expiry_date=read_date(lower[21:27], field="mrz.expiry_date", kind="expiry", today=today),
        optional_data=optional.rstrip(_FILLER),
        optional_data_2="",
        check_digits=tuple(checks),
        names_truncated=upper[-1] != _FILLER,
    )
