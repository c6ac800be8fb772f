"""Phone numbers, parsed with the phonenumbers library and written in E.164.

Georgian numbers have country calling code 995 and 9 national digits: fixed
lines begin with 3 (eastern Georgia) or 4 (western Georgia), mobile numbers
with 5, and non-geographic services with 7 (``790`` fixed wireless,
``706``/``707`` VoIP), 8 (``800`` toll-free) and 9. Within Georgia a fixed
line is dialled with the trunk prefix 0 (``032 2 47 18 60`` in Tbilisi), and
``00`` is the international prefix. The numbering plan, the types and the
formats come from libphonenumber's metadata as shipped in the phonenumbers
package (9.0.43 when this was written), so they follow its updates.

:func:`validate`, :func:`is_valid` and :func:`check` decide valid Georgian
numbers in their common forms (``+995``, ``00995``, ``0`` or nothing before
9 digits) by matching that metadata's patterns directly instead of calling
``phonenumbers.parse``, with the same results and errors.
``benchmarks/identifiers.py`` measures the difference.

The canonical form that :func:`validate` returns is E.164 (``+995577316209``).
A number written without ``+`` takes the country of ``region``, Georgia
unless said otherwise, so the trunk prefix and the region's international
prefix are understood. A number written with ``+`` keeps its own country
whatever the region: ``+90 …`` is Turkish even with ``region="GE"``. With
``region=None`` a number must start with ``+``. Without one it is rejected
with a message that a region is needed, and the module never guesses one,
because the digits after ``00`` mean different things in different
countries.

Formats that are not accepted, on purpose:

* The 8-digit numbers from before the 2011 renumbering. On 20 June 2011 the
  digit 5 was put in front of every Georgian mobile number (``93 47 21 86``
  became ``593 47 21 86``), and on 27 June 2011 the digit 7 in front of
  every fixed wireless number (``90…`` became ``790…``). Geographic numbers
  were renumbered on 1 March 2011. An old number is reported as
  :attr:`Reason.INVALID_LENGTH`, and :func:`is_pre_2011_mobile` says when a
  5 in front would make it a valid mobile number. The missing digit is never
  added silently, because the holder may have changed number since.
  Sources: the Georgian National Communications Commission's notice to the
  ITU of 22 December 2010 (Government Resolution No. 355 of 18 November
  2010), Wikipedia "Telephone numbers in Georgia (country)", and the
  libphonenumber maintainers, who in 2017 answered a report of an 8-digit
  mobile number that only the renumbered form is valid.
* The Soviet-era international prefix ``8 10``. libphonenumber's metadata
  for Georgia lists only ``00``, so ``8 10 995 …`` is read as a national
  number and is too long. This module adds no prefix of its own.
* Letters, including extensions (``ext. 12``) and phone words, and digits
  other than the ASCII 0 to 9 (fullwidth, Arabic-Indic and others), which
  phonenumbers itself would accept. Every migstd identifier module uses the
  same definition of a digit.

Errors never contain the number.

>>> validate("032 2 47 18 60")
'+995322471860'
>>> validate("00995 577 31 62 09")
'+995577316209'
>>> try:
...     validate("00995 577 31 62 09", region=None)
... except InvalidFormatError as error:
...     print(error.message)
has no country code, and a number without a leading '+' needs a region, such as region='GE'
>>> check("+995 93 47 21 86")
<Reason.INVALID_LENGTH: 'invalid_length'>
>>> is_pre_2011_mobile("+995 93 47 21 86")
True
>>> parse("+90 212 555 12 34").region_code
'TR'
>>> mobile = parse("577 31 62 09")
>>> mobile.e164, mobile.number_type
('+995577316209', <NumberType.MOBILE: 'mobile'>)
>>> "577" in repr(mobile)
False
>>> format("0322471860", "national")
'032 247 18 60'
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final, Literal

import phonenumbers

from migstd.errors import SettingsError
from migstd.identifiers import _phone_fast
from migstd.identifiers._base import (
    ASCII_DIGITS,
    IdentifierError,
    InvalidComponentError,
    InvalidFormatError,
    InvalidLengthError,
    Reason,
    check_with,
    clean,
    is_valid_with,
)

__all__ = [
    "DEFAULT_REGION",
    "NumberType",
    "PhoneNumber",
    "check",
    "compact",
    "format",
    "is_pre_2011_mobile",
    "is_valid",
    "parse",
    "validate",
]

FIELD: Final = "phone"
DEFAULT_REGION: Final = "GE"

# Characters that people type between the digits of a phone number.
SEPARATORS: Final = " \t\n\r\u00a0-./()"
# The ASCII ones, for bytes.translate, which removes them from a short
# number about three times faster than str.translate does.
_ASCII_SEPARATORS: Final = SEPARATORS.encode("ascii", "ignore")

GEORGIA_COUNTRY_CODE: Final = 995
# Georgian national numbers have had 9 digits since 2011 and had 8 before.
PRE_2011_LENGTH: Final = 8

Style = Literal["international", "national", "e164"]

_FORMATS: Final = {
    "international": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    "national": phonenumbers.PhoneNumberFormat.NATIONAL,
    "e164": phonenumbers.PhoneNumberFormat.E164,
}


class NumberType(enum.Enum):
    """The service a number belongs to, as libphonenumber's metadata classifies it."""

    FIXED_LINE = "fixed_line"
    MOBILE = "mobile"
    FIXED_LINE_OR_MOBILE = "fixed_line_or_mobile"
    """The numbering plan does not tell fixed lines from mobiles, as in the United States."""
    TOLL_FREE = "toll_free"
    PREMIUM_RATE = "premium_rate"
    SHARED_COST = "shared_cost"
    VOIP = "voip"
    PERSONAL_NUMBER = "personal_number"
    PAGER = "pager"
    UAN = "uan"
    """A universal access number, one number for a company's several offices."""
    VOICEMAIL = "voicemail"
    UNKNOWN = "unknown"


_NUMBER_TYPES: Final = {
    phonenumbers.PhoneNumberType.FIXED_LINE: NumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.MOBILE: NumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: NumberType.FIXED_LINE_OR_MOBILE,
    phonenumbers.PhoneNumberType.TOLL_FREE: NumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE: NumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST: NumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.VOIP: NumberType.VOIP,
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER: NumberType.PERSONAL_NUMBER,
    phonenumbers.PhoneNumberType.PAGER: NumberType.PAGER,
    phonenumbers.PhoneNumberType.UAN: NumberType.UAN,
    phonenumbers.PhoneNumberType.VOICEMAIL: NumberType.VOICEMAIL,
}


@dataclass(frozen=True, slots=True, repr=False)
class PhoneNumber:
    """A valid phone number.

    ``e164`` is the canonical form (``+995577316209``), ``national_number`` the
    national significant number without trunk prefix (``577316209``) and
    ``region_code`` the ISO 3166-1 alpha-2 code of the number's country, or
    ``"001"`` for a non-geographic number such as ``+800``. The repr hides
    both numbers.
    """

    e164: str
    country_code: int
    region_code: str | None
    number_type: NumberType
    national_number: str

    def __repr__(self) -> str:
        return (
            f"PhoneNumber(e164=<redacted>, country_code={self.country_code}, "
            f"region_code={self.region_code!r}, number_type={self.number_type!r}, "
            "national_number=<redacted>)"
        )


def compact(value: object) -> str:
    """Return ``value`` without spaces, hyphens, dots, slashes and brackets.

    Raises :class:`InvalidFormatError` when ``value`` is not a string.
    """
    return clean(value, field=FIELD, separators=SEPARATORS)


def parse(value: object, region: str | None = DEFAULT_REGION) -> PhoneNumber:
    """Parse ``value`` into a :class:`PhoneNumber`, or raise an :class:`IdentifierError`.

    ``region`` is the ISO 3166-1 alpha-2 code of the country a number without
    ``+`` belongs to, or None to require ``+``. An unknown region raises
    :class:`SettingsError`, whatever the value.
    """
    number = _parse_valid_number(value, _checked_region(region))

    number_type = _NUMBER_TYPES.get(phonenumbers.number_type(number), NumberType.UNKNOWN)
    return PhoneNumber(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        country_code=number.country_code or 0,
        region_code=phonenumbers.region_code_for_number(number),
        number_type=number_type,
        national_number=phonenumbers.national_significant_number(number),
    )


def validate(value: object, *, region: str | None = DEFAULT_REGION) -> str:
    """Return the number in E.164, or raise an :class:`IdentifierError` as :func:`parse` does."""
    return _validated_e164(value, _checked_region(region))


def is_valid(value: object, *, region: str | None = DEFAULT_REGION) -> bool:
    """Return whether ``value`` is a valid phone number; never raises for any value.

    An unknown ``region`` raises :class:`SettingsError`.
    """
    region = _checked_region(region)
    return is_valid_with(lambda item: _validated_e164(item, region), value)


def check(value: object, *, region: str | None = DEFAULT_REGION) -> Reason:
    """Return why ``value`` is not a valid phone number, or :attr:`Reason.OK`; never raises for any value.

    An unknown ``region`` raises :class:`SettingsError`.
    """
    region = _checked_region(region)
    return check_with(lambda item: _validated_e164(item, region), value)


def format(value: object, style: Style = "international", *, region: str | None = DEFAULT_REGION) -> str:
    """Return the number written in ``style``, or raise an :class:`IdentifierError`.

    ``international`` gives ``+995 577 31 62 09``, ``national`` gives
    ``577 31 62 09`` or, for a fixed line, ``032 247 18 60``, and ``e164``
    gives ``+995577316209``. An unknown style raises :class:`SettingsError`.
    """
    if style not in _FORMATS:
        raise SettingsError(f"unknown phone number style {style!r}, expected one of {sorted(_FORMATS)}")
    number = _parse_valid_number(value, _checked_region(region))
    return phonenumbers.format_number(number, _FORMATS[style])


def is_pre_2011_mobile(value: object, *, region: str | None = DEFAULT_REGION) -> bool:
    """Return whether ``value`` is a Georgian mobile number in its 8-digit form from before June 2011.

    True means that a 5 in front of the 8 national digits gives a valid
    mobile number. It does not mean that the holder still has that number.
    Never raises for any value. An unknown ``region`` raises :class:`SettingsError`.
    """
    region = _checked_region(region)
    try:
        number = _parse_number(compact(value), region)
    except IdentifierError:
        return False
    return _is_pre_2011_mobile(number)


def _checked_region(region: str | None) -> str | None:
    if region is None:
        return None
    if not isinstance(region, str) or region.upper() not in phonenumbers.SUPPORTED_REGIONS:
        raise SettingsError(
            f"unknown region {region!r}, expected an ISO 3166-1 alpha-2 code such as 'GE', "
            "or None when every number starts with '+'"
        )
    return region.upper()


def _validated_e164(value: object, region: str | None) -> str:
    """Return ``value`` in E.164 for a checked region, or raise an :class:`IdentifierError`.

    Valid Georgian numbers in their common forms take the fast path of
    :mod:`migstd.identifiers._phone_fast`, which returns the same E.164 as
    phonenumbers. Everything else, and every error, comes from :func:`_validate_slow`.
    """
    if isinstance(value, str):
        e164 = _phone_fast.georgian_e164(_compact_string(value), region)
        if e164 is not None:
            return e164
    return _validate_slow(value, region)


def _compact_string(value: str) -> str:
    """Return :func:`compact` of a string, faster for an ASCII one."""
    stripped = value.strip()
    if not stripped.isascii():
        return compact(value)
    return stripped.encode("ascii").translate(None, _ASCII_SEPARATORS).decode("ascii")


def _validate_slow(value: object, region: str | None) -> str:
    """Return ``value`` in E.164 for a checked region through phonenumbers alone."""
    number = _parse_valid_number(value, region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _parse_valid_number(value: object, region: str | None) -> phonenumbers.PhoneNumber:
    """Parse ``value`` with a checked region, or raise an :class:`IdentifierError` unless it is valid."""
    number = _parse_number(compact(value), region)
    if not phonenumbers.is_valid_number(number):
        raise _invalid_number_error(number)
    return number


def _parse_number(number: str, region: str | None) -> phonenumbers.PhoneNumber:
    """Parse a compacted number without checking that it is valid."""
    digits = number.removeprefix("+")

    if not digits:
        raise InvalidLengthError("has no digits", field=FIELD)
    if not set(digits) <= ASCII_DIGITS:
        raise InvalidFormatError(
            "must contain only the digits 0 to 9, separators and a leading '+'", field=FIELD
        )
    # NOTE: "8 10 …", the Soviet-era international prefix, is read as a national
    # number and rejected as too long, because libphonenumber's metadata for
    # Georgia lists only "00". It will parse once the metadata lists it.
    if region is None and not number.startswith("+"):
        raise InvalidFormatError(
            "has no country code, and a number without a leading '+' needs a region, such as region='GE'",
            field=FIELD,
        )

    # The error is raised outside the except block, so that it carries no
    # phonenumbers exception as its context.
    error_type: int | None = None
    try:
        return phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException as parse_error:
        error_type = parse_error.error_type
    raise _parse_error(error_type)


def _parse_error(error_type: int | None) -> IdentifierError:
    if error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
        return InvalidComponentError("has an unknown country calling code", field=FIELD)
    if error_type == phonenumbers.NumberParseException.TOO_LONG:
        return InvalidLengthError("is too long to be a phone number", field=FIELD)
    # NOT_A_NUMBER and the TOO_SHORT errors: the characters were checked above,
    # so only the number of digits can be wrong.
    return InvalidLengthError("is too short to be a phone number", field=FIELD)


def _invalid_number_error(number: phonenumbers.PhoneNumber) -> IdentifierError:
    if _is_pre_2011_mobile(number):
        return InvalidLengthError(
            "has 8 national digits, the length of a Georgian mobile number before June 2011, "
            "when mobile numbers gained a leading 5. Confirm the current number with its holder "
            "instead of adding the digit",
            field=FIELD,
        )

    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == phonenumbers.ValidationResult.INVALID_COUNTRY_CODE:
        return InvalidComponentError("has an unknown country calling code", field=FIELD)
    if possible == phonenumbers.ValidationResult.TOO_SHORT:
        return InvalidLengthError("is too short for a number of its country", field=FIELD)
    if possible == phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        return InvalidLengthError("is too short, like a local number without its area code", field=FIELD)
    if possible in (phonenumbers.ValidationResult.TOO_LONG, phonenumbers.ValidationResult.INVALID_LENGTH):
        return InvalidLengthError("has a length that no number of its country has", field=FIELD)
    return InvalidComponentError("is not in a range of numbers that its country has assigned", field=FIELD)


def _is_pre_2011_mobile(number: phonenumbers.PhoneNumber) -> bool:
    national = phonenumbers.national_significant_number(number)
    if number.country_code != GEORGIA_COUNTRY_CODE or len(national) != PRE_2011_LENGTH:
        return False

    renumbered = phonenumbers.PhoneNumber(
        country_code=GEORGIA_COUNTRY_CODE, national_number=int("5" + national)
    )
    return phonenumbers.number_type(renumbered) == phonenumbers.PhoneNumberType.MOBILE
