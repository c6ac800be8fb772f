"""Synthetic Georgian citizens drawn from real name frequencies.

Names are drawn independently per person, so two people can share a full name
with different birth dates, as in real registers. People are not grouped into
families: a patronymic is drawn from the male given names, not taken from
another generated person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from migstd.errors import SettingsError
from migstd.synth._names import Sex, given_names, surnames

__all__ = ["SyntheticPerson", "population"]

FIRST_BIRTH_DATE = date(1940, 1, 1)
LAST_BIRTH_DATE = date(2006, 12, 31)

# Simplification: both sexes are drawn with equal probability.
MALE_SHARE = 0.5

# Assumption, not measured: share of people whose father is not recorded.
_MISSING_PATRONYMIC_SHARE = 0.02

# Synthetic personal numbers are "99" followed by nine digits, so they are
# recognisable as synthetic and stay unique within one population.
# NOTE: nothing checks that no real personal number starts with 99.
PERSONAL_NUMBER_PREFIX = "99"
_PERSONAL_NUMBER_SERIAL_DIGITS = 9
_MAX_SIZE = 10**_PERSONAL_NUMBER_SERIAL_DIGITS


@dataclass(frozen=True)
class SyntheticPerson:
    """A synthetic Georgian citizen, with names in Georgian script (Mkhedruli).

    ``person_id`` is the truth key that links every record of this person.
    ``patronymic`` is the father's given name, or None when it is not
    recorded. ``personal_number`` has 11 digits and starts with ``99``.
    The ``repr`` shows only ``person_id``, ``sex`` and ``citizenship``, so
    that code which logs people never shows names, dates or numbers.
    """

    person_id: str
    given_name: str = field(repr=False)
    family_name: str = field(repr=False)
    patronymic: str | None = field(repr=False)
    sex: Sex
    birth_date: date = field(repr=False)
    personal_number: str = field(repr=False)
    citizenship: str = "GEO"


def population(size: int, *, seed: int) -> list[SyntheticPerson]:
    """Generate ``size`` synthetic Georgian citizens.

    Given names are drawn by their frequency among people of the same sex,
    and surnames by their estimated frequency. Sex-specific surname forms
    such as მამედოვი/მამედოვა go only to their sex. Patronymics are drawn
    from the male given names, and birth dates uniformly from 1940-01-01 to
    2006-12-31. The same
    ``size`` and ``seed`` always give the same people; person ids run from
    ``P0000001`` in order.

    NOTE: Names come from the 2012 voter list (people born 1994 or earlier),
    so people born later get the names of their parents' generation.

    >>> people = population(3, seed=1)
    >>> [person.person_id for person in people]
    ['P0000001', 'P0000002', 'P0000003']
    >>> people == population(3, seed=1)
    True
    >>> population(-1, seed=1)
    Traceback (most recent call last):
    ...
    migstd.errors.SettingsError: size must be an integer from 0 to 1000000000, got -1
    """
    if isinstance(size, bool) or not isinstance(size, int) or not 0 <= size <= _MAX_SIZE:
        raise SettingsError(f"size must be an integer from 0 to {_MAX_SIZE}, got {size!r}")
    rng = random.Random(seed)

    sexes: list[Sex] = ["M" if rng.random() < MALE_SHARE else "F" for _ in range(size)]
    names = {sex: _draw_names(rng, sex, sexes.count(sex)) for sex in ("M", "F")}
    patronymics = given_names("M").draw(rng, size)
    has_patronymic = [rng.random() >= _MISSING_PATRONYMIC_SHARE for _ in range(size)]

    first, last = FIRST_BIRTH_DATE.toordinal(), LAST_BIRTH_DATE.toordinal()
    birth_dates = [date.fromordinal(rng.randint(first, last)) for _ in range(size)]
    serials = rng.sample(range(_MAX_SIZE), size)

    people = []
    for index, sex in enumerate(sexes):
        given_name, family_name = names[sex].pop()
        people.append(
            SyntheticPerson(
                person_id=f"P{index + 1:07d}",
                given_name=given_name,
                family_name=family_name,
                patronymic=patronymics[index] if has_patronymic[index] else None,
                sex=sex,
                birth_date=birth_dates[index],
                personal_number=f"{PERSONAL_NUMBER_PREFIX}{serials[index]:09d}",
            )
        )
    return people


def _draw_names(rng: random.Random, sex: Sex, count: int) -> list[tuple[str, str]]:
    """Draw ``count`` (given name, surname) pairs for one sex."""
    given = given_names(sex).draw(rng, count)
    family = surnames(sex).draw(rng, count)
    return list(zip(given, family, strict=True))
