"""Transliteration tables of ICAO Doc 9303 Part 3 section 6 for names in the MRZ.

Source: ICAO Doc 9303 Machine Readable Travel Documents, Eighth Edition 2021,
Part 3 "Specifications Common to all MRTDs", section 6, Table A
"Transliteration of Multinational Latin-based Characters" and Table B
"Transliteration of Cyrillic Characters", as read in December 2026 in the
Markdown conversion of the ICAO PDF in the GitHub repository
ruledicaprio/SynthPass (knowledge/docs9303). The tables are facts of the standard, typed here
from it; ICAO publishes Doc 9303 free of charge.

Where Table A gives two values, the first one is used: Ä AE, Å AA, Ö OE,
Ü UE; Ñ has "N or NXX", and N is used. Table B's exceptions for single
languages (Ukrainian Г H, И Y and YE, YI, Y, YU, YA at the start of a name;
Serbian, Macedonian, Bulgarian and Belarusian values) are not applied, because
the language of a name cannot be read from its letters; callers that know the
language pass the name already romanized. Ь is not in Table B and is dropped.

Table A's dotless ı (I) needs no entry, since upper-casing gives I. Latin
letters with diacritics that Table A writes as the bare letter are also
covered by Unicode decomposition, which :mod:`._names` applies after these
tables; the table lists them anyway so that it reads as the standard does.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CYRILLIC", "LATIN"]

LATIN: Mapping[str, str] = {
    # Table A, U+00C0 to U+00DE.
    "À": "A", "Á": "A", "Â": "A", "Ã": "A", "Ä": "AE", "Å": "AA", "Æ": "AE", "Ç": "C",
    "È": "E", "É": "E", "Ê": "E", "Ë": "E", "Ì": "I", "Í": "I", "Î": "I", "Ï": "I",
    "Ð": "D", "Ñ": "N", "Ò": "O", "Ó": "O", "Ô": "O", "Õ": "O", "Ö": "OE", "Ø": "OE",
    "Ù": "U", "Ú": "U", "Û": "U", "Ü": "UE", "Ý": "Y", "Þ": "TH",
    # Table A, U+0100 to U+017D and U+1E9E.
    "Ā": "A", "Ă": "A", "Ą": "A", "Ć": "C", "Ĉ": "C", "Ċ": "C", "Č": "C", "Ď": "D",
    "Đ": "D", "Ē": "E", "Ĕ": "E", "Ė": "E", "Ę": "E", "Ě": "E", "Ĝ": "G", "Ğ": "G",
    "Ġ": "G", "Ģ": "G", "Ĥ": "H", "Ħ": "H", "Ĩ": "I", "Ī": "I", "Ĭ": "I", "Į": "I",
    "İ": "I", "Ĳ": "IJ", "Ĵ": "J", "Ķ": "K", "Ĺ": "L", "Ļ": "L", "Ľ": "L",
    "Ŀ": "L", "Ł": "L", "Ń": "N", "Ņ": "N", "Ň": "N", "Ŋ": "N", "Ō": "O", "Ŏ": "O",
    "Ő": "O", "Œ": "OE", "Ŕ": "R", "Ŗ": "R", "Ř": "R", "Ś": "S", "Ŝ": "S", "Ş": "S",
    "Š": "S", "Ţ": "T", "Ť": "T", "Ŧ": "T", "Ũ": "U", "Ū": "U", "Ŭ": "U", "Ů": "U",
    "Ű": "U", "Ų": "U", "Ŵ": "W", "Ŷ": "Y", "Ÿ": "Y", "Ź": "Z", "Ż": "Z", "Ž": "Z",
    "ẞ": "SS",
}  # fmt: skip
"""Table A: Latin capital letters with diacritics and ligatures, to MRZ letters."""

CYRILLIC: Mapping[str, str] = {
    "Ё": "E", "Ђ": "D", "Є": "IE", "Ѕ": "DZ", "І": "I", "Ї": "I", "Ј": "J", "Љ": "LJ",
    "Њ": "NJ", "Ќ": "K", "Ў": "U", "Џ": "DZ", "А": "A", "Б": "B", "В": "V", "Г": "G",
    "Д": "D", "Е": "E", "Ж": "ZH", "З": "Z", "И": "I", "Й": "I", "К": "K", "Л": "L",
    "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U",
    "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH", "Щ": "SHCH", "Ъ": "IE", "Ь": "",
    "Ы": "Y", "Э": "E", "Ю": "IU", "Я": "IA", "Ѫ": "U", "Ѵ": "Y", "Ґ": "G", "Ғ": "G",
    "Һ": "C",
}  # fmt: skip
"""Table B: Cyrillic capital letters to MRZ letters, without the single-language exceptions."""
