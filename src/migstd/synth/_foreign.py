"""Synthetic foreign travellers for the border-crossing extract.

The name lists and nationality weights below are illustrative: a few common
names per country, written as their passports' machine-readable zone would
(upper-case ASCII), not drawn from frequency statistics.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from migstd.synth._draws import numbered, unique_integers
from migstd.synth._population import birth_dates_by_age


@dataclass(frozen=True)
class Nationality:
    """Illustrative names of one nationality, with surnames as (male form, female form) pairs."""

    code: str
    weight: float
    male_names: tuple[str, ...]
    female_names: tuple[str, ...]
    surnames: tuple[tuple[str, str], ...]


def _same(*names: str) -> tuple[tuple[str, str], ...]:
    """Surnames whose form does not vary by sex."""
    return tuple((name, name) for name in names)


def _gendered(*names: str) -> tuple[tuple[str, str], ...]:
    """Russian-style surnames whose female form adds -A."""
    return tuple((name, name + "A") for name in names)


NATIONALITIES = (
    Nationality(
        "TUR",
        0.25,
        ("MEHMET", "MUSTAFA", "AHMET", "ALI", "HUSEYIN", "EMRE"),
        ("AYSE", "FATMA", "EMINE", "ZEYNEP", "ELIF", "HATICE"),
        _same("YILMAZ", "KAYA", "DEMIR", "SAHIN", "CELIK", "YILDIZ"),
    ),
    Nationality(
        "RUS",
        0.25,
        ("ALEKSANDR", "DMITRII", "SERGEI", "ANDREI", "IVAN", "MIKHAIL"),
        ("ELENA", "OLGA", "TATIANA", "NATALIA", "ANNA", "IRINA"),
        _gendered("IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV", "VOLKOV", "SOKOLOV"),
    ),
    Nationality(
        "ARM",
        0.15,
        ("ARMEN", "DAVIT", "NAREK", "TIGRAN", "ARAM", "GEVORG"),
        ("ANI", "ANNA", "LUSINE", "NARINE", "MARIAM", "GAYANE"),
        _same("HOVHANNISYAN", "HARUTYUNYAN", "SARGSYAN", "KHACHATRYAN", "GRIGORYAN"),
    ),
    Nationality(
        "AZE",
        0.15,
        ("ELCHIN", "RASHAD", "ORKHAN", "VUGAR", "ANAR", "SAMIR"),
        ("AYSEL", "LEYLA", "GUNAY", "SEVINJ", "NARMIN", "ELNARA"),
        _gendered("MAMMADOV", "ALIYEV", "HUSEYNOV", "HASANOV", "GULIYEV", "ISMAYILOV"),
    ),
    Nationality(
        "UKR",
        0.10,
        ("OLEKSANDR", "ANDRII", "SERHII", "VOLODYMYR", "MYKOLA", "DMYTRO"),
        ("OLENA", "NATALIIA", "TETIANA", "OKSANA", "IRYNA", "YULIIA"),
        _same("MELNYK", "SHEVCHENKO", "KOVALENKO", "BONDARENKO", "TKACHENKO"),
    ),
    Nationality(
        "DEU",
        0.10,
        ("THOMAS", "MICHAEL", "ANDREAS", "STEFAN", "JULIAN", "LUKAS"),
        ("SABINE", "JULIA", "ANNA", "LAURA", "KATHARINA", "MONIKA"),
        _same("MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER", "MEYER"),
    ),
)

# Foreign document numbers are "X" followed by eight digits, a pattern that
# marks them as synthetic rather than imitating any country's passports.
FOREIGN_DOCUMENT_PREFIX = "X"
_FOREIGN_DOCUMENT_SERIALS = 10**8

FOREIGN_COLUMNS = (
    "person_id",
    "given_name",
    "family_name",
    "birth_date",
    "sex",
    "nationality",
    "document_number",
)


def foreign_travellers(count: int, rng: np.random.Generator) -> pa.Table:
    """Generate ``count`` foreign travellers with person ids ``F0000001`` onwards.

    Columns are :data:`FOREIGN_COLUMNS`: names as upper-case ASCII, ``birth_date``
    as ``date32`` with ages from the same age groups as the population, and
    ``sex`` as ``M`` or ``F``.
    """
    weights = np.array([nationality.weight for nationality in NATIONALITIES])
    chosen = rng.choice(len(NATIONALITIES), size=count, p=weights / weights.sum())
    is_male = rng.random(count) < 0.5

    given = np.empty(count, dtype=object)
    family = np.empty(count, dtype=object)
    for number, nationality in enumerate(NATIONALITIES):
        for male, names in ((True, nationality.male_names), (False, nationality.female_names)):
            rows = np.flatnonzero((chosen == number) & (is_male == male))
            given[rows] = np.array(names, dtype=object)[rng.integers(0, len(names), len(rows))]
            forms = np.array([pair[0 if male else 1] for pair in nationality.surnames], dtype=object)
            family[rows] = forms[rng.integers(0, len(forms), len(rows))]

    codes = np.array([nationality.code for nationality in NATIONALITIES])[chosen]
    serials = unique_integers(rng, _FOREIGN_DOCUMENT_SERIALS, count)
    return pa.table(
        {
            "person_id": numbered("F", np.arange(1, count + 1), 7),
            "given_name": pa.array(given, type=pa.string()),
            "family_name": pa.array(family, type=pa.string()),
            "birth_date": pa.array(birth_dates_by_age(rng, is_male), type=pa.date32()),
            "sex": pa.array(np.where(is_male, "M", "F"), type=pa.string()),
            "nationality": pa.array(codes, type=pa.string()),
            "document_number": numbered(FOREIGN_DOCUMENT_PREFIX, serials, 8),
        }
    )
