"""Time MRZ parsing and validation on 100,000 generated zones, with the PyPI ``mrz`` checker beside it.

* Zones: 100,000 synthetic zones, a fifth of each format (TD1, TD2, TD3,
  MRV-A, MRV-B), written by ``migstd.identifiers.mrz.generate`` from random
  fields (seed 2026), one string of lines joined by "\\n" each. Generating
  them is not timed.
* ``parse``: one call per zone; ``validate``: one call per zone, which parses
  and checks every check digit. The figure kept is the best of 3 rounds, in
  zones per second.
* Peer: when ``--peer-python PATH`` names the Python of a separate virtual
  environment with the PyPI package ``mrz`` (GPL-3.0, so it is never a
  dependency of migstd), that interpreter times ``TD3CodeChecker`` on the TD3
  zones of the same run, best of 3 rounds, and the ratio is printed. Set it
  up with ``python -m venv /tmp/mrz_peer && /tmp/mrz_peer/bin/pip install mrz``.

Run with ``python benchmarks/mrz.py [--peer-python /tmp/mrz_peer/bin/python]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from migstd.identifiers import mrz

ZONES = 100_000
ROUNDS = 3
SEED = 2026

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STATES = ["GEO", "ARM", "AZE", "TUR", "RUS", "UKR", "IRN", "D", "XXA", "UTO", "GBR", "CHN", "IND"]
OPTIONAL_WIDTHS = {"TD1": 15, "TD2": 7, "TD3": 14, "MRV-A": 16, "MRV-B": 8}
CODES = {
    "TD1": ["ID", "IR", "AR"],
    "TD2": ["I", "ID"],
    "TD3": ["P", "PP", "PD"],
    "MRV-A": ["V"],
    "MRV-B": ["VC"],
}

# Times the PyPI mrz checker on the zones in a file, in the peer's own interpreter.
PEER_SCRIPT = """
import json, sys, time
from mrz.checker.td3 import TD3CodeChecker
zones = json.load(open(sys.argv[1]))
best = None
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    valid = sum(bool(TD3CodeChecker(zone)) for zone in zones)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
import importlib.metadata
print(json.dumps({"seconds": best, "valid": valid, "version": importlib.metadata.version("mrz")}))
"""


def random_name(rng: random.Random, parts: int) -> str:
    return " ".join("".join(rng.choices(LETTERS, k=rng.randint(3, 9))) for _ in range(parts))


def random_zone(rng: random.Random, mrz_format: mrz.MrzFormat) -> str:
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(25_000))
    expiry = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(6_000))
    lines = mrz.generate(
        mrz_format,
        document_code=rng.choice(CODES[mrz_format]),
        issuing_state=rng.choice(STATES),
        primary_identifier=random_name(rng, rng.randint(1, 2)),
        secondary_identifier=random_name(rng, rng.randint(0, 2)),
        document_number="".join(rng.choices(LETTERS + "0123456789", k=9)),
        nationality=rng.choice(STATES),
        birth_date=birth,
        sex=rng.choice("MFX"),
        expiry_date=expiry,
        optional_data="".join(
            rng.choices("0123456789", k=min(rng.choice([0, 7, 11]), OPTIONAL_WIDTHS[mrz_format]))
        ),
    )
    return "\n".join(lines)


def best_rate(function: Callable[[str], object], zones: list[str]) -> float:
    """Return the best of ``ROUNDS`` rates of calling ``function`` on every zone, in zones per second."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for zone in zones:
            function(zone)
        best = min(best, time.perf_counter() - start)
    return len(zones) / best


def peer_rate(python: str, zones: list[str]) -> tuple[float, str, int] | None:
    """Return the PyPI mrz checker's rate on ``zones``, its version and how many zones it accepted.

    Returns None when the peer cannot run.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "zones.json"
        path.write_text(json.dumps(zones), encoding="utf-8")
        result = subprocess.run(
            [python, "-c", PEER_SCRIPT, str(path), str(ROUNDS)], capture_output=True, text=True, check=False
        )
    if result.returncode != 0:
        print(f"peer did not run: {result.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    report = json.loads(result.stdout)
    return len(zones) / report["seconds"], report["version"], report["valid"]


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--peer-python", help="Python of a virtual environment with the PyPI mrz package")
    arguments = options.parse_args()

    rng = random.Random(SEED)
    formats = list(mrz.FORMATS)
    zones = [random_zone(rng, formats[index % len(formats)]) for index in range(ZONES)]
    td3_zones = [zone for zone in zones if len(zone) == 89 and not zone.startswith("V")]
    assert all(mrz.is_valid(zone) for zone in zones[:1000])

    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"zones: {len(zones):,} ({len(td3_zones):,} TD3)")
    parse_rate = best_rate(mrz.parse, zones)
    validate_rate = best_rate(mrz.validate, zones)
    td3_rate = best_rate(mrz.validate, td3_zones)
    print(f"migstd parse:            {parse_rate:>10,.0f} zones/s")
    print(f"migstd validate:         {validate_rate:>10,.0f} zones/s")
    print(f"migstd validate, TD3:    {td3_rate:>10,.0f} zones/s")

    if arguments.peer_python:
        peer = peer_rate(arguments.peer_python, td3_zones)
        if peer is not None:
            rate, version, accepted = peer
            print(f"mrz {version} TD3CodeChecker: {rate:>10,.0f} zones/s")
            print(f"mrz {version} accepted {accepted:,} of {len(td3_zones):,} TD3 zones")
            print(f"ratio migstd validate / mrz, TD3: {td3_rate / rate:.1f}x")


if __name__ == "__main__":
    main()
