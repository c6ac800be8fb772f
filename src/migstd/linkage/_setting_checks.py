"""Checks of single setting values; each raises SettingsError naming the setting.

Values can come from Python code or from a JSON or TOML settings file, so a
check rejects a wrong type with a message instead of letting a later
comparison fail with ``TypeError``. Counts accept a float only when it is a
whole number, such as ``1e6`` in a JSON file.

>>> integer("max_pairs_for_u", 1e6, minimum=1)
1000000
>>> integer("max_pairs_for_u", 2.5, minimum=1)
Traceback (most recent call last):
...
migstd.errors.SettingsError: max_pairs_for_u must be a whole number, got 2.5
>>> number("threshold_match_probability", "0.5")
Traceback (most recent call last):
...
migstd.errors.SettingsError: threshold_match_probability must be a number, not a string
"""

from __future__ import annotations

import contextlib
import math
import numbers
from collections.abc import Iterable, Mapping
from typing import Any

from migstd.errors import SettingsError, ValidationError
from migstd.linkage.blocking_rules import BlockingRule, blocking_rule
from migstd.linkage.comparisons import Comparison
from migstd.models import PartialDate

__all__ = [
    "check_date_format",
    "column_choice",
    "column_mapping",
    "comparison_list",
    "data_type",
    "flag",
    "integer",
    "number",
    "optional_column",
    "optional_number",
    "rule_list",
    "swapped_names",
]


def data_type(value: object) -> str:
    """Name the type of ``value`` as JSON and TOML call it, for messages about settings files."""
    if value is None:
        return "null (None)"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, numbers.Number):
        return "a number"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    return f"a {type(value).__name__}"


def number(setting: str, value: object) -> float:
    """Return ``value`` as a float; raise unless it is a finite real number (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise SettingsError(f"{setting} must be a number, not {data_type(value)}")
    if not math.isfinite(value):
        raise SettingsError(f"{setting} must be a finite number, got {value}")
    return float(value)


def optional_number(setting: str, value: object) -> float | None:
    """Return ``value`` as a float, or None for None."""
    return None if value is None else number(setting, value)


def integer(setting: str, value: object, *, minimum: int) -> int:
    """Return ``value`` as an int; raise unless it is a whole number of at least ``minimum``."""
    checked = number(setting, value)
    if not checked.is_integer():
        raise SettingsError(f"{setting} must be a whole number, got {value}")
    if checked < minimum:
        bound = "positive" if minimum == 1 else f"at least {minimum}"
        if minimum == 0:
            bound = "non-negative"
        raise SettingsError(f"{setting} must be a {bound} integer, got {int(checked)}")
    return int(checked)


def column_choice(name: str, value: object, what: str = "column") -> str | tuple[str, str]:
    """Check a column name (or another per-input value) or a (left, right) pair of them."""
    if isinstance(value, str) and value:
        return value
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, str) and v for v in value):
        return (value[0], value[1])
    raise SettingsError(f"{what} for {name!r} must be a non-empty string or a pair of them (left, right)")


def column_mapping(setting: str, value: object, what: str) -> dict[str, str | tuple[str, str]]:
    """Return a copy of a mapping from field names to one value or a (left, right) pair."""
    if not isinstance(value, Mapping):
        raise SettingsError(f"{setting} must be a mapping of field names to {what}s, not {data_type(value)}")
    checked: dict[str, str | tuple[str, str]] = {}
    for name, item in value.items():
        if not isinstance(name, str):
            raise SettingsError(f"{setting} must have field names (strings) as keys, not {data_type(name)}")
        checked[name] = column_choice(name, item, what)
    return checked


def optional_column(setting: str, value: object) -> str | None:
    """Check a setting that names one column or is None."""
    if value is None or (isinstance(value, str) and value):
        return value
    raise SettingsError(f"{setting} must be a column name (a non-empty string) or None")


def flag(name: str, value: object) -> bool:
    """Check a true-or-false setting."""
    if not isinstance(value, bool):
        raise SettingsError(f"{name} must be true or false, not {data_type(value)}")
    return value


def swapped_names(value: object) -> tuple[str, str] | None:
    """Check the swapped_names setting: a pair of fields, or None, False or [] to turn it off."""
    if value is None or value is False or value == [] or value == ():
        return None
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, str) and v for v in value):
        return (value[0], value[1])
    raise SettingsError(
        "swapped_names must be a pair of name fields such as ['given_name', 'family_name'], "
        "or false to turn the crosswise grading off"
    )


def check_date_format(date_format: str) -> None:
    """Raise SettingsError for a date format that PartialDate.parse does not take."""
    # A ValidationError means a valid format that this sample does not match.
    with contextlib.suppress(ValidationError):
        PartialDate.parse("2000-01-01", format=date_format)


def _items(setting: str, value: object, single: tuple[type, ...]) -> tuple[Any, ...] | None:
    """Return the items of a list setting, or None; raise for a single item or a non-list."""
    if value is None:
        return None
    if isinstance(value, single):
        raise SettingsError(f"{setting} must be a list, not a single {type(value).__name__}")
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise SettingsError(f"{setting} must be a list, not {data_type(value)}")
    return tuple(value)


def comparison_list(value: object) -> tuple[Comparison, ...] | None:
    """Check the comparisons setting: None or a list of Comparison objects."""
    items = _items("comparisons", value, (Comparison,))
    for index, item in enumerate(items or ()):
        if not isinstance(item, Comparison):
            raise SettingsError(
                f"comparisons[{index}] must be a Comparison such as NameComparison('given_name') "
                f"or ExactMatch('sex'), not {data_type(item)}"
            )
    return items


def rule_list(setting: str, value: object) -> tuple[BlockingRule, ...] | None:
    """Check a list of blocking rules (SQL strings or BlockingRule objects) and parse each."""
    items = _items(setting, value, (str, BlockingRule))
    for index, item in enumerate(items or ()):
        if not isinstance(item, (str, BlockingRule)):
            raise SettingsError(
                f"{setting}[{index}] must be a SQL string or a BlockingRule, not {data_type(item)}"
            )
    # Parsed now, so a rule without columns fails here and a round trip through
    # to_dict() compares equal whether rules came as text or objects.
    return None if items is None else tuple(blocking_rule(rule) for rule in items)
