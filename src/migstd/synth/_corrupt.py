"""Error injection for synthetic agency extracts: the rates, typos and birth-date errors.

Each function takes the random generator explicitly, so a seed fixes every
injected error.
"""

from __future__ import annotations

import calendar
import random
import string
from dataclasses import dataclass, fields
from datetime import date

from migstd.errors import SettingsError

__all__ = ["CorruptionRates"]

# Share of calendar dates whose day and month can be swapped into a different
# valid date: days 1 to 12 except the day equal to the month, 12 * 11 = 132 days
# of a 365.25-day year.
SWAPPABLE_DATE_SHARE = 132 / 365.25

# A changed year digit never produces a year after the extracts' year or
# before 1900, where a reader would see the error at once.
_LATEST_YEAR = 2025
_EARLIEST_YEAR = 1900

_MAX_DAY_SHIFT = 3


@dataclass(frozen=True)
class CorruptionRates:
    """Probabilities of the errors injected into the synthetic extracts.

    Errors apply independently to the records of Georgian citizens, never to
    foreigners and never to the ``person_id`` truth key. Each extract applies
    the kinds that fit its records (see :func:`migstd.synth.agency_extracts`).
    Where only some values can take an error (a name without a variant, a
    date whose day is above 12), those that can are chosen with the rate
    divided by their share in the extract, so the rate holds for all values
    of the extract up to the point where every eligible value takes it.

    * ``romanization``: per name field, a romanization other than the
      passport one. The variants are chat style, ყ as k, ღ as g, ფ as ph,
      ძ as z, ჭ as tch, the national system's apostrophes, the nominative -i
      added or dropped, and russified or anglicised given names. Some names,
      such as ნინო, have no variant.
    * ``typo``: per name field, one substituted, deleted, inserted or
      transposed letter.
    * ``name_swap``: per record, given and family name exchanged.
    * ``day_month_swap``: per record, day and month exchanged. Only dates
      with a day from 1 to 12 that differs from the month can be swapped,
      so the rate must be at most ``SWAPPABLE_DATE_SHARE`` (about 0.36).
    * ``date_change``: per record, one date component changed (the day by 1
      to 3, the month, or one of the last two year digits).
    * ``birth_date_missing`` and ``sex_missing``: per record, the value left
      empty.
    * ``partial_birth_date``: per civil-registry record, the birth date
      written ``YYYY-00-00`` with only the year known.
    * ``mtavruli``: per record in Georgian script, the names written in
      Mtavruli capitals (ᲜᲘᲜᲝ for ნინო).
    * ``russian_form``: per given name, its established Russian form
      (Георгий for გიორგი, or GEORGII in a Latin extract). Only common names
      have one.
    * ``short_form``: per given name, a short form (სანდრო for ალექსანდრე,
      SANDRO in a Latin extract). Only common names have one.
    * ``field_missing``: per optional field (patronymic, personal number,
      phone), the value left empty.
    * ``phone_change``: per record with a phone, another mobile number.
    * ``address_change``: per record with a residence, another municipality.

    >>> CorruptionRates().typo
    0.06
    >>> CorruptionRates(typo=1.5)
    Traceback (most recent call last):
    ...
    migstd.errors.SettingsError: typo must be a probability from 0 to 1, got 1.5
    """

    romanization: float = 0.15
    typo: float = 0.06
    name_swap: float = 0.01
    day_month_swap: float = 0.03
    date_change: float = 0.03
    birth_date_missing: float = 0.02
    sex_missing: float = 0.02
    partial_birth_date: float = 0.015
    mtavruli: float = 0.02
    russian_form: float = 0.02
    short_form: float = 0.02
    field_missing: float = 0.03
    phone_change: float = 0.05
    address_change: float = 0.05

    @classmethod
    def none(cls) -> CorruptionRates:
        """Return rates that inject no error at all.

        >>> CorruptionRates.none().typo
        0.0
        """
        return cls(**{rate.name: 0.0 for rate in fields(cls)})

    def __post_init__(self) -> None:
        for rate in fields(self):
            value = getattr(self, rate.name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise SettingsError(f"{rate.name} must be a number, got {value!r}")
            if not 0 <= value <= 1:
                raise SettingsError(f"{rate.name} must be a probability from 0 to 1, got {value!r}")

        if self.day_month_swap > SWAPPABLE_DATE_SHARE:
            raise SettingsError(
                f"day_month_swap must be at most {SWAPPABLE_DATE_SHARE:.4f}, the share of dates "
                f"whose day and month can be swapped, got {self.day_month_swap!r}"
            )


def typo(text: str, rng: random.Random) -> str:
    """Return ``text`` with one substitution, deletion, insertion or adjacent transposition.

    The result always differs from ``text`` and is never empty. New letters are
    upper-case ASCII, as in passport-style names.

    >>> typo("NINO", random.Random(3)) != "NINO"
    True
    """
    letters = string.ascii_uppercase
    transposable = [i for i in range(len(text) - 1) if text[i] != text[i + 1]]
    operations = ["substitution", "insertion"]
    if len(text) >= 2:
        operations.append("deletion")
    if transposable:
        operations.append("transposition")

    operation = rng.choice(operations)
    if operation == "substitution":
        position = rng.randrange(len(text))
        letter = rng.choice(letters.replace(text[position], ""))
        return text[:position] + letter + text[position + 1 :]
    if operation == "insertion":
        position = rng.randrange(len(text) + 1)
        return text[:position] + rng.choice(letters) + text[position:]
    if operation == "deletion":
        position = rng.randrange(len(text))
        return text[:position] + text[position + 1 :]

    position = rng.choice(transposable)
    return text[:position] + text[position + 1] + text[position] + text[position + 2 :]


def swap_day_month(value: date) -> date | None:
    """Return the date with day and month exchanged, or None if that is not a different date.

    >>> swap_day_month(date(1980, 3, 7))
    datetime.date(1980, 7, 3)
    >>> swap_day_month(date(1980, 3, 25)) is None
    True
    """
    if value.day > 12 or value.day == value.month:
        return None
    return date(value.year, value.day, value.month)


def change_date_component(value: date, rng: random.Random) -> date:
    """Return a different valid date with one component changed.

    The day moves by 1 to 3 within its month, or the month changes, or one of
    the last two digits of the year changes.

    >>> change_date_component(date(1985, 6, 15), random.Random(0)) != date(1985, 6, 15)
    True
    """
    candidates = {
        "day": _day_candidates(value),
        "month": _month_candidates(value),
        "year": _year_candidates(value),
    }
    kind = rng.choice([kind for kind, dates in candidates.items() if dates])
    return rng.choice(candidates[kind])


def _day_candidates(value: date) -> list[date]:
    last_day = calendar.monthrange(value.year, value.month)[1]
    days = [value.day + shift for shift in range(-_MAX_DAY_SHIFT, _MAX_DAY_SHIFT + 1) if shift]
    return [value.replace(day=day) for day in days if 1 <= day <= last_day]


def _month_candidates(value: date) -> list[date]:
    return [
        value.replace(month=month)
        for month in range(1, 13)
        if month != value.month and value.day <= calendar.monthrange(value.year, month)[1]
    ]


def _year_candidates(value: date) -> list[date]:
    digits = f"{value.year:04d}"
    candidates = []
    for position in (2, 3):
        for digit in "0123456789":
            if digit == digits[position]:
                continue

            year = int(digits[:position] + digit + digits[position + 1 :])
            leap_day_lost = value.month == 2 and value.day == 29 and not calendar.isleap(year)
            if _EARLIEST_YEAR <= year <= _LATEST_YEAR and not leap_day_lost:
                candidates.append(value.replace(year=year))
    return candidates
