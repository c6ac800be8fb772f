"""Frequency tables of Georgian given names and surnames, read from ``data/`` on first use.

``given_names.tsv`` contains voter-list counts per spelling and sex, and
``surnames.tsv`` a weight per surname spelling, either a published count or an
estimate. The header of each file gives its sources and method.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import accumulate
from typing import Literal

Sex = Literal["M", "F"]

# Russian-style surnames (mostly of Azerbaijani citizens) change with sex, but
# Georgian and Armenian surnames do not. Male forms end in the nominative -ი.
_MALE_SURNAME_ENDINGS = ("ოვი", "ევი")
_FEMALE_SURNAME_ENDINGS = ("ოვა", "ევა")

# A weight of a surname whose form does not vary by sex counts bearers of both
# sexes, so a draw for one sex takes half of it.
_SHARED_FORM_FACTOR = 0.5


@dataclass(frozen=True)
class NameTable:
    """Name spellings with cumulative weights, for drawing names by frequency."""

    names: tuple[str, ...]
    cum_weights: tuple[float, ...]

    def draw(self, rng: random.Random, k: int) -> list[str]:
        """Draw ``k`` names with replacement, each with probability proportional to its weight."""
        return rng.choices(self.names, cum_weights=self.cum_weights, k=k)


def _read_rows(filename: str) -> list[list[str]]:
    """Read a data file: skip ``#`` comment lines and the column header."""
    text = resources.files("migstd.synth").joinpath("data", filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def _table(rows: list[tuple[str, float]]) -> NameTable:
    names = tuple(name for name, _ in rows)
    return NameTable(names, tuple(accumulate(weight for _, weight in rows)))


def surname_sex(georgian: str) -> Sex | None:
    """Return the sex a surname form is used for, or None for a form shared by both.

    >>> surname_sex("მამედოვა"), surname_sex("ბერიძე")
    ('F', None)
    """
    if georgian.endswith(_MALE_SURNAME_ENDINGS):
        return "M"
    if georgian.endswith(_FEMALE_SURNAME_ENDINGS):
        return "F"
    return None


@cache
def given_names(sex: Sex) -> NameTable:
    """Return the given names of one sex weighted by their number of bearers."""
    rows = _read_rows("given_names.tsv")
    return _table([(name, float(count)) for name, row_sex, count in rows if row_sex == sex])


@cache
def given_name_spellings() -> frozenset[str]:
    """Return every given-name spelling in the table, of either sex."""
    return frozenset(row[0] for row in _read_rows("given_names.tsv"))


@cache
def surnames(sex: Sex) -> NameTable:
    """Return the surname forms used for one sex, weighted by their share of that sex."""
    rows = []
    for georgian, weight, _kind in _read_rows("surnames.tsv"):
        form_sex = surname_sex(georgian)
        if form_sex is None:
            rows.append((georgian, float(weight) * _SHARED_FORM_FACTOR))
        elif form_sex == sex:
            rows.append((georgian, float(weight)))
    return _table(rows)
