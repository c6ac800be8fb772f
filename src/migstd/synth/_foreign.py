"""Synthetic foreign travellers for the border-crossing extract.

The name lists and nationality weights below are illustrative: a few common
names per country, written as their passports' machine-readable zone would
(upper-case ASCII), not drawn from frequency statistics.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from migstd.synth._names import Sex
from migstd.synth._population import FIRST_BIRTH_DATE, LAST_BIRTH_DATE


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


@dataclass(frozen=True)
class ForeignTraveller:
    """A synthetic foreign citizen crossing the Georgian border."""

    person_id: str
    given_name: str = field(repr=False)
    family_name: str = field(repr=False)
    sex: Sex
    birth_date: date = field(repr=False)
    nationality: str
    document_number: str = field(repr=False)


def foreign_travellers(count: int, rng: random.Random) -> list[ForeignTraveller]:
    """Generate ``count`` foreign travellers with person ids ``F0000001`` onwards."""
    first, last = FIRST_BIRTH_DATE.toordinal(), LAST_BIRTH_DATE.toordinal()
    nationalities = rng.choices(
        NATIONALITIES, weights=[nationality.weight for nationality in NATIONALITIES], k=count
    )
    serials = rng.sample(range(_FOREIGN_DOCUMENT_SERIALS), count)

    travellers = []
    for index, nationality in enumerate(nationalities):
        sex: Sex = rng.choice(("M", "F"))
        names = nationality.male_names if sex == "M" else nationality.female_names
        male_surname, female_surname = rng.choice(nationality.surnames)
        travellers.append(
            ForeignTraveller(
                person_id=f"F{index + 1:07d}",
                given_name=rng.choice(names),
                family_name=male_surname if sex == "M" else female_surname,
                sex=sex,
                birth_date=date.fromordinal(rng.randint(first, last)),
                nationality=nationality.code,
                document_number=f"{FOREIGN_DOCUMENT_PREFIX}{serials[index]:08d}",
            )
        )
    return travellers
