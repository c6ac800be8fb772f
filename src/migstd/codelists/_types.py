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

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from migstd.codelists._codelist import CodeEntry, CodeList
from migstd.codelists._countries import countries
from migstd.codelists._sex import sex

__all__ = ["CodeValidator", "CountryCode", "SexCode"]


@dataclass(frozen=True, slots=True)
class CodeValidator:
    """Pydantic annotation that validates a string against a code list.

    Use it as ``Annotated[str, CodeValidator(codelist, rule=..., forms=...)]``. It
    accepts any code that :meth:`CodeList.get` finds and returns the entry's
    canonical code. A non-string fails with the error type ``rule`` and so does an
    unknown code. The messages name the list and ``forms``, the accepted kinds of
    code, but neither the value nor its length, and the error context holds only
    those two. A plain pydantic model still reports the value as the ``input``
    of each ``errors()`` entry, and in ``str(error)`` unless its config sets
    ``hide_input_in_errors``. migstd's models keep neither. In JSON Schema the
    type is a string whose ``enum`` lists the canonical codes, read from the
    list when the schema is generated.
    """

    codelist: CodeList[Any]
    rule: str
    forms: str

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_plain_validator_function(self.validate)

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "enum": list(self.codelist.codes())}

    def validate(self, value: object) -> str:
        """Return the canonical code for ``value``, or raise ``PydanticCustomError``."""
        if not isinstance(value, str):
            raise PydanticCustomError(
                self.rule,
                "code must be a string, not {type}; the '{list}' code list accepts {forms}",
                {"type": type(value).__name__, "list": self.codelist.name, "forms": self.forms},
            )

        entry: CodeEntry | None = self.codelist.get(value)
        if entry is None:
            raise PydanticCustomError(
                self.rule,
                "code is not in the '{list}' code list, which accepts {forms}",
                {"list": self.codelist.name, "forms": self.forms},
            )
        return entry.code


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
