"""Time code-list lookups, fuzzy search and import, with pycountry in the same run.

* ``get``: 1,000,000 calls of ``countries.get`` cycling through every
  country's alpha-3, alpha-2 and numeric code as stored (for example "GEO",
  "GE", "268"), and once more through the same codes in lower case, which takes
  the case-folding path. pycountry's ``countries.get(alpha_3=...)`` on the
  alpha-3 codes and its ``countries.lookup`` on the same mixed codes run in the
  same rounds. The figure kept is the best of 3 rounds, in lookups per second.
* ``search_fuzzy``: every query of ``QUERIES`` (country names as people write
  them, with typos, other languages and the cases that trouble fuzzy search), as
  milliseconds per query, best of 3 rounds, after one warm-up call that builds
  the search index. pycountry's ``countries.search_fuzzy`` runs the same
  queries, and the first-ranked country of each is compared with the expected
  one.
* import: wall time of ``python -c "import migstd"`` and of ``import
  migstd.codelists`` minus that of ``python -c "pass"``, median of 15 runs each.
* first use: time to load each list on first use, in a fresh process.

Run with ``python benchmarks/codelists.py``.
"""

from __future__ import annotations

import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import pycountry

from migstd.codelists import all_lists, countries

ROUNDS = 3
LOOKUPS = 1_000_000
IMPORT_RUNS = 15

# (query, expected alpha-3)
QUERIES = [
    ("Niger", "NER"),
    ("Nigeria", "NGA"),
    ("Georgia", "GEO"),
    ("Republic of Georgia", "GEO"),
    ("Sakartvelo", "GEO"),
    ("საქართველო", "GEO"),
    ("Saint-Martin", "MAF"),
    ("Grmany", "DEU"),
    ("Turkye", "TUR"),
    ("Russia", "RUS"),
    ("Россия", "RUS"),
    ("Azerbaidjan", "AZE"),
    ("Armenia", "ARM"),
    ("Ukraina", "UKR"),
    ("United States", "USA"),
    ("Great Britain", "GBR"),
    ("Kosovo", "XKX"),
    ("South Korea", "KOR"),
    ("Iran", "IRN"),
    ("Czechia", "CZE"),
]


def best_rate(function: Callable[[str], object], codes: list[str], count: int) -> float:
    """Return calls per second of ``function`` over ``count`` calls cycling through ``codes``."""
    repeats = count // len(codes) + 1
    sequence = (codes * repeats)[:count]
    start = time.perf_counter()
    for code in sequence:
        function(code)
    return count / (time.perf_counter() - start)


def pycountry_lookup(code: str) -> object:
    try:
        return pycountry.countries.lookup(code)
    except LookupError:
        return None


def migstd_search(query: str) -> str:
    results = countries.search_fuzzy(query)
    return results[0].entry.code if results else ""


def pycountry_search(query: str) -> str:
    try:
        return str(pycountry.countries.search_fuzzy(query)[0].alpha_3)
    except LookupError:
        return ""


def time_lookups() -> None:
    stored = [code for country in countries for code in (country.code, *country.alternative_codes())]
    lowered = [code.lower() for code in stored]
    alpha_3 = [country.alpha_3 for country in pycountry.countries]

    def pycountry_get(code: str) -> object:
        return pycountry.countries.get(alpha_3=code)

    contenders: list[tuple[str, Callable[[str], object], list[str], int]] = [
        ("migstd countries.get, codes as stored", countries.get, stored, LOOKUPS),
        ("migstd countries.get, lower case", countries.get, lowered, LOOKUPS),
        ("pycountry countries.get(alpha_3=...)", pycountry_get, alpha_3, 200_000),
        ("pycountry countries.lookup, mixed codes", pycountry_lookup, stored, 20_000),
    ]  # fmt: skip
    best = [0.0] * len(contenders)
    for _ in range(ROUNDS):
        for number, (_label, function, codes, count) in enumerate(contenders):
            best[number] = max(best[number], best_rate(function, codes, count))

    for (label, *_rest), rate in zip(contenders, best, strict=True):
        print(f"{label:45s} {rate:>12,.0f} lookups/s   {rate / best[0]:.3f}x migstd")


def time_search() -> None:
    countries.search_fuzzy("warm-up")
    pycountry_search("warm-up")
    queries = [query for query, _ in QUERIES]

    def per_query(function: Callable[[str], object]) -> float:
        best = float("inf")
        for _ in range(ROUNDS):
            start = time.perf_counter()
            for query in queries:
                function(query)
            best = min(best, (time.perf_counter() - start) / len(queries))
        return best * 1000

    ours = per_query(lambda query: countries.search_fuzzy(query))
    theirs = per_query(pycountry_search)
    our_hits = sum(migstd_search(query) == code for query, code in QUERIES)
    their_hits = sum(pycountry_search(query) == code for query, code in QUERIES)
    print(f"migstd search_fuzzy     {ours:.3f} ms/query   first result right: {our_hits}/{len(QUERIES)}")
    print(f"pycountry search_fuzzy  {theirs:.3f} ms/query   first result right: {their_hits}/{len(QUERIES)}")
    for name, search in (("migstd", migstd_search), ("pycountry", pycountry_search)):
        misses = [query for query, code in QUERIES if search(query) != code]
        print(f"{name} misses: {', '.join(misses) or 'none'}")


def process_seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def time_imports() -> None:
    baseline = statistics.median(process_seconds("pass") for _ in range(IMPORT_RUNS))
    for module in ("migstd", "migstd.codelists"):
        median = statistics.median(process_seconds(f"import {module}") for _ in range(IMPORT_RUNS))
        print(f"import {module:20s} {(median - baseline) * 1000:6.1f} ms over a bare interpreter")


def time_first_use() -> None:
    script = (
        "import time, sys\n"
        "from migstd.codelists import get_list\n"
        "codelist = get_list(sys.argv[1])\n"
        "start = time.perf_counter(); len(codelist)\n"
        "print(f'{(time.perf_counter() - start) * 1000:.1f}')\n"
    )
    for name in all_lists():
        command = [sys.executable, "-c", script, name]
        result = subprocess.run(command, check=True, capture_output=True, text=True)
        print(f"first use of {name:35s} {result.stdout.strip():>7s} ms")


def main() -> None:
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    print(f"pycountry {pycountry.__version__}")
    time_lookups()
    time_search()
    time_imports()
    time_first_use()


if __name__ == "__main__":
    main()
