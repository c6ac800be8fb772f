"""Comparisons: how two records' values of one field are graded into levels.

A comparison turns a pair of values into one of a few ordered *comparison
levels*, from the strongest agreement to ``else``. The Fellegi-Sunter model
then learns, for every level, the m probability (how often matching records
fall in it) and the u probability (how often non-matching records do).
A pair where either value is missing gets the null level, which carries no
weight: a missing value is neither agreement nor disagreement.

Levels are computed once per distinct pair of values, never per record pair,
so a comparison works on arrays of distinct values (see :meth:`Comparison.levels`).

The comparisons, each with the levels it adds between ``exact`` and ``else``:

- :class:`NameComparison`: ``same_key``, ``alias``, Jaro-Winkler levels,
  ``token_subset``, ``initials``;
- :class:`DateComparison`: ``same_year_month``, ``same_year_only``,
  ``day_month_swapped``, ``one_component_differs``, ``same_year``;
- :class:`IdentifierComparison`: ``levenshtein_1``, ``transposition``;
- :class:`PhoneComparison`: ``last_7_digits``;
- :class:`CountryComparison`: ``historic_successor``;
- :class:`AddressComparison`: Jaccard index levels of the words;
- for a field of any kind, :class:`ExactMatch` (none),
  :class:`JaroWinklerAtThresholds` and :class:`LevenshteinAtThresholds`.

>>> NameComparison("given_name").level_names[:3]
('exact', 'same_key', 'alias')
>>> DateComparison("birth_date").level_names[:3]
('exact', 'same_year_month', 'same_year_only')
>>> comparison_from_dict(PhoneComparison("phone", digits=6).to_dict())
PhoneComparison(column='phone', term_frequency_adjustments=False, digits=6)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from migstd.errors import SettingsError
from migstd.linkage._comparison_base import Comparison
from migstd.linkage._comparisons_codes import CountryComparison, IdentifierComparison, PhoneComparison
from migstd.linkage._comparisons_dates import DateComparison
from migstd.linkage._comparisons_generic import ExactMatch, JaroWinklerAtThresholds, LevenshteinAtThresholds
from migstd.linkage._comparisons_names import NameComparison
from migstd.linkage._comparisons_text import AddressComparison

__all__ = [
    "AddressComparison",
    "Comparison",
    "CountryComparison",
    "DateComparison",
    "ExactMatch",
    "IdentifierComparison",
    "JaroWinklerAtThresholds",
    "LevenshteinAtThresholds",
    "NameComparison",
    "PhoneComparison",
    "comparison_from_dict",
]


_COMPARISON_TYPES: dict[str, type[Comparison]] = {
    cls.__name__: cls
    for cls in (
        ExactMatch,
        JaroWinklerAtThresholds,
        LevenshteinAtThresholds,
        NameComparison,
        DateComparison,
        IdentifierComparison,
        PhoneComparison,
        CountryComparison,
        AddressComparison,
    )
}


def comparison_from_dict(data: Mapping[str, Any]) -> Comparison:
    """Build a comparison from the plain data that :meth:`Comparison.to_dict` returns.

    >>> comparison_from_dict({"type": "ExactMatch", "column": "sex"})
    ExactMatch(column='sex', term_frequency_adjustments=False)
    """
    options = dict(data)
    type_name = options.pop("type", None)
    if not isinstance(type_name, str) or type_name not in _COMPARISON_TYPES:
        known = ", ".join(sorted(_COMPARISON_TYPES))
        raise SettingsError(f"unknown comparison type {type_name!r}; known types: {known}")
    if "column" not in options:
        raise SettingsError(f"comparison {type_name} needs a 'column'")
    comparison_type = _COMPARISON_TYPES[type_name]
    allowed = sorted(item.name for item in fields(comparison_type) if item.init)
    unknown = sorted(str(key) for key in options if key not in allowed)
    if unknown:
        raise SettingsError(
            f"invalid options for comparison {type_name}: unknown option(s) {unknown}; "
            f"its options are {', '.join(allowed)}"
        )
    return comparison_type(**options)
