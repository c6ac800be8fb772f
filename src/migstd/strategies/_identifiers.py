"""Strategies for identifiers: Georgian personal, legal entity and document numbers, phones and MRZs.

Each value passes the ``validate`` function of its module in
:mod:`migstd.identifiers` and is in that function's canonical form.

>>> from hypothesis import find, settings
>>> no_database = settings(database=None)
>>> find(personal_numbers(), lambda number: True, settings=no_database)
'00000000001'
>>> find(passport_numbers(strict=True), lambda number: True, settings=no_database)
'00AA00000'
>>> find(phone_numbers(), lambda number: True, settings=no_database)
'+995501000000'
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from typing import Final, Literal

import phonenumbers
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from migstd.identifiers import mrz, phone
from migstd.identifiers.ge import personal_number
from migstd.strategies._codes import issuing_state_codes
from migstd.strategies._data import mobile_prefixes
from migstd.strategies._names import names_of_origin
from migstd.strategies._options import check_choices, check_flag

__all__ = [
    "NUMBER_TYPES",
    "PHONE_STYLES",
    "document_numbers",
    "id_card_numbers",
    "legal_entity_codes",
    "mrz_lines",
    "mrz_zones",
    "passport_numbers",
    "personal_numbers",
    "phone_numbers",
]

DIGITS: Final = string.digits
# Digits first, so that a document number shrinks towards "0".
ALPHANUMERIC: Final = string.digits + string.ascii_uppercase

# ICAO Doc 9303 document-number field: 9 positions.
_MRZ_NUMBER_LENGTH: Final = 9
# Maximum length of a foreign document number that the models accept (TD1 overflow allowance).
_MAX_DOCUMENT_NUMBER_LENGTH: Final = 20

NumberType = Literal["mobile", "fixed_line"]
NUMBER_TYPES: Final[tuple[NumberType, ...]] = ("mobile", "fixed_line")
"""Phone number types that :func:`phone_numbers` generates, the commoner in records first."""

PhoneStyle = Literal["e164", "international", "national"]
PHONE_STYLES: Final[tuple[PhoneStyle, ...]] = ("e164", "international", "national")
"""The format in which :func:`phone_numbers` writes a number. E.164 is the form the models store."""

MrzFormat = Literal["TD3", "TD1", "TD2"]
MRZ_FORMATS: Final[tuple[MrzFormat, ...]] = ("TD3", "TD1", "TD2")
"""Zone formats of passports and identity cards, passports first."""


def personal_numbers(*, placeholders: bool = False) -> st.SearchStrategy[str]:
    """Generate Georgian personal numbers: 11 digits, a leading 0 included.

    No check digit is published, so any 11 digits are valid. Runs of one
    digit such as ``00000000000``, which records use for an unknown number,
    appear only with ``placeholders=True``. Shrinks towards ``00000000001``
    (``00000000000`` with placeholders).
    """
    allowed = check_flag(placeholders, name="placeholders")
    numbers = st.text(DIGITS, min_size=personal_number.LENGTH, max_size=personal_number.LENGTH)
    return numbers if allowed else numbers.map(_replace_placeholder)


def _replace_placeholder(number: str) -> str:
    # A map rather than a filter keeps shrinking smooth: 00000000000 becomes 00000000001.
    if not personal_number.is_placeholder(number):
        return number
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def legal_entity_codes() -> st.SearchStrategy[str]:
    """Generate Georgian legal entity identification codes: 9 digits; shrinks towards ``000000000``."""
    return st.text(DIGITS, min_size=9, max_size=9)


def _national_numbers() -> st.SearchStrategy[str]:
    # 2 digits, 2 letters and 5 digits, as the passport series "15BB" suggests.
    return st.builds(
        lambda series, letters, serial: series + letters + serial,
        st.text(DIGITS, min_size=2, max_size=2),
        st.text(string.ascii_uppercase, min_size=2, max_size=2),
        st.text(DIGITS, min_size=5, max_size=5),
    )


def passport_numbers(*, strict: bool = False) -> st.SearchStrategy[str]:
    """Generate Georgian passport numbers: 1 to 9 letters A-Z and digits.

    ``strict=True`` generates only the national pattern that
    ``passport_number.validate(strict=True)`` checks, 2 digits, 2 letters and
    5 digits (``15BB12345``). Shrinks towards ``0``, or ``00AA00000`` with
    ``strict=True``.
    """
    if check_flag(strict, name="strict"):
        return _national_numbers()
    return st.text(ALPHANUMERIC, min_size=1, max_size=_MRZ_NUMBER_LENGTH)


def id_card_numbers(*, strict: bool = False) -> st.SearchStrategy[str]:
    """Generate Georgian identity card numbers, with the options and shrinking of :func:`passport_numbers`."""
    return passport_numbers(strict=strict)


def document_numbers(*, max_length: int = _MRZ_NUMBER_LENGTH) -> st.SearchStrategy[str]:
    """Generate numbers of foreign documents: 1 to ``max_length`` letters A-Z and digits.

    ``max_length`` is at most 20, the longest number the models accept.
    Shrinks towards ``0``.
    """
    if not isinstance(max_length, int) or isinstance(max_length, bool):
        raise InvalidArgument(f"max_length must be an int, not {type(max_length).__name__}")
    if not 1 <= max_length <= _MAX_DOCUMENT_NUMBER_LENGTH:
        raise InvalidArgument(f"max_length={max_length!r} is not between 1 and {_MAX_DOCUMENT_NUMBER_LENGTH}")
    return st.text(ALPHANUMERIC, min_size=1, max_size=max_length)


def phone_numbers(
    *,
    regions: Sequence[str] = ("GE",),
    number_types: Sequence[NumberType] | None = None,
    style: PhoneStyle = "e164",
) -> st.SearchStrategy[str]:
    """Generate valid phone numbers of ``regions`` (ISO 3166-1 alpha-2 codes), written in ``style``.

    Georgian mobile numbers start with a block of libphonenumber's carrier
    data (``+995 5xx``); other numbers follow the pattern of their type in
    libphonenumber's metadata for the region. ``number_types`` chooses among
    "mobile" and "fixed_line" (both by default). ``style`` is "e164" (the
    form the models store), "international" or "national"; a national
    number validates only with its ``region``. Shrinks towards
    ``+995501000000``, the first mobile block.
    """
    types = check_choices(number_types, NUMBER_TYPES, name="number_types")
    if style not in PHONE_STYLES:
        raise InvalidArgument(f"style={style!r} is not one of {', '.join(PHONE_STYLES)}")
    if isinstance(regions, str) or not regions:
        raise InvalidArgument(f"regions must be a non-empty collection of region codes, not {regions!r}")
    unknown = [region for region in regions if region not in phonenumbers.SUPPORTED_REGIONS]
    if unknown:
        raise InvalidArgument(f"region {unknown[0]!r} is not a region that phonenumbers supports")

    choices = [_numbers(region, number_type) for region in regions for number_type in types]
    return st.one_of(choices).map(lambda number: phone.format(number, style) if style != "e164" else number)


def _numbers(region: str, number_type: NumberType) -> st.SearchStrategy[str]:
    if region == "GE" and number_type == "mobile":
        serials = st.text(DIGITS, min_size=6, max_size=6)
        return st.builds(
            lambda block, serial: f"+995{block}{serial}", st.sampled_from(mobile_prefixes()), serials
        )

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        raise InvalidArgument(f"phonenumbers has no metadata for region {region!r}")
    description = metadata.mobile if number_type == "mobile" else metadata.fixed_line
    pattern = description.national_number_pattern if description is not None else None
    if not pattern:
        raise InvalidArgument(f"phonenumbers has no {number_type} numbers for region {region!r}")

    prefix = f"+{metadata.country_code}"
    national = st.from_regex(f"(?:{pattern})", fullmatch=True, alphabet=DIGITS)
    # The pattern may admit lengths that the region's metadata excludes, so each number is checked.
    return national.map(lambda digits: prefix + digits).filter(
        lambda number: phone.is_valid(number, region=None)
    )


def mrz_lines(*, formats: Sequence[MrzFormat] | None = None) -> st.SearchStrategy[tuple[str, ...]]:
    """Generate machine-readable zones as tuples of lines, every check digit valid.

    ``formats`` chooses among "TD3" (passports), "TD1" and "TD2" (cards),
    all three by default. The holder's name is of an origin drawn by census
    share, as in :func:`~migstd.strategies.person_names`, and
    :func:`migstd.identifiers.mrz.generate` writes it by the passport system;
    states, dates and numbers are drawn at random. Shrinks towards a TD3
    passport of Georgia.
    """
    return _mrz_lines(check_choices(formats, MRZ_FORMATS, name="formats"))


@st.composite
def _mrz_lines(draw: st.DrawFn, formats: tuple[MrzFormat, ...]) -> tuple[str, ...]:
    mrz_format = draw(st.sampled_from(formats))
    given, family = draw(names_of_origin())
    return mrz.generate(
        mrz_format,
        document_code="P" if mrz_format == "TD3" else "ID",
        issuing_state=draw(issuing_state_codes()),
        primary_identifier=family,
        secondary_identifier=given,
        document_number=draw(document_numbers()),
        nationality=draw(issuing_state_codes()),
        birth_date=draw(st.dates(dt.date(1930, 1, 1), dt.date(2024, 12, 31))),
        sex=draw(st.sampled_from(("M", "F", "X"))),
        expiry_date=draw(st.dates(dt.date(2015, 1, 1), dt.date(2045, 12, 31))),
    )


def mrz_zones(*, formats: Sequence[MrzFormat] | None = None) -> st.SearchStrategy[str]:
    """Generate zones as :class:`~migstd.models.TravelDocument` stores them: lines joined by a newline.

    Options and shrinking as :func:`mrz_lines`.
    """
    return mrz_lines(formats=formats).map("\n".join)
