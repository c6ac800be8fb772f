"""Romanization of Georgian text with the systems of the letter table."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from migstd.errors import SettingsError, ValidationError
from migstd.script._letters import (
    ASOMTAVRULI_BY_MKHEDRULI,
    LETTERS,
    MTAVRULI_BY_MKHEDRULI,
    NUSKHURI_BY_MKHEDRULI,
    Letter,
)
from migstd.script._normalize import clean

__all__ = ["APOSTROPHE_MARKS", "ROMANIZATION_SYSTEMS", "to_latin"]

_COLUMNS: Final[dict[str, Callable[[Letter], str | None]]] = {
    "national": lambda letter: letter.national,
    "passport": lambda letter: letter.passport,
    "iso9984": lambda letter: letter.iso9984,
    "bgn1981": lambda letter: letter.bgn1981,
    "ala-lc": lambda letter: letter.ala_lc,
}

ROMANIZATION_SYSTEMS: Final[tuple[str, ...]] = tuple(_COLUMNS)

# Marks accepted for the apostrophe of the national and BGN/PCGN 1981 systems:
# ASCII, the U+2019 of the published tables, and the U+02BC of ICU's transform.
APOSTROPHE_MARKS: Final[tuple[str, ...]] = ("'", "\u2019", "\u02bc")

# Every code point of the four Georgian letter blocks that is a letter.
_GEORGIAN_LETTERS: Final = frozenset(
    chr(code)
    for block in (range(0x10A0, 0x1100), range(0x1C90, 0x1CC0), range(0x2D00, 0x2D30))
    for code in block
    if chr(code).isalpha()
)

# Code points of the plain table of each system: ASCII and the Georgian block
# up to the last modern Mkhedruli letter ჰ. Each maps to itself except "`",
# which clean() turns into "'", and the 33 modern letters. One list of the
# identity strings is shared by all plain tables.
_PLAIN_IDENTITY: Final = [chr(code) for code in range(0x10F1)]

# Characters that clean() may change or that a system may lack: all but
# printable ASCII and the 33 modern Mkhedruli and Mtavruli letters. The one
# printable ASCII character that clean() changes, "`", the tables map to "'".
_NEEDS_CLEAN_UP: Final = re.compile("[^\x20-\x7e\u10d0-\u10f0\u1c90-\u1cb0]")

# A letter starts a word unless a letter, digit or apostrophe comes before it.
_NOT_WORD_START: Final = r"(?<![\w'])"

# The machine-readable zone of ICAO Doc 9303 allows A-Z, 0-9 and the filler
# "<", which also replaces each space or hyphen between name parts.
_MRZ_SEPARATORS: Final = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_NOT_MRZ_CHARACTER: Final = re.compile(r"[^A-Z0-9<]")


@dataclass(frozen=True, slots=True)
class _Transliterator:
    """Translation tables of one system with one apostrophe mark."""

    system: str
    table: dict[int, str]
    plain_table: list[str]
    plain_output_is_ascii: bool
    title_case: dict[str, str]
    title_pattern: re.Pattern[str]
    fold_table: dict[int, str]
    initial_case: dict[str, str]
    initial_pattern: re.Pattern[str]
    unmapped_pattern: re.Pattern[str]


def _character_class(chars: set[str]) -> re.Pattern[str]:
    # An empty class would be a syntax error, so no letter set gives a pattern
    # that never matches.
    if not chars:
        return re.compile(r"(?!)")
    return re.compile("[" + "".join(re.escape(char) for char in sorted(chars)) + "]")


def _title(value: str) -> str:
    return value[:1].upper() + value[1:]


def _build(system: str, apostrophe: str) -> _Transliterator:
    """Build the tables of a system with one apostrophe mark."""
    column = _COLUMNS[system]
    table: dict[int, str] = {}
    title_case: dict[str, str] = {}
    fold_table: dict[int, str] = {}
    initial_case: dict[str, str] = {}

    for letter in LETTERS:
        value = column(letter)
        if value is None:
            continue
        value = value.replace("'", apostrophe)
        small_forms = [letter.mkhedruli, NUSKHURI_BY_MKHEDRULI.get(letter.mkhedruli)]
        capital_forms = [
            MTAVRULI_BY_MKHEDRULI.get(letter.mkhedruli),
            ASOMTAVRULI_BY_MKHEDRULI.get(letter.mkhedruli),
        ]
        for small in small_forms:
            if small is not None:
                table[ord(small)] = value
                initial_case[small] = _title(value)
        for capital in capital_forms:
            if capital is not None:
                table[ord(capital)] = value.upper()
                fold_table[ord(capital)] = letter.mkhedruli
                if len(value) > 1:
                    title_case[capital] = _title(value)

    # The plain table romanizes text that needs no clean-up, letter check or
    # casing in one str.translate. It is a list indexed by code point, which
    # str.translate reads faster than a dict: a dict raises KeyError inside
    # str.translate for every character that it does not map.
    plain_table = _PLAIN_IDENTITY.copy()
    plain_table[ord("`")] = "'"
    for code in range(0x10D0, 0x10F1):
        plain_table[code] = table[code]
    plain_values = "".join(plain_table[0x10D0:])

    # ASCII maps to itself in the full table too, for the same reason, and
    # "`" to "'" as in clean(), so that text without other characters that
    # clean() changes can skip it.
    for code in range(0x80):
        table.setdefault(code, chr(code))
    table[ord("`")] = "'"

    # A capital with a two-letter value is title-cased ("Ch") before a small
    # letter and upper-cased ("CH") elsewhere, as in all-capital text.
    small_letters = set(initial_case)
    title_pattern = re.compile(
        _character_class(set(title_case)).pattern + "(?=" + _character_class(small_letters).pattern + ")"
    )
    mapped = {chr(code) for code in table}
    return _Transliterator(
        system=system,
        table=table,
        plain_table=plain_table,
        plain_output_is_ascii=plain_values.isascii(),
        title_case=title_case,
        title_pattern=title_pattern,
        fold_table=fold_table,
        initial_case=initial_case,
        initial_pattern=re.compile(_NOT_WORD_START + _character_class(small_letters).pattern),
        unmapped_pattern=_character_class(set(_GEORGIAN_LETTERS - mapped)),
    )


_TRANSLITERATORS: dict[tuple[str, str], _Transliterator] = {}
# The plain tables of the systems whose values are all ASCII with the default
# apostrophe, by system, for the fast path of to_latin().
_ASCII_PLAIN_TABLES: dict[str, list[str]] = {}


def _transliterator(system: str, apostrophe: str) -> _Transliterator:
    """Return the tables of a system, built on first use."""
    transliterator = _TRANSLITERATORS.get((system, apostrophe))
    if transliterator is not None:
        return transliterator

    if system not in _COLUMNS:
        known = ", ".join(repr(name) for name in ROMANIZATION_SYSTEMS)
        raise SettingsError(f"unknown romanization system {system!r}; known systems: {known}")
    if apostrophe not in APOSTROPHE_MARKS:
        marks = ", ".join(f"{mark!r} (U+{ord(mark):04X})" for mark in APOSTROPHE_MARKS)
        raise SettingsError(f"invalid apostrophe {apostrophe!r}; use one of {marks}")

    transliterator = _build(system, apostrophe)
    _TRANSLITERATORS[(system, apostrophe)] = transliterator
    if transliterator.plain_output_is_ascii and apostrophe == "'":
        _ASCII_PLAIN_TABLES[system] = transliterator.plain_table
    return transliterator


def _romanize(text: str, transliterator: _Transliterator, *, name: bool, clean_up: bool = True) -> str:
    """Romanize ``text`` with every step: clean-up, letter check and casing.

    ``clean_up=False`` skips the clean-up and the letter check, for text that
    ``_NEEDS_CLEAN_UP`` finds nothing in.
    """
    if clean_up:
        text = clean(text)

        unmapped = transliterator.unmapped_pattern.search(text)
        if unmapped is not None:
            char = unmapped.group()
            raise ValidationError(
                f"U+{ord(char):04X} {unicodedata.name(char)} has no value in the "
                f"{transliterator.system!r} system; remove or replace the letter",
                field="text",
                rule="unmapped_letter",
            )

    if name:
        text = text.translate(transliterator.fold_table)
        text = transliterator.initial_pattern.sub(
            lambda match: transliterator.initial_case[match.group()], text
        )
    else:
        text = _case_capitals(text, transliterator)
    return text.translate(transliterator.table)


def _case_capitals(text: str, transliterator: _Transliterator) -> str:
    """Replace each capital with a two-letter value by its title case before a small letter."""
    return transliterator.title_pattern.sub(lambda match: transliterator.title_case[match.group()], text)


def _mrz_form(latin: str) -> str:
    """Turn romanized text into the characters of the machine-readable zone."""
    text = latin.replace("'", "").upper()
    text = _MRZ_SEPARATORS.sub("<", text).strip("<")

    # NOTE: Latin letters with diacritics (Ä, Ø, ß) are rejected, not
    # transliterated, because ICAO Doc 9303 Part 3 gives them per-letter
    # values that are not implemented here.
    rejected = _NOT_MRZ_CHARACTER.search(text)
    if rejected is not None:
        char = rejected.group()
        raise ValidationError(
            f"U+{ord(char):04X} {unicodedata.name(char, 'character')} is not allowed in the "
            "machine-readable zone, which takes only A-Z, 0-9, spaces and hyphens; "
            "remove or transliterate the character",
            field="text",
            rule="mrz_character",
        )
    return text


def to_latin(
    text: str,
    system: str = "national",
    *,
    apostrophe: str = "'",
    name: bool = False,
    mrz: bool = False,
) -> str:
    """Romanize the Georgian letters of ``text`` with a romanization system.

    The text is cleaned as by :func:`migstd.script.normalize` first, but the
    case of Georgian letters is kept: Mkhedruli and Nuskhuri give lower-case
    Latin, and Mtavruli and Asomtavruli capitals give upper case. A capital
    with a two-letter value is title-cased before a small Georgian letter
    (``Ჩ`` + ``ხ`` gives ``Chkh``) and upper-cased elsewhere (``ᲩᲮ`` gives
    ``CHKH``). Characters that are not Georgian letters, including Latin and
    Cyrillic letters, digits, spaces and hyphens, are returned unchanged.

    Systems (see ``ROMANIZATION_SYSTEMS``):

    * ``"national"``: the Georgian national system of 2002, which BGN and PCGN
      adopted in 2009. Ejectives carry an apostrophe: კ k', პ p', ტ t',
      ყ q', წ ts', ჭ ch'.
    * ``"passport"``: the national system without the ejective mark, as
      printed in Georgian passports.
    * ``"iso9984"``: ISO 9984:1996, one Latin letter per Georgian letter.
      Aspirates carry U+0315 COMBINING COMMA ABOVE RIGHT (თ t̕, ჩ č̕), ძ is j
      and ჯ is ǰ. It also defines the archaic ჱ ჲ ჳ ჴ ჵ ჶ.
    * ``"bgn1981"``: the BGN/PCGN system of 1981, whose apostrophe marks the
      aspirates instead of the ejectives: თ t', ფ p', ქ k', ჩ ch', ც ts'.
      It also defines the archaic ჱ ey, ჲ j and ჴ q'.
    * ``"ala-lc"``: the ALA-LC table (1997, 2011). Aspirates carry U+02BB
      (თ tʻ, ჩ čʻ), and ღ ძ ხ are ġ ż x. It also defines the archaic
      ჱ ჲ ჳ ჴ ჵ ჶ ჷ ჸ.

    ``apostrophe`` sets the apostrophe of the national and BGN/PCGN 1981
    systems: ASCII ``'`` (the default), U+2019 as in the published tables, or
    U+02BC. The other systems have no apostrophe and ignore it.

    With ``name=True`` each word that starts with a Georgian letter is
    title-cased whatever the case of its letters, with the first letter of a
    digraph capitalized (``Chkhaidze``). Words in other scripts are unchanged.

    With ``mrz=True``, allowed only with ``"passport"``, the result is the
    name as the machine-readable zone of ICAO Doc 9303 writes it: upper case,
    apostrophes removed, and each run of spaces and hyphens replaced by one
    ``<``, with none at either end. Digits are kept.

    Raises :class:`~migstd.errors.SettingsError` for an unknown system or
    apostrophe mark, or for ``mrz=True`` with another system or with
    ``name=True``. Raises :class:`~migstd.errors.ValidationError` with rule
    ``unmapped_letter`` for a Georgian letter that the system does not define,
    such as the archaic ჱ in the national system, and with rule
    ``mrz_character`` for a character that the machine-readable zone cannot
    take, such as a Cyrillic letter, a Latin letter with a diacritic, or
    punctuation other than hyphens and apostrophes.

    >>> to_latin("თბილისი")
    'tbilisi'
    >>> to_latin("ჭიანჭველა")
    "ch'ianch'vela"
    >>> to_latin("ამბროლაურის მუნიციპალიტეტი", apostrophe="\u2019")
    'ambrolauris munitsip’alit’et’i'
    >>> to_latin("ნათია ჩხაიძე", "passport")
    'natia chkhaidze'
    >>> to_latin("ᲜᲐᲗᲘᲐ ᲩᲮᲐᲘᲫᲔ, 1990", "passport")
    'NATIA CHKHAIDZE, 1990'
    >>> to_latin("ჭავჭავაძე", name=True)
    "Ch'avch'avadze"
    >>> to_latin("ნინო ბერიძე-ჯანელიძე", "passport", mrz=True)
    'NINO<BERIDZE<JANELIDZE'
    >>> to_latin("ქართველი", "bgn1981")
    "k'art'veli"
    >>> to_latin("ქართველი", "ala-lc")
    'kʻartʻveli'
    >>> try:
    ...     to_latin("ჱ")
    ... except ValidationError as error:
    ...     print(error.field, error.rule)
    ...     print(error.message)
    text unmapped_letter
    U+10F1 GEORGIAN LETTER HE has no value in the 'national' system; remove or replace the letter
    """

    # Fast path for text of printable ASCII and modern Mkhedruli in a system
    # whose values are ASCII. Only such text gives an ASCII result from the
    # plain table, so one C-level check replaces a search for other characters.
    # Fast path for text of printable ASCII and modern Mkhedruli in a system
    # whose values are ASCII. Only such text gives an ASCII result from the
    # plain table, so one C-level check replaces a search for other characters.
    if not (name or mrz) and apostrophe == "'" and isinstance(text, str):
        plain_table = _ASCII_PLAIN_TABLES.get(system)
        if plain_table is not None:
            latin = text.translate(plain_table)
            if latin.isascii():
                return latin

    if not isinstance(text, str):
        raise TypeError(f"to_latin() takes a str, not {type(text).__name__}")
    transliterator = _transliterator(system, apostrophe)

    if mrz:
        if system != "passport":
            raise SettingsError(f"mrz=True needs the 'passport' system, not {system!r}")
        if name:
            raise SettingsError("mrz=True writes upper case, so it cannot be combined with name=True")
        return _mrz_form(_romanize(text, transliterator, name=False))

    # Text of printable ASCII and modern Mkhedruli and Mtavruli letters needs
    # neither the clean-up nor the letter check, only the casing.
    clean_up = _NEEDS_CLEAN_UP.search(text) is not None
    return _romanize(text, transliterator, name=name, clean_up=clean_up)
