"""The comparison base class and the kernels that comparisons share.

Kernels take aligned arrays of distinct value pairs and return one number or
level per pair, computed in C through rapidfuzz or numpy.
"""

from __future__ import annotations

import contextlib
import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt
from numpy.dtypes import StringDType
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler, Levenshtein

from migstd.errors import SettingsError

__all__ = [
    "MAX_THRESHOLDS",
    "Comparison",
    "Levels",
    "Values",
    "assign",
    "check_thresholds",
    "jaro_winkler",
    "levels_at_thresholds",
    "levenshtein",
    "strings",
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

    # True when levels() is numpy arithmetic on numbers, cheap enough to run on
    # every pair; otherwise pairs are grouped into distinct value pairs first.
    grades_every_pair: ClassVar[bool] = False

    def screen_features(self, values: Values) -> dict[str, npt.NDArray[Any]] | None:
        """Return per-value numbers for :meth:`may_agree`, or None when the comparison has no screen.

        A screen lets most pairs of a comparison whose values are nearly all
        distinct (document numbers) fall to ``else`` without grading them.
        """
        return None

    def may_agree(
        self,
        left: Mapping[str, npt.NDArray[Any]],
        right: Mapping[str, npt.NDArray[Any]],
        left_codes: npt.NDArray[np.int32],
        right_codes: npt.NDArray[np.int32],
    ) -> npt.NDArray[np.bool_]:
        """Return, pair by pair, whether two values may grade above ``else``.

        ``left`` and ``right`` hold the :meth:`screen_features` of all values
        of the two columns, and the codes pick each pair's values. A pair for
        which this returns False must grade ``else``. A code is -1 where a
        value is missing: such a pair is null whatever this returns, so an
        array indexed with it may read its last item.
        """
        return np.ones(len(left_codes), dtype=bool)

    def to_dict(self) -> dict[str, Any]:
        """Return the comparison as plain data for a settings file."""
        data: dict[str, Any] = {"type": type(self).__name__, "column": self.column}
        if self.term_frequency_adjustments:
            data["term_frequency_adjustments"] = True
        return data


def fixed_width_text(values: npt.NDArray[Any]) -> npt.NDArray[np.str_]:
    """Return Python strings or numpy's variable-width strings as a fixed-width numpy string array."""
    if isinstance(values.dtype, StringDType):
        values = values.astype(object)
    return values.astype(str)


def strings(values: npt.NDArray[Any]) -> list[str]:
    strings: list[str] = values.tolist()
    return strings


def jaro_winkler(left: npt.NDArray[Any], right: npt.NDArray[Any]) -> npt.NDArray[np.float64]:
    if len(left) == 0:
        return np.zeros(0)
    scores = process.cpdist(strings(left), strings(right), scorer=JaroWinkler.similarity)
    return np.asarray(scores, dtype=np.float64)


def levenshtein(left: npt.NDArray[Any], right: npt.NDArray[Any]) -> npt.NDArray[np.int64]:
    if len(left) == 0:
        return np.zeros(0, dtype=np.int64)
    distances = process.cpdist(strings(left), strings(right), scorer=Levenshtein.distance)
    return np.asarray(distances, dtype=np.int64)


def assign(levels: Levels, condition: npt.NDArray[np.bool_], level: int) -> None:
    """Give ``level`` to the pairs that meet ``condition`` and have no level yet."""
    levels[(levels < 0) & condition] = level


# Level indexes are stored as 8-bit integers (at most 127), and a comparison adds
# at most six levels of its own to one level per threshold.
MAX_THRESHOLDS = 100


def levels_at_thresholds(
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
    assign(levels, exact, 0)

    scores = np.zeros(len(a))
    scores[~exact] = measure(a[~exact], b[~exact])
    for index, threshold in enumerate(thresholds, start=1):
        close = scores >= threshold if higher_is_closer else scores <= threshold
        assign(levels, close, index)

    assign(levels, np.ones(len(a), dtype=bool), len(thresholds) + 1)
    return levels


def check_thresholds(values: Sequence[float], *, descending: bool, name: str) -> tuple[float, ...]:
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
