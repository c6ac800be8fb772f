"""Training on inputs whose blocks hold (almost) no true matches."""

from __future__ import annotations

import warnings

import pyarrow as pa
import pytest

from migstd.errors import MigstdWarning
from migstd.linkage import Settings, _pipeline, dedupe
from migstd.synth import agency_extracts, border_crossings, population


@pytest.fixture(scope="module")
def no_duplicates() -> pa.Table:
    """A border-crossing extract of 30,000 records in which every person appears once."""
    people = population(60_000, seed=11)
    extract = agency_extracts(people, agencies=[border_crossings(30_000)], seed=11)["border_crossings"]
    assert len(set(extract["person_id"].to_pylist())) == extract.num_rows
    return extract.drop_columns(["person_id"])


def matches_of(extract: pa.Table) -> int:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", MigstdWarning)
        result = dedupe(extract, Settings(unique_id="crossing_id"))
    assert any("too few to estimate from" in str(warning.message) for warning in caught)
    return len(result.matches)


def test_no_duplicates_gives_few_matches(no_duplicates: pa.Table) -> None:
    # Every match here is false; 0.1 % of the records is the tolerance.
    assert matches_of(no_duplicates) <= no_duplicates.num_rows // 1000


def test_share_floor_sets_aside_blocks_without_matches(
    no_duplicates: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    # matches_of checks that the floor warns. Without the floor no session is set aside,
    # and the other safeguards still keep the false matches within the tolerance.
    monkeypatch.setattr(_pipeline, "MIN_TRAINING_MATCH_SHARE", 0.0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", MigstdWarning)
        result = dedupe(no_duplicates, Settings(unique_id="crossing_id"))
    assert not any("too few to estimate from" in str(warning.message) for warning in caught)
    assert len(result.matches) <= no_duplicates.num_rows // 1000
