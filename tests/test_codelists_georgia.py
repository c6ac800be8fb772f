"""Tests of Georgia's geography lists: regions, municipalities and border crossing points."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from migstd.codelists import countries
from migstd.codelists._georgia import (
    ADMINISTRATIVE_BOUNDARY_LINE,
    STATE_BORDER,
    BorderCrossingPointCode,
    MunicipalityCode,
    RegionCode,
    ge_border_crossing_points,
    ge_municipalities,
    ge_regions,
)

REPO_ROOT = Path(__file__).resolve().parents[1]

ISO_CODES = {
    "GE-AB", "GE-AJ", "GE-GU", "GE-IM", "GE-KA", "GE-KK",
    "GE-MM", "GE-RL", "GE-SJ", "GE-SK", "GE-SZ", "GE-TB",
}  # fmt: skip

# The five self-governing cities in Geostat's list. The other seven cities of 2014 are merged
# into their municipalities.
SELF_GOVERNING_CITIES = {"GE-TB-TBILISI", "GE-AJ-BATUMI", "GE-IM-KUTAISI", "GE-KK-RUSTAVI", "GE-SZ-POTI"}


# Regions


def test_regions_iso_codes_and_tskhinvali() -> None:
    iso = {region.code for region in ge_regions if region.iso_assigned}
    other = [region.code for region in ge_regions if not region.iso_assigned]
    assert iso == ISO_CODES
    assert other == ["GE-TSKHINVALI"]


def test_regions_iso_codes_match_pycountry() -> None:
    import pycountry

    in_pycountry = {record.code for record in pycountry.subdivisions if record.country_code == "GE"}
    assert in_pycountry == ISO_CODES


def test_regions_categories() -> None:
    categories = {region.code: region.category for region in ge_regions}
    assert [code for code, category in categories.items() if category == "autonomous republic"] == [
        "GE-AB",
        "GE-AJ",
    ]
    assert [code for code, category in categories.items() if category == "city"] == ["GE-TB"]
    assert sum(category == "region" for category in categories.values()) == 9
    assert categories["GE-TSKHINVALI"] == "former autonomous oblast"


def test_regions_occupied_flags() -> None:
    occupied = sorted(region.code for region in ge_regions if region.occupied)
    assert occupied == ["GE-AB", "GE-TSKHINVALI"]


def test_tskhinvali_region_overlaps_four_regions() -> None:
    region = ge_regions.get("GE-TSKHINVALI")
    assert region is not None
    assert set(region.overlaps) == {"GE-SK", "GE-IM", "GE-RL", "GE-MM"}
    assert not region.verified
    assert region.note


def test_regions_every_label_in_georgian() -> None:
    missing = [region.code for region in ge_regions if not region.labels.get("ka")]
    assert missing == []


def test_regions_iso_names_and_aliases() -> None:
    assert ge_regions.label("GE-KA") == "K'akheti"
    assert ge_regions.lookup("Kakheti").code == "GE-KA"
    assert ge_regions.lookup("Adjara").code == "GE-AJ"
    assert ge_regions.lookup("Ajaria").code == "GE-AJ"
    assert ge_regions.lookup("Racha-Lechkhumi and Kvemo Svaneti").code == "GE-RL"
    assert ge_regions.lookup("South Ossetia").code == "GE-TSKHINVALI"


def test_regions_georgian_and_russian_labels() -> None:
    assert ge_regions.label("GE-RL", lang="ka") == "რაჭა-ლეჩხუმი და ქვემო სვანეთი"
    assert ge_regions.label("GE-SZ", lang="ru") == "Самегрело-Верхняя Сванетия"
    assert ge_regions.lookup("ᲙᲐᲮᲔᲗᲘ").code == "GE-KA"
    assert ge_regions.lookup("Аджария").code == "GE-AJ"


def test_regions_russian_falls_back_to_english() -> None:
    assert ge_regions.label("GE-KA", lang="ru") == "K'akheti"


def test_regions_administrative_centres() -> None:
    centres = {region.code: region.administrative_centre for region in ge_regions}
    assert centres["GE-SZ"] == "Zugdidi"
    assert centres["GE-RL"] == "Ambrolauri"
    assert centres["GE-TSKHINVALI"] == "Tskhinvali"
    assert all(centres.values())


# Municipalities


def test_municipalities_counts() -> None:
    by_kind: dict[str, int] = {}
    for unit in ge_municipalities:
        by_kind[unit.kind] = by_kind.get(unit.kind, 0) + 1
    controlled = [unit for unit in ge_municipalities if not unit.occupied]
    assert len(controlled) == 64
    assert by_kind == {"municipality": 64, "self-governing city": 5, "district": 9}


def test_municipalities_self_governing_cities() -> None:
    cities = {unit.code for unit in ge_municipalities if unit.kind == "self-governing city"}
    assert cities == SELF_GOVERNING_CITIES


def test_municipalities_parents_resolve_in_regions() -> None:
    unresolved = [unit.code for unit in ge_municipalities if ge_regions.get(unit.parent or "") is None]
    assert unresolved == []


def test_municipalities_code_starts_with_parent() -> None:
    wrong = [unit.code for unit in ge_municipalities if not unit.code.startswith(f"{unit.parent}-")]
    assert wrong == []


def test_municipalities_children_of_region() -> None:
    imereti = {unit.code for unit in ge_municipalities.children("GE-IM")}
    assert len(imereti) == 12
    assert "GE-IM-KUTAISI" in imereti
    assert ge_municipalities.parent("GE-KA-TELAVI") is ge_regions.get("GE-KA")


def test_municipalities_occupied_flags() -> None:
    occupied = {unit.code: unit.occupied_territory for unit in ge_municipalities if unit.occupied}
    assert len(occupied) == 14
    assert occupied["GE-AB-AZHARA"] == "GE-AB"
    assert occupied["GE-AB-SOKHUMI"] == "GE-AB"
    assert occupied["GE-MM-AKHALGORI"] == "GE-TSKHINVALI"
    assert occupied["GE-SK-TSKHINVALI"] == "GE-TSKHINVALI"


def test_municipalities_controlled_have_no_territory() -> None:
    flagged = [unit.code for unit in ge_municipalities if not unit.occupied and unit.occupied_territory]
    assert flagged == []


def test_municipalities_in_occupied_regions_are_occupied() -> None:
    in_abkhazia = [unit for unit in ge_municipalities if unit.parent == "GE-AB"]
    assert in_abkhazia
    assert all(unit.occupied for unit in in_abkhazia)


def test_municipalities_lookup_mtavruli() -> None:
    assert ge_municipalities.lookup("ᲖᲣᲒᲓᲘᲓᲘ").code == "GE-SZ-ZUGDIDI"
    assert ge_municipalities.lookup("ზუგდიდი").code == "GE-SZ-ZUGDIDI"
    assert ge_municipalities.lookup("ᲥᲣᲗᲐᲘᲡᲘ").code == "GE-IM-KUTAISI"


def test_municipalities_lookup_with_kind() -> None:
    assert ge_municipalities.lookup("Zugdidi Municipality").code == "GE-SZ-ZUGDIDI"
    assert ge_municipalities.lookup("ზუგდიდის მუნიციპალიტეტი").code == "GE-SZ-ZUGDIDI"
    assert ge_municipalities.lookup("ყვარლის მუნიციპალიტეტი").code == "GE-KA-KVARELI"
    assert ge_municipalities.lookup("ხულოს მუნიციპალიტეტი").code == "GE-AJ-KHULO"
    assert ge_municipalities.lookup("City of Batumi").code == "GE-AJ-BATUMI"
    assert ge_municipalities.lookup("Zestafoni").code == "GE-IM-ZESTAPONI"


def test_municipalities_labels_unique_per_language() -> None:
    for lang in ("en", "ka"):
        labels = [unit.labels[lang].casefold() for unit in ge_municipalities]
        assert len(labels) == len(set(labels)), lang


def test_municipalities_unverified_say_why() -> None:
    unverified = [unit for unit in ge_municipalities if not unit.verified]
    assert len(unverified) == 13
    assert all(unit.note for unit in unverified)
    assert all(unit.occupied for unit in unverified)


# Border crossing points


def test_points_neighbours_are_countries() -> None:
    land = [
        point
        for point in ge_border_crossing_points
        if point.is_state_border and point.kind in ("road", "rail")
    ]
    assert land
    for point in land:
        assert countries.get(point.neighbour) is not None, point.code
    assert {point.neighbour for point in land} == {"TUR", "ARM", "AZE", "RUS"}


def test_points_boundary_line_kept_apart() -> None:
    boundary_line = [point for point in ge_border_crossing_points if not point.is_state_border]
    codes = sorted(point.code for point in boundary_line)
    assert codes == ["GE-ABL-ENGURI", "GE-ABL-ERGNETI", "GE-ABL-ODZISI", "GE-ABL-PEREVI"]
    for point in boundary_line:
        assert point.boundary == ADMINISTRATIVE_BOUNDARY_LINE
        assert point.neighbour == ""
        assert point.occupied_territory in ("GE-AB", "GE-TSKHINVALI")
        assert ge_municipalities.get(point.municipality) is not None


def test_state_border_points_lack_territory() -> None:
    state = [point for point in ge_border_crossing_points if point.boundary == STATE_BORDER]
    assert state
    assert all(point.occupied_territory == "" for point in state)


def test_points_enguri_leads_to_abkhazia() -> None:
    enguri = ge_border_crossing_points.lookup("ენგურის ხიდი")
    assert enguri.occupied_territory == "GE-AB"
    assert enguri.municipality == "GE-SZ-ZUGDIDI"


def test_points_places_resolve() -> None:
    for point in ge_border_crossing_points:
        if point.municipality:
            unit = ge_municipalities.get(point.municipality)
            assert unit is not None, point.code
            assert unit.parent == point.region, point.code
        if point.region:
            assert ge_regions.get(point.region) is not None, point.code


def test_points_airports_by_iata_and_icao() -> None:
    assert ge_border_crossing_points.get("TBS") is ge_border_crossing_points.get("GE-BCP-TBILISI-AIRPORT")
    assert ge_border_crossing_points.get("ugko") is ge_border_crossing_points.get("GE-BCP-KUTAISI-AIRPORT")
    assert ge_border_crossing_points.get("BUS") is ge_border_crossing_points.get("GE-BCP-BATUMI-AIRPORT")
    airports = [point for point in ge_border_crossing_points if point.kind == "air"]
    assert all(point.iata and point.icao for point in airports)


def test_points_only_land_kinds_have_neighbours() -> None:
    others = [
        point.code for point in ge_border_crossing_points if point.kind in ("sea", "air") and point.neighbour
    ]
    assert others == []


def test_points_kazbegi_is_only_russian_point() -> None:
    russian = [point.code for point in ge_border_crossing_points if point.neighbour == "RUS"]
    assert russian == ["GE-BCP-KAZBEGI"]
    assert ge_border_crossing_points.lookup("Dariali").code == "GE-BCP-KAZBEGI"


def test_points_vocabularies() -> None:
    kinds = {point.kind for point in ge_border_crossing_points}
    statuses = {point.status for point in ge_border_crossing_points}
    assert kinds == {"road", "rail", "sea", "air"}
    assert statuses <= {"operational", "seasonal", "not operational", "planned", "intermittent", "unknown"}


def test_points_unverified_say_why() -> None:
    unverified = [point for point in ge_border_crossing_points if not point.verified]
    assert unverified
    assert all(point.note for point in unverified)


# Pydantic field types


@pytest.mark.parametrize(
    ("field_type", "text", "expected"),
    [
        (RegionCode, "ge-tb", "GE-TB"),
        (RegionCode, "GE-TSKHINVALI", "GE-TSKHINVALI"),
        (MunicipalityCode, " ge-sz-zugdidi ", "GE-SZ-ZUGDIDI"),
        (BorderCrossingPointCode, "TBS", "GE-BCP-TBILISI-AIRPORT"),
        (BorderCrossingPointCode, "GE-ABL-ENGURI", "GE-ABL-ENGURI"),
    ],
)
def test_field_types_store_canonical_code(field_type: Any, text: str, expected: str) -> None:
    assert TypeAdapter(field_type).validate_python(text) == expected


@pytest.mark.parametrize("field_type", [RegionCode, MunicipalityCode, BorderCrossingPointCode])
def test_field_types_reject_without_value(field_type: Any) -> None:
    # A shifted column can put a personal number or a name into a code field.
    secret = "01001012345 Nino Beridze"
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(field_type).validate_python(secret)

    error = caught.value.errors()[0]
    assert error["type"].startswith("ge_")
    assert secret not in error["msg"]
    assert "01001012345" not in json.dumps(error.get("ctx", {}), ensure_ascii=False)


@pytest.mark.parametrize("value", [None, 7, b"GE-TB"])
def test_region_code_rejects_non_strings(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(RegionCode).validate_python(value)
    assert caught.value.errors()[0]["type"] == "ge_region_code"


def test_region_code_json_schema_enum() -> None:
    schema = TypeAdapter(RegionCode).json_schema()
    assert schema["type"] == "string"
    assert len(schema["enum"]) == 13


# Data files


def test_data_files_regenerate_identically(tmp_path: Path) -> None:
    script = REPO_ROOT / "scripts" / "make_georgia.py"
    if not script.exists():
        pytest.skip("the scripts folder is not part of an installed package")
    subprocess.run([sys.executable, str(script), "--out-dir", str(tmp_path)], check=True, capture_output=True)

    data_dir = REPO_ROOT / "src" / "migstd" / "codelists" / "data"
    for name in ("ge_regions", "ge_municipalities", "ge_border_crossing_points"):
        fresh = (tmp_path / f"{name}.json").read_text(encoding="utf-8")
        shipped = (data_dir / f"{name}.json").read_text(encoding="utf-8")
        assert fresh == shipped, name
