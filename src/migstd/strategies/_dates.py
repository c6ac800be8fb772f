"""Strategies for partial dates, timestamps with a UTC offset, and periods.

>>> from hypothesis import find, settings
>>> find(partial_dates(), lambda date: True, settings=settings(database=None))
PartialDate(year=2000, month=1, day=1)
>>> find(partial_dates(precisions=("year",)), lambda date: True, settings=settings(database=None))
PartialDate(year=2000, month=None, day=None)
>>> find(timestamps(), lambda moment: True, settings=settings(database=None)).isoformat()
'2000-01-01T00:00:00+04:00'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from hypothesis import strategies as st

from migstd.models import MAX_YEAR, MIN_YEAR, PartialDate, Precision
from migstd.strategies._options import check_choices, check_year_range

__all__ = ["PRECISIONS", "partial_dates", "periods", "timestamps"]

PRECISIONS: Final[tuple[Precision, ...]] = ("day", "month", "year")
"""Precisions of a partial date, the commonest in records (a full date) first."""

# Georgia's offset (UTC+4, no daylight saving since 2005) first, then UTC and
# the offsets of neighbours and of the main destinations of Georgian migrants.
_OFFSETS: Final = tuple(dt.timezone(dt.timedelta(hours=hours)) for hours in (4, 0, 3, 2, 1, 5, -5))

# Bounds of generated timestamps: the era of digital migration records.
_FIRST_MOMENT: Final = dt.datetime(2000, 1, 1)
_LAST_MOMENT: Final = dt.datetime(2035, 12, 31, 23, 59, 59)


def partial_dates(
    *,
    min_year: int = MIN_YEAR,
    max_year: int = MAX_YEAR,
    precisions: Sequence[Precision] | None = None,
) -> st.SearchStrategy[PartialDate]:
    """Generate :class:`~migstd.models.PartialDate` values from ``min_year`` to ``max_year``.

    ``precisions`` limits the precisions ("day", "month", "year"); all three
    by default. Shrinks towards a full date, and towards 2000-01-01 when the
    years allow it (else the 1st of January of the year nearest 2000).
    """
    first, last = check_year_range(min_year, max_year, names=("min_year", "max_year"))
    chosen = check_choices(precisions, PRECISIONS, name="precisions")

    days = st.dates(dt.date(first, 1, 1), dt.date(last, 12, 31))
    return st.builds(_truncate, days, st.sampled_from(chosen))


def _truncate(day: dt.date, precision: Precision) -> PartialDate:
    if precision == "day":
        return PartialDate(day.year, day.month, day.day)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate(day.year)


def timestamps() -> st.SearchStrategy[dt.datetime]:
    """Generate moments from 2000 to 2035 with a UTC offset, as record timestamps need.

    The offset is Georgia's +04:00 or another common one. Shrinks towards
    2000-01-01T00:00:00+04:00. Seconds are whole, as agencies record them.
    """
    moments = st.datetimes(_FIRST_MOMENT, _LAST_MOMENT).map(lambda moment: moment.replace(microsecond=0))
    return st.builds(lambda moment, zone: moment.replace(tzinfo=zone), moments, st.sampled_from(_OFFSETS))


@st.composite
def periods(draw: st.DrawFn, min_year: int, max_year: int) -> tuple[PartialDate | None, PartialDate | None]:
    """Generate a start and an end date, each optional, the end never sorting before the start.

    Shrinks towards ``(None, None)``.
    """
    start = draw(st.none() | partial_dates(min_year=min_year, max_year=max_year))
    end = draw(st.none() | partial_dates(min_year=min_year, max_year=max_year))
    if start is not None and end is not None and end < start:
        start, end = end, start
    return start, end
