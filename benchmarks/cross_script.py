"""Link extracts in Georgian script, passport Latin and Russian Cyrillic with migstd and with Splink 5.

Data: one synthetic population (``migstd.synth.population``, 80,000 people)
and three extracts with the default corruption rates:

* ``georgian``: a civil-registry extract of 20,000 records, names in
  Georgian script (2 % in Mtavruli capitals);
* ``latin``: a border-crossing extract of 15,000 records, passport Latin
  names with other romanizations, typos, Russian and short forms and swapped
  names; 10,000 people are also in ``georgian``, 1,500 are foreigners;
* ``cyrillic``: a consular extract of 10,000 records (``cyrillic_share=1.0``),
  6,000 people also in ``georgian``. The generator writes Russian forms
  (Георгий, Мамедов) only for people born before 1975, so the names of the
  others are written here with ``migstd.script.to_cyrillic``. Then 6 % of
  name fields get a typo, the default typo rate of the Latin extracts.

Every extract contains a person at most once. Each tool sees the same four
fields: given name, family name, birth date and sex, plus a record id. The
names and dates are the extracts' raw values. Sex is raw for migstd, which
reads ISO/IEC 5218 codes and M/F alike, and written as M/F for Splink.

migstd: ``link()`` with default settings (default comparisons and blocking
rules, no labels), with and without ``one_to_one``.

Splink 5: its standard comparisons (``NameComparison`` with term-frequency
adjustments for both names, ``DateOfBirthComparison``, ``ExactMatch`` for
sex) and the blocking idea of migstd's defaults on the raw columns: both
names, names swapped, family name with birth year, family name with birth
month and day, or the birth date alone. Training is its standard recipe
without labels: the prior from deterministic rules (both names and birth
date, also swapped, with an assumed recall of 0.7), u from 5 million random
pairs, m by EM on birth-date blocks and on name blocks. Splink has no
transliteration, so names in two scripts are different strings to it. A
second Splink row gets every name pre-romanized: Georgian with
``to_latin(name, "passport")``, Russian first read as Georgian with
``from_cyrillic`` (best reading), and all upper-cased. A training step that
fails, such as EM on a block with no pairs, is skipped and recorded. Where
the deterministic rules find no pair, the estimated prior is 0, on which
Splink's ``predict()`` fails, so Splink's default prior (0.0001) is kept
and that is recorded too.

Prints precision, recall and F1 at match probability 0.5 and the wall time
(``link()`` for migstd; training, prediction and clustering for Splink) per
pair of extracts and tool, and writes them to build/bench/cross_script.json.
Run with ``make bench`` (Splink comes from the ``bench`` extra).
"""

from __future__ import annotations

import json
import logging
import os
import platform
import random
import re
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from migstd import __version__
from migstd.linkage import Settings, link
from migstd.script import from_cyrillic, to_cyrillic, to_latin
from migstd.synth import (
    CorruptionRates,
    agency_extracts,
    border_crossings,
    civil_registry,
    consular_registrations,
    population,
)

OUTPUT = Path("build/bench/cross_script.json")

SEED = 2026
POPULATION = 80_000
SIZES = {"georgian": 20_000, "latin": 15_000, "cyrillic": 10_000}
OVERLAP = {"border_crossings": 10_000, "consular_registrations": 6_000}
PAIRS = (("georgian", "latin"), ("georgian", "cyrillic"), ("latin", "cyrillic"))
FIELDS = ("given_name", "family_name", "birth_date", "sex")
THRESHOLD = 0.5

# Splink's training settings: random pairs for u, and the recall assumed for
# the deterministic rules that estimate the prior (a guess, which the recipe requires).
SPLINK_U_PAIRS = 5e6
SPLINK_DETERMINISTIC_RECALL = 0.7
# SettingsCreator's default prior in Splink 5.0.0.
SPLINK_DEFAULT_PRIOR = 0.0001
# Splink logs every training step at INFO by default; its warnings still show.
SPLINK_LOG_LEVEL = logging.WARNING

_CYRILLIC_LETTER = re.compile("[А-Яа-яЁё]")
_CYRILLIC_LOWER = "абвгдежзийклмнопрстуфхцчшщыэюя"


# Data ------------------------------------------------------------------------


def extracts() -> dict[str, pa.Table]:
    """Return the three extracts with columns unique_id, the four fields and person_id."""
    people = population(POPULATION, seed=SEED)
    tables = agency_extracts(
        people,
        agencies=[
            civil_registry(SIZES["georgian"]),
            border_crossings(SIZES["latin"]),
            consular_registrations(SIZES["cyrillic"], cyrillic_share=1.0),
        ],
        overlap=OVERLAP,
        seed=SEED,
    )
    return {
        "georgian": common_columns(tables["civil_registry"]),
        "latin": common_columns(tables["border_crossings"]),
        "cyrillic": in_cyrillic(common_columns(tables["consular_registrations"]), people.table),
    }


def common_columns(table: pa.Table) -> pa.Table:
    """Return the record id, named ``unique_id``, the four fields and ``person_id`` of an extract."""
    renamed = table.rename_columns(["unique_id", *table.column_names[1:]])
    return renamed.select(["unique_id", *FIELDS, "person_id"])


def in_cyrillic(table: pa.Table, people: pa.Table) -> pa.Table:
    """Write every name of ``table`` in Russian Cyrillic, then add typos at the default rate."""
    georgian = {
        person: (given_name, family_name)
        for person, given_name, family_name in zip(
            people["person_id"].to_pylist(),
            people["given_name"].to_pylist(),
            people["family_name"].to_pylist(),
            strict=True,
        )
    }
    rng = random.Random(SEED)
    rate = CorruptionRates().typo
    names: dict[str, list[str | None]] = {"given_name": [], "family_name": []}
    for row in table.select(["given_name", "family_name", "person_id"]).to_pylist():
        for position, field in enumerate(names):
            value = row[field]
            if value is not None and not _CYRILLIC_LETTER.search(value):
                value = to_cyrillic(georgian[row["person_id"]][position])
            if value is not None and rng.random() < rate:
                value = cyrillic_typo(value, rng)
            names[field].append(value)

    for field, values in names.items():
        table = table.set_column(table.schema.get_field_index(field), field, pa.array(values, pa.string()))
    return table


def cyrillic_typo(text: str, rng: random.Random) -> str:
    """Return ``text`` with one letter after the first substituted, deleted or swapped with the next."""
    if len(text) < 3:
        return text
    position = rng.randrange(1, len(text) - 1)
    operation = rng.choice(("substitution", "deletion", "transposition"))
    if operation == "substitution":
        letter = rng.choice(_CYRILLIC_LOWER.replace(text[position].lower(), ""))
        return text[:position] + letter + text[position + 1 :]
    if operation == "deletion":
        return text[:position] + text[position + 1 :]
    return text[:position] + text[position + 1] + text[position] + text[position + 2 :]


def true_pairs(left: pa.Table, right: pa.Table) -> int:
    return len(set(left["person_id"].to_pylist()) & set(right["person_id"].to_pylist()))


def scores(true_positives: int, predicted: int, true_total: int) -> dict[str, float]:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / true_total if true_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def timed(function: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    value = function()
    return value, round(time.perf_counter() - start, 2)


# migstd ----------------------------------------------------------------------


def run_migstd(left: pa.Table, right: pa.Table, one_to_one: bool) -> dict[str, Any]:
    settings = Settings(unique_id="unique_id", truth_column="person_id", one_to_one=one_to_one)
    result, seconds = timed(lambda: link(left, right, settings))
    evaluation = result.evaluate()
    return {
        **scores(evaluation.true_positives, evaluation.predicted_pairs, evaluation.true_pairs),
        "pairs_completeness": round(evaluation.pairs_completeness, 4),
        "candidate_pairs": evaluation.candidate_pairs,
        "wall_seconds": seconds,
    }


# Splink 5 --------------------------------------------------------------------


@cache
def romanized(name: str) -> str:
    """Return a name in upper-case passport Latin, Russian spellings read as Georgian first."""
    if _CYRILLIC_LETTER.search(name):
        readings = from_cyrillic(name, limit=1)
        name = readings[0] if readings else name
    return to_latin(name, "passport").upper()


def splink_frame(table: pa.Table, romanize: bool) -> Any:
    """Return the pandas frame that Splink gets: raw names and dates, sex as M or F."""
    frame = table.drop_columns(["person_id"]).to_pandas()
    frame["sex"] = frame["sex"].replace({"1": "M", "2": "F"})
    if romanize:
        for field in ("given_name", "family_name"):
            frame[field] = frame[field].map(lambda name: None if name is None else romanized(name))
    return frame


def splink_settings(prior: float | None = None) -> Any:
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    return SettingsCreator(
        probability_two_random_records_match=SPLINK_DEFAULT_PRIOR if prior is None else prior,
        unique_id_column_name="unique_id",
        link_type="link_only",
        blocking_rules_to_generate_predictions=[
            block_on("given_name", "family_name"),
            "l.given_name = r.family_name and l.family_name = r.given_name",
            block_on("family_name", "substr(birth_date, 1, 4)"),
            block_on("family_name", "substr(birth_date, 6, 5)"),
            block_on("birth_date"),
        ],
        comparisons=[
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("family_name").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison(
                "birth_date", input_is_string=True, datetime_format="%Y-%m-%d", invalid_dates_as_null=True
            ),
            cl.ExactMatch("sex"),
        ],
        retain_intermediate_calculation_columns=False,
    )


def splink_prior(tables: list[Any]) -> tuple[float | None, list[str]]:
    """Estimate the prior from deterministic rules, or return None with a note when they find no pair.

    With no pair found the estimate is 0, and Splink's ``predict()`` fails on
    the logarithm of 0, so the caller keeps Splink's default prior instead.
    """
    from splink import Linker, block_on

    linker = Linker(tables, splink_settings(), log_level=SPLINK_LOG_LEVEL)
    deterministic = [
        block_on("given_name", "family_name", "birth_date"),
        "l.given_name = r.family_name and l.family_name = r.given_name and l.birth_date = r.birth_date",
    ]
    linker.training.estimate_probability_two_random_records_match(
        deterministic, recall=SPLINK_DETERMINISTIC_RECALL
    )
    prior = float(linker.misc.save_model_to_json()["probability_two_random_records_match"])
    if prior > 0:
        return prior, []
    return None, [
        "prior from deterministic rules: no pair found, so Splink's default prior "
        f"{SPLINK_DEFAULT_PRIOR} was kept"
    ]


def splink_train(linker: Any) -> list[str]:
    """Estimate u and m with Splink's standard recipe and return the steps that failed, with their errors."""
    from splink import block_on

    failed = []
    steps: list[tuple[str, Callable[[], Any]]] = [
        (
            "u by random sampling",
            lambda: linker.training.estimate_u_using_random_sampling(max_pairs=SPLINK_U_PAIRS, seed=1),
        ),
        (
            "m by EM on birth-date blocks",
            lambda: linker.training.estimate_parameters_using_expectation_maximisation(
                block_on("birth_date"), estimate_without_term_frequencies=True
            ),
        ),
        (
            "m by EM on name blocks",
            lambda: linker.training.estimate_parameters_using_expectation_maximisation(
                block_on("given_name", "family_name"), estimate_without_term_frequencies=True
            ),
        ),
    ]
    for step, train in steps:
        try:
            train()
        except Exception as error:  # Splink raises several exception types, and each failed step is recorded.
            failed.append(f"{step}: {type(error).__name__}: {str(error).splitlines()[0][:200]}")
    return failed


def splink_link(left: pa.Table, right: pa.Table, romanize: bool) -> tuple[Any, Any, list[str]]:
    """Train and predict, and return the pairs at the threshold, the one-to-one clusters and the notes."""
    from splink import DuckDBAPI, Linker

    api = DuckDBAPI()
    tables = [
        api.register(splink_frame(table, romanize), table_name=name)
        for table, name in ((left, "left_extract"), (right, "right_extract"))
    ]
    prior, notes = splink_prior(tables)
    linker = Linker(tables, splink_settings(prior), log_level=SPLINK_LOG_LEVEL)
    notes += splink_train(linker)
    predictions = linker.inference.predict(threshold_match_probability=THRESHOLD)
    clusters = linker.clustering.cluster_using_single_best_links(
        predictions,
        duplicate_free_datasets=["left_extract", "right_extract"],
        threshold_match_probability=THRESHOLD,
    )
    return predictions.as_pandas_dataframe(), clusters.as_pandas_dataframe(), notes


def run_splink(left: pa.Table, right: pa.Table, romanize: bool) -> dict[str, Any]:
    (pairs, clusters, notes), seconds = timed(lambda: splink_link(left, right, romanize))
    person = dict(
        zip(
            left["unique_id"].to_pylist() + right["unique_id"].to_pylist(),
            left["person_id"].to_pylist() + right["person_id"].to_pylist(),
            strict=True,
        )
    )
    total = true_pairs(left, right)
    correct = pairs["unique_id_l"].map(person) == pairs["unique_id_r"].map(person)

    # A one-to-one cluster contains at most one record of each extract, so each
    # cluster of two records is one linked pair.
    clusters["person_id"] = clusters["unique_id"].map(person)
    grouped = clusters.groupby("cluster_id")
    linked = grouped.size() == 2
    same_person = grouped["person_id"].nunique() == 1
    return {
        "all_pairs": scores(int(correct.sum()), len(pairs), total),
        "one_to_one": scores(int((linked & same_person).sum()), int(linked.sum()), total),
        "training_notes": notes,
        "wall_seconds": seconds,
    }


# Report ----------------------------------------------------------------------


def environment() -> dict[str, Any]:
    versions: dict[str, str | None] = {"migstd": __version__}
    for module in ("splink", "duckdb", "pandas"):
        try:
            versions[module] = __import__(module).__version__
        except ImportError:
            versions[module] = None
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_start": os.getloadavg(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
        **versions,
    }


def table_rows(runs: list[dict[str, Any]]) -> list[tuple[str, str, str, dict[str, Any], float]]:
    """Return (pair, tool, mode, scores, seconds) rows for printing."""
    rows = []
    for run in runs:
        pair = run["pair"]
        for one_to_one in (False, True):
            key = "migstd_one_to_one" if one_to_one else "migstd"
            mode = "one-to-one" if one_to_one else "all pairs"
            rows.append((pair, "migstd", mode, run[key], run[key]["wall_seconds"]))
        for key, tool in (("splink_raw", "Splink, raw names"), ("splink_romanized", "Splink, romanized")):
            if key in run:
                for mode, score_key in (("all pairs", "all_pairs"), ("one-to-one", "one_to_one")):
                    rows.append((pair, tool, mode, run[key][score_key], run[key]["wall_seconds"]))
    return rows


def main() -> int:
    env = environment()
    data = extracts()
    runs = []
    for left_name, right_name in PAIRS:
        left, right = data[left_name], data[right_name]
        run: dict[str, Any] = {
            "pair": f"{left_name}-{right_name}",
            "records": [left.num_rows, right.num_rows],
            "true_pairs": true_pairs(left, right),
            "migstd": run_migstd(left, right, one_to_one=False),
            "migstd_one_to_one": run_migstd(left, right, one_to_one=True),
        }
        try:
            run["splink_raw"] = run_splink(left, right, romanize=False)
            run["splink_romanized"] = run_splink(left, right, romanize=True)
        except ImportError as error:
            print(f"Splink not found ({error}), so it is skipped: install the bench extra", file=sys.stderr)
        runs.append(run)
        print(f"linked {run['pair']}", flush=True)
    env["load_average_end"] = os.getloadavg()

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps({"environment": env, "runs": runs}, indent=2, ensure_ascii=False) + "\n")
    print(f"{'pair':18} {'tool':18} {'mode':10} {'precision':>9} {'recall':>7} {'F1':>7} {'seconds':>8}")
    for pair, tool, mode, row, seconds in table_rows(runs):
        print(
            f"{pair:18} {tool:18} {mode:10} {row['precision']:9.4f} {row['recall']:7.4f} "
            f"{row['f1']:7.4f} {seconds:8.2f}"
        )
    for run in runs:
        for key in ("splink_raw", "splink_romanized"):
            for note in run.get(key, {}).get("training_notes", []):
                print(f"{run['pair']} {key}: {note}")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
