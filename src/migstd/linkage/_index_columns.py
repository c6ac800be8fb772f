"""Encoded columns of a growing population, and their term frequencies.

A batch is prepared on its own, so its codes number only its own distinct
values. :class:`PopulationColumn` translates them into the population's codes
and appends the values the population has not seen yet. It also counts the
records per exact value, so that the term frequencies of the whole population
stay current without a recount.

>>> from migstd.linkage._prepare import EncodedColumn
>>> column = PopulationColumn(
...     EncodedColumn(np.array([0, 1, 0], dtype=np.int32), {"value": np.array(["a", "b"], dtype=object)}),
...     exact_value_key="value",
... )
>>> column.add(EncodedColumn(np.array([0, -1], dtype=np.int32), {"value": np.array(["c"], dtype=object)}))
>>> column.add(EncodedColumn(np.array([0], dtype=np.int32), {"value": np.array(["a"], dtype=object)}))
>>> column.encoded.codes.tolist()
[0, 1, 0, 2, -1, 0]
>>> column.term_frequencies().tolist()
[0.6, 0.2, 0.2]
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from migstd.linkage._comparison_base import fixed_width_text
from migstd.linkage._prepare import EncodedColumn

__all__ = ["PopulationColumn"]


def _value_tuples(values: dict[str, npt.NDArray[Any]], names: list[str]) -> list[tuple[Any, ...]]:
    """Return the prepared values of each code as one tuple, the key that merges equal values."""
    return list(zip(*(values[name].tolist() for name in names), strict=True))


class PopulationColumn:
    """One field's codes for every record of the population, and the prepared values per code.

    ``exact_value_key`` names the value whose equality is the exact level of a
    comparison with term-frequency adjustments, or is ``None`` for a field
    without them.
    """

    def __init__(self, encoded: EncodedColumn, exact_value_key: str | None) -> None:
        self.encoded = encoded
        self._names = list(encoded.values)
        self._lookup: dict[tuple[Any, ...], int] | None = None
        self._exact_value_key = exact_value_key

        # Records per code, and per code the group of codes that share its exact value.
        self._code_counts = np.bincount(encoded.codes[encoded.codes >= 0], minlength=encoded.size)
        self._groups: dict[str, int] = {}
        self._code_group = np.zeros(0, dtype=np.int64)
        if exact_value_key is not None:
            self._code_group = self._group_codes(0, encoded.size)

    def _group_codes(self, start: int, stop: int) -> npt.NDArray[np.int64]:
        """Return the exact-value group of codes ``start`` to ``stop``, adding new groups."""
        if self._exact_value_key is None or stop <= start:
            return np.zeros(0, dtype=np.int64)
        exact = fixed_width_text(self.encoded.values[self._exact_value_key][start:stop])
        return np.array(
            [self._groups.setdefault(value, len(self._groups)) for value in exact], dtype=np.int64
        )

    def _lookup_table(self) -> dict[tuple[Any, ...], int]:
        if self._lookup is None:
            tuples = _value_tuples(self.encoded.values, self._names) if self._names else []
            self._lookup = {key: code for code, key in enumerate(tuples)}
        return self._lookup

    def add(self, batch: EncodedColumn) -> None:
        """Append a batch's records, translating its codes into the population's."""
        if not self._names:
            self._names = list(batch.values)
        lookup = self._lookup_table()
        old_size = self.encoded.size
        translate = np.full(batch.size + 1, -1, dtype=np.int32)
        new_codes: list[int] = []
        for batch_code, key in enumerate(_value_tuples(batch.values, self._names) if batch.size else []):
            code = lookup.get(key)
            if code is None:
                code = old_size + len(new_codes)
                lookup[key] = code
                new_codes.append(batch_code)
            translate[batch_code] = code

        values = dict(self.encoded.values)
        if new_codes:
            taken = np.array(new_codes, dtype=np.int64)
            for name in self._names:
                existing = values.get(name, np.array([], dtype=object))
                values[name] = np.concatenate([existing, batch.values[name][taken]]).astype(object)
        codes = translate[batch.codes]  # code -1 reads the last slot, which is -1
        self.encoded = EncodedColumn(np.concatenate([self.encoded.codes, codes]), values)

        counts = np.bincount(codes[codes >= 0], minlength=self.encoded.size)
        counts[: len(self._code_counts)] += self._code_counts
        self._code_counts = counts
        self._code_group = np.concatenate([self._code_group, self._group_codes(old_size, self.encoded.size)])

    def term_frequencies(self) -> npt.NDArray[np.float64]:
        """Return per code the share of the records with a value that has its exact value.

        Shares are floored at one record, as the linkage job floors them.
        Returns an empty array for a field without term-frequency adjustments
        or without values.
        """
        present = int(self._code_counts.sum())
        if self._exact_value_key is None or present == 0:
            return np.zeros(0)
        group_counts = np.bincount(self._code_group, weights=self._code_counts, minlength=len(self._groups))
        frequencies: npt.NDArray[np.float64] = np.maximum(
            group_counts[self._code_group] / present, 1 / present
        )
        return frequencies
