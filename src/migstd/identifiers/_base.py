"""What every identifier module shares: the reasons a value fails and the errors that carry them.

Each identifier module follows python-stdnum's contract, with one difference:
its errors never contain the value, since identifiers are personal data.

- ``compact(value)`` returns the value without the separators people type
  (spaces, hyphens, dots, slashes), or raises an :class:`IdentifierError`
  for a value that is not a string.
- ``validate(value)`` returns the canonical form or raises a subclass of
  :class:`IdentifierError`, itself a :class:`migstd.errors.ValidationError`.
- ``is_valid(value)`` returns a bool and never raises.
- ``check(value)`` returns the :class:`Reason` the value fails for, or
  :attr:`Reason.OK`, and never raises.
- ``format(value)`` returns the form people read.

Only the ASCII digits 0 to 9 count as digits. ``str.isdigit`` also accepts
superscript, fullwidth and other Unicode digits, so the modules never use it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from migstd.errors import ValidationError

__all__ = [
    "ASCII_DIGITS",
    "IdentifierError",
    "InvalidChecksumError",
    "InvalidComponentError",
    "InvalidFormatError",
    "InvalidLengthError",
    "Reason",
    "check_with",
    "clean",
    "is_valid_with",
]

ASCII_DIGITS = frozenset("0123456789")

# Separators that people type inside identifiers and that compact() removes.
SEPARATORS = " \t\n\r\u00a0-./"

# Translation tables that delete each set of separators, built once per set.
_DELETIONS: dict[str, dict[int, None]] = {}


class Reason(enum.Enum):
    """Why a value is not a valid identifier, or :attr:`OK`."""

    OK = "ok"
    INVALID_FORMAT = "invalid_format"
    """Not a string, or characters that the identifier cannot contain."""
    INVALID_LENGTH = "invalid_length"
    INVALID_CHECKSUM = "invalid_checksum"
    INVALID_COMPONENT = "invalid_component"
    """A part that is well formed but impossible, such as a 31 February or an unknown country."""


class IdentifierError(ValidationError):
    """A value is not a valid identifier.

    ``field`` names the identifier (``personal_number``) or the part of it that
    failed (``mrz.birth_date``), ``reason`` is the :class:`Reason` and ``rule``
    its value. The message states the rule and never the value.
    """

    reason: Reason = Reason.INVALID_FORMAT

    def __init__(self, message: str, *, field: str, row: int | None = None) -> None:
        super().__init__(message, field=field, rule=self.reason.value, row=row)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self.field, self.row))


def _rebuild(cls: type[IdentifierError], message: str, field: str, row: int | None) -> IdentifierError:
    return cls(message, field=field, row=row)


class InvalidFormatError(IdentifierError):
    """The value is not a string or has characters the identifier cannot contain."""

    reason = Reason.INVALID_FORMAT


class InvalidLengthError(IdentifierError):
    """The value has the wrong number of characters."""

    reason = Reason.INVALID_LENGTH


class InvalidChecksumError(IdentifierError):
    """A check digit does not match."""

    reason = Reason.INVALID_CHECKSUM


class InvalidComponentError(IdentifierError):
    """A part of the value is well formed but impossible."""

    reason = Reason.INVALID_COMPONENT


def clean(value: object, *, field: str, separators: str = SEPARATORS) -> str:
    """Return ``value`` with ``separators`` removed and surrounding whitespace stripped.

    Raises :class:`InvalidFormatError` when ``value`` is not a string. Nothing is
    padded: a value that lost a leading zero stays too short.
    """
    if not isinstance(value, str):
        raise InvalidFormatError(f"must be a string, not {type(value).__name__}", field=field)
    table = _DELETIONS.get(separators)
    if table is None:
        table = _DELETIONS.setdefault(separators, dict.fromkeys(map(ord, separators)))
    return value.strip().translate(table)


def is_valid_with(validate: Callable[[Any], object], value: object) -> bool:
    """Return whether ``validate(value)`` succeeds; an :class:`IdentifierError` gives False."""
    try:
        validate(value)
    except IdentifierError:
        return False
    return True


def check_with(validate: Callable[[Any], object], value: object) -> Reason:
    """Return the :class:`Reason` for which ``validate(value)`` fails, or :attr:`Reason.OK`."""
    try:
        validate(value)
    except IdentifierError as error:
        return error.reason
    return Reason.OK
