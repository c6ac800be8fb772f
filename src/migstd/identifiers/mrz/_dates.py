"""MRZ dates: YYMMDD with no century, and parts left unknown with the filler ``<``.

Doc 9303 Part 3 section 4.8 writes a date as six digits, YYMMDD, and fills the
unknown parts of a date of birth with ``<``. A date is therefore an
:class:`MrzDate` with ``year``, ``month`` and ``day``, each ``None`` when the
MRZ leaves it unknown. The century is inferred:

- Birth date: the latest century that puts the date on or before today
  (for a partial date, its first possible day).
- Expiry date: the one year with those two last digits from 49 years before
  the current year to 50 years after it, so in 2026 "77" is 1977 and "76" is 2076.

>>> today = dt.date(2026, 12, 4)
>>> read_date("740812", field="mrz.birth_date", kind="birth", today=today).isoformat()
'1974-08-12'
>>> read_date("261205", field="mrz.birth_date", kind="birth", today=today).isoformat()
'1926-12-05'
>>> read_date("7408<<", field="mrz.birth_date", kind="birth", today=today).isoformat()
'1974-08'
>>> read_date("991399", field="mrz.birth_date", kind="birth", today=today)
Traceback (most recent call last):
...
migstd.identifiers._base.InvalidComponentError: mrz.birth_date: the month is not between 01 and 12
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Literal

from migstd.identifiers._base import InvalidComponentError, InvalidFormatError

__all__ = ["DateKind", "MrzDate", "read_date", "write_date"]

DateKind = Literal["birth", "expiry"]

# Expiry dates are read in the 100-year window from this many years before the
# current year to 50 years after it, because no travel document is valid longer.
_EXPIRY_YEARS_BACK = 49

_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True, slots=True, repr=False)
class MrzDate:
    """A date read from an MRZ, with ``None`` for each part printed as ``<<``.

    ``year`` has its century inferred (see the module docstring). The ``repr``
    and ``str`` show only which parts are known, never the date, since a birth
    date is personal data; :meth:`isoformat` and :meth:`to_date` return the value.
    """

    year: int | None
    month: int | None
    day: int | None

    @property
    def complete(self) -> bool:
        """Whether the year, month and day are all known."""
        return self.year is not None and self.month is not None and self.day is not None

    def to_date(self) -> dt.date | None:
        """Return the :class:`datetime.date`, or ``None`` when a part is unknown."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def isoformat(self) -> str | None:
        """Return ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` for the known leading parts.

        A date whose year is unknown, or whose month is unknown while the day
        is known, has no ISO 8601 calendar form and returns ``None``.
        """
        if self.year is None:
            return None
        if self.month is None:
            return None if self.day is not None else f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __repr__(self) -> str:
        known = [name for name in ("year", "month", "day") if getattr(self, name) is not None]
        return f"MrzDate(known={'+'.join(known) or 'none'})"

    __str__ = __repr__


def _part(text: str, field: str, name: str) -> int | None:
    if text == "<<":
        return None
    if not (text.isascii() and text.isdigit()):
        raise InvalidFormatError(f"the {name} must be two digits or '<<'", field=field)
    return int(text)


# Cached because zones repeat dates and a result depends only on the arguments; a
# raised error is not cached. 2 kinds of 36,525 dates fit in the cache for one day.
@functools.lru_cache(maxsize=1 << 17)
def read_date(text: str, *, field: str, kind: DateKind, today: dt.date) -> MrzDate:
    """Read a six-character MRZ date; raise an error naming ``field`` for an impossible one.

    Raises :class:`InvalidFormatError` for characters other than digits and a
    ``<<`` part, and :class:`InvalidComponentError` for a month outside 01-12 or
    a day that the month does not have (31 April, 29 February of a common year).
    """
    short_year = _part(text[0:2], field, "year")
    month = _part(text[2:4], field, "month")
    day = _part(text[4:6], field, "day")

    if month is not None and not 1 <= month <= 12:
        raise InvalidComponentError("the month is not between 01 and 12", field=field)
    if day is not None:
        last_day = 31 if month is None else _DAYS_IN_MONTH[month - 1]
        if not 1 <= day <= last_day:
            raise InvalidComponentError("the day does not exist in that month", field=field)

    year = None if short_year is None else _infer_century(short_year, month, day, kind, today)
    if year is not None and month == 2 and day == 29 and not _is_leap(year):
        raise InvalidComponentError("the day does not exist in that month", field=field)
    return MrzDate(year, month, day)


def _infer_century(
    short_year: int, month: int | None, day: int | None, kind: DateKind, today: dt.date
) -> int:
    year = today.year // 100 * 100 + short_year
    if kind == "birth":
        if (year, month or 1, day or 1) > (today.year, today.month, today.day):
            year -= 100
        return year

    if year > today.year + 100 - _EXPIRY_YEARS_BACK - 1:
        year -= 100
    elif year < today.year - _EXPIRY_YEARS_BACK:
        year += 100
    return year


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def write_date(value: MrzDate | dt.date, *, field: str) -> str:
    """Write a date as YYMMDD, with ``<<`` for each unknown part."""
    if isinstance(value, dt.date):
        return f"{value.year % 100:02d}{value.month:02d}{value.day:02d}"
    if not isinstance(value, MrzDate):
        raise InvalidFormatError(
            f"must be a datetime.date or MrzDate, not {type(value).__name__}", field=field
        )

    parts = (
        None if value.year is None else value.year % 100,
        value.month,
        value.day,
    )
    return "".join("<<" if part is None else f"{part:02d}" for part in parts)
