"""Tests that u from random pairs and m by EM recover the probabilities the data were drawn from."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from migstd.linkage.model import (
    ComparisonParameters,
    add_level_weights,
    estimate_m,
    estimate_prior,
    estimate_prior_from_weights,
    estimate_u,
)

# Three comparisons with different level counts, strongest level first.
LEVELS = (("exact", "close", "else"), ("exact", "near", "far", "else"), ("exact", "else"))
TRUE_M = (np.array([0.80, 0.15, 0.05]), np.array([0.60, 0.25, 0.10, 0.05]), np.array([0.95, 0.05]))
TRUE_U = (np.array([0.02, 0.08, 0.90]), np.array([0.01, 0.04, 0.15, 0.80]), np.array([0.40, 0.60]))


def simulate(
    rng: np.random.Generator, count: int, prior: float, null_share: float = 0.05
) -> npt.NDArray[np.int8]:
    """Draw levels for ``count`` pairs: a match with probability ``prior``, levels independent given that."""
    is_match = rng.random(count) < prior
    gammas = np.empty((count, len(LEVELS)), dtype=np.int8)
    for index, (m, u) in enumerate(zip(TRUE_M, TRUE_U, strict=True)):
        from_m = rng.choice(len(m), size=count, p=m)
        from_u = rng.choice(len(u), size=count, p=u)
        gammas[:, index] = np.where(is_match, from_m, from_u)
        gammas[rng.random(count) < null_share, index] = -1
    return gammas


@pytest.mark.parametrize(("seed", "prior"), [(1, 0.05), (2, 0.2), (3, 0.5)])
def test_u_then_em_recover_m_u_and_prior(seed: int, prior: float) -> None:
    rng = np.random.default_rng(seed)
    names = ["first", "second", "third"]

    # u from random pairs, which hold almost no matches.
    parameters = estimate_u(names, LEVELS, simulate(rng, 60_000, prior=0.0002))
    blocked = simulate(rng, 30_000, prior=prior)
    m, share, iterations, _ = estimate_m(
        parameters, blocked, [True, True, True], max_iterations=300, tolerance=1e-9
    )

    assert iterations > 1
    assert abs(share - prior) < 0.02 + 0.1 * prior
    for parameter, true_u in zip(parameters, TRUE_U, strict=True):
        np.testing.assert_allclose(parameter.u, true_u, atol=0.01)
    for estimated, true_m in zip(m, TRUE_M, strict=True):
        np.testing.assert_allclose(estimated, true_m, atol=0.04)
        assert abs(float(estimated.sum()) - 1.0) < 1e-9


def test_prior_recovered_with_true_m_and_u() -> None:
    rng = np.random.default_rng(4)
    parameters = [
        ComparisonParameters(name, levels, m=m.copy(), u=u.copy())
        for name, levels, m, u in zip("abc", LEVELS, TRUE_M, TRUE_U, strict=True)
    ]

    share = estimate_prior(parameters, simulate(rng, 40_000, prior=0.1), max_iterations=50, tolerance=1e-9)

    assert abs(share - 0.1) < 0.01


def test_em_with_offsets_discounts_common_values() -> None:
    # Pairs whose exact agreement on the first comparison is on a common value get
    # a negative offset; EM must still recover m from them.
    rng = np.random.default_rng(5)
    parameters = estimate_u(["first", "second", "third"], LEVELS, simulate(rng, 60_000, prior=0.0002))
    blocked = simulate(rng, 30_000, prior=0.2)
    offsets = np.where((blocked[:, 0] == 0) & (rng.random(len(blocked)) < 0.3), -1.0, 0.0)

    m, share, _, _ = estimate_m(
        parameters, blocked, [True, True, True], max_iterations=300, tolerance=1e-9, offsets=offsets
    )

    assert abs(share - 0.2) < 0.05
    for estimated, true_m in zip(m, TRUE_M, strict=True):
        np.testing.assert_allclose(estimated, true_m, atol=0.06)


@pytest.mark.parametrize(("seed", "prior"), [(4, 0.01), (5, 0.3)])
def test_prior_from_weights_equals_prior_from_levels(seed: int, prior: float) -> None:
    # A pair's weight without the prior carries all EM needs once m and u are fixed.
    rng = np.random.default_rng(seed)
    parameters = [
        ComparisonParameters(name, levels, m=m, u=u)
        for name, levels, m, u in zip(["first", "second", "third"], LEVELS, TRUE_M, TRUE_U, strict=True)
    ]
    gammas = simulate(rng, 50_000, prior=prior)
    weights = add_level_weights(parameters, gammas, np.zeros(len(gammas))).astype(np.float32)

    from_levels = estimate_prior(parameters, gammas, max_iterations=100, tolerance=1e-9)
    from_weights = estimate_prior_from_weights(weights, max_iterations=100, tolerance=1e-9)

    assert from_weights == pytest.approx(from_levels, rel=1e-3)
    assert from_weights == pytest.approx(prior, rel=0.15)


def test_comparison_unseen_on_matches_keeps_its_m() -> None:
    # Like sex, the third comparison counts only where the first disagrees, and
    # every match agrees on the first: no match shows the third.
    rng = np.random.default_rng(6)
    parameters = estimate_u(["first", "second", "third"], LEVELS, simulate(rng, 60_000, prior=0.0002))
    matches, others = simulate(rng, 6_000, prior=1.0), simulate(rng, 14_000, prior=0.0)
    matches[:, 0] = 0
    blocked = np.concatenate([matches, others])
    blocked[blocked[:, 0] <= 1, 2] = -1
    starting = parameters[2].m.copy()

    m, _, _, observed = estimate_m(
        parameters,
        blocked,
        [True, True, True],
        max_iterations=200,
        tolerance=1e-9,
        min_observed_share=0.01,
    )
    unguarded, _, _, _ = estimate_m(
        parameters, blocked, [True, True, True], max_iterations=200, tolerance=1e-9
    )

    assert observed[2] < 0.01 * 6_000
    assert observed[0] > 1000
    assert np.array_equal(m[2], starting)
    assert not np.allclose(unguarded[2], starting, atol=0.05)
