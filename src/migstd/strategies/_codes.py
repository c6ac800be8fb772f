"""Strategies for codes of the code lists in :mod:`migstd.codelists`.

Codes come in list order, which shrinks towards the first code of the list,
except that country codes start with Georgia and its neighbours.

>>> from hypothesis import find, settings
>>> find(country_codes(), lambda code: True, settings=settings(database=None))
'GEO'
>>> find(municipality_codes(region="GE-AJ"), lambda code: True, settings=settings(database=None))
'GE-AJ-BATUMI'
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from migstd.codelists import CodeList, all_lists, countries, ge_municipalities, ge_regions

__all__ = [
    "authority_codes",
    "border_crossing_point_codes",
    "codes",
    "country_codes",
    "issuing_state_codes",
    "municipality_codes",
    "region_codes",
    "sex_codes",
]

# Georgia, then its neighbours: the countries of most records, so the simplest.
COMMON_COUNTRIES: Final = ("GEO", "RUS", "TUR", "ARM", "AZE")


def _codelist(codelist: object) -> CodeList[Any]:
    if isinstance(codelist, CodeList):
        return codelist
    lists = all_lists()
    if isinstance(codelist, str) and codelist in lists:
        return lists[codelist]
    raise InvalidArgument(
        f"codelist={codelist!r} is neither a CodeList nor the name of one; "
        f"migstd.codelists.all_lists() returns them by name"
    )


def _day(on: dt.date | None, current_only: object) -> dt.date | None:
    if not isinstance(current_only, bool):
        raise InvalidArgument(f"current_only must be True or False, not {current_only!r}")
    if on is not None and current_only:
        raise InvalidArgument("give either on= or current_only=True, not both; current_only means on=today")
    if on is not None and (not isinstance(on, dt.date) or isinstance(on, dt.datetime)):
        raise InvalidArgument(f"on must be a datetime.date, not {type(on).__name__}")
    if current_only:
        return dt.date.today()
    return on


def _ordered(codelist: CodeList[Any], found: tuple[str, ...]) -> tuple[str, ...]:
    if codelist is not countries:
        return found
    first = tuple(code for code in COMMON_COUNTRIES if code in found)
    return first + tuple(code for code in found if code not in first)


def codes(
    codelist: str | CodeList[Any], *, on: dt.date | None = None, current_only: bool = False
) -> st.SearchStrategy[str]:
    """Generate canonical codes of a code list, given as a :class:`CodeList` or its name.

    By default every code of the list, retired ones included, since the
    models accept them (a birth country may be the USSR). ``on`` keeps the
    codes in force on that day, and ``current_only=True`` those in force
    today. Shrinks towards the first code in list order; for ``countries``
    towards GEO, then RUS, TUR, ARM and AZE.
    """
    chosen = _codelist(codelist)
    day = _day(on, current_only)

    found = chosen.codes(on=day) if day is not None else chosen.codes()
    if not found:
        raise InvalidArgument(f"the {chosen.name} code list has no code in force on {day}")
    return st.sampled_from(_ordered(chosen, found))


def country_codes(*, on: dt.date | None = None, current_only: bool = False) -> st.SearchStrategy[str]:
    """Generate ISO 3166 alpha-3 country codes as :data:`~migstd.codelists.CountryCode` stores them.

    Options as in :func:`codes`. Shrinks towards GEO.
    """
    return codes(countries, on=on, current_only=current_only)


def region_codes() -> st.SearchStrategy[str]:
    """Generate Georgian region codes (ISO 3166-2:GE); shrinks towards the first, GE-AB."""
    return codes(ge_regions)


def municipality_codes(*, region: str | None = None) -> st.SearchStrategy[str]:
    """Generate Georgian municipality codes, only those of ``region`` when it is given.

    Shrinks towards the first municipality of the list (of the region).
    """
    if region is None:
        return codes(ge_municipalities)
    if not isinstance(region, str) or ge_regions.get(region) is None:
        raise InvalidArgument(f"region={region!r} is not a code of the ge_regions code list")
    return st.sampled_from([entry.code for entry in ge_municipalities.children(region)])


def border_crossing_point_codes() -> st.SearchStrategy[str]:
    """Generate codes of Georgian border crossing points; shrinks towards the first in list order."""
    return codes("ge_border_crossing_points")


def authority_codes() -> st.SearchStrategy[str]:
    """Generate codes of Georgian authorities; shrinks towards the first, MOJ."""
    return codes("ge_authorities")


def sex_codes() -> st.SearchStrategy[str]:
    """Generate ISO/IEC 5218 sex codes, male and female first; shrinks towards "1"."""
    return st.sampled_from(("1", "2", "0", "9"))


def issuing_state_codes(*, current_only: bool = True) -> st.SearchStrategy[str]:
    """Generate issuing state codes as an MRZ prints them: "D" for Germany, else the alpha-3 code.

    These are :data:`~migstd.codelists.IcaoCode` values of countries, current
    ones unless ``current_only=False``. Shrinks towards GEO.
    """
    day = _day(None, current_only)
    found = countries.codes(on=day) if day is not None else countries.codes()
    printed = [_printed(code) for code in _ordered(countries, found)]
    return st.sampled_from([code for code in printed if code])


def _printed(code: str) -> str:
    entry = countries.get(code)
    if entry is None:
        return ""
    return entry.icao or entry.alpha_3
