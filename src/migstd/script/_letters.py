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

* ``iso9984``: ISO 9984:1996, "Transliteration of Georgian characters into
  Latin characters", Table 1. Each Georgian letter has one Latin letter, so
  the system can be reversed. Aspirates carry the ISO 5426 "high comma off
  centre", which Unicode encodes as U+0315 COMBINING COMMA ABOVE RIGHT
  (t̕ p̕ k̕ č̕ c̕), and ejectives are unmarked. ჱ ჲ ჳ ჴ ჵ ჶ are ē y w ẖ ō f.
  Sources: T. T. Pedersen, "Transliteration of Georgian" (rev. 3.0, 2007);
  interscript map ``iso-kat-Geor-Latn-9984-1996``; Wikipedia "Romanization
  of Georgian".
* ``bgn1981``: the BGN/PCGN system of 1981, which the national system replaced
  in 2009. It has the digraphs of the national system, but its apostrophe
  marks the aspirates (თ t', ფ p', ქ k', ჩ ch', ც ts'), and ejectives are
  plain. Archaic letters: ჱ ey, ჲ j and ჴ q', bracketed in Pedersen's table,
  and no value for the others. Sources: UNGEGN Working Group on Romanization
  Systems, report on Georgian, version 2.2 (2003); CLDR transform
  ``Georgian-Latin-BGN_1981``; Pedersen (as above). The published tables
  print the apostrophe as U+2019; this table stores ASCII ``'``.
* ``ala_lc``: the ALA-LC romanization table for Georgian (Library of
  Congress, 1997, re-approved 2011). Aspirates carry U+02BB MODIFIER LETTER
  TURNED COMMA (tʻ pʻ kʻ čʻ cʻ), ejectives are plain, and ღ ძ ხ are ġ ż x.
  Archaic letters: ჱ ē, ჲ y, ჳ w, ჴ x̣ (x with U+0323 COMBINING DOT BELOW,
  which has no precomposed form), ჵ ō, ჶ f, ჷ ĕ, ჸ ʻ. Sources: Library of
  Congress ScriptShifter table ``georgian.yml`` (2025-12-23); interscript
  maps ``alalc-kat-Geor-Latn-1997`` and ``alalc-kat-Geor-Latn-2011``.

The capital forms are not listed: Mtavruli, Asomtavruli and
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
    example ``"KAN"``). ``national``, ``passport``, ``iso9984``, ``bgn1981``
    and ``ala_lc`` are the romanizations in NFC, or ``None`` where the system
    does not define the letter. ASCII ``'`` is the apostrophe of the national
    and BGN/PCGN 1981 systems. ``key`` is the letter's class in the name key,
    or ``""`` when the name key drops the letter.
    """

    mkhedruli: str
    name: str
    national: str | None
    passport: str | None
    iso9984: str | None
    bgn1981: str | None
    ala_lc: str | None
    key: str


# Name-key classes merge letters that romanizations and Russian spellings
# confuse: every ejective/aspirate pair, ყ with k, ღ with g, ძ with ზ and
# ჟ with ჯ. Archaic letters get the class of their ALA-LC value (ჱ ē, ჲ y,
# ჳ w, ჴ x̣, ჵ ō, ჶ f, ჷ ĕ, per interscript map alalc-kat-Geor-Latn-1997). Of
# the rest, ჹ, ჼ, ჽ and ჿ get the class of their sound, and the signs ჸ, ჺ
# and ჾ are dropped.
LETTERS: Final[tuple[Letter, ...]] = (
    Letter("ა", "AN", "a", "a", "a", "a", "a", "a"),
    Letter("ბ", "BAN", "b", "b", "b", "b", "b", "b"),
    Letter("გ", "GAN", "g", "g", "g", "g", "g", "g"),
    Letter("დ", "DON", "d", "d", "d", "d", "d", "d"),
    Letter("ე", "EN", "e", "e", "e", "e", "e", "e"),
    Letter("ვ", "VIN", "v", "v", "v", "v", "v", "v"),
    Letter("ზ", "ZEN", "z", "z", "z", "z", "z", "z"),
    Letter("თ", "TAN", "t", "t", "t\u0315", "t'", "t\u02bb", "t"),
    Letter("ი", "IN", "i", "i", "i", "i", "i", "i"),
    Letter("კ", "KAN", "k'", "k", "k", "k", "k", "k"),
    Letter("ლ", "LAS", "l", "l", "l", "l", "l", "l"),
    Letter("მ", "MAN", "m", "m", "m", "m", "m", "m"),
    Letter("ნ", "NAR", "n", "n", "n", "n", "n", "n"),
    Letter("ო", "ON", "o", "o", "o", "o", "o", "o"),
    Letter("პ", "PAR", "p'", "p", "p", "p", "p", "p"),
    Letter("ჟ", "ZHAR", "zh", "zh", "ž", "zh", "ž", "j"),
    Letter("რ", "RAE", "r", "r", "r", "r", "r", "r"),
    Letter("ს", "SAN", "s", "s", "s", "s", "s", "s"),
    Letter("ტ", "TAR", "t'", "t", "t", "t", "t", "t"),
    Letter("უ", "UN", "u", "u", "u", "u", "u", "u"),
    Letter("ფ", "PHAR", "p", "p", "p\u0315", "p'", "p\u02bb", "p"),
    Letter("ქ", "KHAR", "k", "k", "k\u0315", "k'", "k\u02bb", "k"),
    Letter("ღ", "GHAN", "gh", "gh", "ḡ", "gh", "ġ", "g"),
    Letter("ყ", "QAR", "q'", "q", "q", "q", "q", "k"),
    Letter("შ", "SHIN", "sh", "sh", "š", "sh", "š", "s"),
    Letter("ჩ", "CHIN", "ch", "ch", "č\u0315", "ch'", "č\u02bb", "ch"),
    Letter("ც", "CAN", "ts", "ts", "c\u0315", "ts'", "c\u02bb", "ts"),
    Letter("ძ", "JIL", "dz", "dz", "j", "dz", "ż", "z"),
    Letter("წ", "CIL", "ts'", "ts", "c", "ts", "c", "ts"),
    Letter("ჭ", "CHAR", "ch'", "ch", "č", "ch", "č", "ch"),
    Letter("ხ", "XAN", "kh", "kh", "x", "kh", "x", "kh"),
    Letter("ჯ", "JHAN", "j", "j", "ǰ", "j", "j", "j"),
    Letter("ჰ", "HAE", "h", "h", "h", "h", "h", "h"),
    # Archaic and dialect letters. The national system and its passport form
    # define none of them. The BGN/PCGN 1981 values of ჱ, ჲ and ჴ are the ones
    # that Pedersen's table prints in brackets.
    Letter("ჱ", "HE", None, None, "ē", "ey", "ē", "e"),
    Letter("ჲ", "HIE", None, None, "y", "j", "y", "i"),
    Letter("ჳ", "WE", None, None, "w", None, "w", "v"),
    Letter("ჴ", "HAR", None, None, "ẖ", "q'", "x\u0323", "kh"),
    Letter("ჵ", "HOE", None, None, "ō", None, "ō", "o"),
    Letter("ჶ", "FI", None, None, "f", None, "f", "p"),
    Letter("ჷ", "YN", None, None, None, None, "ĕ", "e"),
    Letter("ჸ", "ELIFI", None, None, None, None, "\u02bb", ""),
    Letter("ჹ", "TURNED GAN", None, None, None, None, None, "g"),
    Letter("ჺ", "AIN", None, None, None, None, None, ""),
    Letter("ჼ", "NAR", None, None, None, None, None, "n"),  # U+10FC MODIFIER LETTER GEORGIAN NAR
    Letter("ჽ", "AEN", None, None, None, None, None, "e"),
    Letter("ჾ", "HARD SIGN", None, None, None, None, None, ""),
    Letter("ჿ", "LABIAL SIGN", None, None, None, None, None, "v"),
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
