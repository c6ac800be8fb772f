"""The Fellegi-Sunter model: m and u probabilities, match weights and probabilities.

For every comparison level the model has two probabilities: m, the chance
that a pair of records of the same person falls in the level, and u, the
chance that a pair of different people does. A pair's match weight is the
log2 of the prior odds plus, for every comparison, ``log2(m / u)`` of its
level (the level's Bayes factor). The null level contributes nothing.

The model assumes the comparisons are independent given the match status
(the usual Fellegi-Sunter assumption). u is estimated from random record
pairs, which are almost all non-matches; m by expectation-maximisation (EM) on
pairs blocked by a training rule, leaving out the comparisons on the rule's
own columns, whose levels the blocking has already fixed.

>>> model = FellegiSunterModel(
...     prior=0.001,
...     comparisons=(ComparisonParameters("sex", ("exact", "else"), m=np.array([0.98, 0.02]),
...                                       u=np.array([0.5, 0.5])),))
>>> float(np.round(model.match_weights(np.array([[0], [1], [-1]], dtype=np.int8)), 3)[0])
-8.993
>>> float(probability_from_weight(np.array([0.0]))[0])
0.5
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

if TYPE_CHECKING:
    from migstd.linkage.settings import Settings

__all__ = [
    "M_PROBABILITY_FLOOR",
    "ComparisonParameters",
    "EqualValues",
    "FellegiSunterModel",
    "add_level_weights",
    "estimate_m",
    "estimate_prior",
    "estimate_prior_from_weights",
    "estimate_u",
    "probability_from_weight",
]

logger = logging.getLogger(__name__)

# Floors keep every Bayes factor finite when a level was never observed.
M_PROBABILITY_FLOOR = 1e-6
# Pseudo-count added to every level's random-pair count, so u is never zero.
U_PSEUDO_COUNT = 0.5

# Pairs whose partial weights are computed at a time (about 80 MB of float64 for 10 comparisons).
_WEIGHT_SLICE_ROWS = 1_000_000


@dataclass(frozen=True)
class EqualValues:
    """Record pairs with equal values in one comparison, counted over all pairs.

    ``share`` is their share of the pairs with both values present,
    ``spread`` how they fall over the comparison's levels (summing to 1),
    and ``sampled`` marks the random pairs that are such pairs.
    """

    share: float
    spread: npt.NDArray[np.float64]
    sampled: npt.NDArray[np.bool_]


@dataclass
class ComparisonParameters:
    """m and u probabilities of one comparison's levels (null level excluded)."""

    name: str
    level_names: tuple[str, ...]
    m: npt.NDArray[np.float64]
    u: npt.NDArray[np.float64]
    m_estimated: bool = False

    @property
    def log2_bayes_factors(self) -> npt.NDArray[np.float64]:
        result: npt.NDArray[np.float64] = np.log2(self.m) - np.log2(self.u)
        return result

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "levels": [
                {
                    "level": level,
                    "m_probability": float(m),
                    "u_probability": float(u),
                    "bayes_factor": float(m / u),
                    "match_weight": float(math.log2(m / u)),
                }
                for level, m, u in zip(self.level_names, self.m, self.u, strict=True)
            ],
            "m_estimated": self.m_estimated,
        }


@dataclass
class FellegiSunterModel:
    """The prior and per-comparison parameters of a trained model.

    ``settings`` are the settings it was trained with, with the comparisons,
    blocking rules and training rules in force written out; a model built by
    hand has none and cannot be saved.
    """

    prior: float
    comparisons: tuple[ComparisonParameters, ...]
    trace: list[dict[str, Any]] = field(default_factory=list)
    settings: Settings | None = None

    def save(self, path: str | Path) -> Path:
        """Write the model and its settings to a JSON file; see :mod:`migstd.linkage._persist`."""
        # Imported here because the file format module builds models from this one.
        from migstd.linkage._persist import save_model

        return save_model(self, path)

    @classmethod
    def load(cls, path: str | Path) -> FellegiSunterModel:
        """Read a model written by :meth:`save`; raise SettingsError for a file it cannot use."""
        from migstd.linkage._persist import load_model

        return load_model(path)

    @property
    def prior_weight(self) -> float:
        return math.log2(self.prior / (1.0 - self.prior))

    def match_weights(
        self, gammas: npt.NDArray[np.int8], add_to: npt.NDArray[np.float64] | None = None
    ) -> npt.NDArray[np.float64]:
        """Return the match weight of each pair (row of ``gammas``).

        With ``add_to`` (per-pair offsets, such as term-frequency
        adjustments), the weights are added to it in place and it is returned,
        so no second array of that size is made.
        """
        weights = np.zeros(gammas.shape[0]) if add_to is None else add_to
        weights += self.prior_weight
        return add_level_weights(self.comparisons, gammas, weights)

    def partial_weights(self, gammas: npt.NDArray[np.int8]) -> npt.NDArray[np.float64]:
        """Return each comparison's contribution to each pair's match weight."""
        result = np.zeros(gammas.shape, dtype=np.float64)
        for index, parameters in enumerate(self.comparisons):
            levels = gammas[:, index]
            present = levels >= 0
            result[present, index] = parameters.log2_bayes_factors[levels[present]]
        return result

    def to_dict(self) -> dict[str, Any]:
        return {
            "probability_two_random_records_match": self.prior,
            "comparisons": [parameters.to_dict() for parameters in self.comparisons],
            "training": self.trace,
        }


def add_level_weights(
    comparisons: Sequence[ComparisonParameters], gammas: npt.NDArray[np.int8], out: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Add each pair's comparison weights (its match weight without the prior) to ``out`` and return it."""
    # One table per comparison: each level's weight, then the null level's (no
    # evidence), which level -1 reads as the last entry.
    tables = [np.concatenate([parameters.log2_bayes_factors, [0.0]]) for parameters in comparisons]
    for start in range(0, gammas.shape[0], _WEIGHT_SLICE_ROWS):
        part = slice(start, start + _WEIGHT_SLICE_ROWS)
        for index, table in enumerate(tables):
            out[part] += table[gammas[part, index]]
    return out


def probability_from_weight(weights: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Convert match weights to match probabilities without overflow.

    Probabilities round to exactly 1.0 above a weight of about 53; decisions
    are therefore made on weights, and probabilities are for display.
    """
    small = np.exp2(-np.abs(weights))
    result: npt.NDArray[np.float64] = np.where(weights >= 0, 1.0 / (1.0 + small), small / (1.0 + small))
    return result


def _initial_m(level_count: int) -> npt.NDArray[np.float64]:
    # Start with most matches in the strongest level, decreasing geometrically.
    start = np.power(0.15, np.arange(level_count, dtype=np.float64))
    result: npt.NDArray[np.float64] = start / start.sum()
    return result


def estimate_u(
    names: Sequence[str],
    level_names: Sequence[tuple[str, ...]],
    gammas: npt.NDArray[np.int8],
    equal_values: Sequence[EqualValues | None] | None = None,
) -> tuple[ComparisonParameters, ...]:
    """Estimate u probabilities from the levels of random record pairs.

    ``equal_values`` may give, per comparison, the pairs with equal values
    counted over all record pairs. Then the sample estimates only how the
    other pairs spread over the levels, and the rare levels that equal values
    reach (an exact birth date, say) are known exactly rather than from a
    handful of sampled pairs.

    m starts at a default that puts most matches in the strongest level.
    """
    parameters = []
    for index, (name, levels) in enumerate(zip(names, level_names, strict=True)):
        column = gammas[:, index]
        known = None if equal_values is None else equal_values[index]
        sampled = column >= 0 if known is None else (column >= 0) & ~known.sampled
        counts = np.bincount(column[sampled], minlength=len(levels)).astype(np.float64)
        u = (counts + U_PSEUDO_COUNT) / (counts.sum() + U_PSEUDO_COUNT * len(levels))
        if known is not None:
            # When every pair has equal values (one citizenship for all), the
            # other levels still get the floor of a pseudo-count.
            u = known.share * known.spread + (1.0 - known.share) * u
            floor = U_PSEUDO_COUNT / ((column >= 0).sum() + U_PSEUDO_COUNT * len(levels))
            u = np.maximum(u, floor)
            u /= u.sum()
        parameters.append(ComparisonParameters(name, tuple(levels), m=_initial_m(len(levels)), u=u))
    return tuple(parameters)


def _pattern_keys(gammas: npt.NDArray[np.int8]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]] | None:
    """Return one integer per row that sorts as the rows do, and each column's radix.

    Levels from -1 (null) up are shifted to start at 0 and read as digits,
    the first column most significant. Returns ``None`` when the keys would
    not fit in 62 bits.
    """
    radixes = gammas.max(axis=0).astype(np.int64) + 2
    if math.prod(int(r) for r in radixes) >= 2**62:
        return None
    keys = np.zeros(gammas.shape[0], dtype=np.int64)
    for index in range(gammas.shape[1]):
        keys *= radixes[index]
        keys += gammas[:, index].astype(np.int64) + 1
    return keys, radixes


def _patterns_from_keys(keys: npt.NDArray[np.int64], radixes: npt.NDArray[np.int64]) -> npt.NDArray[np.int8]:
    """Turn the keys of :func:`_pattern_keys` back into rows of levels."""
    patterns = np.empty((len(keys), len(radixes)), dtype=np.int8)
    rest = keys.copy()
    for index in range(len(radixes) - 1, -1, -1):
        rest, digit = np.divmod(rest, radixes[index])
        patterns[:, index] = digit - 1
    return patterns


def _distinct(values: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.intp]]:
    """Return the distinct values in order of first appearance and each value's index among them.

    Arrow hashes them, which is faster than the sort in ``np.unique`` for
    tens of millions of values (see :func:`migstd.linkage._compare.distinct_values`).
    """
    encoded = pa.array(values).dictionary_encode()
    distinct = np.asarray(encoded.dictionary.to_numpy(zero_copy_only=False))
    index = np.asarray(encoded.indices.to_numpy(zero_copy_only=False), dtype=np.intp)
    return distinct, index


def _sorted_counts(keys: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """Return the distinct keys in ascending order and how often each occurs."""
    distinct, index = _distinct(keys)
    counts = np.bincount(index, minlength=len(distinct)).astype(np.float64)
    order = np.argsort(distinct)
    return distinct[order], counts[order]


def _patterns(
    gammas: npt.NDArray[np.int8], offsets: npt.NDArray[np.float64] | None
) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Group identical pairs: distinct level patterns (with their offsets) and counts.

    Patterns come out in the order of ``np.unique(..., axis=0)`` on the
    levels followed by the offset, so sums over them are the same to the bit.
    """
    if gammas.shape[0] == 0:
        return gammas, np.zeros(0), np.zeros(0)
    packed = _pattern_keys(gammas)
    if packed is None:
        return _patterns_by_rows(gammas, offsets)
    keys, radixes = packed
    if offsets is None:
        distinct, counts = _sorted_counts(keys)
        return _patterns_from_keys(distinct, radixes), np.zeros(len(distinct)), counts

    # Hash first, then sort only the distinct offsets: -0.0 and 0.0 become one value, as in np.unique.
    hashed_offsets, offset_index = _distinct(offsets)
    offset_values, offset_rank = np.unique(hashed_offsets, return_inverse=True)
    if int(keys.max()) * len(offset_values) >= 2**62:
        return _patterns_by_rows(gammas, offsets)
    combined = keys * len(offset_values) + offset_rank.reshape(-1)[offset_index]
    distinct, counts = _sorted_counts(combined)
    pattern_keys, offset_index = np.divmod(distinct, len(offset_values))
    return _patterns_from_keys(pattern_keys, radixes), offset_values[offset_index], counts


def _patterns_by_rows(
    gammas: npt.NDArray[np.int8], offsets: npt.NDArray[np.float64] | None
) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Group identical rows with ``np.unique(axis=0)``: slower, for patterns too wide to pack."""
    if offsets is None:
        patterns, counts = np.unique(gammas, axis=0, return_counts=True)
        return patterns, np.zeros(len(patterns)), counts.astype(np.float64)
    keyed = np.column_stack([gammas.astype(np.float64), offsets])
    distinct, counts = np.unique(keyed, axis=0, return_counts=True)
    return distinct[:, :-1].astype(np.int8), distinct[:, -1], counts.astype(np.float64)


def _log2_bayes_factors(
    patterns: npt.NDArray[np.int8],
    m: Sequence[npt.NDArray[np.float64]],
    u: Sequence[npt.NDArray[np.float64]],
    columns: Sequence[int],
) -> npt.NDArray[np.float64]:
    total = np.zeros(patterns.shape[0])
    for index in columns:
        levels = patterns[:, index]
        present = levels >= 0
        total[present] += np.log2(m[index][levels[present]]) - np.log2(u[index][levels[present]])
    return total


def _posterior(prior: float, log2_factors: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    return probability_from_weight(math.log2(prior / (1.0 - prior)) + log2_factors)


def estimate_m(
    parameters: Sequence[ComparisonParameters],
    gammas: npt.NDArray[np.int8],
    free: Sequence[bool],
    *,
    max_iterations: int,
    tolerance: float,
    initial_prior: float = 0.1,
    offsets: npt.NDArray[np.float64] | None = None,
    min_observed_share: float = 0.0,
) -> tuple[list[npt.NDArray[np.float64]], float, int, list[float]]:
    """Run EM on one training session's pairs.

    Only the comparisons flagged in ``free`` are estimated and used; u stays
    fixed. ``offsets`` are fixed per-pair additions to the log2 Bayes factor:
    the term-frequency adjustments of the free comparisons. Without them, two
    different people with a common name look as alike as the average pair
    agreeing on a name, so EM counts such namesakes as matches.

    A comparison observed on less than ``min_observed_share`` of the expected
    matches keeps its m: with no match to learn from, EM would push m towards
    whatever the non-matches show. Returns the m probabilities (unchanged for
    fixed comparisons), the share of matches among the session's pairs, the
    iterations run, and per comparison the expected matches on which it was
    observed (0 for fixed comparisons).
    """
    patterns, pattern_offsets, counts = _patterns(gammas, offsets)
    m = [p.m.copy() for p in parameters]
    u = [p.u for p in parameters]
    columns = [i for i, is_free in enumerate(free) if is_free]
    prior = initial_prior
    iteration = 0
    observed = [0.0] * len(parameters)
    if counts.sum() == 0 or not columns:
        return m, prior, iteration, observed

    for iteration in range(1, max_iterations + 1):  # noqa: B007 - returned after the loop
        factors = _log2_bayes_factors(patterns, m, u, columns) + pattern_offsets
        posterior = _posterior(prior, factors)
        weights = counts * posterior
        prior = float(np.clip(weights.sum() / counts.sum(), 1e-9, 1 - 1e-9))

        change = 0.0
        for index in columns:
            levels = patterns[:, index]
            present = levels >= 0
            sums = np.bincount(levels[present], weights=weights[present], minlength=len(m[index]))
            observed[index] = float(sums.sum())
            if observed[index] <= 0 or observed[index] < min_observed_share * weights.sum():
                continue
            new_m = np.maximum(sums / sums.sum(), M_PROBABILITY_FLOOR)
            new_m /= new_m.sum()
            change = max(change, float(np.abs(new_m - m[index]).max()))
            m[index] = new_m
        if change < tolerance:
            break
    return m, prior, iteration, observed


# Weights are counted in bins of 1/256 bit, an error of at most 0.002 bit per
# pair, from -256 to +256 bits. A pair beyond is counted in the end bin.
_WEIGHT_BINS_PER_BIT = 256
_WEIGHT_RANGE_BITS = 256


def estimate_prior_from_weights(
    weights: npt.NDArray[np.floating[Any]], *, max_iterations: int, tolerance: float
) -> float:
    """Estimate the share of matches among pairs from their match weights without the prior.

    The same EM as :func:`estimate_prior`, with m and u fixed, since a pair's
    weight without the prior is the sum of its levels' factors and term
    frequency adjustments. The weights are counted in fine bins first, so
    each EM step reads some 100,000 bins rather than every pair.
    """
    if len(weights) == 0:
        return 0.0
    limit = _WEIGHT_RANGE_BITS * _WEIGHT_BINS_PER_BIT
    # Shifted to be positive, so truncation rounds to the nearest bin.
    scaled = weights * np.float32(_WEIGHT_BINS_PER_BIT) + np.float32(limit + 0.5)
    np.clip(scaled, 0, 2 * limit, out=scaled)
    bins = scaled.astype(np.int32)
    counts = np.bincount(bins, minlength=2 * limit + 1).astype(np.float64)
    used = np.flatnonzero(counts)
    factors = (used - limit) / _WEIGHT_BINS_PER_BIT
    counts = counts[used]
    return _prior_by_em(counts, factors, max_iterations=max_iterations, tolerance=tolerance)


def _prior_by_em(
    counts: npt.NDArray[np.float64],
    factors: npt.NDArray[np.float64],
    *,
    max_iterations: int,
    tolerance: float,
) -> float:
    """Return the share of matches among groups of ``counts`` pairs with log2 Bayes factors ``factors``."""
    prior = 0.1
    for _ in range(max_iterations * 4):
        updated = float(np.clip((counts * _posterior(prior, factors)).sum() / counts.sum(), 1e-12, 1 - 1e-9))
        if abs(updated - prior) < tolerance * prior:
            return updated
        prior = updated
    return prior


def estimate_prior(
    parameters: Sequence[ComparisonParameters],
    gammas: npt.NDArray[np.int8],
    *,
    max_iterations: int,
    tolerance: float,
    offsets: npt.NDArray[np.float64] | None = None,
) -> float:
    """Estimate the share of matches among ``gammas`` with m and u fixed."""
    patterns, pattern_offsets, counts = _patterns(gammas, offsets)
    if counts.sum() == 0:
        return 0.0
    m = [p.m for p in parameters]
    u = [p.u for p in parameters]
    factors = _log2_bayes_factors(patterns, m, u, range(len(parameters))) + pattern_offsets
    return _prior_by_em(counts, factors, max_iterations=max_iterations, tolerance=tolerance)
