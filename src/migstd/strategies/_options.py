"""Checks of strategy options, made when a strategy is built, as Hypothesis's own strategies do.

An impossible option raises :class:`hypothesis.errors.InvalidArgument` at
once, instead of a strategy that generates nothing. Messages quote the
option's value, since options are never personal data.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import TypeVar

from hypothesis.errors import InvalidArgument

from migstd.models import MAX_YEAR, MIN_YEAR

__all__ = ["check_choices", "check_flag", "check_size", "check_year_range"]

T = TypeVar("T")


def check_year_range(min_year: object, max_year: object, *, names: tuple[str, str]) -> tuple[int, int]:
    """Return ``(min_year, max_year)`` or raise for non-integers, years out of range and an empty range."""
    for name, year in zip(names, (min_year, max_year), strict=True):
        if not isinstance(year, int) or isinstance(year, bool):
            raise InvalidArgument(f"{name} must be an int, not {type(year).__name__}")
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise InvalidArgument(
                f"{name}={year!r} is outside the years {MIN_YEAR}-{MAX_YEAR} of PartialDate"
            )

    assert isinstance(min_year, int) and isinstance(max_year, int)
    if min_year > max_year:
        raise InvalidArgument(f"{names[0]}={min_year!r} is greater than {names[1]}={max_year!r}")
    return min_year, max_year


def check_size(value: object, *, name: str) -> int:
    """Return ``value`` or raise unless it is a non-negative int."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidArgument(f"{name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise InvalidArgument(f"{name}={value!r} is negative; a size must be 0 or more")
    return value


def check_flag(value: object, *, name: str) -> bool:
    """Return ``value`` or raise unless it is a bool."""
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name} must be True or False, not {value!r}")
    return value


def check_choices(values: Iterable[T] | None, allowed: Sequence[T], *, name: str) -> tuple[T, ...]:
    """Return ``values`` as a tuple in the order of ``allowed``, or raise for unknown or no values.

    ``None`` stands for every allowed value. Keeping the order of ``allowed``
    keeps the simplest choice first, whatever order the caller used.
    """
    if values is None:
        return tuple(allowed)
    if isinstance(values, str) or not isinstance(values, Collection):
        raise InvalidArgument(f"{name} must be a collection such as a tuple, not {type(values).__name__}")

    unknown = [value for value in values if value not in allowed]
    if unknown:
        raise InvalidArgument(
            f"{name} has the unknown value {unknown[0]!r}; choose from {', '.join(map(repr, allowed))}"
        )
    chosen = tuple(value for value in allowed if value in values)
    if not chosen:
        raise InvalidArgument(f"{name} is empty, so nothing could be generated; give at least one value")
    return chosen
