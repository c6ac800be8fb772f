"""Time a synthetic population of 1,000,000 people and two agency extracts.

* ``population``: ``migstd.synth.population(1_000_000, seed=2026)``.
* ``extracts``: ``agency_extracts`` of that population with a civil registry
  of 1,000,000 records (everyone) and a border-crossing extract of 800,000
  records, 600,000 of them by people of the registry and 200,000 by foreign
  travellers (``foreign_share=0.25``), with the default error rates.

Each step runs once in this process, in order. The peak memory is the
process's maximum resident set size after both steps (``ru_maxrss``), so it
includes the Python interpreter and the imported libraries. Prints the
figures and writes them to build/bench/synth_scale.json. Run with
``python benchmarks/synth_scale.py`` or ``make bench``.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import time
from pathlib import Path

from migstd import __version__
from migstd.synth import agency_extracts, border_crossings, civil_registry, population

OUTPUT = Path("build/bench/synth_scale.json")

PEOPLE = 1_000_000
REGISTRY_SIZE = 1_000_000
BORDER_SIZE = 800_000
SHARED = 600_000
FOREIGN_SHARE = 0.25
SEED = 2026


def main() -> int:
    start = time.perf_counter()
    people = population(PEOPLE, seed=SEED)
    population_seconds = time.perf_counter() - start

    start = time.perf_counter()
    extracts = agency_extracts(
        people,
        agencies=[civil_registry(REGISTRY_SIZE), border_crossings(BORDER_SIZE, foreign_share=FOREIGN_SHARE)],
        overlap=SHARED,
        seed=SEED,
    )
    extracts_seconds = time.perf_counter() - start
    # ru_maxrss is in kilobytes on Linux.
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    result = {
        "environment": {
            "migstd": __version__,
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "date": time.strftime("%Y-%m-%d %H:%M"),
        },
        "people": PEOPLE,
        "extracts": {name: table.num_rows for name, table in extracts.items()},
        "shared": SHARED,
        "population_seconds": round(population_seconds, 2),
        "extracts_seconds": round(extracts_seconds, 2),
        "total_seconds": round(population_seconds + extracts_seconds, 2),
        "peak_rss_mib": round(peak_mib),
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(result, indent=2))

    print(f"population of {PEOPLE:,}: {population_seconds:.2f} s")
    sizes = ", ".join(f"{name} {rows:,}" for name, rows in result["extracts"].items())
    print(f"extracts ({sizes}; {SHARED:,} shared): {extracts_seconds:.2f} s")
    print(f"total {result['total_seconds']:.2f} s, peak memory {peak_mib:,.0f} MiB")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
