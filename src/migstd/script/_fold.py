"""ASCII folding of Latin-script text for comparison."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from migstd.script._normalize import normalize

__all__ = ["latin_fold"]

# Letters that carry no combining mark in NFKD, so that dropping marks would
# not reach an ASCII letter. Each maps to the letter or pair that names with it
# are written with in ASCII: Azerbaijani ə and ı, Nordic ø and æ, Polish ł,
# Croatian đ, German ß, French œ, Icelandic þ and ð, Maltese ħ.
_UNDECOMPOSABLE: Final = str.maketrans(
    {
        "ə": "a",
        "Ə": "a",
        "ı": "i",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ð": "d",
        "Ð": "d",
        "ħ": "h",
        "Ħ": "h",
    }
)

# Dashes that separate the parts of a double name. NFKD has already turned
# the fullwidth and small forms into "-" and U+2011 into U+2010.
_SEPARATORS: Final = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_NOT_FOLDED: Final = re.compile(r"[^a-z0-9 ]+")
_SPACES: Final = re.compile(r" {2,}")


def latin_fold(text: str) -> str:
    """Fold Latin-script text to lower-case ASCII for comparison.

    The steps are:

    1. :func:`migstd.script.normalize`, then apostrophes removed.
    2. Letters that do not decompose replaced: ə→a, ı→i, ø→o, ł→l, đ→d,
       ß→ss, æ→ae, œ→oe, þ→th, ð→d, ħ→h.
    3. NFKD, combining marks dropped, case folded.
    4. Whitespace and dashes turned into single spaces, every other character
       dropped, and leading and trailing spaces stripped.

    The output contains only ``a–z``, ``0–9`` and single spaces.

    Letters of other scripts are dropped, so Georgian or Cyrillic text folds to
    an empty string. Use :func:`migstd.script.to_latin` or
    :func:`migstd.script.name_key` for those.

    >>> latin_fold("Məmmədova Gülnarə")
    'mammadova gulnara'
    >>> latin_fold("  İsmayılov-O’Neill ")
    'ismayilov oneill'
    """
    text = normalize(text).replace("'", "")

    text = text.translate(_UNDECOMPOSABLE)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.casefold()

    text = _SEPARATORS.sub(" ", text)
    text = _NOT_FOLDED.sub("", text)
    return _SPACES.sub(" ", text).strip()
