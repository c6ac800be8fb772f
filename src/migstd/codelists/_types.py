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

:data:`CountryCode` accepts withdrawn countries, because a birth country may be
the USSR; :data:`CurrentCountryCode` accepts only codes in force today:

>>> TypeAdapter(CountryCode).validate_python("SUHH")
'SUN'
>>> try:
...     TypeAdapter(CurrentCountryCode).validate_python("SUN")
... except ValidationError as error:
...     print(error.errors()[0]["type"])
current_country_code

:data:`IcaoCode` holds an MRZ issuing state or nationality code as printed,
without the filler:

>>> TypeAdapter(IcaoCode).validate_python("D<<"), TypeAdapter(IcaoCode).validate_python("XXA")
('D', 'XXA')
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from migstd.codelists._codelist import CodeList
from migstd.codelists._countries import countries
from migstd.codelists._icao import icao_codes
from migstd.codelists._sex import sex
from migstd.codelists._validator import CodeValidator

__all__ = [
    "CodeValidator",
    "CountryCode",
    "CurrentCodeValidator",
    "CurrentCountryCode",
    "IcaoCode",
    "IcaoCodeValidator",
    "SexCode",
]

_COUNTRY_FORMS = "ISO 3166-1 alpha-2, alpha-3 and numeric codes, ISO 3166-3 codes and ICAO codes of states"

# The MRZ pads a code shorter than its field with this filler, as in "D<<".
_FILLER = "<"


@dataclass(frozen=True, slots=True)
class CurrentCodeValidator:
    """Pydantic annotation that accepts only the codes of a list in force today.

    Like :class:`CodeValidator`, it returns the canonical code and its messages
    name the list but not the value. A retired code fails with the error type
    ``rule`` too, and the message states that the code is no longer in force. In
    JSON Schema the ``enum`` lists the codes in force on the day the schema is
    generated.
    """

    codelist: CodeList[Any]
    rule: str
    forms: str

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_plain_validator_function(self.validate)

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "enum": list(self.codelist.codes(on=dt.date.today()))}

    def validate(self, value: object) -> str:
        """Return the canonical code for ``value``, or raise ``PydanticCustomError``."""
        code = CodeValidator(self.codelist, self.rule, self.forms).validate(value)

        if not self.codelist.is_valid(code, on=dt.date.today()):
            raise PydanticCustomError(
                self.rule,
                "code is no longer in force in the '{list}' code list; a current code is required",
                {"list": self.codelist.name, "forms": self.forms},
            )
        return code


@dataclass(frozen=True, slots=True)
class IcaoCodeValidator:
    """Pydantic annotation for an ICAO Doc 9303 issuing state or nationality code.

    It accepts the ICAO code or ISO alpha-3 code of any country, including a
    withdrawn one, and every code of :data:`~migstd.codelists.icao_codes`, in any
    letter case and with or without the MRZ filler ``<``. It returns the code
    upper-cased without the filler, as the document prints it: "D<<" becomes "D",
    and "DEU" stays "DEU". Alpha-2 and numeric codes are rejected, because an MRZ
    never prints them.
    """

    rule: str = "icao_code"

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_plain_validator_function(self.validate)

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "enum": sorted(_icao_printed_codes())}

    def validate(self, value: object) -> str:
        """Return the code as printed, or raise ``PydanticCustomError``."""
        if not isinstance(value, str):
            raise PydanticCustomError(
                self.rule,
                "code must be a string, not {type}; an ICAO code is an ISO alpha-3 code or a Doc 9303 code",
                {"type": type(value).__name__},
            )

        code = value.strip().rstrip(_FILLER).upper()
        if code not in _icao_printed_codes():
            raise PydanticCustomError(
                self.rule,
                "code is not an ICAO Doc 9303 issuing state or nationality code; "
                "an ICAO code is an ISO alpha-3 code or a code of the 'icao_codes' list",
            )
        return code


@functools.cache
def _icao_printed_codes() -> frozenset[str]:
    # Cached: the lists never change once loaded, and the first call loads them.
    codes = {code for country in countries for code in (country.alpha_3, country.icao) if code}
    codes.update(icao_codes.codes())
    return frozenset(codes)


CountryCode = Annotated[str, CodeValidator(countries, rule="country_code", forms=_COUNTRY_FORMS)]
"""A country code, stored as alpha-3 (XKX for Kosovo, FQHH for the one withdrawn
country without an alpha-3 code of its own). Withdrawn countries are accepted."""

CurrentCountryCode = Annotated[
    str,
    CurrentCodeValidator(countries, rule="current_country_code", forms=_COUNTRY_FORMS),
]
"""A code of a country in force today, stored as alpha-3; withdrawn countries are rejected."""

IcaoCode = Annotated[str, IcaoCodeValidator()]
"""An MRZ issuing state or nationality code, stored as printed without the filler ``<``."""

SexCode = Annotated[
    str,
    CodeValidator(sex, rule="sex_code", forms="ISO/IEC 5218 digits and the ICAO letters M, F, X"),
]
"""An ISO/IEC 5218 sex code, stored as its digit; the ICAO letters M, F and X are accepted."""
