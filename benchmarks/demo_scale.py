"""Link the synthetic civil-registry and border-crossing extracts at two sizes.

The demo's extracts (``migstd.synth.demo_extracts``) at the demo size and at
100,000 + 80,000 records with 50,000 people in both, linked with default
settings, with and without ``one_to_one`` (each extract contains a person at
most once). Prints precision, recall and F1 against the known truth and the
wall time of ``link()``, and writes them to build/bench/demo_scale.json.
Run with ``make bench``.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from migstd import __version__
from migstd.linkage import Settings, link
from migstd.synth import demo_extracts

OUTPUT = Path("build/bench/demo_scale.json")

SIZES = (
    {"registry_size": 6000, "border_size": 5000, "overlap": 3000},
    {"registry_size": 100_000, "border_size": 80_000, "overlap": 50_000},
)


def run(size: dict[str, int], seed: int, one_to_one: bool) -> dict[str, Any]:
    registry, border = demo_extracts(seed=seed, **size)
    settings = Settings(
        columns={"citizenship": ("citizenship", "nationality")},
        unique_id=("record_id", "crossing_id"),
        truth_column="person_id",
        one_to_one=one_to_one,
    )
    start = time.perf_counter()
    result = link(registry, border, settings)
    seconds = time.perf_counter() - start
    evaluation = result.evaluate()
    return {
        **size,
        "seed": seed,
        "one_to_one": one_to_one,
        "candidate_pairs": evaluation.candidate_pairs,
        "precision": round(evaluation.precision, 4),
        "recall": round(evaluation.recall, 4),
        "f1": round(evaluation.f1, 4),
        "pairs_completeness": round(evaluation.pairs_completeness, 4),
        "wall_seconds": round(seconds, 2),
    }


def main() -> int:
    environment = {
        "migstd": __version__,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_start": os.getloadavg(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }
    rows = [run(size, seed=2026, one_to_one=one_to_one) for size in SIZES for one_to_one in (False, True)]
    environment["load_average_end"] = os.getloadavg()

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps({"environment": environment, "runs": rows}, indent=2))
    print(f"{'registry':>9} {'border':>7} {'1:1':>5} {'precision':>9} {'recall':>7} {'F1':>7} {'seconds':>8}")
    for row in rows:
        print(
            f"{row['registry_size']:9d} {row['border_size']:7d} {row['one_to_one']!s:>5} "
            f"{row['precision']:9.4f} {row['recall']:7.4f} {row['f1']:7.4f} {row['wall_seconds']:8.2f}"
        )
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
