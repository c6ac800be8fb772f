"""Partial dates: a year, a year and month, or a full date."""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Mapping
from typing import Any, Final, Literal

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from migstd.errors import SettingsError, ValidationError

__all__ = ["MAX_YEAR", "MIN_YEAR", "PartialDate", "Precision", "check_order"]

# Years accepted in any partial date. The range covers birth dates back to 1800
# for historic records and dates up to 2200 for document expiry. A year outside
# it is almost always a typing error such as 0985 or 9185.
MIN_YEAR: Final = 1800
MAX_YEAR: Final = 2200

Precision = Literal["year", "month", "day"]

# ISO 8601 calendar date, reduced to year-month or year. Only ASCII digits
# count. The pattern goes into the JSON Schema, the regex parses input.
_ISO_PATTERN: Final = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_ISO_REGEX: Final = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")

# Tokens of a declared format and the date part that each stands for.
_FORMAT_TOKENS: Final = {"YYYY": "year", "MM": "month", "DD": "day"}
_FORMAT_SEPARATORS: Final = frozenset("-./ ")


@functools.total_ordering
class PartialDate:
    """A calendar date whose month and day may be unknown.

    ``precision`` is "year", "month" or "day". Years run from 1800 to 2200
    (:data:`MIN_YEAR`, :data:`MAX_YEAR`). As a pydantic field type it accepts a
    :class:`datetime.date`, an ISO 8601 string ("1985-03-12", "1985-03", "1985"),
    the zero-filled forms of registry extracts ("1985-03-00", "1985-00-00", where
    zeros mean unknown), a dict of ``year``, ``month`` and ``day`` or a
    ``PartialDate``. It rejects numbers and compact digit strings (never read as
    Unix timestamps), ``datetime.datetime`` values even at midnight, and
    day-first or month-first strings such as "12.07.1991", which are ambiguous:
    :meth:`parse` reads those when their format is declared. In JSON it is the
    ISO string.

    Equality needs the same precision: 1985-03 is not 1985-03-01. Ordering is
    total by ``(year, month or 0, day or 0)``, so a less precise date sorts
    before the more precise dates it spans (1985 < 1985-01 < 1985-01-01). That
    is a sort order, not a claim that one happened before the other.

    >>> PartialDate.parse("1985-03-00")
    PartialDate(year=1985, month=3, day=None)
    >>> str(PartialDate.parse("12.07.1991", format="DD.MM.YYYY"))
    '1991-07-12'
    >>> PartialDate(1985, 3).precision
    'month'
    >>> PartialDate.parse("12.07.1991")
    Traceback (most recent call last):
    ...
    migstd.errors.ValidationError: date is not in ISO 8601 form (YYYY-MM-DD, YYYY-MM or \
YYYY); declare the format, for example PartialDate.parse(text, format="DD.MM.YYYY")
    """

    # Not a dataclass: pydantic would dump a dataclass as a dict in Python mode.
    __slots__ = ("_day", "_month", "_year")

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        # The annotations do not bind callers who pass dicts or untyped data.
        year_is_int = isinstance(year, int) and not isinstance(year, bool)
        if not year_is_int or not (_is_optional_int(month) and _is_optional_int(day)):
            raise ValidationError("date parts must be integers", rule="date_type")

        _check_parts(year, month, day)

        self._year = year
        self._month = month
        self._day = day

    @property
    def year(self) -> int:
        """The year, from :data:`MIN_YEAR` to :data:`MAX_YEAR`."""
        return self._year

    @property
    def month(self) -> int | None:
        """The month, 1 to 12, or ``None`` when unknown."""
        return self._month

    @property
    def day(self) -> int | None:
        """The day of the month, or ``None`` when unknown."""
        return self._day

    @property
    def precision(self) -> Precision:
        """The most precise part that is known: "year", "month" or "day"."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @classmethod
    def parse(cls, text: str, format: str | None = None) -> PartialDate:
        """Parse ``text`` as ISO 8601, or in the declared ``format``.

        A format is made of the tokens ``YYYY``, ``MM`` and ``DD`` and the
        separators ``-``, ``.``, ``/`` and space, for example "DD.MM.YYYY",
        "MM/DD/YYYY" or "YYYYMMDD". Each token stands for exactly that many
        digits, and "00" in a month or day means unknown. Raises
        :class:`~migstd.errors.ValidationError` for text that does not fit, and
        :class:`~migstd.errors.SettingsError` for an invalid format. Error
        messages never contain the text, because a date may be a birth date.
        """
        if not isinstance(text, str):
            raise ValidationError(f"date must be a string, not {type(text).__name__}", rule="date_type")

        pattern = _ISO_REGEX if format is None else _compile_format(format)
        match = pattern.fullmatch(text.strip())
        if match is None:
            raise ValidationError(_format_message(format), rule="date_format")

        parts = match.groupdict()
        year = int(parts["year"])
        month = _unknown_if_zero(parts.get("month"))
        day = _unknown_if_zero(parts.get("day"))
        return cls(year, month, day)

    @classmethod
    def from_value(cls, value: object) -> PartialDate:
        """Convert a value that the pydantic field type accepts, or raise ``ValidationError``."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, datetime.datetime):
            raise ValidationError(
                "date must be a date, not a datetime; drop the time of day explicitly",
                rule="date_type",
            )
        if isinstance(value, datetime.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, str):
            return cls.parse(value)
        if isinstance(value, Mapping):
            return cls._from_mapping(value)
        raise ValidationError(
            f"date must be an ISO 8601 string, a date or a dict, not {type(value).__name__}",
            rule="date_type",
        )

    @classmethod
    def _from_mapping(cls, value: Mapping[Any, Any]) -> PartialDate:
        if "year" not in value or not set(value) <= {"year", "month", "day"}:
            raise ValidationError(
                "date dict must have the key 'year' and may have 'month' and 'day'",
                rule="date_type",
            )
        return cls(value["year"], value.get("month"), value.get("day"))

    def isoformat(self) -> str:
        """Return the ISO 8601 form at this date's precision: "1985", "1985-03" or "1985-03-12"."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.isoformat()

    def to_date(self) -> datetime.date:
        """Return the :class:`datetime.date`; raise ``ValidationError`` unless the day is known."""
        if self.month is None or self.day is None:
            raise ValidationError(
                f"date has {self.precision} precision; only a full date converts to datetime.date",
                rule="date_precision",
            )
        return datetime.date(self.year, self.month, self.day)

    def __repr__(self) -> str:
        return f"PartialDate(year={self.year}, month={self.month}, day={self.day})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    def __hash__(self) -> int:
        return hash((self.year, self.month, self.day))

    def _sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _validate_for_pydantic,
            serialization=core_schema.plain_serializer_function_ser_schema(
                PartialDate.isoformat, when_used="json"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": _ISO_PATTERN,
            "description": (
                "ISO 8601 date at year, month or day precision (YYYY, YYYY-MM or "
                "YYYY-MM-DD); 00 for an unknown month or day is accepted on input"
            ),
        }


def _validate_for_pydantic(value: object) -> PartialDate:
    # A pydantic error with a fixed message, so the value never reaches the error.
    try:
        return PartialDate.from_value(value)
    except ValidationError as error:
        raise PydanticCustomError(error.rule or "date", error.message) from None


def _is_optional_int(part: object) -> bool:
    return part is None or (isinstance(part, int) and not isinstance(part, bool))


def _check_parts(year: int, month: int | None, day: int | None) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            f"year is outside the supported range {MIN_YEAR}-{MAX_YEAR}", rule="date_year_range"
        )
    if month is None and day is not None:
        raise ValidationError("date has a day but no month", rule="date_invalid")
    if month is not None and not 1 <= month <= 12:
        raise ValidationError("month is not between 1 and 12", rule="date_invalid")
    if month is not None and day is not None and not 1 <= day <= _days_in_month(year, month):
        raise ValidationError("day does not exist in that month", rule="date_invalid")


def _days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _unknown_if_zero(digits: str | None) -> int | None:
    if digits is None or int(digits) == 0:
        return None
    return int(digits)


def _format_message(format: str | None) -> str:
    if format is None:
        return (
            "date is not in ISO 8601 form (YYYY-MM-DD, YYYY-MM or YYYY); declare the "
            'format, for example PartialDate.parse(text, format="DD.MM.YYYY")'
        )
    return f"date does not match the declared format {format!r}"


@functools.lru_cache(maxsize=64)
def _compile_format(format: str) -> re.Pattern[str]:
    pattern = ""
    seen: set[str] = set()
    position = 0
    while position < len(format):
        token = next((t for t in _FORMAT_TOKENS if format.startswith(t, position)), None)
        if token is not None:
            name = _FORMAT_TOKENS[token]
            if name in seen:
                raise SettingsError(f"date format {format!r} has {token} twice")
            seen.add(name)
            pattern += f"(?P<{name}>[0-9]{{{len(token)}}})"
            position += len(token)
        elif format[position] in _FORMAT_SEPARATORS:
            pattern += re.escape(format[position])
            position += 1
        else:
            raise SettingsError(
                f"date format {format!r} has {format[position]!r} at position {position}; "
                "use the tokens YYYY, MM and DD and the separators - . / and space"
            )

    if "year" not in seen:
        raise SettingsError(f"date format {format!r} has no YYYY")
    if "day" in seen and "month" not in seen:
        raise SettingsError(f"date format {format!r} has DD but no MM")
    return re.compile(pattern)


def check_order(end: PartialDate | None, start: object, *, rule: str, start_field: str) -> PartialDate | None:
    """Return ``end``, or raise a pydantic error naming ``start_field`` when ``end`` sorts before ``start``.

    Field validators of end dates call it with the start date from
    ``info.data``, which lacks the start date when that failed validation.
    """
    if end is None or not isinstance(start, PartialDate) or not end < start:
        return end
    raise PydanticCustomError(rule, "date sorts before {start}", {"start": start_field})
