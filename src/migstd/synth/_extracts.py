"""Two synthetic agency extracts with a known overlap, for demonstrating record linkage.

The civil-registry extract imitates a Public Service Development Agency (PSDA)
export in Georgian script. The border-crossing extract imitates a border
police export with passport-style Latin names and injected errors. Both carry
the ``person_id`` truth key, which no error touches.
"""

from __future__ import annotations

import csv
import logging
import random
import string
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa

from migstd.errors import SettingsError
from migstd.synth._corrupt import (
    SWAPPABLE_DATE_SHARE,
    CorruptionRates,
    change_date_component,
    swap_day_month,
    typo,
)
from migstd.synth._foreign import ForeignTraveller, foreign_travellers
from migstd.synth._population import PERSONAL_NUMBER_PREFIX, SyntheticPerson, population
from migstd.synth._variants import passport_latin, variant_share, variant_spellings

__all__ = ["BORDER_COLUMNS", "REGISTRY_COLUMNS", "demo_extracts", "write_extracts"]

logger = logging.getLogger(__name__)

REGISTRY_COLUMNS = (
    "record_id",
    "personal_number",
    "given_name",
    "family_name",
    "patronymic",
    "birth_date",
    "sex",
    "citizenship",
    "person_id",
)
BORDER_COLUMNS = (
    "crossing_id",
    "given_name",
    "family_name",
    "birth_date",
    "sex",
    "nationality",
    "document_number",
    "direction",
    "crossed_at",
    "person_id",
)

# Share of border records that belong to foreign citizens, capped by the
# number of border records left after the overlap.
FOREIGNER_SHARE = 0.10

# ISO/IEC 5218 codes, as the civil registry writes sex.
_ISO_5218_SEX = {"M": "1", "F": "2"}

# Georgian-style passport numbers: two digits, two letters, five digits. The
# digits "99" mark them as synthetic, as in the personal numbers.
_PASSPORT_SERIALS = 26 * 26 * 10**5

_GEORGIA_TIME = timezone(timedelta(hours=4))
_CROSSINGS_START = datetime(2025, 1, 1, tzinfo=_GEORGIA_TIME)
_CROSSINGS_SECONDS = 365 * 24 * 60 * 60

Row = dict[str, str | None]


def demo_extracts(
    *,
    seed: int = 2026,
    registry_size: int = 6000,
    border_size: int = 5000,
    overlap: int = 3000,
    rates: CorruptionRates | None = None,
) -> tuple[pa.Table, pa.Table]:
    """Generate a civil-registry and a border-crossing extract that share ``overlap`` people.

    The registry extract has ``registry_size`` Georgian citizens with names in
    Georgian script and columns ``REGISTRY_COLUMNS``. Its ``sex`` is the ISO
    5218 code, and a share ``rates.partial_birth_date`` of its birth dates is
    written ``YYYY-00-00``. The border extract has ``border_size`` crossings with
    upper-case Latin names and columns ``BORDER_COLUMNS``: ``overlap``
    registry people, other Georgian citizens drawn from the same name
    frequencies (so near-duplicate names occur), and a share
    ``FOREIGNER_SHARE`` of foreigners. Errors are injected into the border
    records of Georgian citizens at ``rates`` (default :class:`CorruptionRates`).
    Each person appears at most once per extract, rows are shuffled, and all
    columns are strings, with nulls for missing values. Person ids are
    ``P0000001`` onwards for Georgian citizens and ``F0000001`` onwards for
    foreigners.

    The same arguments always give identical tables.
    """
    rates = CorruptionRates() if rates is None else rates
    for name, value in (
        ("registry_size", registry_size),
        ("border_size", border_size),
        ("overlap", overlap),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise SettingsError(f"{name} must be a non-negative integer, got {value!r}")
    if overlap > min(registry_size, border_size):
        raise SettingsError(
            f"overlap ({overlap}) must not exceed registry_size ({registry_size}) "
            f"or border_size ({border_size})"
        )

    foreigner_count = min(round(border_size * FOREIGNER_SHARE), border_size - overlap)
    other_count = border_size - overlap - foreigner_count
    people = population(registry_size + other_count, seed=seed)
    registry_people = people[:registry_size]
    rng = random.Random(f"migstd.synth.extracts:{seed}")

    travellers = rng.sample(registry_people, overlap) + people[registry_size:]
    foreigners = foreign_travellers(foreigner_count, rng)
    registry = _registry_rows(registry_people, rates, rng)
    border = _border_rows(travellers, foreigners, rates, rng)

    logger.info(
        "generated %d registry and %d border records (%d shared people, %d foreigners)",
        len(registry),
        len(border),
        overlap,
        foreigner_count,
    )
    return _to_table(registry, REGISTRY_COLUMNS), _to_table(border, BORDER_COLUMNS)


def write_extracts(
    directory: str | Path,
    *,
    seed: int = 2026,
    registry_size: int = 6000,
    border_size: int = 5000,
    overlap: int = 3000,
    rates: CorruptionRates | None = None,
) -> tuple[Path, Path]:
    """Write :func:`demo_extracts` as ``civil_registry.csv`` and ``border_crossings.csv``.

    The files are UTF-8 with a header line. Every value is text, and a missing
    value is an empty field. The directory is created if needed. Returns the
    two paths, registry first.
    """
    registry, border = demo_extracts(
        seed=seed,
        registry_size=registry_size,
        border_size=border_size,
        overlap=overlap,
        rates=rates,
    )
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)

    paths = (directory / "civil_registry.csv", directory / "border_crossings.csv")
    for path, table in zip(paths, (registry, border), strict=True):
        _write_csv(path, table)
    return paths


def _registry_rows(
    people: Sequence[SyntheticPerson], rates: CorruptionRates, rng: random.Random
) -> list[Row]:
    rows = []
    for person in people:
        birth_date = person.birth_date.isoformat()
        if rng.random() < rates.partial_birth_date:
            birth_date = f"{person.birth_date.year:04d}-00-00"

        rows.append(
            {
                "personal_number": person.personal_number,
                "given_name": person.given_name,
                "family_name": person.family_name,
                "patronymic": person.patronymic,
                "birth_date": birth_date,
                "sex": _ISO_5218_SEX[person.sex],
                "citizenship": person.citizenship,
                "person_id": person.person_id,
            }
        )

    rng.shuffle(rows)
    return [{"record_id": f"PSDA-{number:06d}", **row} for number, row in enumerate(rows, 1)]


def _border_rows(
    citizens: Sequence[SyntheticPerson],
    foreigners: Sequence[ForeignTraveller],
    rates: CorruptionRates,
    rng: random.Random,
) -> list[Row]:
    serials = rng.sample(range(_PASSPORT_SERIALS), len(citizens))
    rows = [
        _citizen_crossing(person, _passport_number(serial), rates, rng)
        for person, serial in zip(citizens, serials, strict=True)
    ]
    rows += [_foreigner_crossing(traveller) for traveller in foreigners]

    for row in rows:
        row["direction"] = rng.choice(("entry", "exit"))
        crossed_at = _CROSSINGS_START + timedelta(seconds=rng.randrange(_CROSSINGS_SECONDS))
        row["crossed_at"] = crossed_at.isoformat()

    rng.shuffle(rows)
    return [{"crossing_id": f"BC-{number:06d}", **row} for number, row in enumerate(rows, 1)]


def _citizen_crossing(
    person: SyntheticPerson, document_number: str, rates: CorruptionRates, rng: random.Random
) -> Row:
    """Build the border record of a Georgian citizen, with errors injected at ``rates``."""
    given_name = _latin_name(person.given_name, given_name=True, rates=rates, rng=rng)
    family_name = _latin_name(person.family_name, given_name=False, rates=rates, rng=rng)
    if rng.random() < rates.name_swap:
        given_name, family_name = family_name, given_name

    birth_date: str | None = _recorded_birth_date(person.birth_date, rates, rng).isoformat()
    if rng.random() < rates.birth_date_missing:
        birth_date = None

    sex: str | None = person.sex
    if rng.random() < rates.sex_missing:
        sex = None

    return {
        "given_name": given_name,
        "family_name": family_name,
        "birth_date": birth_date,
        "sex": sex,
        "nationality": person.citizenship,
        "document_number": document_number,
        "person_id": person.person_id,
    }


def _recorded_birth_date(birth_date: date, rates: CorruptionRates, rng: random.Random) -> date:
    """Return the birth date with a day-month swap and a changed component at their rates."""
    swapped = swap_day_month(birth_date)
    if swapped is not None and rng.random() < rates.day_month_swap / SWAPPABLE_DATE_SHARE:
        birth_date = swapped
    if rng.random() < rates.date_change:
        birth_date = change_date_component(birth_date, rng)
    return birth_date


def _latin_name(georgian: str, *, given_name: bool, rates: CorruptionRates, rng: random.Random) -> str:
    """Romanize one name field, with a variant spelling and a typo at their rates."""
    latin = passport_latin(georgian)
    variants = variant_spellings(georgian, given_name=given_name)
    variant_probability = rates.romanization / variant_share(given_name=given_name)
    if variants and rng.random() < variant_probability:
        latin = rng.choice(variants)
    if rng.random() < rates.typo:
        latin = typo(latin, rng)
    return latin


def _foreigner_crossing(traveller: ForeignTraveller) -> Row:
    return {
        "given_name": traveller.given_name,
        "family_name": traveller.family_name,
        "birth_date": traveller.birth_date.isoformat(),
        "sex": traveller.sex,
        "nationality": traveller.nationality,
        "document_number": traveller.document_number,
        "person_id": traveller.person_id,
    }


def _passport_number(serial: int) -> str:
    """Map a serial number to ``99`` + two letters + five digits."""
    letters, digits = divmod(serial, 10**5)
    first, second = divmod(letters, 26)
    return (
        f"{PERSONAL_NUMBER_PREFIX}{string.ascii_uppercase[first]}{string.ascii_uppercase[second]}{digits:05d}"
    )


def _to_table(rows: Sequence[Row], columns: Sequence[str]) -> pa.Table:
    return pa.table({column: pa.array([row[column] for row in rows], type=pa.string()) for column in columns})


def _write_csv(path: Path, table: pa.Table) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(table.column_names)
        for row in table.to_pylist():
            writer.writerow(["" if value is None else value for value in row.values()])
