"""Detection of the script that the letters of a text are written in."""

from __future__ import annotations

import bisect
import enum
from typing import Final

__all__ = ["Script", "detect_script"]


class Script(enum.StrEnum):
    """Script of a text, as returned by :func:`detect_script`.

    The four Georgian members are the four Unicode forms of the Georgian
    alphabet: Mkhedruli (the everyday script), Mtavruli (its capitals, Unicode
    11), and the historical Asomtavruli capitals and Nuskhuri small letters.
    ``OTHER`` is any other script, such as Greek or Armenian.
    """

    MKHEDRULI = "mkhedruli"
    MTAVRULI = "mtavruli"
    ASOMTAVRULI = "asomtavruli"
    NUSKHURI = "nuskhuri"
    LATIN = "latin"
    CYRILLIC = "cyrillic"
    OTHER = "other"
    MIXED = "mixed"
    NONE = "none"


# Inclusive code point ranges of letters per script, sorted by start. Letters
# outside them count as OTHER. Spacing modifier letters (U+02B0–U+02FF) are
# left out because ʼ U+02BC and ʻ U+02BB are apostrophes in romanized names.
_RANGES: Final[tuple[tuple[int, int, Script], ...]] = (
    (0x0041, 0x024F, Script.LATIN),  # Basic Latin to Latin Extended-B
    (0x0250, 0x02AF, Script.LATIN),  # IPA Extensions
    (0x0400, 0x052F, Script.CYRILLIC),  # Cyrillic and Cyrillic Supplement
    (0x10A0, 0x10CF, Script.ASOMTAVRULI),
    (0x10D0, 0x10FF, Script.MKHEDRULI),
    (0x1C80, 0x1C8F, Script.CYRILLIC),  # Cyrillic Extended-C
    (0x1C90, 0x1CBF, Script.MTAVRULI),  # Georgian Extended
    (0x1D00, 0x1DBF, Script.LATIN),  # Phonetic Extensions
    (0x1E00, 0x1EFF, Script.LATIN),  # Latin Extended Additional
    (0x2C60, 0x2C7F, Script.LATIN),  # Latin Extended-C
    (0x2D00, 0x2D2F, Script.NUSKHURI),  # Georgian Supplement
    (0xA640, 0xA69F, Script.CYRILLIC),  # Cyrillic Extended-B
    (0xA720, 0xA7FF, Script.LATIN),  # Latin Extended-D
    (0xAB30, 0xAB6F, Script.LATIN),  # Latin Extended-E
    (0xFB00, 0xFB06, Script.LATIN),  # Latin ligatures
    (0xFF21, 0xFF3A, Script.LATIN),  # fullwidth capitals
    (0xFF41, 0xFF5A, Script.LATIN),  # fullwidth small letters
)
_STARTS: Final = tuple(start for start, _end, _script in _RANGES)
_MODIFIER_LETTERS: Final = range(0x02B0, 0x0300)


def _letter_script(char: str) -> Script | None:
    """Return the script of a letter, or ``None`` if ``char`` is not counted."""
    if not char.isalpha() or ord(char) in _MODIFIER_LETTERS:
        return None

    index = bisect.bisect_right(_STARTS, ord(char)) - 1
    if index >= 0:
        start, end, script = _RANGES[index]
        if start <= ord(char) <= end:
            return script
    return Script.OTHER


def detect_script(text: str) -> Script:
    """Detect the script of the letters in ``text``.

    Only letters count: digits, spaces, punctuation, combining marks and the
    modifier letters used as apostrophes are ignored. The result is ``NONE``
    when there is no letter and ``MIXED`` when letters of two or more scripts
    occur. Each Georgian form is its own script, so Mkhedruli with a Mtavruli
    initial (the output of ``str.title()``) is ``MIXED``. To ask only whether
    text is Georgian, detect the script of ``normalize(text)``, which folds all
    Georgian forms to Mkhedruli.

    >>> detect_script("ნინო ბერიძე")
    <Script.MKHEDRULI: 'mkhedruli'>
    >>> detect_script("Ts'iklauri 1985")
    <Script.LATIN: 'latin'>
    >>> detect_script("Нино")
    <Script.CYRILLIC: 'cyrillic'>
    >>> detect_script("Ნინო")
    <Script.MIXED: 'mixed'>
    >>> detect_script("12-04")
    <Script.NONE: 'none'>
    """

    if not isinstance(text, str):
        raise TypeError(f"detect_script() takes a str, not {type(text).__name__}")
    found: Script | None = None
    for char in text:
        script = _letter_script(char)
        if script is None or script == found:
            continue
        if found is not None:
            return Script.MIXED
        found = script

    return Script.NONE if found is None else found
