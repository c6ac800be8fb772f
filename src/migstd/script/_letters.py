"""The Georgian letter table: one row per Mkhedruli letter, one column per system.

Each row names a letter of the Georgian block (U+10D0–U+10FF) by the last
words of its Unicode name and gives its value in every romanization system
that migstd implements, plus its class in :func:`migstd.script.name_key`.
A value of ``None`` means the system does not define the letter.

Sources of the romanization columns:

* ``national``: the Georgian national romanization system, adopted in
  February 2002 by the State Department of Geodesy and Cartography of Georgia
  and the Institute of Linguistics, approved by Presidential Decree No. 109 of
  24 February 2011, and adopted by BGN and PCGN in 2009 as their system for
  Georgian. Sources: UNGEGN Working Group on Romanization Systems, report on
  Georgian, version 2.2 (2003); PCGN "Romanization of Georgian" (2009
  agreement); interscript maps ``ggg-kat-Geor-Latn-2002`` and
  ``bgnpcgn-kat-Geor-Latn-2009``. The system covers the 33 modern letters
  ა–ჰ only. The published tables print the ejective mark as U+2019; this table
  stores ASCII ``'`` and :func:`migstd.script.to_latin` substitutes the
  requested mark.
* ``passport``: the national system without the ejective mark, as Georgian
  passports and identity cards print personal names. The machine-readable
  zone allows only A–Z, 0–9 and ``<`` (ICAO Doc 9303 Part 3), and official
  Latin spellings of personal names are written without apostrophes.

Other systems (ISO 9984, BGN/PCGN 1981, ALA-LC) become further columns of
:class:`Letter`. The capital forms are not listed: Mtavruli, Asomtavruli and
Nuskhuri letters are found through the Unicode name they share with the
Mkhedruli letter (``GEORGIAN LETTER AN``, ``GEORGIAN MTAVRULI CAPITAL LETTER
AN``, ``GEORGIAN CAPITAL LETTER AN``, ``GEORGIAN SMALL LETTER AN``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Final

__all__ = [
    "ASOMTAVRULI_BY_MKHEDRULI",
    "LETTERS",
    "LETTER_BY_MKHEDRULI",
    "MTAVRULI_BY_MKHEDRULI",
    "NUSKHURI_BY_MKHEDRULI",
    "Letter",
]


@dataclass(frozen=True, slots=True)
class Letter:
    """One Georgian letter: its Mkhedruli form, name and values per system.

    ``name`` is the part of the Unicode name after ``GEORGIAN LETTER`` (for
    example ``"KAN"``). ``national`` and ``passport`` are the romanizations,
    with ASCII ``'`` as the ejective mark, or ``None`` where the system does
    not define the letter. ``key`` is the letter's class in the name key, or
    ``""`` when the name key drops the letter.
    """

    mkhedruli: str
    name: str
    national: str | None
    passport: str | None
    key: str


# Name-key classes merge letters that romanizations and Russian spellings
# confuse: every ejective/aspirate pair, ყ with k, ღ with g, ძ with ზ and
# ჟ with ჯ. Archaic letters get the class of their ALA-LC value (ჱ ē, ჲ y,
# ჳ w, ჴ x̣, ჵ ō, ჶ f, ჷ ĕ, per interscript map alalc-kat-Geor-Latn-1997). Of
# the rest, ჹ, ჼ, ჽ and ჿ get the class of their sound, and the signs ჸ, ჺ
# and ჾ are dropped.
LETTERS: Final[tuple[Letter, ...]] = (
    Letter("ა", "AN", "a", "a", "a"),
    Letter("ბ", "BAN", "b", "b", "b"),
    Letter("გ", "GAN", "g", "g", "g"),
    Letter("დ", "DON", "d", "d", "d"),
    Letter("ე", "EN", "e", "e", "e"),
    Letter("ვ", "VIN", "v", "v", "v"),
    Letter("ზ", "ZEN", "z", "z", "z"),
    Letter("თ", "TAN", "t", "t", "t"),
    Letter("ი", "IN", "i", "i", "i"),
    Letter("კ", "KAN", "k'", "k", "k"),
    Letter("ლ", "LAS", "l", "l", "l"),
    Letter("მ", "MAN", "m", "m", "m"),
    Letter("ნ", "NAR", "n", "n", "n"),
    Letter("ო", "ON", "o", "o", "o"),
    Letter("პ", "PAR", "p'", "p", "p"),
    Letter("ჟ", "ZHAR", "zh", "zh", "j"),
    Letter("რ", "RAE", "r", "r", "r"),
    Letter("ს", "SAN", "s", "s", "s"),
    Letter("ტ", "TAR", "t'", "t", "t"),
    Letter("უ", "UN", "u", "u", "u"),
    Letter("ფ", "PHAR", "p", "p", "p"),
    Letter("ქ", "KHAR", "k", "k", "k"),
    Letter("ღ", "GHAN", "gh", "gh", "g"),
    Letter("ყ", "QAR", "q'", "q", "k"),
    Letter("შ", "SHIN", "sh", "sh", "s"),
    Letter("ჩ", "CHIN", "ch", "ch", "ch"),
    Letter("ც", "CAN", "ts", "ts", "ts"),
    Letter("ძ", "JIL", "dz", "dz", "z"),
    Letter("წ", "CIL", "ts'", "ts", "ts"),
    Letter("ჭ", "CHAR", "ch'", "ch", "ch"),
    Letter("ხ", "XAN", "kh", "kh", "kh"),
    Letter("ჯ", "JHAN", "j", "j", "j"),
    Letter("ჰ", "HAE", "h", "h", "h"),
    # Archaic and dialect letters: neither system defines them.
    Letter("ჱ", "HE", None, None, "e"),
    Letter("ჲ", "HIE", None, None, "i"),
    Letter("ჳ", "WE", None, None, "v"),
    Letter("ჴ", "HAR", None, None, "kh"),
    Letter("ჵ", "HOE", None, None, "o"),
    Letter("ჶ", "FI", None, None, "p"),
    Letter("ჷ", "YN", None, None, "e"),
    Letter("ჸ", "ELIFI", None, None, ""),
    Letter("ჹ", "TURNED GAN", None, None, "g"),
    Letter("ჺ", "AIN", None, None, ""),
    Letter("ჼ", "NAR", None, None, "n"),  # U+10FC MODIFIER LETTER GEORGIAN NAR
    Letter("ჽ", "AEN", None, None, "e"),
    Letter("ჾ", "HARD SIGN", None, None, ""),
    Letter("ჿ", "LABIAL SIGN", None, None, "v"),
)

LETTER_BY_MKHEDRULI: Final[dict[str, Letter]] = {letter.mkhedruli: letter for letter in LETTERS}


def _capitals(prefix: str) -> dict[str, str]:
    """Map each Mkhedruli letter to the letter of the same name in another block.

    Letters without a counterpart in that block (Asomtavruli has no FI, for
    example) are left out.
    """
    counterparts: dict[str, str] = {}
    for letter in LETTERS:
        if unicodedata.name(letter.mkhedruli).startswith("MODIFIER"):
            continue
        try:
            counterparts[letter.mkhedruli] = unicodedata.lookup(f"{prefix} {letter.name}")
        except KeyError:
            continue
    return counterparts


MTAVRULI_BY_MKHEDRULI: Final[dict[str, str]] = _capitals("GEORGIAN MTAVRULI CAPITAL LETTER")
ASOMTAVRULI_BY_MKHEDRULI: Final[dict[str, str]] = _capitals("GEORGIAN CAPITAL LETTER")
NUSKHURI_BY_MKHEDRULI: Final[dict[str, str]] = _capitals("GEORGIAN SMALL LETTER")
