"""Vectorized draws shared by the population and the extracts: unique serials and formatted numbers."""

from __future__ import annotations

import numbers

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from migstd.errors import SettingsError
from migstd.synth._tables import mobile_prefixes

# Synthetic personal and document numbers start with "99", so that they read
# as synthetic.
# NOTE: nothing checks that no real personal or document number starts with 99.
PERSONAL_NUMBER_PREFIX = "99"

# Passport and ID card numbers: "99", two letters and five digits, the form
# that migstd.identifiers.ge.passport_number and id_card_number accept with
# strict=True.
DOCUMENT_SERIALS = 26 * 26 * 10**5
_LETTER_PAIRS = tuple(chr(65 + first) + chr(65 + second) for first in range(26) for second in range(26))


def check_seed(seed: object) -> int:
    """Return ``seed`` as an ``int``; raise :class:`SettingsError` unless it is an integer 0 or greater.

    numpy's generators take only non-negative seeds, and a seed is not
    personal data, so the message quotes it.
    """
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise SettingsError(f"seed must be an integer 0 or greater, got {seed!r}")
    return int(seed)


def document_numbers(serials: npt.NDArray[np.int64]) -> pa.Array:
    """Map serials to ``99`` + two letters + five digits."""
    letters, digits = np.divmod(serials, 10**5)
    pairs = pa.array(_LETTER_PAIRS, type=pa.string()).take(pa.array(letters))
    return pc.binary_join_element_wise(PERSONAL_NUMBER_PREFIX, pairs, _padded(digits, 5), "")


def mobile_numbers(rng: np.random.Generator, size: int) -> pa.Array:
    """Draw E.164 mobile numbers: +995, a mobile block and random digits to nine in all."""
    blocks = mobile_prefixes()
    block_index = blocks.draw(rng, size)
    prefixes = np.array([int(prefix) for prefix in blocks.values], dtype=np.int64)[block_index]
    free_digits = np.array([9 - len(prefix) for prefix in blocks.values], dtype=np.int64)[block_index]

    scale = 10**free_digits
    national = prefixes * scale + (rng.random(size) * scale).astype(np.int64)
    return pc.binary_join_element_wise("+995", pc.cast(pa.array(national), pa.string()), "")


def numbered(prefix: str, numbers: npt.NDArray[np.int64], digits: int) -> pa.Array:
    """Format numbers as ``prefix`` + the number padded with zeros to ``digits`` digits."""
    return pc.binary_join_element_wise(prefix, _padded(numbers, digits), "")


def _padded(numbers: npt.NDArray[np.int64], digits: int) -> pa.Array:
    return pc.utf8_lpad(pc.cast(pa.array(numbers, type=pa.int64()), pa.string()), width=digits, padding="0")


def unique_integers(rng: np.random.Generator, high: int, size: int) -> npt.NDArray[np.int64]:
    """Draw ``size`` distinct integers from ``[0, high)`` in random order."""
    if size > high:
        raise SettingsError(f"cannot draw {size} distinct numbers from {high}")

    values = np.zeros(0, dtype=np.int64)
    while len(values) < size:
        extra = rng.integers(0, high, size=size - len(values) + size // 10 + 16)
        values = np.concatenate([values, extra])
        _, first = np.unique(values, return_index=True)
        values = values[np.sort(first)]
    return values[:size]
