"""Exceptions and warnings raised by migstd.

Every exception that migstd raises on purpose derives from :class:`MigstdError`.
Errors that concern a value also derive from :class:`ValueError`, so callers that
already catch ``ValueError`` keep working.

No message or attribute of these exceptions contains the value of a personal
field (a name, birth date, personal or document number, phone, address or MRZ
line). They name the field, the rule that failed and, for batch input, the row.

>>> err = ValidationError("birth date is not a valid date", field="birth_date",
...                       rule="date", row=7)
>>> isinstance(err, ValueError) and isinstance(err, MigstdError)
True
>>> str(err)
'row 7: birth_date: birth date is not a valid date'
>>> err.errors()
[{'loc': ('birth_date',), 'type': 'date', 'msg': 'birth date is not a valid date', 'row': 7}]
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

__all__ = [
    "BlockingRuleTooBroadError",
    "DataQualityWarning",
    "InputError",
    "MigstdError",
    "MigstdWarning",
    "SettingsError",
    "ValidationError",
]


class MigstdError(Exception):
    """Root of every exception that migstd raises on purpose."""


class ValidationError(MigstdError, ValueError):
    """A value failed a rule of a model, code list or identifier.

    ``field`` names the field, ``rule`` the rule that failed and ``row`` the
    zero-based input row for batch operations. ``errors()`` and ``json()`` give
    the same information in the shape of pydantic's structured errors, without
    the ``input`` and ``ctx`` entries that would carry the rejected value.
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        rule: str | None = None,
        row: int | None = None,
        details: Sequence[dict[str, Any]] = (),
    ) -> None:
        self.message = message
        self.field = field
        self.rule = rule
        self.row = row
        self._details = [dict(detail) for detail in details]
        super().__init__(self._format())

    def _format(self) -> str:
        prefix = ""
        if self.row is not None:
            prefix += f"row {self.row}: "
        if self.field is not None:
            prefix += f"{self.field}: "
        return prefix + self.message

    def errors(self) -> list[dict[str, Any]]:
        """Return one dict per failed rule: ``loc``, ``type``, ``msg`` and ``row``."""
        if self._details:
            return [dict(detail) for detail in self._details]
        detail: dict[str, Any] = {
            "loc": (self.field,) if self.field else (),
            "type": self.rule or "invalid",
            "msg": self.message,
        }
        if self.row is not None:
            detail["row"] = self.row
        return [detail]

    def json(self, *, indent: int | None = None) -> str:
        """Return :meth:`errors` as a JSON array."""
        return json.dumps(self.errors(), indent=indent, ensure_ascii=False)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments need an explicit recipe for pickling and copying.
        return (
            _rebuild_validation_error,
            (self.message, self.field, self.rule, self.row, self._details),
        )


def _rebuild_validation_error(
    message: str,
    field: str | None,
    rule: str | None,
    row: int | None,
    details: Sequence[dict[str, Any]],
) -> ValidationError:
    return ValidationError(message, field=field, rule=rule, row=row, details=details)


class SettingsError(MigstdError, ValueError):
    """Settings or options are invalid: an unknown column, comparison or level."""


class InputError(MigstdError, ValueError):
    """An input table or file cannot be read or lacks a required column."""


class BlockingRuleTooBroadError(MigstdError):
    """A blocking rule would generate more comparisons than the configured maximum.

    ``rule`` is the rule's SQL text, ``comparisons`` the counted number of
    pairs, and ``limit`` the maximum in force.
    """

    def __init__(self, rule: str, comparisons: int, limit: int) -> None:
        self.rule = rule
        self.comparisons = comparisons
        self.limit = limit
        super().__init__(
            f"blocking rule {rule!r} would generate {comparisons:,} comparisons, "
            f"above the limit of {limit:,}; add a column to the rule or raise "
            "Settings.max_comparisons"
        )


class MigstdWarning(UserWarning):
    """Base class of the warnings that migstd issues."""


class DataQualityWarning(MigstdWarning):
    """Input data was usable but not as intended, for example an all-null column."""
