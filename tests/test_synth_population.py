"""Tests of the vectorized synthetic population of migstd.synth."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import numpy as np
import phonenumbers
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from migstd.codelists import countries, ge_municipalities, sex
from migstd.errors import SettingsError
from migstd.identifiers.ge import id_card_number, passport_number, personal_number
from migstd.synth import (
    POPULATION_COLUMNS,
    Population,
    SyntheticPerson,
    agency_extracts,
    civil_registry,
    demo_extracts,
    population,
    write_extracts,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
REFERENCE_DATE = date(2025, 1, 1)
TABLES = (
    "ethnic_groups.tsv",
    "minority_names.tsv",
    "age_groups.tsv",
    "birthplaces.tsv",
    "mobile_prefixes.tsv",
)

# 2014 census shares of the groups with their own names (counts over 3,713,804).
CENSUS_SHARES = {"azerbaijani": 0.063, "armenian": 0.045, "russian": 0.0071, "ossetian": 0.0039}


def data_rows(filename: str) -> list[list[str]]:
    text = resources.files("migstd.synth").joinpath("data", filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def column(table: pa.Table, name: str) -> list[object]:
    return list(table[name].to_pylist())


@pytest.fixture(scope="module")
def people() -> Population:
    return population(60_000, seed=31)


@pytest.fixture(scope="module")
def rows(people: Population) -> list[dict[str, object]]:
    return list(people.table.to_pylist())


# Determinism and shape


def test_population_is_deterministic() -> None:
    assert population(500, seed=5) == population(500, seed=5)
    assert population(500, seed=5) != population(500, seed=6)


def test_population_columns_and_types(people: Population) -> None:
    schema = people.table.schema

    assert tuple(schema.names) == POPULATION_COLUMNS
    for name in POPULATION_COLUMNS:
        expected = pa.date32() if name.endswith(("_date", "_expiry")) else pa.string()
        assert schema.field(name).type == expected, name


def test_population_empty() -> None:
    empty = population(0, seed=1)

    assert len(empty) == 0
    assert empty.table.column_names == list(POPULATION_COLUMNS)


def test_population_rejects_invalid_size() -> None:
    with pytest.raises(SettingsError, match="size"):
        population(-1, seed=1)
    with pytest.raises(SettingsError, match="size"):
        population(2.5, seed=1)  # type: ignore[arg-type]
    with pytest.raises(SettingsError, match="size"):
        population(True, seed=1)


def test_population_rejects_negative_seed() -> None:
    with pytest.raises(SettingsError, match=r"^seed must be an integer 0 or greater, got -1$"):
        population(10, seed=-1)
    with pytest.raises(SettingsError, match="seed"):
        population(10, seed=1.5)  # type: ignore[arg-type]
    with pytest.raises(SettingsError, match="seed"):
        population(10, seed=True)


def test_population_accepts_numpy_seed() -> None:
    assert population(3, seed=np.int64(5)) == population(3, seed=5)


def test_seed_checked_by_every_entry_point(tmp_path: Path) -> None:
    people = population(20, seed=1)

    with pytest.raises(SettingsError, match="seed"):
        agency_extracts(people, agencies=[civil_registry(5)], seed=-2)
    with pytest.raises(SettingsError, match="seed"):
        demo_extracts(seed=-3, registry_size=10, border_size=10, overlap=5)
    with pytest.raises(SettingsError, match="seed"):
        write_extracts(tmp_path, seed=-4, registry_size=10, border_size=10, overlap=5)
    assert list(tmp_path.iterdir()) == []


# The sequence view


def test_population_reads_as_people(people: Population) -> None:
    first = people[0]

    assert isinstance(first, SyntheticPerson)
    assert first.person_id == "P0000001"
    assert people[-1].person_id == f"P{len(people):07d}"
    assert [person.person_id for person in people[2:5]] == ["P0000003", "P0000004", "P0000005"]
    assert [person.person_id for person in people[:6:2]] == ["P0000001", "P0000003", "P0000005"]
    with pytest.raises(IndexError):
        people[len(people)]


def test_population_iterates_like_table() -> None:
    small = population(25_000, seed=3)
    ids = [person.person_id for person in small]

    assert ids == column(small.table, "person_id")
    assert isinstance(list(small)[12_345].birth_date, date)


def test_person_repr_hides_personal_fields(people: Population) -> None:
    for person in people[:50]:
        text = repr(person)
        assert person.given_name not in text
        assert person.family_name not in text
        assert person.personal_number not in text
        assert person.birth_date.isoformat() not in text
        assert str(person.birth_date.year) not in text
        assert person.phone is None or person.phone not in text
        assert person.id_card_number is None or person.id_card_number not in text


# Identifiers and codes


def test_personal_numbers_unique_and_valid(people: Population) -> None:
    numbers = column(people.table, "personal_number")

    assert len(set(numbers)) == len(numbers)
    for number in numbers[:2000]:
        assert isinstance(number, str)
        assert re.fullmatch(r"99\d{9}", number)
        assert personal_number.is_valid(number)


def test_person_ids_run_in_order(people: Population) -> None:
    ids = column(people.table, "person_id")

    assert ids[:3] == ["P0000001", "P0000002", "P0000003"]
    assert len(set(ids)) == len(ids)


def test_document_numbers_unique_and_valid(people: Population) -> None:
    id_cards = [number for number in column(people.table, "id_card_number") if number is not None]
    passports = [number for number in column(people.table, "passport_number") if number is not None]

    assert len(set(id_cards + passports)) == len(id_cards) + len(passports)
    for number in id_cards[:2000]:
        assert id_card_number.is_valid(str(number), strict=True)
    for number in passports[:2000]:
        assert passport_number.is_valid(str(number), strict=True)


def test_codes_are_in_code_lists(people: Population) -> None:
    table = people.table

    assert set(column(table, "sex")) == {"1", "2"}
    assert all(sex.get(str(code)) is not None for code in set(column(table, "sex")))
    assert set(column(table, "citizenship")) == {"GEO"}
    dual = {code for code in column(table, "second_citizenship") if code is not None}
    assert dual
    assert all(countries.get(str(code)) is not None for code in dual)
    places = set(column(table, "birth_place")) | set(column(table, "residence"))
    assert all(ge_municipalities.get(str(code)) is not None for code in places)


def test_phones_are_valid_georgian_mobiles(rows: list[dict[str, object]]) -> None:
    phones = [row["phone"] for row in rows if row["phone"] is not None]

    assert len(phones) >= 0.7 * len(rows)
    for phone in phones[:3000]:
        assert isinstance(phone, str)
        assert re.fullmatch(r"\+9955\d{8}", phone)
        parsed = phonenumbers.parse(phone)
        assert phonenumbers.is_valid_number(parsed), phone
        assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE
        assert phonenumbers.region_code_for_number(parsed) == "GE"


# Shares and distributions


def test_name_origin_shares(people: Population) -> None:
    counts = Counter(column(people.table, "name_origin"))

    for group, share in CENSUS_SHARES.items():
        assert counts[group] / len(people) == pytest.approx(share, rel=0.15), group
    assert counts["georgian"] / len(people) == pytest.approx(0.868, abs=0.01)
    assert {"yazidi", "ukrainian", "greek", "kist"} <= set(counts)


def test_sex_share(people: Population) -> None:
    female = column(people.table, "sex").count("2") / len(people)

    assert 0.50 <= female <= 0.55


def test_birth_dates_plausible(rows: list[dict[str, object]]) -> None:
    ages = [(REFERENCE_DATE - row["birth_date"]).days / 365.2425 for row in rows]  # type: ignore[operator]

    assert all(0 <= age < 105 for age in ages)
    assert 0.13 <= sum(age < 15 for age in ages) / len(ages) <= 0.18
    assert 0.13 <= sum(age >= 65 for age in ages) / len(ages) <= 0.19
    assert 36 <= sum(ages) / len(ages) <= 42


def test_given_names_agree_with_sex_and_origin(rows: list[dict[str, object]]) -> None:
    georgian = {(name, row_sex) for name, row_sex, _count in data_rows("given_names.tsv")}
    minority = {
        (group, name, row_sex)
        for group, kind, row_sex, name, _weight, _kind in data_rows("minority_names.tsv")
        if kind == "given"
    }
    letter = {"1": "M", "2": "F"}

    for row in rows[:5000]:
        sex_letter = letter[str(row["sex"])]
        if row["name_origin"] == "georgian":
            assert (row["given_name"], sex_letter) in georgian
        else:
            assert (row["name_origin"], row["given_name"], sex_letter) in minority
        patronymic = row["patronymic"]
        if patronymic is not None and row["name_origin"] == "georgian":
            assert (patronymic, "M") in georgian


def test_surname_forms_agree_with_sex(rows: list[dict[str, object]]) -> None:
    for row in rows:
        family_name = str(row["family_name"])
        if row["sex"] == "2":
            assert not family_name.endswith(("ოვი", "ევი"))
        else:
            assert not family_name.endswith(("ოვა", "ევა"))


def test_minority_surnames_in_georgian_registry_form(rows: list[dict[str, object]]) -> None:
    azerbaijani = Counter(row["family_name"] for row in rows if row["name_origin"] == "azerbaijani")
    armenian = Counter(row["family_name"] for row in rows if row["name_origin"] == "armenian")
    georgian = {row["family_name"] for row in rows if row["name_origin"] == "georgian"}

    assert azerbaijani.most_common(2)[0][0] in ("მამედოვი", "მამედოვა")
    assert "ალიევა" in azerbaijani
    assert {"სარქისიანი", "ჰაკობიანი"} <= set(armenian)
    assert not georgian & {"მამედოვი", "მამედოვა", "სარქისიანი"}


def test_names_follow_frequencies(rows: list[dict[str, object]]) -> None:
    men = Counter(row["given_name"] for row in rows if row["sex"] == "1")
    surnames = Counter(row["family_name"] for row in rows)

    assert men.most_common(1)[0][0] == "გიორგი"
    assert surnames.most_common(1)[0][0] == "ბერიძე"


def test_missing_patronymics(people: Population) -> None:
    missing = people.table["patronymic"].null_count / len(people)

    assert 0.01 <= missing <= 0.03


def test_birthplaces_by_group(rows: list[dict[str, object]]) -> None:
    azerbaijani = [str(row["birth_place"]) for row in rows if row["name_origin"] == "azerbaijani"]
    armenian = [str(row["birth_place"]) for row in rows if row["name_origin"] == "armenian"]
    general = Counter(str(row["birth_place"]) for row in rows if row["name_origin"] == "georgian")

    assert sum(code.startswith("GE-KK") for code in azerbaijani) / len(azerbaijani) > 0.6
    assert sum(code.startswith(("GE-SJ", "GE-TB")) for code in armenian) / len(armenian) > 0.6
    assert general.most_common(1)[0][0] == "GE-TB-TBILISI"


def test_occupied_birthplaces_only_before_1993(rows: list[dict[str, object]]) -> None:
    occupied = {entry.code for entry in ge_municipalities if entry.occupied}
    born_there = [row for row in rows if row["birth_place"] in occupied]

    assert born_there
    assert all(row["birth_date"] < date(1993, 1, 1) for row in born_there)  # type: ignore[operator]
    assert not {row["residence"] for row in born_there} & occupied


def test_documents_by_age(rows: list[dict[str, object]]) -> None:
    for row in rows[:10_000]:
        age = (REFERENCE_DATE - row["birth_date"]).days / 365.2425  # type: ignore[operator]
        if age >= 14.01:
            assert row["id_card_number"] is not None
        if age < 13.99:
            assert row["id_card_number"] is None
        if age < 15.99:
            assert row["phone"] is None


def test_document_expiry_dates(rows: list[dict[str, object]]) -> None:
    expiries = [row["id_card_expiry"] for row in rows if row["id_card_expiry"] is not None]
    expired = sum(expiry < REFERENCE_DATE for expiry in expiries) / len(expiries)  # type: ignore[operator]

    assert all(
        REFERENCE_DATE - timedelta(days=400) <= expiry <= REFERENCE_DATE + timedelta(days=3653)  # type: ignore[operator]
        for expiry in expiries
    )
    assert 0.05 <= expired <= 0.13
    passport_share = sum(row["passport_number"] is not None for row in rows) / len(rows)
    assert 0.37 <= passport_share <= 0.43
    for row in rows:
        assert (row["passport_number"] is None) == (row["passport_expiry"] is None)


def test_dual_citizenship_is_rare(people: Population) -> None:
    dual = 1 - people.table["second_citizenship"].null_count / len(people)

    assert 0.005 <= dual <= 0.015


def test_population_scales_quickly() -> None:
    table = population(200_000, seed=2).table

    assert table.num_rows == 200_000
    assert pc.count_distinct(table["personal_number"]).as_py() == 200_000


# Data files


@pytest.mark.parametrize("filename", TABLES)
def test_table_headers(filename: str) -> None:
    text = resources.files("migstd.synth").joinpath("data", filename).read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))

    assert "Source" in header
    assert "Accessed: 2026-12" in header
    assert "Licence:" in header
    assert "regenerate with scripts/make_synth_tables.py" in header


def test_birthplace_codes_valid() -> None:
    for table, code, weight in data_rows("birthplaces.tsv"):
        assert ge_municipalities.get(code) is not None, (table, code)
        assert int(weight) > 0


def test_script_reproduces_tables(tmp_path: Path) -> None:
    data = resources.files("migstd.synth").joinpath("data")
    shutil.copy(str(data.joinpath("surnames.tsv")), tmp_path / "surnames.tsv")
    script = REPO_ROOT / "scripts" / "make_synth_tables.py"
    subprocess.run([sys.executable, str(script), "--out-dir", str(tmp_path)], check=True)

    for filename in TABLES:
        assert (tmp_path / filename).read_bytes() == data.joinpath(filename).read_bytes(), filename
