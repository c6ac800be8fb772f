"""name_key on published names of public figures in Georgian, Latin and Russian.

The corpus is tests/data/name_corpus.tsv (its header says how it was built).
benchmarks/name_keys.py prints the same rates with every pair that misses.
"""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import pytest

from migstd.script import Script, detect_script, name_key

CORPUS = Path(__file__).parent / "data" / "name_corpus.tsv"
COLUMNS = ["georgian", "latin", "russian", "source"]
LATIN_SEPARATOR = " | "
MINIMUM_ROWS = 150

# Floors at the rates measured on 191 rows in 2026-12, rounded down to whole percent,
# so that a change to name_key that loses a match fails here. The targets are at least
# 98 % for Georgian vs Latin, at least 90 % for Georgian vs Russian and under 0.1 % of
# equal keys for names of different people.
GEORGIAN_LATIN_FLOOR = 0.99
GEORGIAN_RUSSIAN_FLOOR = 1.00
DIFFERENT_PEOPLE_CEILING = 0.001


def _read_rows() -> list[dict[str, str]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t"))


ROWS = _read_rows()


def _latin_spellings(row: dict[str, str]) -> list[str]:
    return row["latin"].split(LATIN_SEPARATOR)


def test_corpus_columns() -> None:
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines[0].split("\t") == COLUMNS
    for number, line in enumerate(lines[1:], start=2):
        assert line.count("\t") == len(COLUMNS) - 1, f"data line {number} does not have {len(COLUMNS)} fields"


def test_corpus_row_count() -> None:
    assert len(ROWS) >= MINIMUM_ROWS


def test_corpus_header_states_provenance() -> None:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert "2026-12" in header
    assert "Licence" in header


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row["latin"].split(LATIN_SEPARATOR)[0])
def test_corpus_row_format(row: dict[str, str]) -> None:
    assert detect_script(row["georgian"]) == Script.MKHEDRULI
    assert len(row["georgian"].split()) >= 2, "georgian is not a given name and a surname"
    for spelling in _latin_spellings(row):
        assert spelling == spelling.strip()
        assert detect_script(spelling) == Script.LATIN
    if row["russian"]:
        assert detect_script(row["russian"]) == Script.CYRILLIC
    assert row["source"].strip()


def test_corpus_georgian_names_unique() -> None:
    names = [row["georgian"] for row in ROWS]
    assert len(names) == len(set(names))


def test_name_key_georgian_vs_latin_rate() -> None:
    pairs = [(row["georgian"], spelling) for row in ROWS for spelling in _latin_spellings(row)]
    equal = sum(name_key(georgian) == name_key(spelling) for georgian, spelling in pairs)

    assert equal / len(pairs) >= GEORGIAN_LATIN_FLOOR


def test_name_key_georgian_vs_russian_rate() -> None:
    pairs = [(row["georgian"], row["russian"]) for row in ROWS if row["russian"]]
    equal = sum(name_key(georgian) == name_key(russian) for georgian, russian in pairs)

    assert equal / len(pairs) >= GEORGIAN_RUSSIAN_FLOOR


def test_name_key_different_people_rate() -> None:
    georgian_keys = [name_key(row["georgian"]) for row in ROWS]
    other_keys = [
        [name_key(spelling) for spelling in (*_latin_spellings(row), row["russian"]) if spelling]
        for row in ROWS
    ]
    total = 0
    equal = 0

    for first, second in itertools.permutations(range(len(ROWS)), 2):
        total += len(other_keys[second])
        equal += other_keys[second].count(georgian_keys[first])

    for first, second in itertools.combinations(range(len(ROWS)), 2):
        total += 1
        equal += georgian_keys[first] == georgian_keys[second]

    assert equal / total < DIFFERENT_PEOPLE_CEILING
