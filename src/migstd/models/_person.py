"""A person and their names.

The class docstrings become the JSON Schema descriptions, so the examples are here.

>>> name = PersonName(given_names="ნინო", family_names="ბერიძე")
>>> name.script
<Script.MKHEDRULI: 'mkhedruli'>
>>> name
PersonName(given_names=<redacted>, family_names=<redacted>, patronymic=None, \
script=<Script.MKHEDRULI: 'mkhedruli'>, use='official')
>>> person = Person(
...     names=[name, {"given_names": "Nino", "family_names": "Beridze", "use": "passport"}],
...     birth_date="1985-03",
...     sex="F",
...     citizenships=["GE", "GEO", "DE"],
...     personal_number="01024059317",
... )
>>> person.sex, person.citizenships, person.given_name
('2', ('GEO', 'DEU'), 'ნინო')
>>> person
Person(names=<redacted>, birth_date=<redacted>, sex='2', citizenships=('GEO', 'DEU'), \
document_number=None, personal_number=<redacted>)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Annotated, Any, Final, Literal, Self

from pydantic import AfterValidator, BeforeValidator, Field, StrictStr, model_validator
from pydantic_core import PydanticCustomError

from migstd.codelists import CountryCode, SexCode
from migstd.models._base import MigstdModel, personal_field
from migstd.models._dates import PartialDate
from migstd.script import Script, detect_script

__all__ = ["NameUse", "Person", "PersonName"]

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

# Document numbers use A-Z and 0-9, the characters of the ICAO Doc 9303 MRZ.
# The MRZ number field has 9 characters and a longer number continues in the
# optional data. The maximum of 20 is an allowance, not a standard's limit.
MAX_DOCUMENT_NUMBER_LENGTH: Final = 20
_DOCUMENT_NUMBER: Final = re.compile(rf"[A-Z0-9]{{1,{MAX_DOCUMENT_NUMBER_LENGTH}}}")

# Georgian personal number: 11 digits with no public check digit.
_PERSONAL_NUMBER_PATTERN: Final = "^[0-9]{11}$"
_PERSONAL_NUMBER: Final = re.compile(_PERSONAL_NUMBER_PATTERN)

NameUse = Literal["official", "passport", "former", "alias"]


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


NamePart = Annotated[StrictStr, AfterValidator(_check_name_part)]
"""One given name, family name or patronymic: stripped, NFC, at least one letter, no digits,
control characters or surrogates."""

NameParts = Annotated[tuple[NamePart, ...], BeforeValidator(_split_if_string)]
"""Name parts in order; a string is split on whitespace."""


def _normalize_document_number(value: str) -> str:
    number = "".join(value.split()).upper()
    if not _DOCUMENT_NUMBER.fullmatch(number):
        raise PydanticCustomError(
            "document_number_format",
            "document number must be 1 to {max} letters A-Z or digits 0-9 once spaces are removed",
            {"max": MAX_DOCUMENT_NUMBER_LENGTH},
        )
    return number


def _check_personal_number(value: str) -> str:
    number = value.strip()
    if not _PERSONAL_NUMBER.fullmatch(number):
        raise PydanticCustomError("personal_number_format", "personal number must be exactly 11 digits 0-9")
    return number


def _raw_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(part for part in value if isinstance(part, str))
    return ""


# The two checks below run after the items are valid. A min_length constraint
# would also fail when an item is invalid, adding a second, misleading error.
def _require_given_name(parts: tuple[str, ...]) -> tuple[str, ...]:
    if not parts:
        raise PydanticCustomError("given_names_missing", "at least one given name is required")
    return parts


def _require_name(names: tuple[Any, ...]) -> tuple[Any, ...]:
    if not names:
        raise PydanticCustomError("names_missing", "at least one name is required")
    return names


def _deduplicate(codes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(codes))


DocumentNumber = Annotated[StrictStr, AfterValidator(_normalize_document_number)]
PersonalNumber = Annotated[StrictStr, AfterValidator(_check_personal_number)]


class PersonName(MigstdModel):
    """One name of a person, in one script.

    A person can have several: the official Georgian-script name, the Latin name
    of a passport, a former name. ``script`` is detected from the name parts
    with :func:`migstd.script.detect_script` when it is not given, and must match
    the detected script when it is.
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
    use: NameUse = "official"

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
    def _check_script(self) -> Self:
        detected = detect_script(" ".join(self.parts()))
        if self.script != detected:
            raise PydanticCustomError(
                "name_script",
                "script {given} does not match the script of the name parts, {detected}",
                {"given": str(self.script), "detected": str(detected)},
            )
        return self

    def parts(self) -> tuple[str, ...]:
        """Return the given names, family names and patronymic, in that order."""
        patronymic = (self.patronymic,) if self.patronymic is not None else ()
        return self.given_names + self.family_names + patronymic


class Person(MigstdModel):
    """A person as migration records describe them.

    ``names``, ``birth_date``, ``document_number`` and ``personal_number`` are
    personal: they print as ``<redacted>`` and never appear in a validation
    error. Identifiers must be strings, because an integer has already lost
    its leading zeros. Citizenships are stored as alpha-3 codes, once each, in
    the order given.
    """

    names: Annotated[tuple[PersonName, ...], AfterValidator(_require_name)] = personal_field()
    birth_date: PartialDate | None = personal_field(default=None)
    sex: SexCode | None = None
    citizenships: Annotated[tuple[CountryCode, ...], AfterValidator(_deduplicate)] = ()
    document_number: DocumentNumber | None = personal_field(
        default=None,
        description=(
            "Travel or identity document number: letters A-Z and digits, spaces removed, upper-cased."
        ),
    )
    personal_number: PersonalNumber | None = personal_field(
        default=None,
        description="Georgian personal number (პირადი ნომერი): 11 digits, leading zeros kept.",
        json_schema_extra={"pattern": _PERSONAL_NUMBER_PATTERN},
    )

    @property
    def given_name(self) -> str:
        """Given names of the first official name (else the first name), joined by spaces."""
        return " ".join(self._main_name().given_names)

    @property
    def family_name(self) -> str:
        """Family names of the first official name (else the first name), joined by spaces."""
        return " ".join(self._main_name().family_names)

    def _main_name(self) -> PersonName:
        official = (name for name in self.names if name.use == "official")
        return next(official, self.names[0])
