"""The ICAO Doc 9303 check digit: weights 7, 3, 1 repeated, modulus 10.

Doc 9303 Part 3 section 4.9 gives the digits 0-9 their own value, the letters
A-Z the values 10 to 35 and the filler ``<`` the value 0:

>>> check_digit("520727"), check_digit("AB2134<<<")
('3', '5')
>>> check_digit("L898902C3")
'6'

The sum runs in C: the field is encoded once, split into the characters of
weight 7, 3 and 1 by slicing, and each slice is mapped by ``bytes.translate``
to the products modulo 10, which ``sum`` adds. The caller checks that the
field has MRZ characters only; any other byte counts as 0.
"""

from __future__ import annotations

__all__ = ["MRZ_CHARACTERS", "character_value", "check_digit", "check_digit_of_bytes"]

MRZ_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"


def character_value(character: str) -> int:
    """Return the check-digit value of one MRZ character: 0-9, A-Z 10-35, ``<`` 0."""
    if character == "<":
        return 0
    return MRZ_CHARACTERS.index(character)


def _products_table(weight: int) -> bytes:
    """Return a 256-byte table from a character's byte to its value times ``weight``, modulo 10."""
    table = bytearray(256)
    for character in MRZ_CHARACTERS:
        table[ord(character)] = character_value(character) * weight % 10
    return bytes(table)


_TIMES_7 = _products_table(7)
_TIMES_3 = _products_table(3)
_TIMES_1 = _products_table(1)

_DIGITS = "0123456789"


def check_digit(field: str) -> str:
    """Return the check digit of ``field``, a string of MRZ characters, as one character."""
    return check_digit_of_bytes(field.encode("ascii", "replace"))


def check_digit_of_bytes(data: bytes) -> str:
    """Return the check digit of ASCII-encoded MRZ characters, for callers that encode a line once."""
    total = (
        sum(data[0::3].translate(_TIMES_7))
        + sum(data[1::3].translate(_TIMES_3))
        + sum(data[2::3].translate(_TIMES_1))
    )
    return _DIGITS[total % 10]
