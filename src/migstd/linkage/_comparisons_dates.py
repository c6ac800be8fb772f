"""The comparison of dates that may lack their day or month.

>>> DateComparison("birth_date").level_names  # doctest: +NORMALIZE_WHITESPACE
('exact', 'same_year_month', 'same_year_only', 'day_month_swapped',
 'one_component_differs', 'same_year', 'else')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from migstd.linkage._comparison_base import Comparison, Levels, Values, assign

__all__ = ["DateComparison"]


@dataclass(frozen=True)
class DateComparison(Comparison):
    """A date that may lack its day or month, compared component by component.

    Levels, strongest first:

    - ``exact``: the same full date;
    - ``same_year_month``: a partial date on either side, with the month
      known on both sides, and year and month agree (1985-03 against
      1985-03-12, or 1985-03 against 1985-03);
    - ``same_year_only``: the month is unknown on either side and the years
      agree (1985 against 1985-03-12, or 1985 against 1985);
    - ``day_month_swapped``: same year, the day of one is the month of the other
      and back (only when day and month differ, so 07-07 is never a swap);
    - ``one_component_differs``: all three components known, one differs
      (a typing error in the day, the month or the year);
    - ``same_year``: same year, month and day differ;
    - ``else``.
    """

    kind: ClassVar[str] = "date"
    grades_every_pair: ClassVar[bool] = True
    field_names: ClassVar[tuple[str, ...]] = ("year", "month", "day")

    @property
    def level_names(self) -> tuple[str, ...]:
        return (
            "exact",
            "same_year_month",
            "same_year_only",
            "day_month_swapped",
            "one_component_differs",
            "same_year",
            "else",
        )

    def levels(self, left: Values, right: Values) -> Levels:
        year_a, month_a, day_a = (left[name].astype(np.int32) for name in self.field_names)
        year_b, month_b, day_b = (right[name].astype(np.int32) for name in self.field_names)
        levels = np.full(len(year_a), -1, dtype=np.int8)

        # Zero marks an unknown month or day; the year is always known.
        same_year = year_a == year_b
        month_known = (month_a > 0) & (month_b > 0)
        day_known = (day_a > 0) & (day_b > 0)
        same_month = month_a == month_b
        same_day = day_a == day_b

        # Only two full dates can be exact: two records known only by the year
        # 1990 agree on far less than two records born on 1990-03-14.
        full = (day_a > 0) & (day_b > 0) & (month_a > 0) & (month_b > 0)
        assign(levels, full & same_year & same_month & same_day, 0)

        # A pair that is not full lacks the day on at least one side, so only year and month can agree.
        assign(levels, ~full & month_known & same_year & same_month, 1)
        assign(levels, ~full & ~month_known & same_year, 2)

        all_known = month_known & day_known
        swapped = all_known & same_year & (day_a == month_b) & (month_a == day_b) & (day_a != month_a)
        assign(levels, swapped, 3)

        differing = (~same_year).astype(np.int8) + (~same_month).astype(np.int8) + (~same_day).astype(np.int8)
        assign(levels, all_known & (differing == 1), 4)
        assign(levels, same_year, 5)
        assign(levels, np.ones(len(year_a), dtype=bool), 6)
        return levels
