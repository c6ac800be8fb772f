"""The people of a synthetic population: one record type and a table that reads as a sequence of them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import overload

import pyarrow as pa

from migstd.synth._tables import GEORGIAN


@dataclass(frozen=True)
class SyntheticPerson:
    """A synthetic resident of Georgia, with names in Georgian script (Mkhedruli).

    ``person_id`` is the truth key that links every record of this person.
    ``sex`` is the ISO/IEC 5218 code (``"1"`` male, ``"2"`` female).
    ``patronymic`` is the father's given name, or None when it is not
    recorded. ``personal_number`` has 11 digits and starts with ``99``.
    ``birth_place`` and ``residence`` are codes of
    :data:`migstd.codelists.ge_municipalities`. Documents and the phone are
    None where the person has none. The ``repr`` shows only ``person_id``,
    ``sex``, ``citizenship`` and ``name_origin``, so that code which logs
    people never shows names, dates or numbers.
    """

    person_id: str
    given_name: str = field(repr=False)
    family_name: str = field(repr=False)
    patronymic: str | None = field(repr=False)
    sex: str
    birth_date: date = field(repr=False)
    personal_number: str = field(repr=False)
    citizenship: str = "GEO"
    second_citizenship: str | None = field(default=None, repr=False)
    name_origin: str = GEORGIAN
    birth_place: str | None = field(default=None, repr=False)
    residence: str | None = field(default=None, repr=False)
    id_card_number: str | None = field(default=None, repr=False)
    id_card_expiry: date | None = field(default=None, repr=False)
    passport_number: str | None = field(default=None, repr=False)
    passport_expiry: date | None = field(default=None, repr=False)
    phone: str | None = field(default=None, repr=False)


class Population(Sequence[SyntheticPerson]):
    """A synthetic population: an Arrow table that also reads as a sequence of people.

    ``table`` has the columns :data:`POPULATION_COLUMNS`, with dates as
    ``date32`` and everything else as strings. Indexing and iteration build
    :class:`SyntheticPerson` objects on demand, which is slow for millions of
    people: use ``table`` there. Two populations are equal when their tables
    are equal.
    """

    def __init__(self, table: pa.Table) -> None:
        self._table = table

    @property
    def table(self) -> pa.Table:
        """The people as an Arrow table, one row per person."""
        return self._table

    def __len__(self) -> int:
        return int(self._table.num_rows)

    @overload
    def __getitem__(self, index: int) -> SyntheticPerson: ...

    @overload
    def __getitem__(self, index: slice) -> list[SyntheticPerson]: ...

    def __getitem__(self, index: int | slice) -> SyntheticPerson | list[SyntheticPerson]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step == 1:
                return _people(self._table.slice(start, max(stop - start, 0)))
            return _people(self._table.take(list(range(start, stop, step))))

        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(f"population index {index} out of range for {len(self)} people")
        return _people(self._table.slice(position, 1))[0]

    def __iter__(self) -> Iterator[SyntheticPerson]:
        for batch in self._table.to_batches(max_chunksize=10_000):
            yield from _people(pa.Table.from_batches([batch], schema=self._table.schema))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Population):
            return NotImplemented
        return bool(self._table.equals(other._table))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Population({len(self)} people)"


def _people(table: pa.Table) -> list[SyntheticPerson]:
    return [SyntheticPerson(**row) for row in table.to_pylist()]
