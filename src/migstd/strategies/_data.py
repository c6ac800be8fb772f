"""Tables that the strategies draw from, read on first use from data files that migstd ships.

The name, census and phone tables are the data files of :mod:`migstd.synth`,
whose headers give their sources (the August 2012 voter list as published by
JumpStart Georgia, Faker's ka_GE, az_AZ and hy_AM lists, Geostat's 2014
census, libphonenumber's carrier data); the given-name aliases are
``migstd/script/data/given_name_aliases.tsv``. The files are read as package
resources of ``migstd``, so no code of :mod:`migstd.synth`, a module of the
same layer, is imported.

Every table is sorted most frequent first, so that ``sampled_from`` shrinks
towards the commonest value.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Final, Literal

__all__ = [
    "GEORGIAN",
    "NameOrigin",
    "Sex",
    "given_names",
    "mobile_prefixes",
    "origin_counts",
    "short_given_names",
    "surnames",
]

Sex = Literal["M", "F"]

# The groups of ethnic_groups.tsv, largest first, after the Georgian majority.
NameOrigin = Literal[
    "georgian", "azerbaijani", "armenian", "russian", "ossetian", "yazidi", "ukrainian", "greek", "kist"
]

GEORGIAN: Final = "georgian"
"""The name origin of everyone the census does not count in one of the minority groups."""

# Russian-style surnames change with sex: -ოვი and -ევი are male, -ოვა and -ევა female.
# The voter list contains them, but they are names of the minority groups, not Georgian names.
_RUSSIAN_STYLE_ENDINGS: Final = ("ოვი", "ევი", "ოვა", "ევა")

# Sex column of minority_names.tsv for a surname form that both sexes bear.
_BOTH_SEXES: Final = "B"


def _rows(*path: str) -> list[list[str]]:
    # Skips "#" comment lines and the column header.
    text = resources.files("migstd").joinpath(*path).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def _by_weight(rows: list[tuple[str, float]]) -> tuple[str, ...]:
    # sorted() is stable, so names of equal weight keep their file order.
    return tuple(name for name, _ in sorted(rows, key=lambda row: -row[1]))


@cache
def _minority_rows() -> tuple[tuple[str, str, str, str, float], ...]:
    # (group, kind, sex, name, weight) of minority_names.tsv.
    return tuple(
        (group, kind, sex, name, float(weight))
        for group, kind, sex, name, weight, _kind in _rows("synth", "data", "minority_names.tsv")
    )


@cache
def origin_counts() -> dict[str, int]:
    """Return the 2014 census count of each name origin: Georgian first, then the minorities, largest first.

    The Georgian count is everyone the census does not count in one of the
    minority groups of ``ethnic_groups.tsv``.
    """
    counts = {group: int(count) for group, count in _rows("synth", "data", "ethnic_groups.tsv")}
    total = counts.pop("total")
    minorities = sorted(counts.items(), key=lambda item: -item[1])
    return {GEORGIAN: total - sum(counts.values()), **dict(minorities)}


@cache
def given_names(sex: Sex, origin: NameOrigin = GEORGIAN) -> tuple[str, ...]:
    """Return the given names of one sex and origin, most bearers (or highest weight) first."""
    if origin == GEORGIAN:
        counted = [
            (name, float(count))
            for name, row_sex, count in _rows("synth", "data", "given_names.tsv")
            if row_sex == sex
        ]
        return _by_weight(counted)

    return _by_weight(
        [
            (name, weight)
            for group, kind, row_sex, name, weight in _minority_rows()
            if group == origin and kind == "given" and row_sex == sex
        ]
    )


@cache
def surnames(sex: Sex, origin: NameOrigin = GEORGIAN) -> tuple[str, ...]:
    """Return the surname forms a person of one sex and origin can bear, highest weight first.

    Georgian surnames are those of the voter list without the spellings that
    the minority table assigns to a group and without Russian-style forms.
    A minority surname is either the form of that sex (-ოვი or -ოვა) or a
    form both sexes bear (Armenian -იანი).
    """
    if origin == GEORGIAN:
        excluded = {row[3] for row in _minority_rows()}
        weighted = [
            (name, float(weight))
            for name, weight, _kind in _rows("synth", "data", "surnames.tsv")
            if name not in excluded and not name.endswith(_RUSSIAN_STYLE_ENDINGS)
        ]
        return _by_weight(weighted)

    return _by_weight(
        [
            (name, weight)
            for group, kind, row_sex, name, weight in _minority_rows()
            if group == origin and kind == "surname" and row_sex in (sex, _BOTH_SEXES)
        ]
    )


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
