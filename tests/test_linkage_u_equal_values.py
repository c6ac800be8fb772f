"""Tests of u estimation that counts pairs with equal values over all pairs."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

from migstd.linkage import Settings, block_on
from migstd.linkage._compare import PairScorer
from migstd.linkage._prepare import prepare
from migstd.linkage.comparisons import DateComparison, ExactMatch, IdentifierComparison, NameComparison
from migstd.linkage.model import EqualValues, estimate_u

COMPARISONS = [
    NameComparison("given_name"),
    DateComparison("birth_date"),
    IdentifierComparison("document_number"),
    ExactMatch("sex"),
]
VALUES = {
    "given_name": ["ნინო", "NINO", "Nina", "გიორგი", "GIORGI", "Гиорги", "N.", None],
    "birth_date": ["1985-03-12", "1985-12-03", "1985-03-13", "1985-03", "1985", None],
    "document_number": ["12AB34567", "12AB34576", "12AB34568", "09XY11111", None],
    "sex": ["F", "M", None],
}


def synthetic_records(count: int, seed: int) -> pa.Table:
    rng = random.Random(seed)
    return pa.table(
        {name: pa.array([rng.choice(choices) for _ in range(count)]) for name, choices in VALUES.items()}
    )


def _prepared(link: bool) -> Any:
    settings = Settings(comparisons=COMPARISONS, blocking_rules=[block_on("birth_date")])
    if link:
        tables = [synthetic_records(160, seed=3), synthetic_records(140, seed=4)]
        return prepare(tables, settings, COMPARISONS, [], ["left", "right"])
    return prepare([synthetic_records(300, seed=5)], settings, COMPARISONS, [], ["input"])


def _every_pair(counts: tuple[int, ...], link: bool) -> tuple[np.ndarray, np.ndarray]:
    if link:
        left, right = np.divmod(np.arange(counts[0] * counts[1]), counts[1])
        return left, right + counts[0]
    left, right = np.triu_indices(counts[0], k=1)
    return left, right


@pytest.mark.parametrize("link", [True, False])
def test_equal_values_match_counting_every_pair(link: bool) -> None:
    prepared = _prepared(link)
    scorer = PairScorer(COMPARISONS, prepared)
    left, right = _every_pair(prepared.counts(), link)
    gammas = scorer.gammas(left, right)

    for index, comparison in enumerate(COMPARISONS):
        codes = prepared.encoded[comparison.column].codes
        present = (codes[left] >= 0) & (codes[right] >= 0)
        equal = present & (codes[left] == codes[right]) & (gammas[:, index] >= 0)
        share, spread = scorer.equal_value_levels(index, prepared.counts(), link)

        assert share == pytest.approx(equal.sum() / present.sum())
        expected = np.bincount(gammas[equal, index], minlength=len(comparison.level_names))
        assert spread == pytest.approx(expected / expected.sum())


@pytest.mark.parametrize("link", [True, False])
def test_u_from_equal_values_and_every_pair_agree(link: bool) -> None:
    prepared = _prepared(link)
    scorer = PairScorer(COMPARISONS, prepared)
    left, right = _every_pair(prepared.counts(), link)
    gammas = scorer.gammas(left, right)
    names = [c.name for c in COMPARISONS]
    levels = [c.level_names for c in COMPARISONS]

    known = []
    for index, comparison in enumerate(COMPARISONS):
        share, spread = scorer.equal_value_levels(index, prepared.counts(), link)
        codes = prepared.encoded[comparison.column].codes
        sampled = (codes[left] == codes[right]) & (codes[left] >= 0)
        known.append(EqualValues(share, spread, sampled))

    # With every pair sampled, both ways count the same pairs; only the pseudo-counts differ.
    for plain, mixed in zip(
        estimate_u(names, levels, gammas), estimate_u(names, levels, gammas, known), strict=True
    ):
        assert mixed.u.sum() == pytest.approx(1.0)
        assert mixed.u == pytest.approx(plain.u, rel=0.05, abs=1e-4)


def test_rare_equal_level_is_known_without_a_sample() -> None:
    # Two of 40,000 pairs share a value: a sample of 10 pairs contains neither, the count finds both.
    spread = np.array([1.0, 0.0])
    sampled = np.zeros(10, dtype=bool)
    gammas = np.ones((10, 1), dtype=np.int8)
    (parameters,) = estimate_u(["x"], [("exact", "else")], gammas, [EqualValues(2 / 40_000, spread, sampled)])
    assert parameters.u[0] == pytest.approx(2 / 40_000 + (1 - 2 / 40_000) * 0.5 / 11)


def test_u_floor_when_all_values_equal() -> None:
    # Every pair agrees, so the sample has no unequal pair; the other levels keep a floor.
    spread = np.array([1.0, 0.0, 0.0])
    sampled = np.ones(50, dtype=bool)
    gammas = np.zeros((50, 1), dtype=np.int8)
    (parameters,) = estimate_u(
        ["x"], [("exact", "close", "else")], gammas, [EqualValues(1.0, spread, sampled)]
    )
    assert (parameters.u > 0).all()
    assert parameters.u.sum() == pytest.approx(1.0)
    assert np.isfinite(parameters.log2_bayes_factors).all()
