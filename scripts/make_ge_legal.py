"""Regenerate the code lists of Georgian legal categories of migration.

Usage::

    python scripts/make_ge_legal.py [--sources DIR] [--out-dir DIR]

Each list is curated by hand in ``scripts/sources/<name>.tsv``. The TSV's
``#`` header lines give its sources, the date checked and the licence, and
each row names the law and article its entry comes from. This script checks
the rows and writes ``src/migstd/codelists/data/<name>.json`` in the format
that :func:`migstd.codelists._data.load_data` reads. Its output depends only
on the TSV files, so running it twice gives byte-identical files.

The codes of these lists are migstd mnemonic codes, except the visa
categories and sub-categories, which are the letters the law uses.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = REPO_ROOT / "scripts" / "sources"
DEFAULT_OUT_DIR = REPO_ROOT / "src" / "migstd" / "codelists" / "data"
GENERATED_BY = "scripts/make_ge_legal.py"

LICENCE = (
    "facts from Georgian legislation and official names of public bodies; compilation MIT (part of migstd)"
)
VERSION = "legislation as checked in 2026-12"
MNEMONIC = "Codes are migstd mnemonic codes, not official ones."

# Columns every TSV has, in order. A list may add its own columns after them.
COMMON_COLUMNS = (
    "code",
    "parent",
    "en",
    "ka",
    "aliases",
    "source",
    "valid_from",
    "valid_to",
    "successors",
    "verified",
    "note",
)


@dataclass(frozen=True)
class ListSpec:
    """Title, list-level source and extra columns of one generated list."""

    name: str
    title_en: str
    title_ka: str
    source: str
    extra_int: tuple[str, ...] = ()
    extra_str: tuple[str, ...] = ()


ALIENS_LAW = "Law of Georgia on the Legal Status of Aliens and Stateless Persons, No 2045-IIს of 5 March 2014"
PROTECTION_LAWS = (
    "Law of Georgia on International Protection, No 42-Iს of 1 December 2016, and "
    "No 864-IIმს-XIმპ of 26 June 2025"
)
CITIZENSHIP_LAW = "Organic Law of Georgia on Georgian Citizenship, No 2319-IIს of 30 April 2014"

SPECS = (
    ListSpec(
        "ge_grounds_of_stay",
        "Grounds for lawful stay of aliens in Georgia",
        "საქართველოში უცხოელის ყოფნის საფუძვლები",
        f"{ALIENS_LAW}, Art. 5. {MNEMONIC}",
    ),
    ListSpec(
        "ge_residence_permit_types",
        "Types of Georgian residence permit",
        "საქართველოს ბინადრობის ნებართვის სახეები",
        f"{ALIENS_LAW}, residence permits, with Georgian legal summaries. {MNEMONIC}",
        extra_int=("max_years",),
    ),
    ListSpec(
        "ge_visa_categories",
        "Categories and sub-categories of Georgian visas",
        "საქართველოს ვიზის კატეგორიები",
        f"{ALIENS_LAW}, Art. 11. Codes are the letters and sub-category codes of the law.",
    ),
    ListSpec(
        "ge_protection_statuses",
        "International protection statuses in Georgia",
        "საერთაშორისო დაცვის სტატუსები საქართველოში",
        f"{PROTECTION_LAWS}. {MNEMONIC}",
    ),
    ListSpec(
        "ge_protection_decisions",
        "Decisions on requests for international protection in Georgia",
        "გადაწყვეტილებები საერთაშორისო დაცვის მოთხოვნებზე",
        f"{PROTECTION_LAWS}; Eurostat asylum decision codes (Regulation (EC) No 862/2007). {MNEMONIC}",
        extra_str=("eurostat",),
    ),
    ListSpec(
        "ge_statelessness_statuses",
        "Statelessness statuses in Georgia",
        "მოქალაქეობის არმქონე პირის სტატუსები საქართველოში",
        f"{ALIENS_LAW}. {MNEMONIC}",
    ),
    ListSpec(
        "ge_idp_statuses",
        "Statuses of internally displaced persons from the occupied territories of Georgia",
        "საქართველოს ოკუპირებული ტერიტორიებიდან დევნილის სტატუსები",
        "Law of Georgia on Internally Displaced Persons from the Occupied Territories of Georgia, "
        f"No 1982-IIს of 6 February 2014. {MNEMONIC}",
    ),
    ListSpec(
        "ge_citizenship_acquisition_modes",
        "Modes of acquiring Georgian citizenship",
        "საქართველოს მოქალაქეობის მოპოვების საფუძვლები",
        f"Constitution of Georgia, Art. 32; {CITIZENSHIP_LAW}. {MNEMONIC}",
    ),
    ListSpec(
        "ge_citizenship_loss_modes",
        "Modes of terminating Georgian citizenship",
        "საქართველოს მოქალაქეობის შეწყვეტის საფუძვლები",
        f"Constitution of Georgia, Art. 32; {CITIZENSHIP_LAW}. {MNEMONIC}",
    ),
    ListSpec(
        "ge_authorities",
        "Georgian authorities that exchange migration data",
        "მიგრაციის მონაცემების გამცვლელი საქართველოს უწყებები",
        f"State Commission on Migration Issues (membership) and legal acts on matsne.gov.ge. {MNEMONIC}",
    ),
)


class SourceError(ValueError):
    """A row of a source TSV is malformed."""


def read_rows(path: Path) -> list[dict[str, str]]:
    """Return the rows of a source TSV, skipping its ``#`` header lines."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [dict(row) for row in reader]


def build_entry(spec: ListSpec, row: dict[str, str], where: str) -> dict[str, Any]:
    """Return the JSON entry for one TSV row, or raise :class:`SourceError`."""
    expected = set(COMMON_COLUMNS) | set(spec.extra_int) | set(spec.extra_str)
    if set(row) != expected or None in row.values():
        raise SourceError(f"{where}: columns must be {', '.join(sorted(expected))}")
    if not row["code"] or not row["en"] or not row["source"]:
        raise SourceError(f"{where}: code, en and source are required")
    if row["verified"] not in ("yes", "no"):
        raise SourceError(f"{where}: verified must be yes or no")
    if row["verified"] == "no" and not row["note"]:
        raise SourceError(f"{where}: an unverified entry needs a note saying what is in doubt")

    labels = {"en": row["en"]}
    if row["ka"]:
        labels["ka"] = row["ka"]
    entry: dict[str, Any] = {"code": row["code"], "labels": labels, "source": row["source"]}

    optional = {
        "aliases": split(row["aliases"]),
        "successors": split(row["successors"]),
        "parent": row["parent"] or None,
        "valid_from": row["valid_from"] or None,
        "valid_to": row["valid_to"] or None,
        "note": row["note"],
    }
    entry.update({key: value for key, value in optional.items() if value})
    if row["verified"] == "no":
        entry["verified"] = False

    for column in spec.extra_int:
        entry[column] = int(row[column]) if row[column] else None
    for column in spec.extra_str:
        entry[column] = row[column]
    return entry


def split(cell: str) -> list[str]:
    """Return the ``|``-separated items of a cell, without empty ones."""
    return [item.strip() for item in cell.split("|") if item.strip()]


def check_list(name: str, entries: list[dict[str, Any]]) -> None:
    """Raise :class:`SourceError` when codes repeat or a parent or successor is unknown."""
    codes = [entry["code"] for entry in entries]
    repeated = sorted({code for code in codes if codes.count(code) > 1})
    if repeated:
        raise SourceError(f"{name}: codes listed twice: {', '.join(repeated)}")

    known = set(codes)
    for entry in entries:
        referenced = [*entry.get("successors", ()), *([entry["parent"]] if "parent" in entry else [])]
        unknown = [code for code in referenced if code not in known]
        if unknown:
            raise SourceError(f"{name}: {entry['code']} refers to unknown codes {', '.join(unknown)}")


def build_list(spec: ListSpec, sources: Path) -> dict[str, Any]:
    """Return the data file contents of one list."""
    path = sources / f"{spec.name}.tsv"
    entries = [
        build_entry(spec, row, f"{path.name} row {number}")
        for number, row in enumerate(read_rows(path), start=2)
    ]
    check_list(spec.name, entries)
    return {
        "title": {"en": spec.title_en, "ka": spec.title_ka},
        "source": spec.source,
        "version": VERSION,
        "licence": LICENCE,
        "generated_by": GENERATED_BY,
        "entries": entries,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Write every list's data file and return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="folder of the source TSVs")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR, help="folder for the JSON files")
    args = parser.parse_args(argv)

    try:
        built = [(spec.name, build_list(spec, args.sources)) for spec in SPECS]
    except (OSError, SourceError) as error:
        print(f"make_ge_legal: {error}", file=sys.stderr)
        return 1

    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, data in built:
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (args.out_dir / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"wrote {name}.json: {len(data['entries'])} entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
