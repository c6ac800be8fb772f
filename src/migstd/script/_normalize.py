"""Unicode clean-up of text before storage, comparison and romanization."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

from migstd.script._letters import (
    ASOMTAVRULI_BY_MKHEDRULI,
    MTAVRULI_BY_MKHEDRULI,
    NUSKHURI_BY_MKHEDRULI,
)
from migstd.script._lookalikes import lookalike_repairs, repair_lookalikes

__all__ = ["APOSTROPHES", "Change", "clean", "normalize", "normalize_with_changes"]

ZERO_WIDTH: Final = "\u200b\u200c\u200d\u2060\ufeff"
NO_BREAK_SPACES: Final = "\u00a0\u202f\u2007"

# Characters written for the apostrophe of a romanized name. U+2019 is what the
# published national-system tables print, U+02BC is what ICU's Georgian-Latin
# transform emits, U+02BB and U+0315 mark aspirates in ALA-LC and ISO 9984,
# and the rest are typed substitutes. All become ASCII "'".
APOSTROPHES: Final = "\u2019\u02bc\u0060\u00b4\u2018\u02bb\u0315\u2032"

_CLEAN_TABLE: Final[dict[int, str | None]] = {
    **{ord(char): None for char in ZERO_WIDTH},
    **{ord(char): " " for char in NO_BREAK_SPACES},
    **{ord(char): "'" for char in APOSTROPHES},
}

# Each capital and each Nuskhuri letter folds to the Mkhedruli letter of the
# same name. A table is needed because str.lower() sends Asomtavruli to
# Nuskhuri, not to Mkhedruli.
_FOLD_TABLE: Final[dict[int, str | None]] = {
    **_CLEAN_TABLE,
    **{ord(capital): small for small, capital in MTAVRULI_BY_MKHEDRULI.items()},
    **{ord(capital): small for small, capital in ASOMTAVRULI_BY_MKHEDRULI.items()},
    **{ord(old): small for small, old in NUSKHURI_BY_MKHEDRULI.items()},
}


def _apply(text: str, table: dict[int, str | None]) -> str:
    # The first NFC composes decomposed letters and maps canonical singletons
    # such as U+1FEF GREEK VARIA to U+0060, which the table then replaces. The
    # second NFC composes letters that a removed zero-width character kept apart.
    text = unicodedata.normalize("NFC", text)

    text = text.translate(table)

    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """Return ``text`` as :func:`normalize` does, but with Georgian letters unfolded.

    :func:`migstd.script.to_latin` needs this form because a Mtavruli or
    Asomtavruli capital decides the case of its Latin value.
    """
    return _apply(text, _CLEAN_TABLE)


def _finish(text: str) -> str:
    # Look-alike repair runs on folded text and can put a base letter before
    # a combining mark that it now composes with, hence the last NFC.
    return unicodedata.normalize("NFC", repair_lookalikes(text))


def normalize(text: str) -> str:
    """Normalize text for storage and comparison, keeping its script and meaning.

    The steps are: Unicode NFC; zero-width characters (U+200B–U+200D, U+2060,
    U+FEFF) removed; no-break spaces (U+00A0, U+202F, U+2007) replaced by a
    space; apostrophe look-alikes (U+2019, U+02BC, U+0060, U+00B4, U+2018,
    U+02BB, U+0315 and U+2032) replaced by ASCII ``'``; and Mtavruli,
    Asomtavruli and Nuskhuri letters folded to the Mkhedruli letter of the same
    Unicode name. Last, look-alike letters of another script inside a word
    (a run of letters and combining marks) are replaced by the word's own:

    * Cyrillic а е о р с х у і ј ѕ ԁ һ А В Е К М Н О Р С Т Х У І Ј Ѕ in a
      Latin word;
    * Latin a e o p c x y i A B E K M H O P C T X Y I in a Cyrillic word;
    * Latin y and Cyrillic у, which look like ყ, in a Georgian word. Other
      letters have no Georgian look-alike, so a Latin "o" in a Georgian word
      is kept.

    A word is repaired only when its letters are of two scripts, the host
    script has more of them, and every letter of the other script has a
    look-alike; a word with as many letters of each script is kept. Other
    characters are unchanged, so Latin and Cyrillic keep their case. The
    function never upper-cases Georgian, because ``str.upper()`` turns
    Mkhedruli into Mtavruli. Applying it twice gives the same result as
    applying it once.

    The apostrophe look-alikes do not all mean the same thing: national-system
    text marks ejectives with its apostrophe, while ALA-LC and ISO 9984 text
    marks aspirates. Normalizing unifies the character, not its meaning.

    >>> normalize("ᲜᲘᲜᲝ ᲑᲔᲠᲘᲫᲔ")
    'ნინო ბერიძე'
    >>> normalize("Ts\u2019iklauri\u00a0Q\u02bcip\u2019iani")
    "Ts'iklauri Q'ip'iani"
    >>> normalize("ⴇⴁⴈⴊⴈⴑⴈ")
    'თბილისი'
    >>> normalize("Saаkashvili") == "Saakashvili"  # Cyrillic а repaired
    True

    :func:`normalize_with_changes` returns the same text with a record of
    each change.
    """

    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str, not {type(text).__name__}")
    return _finish(_apply(text, _FOLD_TABLE))


ChangeKind = Literal[
    "nfc", "zero_width", "no_break_space", "apostrophe", "mtavruli", "asomtavruli", "nuskhuri", "lookalike"
]


@dataclass(frozen=True, slots=True)
class Change:
    """One change that :func:`normalize` made, for audit logs.

    ``position`` is the index in the input text of the first code point
    changed. ``kind`` is the step: ``"nfc"``, ``"zero_width"``,
    ``"no_break_space"``, ``"apostrophe"``, ``"mtavruli"``,
    ``"asomtavruli"``, ``"nuskhuri"`` or ``"lookalike"``. ``original`` and
    ``replacement`` name the code points as ``"U+0430 CYRILLIC SMALL LETTER
    A"``; ``replacement`` is empty for a removal. The surrounding text is not
    stored, so a change of a personal name does not reveal the name.
    """

    position: int
    kind: ChangeKind
    original: tuple[str, ...]
    replacement: tuple[str, ...]


def _code_point_names(text: str) -> tuple[str, ...]:
    return tuple(f"U+{ord(char):04X} {unicodedata.name(char, '')}".rstrip() for char in text)


_KIND_BY_CHAR: Final[dict[str, ChangeKind]] = {
    **dict.fromkeys(ZERO_WIDTH, "zero_width"),
    **dict.fromkeys(NO_BREAK_SPACES, "no_break_space"),
    **dict.fromkeys(APOSTROPHES, "apostrophe"),
    **dict.fromkeys(MTAVRULI_BY_MKHEDRULI.values(), "mtavruli"),
    **dict.fromkeys(ASOMTAVRULI_BY_MKHEDRULI.values(), "asomtavruli"),
    **dict.fromkeys(NUSKHURI_BY_MKHEDRULI.values(), "nuskhuri"),
}

# A text and, per code point, its index in the input of normalize_with_changes().
_Traced = tuple[str, list[int]]


def _position(origin: list[int], index: int) -> int:
    """Return the input index of code point ``index``, or the end of the input past the last one."""
    if index < len(origin):
        return origin[index]
    if not origin:
        return 0
    return origin[-1] + 1


def _nfc_step(traced: _Traced, changes: list[Change]) -> _Traced:
    text, origin = traced
    composed = unicodedata.normalize("NFC", text)
    if composed == text:
        return traced

    new_origin: list[int] = []
    matcher = difflib.SequenceMatcher(None, text, composed, autojunk=False)
    for tag, start, end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            new_origin.extend(origin[start:end])
            continue
        position = _position(origin, start)
        original, replacement = text[start:end], composed[new_start:new_end]
        changes.append(Change(position, "nfc", _code_point_names(original), _code_point_names(replacement)))
        new_origin.extend([position] * len(replacement))
    return composed, new_origin


def _fold_step(traced: _Traced, changes: list[Change]) -> _Traced:
    text, origin = traced
    chars: list[str] = []
    new_origin: list[int] = []
    for char, position in zip(text, origin, strict=True):
        replacement = _FOLD_TABLE.get(ord(char), char) or ""
        if replacement != char:
            kind = _KIND_BY_CHAR[char]
            changes.append(Change(position, kind, _code_point_names(char), _code_point_names(replacement)))
        chars.append(replacement)
        new_origin.extend([position] * len(replacement))
    return "".join(chars), new_origin


def _lookalike_step(traced: _Traced, changes: list[Change]) -> _Traced:
    text, origin = traced
    chars = list(text)
    for index, replacement in lookalike_repairs(text):
        changes.append(
            Change(origin[index], "lookalike", _code_point_names(text[index]), _code_point_names(replacement))
        )
        chars[index] = replacement
    return "".join(chars), origin


def normalize_with_changes(text: str) -> tuple[str, list[Change]]:
    """Normalize text as :func:`normalize` does and list every change, in the order made.

    The first item always equals ``normalize(text)``. The steps run in the
    order of :func:`normalize`, so one code point may be changed twice (U+1FEF
    GREEK VARIA becomes U+0060 by NFC, then ASCII ``'``).

    >>> text, changes = normalize_with_changes("Ნინო\u00a0Saаkashvili")
    >>> text == "ნინო Saakashvili"
    True
    >>> for change in changes:
    ...     print(change.position, change.kind, change.original, change.replacement)
    0 mtavruli ('U+1C9C GEORGIAN MTAVRULI CAPITAL LETTER NAR',) ('U+10DC GEORGIAN LETTER NAR',)
    4 no_break_space ('U+00A0 NO-BREAK SPACE',) ('U+0020 SPACE',)
    7 lookalike ('U+0430 CYRILLIC SMALL LETTER A',) ('U+0061 LATIN SMALL LETTER A',)
    """

    if not isinstance(text, str):
        raise TypeError(f"normalize_with_changes() takes a str, not {type(text).__name__}")
    changes: list[Change] = []
    traced: _Traced = (text, list(range(len(text))))

    traced = _nfc_step(traced, changes)
    traced = _fold_step(traced, changes)
    traced = _nfc_step(traced, changes)
    traced = _lookalike_step(traced, changes)
    traced = _nfc_step(traced, changes)

    return traced[0], changes
