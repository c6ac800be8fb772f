"""Pydantic field types whose values are codes of a code list.

The error message of a rejected value names the code list and never quotes the
value. Codes are not personal data, but a shifted column in an input file can
put a name or a personal number into a code field:

>>> from pydantic import TypeAdapter, ValidationError
>>> try:
...     TypeAdapter(SexCode).validate_python("Tamar")
... except ValidationError as error:
...     print(error.errors()[0]["msg"])
code is not in the 'sex' code list, which accepts ISO/IEC 5218 digits and the ICAO letters M, F, X
"""

from __future__ import annotations

from typing import Annotated

from migstd.codelists._countries import countries
from migstd.codelists._sex import sex
from migstd.codelists._validator import CodeValidator

__all__ = ["CodeValidator", "CountryCode", "SexCode"]


CountryCode = Annotated[
    str,
    CodeValidator(
        countries,
        rule="country_code",
        forms="ISO 3166-1 alpha-2, alpha-3 and numeric codes",
    ),
]
"""An ISO 3166-1 country code (or Kosovo's XK/XKX), stored as alpha-3."""

SexCode = Annotated[
    str,
    CodeValidator(sex, rule="sex_code", forms="ISO/IEC 5218 digits and the ICAO letters M, F, X"),
]
"""An ISO/IEC 5218 sex code, stored as its digit; the ICAO letters M, F and X are accepted."""
