"""Builders of agency extracts: each writes the chosen people's records as one agency would.

A builder takes the population rows of the chosen citizens, a table of
foreign travellers (empty for agencies without foreigners), the agency, the
error rates and the seed. It returns the extract with every column as
strings and nulls for missing values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from migstd.synth._columns import (
    Injector,
    birth_dates,
    blank,
    cyrillic_names,
    in_mtavruli,
    latin_names,
    partial_dates,
    replace,
)
from migstd.synth._corrupt import CorruptionRates
from migstd.synth._draws import mobile_numbers, numbered
from migstd.synth._tables import birthplace_table

if TYPE_CHECKING:
    from migstd.synth._agencies import Agency

Builder = Callable[[pa.Table, pa.Table, "Agency", CorruptionRates, int], pa.Table]

CIVIL_REGISTRY_COLUMNS = (
    "record_id",
    "personal_number",
    "given_name",
    "family_name",
    "patronymic",
    "birth_date",
    "sex",
    "citizenship",
    "birth_place",
    "residence",
    "id_card_number",
    "phone",
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
CONSULAR_COLUMNS = (
    "registration_id",
    "given_name",
    "family_name",
    "birth_date",
    "sex",
    "personal_number",
    "passport_number",
    "country_of_residence",
    "phone",
    "person_id",
)

# The population writes sex as ISO/IEC 5218 codes, travel documents as M or F.
_ISO_5218_MALE = "1"

_GEORGIA_TIME_OFFSET = "+04:00"
_CROSSINGS_START = np.datetime64(datetime(2025, 1, 1))
_CROSSINGS_SECONDS = int(timedelta(days=365).total_seconds())

# Consular records in Russian Cyrillic are of people born before this date.
_CYRILLIC_BORN_BEFORE = np.datetime64("1975-01-01")

# Countries of residence of the Georgian diaspora with illustrative weights,
# not measured.
_DIASPORA_COUNTRIES = {
    "RUS": 0.25,
    "GRC": 0.15,
    "ITA": 0.12,
    "USA": 0.10,
    "DEU": 0.10,
    "TUR": 0.08,
    "ESP": 0.07,
    "UKR": 0.05,
    "FRA": 0.04,
    "ISR": 0.04,
}


def build_civil_registry(
    people: pa.Table, foreigners: pa.Table, agency: Agency, rates: CorruptionRates, seed: int
) -> pa.Table:
    """Write civil-registry records: Georgian script, ISO 5218 sex, partial dates, stale contacts."""
    size = people.num_rows
    injector = Injector(seed, agency.name)

    given = people["given_name"].to_numpy(zero_copy_only=False).astype(object)
    family = people["family_name"].to_numpy(zero_copy_only=False).astype(object)
    patronymic = people["patronymic"].to_numpy(zero_copy_only=False).astype(object)
    in_mtavruli([given, family, patronymic], injector.every(size, rates.mtavruli))

    general = birthplace_table("general")
    moved = pa.array(general.values, type=pa.string()).take(pa.array(general.draw(injector.rng, size)))
    columns = {
        "personal_number": people["personal_number"],
        "given_name": pa.array(given, type=pa.string()),
        "family_name": pa.array(family, type=pa.string()),
        "patronymic": blank(
            pa.array(patronymic, type=pa.string()), injector.every(size, rates.field_missing)
        ),
        "birth_date": partial_dates(people["birth_date"], injector.every(size, rates.partial_birth_date)),
        "sex": people["sex"],
        "citizenship": people["citizenship"],
        "birth_place": people["birth_place"],
        "residence": replace(people["residence"], injector.every(size, rates.address_change), moved),
        "id_card_number": people["id_card_number"],
        "phone": _phones(people["phone"], rates, injector),
        "person_id": people["person_id"],
    }
    return _numbered_rows(columns, "record_id", "PSDA-", injector)


def build_border_crossings(
    people: pa.Table, foreigners: pa.Table, agency: Agency, rates: CorruptionRates, seed: int
) -> pa.Table:
    """Write border-crossing records: passport Latin names with errors, then foreigners unchanged."""
    size = people.num_rows
    injector = Injector(seed, agency.name)

    given = latin_names(people["given_name"], given_name=True, rates=rates, injector=injector)
    family = latin_names(people["family_name"], given_name=False, rates=rates, injector=injector)
    swap = injector.every(size, rates.name_swap)
    given[swap], family[swap] = family[swap], given[swap].copy()

    sex = _document_sex(people["sex"])
    citizens = {
        "given_name": pa.array(given, type=pa.string()),
        "family_name": pa.array(family, type=pa.string()),
        "birth_date": birth_dates(people["birth_date"], rates=rates, injector=injector),
        "sex": blank(sex, injector.every(size, rates.sex_missing)),
        "nationality": people["citizenship"],
        # NOTE: children under 14 without a passport have no travel document in
        # the population, so their border records have no document number.
        "document_number": pc.coalesce(people["passport_number"], people["id_card_number"]),
        "person_id": people["person_id"],
    }
    visitors = {
        "given_name": foreigners["given_name"],
        "family_name": foreigners["family_name"],
        "birth_date": pc.cast(foreigners["birth_date"], pa.string()),
        "sex": foreigners["sex"],
        "nationality": foreigners["nationality"],
        "document_number": foreigners["document_number"],
        "person_id": foreigners["person_id"],
    }
    columns: dict[str, pa.Array | pa.ChunkedArray] = {
        name: pa.chunked_array([_chunks(citizens[name]), _chunks(visitors[name])], type=pa.string())
        for name in citizens
    }

    total = size + foreigners.num_rows
    directions = np.array(["entry", "exit"])[injector.rng.integers(0, 2, total)]
    seconds = injector.rng.integers(0, _CROSSINGS_SECONDS, total).astype("timedelta64[s]")
    local = np.datetime_as_string(_CROSSINGS_START + seconds, unit="s")
    columns["direction"] = pa.array(directions, type=pa.string())
    columns["crossed_at"] = pc.binary_join_element_wise(pa.array(local), _GEORGIA_TIME_OFFSET, "")
    return _numbered_rows(columns, "crossing_id", "BC-", injector, order=BORDER_COLUMNS)


def build_consular_registrations(
    people: pa.Table, foreigners: pa.Table, agency: Agency, rates: CorruptionRates, seed: int
) -> pa.Table:
    """Write consular registrations: Latin names, Russian Cyrillic forms for a share of older people."""
    size = people.num_rows
    injector = Injector(seed, agency.name)

    given = latin_names(people["given_name"], given_name=True, rates=rates, injector=injector)
    family = latin_names(people["family_name"], given_name=False, rates=rates, injector=injector)
    born = pc.cast(people["birth_date"], pa.date32()).to_numpy(zero_copy_only=False).astype("datetime64[D]")
    cyrillic = (born < _CYRILLIC_BORN_BEFORE) & (injector.rng.random(size) < agency.cyrillic_share)
    given[cyrillic] = cyrillic_names(people["given_name"], given_name=True)[cyrillic]
    family[cyrillic] = cyrillic_names(people["family_name"], given_name=False)[cyrillic]

    countries = np.array(list(_DIASPORA_COUNTRIES))
    weights = np.array(list(_DIASPORA_COUNTRIES.values()))
    residence = countries[injector.rng.choice(len(countries), size=size, p=weights / weights.sum())]
    sex = _document_sex(people["sex"])
    columns = {
        "given_name": pa.array(given, type=pa.string()),
        "family_name": pa.array(family, type=pa.string()),
        "birth_date": birth_dates(people["birth_date"], rates=rates, injector=injector),
        "sex": blank(sex, injector.every(size, rates.sex_missing)),
        "personal_number": blank(people["personal_number"], injector.every(size, rates.field_missing)),
        "passport_number": people["passport_number"],
        "country_of_residence": pa.array(residence, type=pa.string()),
        "phone": _phones(people["phone"], rates, injector),
        "person_id": people["person_id"],
    }
    return _numbered_rows(columns, "registration_id", "CR-", injector)


def _phones(phones: pa.ChunkedArray, rates: CorruptionRates, injector: Injector) -> pa.Array:
    """Apply a changed number and a missing value at their rates."""
    size = len(phones)
    changed = replace(phones, injector.every(size, rates.phone_change), mobile_numbers(injector.rng, size))
    return blank(changed, injector.every(size, rates.field_missing))


def _document_sex(codes: pa.ChunkedArray) -> pa.Array:
    is_male = codes.to_numpy(zero_copy_only=False) == _ISO_5218_MALE
    return pa.array(np.where(is_male, "M", "F"), type=pa.string())


def _chunks(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


def _numbered_rows(
    columns: dict[str, pa.Array | pa.ChunkedArray],
    id_column: str,
    prefix: str,
    injector: Injector,
    order: tuple[str, ...] | None = None,
) -> pa.Table:
    """Shuffle the rows and number them ``prefix000001`` onwards in a first column ``id_column``."""
    names = [name for name in (order or columns) if name != id_column]
    table = pa.table({name: columns[name] for name in names})
    table = table.take(pa.array(injector.rng.permutation(table.num_rows)))
    ids = numbered(prefix, np.arange(1, table.num_rows + 1), 6)
    return table.add_column(0, id_column, ids)
