"""Unicode clean-up of text before storage, comparison and romanization."""

from __future__ import annotations

import unicodedata
from typing import Final

from migstd.script._letters import (
    ASOMTAVRULI_BY_MKHEDRULI,
    MTAVRULI_BY_MKHEDRULI,
    NUSKHURI_BY_MKHEDRULI,
)

__all__ = ["APOSTROPHES", "clean", "normalize"]

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


def normalize(text: str) -> str:
    """Normalize text for storage and comparison, keeping its script and meaning.

    The steps are: Unicode NFC; zero-width characters (U+200B–U+200D, U+2060,
    U+FEFF) removed; no-break spaces (U+00A0, U+202F, U+2007) replaced by a
    space; apostrophe look-alikes (U+2019, U+02BC, U+0060, U+00B4, U+2018,
    U+02BB, U+0315 and U+2032) replaced by ASCII ``'``; and Mtavruli,
    Asomtavruli and Nuskhuri letters folded to the Mkhedruli letter of the same
    Unicode name. Other characters are unchanged, so Latin and Cyrillic keep
    their case. The function never upper-cases Georgian, because ``str.upper()``
    turns Mkhedruli into Mtavruli. Applying it twice gives the same result as
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
    """

    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str, not {type(text).__name__}")
    return _apply(text, _FOLD_TABLE)
