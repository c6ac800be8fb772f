"""Exact reverse of the ISO 9984:1996 romanization, from Latin back to Mkhedruli."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from migstd.script._letters import LETTERS
from migstd.script._normalize import normalize

__all__ = ["iso9984_to_georgian"]


def _reverse_table() -> dict[str, str]:
    """Map each ISO 9984 spelling, lower and upper case, to its Mkhedruli letter."""
    table: dict[str, str] = {}
    for letter in LETTERS:
        if letter.iso9984 is None:
            continue
        # normalize() turns U+0315, the aspirate mark, into ASCII "'". Some
        # capitals have no precomposed form: ǰ becomes J + U+030C.
        spelling = letter.iso9984.replace("\u0315", "'")
        table[spelling] = letter.mkhedruli
        table[unicodedata.normalize("NFC", spelling.upper())] = letter.mkhedruli
    return table


_GEORGIAN_BY_ISO: Final[dict[str, str]] = _reverse_table()

# Longest spellings first, so that "t'" is one letter (თ) and not t + "'".
_ISO_SPELLINGS: Final = re.compile(
    "|".join(re.escape(spelling) for spelling in sorted(_GEORGIAN_BY_ISO, key=len, reverse=True))
)


def iso9984_to_georgian(text: str) -> str:
    """Convert ISO 9984:1996 romanized text back to Georgian Mkhedruli.

    ISO 9984 gives each Georgian letter its own Latin letter, so this is the
    exact inverse of ``to_latin(text, "iso9984")`` for the 33 modern letters
    and the archaic ჱ ჲ ჳ ჴ ჵ ჶ. The text is passed through
    :func:`migstd.script.normalize` first, so the aspirate mark may be the
    combining U+0315 of the standard or any apostrophe look-alike that
    ``normalize`` unifies (', ’, ʼ, ʻ). Upper- and lower-case Latin give the
    same letter, because Mkhedruli has no case.

    Characters that are not ISO 9984 spellings are returned unchanged after
    normalization: digits, punctuation, letters of other scripts, Latin
    letters with other diacritics, and an apostrophe that does not follow
    t, p, k, č or c.

    >>> iso9984_to_georgian("k\u0315art\u0315veli")
    'ქართველი'
    >>> iso9984_to_georgian("Č\u0315xaije")
    'ჩხაიძე'
    >>> iso9984_to_georgian("c'xovreba")
    'ცხოვრება'
    >>> iso9984_to_georgian("čiančvela")
    'ჭიანჭველა'
    """

    if not isinstance(text, str):
        raise TypeError(f"iso9984_to_georgian() takes a str, not {type(text).__name__}")
    text = normalize(text)
    return _ISO_SPELLINGS.sub(lambda match: _GEORGIAN_BY_ISO[match.group()], text)
