"""Regenerate the name lexicon of ``migstd.script`` from the synthetic name tables.

Usage::

    python scripts/make_name_lexicon.py [--out FILE]

The lexicon ranks the candidates of :func:`migstd.script.to_georgian`. It is a
copy of the Georgian spellings and counts of ``src/migstd/synth/data/given_names.tsv``
and ``surnames.tsv``, because ``migstd.script`` sits in a lower layer than
``migstd.synth`` and must not import it. The output depends only on those two
files, so running the script twice gives byte-identical output.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SYNTH_DATA = REPO_ROOT / "src" / "migstd" / "synth" / "data"
DEFAULT_OUT = REPO_ROOT / "src" / "migstd" / "script" / "data" / "name_lexicon.tsv"

HEADER = [
    "# Georgian given names and surnames with their number of bearers, for ranking",
    "#   the candidates of migstd.script.to_georgian.",
    "# Source: JumpStart Georgia, Georgian-Names (github.com/JumpStartGeorgia/Georgian-Names),",
    "#   August 2012 voter list: given names with 1,000 or more bearers and the 10 most",
    "#   frequent surnames with their counts. Licence: MIT, Copyright (c) 2017 JumpStart Georgia.",
    "# Source: Faker's ka_GE last-name list (github.com/joke2k/faker,",
    "#   faker/providers/person/ka_GE/__init__.py at commit 07ca4ede54c26554fdb5c7a4f55432cb0498d338),",
    "#   with counts estimated from a Zipf curve fitted to the voter-list counts.",
    "#   Licence: MIT, Copyright (c) 2012 Daniele Faraglia.",
    "# Source: PSDA per-sex surname counts as reported by teleqraf.com and metbuat.az, scaled",
    "#   to the voter list (ალიევი and ალიევა only; figures, no licence stated).",
    "# Copied from src/migstd/synth/data/given_names.tsv and surnames.tsv, accessed 2026-12,",
    "#   which give the commits and the estimate in full. Columns: georgian, kind (given or",
    "#   surname) and count (rounded to a whole number). Sorted by kind, then count, then spelling.",
    "# Generated file: regenerate with scripts/make_name_lexicon.py.",
]


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        lines = (line for line in file if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")


def build_rows(synth_data: Path) -> list[tuple[str, str, int]]:
    """Return (georgian, kind, count) rows; a spelling listed twice in one kind keeps its maximum."""
    counts: dict[tuple[str, str], int] = {}
    for row in _rows(synth_data / "given_names.tsv"):
        key = (row["georgian"], "given")
        counts[key] = max(counts.get(key, 0), round(float(row["count"])))
    for row in _rows(synth_data / "surnames.tsv"):
        key = (row["georgian"], "surname")
        counts[key] = max(counts.get(key, 0), round(float(row["weight"])))

    rows = [(georgian, kind, count) for (georgian, kind), count in counts.items()]
    return sorted(rows, key=lambda row: (row[1], -row[2], row[0]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output TSV file")
    arguments = parser.parse_args(argv)

    rows = build_rows(SYNTH_DATA)
    lines = [*HEADER, "georgian\tkind\tcount", *(f"{g}\t{kind}\t{count}" for g, kind, count in rows)]
    arguments.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names to {arguments.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
