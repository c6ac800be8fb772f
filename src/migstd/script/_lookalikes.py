"""Repair of look-alike letters of another script inside a word.

A Cyrillic "а" typed into a Latin name ("Saаkashvili") or a Latin "o" into
a Russian one looks right on screen but defeats exact comparison. The pairs
below are letters that the Unicode confusables data (UTS #39,
``confusables.txt``) lists as visually identical or near-identical.

Only words whose letters are of exactly two scripts are repaired, and only
when the minority script's letters all have a look-alike in the majority
script. A word with as many letters of one script as of the other is left
alone, because neither script is the evident host.

Repaired:

* Cyrillic letters in a Latin word: а е о р с х у і ј ѕ ԁ һ and the
  capitals А В Е К М Н О Р С Т Х У І Ј Ѕ.
* Latin letters in a Cyrillic word: a e o p c x y i and the capitals
  A B E K M H O P C T X Y I.
* In a Georgian word, only Latin y and Cyrillic у, which look like ყ. Other
  Latin and Cyrillic letters have no Georgian look-alike, so a Latin "o" in
  a Georgian word stays as it is.

>>> repair_lookalikes("Saаkashvili")  # Cyrillic а at index 2
'Saakashvili'
>>> repair_lookalikes("Ивaнов") == "Иванов"  # Latin a at index 2
True
>>> repair_lookalikes("ტyემალაძე")
'ტყემალაძე'
>>> repair_lookalikes("Ниko")  # two letters of each script: left alone
'Ниko'
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Final

from migstd.script._detect import Script, _letter_script

__all__ = ["lookalike_repairs", "repair_lookalikes"]

_CYRILLIC_TO_LATIN: Final[dict[str, str]] = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y",
    "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
}  # fmt: skip

# Latin letters that look like a letter of the Russian, Ukrainian or
# Belarusian alphabet; Latin j and s are left out, since their look-alikes
# ј and ѕ are Serbian and Macedonian letters.
_LATIN_TO_CYRILLIC: Final[dict[str, str]] = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О",
    "P": "Р", "C": "С", "T": "Т", "X": "Х", "Y": "У", "I": "І",
}  # fmt: skip

_GEORGIAN: Final = "georgian"

# (minority script, host script) -> look-alike table.
_TABLES: Final[dict[tuple[str, str], dict[str, str]]] = {
    (Script.CYRILLIC, Script.LATIN): _CYRILLIC_TO_LATIN,
    (Script.LATIN, Script.CYRILLIC): _LATIN_TO_CYRILLIC,
    (Script.LATIN, _GEORGIAN): {"y": "ყ"},
    (Script.CYRILLIC, _GEORGIAN): {"у": "ყ"},
}

# Any letter that a repair could replace; text without one needs no scan.
_REPAIRABLE: Final = re.compile(
    "[" + "".join(sorted({char for table in _TABLES.values() for char in table})) + "]"
)

_GEORGIAN_FORMS: Final = frozenset({Script.MKHEDRULI, Script.MTAVRULI, Script.ASOMTAVRULI, Script.NUSKHURI})


def _script(char: str) -> str | None:
    script = _letter_script(char)
    if script in _GEORGIAN_FORMS:
        return _GEORGIAN
    return script


def _is_word_char(char: str) -> bool:
    return char.isalpha() or unicodedata.category(char).startswith("M")


def _word_repairs(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Return (index, replacement) pairs for the word ``text[start:end]``."""
    scripts = [(index, _script(text[index])) for index in range(start, end)]
    counts = Counter(script for _index, script in scripts if script is not None)
    if len(counts) != 2:
        return []

    (host, host_count), (minority, minority_count) = counts.most_common()
    if host_count == minority_count:
        return []
    table = _TABLES.get((minority, host))
    if table is None:
        return []

    repairs = [(index, table.get(text[index], "")) for index, script in scripts if script == minority]
    if any(not replacement for _index, replacement in repairs):
        return []
    return repairs


def lookalike_repairs(text: str) -> list[tuple[int, str]]:
    """Return the (index, replacement letter) pairs that :func:`repair_lookalikes` applies.

    A word is a run of letters and combining marks.
    """
    repairs: list[tuple[int, str]] = []
    start: int | None = None
    for index, char in enumerate([*text, " "]):
        if _is_word_char(char):
            if start is None:
                start = index
            continue
        if start is not None:
            repairs.extend(_word_repairs(text, start, index))
            start = None
    return repairs


def repair_lookalikes(text: str) -> str:
    """Replace look-alike letters of another script inside a word with the word's own letters.

    See the module documentation for the letters repaired and the rule that
    decides a word's script.
    """
    if text.isascii() or not _REPAIRABLE.search(text):
        return text
    repairs = lookalike_repairs(text)
    if not repairs:
        return text

    chars = list(text)
    for index, replacement in repairs:
        chars[index] = replacement
    return "".join(chars)
