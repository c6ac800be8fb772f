"""Regenerate Georgia's geography code lists of ``migstd.codelists``.

Usage::

    python scripts/make_georgia.py [--out-dir DIR]

The script reads three curated tables under ``scripts/sources/`` and writes
``ge_regions.json``, ``ge_municipalities.json`` and
``ge_border_crossing_points.json`` to ``src/migstd/codelists/data/``. Each
table's header comment lines give its sources, the date they were checked
and the licence. Each row carries its own source.

The regions table is checked against ISO 3166-2:GE as shipped in pycountry
26.2.16: codes, English names, categories, and the Georgian and Russian
names of its gettext catalogues. A pycountry update that changes them makes
the script fail instead of silently changing the data. The script also
rejects codes that do not resolve, labels that two entries share, and values
outside each column's vocabulary. Entries are sorted by code, so running it
twice gives byte-identical output.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pycountry

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = REPO_ROOT / "scripts" / "sources"
DEFAULT_OUT_DIR = REPO_ROOT / "src" / "migstd" / "codelists" / "data"
GENERATED_BY = "scripts/make_georgia.py"

# The pycountry release whose ISO 3166-2:GE data and catalogues the regions table was checked against.
PYCOUNTRY_VERSION = "26.2.16"
CHECKED_ON = "2026-12-04"

REGION_CATEGORIES = ("autonomous republic", "region", "city", "former autonomous oblast")
MUNICIPALITY_KINDS = ("municipality", "self-governing city", "district")
POINT_KINDS = ("road", "rail", "sea", "air")
BOUNDARIES = ("state border", "administrative boundary line")
STATUSES = ("operational", "seasonal", "not operational", "planned", "intermittent", "unknown")

# Georgian genitives that do not follow the ending rule in georgian_genitive (the stem loses a vowel).
GENITIVE_EXCEPTIONS = {"ყვარელი": "ყვარლის"}


class DataError(Exception):
    """A curated table breaks one of the rules this script checks."""


def read_table(name: str) -> list[dict[str, str]]:
    """Return the rows of ``scripts/sources/<name>.tsv``, skipping its ``#`` comment lines."""
    path = SOURCES_DIR / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]

    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for number, row in enumerate(reader, start=1):
        if None in row or any(value is None for value in row.values()):
            raise DataError(f"{name}.tsv row {number} has the wrong number of columns")
        rows.append({key: value.strip() for key, value in row.items()})
    return rows


def split_list(value: str, separator: str = "|") -> list[str]:
    """Return the non-empty items of a separated cell."""
    return [item.strip() for item in value.split(separator) if item.strip()]


def parse_bool(value: str, where: str) -> bool:
    """Return the boolean of a yes/no cell."""
    if value not in ("yes", "no"):
        raise DataError(f"{where}: expected yes or no, got {value!r}")
    return value == "yes"


def check_choice(value: str, choices: Sequence[str], where: str) -> str:
    """Return ``value`` if it is one of ``choices``."""
    if value not in choices:
        raise DataError(f"{where}: {value!r} is not one of {', '.join(choices)}")
    return value


def georgian_genitive(name: str) -> str:
    """Return the genitive of a Georgian place name, as in "ზუგდიდის მუნიციპალიტეტი".

    A final ი, ა or ე becomes ის; a final ო or უ takes ს.
    """
    if name in GENITIVE_EXCEPTIONS:
        return GENITIVE_EXCEPTIONS[name]
    if name.endswith(("ი", "ა", "ე")):
        return name[:-1] + "ის"
    if name.endswith(("ო", "უ")):
        return name + "ს"
    return name + "ის"


def code_slug(name: str) -> str:
    """Return the capitalised ASCII form of an English name used in migstd codes."""
    return re.sub(r"[^A-Z0-9]+", "-", name.upper()).strip("-")


def check_unique_labels(name: str, entries: Iterable[dict[str, Any]]) -> None:
    """Raise when two entries share a label in one language, or a label equals another entry's code."""
    codes = {entry["code"].casefold(): entry["code"] for entry in entries}
    seen: dict[tuple[str, str], str] = {}
    for entry in entries:
        for lang, label in entry["labels"].items():
            key = (lang, label.casefold())
            if key in seen:
                raise DataError(f"{name}: {seen[key]} and {entry['code']} share the {lang} label {label!r}")
            seen[key] = entry["code"]
            other = codes.get(label.casefold())
            if other is not None and other != entry["code"]:
                raise DataError(f"{name}: the {lang} label of {entry['code']} is the code {other}")


def build_regions() -> list[dict[str, Any]]:
    """Return the entries of ge_regions, checked against pycountry's ISO 3166-2:GE."""
    if pycountry.__version__ != PYCOUNTRY_VERSION:
        raise DataError(f"pycountry {PYCOUNTRY_VERSION} is required, not {pycountry.__version__}")

    iso = {record.code: record for record in pycountry.subdivisions if record.country_code == "GE"}
    catalogues = {
        lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
        for lang in ("ka", "ru")
    }

    entries: list[dict[str, Any]] = []
    for row in read_table("ge_regions"):
        where = f"ge_regions {row['code']}"
        iso_assigned = parse_bool(row["iso_assigned"], where)
        labels = {"en": row["name_en"], "ka": row["name_ka"]}
        if row["name_ru"]:
            labels["ru"] = row["name_ru"]

        if iso_assigned:
            record = iso.pop(row["code"], None)
            if record is None:
                raise DataError(f"{where}: not an ISO 3166-2:GE code in pycountry {PYCOUNTRY_VERSION}")
            if record.name != row["name_en"] or record.type.lower() != row["category"]:
                raise DataError(
                    f"{where}: name or category differs from pycountry ({record.name}, {record.type})"
                )
            for lang, catalogue in catalogues.items():
                translated = catalogue.gettext(record.name)
                if translated != record.name and translated != labels.get(lang):
                    raise DataError(f"{where}: the {lang} label differs from pycountry's {translated!r}")
                if translated == record.name and lang == "ru" and "ru" in labels:
                    raise DataError(f"{where}: a Russian label that pycountry does not have needs a source")

        overlaps = split_list(row["overlaps"], ",")
        entries.append(
            {
                "code": row["code"],
                "labels": labels,
                "aliases": split_list(row["aliases"]),
                "source": row["source"],
                "verified": parse_bool(row["verified"], where),
                "note": row["note"],
                "category": check_choice(row["category"], REGION_CATEGORIES, where),
                "administrative_centre": row["administrative_centre"],
                "occupied": parse_bool(row["occupied"], where),
                "iso_assigned": iso_assigned,
                "overlaps": overlaps,
            }
        )

    if iso:
        raise DataError(f"ge_regions lacks the ISO codes {', '.join(sorted(iso))}")

    codes = {entry["code"] for entry in entries}
    for entry in entries:
        unknown = [code for code in entry["overlaps"] if code not in codes]
        if unknown:
            raise DataError(f"ge_regions {entry['code']}: overlaps unknown codes {', '.join(unknown)}")
    return sorted(entries, key=lambda entry: entry["code"])


def municipality_aliases(row: dict[str, str]) -> list[str]:
    """Return the curated aliases plus the unit's name with its kind, in English and Georgian."""
    english, georgian = row["name_en"], row["name_ka"]
    if row["kind"] == "self-governing city":
        formed = [f"{english} City", f"City of {english}", f"ქალაქი {georgian}"]
    elif row["kind"] == "district":
        formed = [f"{english} District", f"{georgian_genitive(georgian)} რაიონი"]
    else:
        formed = [f"{english} Municipality", f"{georgian_genitive(georgian)} მუნიციპალიტეტი"]
    return split_list(row["aliases"]) + formed


def build_municipalities(region_codes: set[str]) -> list[dict[str, Any]]:
    """Return the entries of ge_municipalities, whose parents are ge_regions codes."""
    entries: list[dict[str, Any]] = []
    for row in read_table("ge_municipalities"):
        where = f"ge_municipalities {row['code']}"
        if row["parent"] not in region_codes:
            raise DataError(f"{where}: the parent {row['parent']} is not a ge_regions code")
        if row["code"] != f"{row['parent']}-{code_slug(row['name_en'])}":
            raise DataError(f"{where}: the code does not follow <region>-<English name>")

        occupied = parse_bool(row["occupied"], where)
        territory = row["occupied_territory"]
        if occupied != bool(territory) or (territory and territory not in region_codes):
            raise DataError(f"{where}: occupied and occupied_territory disagree")

        entries.append(
            {
                "code": row["code"],
                "labels": {"en": row["name_en"], "ka": row["name_ka"]},
                "aliases": municipality_aliases(row),
                "source": row["source"],
                "verified": parse_bool(row["verified"], where),
                "note": row["note"],
                "parent": row["parent"],
                "kind": check_choice(row["kind"], MUNICIPALITY_KINDS, where),
                "occupied": occupied,
                "occupied_territory": territory,
            }
        )
    return sorted(entries, key=lambda entry: entry["code"])


def build_points(region_codes: set[str], municipality_parents: dict[str, str]) -> list[dict[str, Any]]:
    """Return the entries of ge_border_crossing_points."""
    entries: list[dict[str, Any]] = []
    for row in read_table("ge_border_crossing_points"):
        where = f"ge_border_crossing_points {row['code']}"
        kind = check_choice(row["kind"], POINT_KINDS, where)
        boundary = check_choice(row["boundary"], BOUNDARIES, where)
        state_border = boundary == "state border"

        land = kind in ("road", "rail")
        if state_border and land and pycountry.countries.get(alpha_3=row["neighbour"]) is None:
            raise DataError(f"{where}: a land point on the state border needs a neighbour's alpha-3 code")
        if (not state_border or not land) and row["neighbour"]:
            raise DataError(f"{where}: only land points on the state border have a neighbour")
        if state_border == bool(row["occupied_territory"]):
            raise DataError(f"{where}: exactly the boundary-line points lead to an occupied territory")

        for column in ("region", "occupied_territory"):
            if row[column] and row[column] not in region_codes:
                raise DataError(f"{where}: {column} {row[column]} is not a ge_regions code")
        municipality = row["municipality"]
        if municipality and municipality_parents.get(municipality) != row["region"]:
            raise DataError(f"{where}: the municipality {municipality} is not in the region {row['region']}")

        entries.append(
            {
                "code": row["code"],
                "labels": {"en": row["name_en"], "ka": row["name_ka"]},
                "aliases": split_list(row["aliases"]),
                "source": row["source"],
                "verified": parse_bool(row["verified"], where),
                "note": row["note"],
                "kind": kind,
                "boundary": boundary,
                "neighbour": row["neighbour"],
                "counterpart": row["counterpart"],
                "municipality": municipality,
                "region": row["region"],
                "occupied_territory": row["occupied_territory"],
                "status": check_choice(row["status"], STATUSES, where),
                "iata": row["iata"],
                "icao": row["icao"],
            }
        )
    return sorted(entries, key=lambda entry: entry["code"])


def data_file(
    title: dict[str, str], source: str, version: str, entries: list[dict[str, Any]]
) -> dict[str, Any]:
    """Return the JSON object of one data file."""
    return {
        "title": title,
        "source": source,
        "version": version,
        "licence": "compiled facts from the sources named per entry; MIT as part of migstd",
        "generated_by": GENERATED_BY,
        "entries": entries,
    }


def build_files() -> dict[str, dict[str, Any]]:
    """Return the three data files by list name."""
    regions = build_regions()
    region_codes = {entry["code"] for entry in regions}
    municipalities = build_municipalities(region_codes)
    parents = {entry["code"]: entry["parent"] for entry in municipalities}
    points = build_points(region_codes, parents)

    lists = {"ge_regions": regions, "ge_municipalities": municipalities, "ge_border_crossing_points": points}
    for name, entries in lists.items():
        check_unique_labels(name, entries)

    files = {
        "ge_regions": data_file(
            {"en": "Regions of Georgia", "ka": "საქართველოს მხარეები"},
            "ISO 3166-2:GE from Debian iso-codes as shipped in pycountry; the Tskhinvali region "
            "(GE-TSKHINVALI) is a migstd code because ISO 3166-2 assigns none",
            f"pycountry {PYCOUNTRY_VERSION}; curated {CHECKED_ON}",
            regions,
        ),
        "ge_municipalities": data_file(
            {"en": "Municipalities of Georgia", "ka": "საქართველოს მუნიციპალიტეტები"},
            "Geostat regional statistics database (names); regional administrations and the Council of "
            "Europe municipal dataset (regions). The codes are migstd codes: no official code was found",
            f"Geostat database dump 2025-02-01; curated {CHECKED_ON}",
            municipalities,
        ),
        "ge_border_crossing_points": data_file(
            {"en": "Border crossing points of Georgia", "ka": "საქართველოს სასაზღვრო გამშვები პუნქტები"},
            "Revenue Service and Ministry of Internal Affairs texts, the Azerbaijan-Georgia agreement on "
            "border crossing points, and the Law of Georgia on Occupied Territories. The codes are migstd "
            "codes: no official list of border crossing points was found",
            f"curated {CHECKED_ON}",
            points,
        ),
    }
    files["ge_regions"]["licence"] = (
        "LGPL-2.1-or-later for the ISO names (Debian iso-codes); the other columns are compiled facts, "
        "MIT as part of migstd"
    )
    return files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR, help="folder for the JSON files")
    args = parser.parse_args(argv)

    try:
        files = build_files()
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = args.out_dir / f"{name}.json"
        path.write_text(json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {len(content['entries'])} entries to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
