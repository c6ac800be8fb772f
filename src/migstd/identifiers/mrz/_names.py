"""Names in the MRZ: writing a name in the ICAO character set, fitting it to its field, reading it back.

Doc 9303 Part 3 section 4.6 writes the primary identifier (surnames), two
fillers ``<<`` and the secondary identifier (given names), with one ``<``
between the components of each, and fillers up to the end of the field.
Apostrophes are dropped (D'ARTAGNAN is DARTAGNAN), hyphens, spaces and commas
inside an identifier separate components, and other punctuation is dropped.
Digits are not allowed in names.

>>> encode_identifier("Smith-Jones", field="mrz.primary_identifier")
('SMITH', 'JONES')
>>> encode_identifier("O'Connor", field="mrz.primary_identifier")
('OCONNOR',)
>>> encode_identifier("Jürgen Weiß", field="mrz.secondary_identifier")
('JUERGEN', 'WEISS')
>>> encode_identifier("Щербакова", field="mrz.primary_identifier")
('SHCHERBAKOVA',)
>>> encode_identifier("ნინო", field="mrz.secondary_identifier")
('NINO',)

A name longer than its field is truncated (Parts 4 to 7, section 4.2.3): the
secondary identifier is cut first, down to the first letter of its first
component, and then the primary identifier. The cut falls at the end of the
field; when it would end on a filler, the longest component before it loses
its last letter, so that the field always ends with a letter, which is how
Doc 9303 marks a name that may have been truncated. Doc 9303 leaves the exact
method to the issuing State, and its examples show other choices too.

>>> write_name_field(("NILAVADHANANANDA",), ("ARNPOL", "PETCH", "CHARONGUANG"), 39)
'NILAVADHANANANDA<<ARNPOL<PETCH<CHARONGU'
>>> read_name_field("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<")
('ERIKSSON', 'ANNA MARIA')
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from migstd.errors import ValidationError
from migstd.identifiers._base import InvalidComponentError, InvalidFormatError
from migstd.identifiers.mrz._transliteration import CYRILLIC, LATIN
from migstd.script import to_latin

__all__ = ["encode_identifier", "read_name_field", "write_name_field"]

_APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4\u02bb"
# The filler is accepted too, so that names already in MRZ form keep their components.
_SEPARATORS = " \t-,<\u2010\u2011\u2012\u2013"

_TABLE = str.maketrans(
    {
        **LATIN,
        **CYRILLIC,
        **{character: "" for character in _APOSTROPHES},
        **{character: " " for character in _SEPARATORS},
    }
)

_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _is_georgian(character: str) -> bool:
    # Georgian (Asomtavruli, Nuskhuri, Mkhedruli), Georgian Extended (Mtavruli) and Georgian Supplement.
    return (
        "\u10a0" <= character <= "\u10ff"
        or "\u1c90" <= character <= "\u1cbf"
        or ("\u2d00" <= character <= "\u2d2f")
    )


def encode_identifier(text: str, *, field: str) -> tuple[str, ...]:
    """Return the MRZ components of one identifier (surnames or given names), in A-Z only.

    Latin letters with diacritics and Cyrillic letters follow Doc 9303 Part 3
    section 6 (see :mod:`._transliteration`), other Latin diacritics are
    removed, and Georgian letters are romanized with
    ``migstd.script.to_latin(..., system="passport", mrz=True)``. Raises
    :class:`InvalidComponentError` for digits and :class:`InvalidFormatError`
    for letters of a script without a table here, naming the script, not the name.
    """
    if not isinstance(text, str):
        raise InvalidFormatError(f"must be a string, not {type(text).__name__}", field=field)

    mapped = unicodedata.normalize("NFC", text).upper().translate(_TABLE)
    decomposed = unicodedata.normalize("NFD", mapped)
    plain = "".join(
        character
        for character in decomposed
        if not unicodedata.combining(character)
        and (character == " " or not unicodedata.category(character).startswith(("P", "S")))
    )

    if any(_is_georgian(character) for character in plain):
        try:
            plain = to_latin(plain, "passport", mrz=True).replace("<", " ")
        except ValidationError:
            raise _unsupported_letters(plain, field) from None

    components = tuple(plain.split())
    for component in components:
        if not _LETTERS.issuperset(component):
            if any(character.isdigit() for character in component):
                raise InvalidComponentError("names in the MRZ cannot contain digits", field=field)
            raise _unsupported_letters(component, field)
    return components


def _unsupported_letters(text: str, field: str) -> InvalidFormatError:
    """Return the error for letters without a transliteration, naming their script only."""
    for character in text:
        if character not in _LETTERS and not character.isspace() and not _is_georgian(character):
            script = unicodedata.name(character, "UNKNOWN").split(" ")[0].title()
            return InvalidFormatError(
                f"contains {script} characters, which have no MRZ transliteration in migstd; "
                "pass the name already romanized",
                field=field,
            )
    return InvalidFormatError("contains characters that have no MRZ transliteration", field=field)


def write_name_field(primary: Sequence[str], secondary: Sequence[str], width: int) -> str:
    """Return the name field of ``width`` characters, truncated as the module docstring says."""
    primary_text = "<".join(primary)
    secondary_text = "<".join(secondary)
    full = f"{primary_text}<<{secondary_text}" if secondary_text else primary_text
    if len(full) <= width:
        return full.ljust(width, "<")

    if not secondary_text:
        return _cut(list(primary), width)
    if len(primary_text) + 3 <= width:
        return f"{primary_text}<<{_cut(list(secondary), width - len(primary_text) - 2)}"
    return f"{_cut(list(primary), width - 3)}<<{secondary[0][0]}"


def _cut(components: list[str], width: int) -> str:
    """Return the components joined by ``<`` and cut to ``width``, ending with a letter if possible."""
    while True:
        text = "<".join(components)
        if len(text) <= width:
            return text.ljust(width, "<")
        cut = text[:width]
        if cut[-1] != "<":
            return cut

        # The next component starts just past the field: shorten the longest
        # component before it by one letter to move that first letter inside.
        before = []
        position = 0
        for index, component in enumerate(components):
            position += len(component)
            if position > width - 1:
                break
            before.append(index)
            position += 1
        shortenable = [index for index in before if len(components[index]) > 1]
        if not shortenable:
            # NOTE: with only one-letter components before the cut, the field
            # ends with a filler, so a reader cannot tell that it was truncated.
            return cut.rstrip("<").ljust(width, "<")
        longest = max(shortenable, key=lambda index: len(components[index]))
        components[longest] = components[longest][:-1]


def read_name_field(field: str) -> tuple[str, str]:
    """Return the primary and secondary identifiers of a name field, components joined by spaces."""
    primary, _, secondary = field.rstrip("<").partition("<<")
    return " ".join(filter(None, primary.split("<"))), " ".join(filter(None, secondary.split("<")))
