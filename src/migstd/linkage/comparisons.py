"""Comparisons: how two records' values of one field are graded into levels.

A comparison turns a pair of values into one of a few ordered *comparison
levels*, from the strongest agreement to ``else``. The Fellegi-Sunter model
then learns, for every level, the m probability (how often matching records
fall in it) and the u probability (how often non-matching records do).
A pair where either value is missing gets the null level, which carries no
weight: a missing value is neither agreement nor disagreement.

Levels are computed once per distinct pair of values, never per record pair,
so a comparison works on arrays of distinct values (see :meth:`Comparison.levels`).

>>> NameComparison("given_name").level_names
('exact', 'same_key', 'jaro_winkler_0.92', 'token_subset', 'jaro_winkler_0.88', 'jaro_winkler_0.7', 'else')
>>> DateComparison("birth_date").level_names
('exact', 'known_parts_equal', 'day_month_swapped', 'one_component_differs', 'same_year', 'else')
"""

from __future__ import annotations

import contextlib
import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler, Levenshtein

from migstd.errors import SettingsError

__all__ = [
    "Comparison",
    "DateComparison",
    "ExactMatch",
    "JaroWinklerAtThresholds",
    "LevenshteinAtThresholds",
    "NameComparison",
    "comparison_from_dict",
]

Levels = npt.NDArray[np.int8]
Values = Mapping[str, npt.NDArray[Any]]


@dataclass(frozen=True)
class Comparison(ABC):
    """A graded comparison of one column.

    ``column`` is the field or input column compared. ``term_frequency_adjustments``
    makes the exact level's weight depend on how common the agreeing value is,
    so agreeing on a rare surname counts for more than agreeing on a common one.
    """

    column: str
    term_frequency_adjustments: bool = field(default=False, kw_only=True)

    kind: ClassVar[str] = "text"

    def __post_init__(self) -> None:
        if not isinstance(self.column, str):
            raise SettingsError(
                f"{type(self).__name__}: column must be a string, not {type(self.column).__name__}"
            )
        if not isinstance(self.term_frequency_adjustments, bool):
            raise SettingsError(f"{type(self).__name__}: term_frequency_adjustments must be true or false")

    @property
    def name(self) -> str:
        """Name of the comparison in results and model parameters."""
        return self.column

    @property
    @abstractmethod
    def level_names(self) -> tuple[str, ...]:
        """Level names from strongest to weakest; the last one is ``else``."""

    @property
    def exact_value_key(self) -> str:
        """Key of the prepared value array whose equality defines the exact level."""
        return "value"

    @property
    def agreeing_levels(self) -> tuple[int, ...]:
        """Levels at which the two values are the same value, spelled alike or not."""
        return (0,)

    @abstractmethod
    def levels(self, left: Values, right: Values) -> Levels:
        """Grade aligned arrays of non-missing distinct values into level indexes."""

    def to_dict(self) -> dict[str, Any]:
        """Return the comparison as plain data for a settings file."""
        data: dict[str, Any] = {"type": type(self).__name__, "column": self.column}
        if self.term_frequency_adjustments:
            data["term_frequency_adjustments"] = True
        return data


def _strings(values: npt.NDArray[Any]) -> list[str]:
    strings: list[str] = values.tolist()
    return strings


def _jaro_winkler(left: npt.NDArray[Any], right: npt.NDArray[Any]) -> npt.NDArray[np.float64]:
    if len(left) == 0:
        return np.zeros(0)
    scores = process.cpdist(_strings(left), _strings(right), scorer=JaroWinkler.similarity)
    return np.asarray(scores, dtype=np.float64)


def _levenshtein(left: npt.NDArray[Any], right: npt.NDArray[Any]) -> npt.NDArray[np.int64]:
    if len(left) == 0:
        return np.zeros(0, dtype=np.int64)
    distances = process.cpdist(_strings(left), _strings(right), scorer=Levenshtein.distance)
    return np.asarray(distances, dtype=np.int64)


def _assign(levels: Levels, condition: npt.NDArray[np.bool_], level: int) -> None:
    """Give ``level`` to the pairs that meet ``condition`` and have no level yet."""
    levels[(levels < 0) & condition] = level


# Level indexes are stored as 8-bit integers (at most 127), and a comparison adds
# at most four levels of its own to one level per threshold.
MAX_THRESHOLDS = 100


def _levels_at_thresholds(
    a: npt.NDArray[Any],
    b: npt.NDArray[Any],
    measure: Callable[[npt.NDArray[Any], npt.NDArray[Any]], npt.NDArray[Any]],
    thresholds: Sequence[float],
    *,
    higher_is_closer: bool,
) -> Levels:
    """Grade pairs as exact, then by ``measure`` at each threshold in order, then else."""
    levels = np.full(len(a), -1, dtype=np.int8)
    exact = a == b
    _assign(levels, exact, 0)

    scores = np.zeros(len(a))
    scores[~exact] = measure(a[~exact], b[~exact])
    for index, threshold in enumerate(thresholds, start=1):
        close = scores >= threshold if higher_is_closer else scores <= threshold
        _assign(levels, close, index)

    _assign(levels, np.ones(len(a), dtype=bool), len(thresholds) + 1)
    return levels


def _check_thresholds(values: Sequence[float], *, descending: bool, name: str) -> tuple[float, ...]:
    """Check thresholds: similarities (descending) in (0, 1), edit distances (ascending) above 0."""
    thresholds: tuple[float, ...] | None = None
    with contextlib.suppress(TypeError, ValueError):
        thresholds = tuple(float(value) for value in values)
    if thresholds is None or any(isinstance(value, bool) for value in values):
        raise SettingsError(f"{name} thresholds must be a sequence of numbers, got {values!r}")
    if not thresholds:
        raise SettingsError(f"{name} needs at least one threshold")
    if len(thresholds) > MAX_THRESHOLDS:
        raise SettingsError(f"{name} takes at most {MAX_THRESHOLDS} thresholds, got {len(thresholds)}")
    if descending:
        outside = [t for t in thresholds if not 0.0 < t < 1.0]
        bounds = "between 0 and 1 exclusive, because they are similarities"
    else:
        outside = [t for t in thresholds if not (math.isfinite(t) and t > 0.0)]
        bounds = "positive and finite, because they are edit distances"
    if outside:
        raise SettingsError(f"{name} thresholds {outside} are out of range: they must be {bounds}")
    ordered = sorted(thresholds, reverse=descending)
    if list(thresholds) != ordered or len(set(thresholds)) != len(thresholds):
        order = "descending" if descending else "ascending"
        raise SettingsError(f"{name} thresholds {thresholds} must be distinct and {order}")
    return thresholds


@dataclass(frozen=True)
class ExactMatch(Comparison):
    """Levels: ``exact``, ``else``."""

    @property
    def level_names(self) -> tuple[str, ...]:
        return ("exact", "else")

    def levels(self, left: Values, right: Values) -> Levels:
        return np.where(left["value"] == right["value"], 0, 1).astype(np.int8)


@dataclass(frozen=True)
class JaroWinklerAtThresholds(Comparison):
    """Levels: ``exact``, then Jaro-Winkler similarity at or above each threshold, ``else``.

    The default thresholds 0.92 and 0.8 are those commonly used for place names
    and street addresses.
    """

    thresholds: tuple[float, ...] = (0.92, 0.8)

    def __post_init__(self) -> None:
        super().__post_init__()
        checked = _check_thresholds(self.thresholds, descending=True, name="JaroWinklerAtThresholds")
        object.__setattr__(self, "thresholds", checked)

    @property
    def level_names(self) -> tuple[str, ...]:
        return ("exact", *(f"jaro_winkler_{t:g}" for t in self.thresholds), "else")

    def levels(self, left: Values, right: Values) -> Levels:
        return _levels_at_thresholds(
            left["value"], right["value"], _jaro_winkler, self.thresholds, higher_is_closer=True
        )

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "thresholds": list(self.thresholds)}


@dataclass(frozen=True)
class LevenshteinAtThresholds(Comparison):
    """Levels: ``exact``, then Levenshtein distance at or below each threshold, ``else``.

    Suited to codes and numbers, where one mistyped or dropped character is the
    common error: postcodes, document numbers.
    """

    thresholds: tuple[float, ...] = (1, 2)

    def __post_init__(self) -> None:
        super().__post_init__()
        checked = _check_thresholds(self.thresholds, descending=False, name="LevenshteinAtThresholds")
        object.__setattr__(self, "thresholds", checked)

    @property
    def level_names(self) -> tuple[str, ...]:
        return ("exact", *(f"levenshtein_{t:g}" for t in self.thresholds), "else")

    def levels(self, left: Values, right: Values) -> Levels:
        return _levels_at_thresholds(
            left["value"], right["value"], _levenshtein, self.thresholds, higher_is_closer=False
        )

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "thresholds": list(self.thresholds)}


@dataclass(frozen=True)
class NameComparison(Comparison):
    """A personal name in any script, compared through a common Latin form.

    Each value is prepared three ways: the normalized text, its Latin form
    (Georgian through the passport romanization, Russian Cyrillic first
    written in Georgian script by ``from_cyrillic``, then folded to lower-case
    ASCII) and its name key (which also equates spellings from different
    romanization systems and from Cyrillic). Levels, strongest first:

    - ``exact``: the same Latin form (so ნინო and NINO agree here);
    - ``same_key``: the same name key, for example Tsiklauri and Ciklauri;
    - ``jaro_winkler_T``: Jaro-Winkler similarity of the Latin forms at least T;
    - ``token_subset``: the words of one name are all among the other's
      (a double surname recorded in part, a second given name dropped);
    - ``else``.

    The default thresholds 0.92, 0.88 and 0.7 are the ones Splink uses for names.
    """

    thresholds: tuple[float, ...] = (0.92, 0.88, 0.7)

    kind: ClassVar[str] = "name"

    def __post_init__(self) -> None:
        super().__post_init__()
        checked = _check_thresholds(self.thresholds, descending=True, name="NameComparison")
        object.__setattr__(self, "thresholds", checked)

    @property
    def level_names(self) -> tuple[str, ...]:
        first, *rest = (f"jaro_winkler_{t:g}" for t in self.thresholds)
        return ("exact", "same_key", first, "token_subset", *rest, "else")

    @property
    def exact_value_key(self) -> str:
        return "latin"

    @property
    def agreeing_levels(self) -> tuple[int, ...]:
        return (0, 1)

    def levels(self, left: Values, right: Values) -> Levels:
        latin_a, latin_b = left["latin"], right["latin"]
        levels = np.full(len(latin_a), -1, dtype=np.int8)
        exact = latin_a == latin_b
        _assign(levels, exact, 0)
        _assign(levels, left["key"] == right["key"], 1)

        todo = levels < 0
        scores = np.zeros(len(latin_a))
        scores[todo] = _jaro_winkler(latin_a[todo], latin_b[todo])
        _assign(levels, scores >= self.thresholds[0], 2)

        # Only names of several words can be a subset of another name.
        todo = (levels < 0) & (left["words"] + right["words"] > 2)
        subset = np.zeros(len(latin_a), dtype=bool)
        subset[todo] = [
            _token_subset(a, b) for a, b in zip(left["key"][todo], right["key"][todo], strict=True)
        ]
        _assign(levels, subset, 3)

        for index, threshold in enumerate(self.thresholds[1:], start=4):
            _assign(levels, scores >= threshold, index)
        _assign(levels, np.ones(len(latin_a), dtype=bool), len(self.level_names) - 1)
        return levels

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "thresholds": list(self.thresholds)}


def _token_subset(a: str, b: str) -> bool:
    tokens_a, tokens_b = set(a.split()), set(b.split())
    if not tokens_a or not tokens_b or tokens_a == tokens_b:
        return False
    return tokens_a <= tokens_b or tokens_b <= tokens_a


@dataclass(frozen=True)
class DateComparison(Comparison):
    """A date that may lack its day or month, compared component by component.

    Levels, strongest first:

    - ``exact``: the same full date;
    - ``known_parts_equal``: a date without its day or month on either side,
      and every component known on both sides agrees (1985 against 1985-03-12,
      or 1985 against 1985);
    - ``day_month_swapped``: same year, the day of one is the month of the other
      and back (only when day and month differ, so 07-07 is never a swap);
    - ``one_component_differs``: all three components known, one differs;
    - ``same_year``: same year, month and day differ;
    - ``else``.
    """

    kind: ClassVar[str] = "date"
    field_names: ClassVar[tuple[str, ...]] = ("year", "month", "day")

    @property
    def level_names(self) -> tuple[str, ...]:
        return (
            "exact",
            "known_parts_equal",
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
        _assign(levels, full & same_year & same_month & same_day, 0)
        known_agree = same_year & (~month_known | same_month) & (~day_known | same_day)
        _assign(levels, known_agree, 1)

        all_known = month_known & day_known
        swapped = all_known & same_year & (day_a == month_b) & (month_a == day_b) & (day_a != month_a)
        _assign(levels, swapped, 2)

        differing = (~same_year).astype(np.int8) + (~same_month).astype(np.int8) + (~same_day).astype(np.int8)
        _assign(levels, all_known & (differing == 1), 3)
        _assign(levels, same_year, 4)
        _assign(levels, np.ones(len(year_a), dtype=bool), 5)
        return levels


_COMPARISON_TYPES: dict[str, type[Comparison]] = {
    cls.__name__: cls
    for cls in (
        ExactMatch,
        JaroWinklerAtThresholds,
        LevenshteinAtThresholds,
        NameComparison,
        DateComparison,
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
