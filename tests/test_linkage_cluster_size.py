"""Tests of the warning about clusters grown large through chains of matching pairs."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pytest

from migstd.errors import MigstdWarning
from migstd.linkage import NameComparison, Settings, block_on, dedupe
from migstd.linkage._cluster import large_clusters

CHAIN_LENGTH = 12


def chain(length: int) -> list[dict[str, Any]]:
    """Records joined in a chain: neighbours share a document or a personal number in turn."""
    return [
        {
            "given_name": f"NINO{'A' * (index % 3)}",
            "document_number": f"09AB{index // 2:05d}",
            "personal_number": f"0100{(index + 1) // 2:07d}",
        }
        for index in range(length)
    ]


def settings(max_cluster_size: int | None) -> Settings:
    return Settings(
        comparisons=[NameComparison("given_name")],
        blocking_rules=[block_on("document_number"), block_on("personal_number")],
        training_rules=[block_on("document_number")],
        threshold_match_weight=-1000.0,
        probability_two_random_records_match=0.1,
        max_cluster_size=max_cluster_size,
    )


def run(max_cluster_size: int | None) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = dedupe(chain(CHAIN_LENGTH), settings(max_cluster_size))
    assert result.counts["clusters"] == 1
    return [w for w in caught if "max_cluster_size" in str(w.message)]


def test_chain_above_limit_warns_with_counts() -> None:
    (warning,) = run(5)

    message = str(warning.message)
    assert issubclass(warning.category, MigstdWarning)
    assert message.startswith("1 cluster has more than max_cluster_size=5 records (largest: 12)")
    assert "NINO" not in message
    assert "09AB" not in message
    assert warning.filename == __file__


def test_chain_within_limit_is_quiet() -> None:
    assert run(CHAIN_LENGTH) == []


def test_none_turns_check_off() -> None:
    assert run(None) == []


def test_default_limit_is_fifty() -> None:
    assert Settings().max_cluster_size == 50
    assert Settings.from_dict(Settings(max_cluster_size=7).to_dict()).max_cluster_size == 7


@pytest.mark.parametrize("value", [1, 0, 2.5, "50", True])
def test_invalid_limit_raises(value: Any) -> None:
    from migstd.errors import SettingsError

    with pytest.raises(SettingsError, match="max_cluster_size"):
        Settings(max_cluster_size=value)


def test_large_clusters_counts_all_above_limit() -> None:
    labels = np.array([0, 0, 0, 3, 3, 3, 3, 7], dtype=np.int64)

    assert large_clusters(labels, 2) == (2, 4)
    assert large_clusters(labels, 4) == (0, 4)
    assert large_clusters(np.zeros(0, dtype=np.int64), 2) == (0, 0)
