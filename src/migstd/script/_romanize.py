"""Romanization of Georgian text with the systems of the letter table."""

from __future__ import annotations

import functools
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
}

ROMANIZATION_SYSTEMS: Final[tuple[str, ...]] = tuple(_COLUMNS)

# Marks accepted for the ejective apostrophe of the national system: ASCII,
# the U+2019 of the published tables, and the U+02BC of ICU's transform.
APOSTROPHE_MARKS: Final[tuple[str, ...]] = ("'", "\u2019", "\u02bc")

# Every code point of the four Georgian letter blocks that is a letter.
_GEORGIAN_LETTERS: Final = frozenset(
    chr(code)
    for block in (range(0x10A0, 0x1100), range(0x1C90, 0x1CC0), range(0x2D00, 0x2D30))
    for code in block
    if chr(code).isalpha()
)


@dataclass(frozen=True, slots=True)
class _Transliterator:
    """Translation tables of one system with one apostrophe mark."""

    table: dict[int, str]
    title_case: dict[str, str]
    title_pattern: re.Pattern[str]
    unmapped_pattern: re.Pattern[str]


def _character_class(chars: set[str]) -> re.Pattern[str]:
    # An empty class would be a syntax error, so no letter set gives a pattern
    # that never matches.
    if not chars:
        return re.compile(r"(?!)")
    return re.compile("[" + "".join(re.escape(char) for char in sorted(chars)) + "]")


@functools.cache
def _transliterator(system: str, apostrophe: str) -> _Transliterator:
    """Build the tables of a system once per apostrophe mark."""
    column = _COLUMNS[system]
    table: dict[int, str] = {}
    title_case: dict[str, str] = {}
    small_letters: set[str] = set()

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
                small_letters.add(small)
        for capital in capital_forms:
            if capital is not None:
                table[ord(capital)] = value.upper()
                if len(value) > 1:
                    title_case[capital] = value[:1].upper() + value[1:]

    # A capital with a two-letter value is title-cased ("Ch") before a small
    # letter and upper-cased ("CH") elsewhere, as in all-capital text.
    title_pattern = re.compile(
        _character_class(set(title_case)).pattern + "(?=" + _character_class(small_letters).pattern + ")"
    )
    mapped = {chr(code) for code in table}
    return _Transliterator(
        table=table,
        title_case=title_case,
        title_pattern=title_pattern,
        unmapped_pattern=_character_class(set(_GEORGIAN_LETTERS - mapped)),
    )


def to_latin(text: str, system: str = "national", *, apostrophe: str = "'") -> str:
    """Romanize the Georgian letters of ``text`` with a romanization system.

    The text is cleaned as by :func:`migstd.script.normalize` first, but the
    case of Georgian letters is kept: Mkhedruli and Nuskhuri give lower-case
    Latin, and Mtavruli and Asomtavruli capitals give upper case. A capital
    with a two-letter value is title-cased before a small Georgian letter
    (``Ჩ`` + ``ხ`` gives ``Chkh``) and upper-cased elsewhere (``ᲩᲮ`` gives
    ``CHKH``). Characters that are not Georgian letters, including Latin
    letters, digits, spaces and hyphens, are returned unchanged.

    Systems (see ``ROMANIZATION_SYSTEMS``):

    * ``"national"``: the Georgian national system of 2002, which BGN and PCGN
      adopted in 2009. Ejectives carry an apostrophe: კ k', პ p', ტ t',
      ყ q', წ ts', ჭ ch'. ``apostrophe`` sets the mark: ASCII ``'`` (the
      default), U+2019 as in the published tables, or U+02BC.
    * ``"passport"``: the national system without the ejective mark, as
      printed in Georgian passports.

    Raises :class:`~migstd.errors.SettingsError` for an unknown system or
    apostrophe mark, and :class:`~migstd.errors.ValidationError` with rule
    ``unmapped_letter`` for a letter that the system does not define, such as
    the archaic ჱ. Both systems define only the 33 modern letters.

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
    >>> try:
    ...     to_latin("ჱ")
    ... except ValidationError as error:
    ...     print(error.field, error.rule)
    ...     print(error.message)
    text unmapped_letter
    U+10F1 GEORGIAN LETTER HE has no value in the 'national' system; remove or replace the letter
    """

    if not isinstance(text, str):
        raise TypeError(f"to_latin() takes a str, not {type(text).__name__}")
    if system not in _COLUMNS:
        known = ", ".join(repr(name) for name in ROMANIZATION_SYSTEMS)
        raise SettingsError(f"unknown romanization system {system!r}; known systems: {known}")
    if apostrophe not in APOSTROPHE_MARKS:
        marks = ", ".join(f"{mark!r} (U+{ord(mark):04X})" for mark in APOSTROPHE_MARKS)
        raise SettingsError(f"invalid apostrophe {apostrophe!r}; use one of {marks}")

    transliterator = _transliterator(system, apostrophe)
    text = clean(text)

    unmapped = transliterator.unmapped_pattern.search(text)
    if unmapped is not None:
        char = unmapped.group()
        raise ValidationError(
            f"U+{ord(char):04X} {unicodedata.name(char)} has no value in the {system!r} "
            "system; remove or replace the letter",
            field="text",
            rule="unmapped_letter",
        )

    text = transliterator.title_pattern.sub(lambda match: transliterator.title_case[match.group()], text)
    return text.translate(transliterator.table)
