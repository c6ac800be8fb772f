"""Write the data files of the classification code lists from their curated TSV sources.

Each list has a hand-curated table under ``scripts/sources/<list>.tsv`` whose
``#`` header lines give its sources, the date they were checked and the licence.
This script reads the table, checks every row and writes
``src/migstd/codelists/data/<list>.json`` in the format of
``migstd.codelists._data``, with sorted keys and entries in table order, so that
running it twice gives the same bytes.

Run it from anywhere: ``python scripts/make_classifications.py``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "sources"
DATA = ROOT / "src" / "migstd" / "codelists" / "data"
GENERATED_BY = "scripts/make_classifications.py"

# Columns every table has; label_en and label_ka become the entry's labels.
COMMON_COLUMNS = ("code", "label_en", "label_ka", "aliases", "source", "verified", "note")

# Columns whose cells hold several values separated by this character.
LIST_SEPARATOR = "|"


@dataclass(frozen=True)
class ListSpec:
    """A code list's description and the extra columns of its table."""

    name: str
    title_en: str
    title_ka: str
    source: str
    version: str
    licence: str
    text_columns: tuple[str, ...] = ()
    list_columns: tuple[str, ...] = ()
    date_columns: tuple[str, ...] = ()


_FACTS_LICENCE = "codes and titles of a standard, stated as facts; the table is MIT like migstd"

SPECS = (
    ListSpec(
        name="marital_statuses",
        title_en="Marital statuses",
        title_ka="ოჯახური მდგომარეობა",
        source=(
            "migstd codes for the legal marital status categories of the UN Principles and "
            "Recommendations for Population and Housing Censuses, Rev. 3, mapped to HL7 v3 MaritalStatus"
        ),
        version="UN Census P&R Rev. 3 (2017); HL7 v3-MaritalStatus 3.0.0; checked 2026-12-04",
        licence=_FACTS_LICENCE,
        text_columns=("hl7",),
    ),
    ListSpec(
        name="document_types",
        title_en="ICAO document codes",
        title_ka="ICAO დოკუმენტის კოდები",
        source="ICAO Doc 9303, eighth edition (2021), Parts 4 to 7: document codes of the MRZ",
        version="ICAO Doc 9303, eighth edition (2021); checked 2026-12-04",
        licence=_FACTS_LICENCE,
        list_columns=("formats",),
    ),
    ListSpec(
        name="ge_document_types",
        title_en="Georgian identity and travel documents",
        title_ka="საქართველოს პირადობისა და სამგზავრო დოკუმენტები",
        source="migstd codes for Georgian identity and travel documents; sources per entry",
        version="checked 2026-12-04",
        licence="document names and dates stated as facts; the table is MIT like migstd",
        text_columns=("icao_code", "mrz_format", "issuer"),
        list_columns=("successors",),
        date_columns=("valid_from", "valid_to"),
    ),
    ListSpec(
        name="eurostat_permit_reasons",
        title_en="Reasons for first residence permits (Eurostat)",
        title_ka="პირველი ბინადრობის ნებართვის მიზეზები (ევროსტატი)",
        source=(
            "Eurostat migr_resfirst REASON codes under Regulation (EC) No 862/2007 as amended by "
            "Regulation (EU) 2020/851; categories of Commission Regulation (EU) No 216/2010"
        ),
        version="Eurostat dissemination as read 2026-12-04",
        licence="Eurostat codes and labels, reused under the Eurostat reuse policy (CC BY 4.0)",
        text_columns=("parent",),
        list_columns=("other_codes",),
    ),
    ListSpec(
        name="isco08",
        title_en="ISCO-08 major and sub-major groups",
        title_ka="ISCO-08 ძირითადი ჯგუფები და ქვეჯგუფები",
        source="ILO International Standard Classification of Occupations 2008 (ISCO-08)",
        version="ISCO-08 (ILO, 2012); checked 2026-12-04",
        licence=_FACTS_LICENCE,
        text_columns=("parent",),
    ),
    ListSpec(
        name="isced2011",
        title_en="ISCED 2011 levels of education",
        title_ka="ISCED 2011 განათლების დონეები",
        source="UNESCO Institute for Statistics, International Standard Classification of Education 2011",
        version="ISCED 2011; checked 2026-12-04",
        licence=_FACTS_LICENCE,
    ),
)


class SourceError(Exception):
    """A row of a source table does not fit its list."""


def read_rows(path: Path) -> list[dict[str, str]]:
    """Return the rows of a TSV table, skipping its ``#`` header lines."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]

    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, strict=True)
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(value is None for value in row.values()):
            raise SourceError(f"{path.name} data row {number - 1} has the wrong number of columns")
        rows.append(row)
    return rows


def build_entry(spec: ListSpec, row: dict[str, str], row_number: int) -> dict[str, Any]:
    """Return one data-file entry built from a table row."""
    expected = set(COMMON_COLUMNS + spec.text_columns + spec.list_columns + spec.date_columns)
    if set(row) != expected:
        raise SourceError(f"{spec.name}.tsv has columns {sorted(row)}, expected {sorted(expected)}")
    if row["verified"] not in ("true", "false"):
        raise SourceError(f"{spec.name}.tsv row {row_number}: verified must be true or false")
    if row["verified"] == "false" and not row["note"]:
        raise SourceError(f"{spec.name}.tsv row {row_number}: an unverified row needs a note")
    if not row["code"] or not row["label_en"] or not row["source"]:
        raise SourceError(f"{spec.name}.tsv row {row_number}: code, label_en and source are required")

    labels = {"en": row["label_en"]}
    if row["label_ka"]:
        labels["ka"] = row["label_ka"]

    entry: dict[str, Any] = {"code": row["code"], "labels": labels, "source": row["source"]}
    if row["aliases"]:
        entry["aliases"] = row["aliases"].split(LIST_SEPARATOR)
    if row["verified"] == "false":
        entry["verified"] = False
    if row["note"]:
        entry["note"] = row["note"]

    for column in spec.text_columns:
        if column == "parent":
            if row[column]:
                entry[column] = row[column]
        else:
            entry[column] = row[column]
    for column in spec.list_columns:
        entry[column] = row[column].split(LIST_SEPARATOR) if row[column] else []
    for column in spec.date_columns:
        if row[column]:
            entry[column] = row[column]
    return entry


def build_data(spec: ListSpec) -> dict[str, Any]:
    """Return the whole data file of one list."""
    rows = read_rows(SOURCES / f"{spec.name}.tsv")
    entries = [build_entry(spec, row, number) for number, row in enumerate(rows, start=1)]

    codes = [entry["code"] for entry in entries]
    if len(set(codes)) != len(codes):
        raise SourceError(f"{spec.name}.tsv has a duplicate code")

    return {
        "title": {"en": spec.title_en, "ka": spec.title_ka},
        "source": spec.source,
        "version": spec.version,
        "licence": spec.licence,
        "generated_by": GENERATED_BY,
        "entries": entries,
    }


def write_data(spec: ListSpec, out_dir: Path) -> Path:
    """Write one list's data file and return its path."""
    data = build_data(spec)
    path = out_dir / f"{spec.name}.json"
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def main() -> int:
    """Write every classification data file; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out-dir", type=Path, default=DATA, help="folder for the JSON files")
    out_dir: Path = parser.parse_args().out_dir

    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        for spec in SPECS:
            path = write_data(spec, out_dir)
            print(f"wrote {path}")
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
