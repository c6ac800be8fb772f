"""Tests of the synthetic agency extracts: the demo's two, agency_extracts and their files."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import phonenumbers
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from migstd.cli import main
from migstd.errors import SettingsError
from migstd.script import Script, detect_script, to_latin
from migstd.synth import (
    BORDER_COLUMNS as FULL_BORDER_COLUMNS,
)
from migstd.synth import (
    CIVIL_REGISTRY_COLUMNS,
    CONSULAR_COLUMNS,
    Agency,
    CorruptionRates,
    Population,
    agency_extracts,
    border_crossings,
    civil_registry,
    consular_registrations,
    demo_extracts,
    population,
    truth_table,
    write_extracts,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
REFERENCE_NAMES = REPO_ROOT.parent / "shared" / "reference" / "names"

REGISTRY_COLUMNS = [
    "record_id",
    "personal_number",
    "given_name",
    "family_name",
    "patronymic",
    "birth_date",
    "sex",
    "citizenship",
    "person_id",
]
BORDER_COLUMNS = [
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
]
NO_ERRORS = CorruptionRates.none()
GEORGIAN_SCRIPTS = (Script.MKHEDRULI, Script.MTAVRULI)
BORDER_NAME = re.compile(r"[A-Z' -]+")


def rows(table: pa.Table) -> list[dict[str, Any]]:
    return list(table.to_pylist())


def passport(georgian: str) -> str:
    return to_latin(georgian, "passport").upper()


def data_rows(filename: str) -> list[list[str]]:
    text = resources.files("migstd.synth").joinpath("data", filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def sex_of_given_names() -> dict[str, set[str]]:
    """Map each given name of the Georgian and minority tables to the sexes that bear it."""
    sexes: dict[str, set[str]] = {}
    for name, sex, _count in data_rows("given_names.tsv"):
        sexes.setdefault(name, set()).add(sex)
    for _group, kind, sex, name, _weight, _kind in data_rows("minority_names.tsv"):
        if kind == "given":
            sexes.setdefault(name, set()).add(sex)
    return sexes


@pytest.fixture(scope="module")
def default_extracts() -> tuple[pa.Table, pa.Table]:
    return demo_extracts()


@pytest.fixture(scope="module")
def overlap_pairs(
    default_extracts: tuple[pa.Table, pa.Table],
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Registry and border rows of the people in both default extracts."""
    registry, border = default_extracts
    by_person = {row["person_id"]: row for row in rows(registry)}
    return [(by_person[row["person_id"]], row) for row in rows(border) if row["person_id"] in by_person]


# Extracts: shape


def test_extracts_are_deterministic(tmp_path: Path) -> None:
    first = write_extracts(tmp_path / "a", seed=9, registry_size=300, border_size=250, overlap=120)
    second = write_extracts(tmp_path / "b", seed=9, registry_size=300, border_size=250, overlap=120)

    for one, other in zip(first, second, strict=True):
        assert one.read_bytes() == other.read_bytes()


def test_extracts_depend_on_seed() -> None:
    registry_a, border_a = demo_extracts(seed=1, registry_size=50, border_size=50, overlap=20)
    registry_b, border_b = demo_extracts(seed=2, registry_size=50, border_size=50, overlap=20)

    assert not registry_a.equals(registry_b)
    assert not border_a.equals(border_b)


def test_extract_sizes_and_overlap(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    registry, border = default_extracts
    registry_ids = registry["person_id"].to_pylist()
    border_ids = border["person_id"].to_pylist()

    assert registry.num_rows == 6000
    assert border.num_rows == 5000
    assert len(set(registry_ids)) == len(registry_ids)
    assert len(set(border_ids)) == len(border_ids)
    assert len(set(registry_ids) & set(border_ids)) == 3000


@pytest.mark.parametrize(("registry_size", "border_size", "overlap"), [(10, 10, 10), (5, 40, 0)])
def test_extract_overlap_edge_cases(registry_size: int, border_size: int, overlap: int) -> None:
    registry, border = demo_extracts(registry_size=registry_size, border_size=border_size, overlap=overlap)
    shared = set(registry["person_id"].to_pylist()) & set(border["person_id"].to_pylist())

    assert registry.num_rows == registry_size
    assert border.num_rows == border_size
    assert len(shared) == overlap


def test_extract_columns(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    registry, border = default_extracts

    assert registry.column_names == REGISTRY_COLUMNS
    assert border.column_names == BORDER_COLUMNS
    for table in (registry, border):
        assert all(field.type == pa.string() for field in table.schema)


def test_extract_record_ids(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    registry, border = default_extracts

    assert registry["record_id"].to_pylist()[:2] == ["PSDA-000001", "PSDA-000002"]
    assert border["crossing_id"].to_pylist()[-1] == "BC-005000"


def test_extract_rows_are_shuffled(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    registry, border = default_extracts

    for table in (registry, border):
        ids = table["person_id"].to_pylist()
        assert ids != sorted(ids)


def test_extract_argument_checks() -> None:
    with pytest.raises(SettingsError, match="overlap"):
        demo_extracts(registry_size=10, border_size=20, overlap=11)
    with pytest.raises(SettingsError, match="border_size"):
        demo_extracts(registry_size=10, border_size=-1, overlap=0)


def test_corruption_rates_checks() -> None:
    with pytest.raises(SettingsError, match="typo"):
        CorruptionRates(typo=-0.1)
    with pytest.raises(SettingsError, match="day_month_swap"):
        CorruptionRates(day_month_swap=0.5)
    with pytest.raises(SettingsError, match="sex_missing"):
        CorruptionRates(sex_missing="high")  # type: ignore[arg-type]


# Extracts: registry content


def test_registry_names_are_georgian(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    registry, _ = default_extracts

    for row in rows(registry):
        assert detect_script(row["given_name"]) in GEORGIAN_SCRIPTS
        assert detect_script(row["family_name"]) in GEORGIAN_SCRIPTS
        if row["patronymic"] is not None:
            assert detect_script(row["patronymic"]) in GEORGIAN_SCRIPTS


def test_registry_values(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    registry, _ = default_extracts
    sexes = sex_of_given_names()

    for row in rows(registry):
        assert re.fullmatch(r"99\d{9}", row["personal_number"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["birth_date"])
        assert row["citizenship"] == "GEO"
        given_name = row["given_name"].lower()
        assert {"1": "M", "2": "F"}[row["sex"]] in sexes[given_name]


def test_registry_partial_dates(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    registry, _ = default_extracts
    dates = registry["birth_date"].to_pylist()
    partial = [value for value in dates if value.endswith("-00-00")]

    assert 0.008 <= len(partial) / len(dates) <= 0.025
    for value in dates:
        if value not in partial:
            date.fromisoformat(value)


# Extracts: border content


def test_border_names_are_passport_latin(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    _, border = default_extracts

    for row in rows(border):
        assert BORDER_NAME.fullmatch(row["given_name"])
        assert BORDER_NAME.fullmatch(row["family_name"])


def test_border_values(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    _, border = default_extracts

    for row in rows(border):
        crossed_at = datetime.fromisoformat(row["crossed_at"])
        assert crossed_at.year == 2025
        assert crossed_at.utcoffset() == timedelta(hours=4)
        assert row["direction"] in ("entry", "exit")
        assert row["sex"] in ("M", "F", None)
        if row["birth_date"] is not None:
            date.fromisoformat(row["birth_date"])
        if row["nationality"] == "GEO":
            assert row["document_number"] is None or re.fullmatch(r"99[A-Z]{2}\d{5}", row["document_number"])
        else:
            assert re.fullmatch(r"X\d{8}", row["document_number"])


def test_border_document_numbers_unique(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    _, border = default_extracts
    numbers = [number for number in border["document_number"].to_pylist() if number is not None]

    assert len(numbers) >= 0.9 * border.num_rows
    assert len(set(numbers)) == len(numbers)


def test_border_foreigners(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    registry, border = default_extracts
    registry_ids = set(registry["person_id"].to_pylist())
    foreign = [row for row in rows(border) if row["nationality"] != "GEO"]

    assert len(foreign) == 500
    assert {row["nationality"] for row in foreign} <= {"ARM", "AZE", "RUS", "TUR", "UKR", "DEU"}
    assert len({row["nationality"] for row in foreign}) == 6
    assert not registry_ids & {row["person_id"] for row in foreign}


def test_border_has_near_duplicate_names(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    _, border = default_extracts
    people_by_name: dict[tuple[str, str], set[str]] = {}
    for row in rows(border):
        key = (row["given_name"], row["family_name"])
        people_by_name.setdefault(key, set()).add(row["person_id"])

    assert any(len(people) >= 2 for people in people_by_name.values())


# Extracts: injected errors


def test_no_errors_at_zero_rates() -> None:
    registry, border = demo_extracts(registry_size=600, border_size=500, overlap=400, rates=NO_ERRORS)
    by_person = {row["person_id"]: row for row in rows(registry)}

    for row in rows(border):
        truth = by_person.get(row["person_id"])
        if truth is None:
            continue
        assert row["given_name"] == passport(truth["given_name"])
        assert row["family_name"] == passport(truth["family_name"])
        assert row["birth_date"] == truth["birth_date"]
        assert row["sex"] == {"1": "M", "2": "F"}[truth["sex"]]
    assert not any(value.endswith("-00-00") for value in registry["birth_date"].to_pylist())


def test_typo_changes_every_name() -> None:
    rates = replace(NO_ERRORS, typo=1.0)
    registry, border = demo_extracts(registry_size=300, border_size=300, overlap=300, rates=rates)
    by_person = {row["person_id"]: row for row in rows(registry)}

    for row in rows(border):
        expected = passport(by_person[row["person_id"]]["given_name"])
        assert row["given_name"] != expected
        assert abs(len(row["given_name"]) - len(expected)) <= 1


def test_romanization_variants_at_full_rate() -> None:
    rates = replace(NO_ERRORS, romanization=1.0)
    registry, border = demo_extracts(registry_size=500, border_size=500, overlap=500, rates=rates)
    by_person = {row["person_id"]: row for row in rows(registry)}
    changed = [
        row["given_name"] != passport(by_person[row["person_id"]]["given_name"]) for row in rows(border)
    ]

    # About half of the given names, weighted by frequency, have a variant spelling.
    assert sum(changed) / len(changed) > 0.4
    for row in rows(border):
        assert BORDER_NAME.fullmatch(row["given_name"])
        assert BORDER_NAME.fullmatch(row["family_name"])


def test_romanization_rate_holds_for_all_fields() -> None:
    rates = replace(NO_ERRORS, romanization=0.15)
    registry, border = demo_extracts(registry_size=3000, border_size=3000, overlap=3000, rates=rates)
    by_person = {row["person_id"]: row for row in rows(registry)}

    for field in ("given_name", "family_name"):
        changed = sum(row[field] != passport(by_person[row["person_id"]][field]) for row in rows(border))
        assert 0.11 <= changed / border.num_rows <= 0.19


def test_name_variants_include_aliases() -> None:
    rates = replace(NO_ERRORS, romanization=1.0)
    _, border = demo_extracts(registry_size=3000, border_size=3000, overlap=3000, rates=rates)
    given_names = set(border["given_name"].to_pylist())

    assert given_names & {"GEORGE", "DAVID", "ALEXANDER", "MIKHAIL"}


def test_default_rates_are_roughly_respected(
    overlap_pairs: list[tuple[dict[str, Any], dict[str, Any]]],
) -> None:
    pairs = [pair for pair in overlap_pairs if not pair[0]["birth_date"].endswith("-00")]
    counts: Counter[str] = Counter()
    for truth, row in pairs:
        true_date = date.fromisoformat(truth["birth_date"])
        if row["birth_date"] is None:
            counts["missing"] += 1
        elif row["birth_date"] == true_date.isoformat():
            counts["same"] += 1
        elif true_date.day <= 12 and row["birth_date"] == (
            date(true_date.year, true_date.day, true_date.month).isoformat()
        ):
            counts["swapped"] += 1
        else:
            counts["changed"] += 1

    assert 0.015 <= counts["swapped"] / len(pairs) <= 0.045
    assert 0.015 <= counts["changed"] / len(pairs) <= 0.045
    assert 0.01 <= counts["missing"] / len(pairs) <= 0.035


def test_default_name_and_sex_errors(
    overlap_pairs: list[tuple[dict[str, Any], dict[str, Any]]],
) -> None:
    same_given = sum(row["given_name"] == passport(truth["given_name"]) for truth, row in overlap_pairs)
    swapped = sum(
        row["given_name"] == passport(truth["family_name"])
        and row["family_name"] == passport(truth["given_name"])
        for truth, row in overlap_pairs
    )
    missing_sex = sum(row["sex"] is None for _, row in overlap_pairs)

    assert 0.70 <= same_given / len(overlap_pairs) <= 0.86
    assert 0.002 <= swapped / len(overlap_pairs) <= 0.02
    assert 0.01 <= missing_sex / len(overlap_pairs) <= 0.035


def test_foreigners_are_not_corrupted(default_extracts: tuple[pa.Table, pa.Table]) -> None:
    _, border = default_extracts

    for row in rows(border):
        if row["nationality"] != "GEO":
            assert row["birth_date"] is not None
            assert row["sex"] is not None


# CSV files


def test_write_extracts_csv(tmp_path: Path) -> None:
    registry_path, border_path = write_extracts(
        tmp_path, seed=3, registry_size=80, border_size=60, overlap=30
    )
    registry, border = demo_extracts(seed=3, registry_size=80, border_size=60, overlap=30)

    assert (registry_path.name, border_path.name) == ("civil_registry.csv", "border_crossings.csv")
    for path, table in ((registry_path, registry), (border_path, border)):
        with path.open(encoding="utf-8", newline="") as handle:
            written = list(csv.reader(handle))
        assert written[0] == table.column_names
        assert len(written) == table.num_rows + 1
        values = [["" if value is None else value for value in row.values()] for row in rows(table)]
        assert written[1:] == values


# Data files


@pytest.mark.parametrize("filename", ["given_names.tsv", "surnames.tsv"])
def test_data_file_headers(filename: str) -> None:
    text = resources.files("migstd.synth").joinpath("data", filename).read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))

    assert text.startswith("# ")
    assert "Source: JumpStart Georgia" in header
    assert "github.com/joke2k/faker" in header
    assert "Accessed: 2026-12" in header
    assert "Licence: MIT" in header
    assert "Copyright (c) 2017 JumpStart Georgia" in header
    assert "regenerate with scripts/make_synth_names.py" in header


def test_surname_weight_kinds() -> None:
    surname_rows = data_rows("surnames.tsv")
    kinds = Counter(kind for _name, _weight, kind in surname_rows)

    assert kinds["count"] == 10
    assert kinds["estimate"] == len(surname_rows) - 10
    assert len({name for name, _weight, _kind in surname_rows}) == len(surname_rows)
    assert all(int(weight) > 0 for _name, weight, _kind in surname_rows)


def test_given_names_have_sex() -> None:
    assert {sex for _name, sex, _count in data_rows("given_names.tsv")} == {"M", "F"}


@pytest.mark.skipif(not REFERENCE_NAMES.is_dir(), reason="reference name tables not present")
def test_script_reproduces_data_files(tmp_path: Path) -> None:
    script = REPO_ROOT / "scripts" / "make_synth_names.py"
    subprocess.run(
        [sys.executable, str(script), str(REFERENCE_NAMES), "--out-dir", str(tmp_path)],
        check=True,
    )

    for filename in ("given_names.tsv", "surnames.tsv"):
        shipped = resources.files("migstd.synth").joinpath("data", filename).read_bytes()
        assert (tmp_path / filename).read_bytes() == shipped


# agency_extracts


@pytest.fixture(scope="module")
def people() -> Population:
    return population(4000, seed=41)


@pytest.fixture(scope="module")
def three_extracts(people: Population) -> dict[str, pa.Table]:
    return agency_extracts(
        people,
        agencies=[civil_registry(3000), border_crossings(1500), consular_registrations(400)],
        overlap={"border_crossings": 1000, "consular_registrations": 300},
        seed=5,
    )


def test_agency_extracts_sizes_and_overlap(three_extracts: dict[str, pa.Table]) -> None:
    ids = {name: set(table["person_id"].to_pylist()) for name, table in three_extracts.items()}

    assert {name: table.num_rows for name, table in three_extracts.items()} == {
        "civil_registry": 3000,
        "border_crossings": 1500,
        "consular_registrations": 400,
    }
    assert len(ids["civil_registry"] & ids["border_crossings"]) == 1000
    assert len(ids["civil_registry"] & ids["consular_registrations"]) == 300
    for name, table in three_extracts.items():
        assert len(ids[name]) == table.num_rows, name


def test_agency_extract_columns(three_extracts: dict[str, pa.Table]) -> None:
    assert tuple(three_extracts["civil_registry"].column_names) == CIVIL_REGISTRY_COLUMNS
    assert tuple(three_extracts["border_crossings"].column_names) == FULL_BORDER_COLUMNS
    assert tuple(three_extracts["consular_registrations"].column_names) == CONSULAR_COLUMNS
    for table in three_extracts.values():
        assert all(field.type == pa.string() for field in table.schema)


def test_agency_extracts_deterministic(people: Population) -> None:
    agencies = [civil_registry(500), consular_registrations(200)]
    first = agency_extracts(people, agencies=agencies, seed=3)
    second = agency_extracts(people, agencies=agencies, seed=3)
    other = agency_extracts(people, agencies=agencies, seed=4)

    for name in first:
        assert first[name].equals(second[name])
        assert not first[name].equals(other[name])


def test_truth_is_exact(people: Population, three_extracts: dict[str, pa.Table]) -> None:
    truth = truth_table(three_extracts)
    by_person = {row["person_id"]: row for row in people.table.to_pylist()}

    assert truth.num_rows == sum(table.num_rows for table in three_extracts.values())
    registry = three_extracts["civil_registry"]
    pairs = set(zip(registry["record_id"].to_pylist(), registry["person_id"].to_pylist(), strict=True))
    truth_pairs = {
        (row["record_id"], row["person_id"]) for row in truth.to_pylist() if row["agency"] == "civil_registry"
    }
    assert truth_pairs == pairs
    for row in rows(registry):
        assert row["personal_number"] == by_person[row["person_id"]]["personal_number"]
        assert row["id_card_number"] == by_person[row["person_id"]]["id_card_number"]


def test_consular_cyrillic_for_older_people(people: Population) -> None:
    consular = agency_extracts(
        people, agencies=[consular_registrations(3000, cyrillic_share=0.5)], rates=NO_ERRORS, seed=2
    )["consular_registrations"]
    born = {row["person_id"]: row["birth_date"] for row in people.table.to_pylist()}
    older = [row for row in rows(consular) if born[row["person_id"]] < date(1975, 1, 1)]
    younger = [row for row in rows(consular) if born[row["person_id"]] >= date(1975, 1, 1)]
    cyrillic = [row for row in older if detect_script(row["family_name"]) == Script.CYRILLIC]

    assert 0.4 <= len(cyrillic) / len(older) <= 0.6
    assert all(BORDER_NAME.fullmatch(row["family_name"]) for row in younger)
    assert any(row["given_name"] == "Георгий" for row in cyrillic) or len(cyrillic) < 50


def test_agency_argument_checks(people: Population) -> None:
    with pytest.raises(SettingsError, match="kind"):
        Agency("tax_office", 10)
    with pytest.raises(SettingsError, match="size"):
        civil_registry(-1)
    with pytest.raises(SettingsError, match="foreign_share"):
        border_crossings(10, foreign_share=2)
    with pytest.raises(SettingsError, match="overlap"):
        agency_extracts(people, agencies=[civil_registry(10)], overlap={"border_crossings": 3})
    with pytest.raises(SettingsError, match="unique"):
        agency_extracts(people, agencies=[civil_registry(10), civil_registry(10)])
    with pytest.raises(SettingsError, match="fewer than"):
        agency_extracts(people, agencies=[civil_registry(5000)])


# Error kinds and their rates

ALL_CHANGED = replace(
    NO_ERRORS,
    mtavruli=0.2,
    field_missing=0.2,
    phone_change=0.2,
    address_change=0.2,
)


@pytest.fixture(scope="module")
def corrupted_registry(people: Population) -> tuple[pa.Table, dict[str, dict[str, Any]]]:
    registry = agency_extracts(people, agencies=[civil_registry(4000)], rates=ALL_CHANGED, seed=8)
    truth = {row["person_id"]: row for row in people.table.to_pylist()}
    return registry["civil_registry"], truth


def test_registry_error_rates(corrupted_registry: tuple[pa.Table, dict[str, dict[str, Any]]]) -> None:
    registry, truth = corrupted_registry
    records = rows(registry)
    mtavruli = sum(detect_script(row["family_name"]) == Script.MTAVRULI for row in records)
    with_phone = [row for row in records if truth[row["person_id"]]["phone"] is not None]
    phone_missing = sum(row["phone"] is None for row in with_phone)
    phone_changed = sum(
        row["phone"] is not None and row["phone"] != truth[row["person_id"]]["phone"] for row in with_phone
    )
    moved = sum(row["residence"] != truth[row["person_id"]]["residence"] for row in records)

    assert 0.17 <= mtavruli / len(records) <= 0.23
    assert 0.17 <= phone_missing / len(with_phone) <= 0.23
    # A changed phone can still go missing afterwards: 0.2 * 0.8 of those with a phone.
    assert 0.13 <= phone_changed / len(with_phone) <= 0.19
    # A moved person can draw the same municipality again, mostly Tbilisi.
    assert 0.12 <= moved / len(records) <= 0.21


def test_changed_phones_are_valid(corrupted_registry: tuple[pa.Table, dict[str, dict[str, Any]]]) -> None:
    registry, _ = corrupted_registry

    for phone in registry["phone"].to_pylist():
        if phone is not None:
            assert phonenumbers.is_valid_number(phonenumbers.parse(phone))


def test_short_and_russian_forms_at_rate(people: Population) -> None:
    rates = replace(NO_ERRORS, short_form=0.1, russian_form=0.1)
    agencies = [civil_registry(4000), border_crossings(4000, foreign_share=0)]
    extracts = agency_extracts(people, agencies=agencies, overlap=4000, rates=rates, seed=9)
    truth = {row["person_id"]: row["given_name"] for row in people.table.to_pylist()}
    border = rows(extracts["border_crossings"])
    changed = [row for row in border if row["given_name"] != passport(truth[row["person_id"]])]
    georgii = [row for row in border if row["given_name"] == "GEORGII"]
    short = [row for row in border if row["given_name"] in ("GOGA", "GIA", "GOGI", "SANDRO", "ALEKO", "DATO")]

    assert 0.15 <= len(changed) / len(border) <= 0.23
    assert georgii
    assert short
    assert all(truth[row["person_id"]] == "გიორგი" for row in georgii)


# migstd synth


def run_cli(*arguments: str) -> int:
    return main(["synth", *arguments])


def test_cli_synth_writes_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = run_cli(
        "--people", "400", "--seed", "3", "--out-dir", str(tmp_path),
        "--agencies", "civil_registry", "border_crossings=150", "consular_registrations=40",
    )  # fmt: skip
    messages = capsys.readouterr().err

    assert status == 0
    files = sorted(path.name for path in tmp_path.iterdir())
    assert files == ["border_crossings.csv", "civil_registry.csv", "consular_registrations.csv", "truth.csv"]
    with (tmp_path / "truth.csv").open(encoding="utf-8", newline="") as handle:
        truth = list(csv.DictReader(handle))
    assert len(truth) == 400 + 150 + 40
    with (tmp_path / "border_crossings.csv").open(encoding="utf-8", newline="") as handle:
        border = list(csv.DictReader(handle))
    border_truth = {
        (row["record_id"], row["person_id"]) for row in truth if row["agency"] == "border_crossings"
    }
    assert {(row["crossing_id"], row["person_id"]) for row in border} == border_truth
    assert "wrote" in messages
    assert "590 records" in messages


def test_cli_synth_writes_parquet(tmp_path: Path) -> None:
    status = run_cli("--people", "300", "--seed", "4", "--out-dir", str(tmp_path), "--format", "parquet")
    expected = agency_extracts(
        population(300, seed=4), agencies=[civil_registry(300), border_crossings(150)], seed=4
    )

    assert status == 0
    for name, table in expected.items():
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(table)
    assert pq.read_table(tmp_path / "truth.parquet").num_rows == 450


def test_cli_synth_georgian_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = run_cli("--lang", "ka", "--people", "50", "--out-dir", str(tmp_path))

    assert status == 0
    assert "ჩაიწერა" in capsys.readouterr().err


def test_cli_synth_rejects_unknown_agency(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run_cli("--agencies", "tax_office")

    assert stopped.value.code == 2
    assert "tax_office" in capsys.readouterr().err


def test_cli_synth_negative_people_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run_cli("--people", "-3", "--out-dir", str(tmp_path))
    messages = capsys.readouterr().err

    assert stopped.value.code == 2
    assert "--people must be a whole number, 0 or greater" in messages
    assert "generating" not in messages
    assert "size" not in messages
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("language", ["en", "ka"])
def test_cli_synth_negative_seed_is_usage_error(
    language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run_cli("--lang", language, "--seed", "-1", "--people", "10", "--out-dir", str(tmp_path))
    messages = capsys.readouterr().err

    assert stopped.value.code == 2
    expected = "--seed must be a whole number" if language == "en" else "--seed უნდა იყოს მთელი რიცხვი"
    assert expected in messages
    assert "Traceback" not in messages


def test_cli_synth_zero_people_writes_headers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = run_cli("--people", "0", "--out-dir", str(tmp_path))

    assert status == 0
    truth = (tmp_path / "truth.csv").read_text(encoding="utf-8").splitlines()
    assert truth == ['"agency","record_id","person_id"']
    assert "civil_registry.csv: 0 records" in capsys.readouterr().err


def test_cli_synth_one_record_is_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = run_cli("--people", "1", "--out-dir", str(tmp_path), "--agencies", "civil_registry")

    assert status == 0
    assert "civil_registry.csv: 1 record\n" in capsys.readouterr().err
