"""Dedupe a synthetic Georgian civil registry of up to 1,000,000 records with migstd and Splink 5.

Data: ``migstd.synth.population`` and ``agency_extracts`` build a civil
registry of 80 % of the records and a second civil-registry extract of the
other 20 %, whose people are all in the first one, with the default
corruptions. The two are stacked into one input, so every person of the
second extract has two records; ``person_id`` gives the true pairs.

Both tools use loose blocking: their name and date rules plus a rule on the
birth date alone, which gives about 17 million candidate pairs at 1,000,000
records. migstd runs ``dedupe`` with its default comparisons and training.
Splink runs its standard unsupervised recipe on DuckDB with its standard
comparisons: u from random pairs (as many as migstd samples), EM on the same
two training blocks as migstd, the prior from a deterministic rule, and
prediction and clustering at match probability 0.5. Each tool trains on the
whole input in the same run it scores. migstd's EM samples at most
1,000,000 pairs of each training block, while Splink's EM reads the whole
block (about 17 million pairs for the birth date at 1,000,000 records), so
compare the stages as well as the totals.

Each tool runs in its own subprocess, so its peak memory (``ru_maxrss``) is
its own. Prints, for each size and tool: candidate pairs, wall time by stage,
pairwise precision, recall and F1, peak memory and migstd's scoring
throughput, and writes them to build/bench/scale_dedupe.json. The inputs
are written once to build/bench/scale_dedupe_data/ (about 60 MB) and reused.

Takes several minutes at 1,000,000 records: run with ``make bench`` or
``.venv/bin/python benchmarks/scale_dedupe.py [--sizes 100000,300000,1000000]``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

OUTPUT = Path("build/bench/scale_dedupe.json")
DATA_DIR = Path("build/bench/scale_dedupe_data")
SIZES = (100_000, 300_000, 1_000_000)
SEED = 2026

# Share of the records that are a person's second record.
DUPLICATE_SHARE = 0.2

# A subprocess that runs longer than this is stopped and reported as timed out.
TOOL_TIMEOUT_SECONDS = 600

# Random pairs for u, the same number for both tools (migstd's default).
U_PAIRS = 1_000_000


# Data -------------------------------------------------------------------------


def build_input(rows: int) -> Path:
    """Write the dedupe input of ``rows`` records as Parquet and return its path."""
    from migstd.synth import agency_extracts, civil_registry, population

    path = DATA_DIR / f"registry_{rows}.parquet"
    if path.exists():
        return path
    duplicates = round(rows * DUPLICATE_SHARE)
    people = population(rows, seed=SEED)
    extracts = agency_extracts(
        people,
        agencies=[civil_registry(rows - duplicates), civil_registry(duplicates, name="second")],
        overlap=duplicates,
        seed=SEED,
    )
    second = extracts["second"]
    ids = pa.compute.binary_join_element_wise("B-", second["record_id"], "")
    second = second.set_column(0, "record_id", ids)
    table = pa.concat_tables([extracts["civil_registry"], second])
    order = np.random.default_rng(SEED).permutation(table.num_rows)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    pq.write_table(table.take(pa.array(order)), path)
    return path


def true_pair_count(person_ids: pa.ChunkedArray) -> int:
    """Return the number of record pairs that share a person."""
    _, sizes = np.unique(np.asarray(person_ids.to_numpy(zero_copy_only=False)), return_counts=True)
    return int((sizes * (sizes - 1) // 2).sum())


def scores(true_positives: int, predicted: int, true_pairs: int) -> dict[str, float]:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / true_pairs if true_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 5), "recall": round(recall, 5), "f1": round(f1, 5)}


def peak_rss_mib() -> float:
    """Return this process's peak resident memory in MiB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


# migstd -----------------------------------------------------------------------


class StageClock(logging.Handler):
    """Record the time of the migstd.linkage log lines that end each stage."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.times: dict[str, float] = {}
        self.last_rule_count = 0.0
        self.last_training = 0.0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        now = time.perf_counter()
        if message.startswith("prepared ") and "prepare" not in self.times:
            self.times["prepare"] = now
        elif message.startswith("blocking rule "):
            self.last_rule_count = now
        elif message.startswith(("u probabilities", "EM on", "the training pairs")):
            self.last_training = now
        elif message.startswith("computed match weights") and "scoring" not in self.times:
            self.times["scoring"] = now
        elif message.startswith("scored ") and "clustering" not in self.times:
            self.times["clustering"] = now


def migstd_settings() -> Any:
    from migstd.linkage import Settings, block_on, blocking_rule

    rules = [
        block_on("given_name_key", "family_name_key", "birth_date_year"),
        blocking_rule("l.given_name_key = r.family_name_key AND l.family_name_key = r.given_name_key"),
        block_on("family_name_key", "birth_date_month", "birth_date_day"),
        block_on("personal_number"),
        block_on("document_number"),
        # The loose rule: every pair of records born on one day.
        block_on("birth_date"),
    ]
    return Settings(
        columns={"document_number": "id_card_number"},
        unique_id="record_id",
        truth_column="person_id",
        blocking_rules=rules,
        max_pairs_for_u=U_PAIRS,
    )


def run_migstd(path: Path) -> dict[str, Any]:
    from migstd.linkage import dedupe

    table = pq.read_table(path)
    clock = StageClock()
    logger = logging.getLogger("migstd.linkage")
    logger.addHandler(clock)
    logger.setLevel(logging.INFO)

    start = time.perf_counter()
    result = dedupe(table, migstd_settings())
    end = time.perf_counter()

    evaluation = result.evaluate()
    marks = clock.times
    # Blocking counts each rule before training; the pairs themselves stream
    # out of DuckDB during scoring, so scoring includes building them.
    counted = max(clock.last_rule_count, marks["prepare"])
    trained = max(clock.last_training, counted)
    scoring_seconds = marks["scoring"] - trained
    return {
        "candidate_pairs": evaluation.candidate_pairs,
        **scores(evaluation.true_positives, evaluation.predicted_pairs, evaluation.true_pairs),
        "pairs_completeness": round(evaluation.pairs_completeness, 5),
        "seconds": {
            "prepare": round(marks["prepare"] - start, 2),
            "blocking": round(counted - marks["prepare"], 2),
            "training": round(trained - counted, 2),
            "scoring": round(scoring_seconds, 2),
            "clustering": round(marks["clustering"] - marks["scoring"], 2),
            "result_tables": round(end - marks["clustering"], 2),
            "total": round(end - start, 2),
        },
        "scoring_pairs_per_second": round(evaluation.candidate_pairs / max(scoring_seconds, 1e-9)),
        "peak_rss_mib": peak_rss_mib(),
    }


# Splink 5 ---------------------------------------------------------------------


def splink_frame(path: Path) -> Any:
    table = pq.read_table(path)
    frame = table.to_pandas()
    frame["birth_year"] = frame["birth_date"].str.slice(0, 4)
    frame["birth_month_day"] = frame["birth_date"].str.slice(5, 10)
    return frame


def run_splink(path: Path) -> dict[str, Any]:
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    frame = splink_frame(path)
    truth = dict(zip(frame["record_id"], frame["person_id"], strict=True))
    true_pairs = true_pair_count(pa.chunked_array([pa.array(frame["person_id"])]))
    frame = frame.drop(columns=["person_id"])

    rules = [
        block_on("given_name", "family_name", "birth_year"),
        "l.given_name = r.family_name AND l.family_name = r.given_name",
        block_on("family_name", "birth_month_day"),
        block_on("personal_number"),
        block_on("id_card_number"),
        # The loose rule: every pair of records born on one day.
        block_on("birth_date"),
    ]
    start = time.perf_counter()
    api = DuckDBAPI()
    settings = SettingsCreator(
        unique_id_column_name="record_id",
        link_type="dedupe_only",
        blocking_rules_to_generate_predictions=rules,
        comparisons=[
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("family_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("patronymic"),
            cl.DateOfBirthComparison("birth_date", input_is_string=True, datetime_format="%Y-%m-%d"),
            cl.ExactMatch("sex"),
            cl.ExactMatch("citizenship"),
            cl.LevenshteinAtThresholds("personal_number", [1, 2]),
            cl.LevenshteinAtThresholds("id_card_number", [1, 2]),
            cl.LevenshteinAtThresholds("phone", [1, 2]),
        ],
        retain_intermediate_calculation_columns=False,
    )
    table = api.register(frame)
    linker = Linker(table, settings)
    registered = time.perf_counter()

    linker.training.estimate_probability_two_random_records_match(
        [block_on("given_name", "family_name", "birth_date")], recall=0.9
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=U_PAIRS, seed=1)
    for rule in (block_on("birth_date"), block_on("given_name", "family_name")):
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True
        )
    trained = time.perf_counter()

    from splink.blocking_analysis import count_comparisons_from_blocking_rules

    counts = count_comparisons_from_blocking_rules(
        table,
        blocking_rules=rules,
        link_type="dedupe_only",
        unique_id_column_name="record_id",
        record_sample_proportion=1.0,
    )
    candidate_pairs = int(counts[-1]["cumulative_comparison_count"])
    counted = time.perf_counter()

    predictions = linker.inference.predict(threshold_match_probability=0.5)
    pairs = predictions.as_pandas_dataframe()
    predicted = time.perf_counter()

    linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=0.5
    ).as_pandas_dataframe()
    clustered = time.perf_counter()

    true_positives = int(
        (pairs["record_id_l"].map(truth).to_numpy() == pairs["record_id_r"].map(truth).to_numpy()).sum()
    )
    return {
        "candidate_pairs": candidate_pairs,
        **scores(true_positives, len(pairs), true_pairs),
        "seconds": {
            "prepare": round(registered - start, 2),
            "blocking": round(counted - trained, 2),
            "training": round(trained - registered, 2),
            "scoring": round(predicted - counted, 2),
            "clustering": round(clustered - predicted, 2),
            "total": round(clustered - start - (counted - trained), 2),
        },
        "note": (
            "Splink blocks inside predict, so 'scoring' includes blocking; 'blocking' is a "
            "separate count of the candidate pairs and is left out of the total"
        ),
        "peak_rss_mib": peak_rss_mib(),
    }


# Driver -----------------------------------------------------------------------


def run_tool(tool: str, rows: int) -> dict[str, Any]:
    """Run one tool on one size in a fresh subprocess and return its JSON report."""
    command = [sys.executable, __file__, "--tool", tool, "--rows", str(rows)]
    load_before = os.getloadavg()[0]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TOOL_TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {TOOL_TIMEOUT_SECONDS} s", "load_average_before": load_before}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:], "load_average_before": load_before}
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    report["load_average_before"] = load_before
    report["load_average_after"] = os.getloadavg()[0]
    return report


def environment() -> dict[str, Any]:
    versions = {}
    for module in ("migstd", "splink", "duckdb", "numpy", "pyarrow", "rapidfuzz"):
        try:
            versions[module] = __import__(module).__version__
        except (ImportError, AttributeError):
            versions[module] = None
    return {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
        **versions,
    }


def print_table(runs: list[dict[str, Any]]) -> None:
    stages = ("prepare", "blocking", "training", "scoring", "clustering", "total")
    header = f"{'rows':>9} {'tool':7} {'pairs':>11} " + " ".join(f"{s[:8]:>8}" for s in stages)
    print(header + f" {'P':>7} {'R':>7} {'F1':>7} {'MiB':>6} {'pairs/s':>9}")
    for run in runs:
        if "error" in run:
            print(f"{run['rows']:9d} {run['tool']:7} error: {run['error']}")
            continue
        seconds = " ".join(f"{run['seconds'].get(s, 0.0):8.2f}" for s in stages)
        throughput = run.get("scoring_pairs_per_second")
        print(
            f"{run['rows']:9d} {run['tool']:7} {run['candidate_pairs']:11d} {seconds} "
            f"{run['precision']:7.4f} {run['recall']:7.4f} {run['f1']:7.4f} {run['peak_rss_mib']:6.0f} "
            f"{throughput if throughput is not None else '':>9}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(size) for size in SIZES))
    parser.add_argument("--tools", default="migstd,splink")
    parser.add_argument("--tool", help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()

    if arguments.tool:
        path = build_input(arguments.rows)
        report = run_migstd(path) if arguments.tool == "migstd" else run_splink(path)
        print(json.dumps(report))
        return 0

    env = environment()
    env["load_average_start"] = os.getloadavg()
    runs = []
    for rows in (int(size) for size in arguments.sizes.split(",")):
        path = build_input(rows)
        true_pairs = true_pair_count(pq.read_table(path, columns=["person_id"])["person_id"])
        for tool in arguments.tools.split(","):
            runs.append({"rows": rows, "tool": tool, "true_pairs": true_pairs, **run_tool(tool, rows)})
            print_table(runs[-1:])
    env["load_average_end"] = os.getloadavg()

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps({"environment": env, "runs": runs}, indent=2))
    print()
    print_table(runs)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
