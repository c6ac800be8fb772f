"""Linking a Georgian-script extract to one in Russian Cyrillic, with synthetic people."""

from __future__ import annotations

import re

import pyarrow as pa
import pytest

from migstd.linkage import Settings, link
from migstd.script import to_cyrillic
from migstd.synth import agency_extracts, civil_registry, consular_registrations, population

SEED = 11
REGISTRY_SIZE = 400
CONSULAR_SIZE = 300
SHARED = 200
FIELDS = ["unique_id", "given_name", "family_name", "birth_date", "sex", "person_id"]

_LATIN_LETTER = re.compile("[A-Za-z]")
_CYRILLIC_LETTER = re.compile("[А-Яа-яЁё]")


def common_columns(table: pa.Table) -> pa.Table:
    return table.rename_columns(["unique_id", *table.column_names[1:]]).select(FIELDS)


def cyrillic_names(table: pa.Table, people: pa.Table) -> pa.Table:
    """Write in Cyrillic the names that the consular extract kept in Latin (people born from 1975)."""
    georgian = {
        row["person_id"]: row for row in people.select(["person_id", "given_name", "family_name"]).to_pylist()
    }
    for field in ("given_name", "family_name"):
        values = [
            name if name is None or _CYRILLIC_LETTER.search(name) else to_cyrillic(georgian[person][field])
            for name, person in zip(table[field].to_pylist(), table["person_id"].to_pylist(), strict=True)
        ]
        table = table.set_column(table.schema.get_field_index(field), field, pa.array(values, pa.string()))
    return table


@pytest.fixture(scope="module")
def extracts() -> tuple[pa.Table, pa.Table]:
    people = population(2_000, seed=SEED)
    tables = agency_extracts(
        people,
        agencies=[civil_registry(REGISTRY_SIZE), consular_registrations(CONSULAR_SIZE, cyrillic_share=1.0)],
        overlap=SHARED,
        seed=SEED,
    )
    registry = common_columns(tables["civil_registry"])
    consular = cyrillic_names(common_columns(tables["consular_registrations"]), people.table)
    return registry, consular


def test_cyrillic_extract_has_no_latin_names(extracts: tuple[pa.Table, pa.Table]) -> None:
    _, consular = extracts
    names = consular["given_name"].to_pylist() + consular["family_name"].to_pylist()

    assert not [name for name in names if name and _LATIN_LETTER.search(name)]
    assert all(_CYRILLIC_LETTER.search(name) for name in names if name)


@pytest.mark.parametrize("one_to_one", [False, True])
def test_georgian_to_cyrillic_f1(extracts: tuple[pa.Table, pa.Table], one_to_one: bool) -> None:
    registry, consular = extracts
    settings = Settings(unique_id="unique_id", truth_column="person_id", one_to_one=one_to_one)

    evaluation = link(registry, consular, settings).evaluate()

    assert evaluation.true_pairs == SHARED
    assert evaluation.f1 >= 0.9
