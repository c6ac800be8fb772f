"""Regenerate the name tables of ``migstd.synth`` from the reference name tables.

Usage::

    python scripts/make_synth_names.py REFERENCE_NAMES_DIR [--out-dir DIR]

``REFERENCE_NAMES_DIR`` contains the reference tables ``given_names.tsv``
(columns ``rank, georgian, latin_national, sex, count, source``) and
``surnames.tsv`` (columns ``rank, georgian, latin_national, count, gender_note,
source``). Their rows are copied from the JumpStart Georgia "Georgian-Names"
repository (August 2012 voter list), from Faker's ka_GE person provider and
from Public Service Development Agency (PSDA) figures reported in the press.

The script writes ``given_names.tsv`` and ``surnames.tsv`` to
``src/migstd/synth/data`` (or ``--out-dir``). The output depends only on the
input rows, so running it twice gives byte-identical files.

Surname weights:

* The ten most frequent surname spellings of the voter list keep their
  published counts (``weight_kind`` = ``count``).
* A Zipf curve ``count = C * rank ** -s`` is fitted to those ten rows by least
  squares on ``log(count)`` against ``log(rank)``.
* Surnames reported only in PSDA per-sex lists (Aliyev, Aliyeva) are scaled to
  the voter-list population with the same-sex Mamedov form, which both sources
  count, and averaged over the PSDA snapshots (``estimate``).
* The Faker surnames have no counts and their list is alphabetical. They get
  ranks after all rows above, in the order of the SHA-256 digest of their
  spelling, and the fitted curve's value at that rank (``estimate``). That
  order is arbitrary, so only the shape of the tail is an estimate, not the
  weight of any single surname.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT_DIR = REPO_ROOT / "src" / "migstd" / "synth" / "data"

TOP10_SOURCE = "JSG-VL2012-TOP10"
FAKER_SOURCE = "FAKER-KA_GE-VL2012"
PSDA_SOURCE_PREFIX = "PSDA-via-"

# Surname forms counted by PSDA but not in the voter-list top 10, each with the
# same-sex surname form that both sources count, used as the scaling anchor.
PSDA_ANCHORS = {"ალიევი": "მამედოვი", "ალიევა": "მამედოვა"}

COMMON_HEADER = [
    "# Accessed: 2026-12.",
    "# Licence: MIT. Copyright (c) 2017 JumpStart Georgia;"
    " Copyright (c) 2012 Daniele Faraglia (Faker).",
]

GIVEN_NAMES_HEADER = [
    "# Given names of Georgian citizens with their number of bearers.",
    "# Source: JumpStart Georgia, Georgian-Names (github.com/JumpStartGeorgia/Georgian-Names),",
    "#   db/spreadsheets/georgian-names_first.ods at commit"
    " 89f33daefb1e887777e51238999803b86f27e339:",
    "#   spellings with 1,000 or more bearers in the August 2012 voter list (citizens aged 18+).",
    "# Sex: the same repository, db/spreadsheets/first_name_gender.csv at commit",
    "#   fd41aa17c23265e991e549eaf2908fe979ef6768, and Faker's ka_GE first-name lists",
    "#   (github.com/joke2k/faker, faker/providers/person/ka_GE/__init__.py at commit",
    "#   07ca4ede54c26554fdb5c7a4f55432cb0498d338).",
    *COMMON_HEADER,
    "# Transformed: kept the columns georgian, sex (M or F) and count; dropped the {dropped}",
    "#   spellings without a sex (the two classifications disagree or neither classifies them);",
    "#   sorted by count, then spelling.",
    "# Generated file: regenerate with scripts/make_synth_names.py.",
]

SURNAMES_HEADER = [
    "# Surnames of Georgian citizens with a frequency weight.",
    "# Source: JumpStart Georgia, Georgian-Names (github.com/JumpStartGeorgia/Georgian-Names),",
    "#   app/controllers/root_controller.rb at commit 1b5ddabe307f95cd377360c66dc5e8b1df8f65b9:",
    "#   the 10 most frequent surname spellings of the August 2012 voter list with counts.",
    "# Source: Faker's ka_GE last-name list (github.com/joke2k/faker,",
    "#   faker/providers/person/ka_GE/__init__.py at commit",
    "#   07ca4ede54c26554fdb5c7a4f55432cb0498d338), taken from the same voter list, no counts.",
    "# Source: PSDA per-sex surname counts as reported by teleqraf.com and metbuat.az",
    "#   (Aliyev and Aliyeva only; figures, no licence stated).",
    *COMMON_HEADER,
    "# weight_kind count: the published voter-list count.",
    "# weight_kind estimate: not published. A Zipf curve count = C * rank^-s fitted by least",
    "#   squares on log(count) against log(rank) to the top 10 gives C = {c:.1f}, s = {s:.4f}.",
    "#   The Faker surnames get ranks {first_rank} to {last_rank} in the order of the SHA-256 of",
    "#   their spelling (the source order is alphabetical) and the curve's value at that rank.",
    "#   Aliyev and Aliyeva are PSDA counts (all ages) scaled by the voter-list/PSDA ratio of",
    "#   the same-sex Mamedov form and averaged over the two press snapshots.",
    "# Generated file: regenerate with scripts/make_synth_names.py.",
]


@dataclass(frozen=True)
class Surname:
    """One output row of surnames.tsv."""

    georgian: str
    weight: int
    weight_kind: str


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Read a tab-separated file with one header line into a list of rows."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def fit_zipf(ranks: Sequence[int], counts: Sequence[int]) -> tuple[float, float]:
    """Fit ``count = C * rank ** -s`` by least squares in log-log space and return (C, s)."""
    xs = [math.log(rank) for rank in ranks]
    ys = [math.log(count) for count in counts]
    mean_x = sum(xs) / len(xs)
    mean_y = sum(ys) / len(ys)

    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    variance = sum((x - mean_x) ** 2 for x in xs)
    slope = covariance / variance

    return math.exp(mean_y - slope * mean_x), -slope


def given_name_rows(reference: list[dict[str, str]]) -> tuple[list[tuple[str, str, int]], int]:
    """Return (georgian, sex, count) rows with a sex, and the number of rows dropped."""
    rows = [
        (row["georgian"], row["sex"], int(row["count"]))
        for row in reference
        if row["sex"] in ("M", "F")
    ]
    rows.sort(key=lambda row: (-row[2], row[0]))
    return rows, len(reference) - len(rows)


def psda_estimates(reference: list[dict[str, str]], top10: dict[str, int]) -> list[Surname]:
    """Scale the PSDA-only surname counts to the voter-list population."""
    estimates = []
    for georgian, anchor in sorted(PSDA_ANCHORS.items()):
        scaled = []
        for source in sorted({row["source"] for row in reference}):
            if not source.startswith(PSDA_SOURCE_PREFIX):
                continue

            rows = [row for row in reference if row["source"] == source]
            counts = {row["georgian"]: int(row["count"]) for row in rows}
            if georgian in counts and anchor in counts:
                scaled.append(counts[georgian] * top10[anchor] / counts[anchor])

        if not scaled:
            raise SystemExit(f"no PSDA snapshot counts both {georgian} and {anchor}")
        estimates.append(Surname(georgian, round(sum(scaled) / len(scaled)), "estimate"))
    return estimates


def surname_rows(reference: list[dict[str, str]]) -> tuple[list[Surname], dict[str, float]]:
    """Return the surname rows with weights and the parameters shown in the header."""
    top10_rows = [row for row in reference if row["source"] == TOP10_SOURCE]
    top10 = {row["georgian"]: int(row["count"]) for row in top10_rows}
    c, s = fit_zipf([int(row["rank"]) for row in top10_rows], list(top10.values()))

    counted = [Surname(georgian, count, "count") for georgian, count in top10.items()]
    scaled = psda_estimates(reference, top10)
    known = {row.georgian for row in counted + scaled}

    faker = sorted(
        {row["georgian"] for row in reference if row["source"] == FAKER_SOURCE} - known,
        key=lambda name: hashlib.sha256(name.encode("utf-8")).hexdigest(),
    )
    first_rank = len(known) + 1
    tail = [
        Surname(name, round(c * (first_rank + index) ** -s), "estimate")
        for index, name in enumerate(faker)
    ]

    rows = sorted(counted + scaled + tail, key=lambda row: (-row.weight, row.georgian))
    parameters = {"c": c, "s": s, "first_rank": first_rank, "last_rank": first_rank + len(tail) - 1}
    return rows, parameters


def write_tsv(
    path: Path,
    header: Iterable[str],
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
) -> None:
    """Write comment lines, a column header and rows with ``\\n`` line ends."""
    lines = [*header, "\t".join(columns)]
    lines += ["\t".join(str(value) for value in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Read the reference tables and write both data files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference_dir", type=Path, help="directory with the reference name tables")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR, help="output directory")
    args = parser.parse_args(argv)

    given, dropped = given_name_rows(read_tsv(args.reference_dir / "given_names.tsv"))
    surnames, parameters = surname_rows(read_tsv(args.reference_dir / "surnames.tsv"))

    args.out_dir.mkdir(parents=True, exist_ok=True)
    given_header = [line.format(dropped=dropped) for line in GIVEN_NAMES_HEADER]
    write_tsv(args.out_dir / "given_names.tsv", given_header, ("georgian", "sex", "count"), given)

    surname_header = [line.format(**parameters) for line in SURNAMES_HEADER]
    write_tsv(
        args.out_dir / "surnames.tsv",
        surname_header,
        ("georgian", "weight", "weight_kind"),
        [(row.georgian, row.weight, row.weight_kind) for row in surnames],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
