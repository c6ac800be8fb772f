"""Weighted tables for the vectorized population generator, read from ``data/`` on first use.

Each table is a :class:`Weighted`: values in a fixed order with probabilities
that sum to 1, ready for ``numpy.random.Generator.choice``. The headers of
the data files give their sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from migstd.synth._names import Sex, given_names, surname_sex, surnames

GEORGIAN = "georgian"
"""The name origin of everyone not in one of the minority groups."""


@dataclass(frozen=True)
class Weighted:
    """Values with their probabilities, for drawing with ``numpy``."""

    values: tuple[str, ...]
    probabilities: npt.NDArray[np.float64]

    def draw(self, rng: np.random.Generator, size: int) -> npt.NDArray[np.intp]:
        """Draw ``size`` indices into ``values`` with replacement."""
        if size == 0:
            return np.zeros(0, dtype=np.intp)
        return rng.choice(len(self.values), size=size, p=self.probabilities)


def _weighted(rows: list[tuple[str, float]]) -> Weighted:
    weights = np.array([weight for _, weight in rows], dtype=np.float64)
    return Weighted(tuple(value for value, _ in rows), weights / weights.sum())


def read_rows(filename: str) -> list[list[str]]:
    """Read a data file: skip ``#`` comment lines and the column header."""
    text = resources.files("migstd.synth").joinpath("data", filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


@cache
def name_origins() -> Weighted:
    """Return the name origins (ethnic groups) weighted by their 2014 census counts."""
    counts = {group: int(count) for group, count in read_rows("ethnic_groups.tsv")}
    total = counts.pop("total")
    return _weighted([(GEORGIAN, float(total - sum(counts.values()))), *counts.items()])


@cache
def minority_names() -> frozenset[str]:
    """Return every spelling in the minority name table."""
    return frozenset(row[3] for row in read_rows("minority_names.tsv"))


@cache
def given_name_table(origin: str, sex: Sex) -> Weighted:
    """Return the given names of one origin and sex with their probabilities."""
    if origin == GEORGIAN:
        table = given_names(sex)
        weights = np.diff(np.array(table.cum_weights), prepend=0.0)
        return Weighted(table.names, weights / weights.sum())

    rows = [
        (name, float(weight))
        for group, kind, row_sex, name, weight, _kind in read_rows("minority_names.tsv")
        if group == origin and kind == "given" and row_sex == sex
    ]
    return _weighted(rows)


@cache
def surname_table(origin: str, sex: Sex) -> Weighted:
    """Return the surname forms of one origin used for one sex, with their probabilities.

    Georgian surnames are those of ``surnames.tsv`` without the spellings that
    the minority table assigns to a group and without Russian-style forms,
    which belong to the minority groups.
    """
    if origin == GEORGIAN:
        table = surnames(sex)
        weights = np.diff(np.array(table.cum_weights), prepend=0.0)
        excluded = minority_names()
        rows = [
            (name, float(weight))
            for name, weight in zip(table.names, weights, strict=True)
            if name not in excluded and surname_sex(name) is None
        ]
        return _weighted(rows)

    rows = [
        (name, float(weight))
        for group, kind, row_sex, name, weight, _kind in read_rows("minority_names.tsv")
        if group == origin and kind == "surname" and row_sex in (sex, "B")
    ]
    return _weighted(rows)


@dataclass(frozen=True)
class AgeTable:
    """Ages in whole years with their probabilities for each sex, and the male share."""

    ages: npt.NDArray[np.int64]
    male: npt.NDArray[np.float64]
    female: npt.NDArray[np.float64]
    male_share: float


@cache
def age_table() -> AgeTable:
    """Return single-year ages spread evenly over the five-year groups of ``age_groups.tsv``."""
    rows = [tuple(int(value) for value in row) for row in read_rows("age_groups.tsv")]
    ages = np.arange(rows[0][0], rows[-1][1] + 1)
    male = np.zeros(len(ages))
    female = np.zeros(len(ages))
    for age_from, age_to, men, women in rows:
        span = age_to - age_from + 1
        male[age_from : age_to + 1] = men / span
        female[age_from : age_to + 1] = women / span
    share = male.sum() / (male.sum() + female.sum())
    return AgeTable(ages, male / male.sum(), female / female.sum(), float(share))


@cache
def birthplace_table(table: str) -> Weighted:
    """Return the municipality codes of one birthplace table with their probabilities."""
    rows = [(code, float(weight)) for name, code, weight in read_rows("birthplaces.tsv") if name == table]
    return _weighted(rows)


@cache
def birthplace_tables() -> frozenset[str]:
    """Return the names of the birthplace tables."""
    return frozenset(row[0] for row in read_rows("birthplaces.tsv"))


@cache
def mobile_prefixes() -> Weighted:
    """Return the Georgian mobile number blocks after +995 with their probabilities."""
    return _weighted([(prefix, float(weight)) for prefix, weight in read_rows("mobile_prefixes.tsv")])
