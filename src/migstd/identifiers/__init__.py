"""Identifiers: Georgian personal and document numbers, phone numbers and ICAO 9303 MRZ.

Every identifier is a module with python-stdnum's functions ``compact``,
``validate``, ``is_valid``, ``check`` and ``format``; see
:mod:`migstd.identifiers._base`. Errors are subclasses of
:class:`IdentifierError`, a :class:`migstd.errors.ValidationError`, and never
contain the value.
"""

from migstd.identifiers._base import (
    IdentifierError,
    InvalidChecksumError,
    InvalidComponentError,
    InvalidFormatError,
    InvalidLengthError,
    Reason,
)

__all__ = [
    "IdentifierError",
    "InvalidChecksumError",
    "InvalidComponentError",
    "InvalidFormatError",
    "InvalidLengthError",
    "Reason",
]
