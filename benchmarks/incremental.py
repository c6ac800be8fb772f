"""Time incremental linking: a batch of 1,000 records and single records added to an index of 100,000.

The records are a synthetic civil-registry extract and a border-crossing
extract (``migstd.synth.agency_extracts``) stacked into one table with the
columns ``record_id``, ``given_name``, ``family_name``, ``birth_date`` and
``sex``, in random order. An index is built from the first 100,000 records
(deduplication and training, timed too). Then the next 1,000 are added as
one batch, and the next 50 one at a time. The script prints records per
second for each step and writes them to build/bench/incremental.json.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from migstd import __version__
from migstd.linkage import LinkageIndex, Settings
from migstd.synth import agency_extracts, border_crossings, civil_registry, population

OUTPUT = Path("build/bench/incremental.json")

INDEX_SIZE = 100_000
BATCH_SIZE = 1_000
SINGLE_RECORDS = 50
SEED = 2026


def records() -> pa.Table:
    """Return 101,050 records of two agencies; 20,000 people are in both extracts."""
    people = population(120_000, seed=SEED)
    registry_size = 60_000
    border_size = INDEX_SIZE + BATCH_SIZE + SINGLE_RECORDS - registry_size
    extracts = agency_extracts(
        people,
        agencies=[civil_registry(registry_size), border_crossings(border_size)],
        overlap=20_000,
        seed=SEED,
    )
    columns = ["record_id", "given_name", "family_name", "birth_date", "sex"]
    registry = extracts["civil_registry"].select(columns)
    border = extracts["border_crossings"].select(["crossing_id", *columns[1:]]).rename_columns(columns)
    stacked = pa.concat_tables([registry, border])
    return stacked.take(np.random.default_rng(SEED).permutation(stacked.num_rows))


def timed(step: str, count: int, seconds: float) -> dict[str, Any]:
    rate = count / seconds
    print(f"{step}: {count} records in {seconds:.2f} s, {rate:,.0f} records/s", flush=True)
    return {
        "step": step,
        "records": count,
        "seconds": round(seconds, 3),
        "records_per_second": round(rate, 1),
    }


def main() -> int:
    table = records()
    settings = Settings(unique_id="record_id")
    results = []

    start = time.perf_counter()
    index = LinkageIndex.build(table.slice(0, INDEX_SIZE), settings)
    results.append(timed("build the index", INDEX_SIZE, time.perf_counter() - start))

    start = time.perf_counter()
    assignments = index.add(table.slice(INDEX_SIZE, BATCH_SIZE))
    results.append(timed("add one batch", BATCH_SIZE, time.perf_counter() - start))
    statuses = assignments.records.to_arrow().column("status").to_pylist()
    print({status: statuses.count(status) for status in ("new", "joined", "merged")})

    singles = table.slice(INDEX_SIZE + BATCH_SIZE, SINGLE_RECORDS).to_pylist()
    start = time.perf_counter()
    for record in singles:
        index.add_record(record)
    results.append(timed("add single records", SINGLE_RECORDS, time.perf_counter() - start))

    report = {
        "environment": {
            "migstd": __version__,
            "python": sys.version.split()[0],
            "machine": platform.machine(),
            "processor": platform.processor() or "unknown",
            "cpu_count": os.cpu_count(),
        },
        "index_records": INDEX_SIZE,
        "results": results,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
