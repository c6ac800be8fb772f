"""The input columns that a linkage job reads, and the checks on them that run before any work.

A job reads the columns that the settings name: mapped fields, the unique id,
the truth column, compared columns and the columns of blocking and training
rules. While comparisons or rules are left to their defaults, it also reads
the column of every canonical field that an input has.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from migstd.errors import InputError, SettingsError
from migstd.linkage._input import InputTable
from migstd.linkage.blocking_rules import BlockingRule, blocking_rule
from migstd.linkage.comparisons import Comparison
from migstd.linkage.settings import CANONICAL_FIELDS, Settings

__all__ = [
    "DERIVED_SUFFIXES",
    "check_non_text_columns",
    "missing_column_advice",
    "referenced_columns",
    "require_blocking_rules",
    "require_comparisons",
]

# Suffixes of the prepared columns derived from a field, such as given_name_key.
DERIVED_SUFFIXES = ("_key", "_latin", "_year", "_month", "_day")


def _reader(field: str, otherwise: str) -> str:
    return f"for {field!r}" if field in CANONICAL_FIELDS else otherwise


def referenced_columns(settings: Settings, side: int) -> dict[str, str]:
    """Return the columns of input ``side`` that the job may read, each with what reads it."""
    referenced: dict[str, str] = {}
    for name in settings.columns:
        referenced.setdefault(settings.input_column(name, side), f"for {name!r}")
    unique_id = settings.unique_id_column(side)
    if unique_id is not None:
        referenced.setdefault(unique_id, "for 'unique_id'")
    if settings.truth_column is not None:
        referenced.setdefault(settings.truth_column, "for 'truth_column'")

    defaults = None in (settings.comparisons, settings.blocking_rules, settings.training_rules)
    for name in CANONICAL_FIELDS if defaults else ():
        referenced.setdefault(settings.input_column(name, side), f"for {name!r}")
    for comparison in settings.comparisons or ():
        column = comparison.column
        referenced.setdefault(settings.input_column(column, side), _reader(column, "compared"))

    # A rule column may be a field's derived column, so the field's column counts too.
    rules = (*(settings.blocking_rules or ()), *(settings.training_rules or ()))
    for column in (column for rule in rules for column in blocking_rule(rule).columns):
        bases = [column[: -len(suffix)] for suffix in DERIVED_SUFFIXES if column.endswith(suffix)]
        for name in (column, *bases):
            referenced.setdefault(settings.input_column(name, side), _reader(name, "in a blocking rule"))
    return referenced


def check_non_text_columns(inputs: Sequence[InputTable], settings: Settings) -> None:
    """Raise :class:`InputError` when the job needs a column that could not be read as text."""
    for side, item in enumerate(inputs):
        for column, reader in referenced_columns(settings, side).items():
            column_type = item.non_text_columns.get(column)
            if column_type is not None:
                raise InputError(
                    f"{item.name}: column {column!r} ({reader}) has type {column_type}, which cannot "
                    "be read as text; convert the column to text or drop it from the input"
                )


# Advice in errors serves both library and command-line users.
MAP_FIELDS = "map fields to columns (Settings(columns=...) or --column FIELD=COLUMN)"
_ADVICE_FOR_SETTING = {
    "unique_id": "name the id column (Settings(unique_id=...) or --id COLUMN)",
    "truth_column": "name the truth column (Settings(truth_column=...) or --truth-column COLUMN)",
}


def missing_column_advice(name: str) -> str:
    """Return how to fix a missing column read for field or setting ``name``."""
    if name in _ADVICE_FOR_SETTING:
        return _ADVICE_FOR_SETTING[name]
    if name in CANONICAL_FIELDS:
        return "map the field to a column (Settings(columns=...) or --column FIELD=COLUMN)"
    return "correct the comparisons and blocking rules of the settings"


def _fields_found(available: Collection[str]) -> str:
    found = [name for name in CANONICAL_FIELDS if name in available]
    return ", ".join(found) if found else "none"


def require_comparisons(comparisons: Sequence[Comparison], settings: Settings) -> None:
    """Raise :class:`SettingsError` when the job has no comparisons, saying why."""
    if comparisons:
        return
    if settings.comparisons is not None:
        raise SettingsError("no comparisons: the comparisons setting is an empty list; list at least one")
    raise SettingsError(
        f"no comparisons: the inputs share none of the canonical fields ({', '.join(CANONICAL_FIELDS)}); "
        f"{MAP_FIELDS}, or list comparisons in Settings(comparisons=[...]) or a settings file"
    )


def require_blocking_rules(
    rules: Sequence[BlockingRule], settings: Settings, available: Collection[str]
) -> None:
    """Raise :class:`SettingsError` when the job has no blocking rules, saying why."""
    if rules:
        return
    if settings.blocking_rules is not None:
        raise SettingsError("no blocking rules: blocking_rules is an empty list; give at least one rule")
    raise SettingsError(
        "no blocking rules: the default rules need two of given_name, family_name and birth_date, "
        f"or document_number or personal_number, in every input; canonical fields found: "
        f"{_fields_found(available)}; {MAP_FIELDS}, or give rules in Settings(blocking_rules=[...]) "
        "or a settings file"
    )
