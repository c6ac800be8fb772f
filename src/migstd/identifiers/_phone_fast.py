"""A fast path for valid Georgian phone numbers in their common written forms.

:func:`migstd.identifiers.phone.validate` parses with ``phonenumbers.parse``
and checks with ``is_valid_number``, about 50,000 numbers a second in
``benchmarks/identifiers.py`` (x86_64 Linux, phonenumbers 9.0.43). Record
linkage validates every distinct phone of an extract, so this module decides
the common case with a few regular expressions instead. Those expressions
are libphonenumber's own patterns for Georgia, read from the metadata that
the phonenumbers package ships, so they follow its updates.

:func:`georgian_e164` takes a compacted number (separators removed) and
returns its E.164 form only when ``phonenumbers`` would return the same
valid number. It returns None in every other case, including every invalid
number, so that the caller takes the slow path and raises the same error as
before. The forms it decides, with N standing for 9 national digits whose
first digit is not 0:

* ``+995N``, whatever the region, because a leading ``+`` overrides it;
* ``00995N``, ``0N`` and ``N`` with the region ``GE``.

Why phonenumbers returns the same result, as read in the source of
``parse``, ``is_valid_number`` and ``format_number`` of version 9.0.43:

* ``+995`` and ``00995`` (Georgia's international prefix) are followed by
  the country calling code 995, since neither 9 nor 99 is a country
  calling code. The country is Georgia, the only region with code 995.
* ``0N`` and ``N`` carry no country calling code: they do not start with
  ``00`` or with ``995``, which is checked. ``parse`` strips the national
  prefix 0 from ``0N``, because N matches the general pattern and 9 digits
  is a possible length.
* ``N`` has no national prefix to strip, because it does not start with 0.
* ``is_valid_number`` is true when the national number matches the general
  pattern and the pattern of at least one number type whose possible
  lengths include 9.

:func:`_build_rules` checks the facts about the metadata when the module is
imported. If any of them fails after a phonenumbers update, the fast path
turns itself off and every number takes the slow path. The facts about the
number itself are checked by the patterns and by :func:`georgian_e164`.

>>> georgian_e164("0322471860", "GE")
'+995322471860'
>>> georgian_e164("+995577316209", None)
'+995577316209'
>>> georgian_e164("577316209", None) is None
True
>>> georgian_e164("+99593472186", "GE") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import phonenumbers

__all__ = ["FAST_PATH_ENABLED", "georgian_e164"]

REGION: Final = "GE"

# The number of digits in a Georgian national significant number since 2011,
# the only length that the fast path handles.
NATIONAL_LENGTH: Final = 9

# The forms of metadata.international_prefix and national_prefix_for_parsing
# for which the reasoning in the module docstring holds.
_INTERNATIONAL_PREFIX: Final = "00"
_NATIONAL_PREFIX: Final = "0"


@dataclass(frozen=True, slots=True)
class _Rules:
    """Compiled patterns for the forms that the fast path decides.

    Each pattern matches a whole compacted number and only when its national
    number N, in the group ``national``, is valid: N has 9 digits, does not
    start with 0, and matches the general pattern and a number type's pattern.
    """

    country_code: str
    international: re.Pattern[str]
    """``+995N``."""
    national: re.Pattern[str]
    """``00995N``, ``0N`` or ``N``."""


def georgian_e164(number: str, region: str | None) -> str | None:
    """Return the E.164 form of a valid Georgian number, or None to leave it to phonenumbers.

    ``number`` is compacted and ``region`` is a checked, upper-case region
    code or None.
    """
    if _RULES is None:
        return None

    match = _RULES.international.fullmatch(number)
    if match is None and region == REGION:
        match = _RULES.national.fullmatch(number)
    if match is None:
        return None

    national = match.group("national")
    # parse() may read a bare N that starts with 995 as 995 and 6 national digits.
    if len(number) == NATIONAL_LENGTH and national.startswith(_RULES.country_code):
        return None
    return f"+{_RULES.country_code}{national}"


def _build_rules() -> _Rules | None:
    """Compile the fast path's patterns, or return None when the metadata breaks an assumption."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(REGION)
    if metadata is None or metadata.country_code is None:
        return None

    country_code = str(metadata.country_code)
    if not _is_sole_country_code(metadata.country_code):
        return None
    if metadata.international_prefix != _INTERNATIONAL_PREFIX:
        return None
    if metadata.national_prefix_for_parsing != _NATIONAL_PREFIX or metadata.national_prefix_transform_rule:
        return None

    general = metadata.general_desc
    if (
        general is None
        or not general.national_number_pattern
        or _has_backreference(general.national_number_pattern)
    ):
        return None
    if (
        NATIONAL_LENGTH not in general.possible_length
        or NATIONAL_LENGTH in general.possible_length_local_only
    ):
        return None

    type_patterns = _number_type_patterns(metadata)
    if not type_patterns:
        return None

    # Lookaheads require the whole rest of the number to be 9 digits without
    # a leading 0 (which could be read as a national or international prefix)
    # and to match the general pattern. The number type patterns then match it.
    number_types = "|".join(f"(?:{pattern})" for pattern in type_patterns)
    national = (
        rf"(?=[1-9][0-9]{{{NATIONAL_LENGTH - 1}}}\Z)"
        rf"(?=(?:{general.national_number_pattern})\Z)"
        rf"(?P<national>{number_types})"
    )
    # A pattern in a syntax that Python's re rejects leaves everything to phonenumbers.
    try:
        return _Rules(
            country_code=country_code,
            international=re.compile(rf"\+{country_code}{national}"),
            national=re.compile(rf"(?:{_INTERNATIONAL_PREFIX}{country_code}|{_NATIONAL_PREFIX})?{national}"),
        )
    except re.error:
        return None


def _is_sole_country_code(country_code: int) -> bool:
    """Return whether ``country_code`` belongs to Georgia alone and no shorter code is its prefix."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if regions is None or tuple(regions) != (REGION,):
        return False

    text = str(country_code)
    shorter = (int(text[:length]) for length in range(1, len(text)))
    return not any(code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE for code in shorter)


def _number_type_patterns(metadata: phonenumbers.PhoneMetadata) -> list[str]:
    """Return the patterns of the number types that ``is_valid_number`` tries, for 9 digits.

    The types and their order follow phonenumbers' ``_number_type_helper``:
    mobile numbers count only when the metadata does not give fixed lines
    and mobiles the same pattern, because that case is checked as fixed line.
    """
    descriptions = [
        metadata.premium_rate,
        metadata.toll_free,
        metadata.shared_cost,
        metadata.voip,
        metadata.personal_number,
        metadata.pager,
        metadata.uan,
        metadata.voicemail,
        metadata.fixed_line,
    ]
    if not metadata.same_mobile_and_fixed_line_pattern:
        descriptions.append(metadata.mobile)

    patterns = []
    for description in descriptions:
        if description is None or not description.national_number_pattern:
            continue
        if description.possible_length and NATIONAL_LENGTH not in description.possible_length:
            continue
        if _has_backreference(description.national_number_pattern):
            return []
        patterns.append(description.national_number_pattern)
    return patterns


def _has_backreference(pattern: str) -> bool:
    """Return whether ``pattern`` may refer to a group by number, which joining patterns renumbers."""
    return re.search(r"\\[1-9]", pattern) is not None


_RULES: Final = _build_rules()

FAST_PATH_ENABLED: Final = _RULES is not None
"""Whether the metadata of the installed phonenumbers meets the fast path's assumptions."""
