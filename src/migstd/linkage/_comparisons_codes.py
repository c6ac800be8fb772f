"""Comparisons of numbers and codes: document and personal numbers, phones, countries.

>>> IdentifierComparison("document_number").level_names
('exact', 'levenshtein_1', 'transposition', 'else')
>>> PhoneComparison("phone").level_names
('exact', 'last_7_digits', 'else')
>>> CountryComparison("citizenship").level_names
('exact', 'historic_successor', 'else')
>>> bool(related_countries(np.array(["SUN", "YUG", "GEO"]), np.array(["GEO", "SRB", "RUS"])).all())
False
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from migstd.codelists import countries
from migstd.errors import SettingsError
from migstd.linkage._comparison_base import Comparison, Levels, Values, assign, fixed_width_text, strings

__all__ = [
    "CountryComparison",
    "IdentifierComparison",
    "PhoneComparison",
    "related_countries",
]


@dataclass(frozen=True)
class IdentifierComparison(Comparison):
    """A document or personal number, compared for the errors of typing a number.

    Values are compacted first: upper case, with spaces, hyphens, slashes and
    other non-alphanumeric characters removed, so ``12 345-678`` and
    ``12345678`` are the same number. Fullwidth and other compatibility forms
    become plain letters and digits (NFKC), and Cyrillic capitals that look
    like Latin ones (А, В, Е, К, М, Н, О, Р, С, Т, У, Х) become those Latin
    letters, as when a number is typed on a Cyrillic keyboard. Levels,
    strongest first:

    - ``exact``: the same compact number;
    - ``levenshtein_1``: one character inserted, deleted or replaced;
    - ``transposition``: two adjacent characters swapped (12354678 against
      12345678), which is one edit in the Damerau sense but two in Levenshtein's;
    - ``else``.
    """

    kind: ClassVar[str] = "identifier"

    @property
    def level_names(self) -> tuple[str, ...]:
        return ("exact", "levenshtein_1", "transposition", "else")

    def levels(self, left: Values, right: Values) -> Levels:
        a, b = left["value"], right["value"]
        levels = np.full(len(a), -1, dtype=np.int8)
        assign(levels, a == b, 0)

        todo = levels < 0
        distances = np.zeros(len(a), dtype=np.int64)
        if todo.any():
            # Only distances 1 and 2 set a level, so rapidfuzz may stop at 2 and return 3 for farther pairs.
            found = process.cpdist(
                strings(a[todo]), strings(b[todo]), scorer=Levenshtein.distance, score_cutoff=2
            )
            distances[todo] = np.asarray(found, dtype=np.int64)
        assign(levels, distances == 1, 1)

        # A transposition is two Levenshtein edits and one in the optimal string
        # alignment distance, which counts a swap of adjacent characters as one.
        todo = (levels < 0) & (distances == 2)
        swapped = np.zeros(len(a), dtype=bool)
        if todo.any():
            aligned = process.cpdist(strings(a[todo]), strings(b[todo]), scorer=OSA.distance)
            swapped[todo] = np.asarray(aligned) == 1
        assign(levels, swapped, 2)

        assign(levels, np.ones(len(a), dtype=bool), 3)
        return levels

    def screen_features(self, values: Values) -> dict[str, npt.NDArray[Any]]:
        return affix_hashes(values["value"])

    def may_agree(
        self,
        left: Mapping[str, npt.NDArray[Any]],
        right: Mapping[str, npt.NDArray[Any]],
        left_codes: npt.NDArray[np.int32],
        right_codes: npt.NDArray[np.int32],
    ) -> npt.NDArray[np.bool_]:
        """Keep the pairs that may be one edit or one transposition apart.

        Such an edit changes at most two adjacent characters, so in two
        numbers of at least ``2k + 1`` characters either the first ``k`` or
        the last ``k`` characters are the same, and the lengths differ by at
        most one. ``k`` is ``(length - 1) // 2`` of the shorter number, at
        most 5; numbers shorter than 7 characters or longer than
        :func:`affix_hashes` hashes are kept.
        """
        # One word per number contains its length and its own affixes, so two
        # gathers and one XOR compare everything. Numbers of one length share k,
        # so their affixes compare directly. A number too short or too long to
        # hash has zero affixes, so two such numbers of one length are kept.
        signature_a, signature_b = left["signature"][left_codes], right["signature"][right_codes]
        differing = signature_a ^ signature_b
        same_length = (differing & _LENGTH_MASK) == 0
        kept: npt.NDArray[np.bool_] = same_length & (
            ((differing >> _HEAD_SHIFT) == 0) | (((differing >> _TAIL_SHIFT) & _AFFIX_MASK) == 0)
        )
        # Lengths are read only where they differ, which in most columns is rare.
        other_length = np.flatnonzero(~same_length)
        lengths_a = (signature_a[other_length] & _LENGTH_MASK).astype(np.int16)
        lengths_b = (signature_b[other_length] & _LENGTH_MASK).astype(np.int16)
        uneven = other_length[np.abs(lengths_a - lengths_b) == 1]
        if len(uneven):
            kept[uneven] = _uneven_may_agree(left, right, left_codes[uneven], right_codes[uneven])
        return kept


# Affix lengths of the identifier screen, and the shortest and longest numbers it hashes.
_MIN_AFFIX, _MAX_AFFIX = 3, 5
_MIN_HASHED_LENGTH = 2 * _MIN_AFFIX + 1
_MAX_HASHED_LENGTH = 40


def _uneven_may_agree(
    left: Mapping[str, npt.NDArray[Any]],
    right: Mapping[str, npt.NDArray[Any]],
    left_codes: npt.NDArray[np.int32],
    right_codes: npt.NDArray[np.int32],
) -> npt.NDArray[np.bool_]:
    """Screen numbers whose lengths differ by one, with the affixes of the shorter one's ``k``."""
    length_a, length_b = left["length"][left_codes], right["length"][right_codes]
    affix = np.minimum((np.minimum(length_a, length_b) - 1) // 2, _MAX_AFFIX)
    hashed = (affix >= _MIN_AFFIX) & (np.maximum(length_a, length_b) <= _MAX_HASHED_LENGTH)
    width = _MAX_AFFIX - _MIN_AFFIX + 1
    slot = np.where(hashed, affix - _MIN_AFFIX, 0)
    left_index = left_codes.astype(np.int64) * width + slot
    right_index = right_codes.astype(np.int64) * width + slot
    same_head = left["heads"][left_index] == right["heads"][right_index]
    same_tail = left["tails"][left_index] == right["tails"][right_index]
    kept: npt.NDArray[np.bool_] = ~hashed | same_head | same_tail
    return kept


def affix_hashes(values: npt.NDArray[Any]) -> dict[str, npt.NDArray[Any]]:
    """Return each string's length and 32-bit hashes of its first and last characters.

    ``heads`` and ``tails`` contain, for string ``i`` and affix length ``k``
    from 3 to 5, the hash at ``i * 3 + k - 3``. ``signature`` packs each
    string's length and its own pair of hashes, for ``k = (length - 1) // 2``
    and at most 5, in one 64-bit word. Strings shorter than 7 or longer than
    40 characters are not hashed: their pair of hashes is zero.
    """
    count = len(values)
    width = _MAX_AFFIX - _MIN_AFFIX + 1
    lengths = np.fromiter((len(value) for value in values), dtype=np.int64, count=count)
    # Hashes are kept to 32 bits: two affixes that collide only keep a pair the screen could have dropped.
    heads = np.zeros((count, width), dtype=np.uint32)
    tails = np.zeros((count, width), dtype=np.uint32)
    hashed = np.flatnonzero(lengths <= _MAX_HASHED_LENGTH)
    # In slices: the characters of a million numbers as one array would take hundreds of megabytes.
    for start in range(0, len(hashed), _HASH_SLICE):
        part = hashed[start : start + _HASH_SLICE]
        _hash_affixes(fixed_width_text(values[part]), lengths[part], heads, tails, part)
    own = np.clip((lengths - 1) // 2, _MIN_AFFIX, _MAX_AFFIX) - _MIN_AFFIX
    head, tail = heads[np.arange(count), own], tails[np.arange(count), own]
    unhashed = (lengths < _MIN_HASHED_LENGTH) | (lengths > _MAX_HASHED_LENGTH)
    head[unhashed], tail[unhashed] = 0, 0
    signature = (
        ((head.astype(np.uint64) & _AFFIX_MASK) << _HEAD_SHIFT)
        | ((tail.astype(np.uint64) & _AFFIX_MASK) << _TAIL_SHIFT)
        | np.minimum(lengths, int(_LENGTH_MASK)).astype(np.uint64)
    )
    return {
        "length": lengths.astype(np.int16) if count and lengths.max() < 2**15 else lengths,
        "signature": signature,
        "heads": heads.reshape(-1),
        "tails": tails.reshape(-1),
    }


# The screen's signature of a number: 28 bits of its head's hash, 28 of its
# tail's, and its length in the low 8 bits (255 for any longer number).
_AFFIX_MASK = np.uint64((1 << 28) - 1)
_HEAD_SHIFT, _TAIL_SHIFT = np.uint64(36), np.uint64(8)
_LENGTH_MASK = np.uint64(0xFF)

# Strings hashed at a time by affix_hashes.
_HASH_SLICE = 100_000


def _hash_affixes(
    texts: npt.NDArray[np.str_],
    lengths: npt.NDArray[np.int64],
    heads: npt.NDArray[np.uint32],
    tails: npt.NDArray[np.uint32],
    rows_out: npt.NDArray[np.intp],
) -> None:
    """Write the affix hashes of some strings into their rows of ``heads`` and ``tails``."""
    characters = texts.view(np.uint32).reshape(len(texts), -1)
    # Zeros on both sides, so strings shorter than the longest affix are read safely.
    padded = np.zeros((len(texts), characters.shape[1] + 2 * _MAX_AFFIX), dtype=np.uint32)
    padded[:, _MAX_AFFIX : _MAX_AFFIX + characters.shape[1]] = characters
    ends = lengths + _MAX_AFFIX
    rows = np.arange(len(texts))
    head = np.zeros(len(texts), dtype=np.uint64)
    tail = np.zeros(len(texts), dtype=np.uint64)
    multiplier = np.uint64(0x100000001B3)
    with np.errstate(over="ignore"):
        for position in range(_MAX_AFFIX):
            head = head * multiplier + padded[:, _MAX_AFFIX + position]
            tail = tail * multiplier + padded[rows, ends - 1 - position]
            if position + 1 >= _MIN_AFFIX:
                heads[rows_out, position + 1 - _MIN_AFFIX] = head.astype(np.uint32)
                tails[rows_out, position + 1 - _MIN_AFFIX] = tail.astype(np.uint32)


# E.164 allows 15 digits; keeping fewer than 4 would agree by chance too often.
_PHONE_DIGITS_RANGE = (4, 14)


@dataclass(frozen=True)
class PhoneComparison(Comparison):
    """A phone number, compared in E.164 after parsing with :mod:`migstd.identifiers.phone`.

    A number without ``+`` is read as Georgian (default region GE), so
    ``577 31 62 09``, ``0 577 31 62 09`` and ``+995 577 31 62 09`` are the same
    number. A value that is no valid phone number is missing. Levels,
    strongest first:

    - ``exact``: the same E.164 number;
    - ``last_N_digits``: the last ``digits`` digits agree (7 by default), as
      for one subscriber recorded with a different operator or area code, or
      a wrong country code;
    - ``else``.
    """

    digits: int = 7

    kind: ClassVar[str] = "phone"

    def __post_init__(self) -> None:
        super().__post_init__()
        low, high = _PHONE_DIGITS_RANGE
        whole = isinstance(self.digits, int) and not isinstance(self.digits, bool)
        if not whole or not low <= self.digits <= high:
            raise SettingsError(
                f"PhoneComparison: digits must be a whole number from {low} to {high}, got {self.digits!r}"
            )

    @property
    def level_names(self) -> tuple[str, ...]:
        return ("exact", f"last_{self.digits}_digits", "else")

    def levels(self, left: Values, right: Values) -> Levels:
        # "number" is the E.164 number without "+" as an integer, so its last
        # digits are its remainder by a power of ten.
        a, b = left["number"].astype(np.int64), right["number"].astype(np.int64)
        modulus = np.int64(10**self.digits)
        levels = np.full(len(a), -1, dtype=np.int8)
        assign(levels, a == b, 0)
        assign(levels, a % modulus == b % modulus, 1)
        assign(levels, np.ones(len(a), dtype=bool), 2)
        return levels

    def screen_features(self, values: Values) -> dict[str, npt.NDArray[Any]]:
        return {"last_digits": values["number"].astype(np.int64) % np.int64(10**self.digits)}

    def may_agree(
        self,
        left: Mapping[str, npt.NDArray[Any]],
        right: Mapping[str, npt.NDArray[Any]],
        left_codes: npt.NDArray[np.int32],
        right_codes: npt.NDArray[np.int32],
    ) -> npt.NDArray[np.bool_]:
        """Keep the pairs whose last digits agree: both levels above ``else`` need them."""
        kept: npt.NDArray[np.bool_] = left["last_digits"][left_codes] == right["last_digits"][right_codes]
        return kept

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "digits": self.digits}


@dataclass(frozen=True)
class CountryComparison(Comparison):
    """A country, such as a citizenship, compared through the successions of states.

    Values are read as any code or name in :data:`migstd.codelists.countries`
    and compared as ISO 3166 alpha-3 codes. Levels, strongest first:

    - ``exact``: the same country;
    - ``historic_successor``: one country is a successor of the other, or the
      two share a successor, as the list's ``successors`` record them: SUN
      (the Soviet Union) and GEO, YUG (Yugoslavia) and SRB, YUG and SCG
      (Serbia and Montenegro), CSK and SVK. Two successors of one state, such
      as GEO and RUS, are different countries and fall to ``else``;
    - ``else``.
    """

    kind: ClassVar[str] = "country"

    @property
    def level_names(self) -> tuple[str, ...]:
        return ("exact", "historic_successor", "else")

    def levels(self, left: Values, right: Values) -> Levels:
        a, b = left["value"], right["value"]
        levels = np.full(len(a), -1, dtype=np.int8)
        assign(levels, a == b, 0)
        assign(levels, related_countries(a, b), 1)
        assign(levels, np.ones(len(a), dtype=bool), 2)
        return levels


def related_countries(left: npt.NDArray[Any], right: npt.NDArray[Any]) -> npt.NDArray[np.bool_]:
    """Return, pair by pair, whether two alpha-3 codes share a country that succeeded them.

    A country in force is its own successor, so a retired country and one of
    its successors are related, and two countries in force only to themselves.
    The relation is computed once per pair of distinct codes.
    """
    encoded = pc.dictionary_encode(pa.array(np.concatenate([left, right]).tolist(), type=pa.string()))
    codes = encoded.dictionary.to_pylist()
    inverse = np.asarray(encoded.indices.to_numpy(zero_copy_only=False), dtype=np.int64)
    successor_sets = [_successor_codes(code) for code in codes]
    related = np.array(
        [[bool(first & second) for second in successor_sets] for first in successor_sets], dtype=bool
    )
    related &= ~np.eye(len(codes), dtype=bool)
    return related[inverse[: len(left)], inverse[len(left) :]]


def _successor_codes(code: str) -> frozenset[str]:
    try:
        return frozenset(entry.code for entry in countries.successors(code))
    except LookupError:
        return frozenset({code})
