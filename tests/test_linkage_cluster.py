"""Tests of clustering: the threshold on match weights, chains, singletons and missing fields."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

import migstd.linkage._pipeline as pipeline
from migstd.linkage import (
    ExactMatch,
    LinkageResult,
    NameComparison,
    Settings,
    block_on,
    dedupe,
    link,
)
from migstd.linkage._cluster import connected_components

# Rows 0 and 1 share a document number, rows 2 and 3 another one; only the
# second pair has the same given name.
TWO_PAIRS: list[dict[str, Any]] = [
    {"given_name": "NINO", "family_name": "BERIDZE", "document_number": "09AB12345"},
    {"given_name": "ნინა", "family_name": "ბერიძე", "document_number": "09AB12345"},
    {"given_name": "LEVAN", "family_name": "KAPANADZE", "document_number": "09AC67890"},
    {"given_name": "ლევან", "family_name": "კაპანაძე", "document_number": "09AC67890"},
]


def cluster_of(result: LinkageResult) -> dict[tuple[str, int], int]:
    return {(row["input"], row["row"]): row["cluster_id"] for row in result.clusters.to_pylist()}


# The prior of the test's settings: its weight is added to the comparisons' weights.
PRIOR = 0.1


def fixed_weights(
    comparisons: Any, gammas: npt.NDArray[np.int8], out: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Match weights 55 for pairs whose given names are not the same Latin form, 90 for the others."""
    out[:] = np.where(gammas[:, 0] == 0, 90.0, 55.0) - math.log2(PRIOR / (1 - PRIOR))
    return out


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_threshold_applies_to_match_weight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "add_level_weights", fixed_weights)
    settings = Settings(
        comparisons=[NameComparison("given_name"), ExactMatch("document_number")],
        blocking_rules=[block_on("document_number")],
        training_rules=[block_on("document_number")],
        threshold_match_weight=70.0,
        probability_two_random_records_match=PRIOR,
    )

    result = dedupe(TWO_PAIRS, settings)
    pairs = {(row["row_l"], row["row_r"]): row for row in result.pairs.to_pylist()}
    clusters = cluster_of(result)

    assert [pairs[(0, 1)]["match_weight"], pairs[(2, 3)]["match_weight"]] == [55.0, 90.0]
    assert pairs[(0, 1)]["match_probability"] == pairs[(2, 3)]["match_probability"] == 1.0
    assert [(row["row_l"], row["row_r"]) for row in result.matches.to_pylist()] == [(2, 3)]
    assert clusters[("input", 2)] == clusters[("input", 3)]
    assert clusters[("input", 0)] != clusters[("input", 1)]
    assert result.counts["matches"] == 1
    assert result.counts["clusters"] == 3


# A and B share a document number, B and C a personal number, and A and C
# share nothing a rule blocks on. D matches no one.
CHAIN: list[dict[str, Any]] = [
    {"given_name": "NINO", "document_number": "09AB12345", "personal_number": "01024059317"},
    {"given_name": "ნინო", "document_number": "09AB12345", "personal_number": "01024059318"},
    {"given_name": "NINA", "document_number": "09AB99999", "personal_number": "01024059318"},
    {"given_name": "TAMAR", "document_number": "09AC00000", "personal_number": "01001099999"},
]
CHAIN_SETTINGS = Settings(
    comparisons=[NameComparison("given_name")],
    blocking_rules=[block_on("document_number"), block_on("personal_number")],
    training_rules=[block_on("document_number"), block_on("personal_number")],
    threshold_match_weight=-1000.0,
    probability_two_random_records_match=0.1,
)


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_chain_forms_one_cluster() -> None:
    result = dedupe(CHAIN, CHAIN_SETTINGS)
    clusters = cluster_of(result)

    assert sorted((row["row_l"], row["row_r"]) for row in result.pairs.to_pylist()) == [(0, 1), (1, 2)]
    assert clusters[("input", 0)] == clusters[("input", 1)] == clusters[("input", 2)]
    assert clusters[("input", 3)] != clusters[("input", 0)]


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_chain_across_inputs_forms_one_cluster() -> None:
    result = link(CHAIN[1:2], [CHAIN[0], CHAIN[2], CHAIN[3]], CHAIN_SETTINGS)
    clusters = cluster_of(result)

    assert clusters[("left", 0)] == clusters[("right", 0)] == clusters[("right", 1)]
    assert clusters[("right", 2)] != clusters[("left", 0)]


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_singletons_are_kept() -> None:
    records = [
        *CHAIN,
        {"given_name": "LEVAN", "document_number": "09AD11111", "personal_number": "01001012345"},
    ]

    result = dedupe(records, CHAIN_SETTINGS)
    clusters = result.clusters.to_pylist()

    assert [row["row"] for row in clusters] == [0, 1, 2, 3, 4]
    assert len({row["cluster_id"] for row in clusters}) == 3
    assert result.counts["clusters"] == 3


TEN: list[dict[str, Any]] = [
    {"given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "1990-03-14", "sex": "F"},
    {"given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14", "sex": "F"},
    {"given_name": "გიორგი", "family_name": "კაპანაძე", "birth_date": "1985-07-02", "sex": "M"},
    {"given_name": "GIORGI", "family_name": "KAPANADZE", "birth_date": "1985-07-02", "sex": "M"},
    {"given_name": "LEVAN", "family_name": "LOMIDZE", "birth_date": "1971-11-30", "sex": "M"},
    {"given_name": "TAMAR", "family_name": "TSIKLAURI", "birth_date": "1979-01-30", "sex": "F"},
    {"given_name": "ZURAB", "family_name": "GELASHVILI", "birth_date": "1960-05-05", "sex": "M"},
    {"given_name": "ANA", "family_name": "MAISURADZE", "birth_date": "2001-02-03", "sex": "F"},
    {"given_name": "ანა", "family_name": "მაისურაძე", "birth_date": "2001-02-03", "sex": "F"},
    {"given_name": "MAKA", "family_name": "CHANTURIA", "birth_date": "1999-09-09", "sex": "F"},
]


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
@pytest.mark.parametrize("missing_rows", [[9], list(range(10))], ids=["last_record", "every_record"])
def test_dedupe_with_missing_family_name(missing_rows: list[int]) -> None:
    records = [dict(record) for record in TEN]
    for index in missing_rows:
        records[index]["family_name"] = None

    result = dedupe(records)
    pairs = result.pairs.to_pylist()
    clusters = result.clusters.to_pylist()

    assert pairs
    assert all(math.isfinite(row["match_weight"]) for row in pairs)
    assert all(math.isfinite(row["match_probability"]) for row in pairs)
    assert all(0.0 <= row["match_probability"] <= 1.0 for row in pairs)
    assert [row["row"] for row in clusters] == list(range(10))
    assert len(result.clusters) == 10


def components_by_search(size: int, edges: list[tuple[int, int]]) -> list[int]:
    """Label nodes with the smallest node of their component, by depth-first search."""
    neighbours: dict[int, list[int]] = defaultdict(list)
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    labels = [-1] * size
    for start in range(size):
        if labels[start] >= 0:
            continue
        stack = [start]
        labels[start] = start
        while stack:
            node = stack.pop()
            for other in neighbours[node]:
                if labels[other] < 0:
                    labels[other] = start
                    stack.append(other)
    return labels


@pytest.mark.parametrize("seed", range(20))
def test_connected_components_agree_with_search(seed: int) -> None:
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 60))
    edge_count = int(rng.integers(0, 2 * size))
    left = rng.integers(0, size, edge_count)
    right = rng.integers(0, size, edge_count)

    labels = connected_components(size, left.astype(np.int64), right.astype(np.int64))

    expected = components_by_search(size, list(zip(left.tolist(), right.tolist(), strict=True)))
    assert labels.tolist() == expected


def test_connected_components_long_chain() -> None:
    # A path given in reverse order needs many rounds of hooking.
    size = 500
    left = np.arange(size - 1, 0, -1, dtype=np.int64)

    labels = connected_components(size, left, left - 1)

    assert labels.tolist() == [0] * size
