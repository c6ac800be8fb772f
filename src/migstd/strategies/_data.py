"""Tables that the strategies draw from, read on first use from data files that migstd ships.

The name and phone tables are the data files of :mod:`migstd.synth`, whose
headers give their sources (the August 2012 voter list as published by
JumpStart Georgia, Faker's ka_GE lists, libphonenumber's carrier data); the
given-name aliases are ``migstd/script/data/given_name_aliases.tsv``. The
files are read as package resources of ``migstd``, so no code of
:mod:`migstd.synth`, a module of the same layer, is imported.

Every table is sorted most frequent first, so that ``sampled_from`` shrinks
towards the commonest value.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Final, Literal

__all__ = ["Sex", "given_names", "mobile_prefixes", "short_given_names", "surnames"]

Sex = Literal["M", "F"]

# Russian-style surnames change with sex (-ოვი, -ევი male; -ოვა, -ევა female);
# Georgian and Armenian surnames do not.
_MALE_SURNAME_ENDINGS: Final = ("ოვი", "ევი")
_FEMALE_SURNAME_ENDINGS: Final = ("ოვა", "ევა")


def _rows(*path: str) -> list[list[str]]:
    # Skips "#" comment lines and the column header.
    text = resources.files("migstd").joinpath(*path).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


@cache
def given_names(sex: Sex) -> tuple[str, ...]:
    """Return the Georgian given names of one sex, most bearers first."""
    rows = [
        (name, int(count))
        for name, row_sex, count in _rows("synth", "data", "given_names.tsv")
        if row_sex == sex
    ]
    return tuple(name for name, _ in sorted(rows, key=lambda row: -row[1]))


@cache
def surnames(sex: Sex) -> tuple[str, ...]:
    """Return the Georgian surnames a person of one sex can bear, highest weight first."""
    excluded = _FEMALE_SURNAME_ENDINGS if sex == "M" else _MALE_SURNAME_ENDINGS
    rows = [
        (name, float(weight))
        for name, weight, _kind in _rows("synth", "data", "surnames.tsv")
        if not name.endswith(excluded)
    ]
    return tuple(name for name, _ in sorted(rows, key=lambda row: -row[1]))


@cache
def short_given_names() -> dict[str, tuple[str, ...]]:
    """Return the Georgian-script diminutives of each canonical given name, in file order."""
    found: dict[str, list[str]] = defaultdict(list)
    for canonical, variant, kind, _source in _rows("script", "data", "given_name_aliases.tsv"):
        # Only variants in Georgian script, so that a name keeps its script.
        if kind == "diminutive" and all("\u10d0" <= char <= "\u10ff" for char in variant):
            found[canonical].append(variant)
    return {canonical: tuple(variants) for canonical, variants in found.items()}


@cache
def mobile_prefixes() -> tuple[str, ...]:
    """Return the three-digit blocks after +995 that begin Georgian mobile numbers, widest first."""
    rows = [(prefix, int(weight)) for prefix, weight in _rows("synth", "data", "mobile_prefixes.tsv")]
    return tuple(prefix for prefix, _ in sorted(rows, key=lambda row: -row[1]))
