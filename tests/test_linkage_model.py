"""Tests of the Fellegi-Sunter model: probabilities, u and m estimation, term frequencies."""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from migstd.errors import DataQualityWarning
from migstd.linkage import ExactMatch, Settings, block_on, dedupe, link
from migstd.linkage.model import (
    ComparisonParameters,
    FellegiSunterModel,
    estimate_m,
    estimate_prior,
    estimate_u,
    probability_from_weight,
)

LEVELS = ("exact", "close", "else")
TRUE_M = [np.array([0.85, 0.10, 0.05]), np.array([0.70, 0.25, 0.05]), np.array([0.92, 0.05, 0.03])]
TRUE_U = [np.array([0.05, 0.15, 0.80]), np.array([0.02, 0.08, 0.90]), np.array([0.30, 0.20, 0.50])]
MATCH_SHARE = 0.3


def simulate_gammas(
    rng: np.random.Generator, count: int, match_share: float, null_share: float = 0.1
) -> npt.NDArray[np.int8]:
    """Draw comparison levels for ``count`` pairs, independent given the match status."""
    is_match = rng.random(count) < match_share
    gammas = np.empty((count, len(TRUE_M)), dtype=np.int8)
    for index, (m, u) in enumerate(zip(TRUE_M, TRUE_U, strict=True)):
        from_m = rng.choice(len(LEVELS), size=count, p=m)
        from_u = rng.choice(len(LEVELS), size=count, p=u)
        gammas[:, index] = np.where(is_match, from_m, from_u)
        gammas[rng.random(count) < null_share, index] = -1
    return gammas


def test_probability_from_weight_never_overflows() -> None:
    weights = np.array([-2000.0, -1075.0, -60.0, -1.0, 0.0, 1.0, 55.0, 60.0, 1075.0, 2000.0])

    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        probabilities = probability_from_weight(weights)
        mirrored = probability_from_weight(-weights)

    assert not np.isnan(probabilities).any()
    assert ((probabilities >= 0.0) & (probabilities <= 1.0)).all()
    assert (np.diff(probabilities) >= 0).all()
    assert probabilities[weights == 0.0][0] == 0.5
    assert probabilities[-1] == 1.0
    assert probabilities[0] == 0.0
    assert math.isclose(float(probabilities[weights == 1.0][0]), 2 / 3)
    np.testing.assert_allclose(probabilities + mirrored, 1.0)


def test_probability_of_weight_55_displays_as_one() -> None:
    # Why decisions use weights: above about 53 the probability rounds to 1.0.
    assert probability_from_weight(np.array([55.0, 90.0])).tolist() == [1.0, 1.0]


def test_estimate_u_counts_levels_with_pseudo_count() -> None:
    gammas = np.array([[0]] * 10 + [[2]] * 90 + [[-1]] * 50, dtype=np.int8)

    (parameters,) = estimate_u(["sex"], [LEVELS], gammas)

    np.testing.assert_allclose(parameters.u, [10.5 / 101.5, 0.5 / 101.5, 90.5 / 101.5])
    assert parameters.u.min() > 0
    assert math.isclose(float(parameters.u.sum()), 1.0)
    assert parameters.level_names == LEVELS


def test_estimate_u_from_random_pairs_recovers_u() -> None:
    rng = np.random.default_rng(1)
    random_pairs = simulate_gammas(rng, 50_000, match_share=0.0005)

    parameters = estimate_u(["a", "b", "c"], [LEVELS] * 3, random_pairs)

    for estimated, true_u in zip(parameters, TRUE_U, strict=True):
        np.testing.assert_allclose(estimated.u, true_u, atol=0.01)


def test_em_recovers_known_m() -> None:
    rng = np.random.default_rng(7)
    parameters = [
        ComparisonParameters(name, LEVELS, m=np.array([0.5, 0.3, 0.2]), u=u.copy())
        for name, u in zip("abc", TRUE_U, strict=True)
    ]
    gammas = simulate_gammas(rng, 20_000, MATCH_SHARE)

    m, share, iterations, _ = estimate_m(
        parameters, gammas, [True, True, True], max_iterations=200, tolerance=1e-8
    )

    assert 1 < iterations <= 200
    assert abs(share - MATCH_SHARE) < 0.05
    for estimated, true_m in zip(m, TRUE_M, strict=True):
        assert np.abs(estimated - true_m).max() < 0.05, estimated
        assert math.isclose(float(estimated.sum()), 1.0)


def test_em_leaves_fixed_comparisons_alone() -> None:
    rng = np.random.default_rng(8)
    start = np.array([0.5, 0.3, 0.2])
    parameters = [
        ComparisonParameters(name, LEVELS, m=start.copy(), u=u.copy())
        for name, u in zip("abc", TRUE_U, strict=True)
    ]

    m, _, _, _ = estimate_m(
        parameters,
        simulate_gammas(rng, 5000, MATCH_SHARE),
        [True, True, False],
        max_iterations=50,
        tolerance=1e-8,
    )

    np.testing.assert_array_equal(m[2], start)
    assert np.abs(m[0] - TRUE_M[0]).max() < 0.05


def test_estimate_prior_recovers_match_share() -> None:
    rng = np.random.default_rng(9)
    parameters = [
        ComparisonParameters(name, LEVELS, m=m.copy(), u=u.copy())
        for name, m, u in zip("abc", TRUE_M, TRUE_U, strict=True)
    ]

    share = estimate_prior(parameters, simulate_gammas(rng, 20_000, 0.2), max_iterations=50, tolerance=1e-8)

    assert abs(share - 0.2) < 0.03


def test_null_level_adds_no_weight() -> None:
    model = FellegiSunterModel(
        prior=0.01,
        comparisons=(
            ComparisonParameters("a", LEVELS, m=TRUE_M[0], u=TRUE_U[0]),
            ComparisonParameters("b", LEVELS, m=TRUE_M[1], u=TRUE_U[1]),
        ),
    )
    gammas = np.array([[-1, -1], [0, -1], [-1, 2]], dtype=np.int8)

    partial = model.partial_weights(gammas)
    weights = model.match_weights(gammas)

    assert partial[0].tolist() == [0.0, 0.0]
    assert partial[1, 1] == 0.0
    assert partial[2, 0] == 0.0
    assert math.isclose(float(weights[0]), math.log2(0.01 / 0.99))
    assert math.isclose(float(partial[1, 0]), math.log2(0.85 / 0.05))
    assert math.isclose(float(partial[2, 1]), math.log2(0.05 / 0.90))


def test_model_to_dict_lists_weights_per_level() -> None:
    model = FellegiSunterModel(
        prior=0.01, comparisons=(ComparisonParameters("a", LEVELS, m=TRUE_M[0], u=TRUE_U[0]),)
    )

    levels = model.to_dict()["comparisons"][0]["levels"]

    assert [level["level"] for level in levels] == list(LEVELS)
    assert math.isclose(levels[0]["match_weight"], math.log2(0.85 / 0.05))
    assert math.isclose(levels[0]["bayes_factor"], 17.0)


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_pipeline_u_from_all_pairs() -> None:
    left = [{"given_name": f"NINO{'A' * index}", "sex": "F" if index % 2 else "M"} for index in range(20)]
    right = [{"given_name": f"NINO{'A' * index}", "sex": "F" if index % 4 else "M"} for index in range(20)]
    settings = Settings(
        comparisons=[ExactMatch("sex")],
        blocking_rules=[block_on("given_name_key")],
        training_rules=[block_on("given_name_key")],
        probability_two_random_records_match=0.05,
    )

    (parameters,) = link(left, right, settings).model.comparisons

    # Left has 10 F and 10 M, right 15 F and 5 M: 10*15 + 10*5 of the 400 pairs agree.
    # The 200 equal pairs are counted exactly; the pseudo-counts go to the 200 others.
    np.testing.assert_allclose(parameters.u, [0.5 + 0.5 * 0.5 / 201, 0.5 * 200.5 / 201])


TF_RECORDS: list[dict[str, Any]] = [
    {"given_name": "ნინო", "family_name": "ბერიძე", "patronymic": None, "birth_date": "1990-03-14"},
    {"given_name": "NINO", "family_name": "BERIDZE", "patronymic": None, "birth_date": "1990-03-14"},
    {"given_name": "გიორგი", "family_name": "კაპანაძე", "patronymic": None, "birth_date": "1985-07-02"},
    {"given_name": "GIORGI", "family_name": "KAPANADZE", "patronymic": None, "birth_date": "1985-07-02"},
    {"given_name": "LEVAN", "family_name": "LOMIDZE", "patronymic": None, "birth_date": "1971-11-30"},
    {"given_name": "TAMAR", "family_name": "TSIKLAURI", "patronymic": None, "birth_date": "1979-01-30"},
]


def test_term_frequencies_on_all_null_column() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = dedupe(TF_RECORDS, Settings(probability_two_random_records_match=0.1))
    quality = [str(w.message) for w in caught if issubclass(w.category, DataQualityWarning)]

    weights = [row["match_weight"] for row in result.pairs.to_pylist()]
    probabilities = [row["match_probability"] for row in result.pairs.to_pylist()]
    matches = sorted((row["row_l"], row["row_r"]) for row in result.matches.to_pylist())

    assert any("'patronymic'" in message for message in quality), quality
    assert weights
    assert all(math.isfinite(weight) for weight in weights)
    assert all(math.isfinite(probability) for probability in probabilities)
    assert all(row["patronymic_level"] == "null" for row in result.pairs.to_pylist())
    assert matches == [(0, 1), (2, 3)]
    for parameters in result.model.comparisons:
        assert np.isfinite(parameters.log2_bayes_factors).all(), parameters.name


def test_term_frequencies_weigh_rare_names_more() -> None:
    common = [
        {
            "given_name": name,
            "family_name": "BERIDZE",
            "birth_date": f"19{60 + index}-0{1 + index % 9}-1{index}",
        }
        for index, name in enumerate(["NINO", "LEVAN", "TAMAR", "GIORGI", "ANA", "DAVIT", "MAKA", "ZURAB"])
    ]
    records = [
        *common,
        dict(common[0]),
        {"given_name": "SHOTA", "family_name": "ZHORZHOLIANI", "birth_date": "1960-01-10"},
        {"given_name": "SHOTA", "family_name": "ZHORZHOLIANI", "birth_date": "1960-01-10"},
    ]
    settings = Settings(probability_two_random_records_match=0.05)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pairs = {(row["row_l"], row["row_r"]): row for row in dedupe(records, settings).pairs.to_pylist()}

    common_pair, rare_pair = pairs[(0, 8)], pairs[(9, 10)]
    assert common_pair["family_name_level"] == rare_pair["family_name_level"] == "exact"
    assert rare_pair["match_weight"] > common_pair["match_weight"]
