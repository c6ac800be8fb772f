"""Names of a person: the parts, their script, the romanization that produced them, and their use.

The class docstrings become the JSON Schema descriptions, so the examples are here.

>>> name = PersonName(given_names="ნინო", family_names="ბერიძე")
>>> name.script
<Script.MKHEDRULI: 'mkhedruli'>
>>> name
PersonName(given_names=<redacted>, family_names=<redacted>, patronymic=None, \
script=<Script.MKHEDRULI: 'mkhedruli'>, romanization=None, use='official', valid_from=None, valid_to=None)
>>> passport = PersonName(given_names="NINO", family_names="BERIDZE", romanization="passport", use="passport")
>>> passport.script, passport.romanization
(<Script.LATIN: 'latin'>, 'passport')
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Annotated, Any, Final, Literal, Self

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    StrictStr,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from migstd.models._base import MigstdModel, personal_field
from migstd.models._dates import PartialDate, check_order
from migstd.script import Script, detect_script

__all__ = [
    "MAX_NAME_PART_LENGTH",
    "NamePart",
    "NameParts",
    "NameUse",
    "PersonName",
    "RomanizationSystem",
    "check_text",
]

# Maximum length of one name part. It is a guard against joined fields and
# junk, not a limit taken from a standard.
MAX_NAME_PART_LENGTH: Final = 100

# Unicode categories rejected in names: control characters, invisible format
# characters (zero-width joiners, bidirectional overrides, soft hyphen) and
# line or paragraph separators.
_CONTROL_CATEGORIES: Final = frozenset({"Cc", "Cf", "Zl", "Zp"})

# Surrogate code points are not characters, and a string with one cannot be
# encoded as UTF-8. Python strings get them from decoding with
# errors="surrogateescape" or from json.loads of a "\ud800" escape.
_SURROGATE_FIRST: Final = "\ud800"
_SURROGATE_LAST: Final = "\udfff"

NameUse = Literal["official", "passport", "former", "maiden", "alias", "nickname"]
"""What a name is used for. "official" is the name of the civil registry, and "passport"
the Latin name printed in a travel document. "former" is a name no longer in use
(FHIR's "old"), and "maiden" the family name before marriage. "alias" is another
name the person is known by, and "nickname" an informal name, both as in FHIR's name use."""

RomanizationSystem = Literal["national", "passport", "iso9984", "bgn1981", "ala-lc"]
"""A romanization system of :data:`migstd.script.ROMANIZATION_SYSTEMS`; a test keeps the two equal."""


def check_text(value: str, *, kind: str, max_length: int) -> str:
    """Return ``value`` stripped and NFC-normalized, or raise for empty, invalid or overlong text.

    ``kind`` starts the error type (``{kind}_empty``, ``{kind}_characters``,
    ``{kind}_too_long``, ``{kind}_control_character``); the messages never
    contain the text.
    """
    text = unicodedata.normalize("NFC", value.strip())
    if not text:
        raise PydanticCustomError(f"{kind}_empty", "{kind} is empty", {"kind": kind.replace("_", " ")})
    if any(_SURROGATE_FIRST <= char <= _SURROGATE_LAST for char in text):
        raise PydanticCustomError(
            f"{kind}_characters",
            "{kind} contains a surrogate code point (U+D800 to U+DFFF) and is not valid Unicode; "
            "decode the input with errors='strict'",
            {"kind": kind.replace("_", " ")},
        )
    if len(text) > max_length:
        raise PydanticCustomError(
            f"{kind}_too_long",
            "{kind} is longer than {max} characters",
            {"kind": kind.replace("_", " "), "max": max_length},
        )
    if any(unicodedata.category(char) in _CONTROL_CATEGORIES for char in text):
        raise PydanticCustomError(
            f"{kind}_control_character",
            "{kind} contains a control, invisible format or line separator character",
            {"kind": kind.replace("_", " ")},
        )
    return text


def _check_name_part(value: str) -> str:
    part = unicodedata.normalize("NFC", value.strip())
    if not part:
        raise PydanticCustomError("name_part_empty", "name part is empty")
    if any(_SURROGATE_FIRST <= char <= _SURROGATE_LAST for char in part):
        raise PydanticCustomError(
            "name_part_characters",
            "name part contains a surrogate code point (U+D800 to U+DFFF) and is not valid Unicode; "
            "decode the input with errors='strict'",
        )
    if len(part) > MAX_NAME_PART_LENGTH:
        raise PydanticCustomError(
            "name_part_too_long",
            "name part is longer than {max} characters",
            {"max": MAX_NAME_PART_LENGTH},
        )
    if any(char.isdigit() for char in part):
        raise PydanticCustomError("name_part_digit", "name part contains a digit")
    if any(unicodedata.category(char) in _CONTROL_CATEGORIES for char in part):
        raise PydanticCustomError(
            "name_part_control_character",
            "name part contains a control, invisible format or line separator character",
        )
    if not any(char.isalpha() for char in part):
        raise PydanticCustomError("name_part_letters", "name part contains no letter")
    return part


def _split_if_string(value: Any) -> Any:
    # "Nino Ana" is a convenience for ("Nino", "Ana").
    return tuple(value.split()) if isinstance(value, str) else value


def _raw_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(part for part in value if isinstance(part, str))
    return ""


# The check runs after the items are valid. A min_length constraint would also
# fail when an item is invalid, adding a second, misleading error.
def _require_given_name(parts: tuple[str, ...]) -> tuple[str, ...]:
    if not parts:
        raise PydanticCustomError("given_names_missing", "at least one given name is required")
    return parts


NamePart = Annotated[StrictStr, AfterValidator(_check_name_part)]
"""One given name, family name or patronymic: stripped, NFC, at least one letter, no digits,
control characters or surrogates."""

NameParts = Annotated[tuple[NamePart, ...], BeforeValidator(_split_if_string)]
"""Name parts in order; a string is split on whitespace."""


class PersonName(MigstdModel):
    """One name of a person, in one script, with its use and the period it was valid.

    A person can have several: the official Georgian-script name, the Latin name
    of a passport, a former or maiden name. ``script`` is detected from the name
    parts with :func:`migstd.script.detect_script` when it is not given, and must
    match the detected script when it is. ``romanization`` names the system that
    produced a Latin name from a Georgian one, and is allowed only on a Latin
    name. ``valid_from`` must not sort after ``valid_to`` (see :class:`PartialDate`).
    """

    given_names: Annotated[NameParts, AfterValidator(_require_given_name)] = personal_field(
        description="Given name parts in order; a string is split on whitespace."
    )
    family_names: NameParts = personal_field(
        default=(),
        description=(
            "Family name parts in order, such as both surnames of a Spanish name; a string "
            "is split on whitespace, and a hyphenated surname stays one part."
        ),
    )
    patronymic: NamePart | None = personal_field(default=None)
    script: Script = Field(
        default=Script.NONE,
        description="Script of the name parts; detected from them when omitted.",
    )
    romanization: RomanizationSystem | None = Field(
        default=None,
        description="Romanization system that produced this Latin name from a Georgian one.",
    )
    use: NameUse = "official"
    valid_from: PartialDate | None = Field(default=None, description="First day the name was in use.")
    valid_to: PartialDate | None = Field(default=None, description="Last day the name was in use.")

    @model_validator(mode="before")
    @classmethod
    def _fill_script(cls, data: Any) -> Any:
        # Letters decide the script, and stripping, splitting and NFC keep every
        # letter's script, so the raw strings give the script of the valid parts.
        if not isinstance(data, Mapping) or "script" in data:
            return data

        texts = [_raw_text(data.get(key)) for key in ("given_names", "family_names", "patronymic")]
        return {**data, "script": detect_script(" ".join(texts))}

    @model_validator(mode="after")
    def _check_consistency(self) -> Self:
        detected = detect_script(" ".join(self.parts()))
        if self.script != detected:
            raise PydanticCustomError(
                "name_script",
                "script {given} does not match the script of the name parts, {detected}",
                {"given": str(self.script), "detected": str(detected)},
            )

        if self.romanization is not None and self.script != Script.LATIN:
            raise PydanticCustomError(
                "name_romanization",
                "romanization is set, but the name is in script {script}; only a Latin name has one",
                {"script": str(self.script)},
            )
        return self

    @field_validator("valid_to")
    @classmethod
    def _check_period(cls, value: PartialDate | None, info: ValidationInfo) -> PartialDate | None:
        return check_order(value, info.data.get("valid_from"), rule="name_validity", start_field="valid_from")

    def parts(self) -> tuple[str, ...]:
        """Return the given names, family names and patronymic, in that order."""
        patronymic = (self.patronymic,) if self.patronymic is not None else ()
        return self.given_names + self.family_names + patronymic
