"""Run a linkage job: prepare, block, estimate u and m, score, cluster."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from migstd.errors import DataQualityWarning, MigstdWarning, SettingsError
from migstd.linkage._blocking import BlockingSession, random_pairs
from migstd.linkage._cluster import cluster_numbers, connected_components, warn_large_clusters
from migstd.linkage._columns import check_non_text_columns, require_blocking_rules, require_comparisons
from migstd.linkage._compare import PairScorer, term_frequencies
from migstd.linkage._input import read_input
from migstd.linkage._log_text import format_count, format_rule
from migstd.linkage._matching import select_matches
from migstd.linkage._persist import check_model_fits
from migstd.linkage._prepare import Prepared, available_fields, check_columns, prepare
from migstd.linkage._scoring import ScoredPairs, score_batches
from migstd.linkage.blocking_rules import BlockingRule
from migstd.linkage.comparisons import Comparison, NameComparison
from migstd.linkage.model import (
    ComparisonParameters,
    EqualValues,
    FellegiSunterModel,
    add_level_weights,
    estimate_m,
    estimate_prior_from_weights,
    estimate_u,
    probability_from_weight,
)
from migstd.linkage.result import LinkageResult, ResultTable
from migstd.linkage.settings import CANONICAL_FIELDS, DEPENDENT_FIELDS, Settings

__all__ = ["run_linkage"]

logger = logging.getLogger("migstd.linkage")

# Bounds of the estimated prior: at least one match in a trillion pairs, at most one in two.
_PRIOR_BOUNDS = (1e-12, 0.5)

# Smallest share of a training block that EM may call matches for its estimates
# to be used. In a block of namesakes from an input without duplicates, EM still
# finds a few pairs that agree more than the rest (0.008 % and 0.02 % of the
# name and birth-date blocks of a synthetic 50,000-record extract) and learns
# from them that a differing document number is no evidence against a match.
# Blocks with true matches hold far more: 10 % and more in the demo extracts.
MIN_TRAINING_MATCH_SHARE = 0.001

# A session estimates a comparison's m only where the comparison is observed on
# at least this share of its expected matches. Sex counts only where given
# names differ. Where every true pair agrees on the given name, EM would
# otherwise learn from non-matches that matches differ in sex.
MIN_OBSERVED_SHARE = 0.01


def _prepared_names(available: set[str], comparisons: Sequence[Comparison]) -> list[str]:
    """Names of the prepared columns the fields in ``available`` will give."""
    kinds = {c.column: c.kind for c in comparisons}
    names: list[str] = []
    for name in sorted(available):
        kind = CANONICAL_FIELDS.get(name, kinds.get(name, "text"))
        names.append(name)
        if kind == "name":
            names += [f"{name}_latin", f"{name}_key"]
        elif kind == "date":
            names += [f"{name}_year", f"{name}_month", f"{name}_day"]
    return names


def _rule_fields(rule: BlockingRule, prepared: Prepared) -> set[str]:
    """Return the fields whose comparisons a training rule fixes."""
    derived = ("key", "latin", "year", "month", "day")
    fields = set()
    for column in rule.columns:
        for name in prepared.kinds:
            suffix = column[len(name) + 1 :]
            if column == name or (column.startswith(name + "_") and suffix in derived):
                fields.add(name)
    return fields


def _swapped_name_comparisons(
    settings: Settings, comparisons: Sequence[Comparison]
) -> tuple[int, int] | None:
    """Return the indexes of the two name comparisons that may be swapped, if both exist."""
    if settings.swapped_names is None:
        return None
    indexes = {c.column: i for i, c in enumerate(comparisons) if isinstance(c, NameComparison)}
    first, second = settings.swapped_names
    if first in indexes and second in indexes:
        return indexes[first], indexes[second]
    return None


def _dependent_comparisons(comparisons: Sequence[Comparison]) -> list[tuple[int, int]]:
    """Return (source, dependent) index pairs of the comparisons named in DEPENDENT_FIELDS."""
    indexes = {c.column: i for i, c in enumerate(comparisons)}
    return [
        (indexes[source], indexes[dependent])
        for source, dependents in DEPENDENT_FIELDS.items()
        for dependent in dependents
        if source in indexes and dependent in indexes
    ]


def _equal_values(
    scorer: PairScorer,
    comparisons: Sequence[Comparison],
    prepared: Prepared,
    left: npt.NDArray[np.int64],
    right: npt.NDArray[np.int64],
    link: bool,
) -> list[EqualValues]:
    """Count the pairs with equal values per comparison, over all pairs rather than the sample."""
    known = []
    for index, comparison in enumerate(comparisons):
        share, spread = scorer.equal_value_levels(index, prepared.counts(), link)
        codes = prepared.encoded[comparison.column].codes
        sampled = (codes[left] == codes[right]) & (codes[left] >= 0)
        known.append(EqualValues(share, spread, sampled))
    return known


def _train(
    settings: Settings,
    comparisons: Sequence[Comparison],
    prepared: Prepared,
    session: BlockingSession,
    training_rules: Sequence[BlockingRule],
    link: bool,
    scorer: PairScorer,
) -> tuple[tuple[ComparisonParameters, ...], dict[int, npt.NDArray[np.float64]]]:
    """Estimate u from random pairs, then m by EM over the training sessions.

    Returns the parameters and the term-frequency tables used.
    """
    left, right = random_pairs(
        prepared.counts(), link=link, max_pairs=settings.max_pairs_for_u, seed=settings.seed
    )
    names = [c.name for c in comparisons]
    frequency_tables = _term_frequency_tables(comparisons, prepared)
    parameters = estimate_u(
        names,
        [c.level_names for c in comparisons],
        scorer.gammas(left, right),
        _equal_values(scorer, comparisons, prepared, left, right, link),
    )
    logger.info("u probabilities estimated from %s", format_count(len(left), "random pair"))

    m_sums = [np.zeros_like(p.m) for p in parameters]
    m_weights = np.zeros(len(parameters))
    free_anywhere = np.zeros(len(parameters), dtype=bool)
    for rule in training_rules:
        pairs = session.sample_pairs(rule, settings.max_pairs_for_training, settings.seed)
        fixed = _rule_fields(rule, prepared)
        free = [c.column not in fixed for c in comparisons]
        free_anywhere |= np.array(free, dtype=bool)
        gammas = scorer.gammas(pairs.left, pairs.right)
        offsets = _term_frequency_offsets(
            frequency_tables, parameters, comparisons, prepared, pairs.left, gammas, free
        )
        m, share, iterations, observed_matches = estimate_m(
            parameters,
            gammas,
            free,
            max_iterations=settings.em_max_iterations,
            tolerance=settings.em_tolerance,
            offsets=offsets,
            min_observed_share=MIN_OBSERVED_SHARE,
        )
        expected_matches = share * len(pairs)
        logger.info(
            "EM on %s: %s, %s, %s",
            format_rule(rule.sql),
            format_count(len(pairs), "pair"),
            format_count(iterations, "iteration"),
            format_count(round(expected_matches), "expected match", "expected matches"),
        )
        if share < MIN_TRAINING_MATCH_SHARE:
            message = (
                f"EM on training rule {format_rule(rule.sql)} found matches in only {share:.4%} "
                f"of its {format_count(len(pairs), 'pair')}, too few to estimate from, so its "
                "estimates are not used; an input without duplicates, or two inputs that share "
                "few people, give this"
            )
            # A block too small to hold that share of one pair is common in small inputs.
            if len(pairs) * MIN_TRAINING_MATCH_SHARE >= 1:
                warnings.warn(message, MigstdWarning, stacklevel=4)
            else:
                logger.info(message)
            continue
        if _degenerate(m, parameters, free):
            warnings.warn(
                f"EM on training rule {format_rule(rule.sql)} found no group of pairs that agree more than "
                "random pairs do, so its estimates are not used; choose a training rule whose "
                "block holds some true matches",
                MigstdWarning,
                stacklevel=4,
            )
            continue
        # Each session counts for a comparison by the matches it observed the comparison on.
        for index, is_free in enumerate(free):
            if is_free and observed_matches[index] >= MIN_OBSERVED_SHARE * expected_matches > 0:
                m_sums[index] += observed_matches[index] * m[index]
                m_weights[index] += observed_matches[index]

    for index, parameter in enumerate(parameters):
        if m_weights[index] > 0:
            parameter.m = m_sums[index] / m_weights[index]
            parameter.m_estimated = True
        elif not free_anywhere[index]:
            warnings.warn(
                f"every training rule fixes comparison {parameter.name!r}, so its m probabilities "
                "keep their starting values; add a training rule that does not use its column",
                MigstdWarning,
                stacklevel=4,
            )
        else:
            # Common and harmless in small inputs, so a log line rather than a warning.
            logger.info(
                "the training pairs gave comparison %r no compared values; "
                "its m probabilities keep their starting values",
                parameter.name,
            )
    return parameters, frequency_tables


def _degenerate(
    m: Sequence[npt.NDArray[np.float64]],
    parameters: Sequence[ComparisonParameters],
    free: Sequence[bool],
) -> bool:
    """Return whether EM's match class agrees on most fields less than random pairs do.

    Then EM has split the pairs along something other than match status,
    which happens when a training block holds (almost) no true matches.
    """
    factors = [m[i][0] / parameters[i].u[0] for i, is_free in enumerate(free) if is_free]
    return bool(factors) and float(np.median(factors)) < 1.0


def _term_frequency_tables(
    comparisons: Sequence[Comparison], prepared: Prepared
) -> dict[int, npt.NDArray[np.float64]]:
    """Return, by comparison index, the term frequency of each code's exact value."""
    tables = {}
    for index, comparison in enumerate(comparisons):
        if not comparison.term_frequency_adjustments:
            continue
        frequencies = term_frequencies(comparison, prepared.encoded[comparison.column])
        if len(frequencies) == 0:
            warnings.warn(
                f"column {comparison.column!r} has no values; its term-frequency adjustment is skipped",
                DataQualityWarning,
                stacklevel=4,
            )
            continue
        floor = 1.0 / max(int((prepared.encoded[comparison.column].codes >= 0).sum()), 1)
        tables[index] = np.maximum(frequencies, floor)
    return tables


def _term_frequency_offsets(
    frequency_tables: dict[int, npt.NDArray[np.float64]],
    parameters: Sequence[ComparisonParameters],
    comparisons: Sequence[Comparison],
    prepared: Prepared,
    left: npt.NDArray[np.integer[Any]],
    gammas: npt.NDArray[np.int8],
    include: Sequence[bool] | None = None,
) -> npt.NDArray[np.float64]:
    """Adjust the exact level's weight by how common the agreeing value is.

    An exact agreement on value v has Bayes factor m / tf(v) instead of
    m / u, where tf(v) is the share of records with v; the adjustment adds
    log2(u / tf(v)) to the pair's weight.
    """
    adjustment = np.zeros(len(left))
    for index, frequencies in frequency_tables.items():
        if include is not None and not include[index]:
            continue
        exact = gammas[:, index] == 0
        codes = prepared.encoded[comparisons[index].column].codes[left[exact]]
        adjustment[exact] += np.log2(parameters[index].u[0] / frequencies[codes])
    return adjustment


def _record_term_frequencies(
    frequency_tables: dict[int, npt.NDArray[np.float64]],
    comparisons: Sequence[Comparison],
    prepared: Prepared,
) -> dict[int, npt.NDArray[np.float64]]:
    """Return, by comparison index, each record's term frequency (NaN where missing), for explanations."""
    result = {}
    for index, frequencies in frequency_tables.items():
        codes = prepared.encoded[comparisons[index].column].codes
        record_frequencies = np.full(len(codes), np.nan)
        present = codes >= 0
        record_frequencies[present] = frequencies[codes[present]]
        result[index] = record_frequencies
    return result


def _estimate_prior(settings: Settings, candidates: ScoredPairs, total_pairs: int) -> float:
    if settings.probability_two_random_records_match is not None:
        return settings.probability_two_random_records_match
    # The share of matches among candidates, scaled to all pairs; blocking is
    # assumed to keep nearly every match.
    share = estimate_prior_from_weights(
        candidates.weights, max_iterations=settings.em_max_iterations, tolerance=settings.em_tolerance
    )
    prior = share * len(candidates) / max(total_pairs, 1)
    return float(np.clip(prior, *_PRIOR_BOUNDS))


# Columns of the pairs table before the level columns.
_PAIR_COLUMNS = (
    "unique_id_l",
    "unique_id_r",
    "row_l",
    "row_r",
    "match_weight",
    "match_probability",
    "is_match",
    "blocking_rule",
)


def _pairs_table(
    prepared: Prepared,
    comparisons: Sequence[Comparison],
    scorer: PairScorer,
    pairs: ScoredPairs,
    weights: npt.NDArray[np.floating[Any]],
    matched: npt.NDArray[np.bool_],
    rules: Sequence[BlockingRule],
    order: npt.NDArray[np.int64],
) -> pa.Table:
    """Return every candidate pair, ordered by its two rows so the table is the same on every run."""
    left, right = pairs.left[order], pairs.right[order]
    # Taken in Arrow, so no Python string object is made per pair.
    unique_ids = prepared.unique_id
    columns: dict[str, Any] = {
        "unique_id_l": unique_ids.take(pa.array(left)),
        "unique_id_r": unique_ids.take(pa.array(right)),
        "row_l": pa.array(prepared.row[left]),
        "row_r": pa.array(prepared.row[right]),
        "match_weight": pa.array(weights[order].astype(np.float64)),
        "match_probability": pa.array(probability_from_weight(weights[order].astype(np.float64))),
        "is_match": pa.array(matched[order]),
        "blocking_rule": pa.DictionaryArray.from_arrays(
            pa.array(pairs.rule[order].astype(np.int32)),
            pa.array([r.sql for r in rules], type=pa.string()),
        ),
    }
    # The levels were not kept, so the pairs are graded again.
    gammas = scorer.gammas(left, right)
    for index, comparison in enumerate(comparisons):
        level_names = pa.array([*comparison.level_names, "null"], type=pa.string())
        levels = gammas[:, index].astype(np.int32)
        levels[levels < 0] = len(comparison.level_names)
        columns[f"{comparison.name}_level"] = pa.DictionaryArray.from_arrays(pa.array(levels), level_names)
    return pa.table(columns)


@dataclass
class _PairsBuilder:
    """Builds the pairs table (or its matches) and grades pairs again, for a result.

    A class rather than closures, so that a result can be pickled.
    """

    prepared: Prepared
    comparisons: Sequence[Comparison]
    scorer: PairScorer
    candidates: ScoredPairs
    matched: npt.NDArray[np.bool_]
    rules: Sequence[BlockingRule]
    order: _PairOrder

    def build(self, only_matches: bool = False) -> pa.Table:
        rows = self.order()
        if only_matches:
            rows = rows[self.matched[rows]]
        weights = self.candidates.weights
        return _pairs_table(
            self.prepared,
            self.comparisons,
            self.scorer,
            self.candidates,
            weights,
            self.matched,
            self.rules,
            rows,
        )

    def levels_of(self, pairs: npt.NDArray[np.int64]) -> npt.NDArray[np.int8]:
        return self.scorer.gammas(self.candidates.left[pairs], self.candidates.right[pairs])


class _PairOrder:
    """The order of the pairs by their two rows, computed once when first needed."""

    def __init__(self, left: npt.NDArray[np.int32], right: npt.NDArray[np.int32]) -> None:
        self._left, self._right = left, right
        self._order: npt.NDArray[np.int64] | None = None

    def __call__(self) -> npt.NDArray[np.int64]:
        if self._order is None:
            self._order = np.lexsort((self._right, self._left)).astype(np.int64)
        return self._order


def _clusters_table(
    prepared: Prepared,
    labels: npt.NDArray[np.int64],
    input_names: Sequence[str],
    candidates: ScoredPairs,
    matched: npt.NDArray[np.bool_],
) -> pa.Table:
    """Return every record with its cluster, the cluster's size and its conflicting pairs.

    A conflicting pair is a compared pair inside one cluster that scored below
    the threshold: the chain A~B~C joined A and C although A and C disagree.
    Such clusters deserve a clerical review.
    """
    cluster_ids, _ = cluster_numbers(labels)
    sizes = np.bincount(cluster_ids)
    inside = (cluster_ids[candidates.left] == cluster_ids[candidates.right]) & ~matched
    conflicts = np.bincount(cluster_ids[candidates.left[inside]], minlength=len(sizes))
    return pa.table(
        {
            "input": pa.array([input_names[s] for s in prepared.source], type=pa.string()),
            "row": pa.array(prepared.row),
            "unique_id": prepared.unique_id,
            "cluster_id": pa.array(cluster_ids),
            "cluster_size": pa.array(sizes[cluster_ids]),
            "conflicting_pairs": pa.array(conflicts[cluster_ids]),
        }
    )


def _issues_table(prepared: Prepared, input_names: Sequence[str]) -> pa.Table:
    return pa.table(
        {
            "input": pa.array([input_names[i.source] for i in prepared.issues], type=pa.string()),
            "row": pa.array([i.row for i in prepared.issues], type=pa.int64()),
            "field": pa.array([i.field for i in prepared.issues], type=pa.string()),
            "rule": pa.array([i.rule for i in prepared.issues], type=pa.string()),
        }
    )


def run_linkage(
    inputs: Sequence[Any],
    settings: Settings,
    input_names: Sequence[str],
    model: FellegiSunterModel | None = None,
) -> LinkageResult:
    """Link two inputs or deduplicate one; see :func:`migstd.linkage.link`.

    With ``model``, training is skipped and pairs are scored with its prior and
    m and u probabilities; term-frequency tables come from these inputs.
    """
    link = len(inputs) == 2
    read = [read_input(data, name=name) for data, name in zip(inputs, input_names, strict=True)]
    check_non_text_columns(read, settings)
    tables = [item.table for item in read]
    check_columns(tables, settings, input_names)
    available = available_fields(tables, settings)
    comparisons = settings.resolve_comparisons(sorted(available))
    require_comparisons(comparisons, settings)
    missing = [c.column for c in comparisons if c.column not in available]
    if model is not None and missing:
        raise SettingsError(
            f"the model compares column(s) {missing}, which are not in every input; map them "
            "with the columns setting or train a new model"
        )
    if model is not None:
        check_model_fits(model, comparisons)
    if missing:
        raise SettingsError(
            f"compared column(s) {missing} are not in every input; canonical fields present: "
            f"{sorted(available & set(CANONICAL_FIELDS))}"
        )

    names = _prepared_names(available, comparisons)
    blocking_rules = settings.resolve_blocking_rules(names)
    training_rules = settings.resolve_training_rules(names)
    require_blocking_rules(blocking_rules, settings, available)
    rule_columns = [c for rule in (*blocking_rules, *training_rules) for c in rule.columns]

    prepared = prepare(tables, settings, comparisons, rule_columns, input_names)
    # Only blocking reads the prepared table, so its other columns are let go.
    kept_columns = set(rule_columns)
    prepared.table = prepared.table.select(
        [name for name in prepared.table.column_names if name.startswith("_") or name in kept_columns]
    )
    pa.default_memory_pool().release_unused()
    swap = _swapped_name_comparisons(settings, comparisons)
    dependents = _dependent_comparisons(comparisons)
    records = " + ".join(str(count) for count in prepared.counts())
    noun = "record" if sum(prepared.counts()) == 1 else "records"
    missing_values = format_count(len(prepared.issues), "value")
    logger.info("prepared %s %s; %s set to missing", records, noun, missing_values)

    scorer = PairScorer(comparisons, prepared, swap, dependents)
    with BlockingSession(
        prepared.table, link=link, columns=rule_columns, distinct_dictionaries=prepared.distinct_dictionaries
    ) as session:
        # Counts the rules now, so a rule that is too broad fails before training; pairs come later.
        batches = session.iter_candidate_pairs(blocking_rules, settings.max_comparisons)
        if model is None:
            parameters, frequency_tables = _train(
                settings, comparisons, prepared, session, training_rules, link, scorer
            )
        else:
            parameters, frequency_tables = model.comparisons, _term_frequency_tables(comparisons, prepared)

        def offsets_of(
            left: npt.NDArray[np.integer[Any]], gammas: npt.NDArray[np.int8]
        ) -> npt.NDArray[np.float64]:
            return _term_frequency_offsets(frequency_tables, parameters, comparisons, prepared, left, gammas)

        def weigh(
            left: npt.NDArray[np.integer[Any]], gammas: npt.NDArray[np.int8]
        ) -> npt.NDArray[np.float64]:
            return add_level_weights(parameters, gammas, offsets_of(left, gammas))

        # Arrow's pool keeps what preparation and training freed; scoring allocates in numpy.
        pa.default_memory_pool().release_unused()
        candidates = score_batches(batches, scorer, weigh)
    rule_count = format_count(len(blocking_rules), "rule")
    logger.info("blocking: candidate pairs from %s: %d", rule_count, len(candidates))

    counts = prepared.counts()
    total_pairs = counts[0] * counts[1] if link else counts[0] * (counts[0] - 1) // 2
    if model is None:
        prior = _estimate_prior(settings, candidates, total_pairs)
        in_force = settings.with_options(
            comparisons=comparisons, blocking_rules=blocking_rules, training_rules=training_rules
        )
        model = FellegiSunterModel(prior=prior, comparisons=parameters, settings=in_force)
    elif settings.probability_two_random_records_match not in (None, model.prior):
        # The stored prior is the match rate among pairs of the training input; a
        # batch of another size or overlap can set its own in the settings.
        model = replace(model, prior=settings.probability_two_random_records_match)
    # The pairs were weighed while they were graded; only the prior's weight is missing.
    weights = candidates.weights
    weights += model.prior_weight
    logger.info("computed match weights of %s", format_count(len(candidates), "pair"))

    matched = select_matches(
        candidates.left, candidates.right, weights, settings.threshold_weight, one_to_one=settings.one_to_one
    )
    labels = connected_components(prepared.size, candidates.left[matched], candidates.right[matched])
    warn_large_clusters(labels, settings.max_cluster_size, stacklevel=3)
    cluster_count = int((labels == np.arange(len(labels))).sum())
    logger.info(
        "scored %s: %s, %s",
        format_count(len(candidates), "pair"),
        format_count(int(matched.sum()), "match", "matches"),
        format_count(cluster_count, "cluster"),
    )

    order = _PairOrder(candidates.left, candidates.right)
    pair_columns = [*_PAIR_COLUMNS, *(f"{c.name}_level" for c in comparisons)]
    trained = model

    pairs_builder = _PairsBuilder(prepared, comparisons, scorer, candidates, matched, blocking_rules, order)
    build_pairs, levels_of = pairs_builder.build, pairs_builder.levels_of

    return LinkageResult(
        link=link,
        settings=settings,
        model=trained,
        pairs=ResultTable(build_pairs, rows=len(candidates), columns=pair_columns),
        clusters=ResultTable(_clusters_table(prepared, labels, input_names, candidates, matched)),
        issues=ResultTable(_issues_table(prepared, input_names)),
        counts={
            "records": prepared.size,
            "candidate_pairs": len(candidates),
            "matches": int(matched.sum()),
            "clusters": cluster_count,
            "issues": len(prepared.issues),
        },
        _truth=prepared.truth,
        _source=prepared.source,
        _left=candidates.left,
        _right=candidates.right,
        _weights=weights,
        _cluster_labels=labels,
        _term_frequencies=_record_term_frequencies(frequency_tables, comparisons, prepared),
        _pair_order=order,
        _build_pairs=build_pairs,
        _levels_of=levels_of,
        _matched=matched,
        _unique_ids=prepared.unique_id,
    )
