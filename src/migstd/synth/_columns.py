"""Columns of agency extracts with errors injected, built column by column.

Most work is done once per distinct name (romanization, variant spellings,
Russian and short forms) or with numpy over whole columns. Only the values
that take a typo or a changed date are edited one by one.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from migstd.synth._corrupt import CorruptionRates, change_date_component, typo
from migstd.synth._forms import has_russian_given_form, icao_latin, mtavruli, russian_form, short_forms
from migstd.synth._variants import passport_latin, variant_spellings

ObjectArray = npt.NDArray[np.object_]


class Injector:
    """Draws which values take an error: numpy for the choice, ``random`` for one-by-one edits."""

    def __init__(self, seed: int, stream: str) -> None:
        digest = [ord(character) for character in stream]
        self.rng = np.random.default_rng([seed, *digest])
        self.edits = random.Random(f"{stream}:{seed}")

    def choose(self, eligible: npt.NDArray[np.bool_], rate: float) -> npt.NDArray[np.bool_]:
        """Choose values among ``eligible`` so that a share ``rate`` of all values is chosen.

        Eligible values are chosen with probability ``rate`` divided by their
        share, capped at 1.
        """
        size = len(eligible)
        eligible_count = int(eligible.sum())
        draws = self.rng.random(size)
        if eligible_count == 0 or rate <= 0:
            return np.zeros(size, dtype=bool)
        probability = min(1.0, rate * size / eligible_count)
        return eligible & (draws < probability)

    def every(self, size: int, rate: float) -> npt.NDArray[np.bool_]:
        """Choose each of ``size`` values with probability ``rate``."""
        return self.choose(np.ones(size, dtype=bool), rate)


def _encoded(names: pa.Array) -> tuple[npt.NDArray[np.intp], list[str]]:
    """Return the dictionary indices of a name column and its distinct names."""
    encoded = pc.dictionary_encode(names)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    return encoded.indices.to_numpy(zero_copy_only=False).astype(np.intp), encoded.dictionary.to_pylist()


def _pick(
    injector: Injector,
    indices: npt.NDArray[np.intp],
    options: Sequence[Sequence[str]],
    rate: float,
    values: ObjectArray,
) -> npt.NDArray[np.bool_]:
    """Replace chosen values by one of the options of their distinct name; return the rows changed."""
    counts = np.array([len(choices) for choices in options], dtype=np.int64)
    flat = np.array([choice for choices in options for choice in choices] or [""], dtype=object)
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]]) if len(counts) else np.zeros(0, dtype=np.int64)

    chosen = injector.choose(counts[indices] > 0 if len(counts) else np.zeros(len(indices), bool), rate)
    rows = np.flatnonzero(chosen)
    names = indices[rows]
    picks = (injector.rng.random(len(rows)) * counts[names]).astype(np.int64)
    values[rows] = flat[offsets[names] + picks]
    return chosen


def latin_names(
    names: pa.Array, *, given_name: bool, rates: CorruptionRates, injector: Injector
) -> ObjectArray:
    """Romanize a column of Georgian names as passports print them, with errors at ``rates``.

    Applies, in order: another romanization, a Russian form and a short form
    (given names only), then a typo.
    """
    indices, distinct = _encoded(names)
    values: ObjectArray = np.array([passport_latin(name) for name in distinct] or [""], dtype=object)[indices]

    variants = [variant_spellings(name, given_name=given_name) for name in distinct]
    _pick(injector, indices, variants, rates.romanization, values)
    if given_name:
        russian = [
            (icao_latin(russian_form(name, given_name=True)),) if has_russian_given_form(name) else ()
            for name in distinct
        ]
        _pick(injector, indices, russian, rates.russian_form, values)
        short = [tuple(passport_latin(form) for form in short_forms(name)) for name in distinct]
        _pick(injector, indices, short, rates.short_form, values)

    apply_typos(values, injector.every(len(values), rates.typo), injector.edits)
    return values


def cyrillic_names(names: pa.Array, *, given_name: bool) -> ObjectArray:
    """Write a column of Georgian names in their Russian Cyrillic forms."""
    indices, distinct = _encoded(names)
    forms = [russian_form(name, given_name=given_name) for name in distinct]
    return np.array(forms or [""], dtype=object)[indices]


def apply_typos(values: ObjectArray, chosen: npt.NDArray[np.bool_], edits: random.Random) -> None:
    """Give each chosen non-empty value one typo, in place."""
    for row in np.flatnonzero(chosen):
        if values[row]:
            values[row] = typo(values[row], edits)


def in_mtavruli(columns: Sequence[ObjectArray], chosen: npt.NDArray[np.bool_]) -> None:
    """Write the chosen rows of Georgian-script columns in Mtavruli capitals, in place."""
    rows = np.flatnonzero(chosen)
    for values in columns:
        values[rows] = [None if value is None else mtavruli(value) for value in values[rows]]


def birth_dates(dates: pa.Array, *, rates: CorruptionRates, injector: Injector) -> pa.Array:
    """Write birth dates as ISO strings, with swaps, changes and missing values at ``rates``."""
    days = pc.cast(dates, pa.date32()).to_numpy(zero_copy_only=False).astype("datetime64[D]")
    years = days.astype("datetime64[Y]")
    months = days.astype("datetime64[M]")
    day = (days - months).astype(np.int64) + 1
    month = (months - years).astype(np.int64) + 1

    swappable = (day <= 12) & (day != month)
    swap = injector.choose(swappable, rates.day_month_swap)
    swapped = (years.astype("datetime64[M]") + (day - 1)).astype("datetime64[D]") + (month - 1)
    days = np.where(swap, swapped, days)

    change = injector.every(len(days), rates.date_change)
    changed = _edit_dates(days, change, lambda value: change_date_component(value, injector.edits))
    missing = injector.every(len(days), rates.birth_date_missing)
    text = pc.cast(pa.array(changed, type=pa.date32()), pa.string())
    return pc.if_else(pa.array(missing), pa.scalar(None, pa.string()), text)


def _edit_dates(
    days: npt.NDArray[np.datetime64], chosen: npt.NDArray[np.bool_], edit: Callable[[date], date]
) -> npt.NDArray[np.datetime64]:
    edited = days.copy()
    for row in np.flatnonzero(chosen):
        edited[row] = np.datetime64(edit(days[row].item()), "D")
    return edited


def partial_dates(dates: pa.Array, chosen: npt.NDArray[np.bool_]) -> pa.Array:
    """Write birth dates as ISO strings, the chosen ones as ``YYYY-00-00``."""
    full = pc.cast(dates, pa.string())
    year_only = pc.binary_join_element_wise(pc.utf8_slice_codeunits(full, 0, 4), "-00-00", "")
    return pc.if_else(pa.array(chosen), year_only, full)


def blank(values: pa.Array, chosen: npt.NDArray[np.bool_]) -> pa.Array:
    """Set the chosen values to null."""
    return pc.if_else(pa.array(chosen), pa.scalar(None, values.type), values)


def replace(values: pa.Array, chosen: npt.NDArray[np.bool_], replacements: pa.Array) -> pa.Array:
    """Replace the chosen non-null values by the replacements of the same rows."""
    chosen_present = pc.and_(pa.array(chosen), pc.is_valid(values))
    return pc.if_else(chosen_present, replacements, values)
