"""Synthetic residents of Georgia, generated column by column with numpy.

:func:`population` returns a :class:`Population`: an Arrow table with one row
per person (``Population.table``) that also behaves as a read-only sequence
of :class:`SyntheticPerson`, for code that wants one object per person.

Names are drawn independently per person, so two people can share a full name
with different birth dates, as in real registers. People are not grouped into
families: a patronymic is drawn from the male given names of the person's
name origin, not taken from another generated person.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from migstd.errors import SettingsError
from migstd.synth._draws import (
    DOCUMENT_SERIALS,
    PERSONAL_NUMBER_PREFIX,
    check_seed,
    document_numbers,
    mobile_numbers,
    numbered,
    unique_integers,
)
from migstd.synth._people import Population, SyntheticPerson
from migstd.synth._tables import (
    GEORGIAN,
    Weighted,
    age_table,
    birthplace_table,
    birthplace_tables,
    given_name_table,
    name_origins,
    surname_table,
)

__all__ = ["POPULATION_COLUMNS", "Population", "SyntheticPerson", "population"]

REFERENCE_DATE = date(2025, 1, 1)
"""The date at which ages are counted and documents are valid or expired."""

# Synthetic personal numbers are PERSONAL_NUMBER_PREFIX followed by nine
# digits, so they are recognisable as synthetic and unique within a population.
_PERSONAL_NUMBER_SERIAL_DIGITS = 9
_MAX_SIZE = 10**_PERSONAL_NUMBER_SERIAL_DIGITS

# Both documents draw from one serial space, so no two documents share a number.

# Assumptions, not measured: share of people whose father is not recorded, of
# people who hold a passport, of dual citizens, and of people aged 16 or more
# with a mobile phone on record.
_MISSING_PATRONYMIC_SHARE = 0.02
PASSPORT_SHARE = 0.4
DUAL_CITIZENSHIP_SHARE = 0.01
PHONE_SHARE = 0.9

# The ID card is compulsory from age 14; phones are recorded from age 16.
ID_CARD_AGE = 14
_PHONE_AGE = 16

# Documents are valid for ten years; issue dates spread over the eleven years
# before the reference date, so about one in eleven is expired.
# NOTE: children's passports are valid for fewer years in practice.
_VALIDITY_DAYS = 3652
_ISSUE_WINDOW_DAYS = 4018

# Share of Georgian and Ossetian people born before 1993 whose birthplace is
# in the now occupied territories (an assumption, for the internally displaced).
OCCUPIED_BIRTH_SHARE = 0.04
_OCCUPIED_BIRTH_BEFORE = np.datetime64("1993-01-01")
_OCCUPIED_BIRTH_ORIGINS = (GEORGIAN, "ossetian")

# Share of people who live in their municipality of birth (an assumption); the
# others live in a municipality drawn from the general population weights.
_RESIDENCE_AT_BIRTHPLACE_SHARE = 0.6

# Second citizenship of dual citizens by name origin; others get one of
# _DUAL_COUNTRIES. Illustrative, not measured.
_DUAL_BY_ORIGIN = {
    "azerbaijani": "AZE",
    "armenian": "ARM",
    "russian": "RUS",
    "ossetian": "RUS",
    "ukrainian": "UKR",
    "greek": "GRC",
}
_DUAL_COUNTRIES = ("RUS", "GRC", "ISR", "USA", "DEU", "UKR")

POPULATION_COLUMNS = (
    "person_id",
    "given_name",
    "family_name",
    "patronymic",
    "sex",
    "birth_date",
    "personal_number",
    "citizenship",
    "second_citizenship",
    "name_origin",
    "birth_place",
    "residence",
    "id_card_number",
    "id_card_expiry",
    "passport_number",
    "passport_expiry",
    "phone",
)
"""Columns of :attr:`Population.table`, in order."""


def population(size: int, *, seed: int) -> Population:
    """Generate ``size`` synthetic residents of Georgia who are Georgian citizens.

    Each column is drawn with numpy:

    * name origin by the 2014 census shares of the ethnic groups, and names
      from that origin's tables for the person's sex (Georgian names from the
      2012 voter list frequencies);
    * sex and age from the age groups of ``data/age_groups.tsv``, birth dates
      counted back from :data:`REFERENCE_DATE` (2025-01-01);
    * birthplace by municipality population, by the group's own places for
      Azerbaijani, Armenian and Kist names, and in the occupied territories
      for a share :data:`OCCUPIED_BIRTH_SHARE` of Georgian and Ossetian names
      born before 1993;
    * an ID card for everyone aged 14 or more, a passport for a share
      :data:`PASSPORT_SHARE`, each with an expiry date, and a mobile phone in
      E.164 form for a share :data:`PHONE_SHARE` of people aged 16 or more.

    The same ``size`` and ``seed`` always give the same people; person ids run
    from ``P0000001`` in order.

    NOTE: Georgian names come from the 2012 voter list (people born 1994 or
    earlier), so younger people get the names of their parents' generation.

    >>> people = population(3, seed=1)
    >>> people.table.num_rows, [person.person_id for person in people]
    (3, ['P0000001', 'P0000002', 'P0000003'])
    >>> people == population(3, seed=1)
    True
    >>> population(-1, seed=1)
    Traceback (most recent call last):
    ...
    migstd.errors.SettingsError: size must be an integer from 0 to 1000000000, got -1
    >>> population(3, seed=-1)
    Traceback (most recent call last):
    ...
    migstd.errors.SettingsError: seed must be an integer 0 or greater, got -1
    """
    if isinstance(size, bool) or not isinstance(size, int) or not 0 <= size <= _MAX_SIZE:
        raise SettingsError(f"size must be an integer from 0 to {_MAX_SIZE}, got {size!r}")
    rng = np.random.default_rng(check_seed(seed))

    origins = name_origins()
    origin_index = origins.draw(rng, size)
    is_male = rng.random(size) < age_table().male_share
    birth_dates = birth_dates_by_age(rng, is_male)
    ages = _ages(birth_dates)

    names = _names(rng, origins, origin_index, is_male)
    birth_places = _birth_places(rng, origins, origin_index, birth_dates)
    residences = _residences(rng, birth_places)
    id_cards, passports = _documents(rng, ages)

    columns: dict[str, Any] = {
        "person_id": numbered("P", np.arange(1, size + 1), 7),
        **names,
        "sex": pa.array(np.where(is_male, "1", "2"), type=pa.string()),
        "birth_date": pa.array(birth_dates, type=pa.date32()),
        "personal_number": numbered(
            PERSONAL_NUMBER_PREFIX,
            unique_integers(rng, _MAX_SIZE, size),
            _PERSONAL_NUMBER_SERIAL_DIGITS,
        ),
        "citizenship": pa.array(np.full(size, "GEO"), type=pa.string()),
        "second_citizenship": _second_citizenships(rng, origins, origin_index),
        "name_origin": pa.array(origins.values, type=pa.string()).take(pa.array(origin_index)),
        "birth_place": birth_places,
        "residence": residences,
        **id_cards,
        **passports,
        "phone": _phones(rng, ages),
    }
    return Population(pa.table({name: columns[name] for name in POPULATION_COLUMNS}))


def birth_dates_by_age(
    rng: np.random.Generator, is_male: npt.NDArray[np.bool_]
) -> npt.NDArray[np.datetime64]:
    """Draw ages by sex from the age table and a birth day within the year of age."""
    table = age_table()
    ages = np.empty(len(is_male), dtype=np.int64)
    if is_male.any():
        ages[is_male] = rng.choice(table.ages, size=int(is_male.sum()), p=table.male)
    if (~is_male).any():
        ages[~is_male] = rng.choice(table.ages, size=int((~is_male).sum()), p=table.female)

    days_back = np.floor((ages + rng.random(len(ages))) * 365.2425).astype(np.int64)
    reference = np.datetime64(REFERENCE_DATE.isoformat(), "D")
    return reference - days_back.astype("timedelta64[D]")


def _ages(birth_dates: npt.NDArray[np.datetime64]) -> npt.NDArray[np.int64]:
    """Return completed years at the reference date (to within a day around birthdays)."""
    reference = np.datetime64(REFERENCE_DATE.isoformat(), "D")
    return ((reference - birth_dates).astype(np.int64) / 365.2425).astype(np.int64)


def _names(
    rng: np.random.Generator,
    origins: Weighted,
    origin_index: npt.NDArray[np.intp],
    is_male: npt.NDArray[np.bool_],
) -> dict[str, pa.Array]:
    """Draw given names, surnames and patronymics from each origin's tables."""
    given = _ByGroup(len(origin_index))
    family = _ByGroup(len(origin_index))
    fathers = _ByGroup(len(origin_index))
    for number, origin in enumerate(origins.values):
        of_origin = origin_index == number
        for sex, of_sex in (("M", is_male), ("F", ~is_male)):
            mask = of_origin & of_sex
            given.fill(rng, mask, given_name_table(origin, sex))
            family.fill(rng, mask, surname_table(origin, sex))
        fathers.fill(rng, of_origin, given_name_table(origin, "M"))

    patronymics = fathers.strings()
    has_patronymic = rng.random(len(origin_index)) >= _MISSING_PATRONYMIC_SHARE
    return {
        "given_name": given.strings(),
        "family_name": family.strings(),
        "patronymic": pc.if_else(pa.array(has_patronymic), patronymics, pa.scalar(None, pa.string())),
    }


class _ByGroup:
    """Indices into one growing dictionary of strings, filled group by group."""

    def __init__(self, size: int) -> None:
        self._indices = np.zeros(size, dtype=np.intp)
        self._dictionary: list[str] = []

    def fill(self, rng: np.random.Generator, mask: npt.NDArray[np.bool_], table: Weighted) -> None:
        count = int(mask.sum())
        if count == 0:
            return
        self._indices[mask] = len(self._dictionary) + table.draw(rng, count)
        self._dictionary.extend(table.values)

    def strings(self) -> pa.Array:
        if not self._dictionary:
            return pa.array([], type=pa.string())
        return pa.array(self._dictionary, type=pa.string()).take(pa.array(self._indices))


def _birth_places(
    rng: np.random.Generator,
    origins: Weighted,
    origin_index: npt.NDArray[np.intp],
    birth_dates: npt.NDArray[np.datetime64],
) -> pa.Array:
    """Draw a birthplace per person from the origin's table or the general one."""
    places = _ByGroup(len(origin_index))
    own_tables = birthplace_tables()
    general = np.ones(len(origin_index), dtype=bool)
    for number, origin in enumerate(origins.values):
        if origin in own_tables:
            mask = origin_index == number
            places.fill(rng, mask, birthplace_table(origin))
            general &= ~mask

    may_be_occupied = np.isin(origin_index, [origins.values.index(name) for name in _OCCUPIED_BIRTH_ORIGINS])
    occupied = may_be_occupied & (birth_dates < _OCCUPIED_BIRTH_BEFORE)
    occupied &= rng.random(len(origin_index)) < OCCUPIED_BIRTH_SHARE
    places.fill(rng, general & ~occupied, birthplace_table("general"))
    places.fill(rng, occupied, birthplace_table("occupied"))
    return places.strings()


def _residences(rng: np.random.Generator, birth_places: pa.Array) -> pa.Array:
    """Keep the birthplace as residence for a share of people, else draw one from the general table."""
    general = birthplace_table("general")
    size = len(birth_places)
    drawn = pa.array(general.values, type=pa.string()).take(pa.array(general.draw(rng, size)))

    in_general = pc.is_in(birth_places, value_set=pa.array(general.values, type=pa.string()))
    stays = pc.and_(pa.array(rng.random(size) < _RESIDENCE_AT_BIRTHPLACE_SHARE), in_general)
    return pc.if_else(stays, birth_places, drawn)


def _documents(
    rng: np.random.Generator, ages: npt.NDArray[np.int64]
) -> tuple[dict[str, pa.Array], dict[str, pa.Array]]:
    """Draw ID card and passport numbers with expiry dates, unique across both documents."""
    size = len(ages)
    has_id_card = ages >= ID_CARD_AGE
    has_passport = rng.random(size) < PASSPORT_SHARE
    serials = unique_integers(rng, DOCUMENT_SERIALS, int(has_id_card.sum() + has_passport.sum()))
    id_card_serials, passport_serials = np.split(serials, [int(has_id_card.sum())])

    columns = []
    for holds, document_serials in ((has_id_card, id_card_serials), (has_passport, passport_serials)):
        numbers = np.zeros(size, dtype=np.int64)
        numbers[holds] = document_serials
        issued = np.datetime64(REFERENCE_DATE.isoformat(), "D") - rng.integers(
            0, _ISSUE_WINDOW_DAYS, size
        ).astype("timedelta64[D]")
        expiry = issued + np.timedelta64(_VALIDITY_DAYS, "D")

        mask = pa.array(~holds)
        columns.append(
            (
                pc.if_else(mask, pa.scalar(None, pa.string()), document_numbers(numbers)),
                pc.if_else(mask, pa.scalar(None, pa.date32()), pa.array(expiry, type=pa.date32())),
            )
        )

    (id_numbers, id_expiry), (passport_numbers, passport_expiry) = columns
    return (
        {"id_card_number": id_numbers, "id_card_expiry": id_expiry},
        {"passport_number": passport_numbers, "passport_expiry": passport_expiry},
    )


def _second_citizenships(
    rng: np.random.Generator, origins: Weighted, origin_index: npt.NDArray[np.intp]
) -> pa.Array:
    size = len(origin_index)
    general = np.array(_DUAL_COUNTRIES)[rng.integers(0, len(_DUAL_COUNTRIES), size)]
    by_origin = np.array([_DUAL_BY_ORIGIN.get(origin, "") for origin in origins.values])[origin_index]
    countries = np.where(by_origin != "", by_origin, general)
    is_dual = rng.random(size) < DUAL_CITIZENSHIP_SHARE
    return pc.if_else(pa.array(is_dual), pa.array(countries, type=pa.string()), pa.scalar(None, pa.string()))


def _phones(rng: np.random.Generator, ages: npt.NDArray[np.int64]) -> pa.Array:
    """Draw E.164 mobile numbers for a share of the people old enough to have one."""
    numbers = mobile_numbers(rng, len(ages))
    has_phone = (ages >= _PHONE_AGE) & (rng.random(len(ages)) < PHONE_SHARE)
    return pc.if_else(pa.array(~has_phone), pa.scalar(None, pa.string()), numbers)
