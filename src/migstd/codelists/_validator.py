"""The pydantic annotation that validates a string against a code list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from migstd.codelists._codelist import CodeEntry, CodeList

__all__ = ["CodeValidator"]


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
