"""Comparisons that fit a field of any kind: they read only its normalized value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from migstd.linkage._comparison_base import (
    Comparison,
    Levels,
    Values,
    check_thresholds,
    jaro_winkler,
    levels_at_thresholds,
    levenshtein,
)

__all__ = ["ExactMatch", "JaroWinklerAtThresholds", "LevenshteinAtThresholds"]


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
        checked = check_thresholds(self.thresholds, descending=True, name="JaroWinklerAtThresholds")
        object.__setattr__(self, "thresholds", checked)

    @property
    def level_names(self) -> tuple[str, ...]:
        return ("exact", *(f"jaro_winkler_{t:g}" for t in self.thresholds), "else")

    def levels(self, left: Values, right: Values) -> Levels:
        return levels_at_thresholds(
            left["value"], right["value"], jaro_winkler, self.thresholds, higher_is_closer=True
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
        checked = check_thresholds(self.thresholds, descending=False, name="LevenshteinAtThresholds")
        object.__setattr__(self, "thresholds", checked)

    @property
    def level_names(self) -> tuple[str, ...]:
        return ("exact", *(f"levenshtein_{t:g}" for t in self.thresholds), "else")

    def levels(self, left: Values, right: Values) -> Levels:
        return levels_at_thresholds(
            left["value"], right["value"], levenshtein, self.thresholds, higher_is_closer=False
        )

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "thresholds": list(self.thresholds)}
