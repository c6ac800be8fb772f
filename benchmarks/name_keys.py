"""Measure how well ``name_key`` matches real names across scripts.

The corpus is ``tests/data/name_corpus.tsv``: one row per public figure, with
the full name in Georgian script, one or more attested Latin spellings and
the Russian spelling, each as published. Three rates are measured:

* Georgian vs Latin: the share of (Georgian, attested Latin) pairs of one
  person whose keys are equal. Higher is better.
* Georgian vs Russian: the same for (Georgian, Russian) pairs. Higher is
  better.
* different people: over all ordered pairs of two different rows, the
  Georgian of the first compared with each Latin and the Russian spelling of
  the second, plus each unordered pair of Georgian names. The share with
  equal keys is the rate of false agreement. Lower is better.

Run with ``python benchmarks/name_keys.py`` from the repository root. Prints
the three rates with their counts, then every pair of one person whose keys
differ (these are published names of public figures), and writes
build/bench/name_keys.json.
"""

from __future__ import annotations

import csv
import itertools
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from migstd.script import name_key

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "name_corpus.tsv"
OUTPUT = Path("build/bench/name_keys.json")
LATIN_SEPARATOR = " | "

# A Georgian name and another spelling that is compared with it.
Pair = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Person:
    """One corpus row: the Georgian name and its attested spellings."""

    georgian: str
    latin: tuple[str, ...]
    russian: str


@dataclass(frozen=True, slots=True)
class Rate:
    """A count of pairs with equal keys out of all pairs compared."""

    equal: int
    total: int

    @property
    def share(self) -> float:
        return self.equal / self.total if self.total else 0.0


def read_corpus(path: Path = CORPUS) -> list[Person]:
    """Read the corpus rows, skipping the ``#`` comment lines at its top."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")
    return [
        Person(
            georgian=row["georgian"],
            latin=tuple(spelling.strip() for spelling in row["latin"].split(LATIN_SEPARATOR)),
            russian=row["russian"],
        )
        for row in rows
    ]


def compare_same_person(people: list[Person]) -> tuple[Rate, Rate, list[Pair], list[Pair]]:
    """Compare each Georgian name with its own Latin and Russian spellings.

    Returns the Latin rate, the Russian rate, and the (Georgian, other)
    pairs whose keys differ for each of the two.
    """
    latin_misses: list[Pair] = []
    russian_misses: list[Pair] = []
    latin_total = 0
    russian_total = 0

    for person in people:
        georgian_key = name_key(person.georgian)
        for spelling in person.latin:
            latin_total += 1
            if name_key(spelling) != georgian_key:
                latin_misses.append((person.georgian, spelling))
        if person.russian:
            russian_total += 1
            if name_key(person.russian) != georgian_key:
                russian_misses.append((person.georgian, person.russian))

    latin_rate = Rate(latin_total - len(latin_misses), latin_total)
    russian_rate = Rate(russian_total - len(russian_misses), russian_total)
    return latin_rate, russian_rate, latin_misses, russian_misses


def compare_different_people(people: list[Person]) -> tuple[Rate, list[Pair]]:
    """Count pairs of names of two different people whose keys are equal.

    Returns the rate of equal keys and the colliding (Georgian, other) pairs.
    """
    georgian_keys = [name_key(person.georgian) for person in people]
    other_keys = [
        [name_key(spelling) for spelling in (*person.latin, person.russian) if spelling]
        for person in people
    ]
    collisions: list[Pair] = []
    total = 0

    for first, second in itertools.permutations(range(len(people)), 2):
        for key in other_keys[second]:
            total += 1
            if key == georgian_keys[first]:
                collisions.append((people[first].georgian, people[second].georgian))

    for first, second in itertools.combinations(range(len(people)), 2):
        total += 1
        if georgian_keys[first] == georgian_keys[second]:
            collisions.append((people[first].georgian, people[second].georgian))

    return Rate(len(collisions), total), collisions


def _print_rate(label: str, rate: Rate) -> None:
    print(f"{label:<22} {rate.share:8.2%}  ({rate.equal} of {rate.total} pairs with equal keys)")


def main() -> int:
    people = read_corpus()
    latin_rate, russian_rate, latin_misses, russian_misses = compare_same_person(people)
    collision_rate, collisions = compare_different_people(people)

    print(f"corpus: {len(people)} people, {CORPUS}")
    _print_rate("Georgian vs Latin", latin_rate)
    _print_rate("Georgian vs Russian", russian_rate)
    _print_rate("different people", collision_rate)

    print("\nGeorgian vs Latin, keys differ:")
    for georgian, spelling in latin_misses:
        print(f"  {georgian} -> {name_key(georgian)!r}  |  {spelling} -> {name_key(spelling)!r}")
    print("\nGeorgian vs Russian, keys differ:")
    for georgian, spelling in russian_misses:
        print(f"  {georgian} -> {name_key(georgian)!r}  |  {spelling} -> {name_key(spelling)!r}")
    print("\nDifferent people, keys equal:")
    for first, second in collisions:
        print(f"  {first}  |  {second}")

    results = {
        "corpus_rows": len(people),
        "georgian_vs_latin": {"equal": latin_rate.equal, "pairs": latin_rate.total},
        "georgian_vs_russian": {"equal": russian_rate.equal, "pairs": russian_rate.total},
        "different_people": {"equal": collision_rate.equal, "pairs": collision_rate.total},
        "latin_misses": [list(pair) for pair in latin_misses],
        "russian_misses": [list(pair) for pair in russian_misses],
        "different_people_collisions": [list(pair) for pair in collisions],
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nwrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
