"""Incremental linking with LinkageIndex: same clusters as one job, stable ids, files, privacy."""

from __future__ import annotations

import logging
import os
import stat
from itertools import combinations
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest

from migstd.cli import main
from migstd.errors import InputError
from migstd.linkage import Settings, dedupe, link
from migstd.linkage._index_clusters import assign_clusters
from migstd.linkage.index import LinkageIndex
from migstd.synth import agency_extracts, border_crossings, civil_registry, population

SETTINGS = Settings(unique_id="record_id", truth_column="person_id", max_pairs_for_u=200_000)
INITIAL = 2500


@pytest.fixture(scope="module")
def records() -> pa.Table:
    """5,000 records of two agencies in random order; 1,200 people are in both."""
    people = population(8000, seed=5)
    extracts = agency_extracts(
        people, agencies=[civil_registry(3000), border_crossings(2000)], overlap=1200, seed=5
    )
    columns = ["given_name", "family_name", "birth_date", "sex", "person_id"]
    registry, border = extracts["civil_registry"], extracts["border_crossings"]
    stacked = pa.concat_tables(
        [
            registry.select(columns).append_column("record_id", registry["record_id"]),
            border.select(columns).append_column("record_id", border["crossing_id"]),
        ]
    )
    return stacked.take(np.random.default_rng(1).permutation(stacked.num_rows))


def same_cluster_pairs(unique_ids: list[str], labels: list[object]) -> set[tuple[str, str]]:
    groups: dict[object, list[str]] = {}
    for unique_id, label in zip(unique_ids, labels, strict=True):
        groups.setdefault(label, []).append(unique_id)
    return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}


def index_pairs(index: LinkageIndex) -> set[tuple[str, str]]:
    return same_cluster_pairs(index.clusters.to_arrow()["unique_id"].to_pylist(), index.cluster_ids())


def f1(found: set[tuple[str, str]], expected: set[tuple[str, str]]) -> float:
    return 2 * len(found & expected) / (len(found) + len(expected))


@pytest.fixture(scope="module")
def incremental(records: pa.Table) -> tuple[LinkageIndex, list[dict[str, str]]]:
    """An index built from 2,500 records, then three batches, then 50 single records.

    Also returns, per step, the cluster id of every record present before it.
    """
    index = LinkageIndex.build(records.slice(0, INITIAL), SETTINGS)
    snapshots = []
    steps = [records.slice(2500, 1000), records.slice(3500, 1000), records.slice(4500, 450)]
    steps += [[row] for row in records.slice(4950).to_pylist()]
    for step in steps:
        before = dict(
            zip(index.clusters.to_arrow()["unique_id"].to_pylist(), index.cluster_ids(), strict=True)
        )
        assignments = index.add(step)
        retired = dict(
            zip(
                assignments.merges.to_arrow()["retired_cluster_id"].to_pylist(),
                assignments.merges.to_arrow()["cluster_id"].to_pylist(),
                strict=True,
            )
        )
        snapshots.append({"before": before, "retired": retired})
    return index, snapshots


def test_incremental_matches_one_batch(
    records: pa.Table, incremental: tuple[LinkageIndex, list[dict[str, str]]]
) -> None:
    index, _ = incremental
    one_batch = LinkageIndex.build(records.slice(0, INITIAL), SETTINGS)
    one_batch.add(records.slice(INITIAL))

    # Both use the same model; only term frequencies may differ while batches arrive.
    assert len(index) == len(one_batch) == records.num_rows
    assert f1(index_pairs(index), index_pairs(one_batch)) >= 0.998


def test_incremental_matches_whole_dedupe(
    records: pa.Table, incremental: tuple[LinkageIndex, list[dict[str, str]]]
) -> None:
    index, _ = incremental
    whole = dedupe(records, SETTINGS).clusters.to_arrow()
    expected = same_cluster_pairs(whole["unique_id"].to_pylist(), whole["cluster_id"].to_pylist())

    # The whole job trains its model on all 5,000 records, the index on the first 2,500.
    assert f1(index_pairs(index), expected) >= 0.99


def test_incremental_finds_true_pairs(
    records: pa.Table, incremental: tuple[LinkageIndex, list[dict[str, str]]]
) -> None:
    index, _ = incremental
    truth = same_cluster_pairs(records["record_id"].to_pylist(), records["person_id"].to_pylist())

    assert f1(index_pairs(index), truth) >= 0.98


def test_cluster_ids_stay_stable(incremental: tuple[LinkageIndex, list[dict[str, str]]]) -> None:
    index, snapshots = incremental
    final = dict(zip(index.clusters.to_arrow()["unique_id"].to_pylist(), index.cluster_ids(), strict=True))
    replaced: dict[str, str] = {}

    for snapshot in snapshots:
        # An id changes only when its cluster was merged away, and then into the reported one.
        replaced = {old: snapshot["retired"].get(new, new) for old, new in replaced.items()}
        replaced.update(snapshot["retired"])
        for unique_id, cluster_id in snapshot["before"].items():
            expected = cluster_id
            while expected in replaced and replaced[expected] != expected:
                expected = replaced[expected]
            assert final[unique_id] == expected


def test_new_ids_follow_the_highest(records: pa.Table) -> None:
    index = LinkageIndex.build(records.slice(0, 300), SETTINGS)
    highest = max(int(label[1:]) for label in index.cluster_ids())

    assignments = index.add(records.slice(300, 200)).records.to_arrow()

    new = [
        label
        for label, status in zip(
            assignments["cluster_id"].to_pylist(), assignments["status"].to_pylist(), strict=True
        )
        if status == "new"
    ]
    assert new
    assert min(int(label[1:]) for label in new) == highest + 1
    assert all(label.startswith("C") and len(label) == 7 for label in new)


def test_bridge_merges_into_oldest() -> None:
    existing = np.array([1, 2, 3], dtype=np.int64)

    # New record 3 matches records of clusters 3 and 2.
    assignment = assign_clusters(
        existing, first_new_row=3, size=4, left=np.array([2, 1]), right=np.array([3, 3]), next_number=4
    )

    assert assignment.numbers.tolist() == [1, 2, 2, 2]
    assert assignment.retired == {3: 2}
    assert assignment.next_number == 4


def test_bridging_record_retires_younger_id() -> None:
    people = [
        {"id": "1", "given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "1990-03-14"},
        {"id": "2", "given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14"},
        {"id": "3", "given_name": "გიორგი", "family_name": "კაპანაძე", "birth_date": "1985-07-02"},
        {"id": "4", "given_name": "ლევან", "family_name": "ლომიძე", "birth_date": "1971-11-30"},
        {"id": "5", "given_name": "თამარ", "family_name": "ჯაფარიძე", "birth_date": "2001-01-09"},
    ]
    # A threshold no pair reaches keeps the two Nino Beridze records apart at first.
    strict = Settings(unique_id="id", probability_two_random_records_match=0.1, threshold_match_weight=30.0)
    index = LinkageIndex.build(people, strict)
    assert index.cluster_ids()[:2] == ["C000001", "C000002"]
    index.settings = strict.with_options(threshold_match_weight=None)

    added = index.add_record(
        {"id": "6", "given_name": "Nino", "family_name": "Beridze", "birth_date": "1990-03-14"}
    )

    assert added.records.to_pylist() == [
        {"unique_id": "6", "cluster_id": "C000001", "status": "merged", "matches": 2}
    ]
    assert added.merges.to_pylist() == [{"retired_cluster_id": "C000002", "cluster_id": "C000001"}]
    assert index.cluster_ids() == ["C000001", "C000001", "C000003", "C000004", "C000005", "C000001"]


def test_new_records_matching_each_other_share_new_cluster() -> None:
    existing = np.array([1], dtype=np.int64)

    assignment = assign_clusters(
        existing, first_new_row=1, size=4, left=np.array([1]), right=np.array([3]), next_number=2
    )

    assert assignment.numbers.tolist() == [1, 2, 3, 2]
    assert assignment.retired == {}


def test_save_load_round_trip(records: pa.Table, tmp_path: Path) -> None:
    index = LinkageIndex.build(records.slice(0, 1000), SETTINGS)
    index.add(records.slice(1000, 300))
    folder = tmp_path / "index"

    index.save(folder)
    loaded = LinkageIndex.load(folder)

    assert len(loaded) == len(index)
    assert loaded.cluster_ids() == index.cluster_ids()
    assert loaded.settings == index.settings
    batch = records.slice(1300, 300)
    assert loaded.add(batch).records.to_pylist() == index.add(batch).records.to_pylist()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions only")
def test_saved_files_are_private(records: pa.Table, tmp_path: Path) -> None:
    folder = LinkageIndex.build(records.slice(0, 300), SETTINGS).save(tmp_path / "index")

    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_save_rejects_other_folder(records: pa.Table, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    index = LinkageIndex.build(records.slice(0, 300), SETTINGS)

    with pytest.raises(InputError, match="not empty"):
        index.save(tmp_path)


def test_load_rejects_folder_without_index(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no index\.json"):
        LinkageIndex.load(tmp_path)


def test_batch_missing_column_rejected(records: pa.Table) -> None:
    index = LinkageIndex.build(records.slice(0, 300), SETTINGS)
    batch = records.slice(300, 20).drop_columns(["birth_date"])

    with pytest.raises(InputError, match="no column 'birth_date'"):
        index.add(batch)
    assert len(index) == 300


def test_repeated_unique_id_rejected(records: pa.Table) -> None:
    index = LinkageIndex.build(records.slice(0, 300), SETTINGS)
    batch = records.slice(299, 5)

    with pytest.raises(InputError, match="already in the index") as caught:
        index.add(batch)
    assert str(records["record_id"][299]) not in str(caught.value)
    assert len(index) == 300


def test_row_numbers_continue_without_id() -> None:
    people = [
        {"given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "1990-03-14"},
        {"given_name": "გიორგი", "family_name": "კაპანაძე", "birth_date": "1985-07-02"},
    ]
    index = LinkageIndex.build(people, Settings(probability_two_random_records_match=0.1))

    added = index.add_record({"given_name": "ლევან", "family_name": "ლომიძე", "birth_date": "1971-11-30"})

    assert added.records.to_arrow()["unique_id"].to_pylist() == ["2"]


def test_from_link_result(records: pa.Table) -> None:
    left, right = records.slice(0, 600), records.slice(600, 600)
    result = link(left, right, SETTINGS)

    index = LinkageIndex.from_result(result, (left, right))

    assert len(index) == 1200
    assert len(set(index.cluster_ids())) == result.counts["clusters"]


def test_from_result_rejects_other_records(records: pa.Table) -> None:
    result = dedupe(records.slice(0, 300), SETTINGS)

    with pytest.raises(InputError, match="unique ids differ"):
        LinkageIndex.from_result(result, records.slice(1, 300))


def test_no_personal_values_in_logs_or_errors(records: pa.Table, caplog: pytest.LogCaptureFixture) -> None:
    index = LinkageIndex.build(records.slice(0, 300), SETTINGS)
    batch = records.slice(300, 50)
    values = {
        str(value)
        for name in ("given_name", "family_name", "birth_date")
        for value in batch[name].to_pylist()
        if value
    }

    with caplog.at_level(logging.DEBUG, logger="migstd"):
        assignments = index.add(batch)
    with pytest.raises(InputError) as caught:
        index.add(batch.drop_columns(["family_name"]))

    shown = caplog.text + str(caught.value) + repr(index) + repr(assignments)
    assert "added 50 records" in caplog.text
    assert not [value for value in values if value in shown]


@pytest.fixture
def batch_files(records: pa.Table, tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first.parquet", tmp_path / "second.parquet"
    pq.write_table(records.slice(0, 400).drop_columns(["person_id"]), first)
    pq.write_table(records.slice(400, 200).drop_columns(["person_id"]), second)
    return first, second


def test_cli_builds_then_links(
    batch_files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = batch_files
    folder = tmp_path / "index"

    built = main(
        [
            "link-new",
            str(folder),
            str(first),
            "-o",
            str(tmp_path / "built.csv"),
            "--build",
            "--id",
            "record_id",
        ]
    )
    added = main(
        [
            "link-new",
            str(folder),
            str(second),
            "-o",
            str(tmp_path / "new.csv"),
            "--merges",
            str(tmp_path / "merges.csv"),
            "--lang",
            "ka",
        ]
    )

    assert built == 0
    assert added == 0
    assert len(LinkageIndex.load(folder)) == 600
    assignments = pa_csv.read_csv(tmp_path / "new.csv")
    assert assignments.column_names == ["unique_id", "cluster_id", "status", "matches"]
    assert assignments.num_rows == 200
    assert "ინდექსი შეინახა" in capsys.readouterr().err


def test_cli_dry_run_keeps_index(batch_files: tuple[Path, Path], tmp_path: Path) -> None:
    first, second = batch_files
    folder = tmp_path / "index"
    main(
        [
            "link-new",
            str(folder),
            str(first),
            "-o",
            str(tmp_path / "built.csv"),
            "--build",
            "--id",
            "record_id",
        ]
    )

    status = main(["link-new", str(folder), str(second), "-o", str(tmp_path / "new.csv"), "--dry-run"])

    assert status == 0
    assert (tmp_path / "new.csv").is_file()
    assert len(LinkageIndex.load(folder)) == 400


def test_cli_missing_column_names_it(
    records: pa.Table, batch_files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, _ = batch_files
    folder = tmp_path / "index"
    main(
        [
            "link-new",
            str(folder),
            str(first),
            "-o",
            str(tmp_path / "built.csv"),
            "--build",
            "--id",
            "record_id",
        ]
    )
    batch = tmp_path / "batch.parquet"
    pq.write_table(records.slice(400, 20).drop_columns(["family_name"]), batch)
    capsys.readouterr()

    status = main(["link-new", str(folder), str(batch), "-o", str(tmp_path / "new.csv")])

    error = capsys.readouterr().err
    assert status == 1
    assert "no column 'family_name'" in error
    assert not [name for name in records.slice(400, 20)["given_name"].to_pylist() if name and name in error]


def test_cli_settings_need_build(batch_files: tuple[Path, Path], tmp_path: Path) -> None:
    _, second = batch_files

    with pytest.raises(SystemExit) as caught:
        main(["link-new", str(tmp_path / "index"), str(second), "-o", str(tmp_path / "x.csv"), "--id", "x"])

    assert caught.value.code == 2


def test_cli_build_rejects_existing_index(batch_files: tuple[Path, Path], tmp_path: Path) -> None:
    first, _ = batch_files
    folder = tmp_path / "index"
    arguments = ["link-new", str(folder), str(first), "-o", str(tmp_path / "built.csv"), "--build"]
    main(arguments)

    assert main(arguments) == 1
