"""Tests of the --model, --save-model, --explain and --explain-pair options of migstd link and dedupe."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from migstd.cli import main
from migstd.synth import write_extracts

LINK_OPTIONS = ["--id", "record_id", "--right-id", "crossing_id", "--right-column", "citizenship=nationality"]


@pytest.fixture(scope="module")
def extracts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("extracts")
    return write_extracts(folder, seed=13, registry_size=400, border_size=300, overlap=200)


@pytest.fixture(scope="module")
def trained(extracts: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("trained")
    registry, border = extracts
    arguments = [str(registry), str(border), "-o", str(folder / "matches.csv"), *LINK_OPTIONS]
    status = main(["link", *arguments, "--save-model", str(folder / "model.json")])
    assert status == 0
    return folder


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def link_with(extracts: tuple[Path, Path], output: Path, *options: str) -> int:
    return main(["link", str(extracts[0]), str(extracts[1]), "-o", str(output), *options])


def test_model_option_reproduces_matches(
    extracts: tuple[Path, Path], trained: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "again.csv"

    status = link_with(extracts, output, "--model", str(trained / "model.json"))

    messages = capsys.readouterr().err
    assert status == 0
    assert "training skipped" in messages
    assert read_rows(output) == read_rows(trained / "matches.csv")


def test_model_file_has_settings_not_values(extracts: tuple[Path, Path], trained: Path) -> None:
    data = json.loads((trained / "model.json").read_text(encoding="utf-8"))
    content = (trained / "model.json").read_text(encoding="utf-8")
    first = read_rows(extracts[0])[0]

    assert data["settings"]["unique_id"] == ["record_id", "crossing_id"]
    for column in ("record_id", "given_name", "family_name", "birth_date", "personal_number"):
        assert f'"{first[column]}"' not in content


def test_explain_pair_prints_waterfall(
    extracts: tuple[Path, Path], trained: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    match = read_rows(trained / "matches.csv")[0]

    status = link_with(
        extracts,
        tmp_path / "out.csv",
        "--model",
        str(trained / "model.json"),
        "--explain-pair",
        match["unique_id_l"],
        match["unique_id_r"],
    )

    printed = capsys.readouterr().out
    assert status == 0
    assert printed.splitlines()[0].startswith("step")
    assert f"match weight {float(match['match_weight']):+.3f}" in printed


def test_explain_pair_not_candidate_fails(
    extracts: tuple[Path, Path], trained: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = link_with(
        extracts,
        tmp_path / "out.csv",
        "--model",
        str(trained / "model.json"),
        "--explain-pair",
        "NO-1",
        "NO-2",
    )

    messages = capsys.readouterr().err
    assert status == 1
    assert "not a candidate pair" in messages
    assert "NO-1" not in messages


def test_explain_writes_every_match(
    extracts: tuple[Path, Path], trained: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "waterfalls.parquet"

    status = link_with(
        extracts, tmp_path / "out.csv", "--model", str(trained / "model.json"), "--explain", str(output)
    )

    table = pq.read_table(output)
    finals = [row for row in table.to_pylist() if row["step"] == "final"]
    assert status == 0
    assert len(finals) == len(read_rows(trained / "matches.csv"))
    assert f"wrote {output}" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--model", "--save-model"])
def test_model_path_must_be_json(
    extracts: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    status = link_with(extracts, tmp_path / "out.csv", option, str(tmp_path / "model.txt"))

    messages = capsys.readouterr().err
    assert status == 1
    assert f"{option}: a model file must end in .json" in messages
    assert "reading inputs" not in messages


def test_explain_path_checked_before_reading(
    extracts: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = link_with(extracts, tmp_path / "out.csv", "--explain", str(tmp_path / "waterfalls.txt"))

    messages = capsys.readouterr().err
    assert status == 1
    assert "--explain" in messages
    assert "reading inputs" not in messages


def test_save_model_over_input_rejected(
    extracts: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "input.json"
    settings.write_text("{}", encoding="utf-8")

    status = main(["dedupe", str(settings), "-o", str(tmp_path / "out.csv"), "--save-model", str(settings)])

    assert status == 1
    assert "--save-model" in capsys.readouterr().err
    assert settings.read_text(encoding="utf-8") == "{}"


def test_newer_model_file_rejected(
    extracts: tuple[Path, Path], trained: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads((trained / "model.json").read_text(encoding="utf-8"))
    data["format_version"] += 1
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data), encoding="utf-8")

    status = link_with(extracts, tmp_path / "out.csv", "--model", str(newer))

    messages = capsys.readouterr().err
    assert status == 1
    assert "newer than this migstd" in messages
    assert "reading inputs" not in messages


def test_dedupe_saves_and_reuses_model(
    extracts: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "dedupe-model.json"
    first = tmp_path / "first.csv"
    second = tmp_path / "second.csv"

    assert (
        main(
            ["dedupe", str(extracts[1]), "-o", str(first), "--id", "crossing_id", "--save-model", str(model)]
        )
        == 0
    )
    assert main(["dedupe", str(extracts[1]), "-o", str(second), "--model", str(model)]) == 0

    assert read_rows(second) == read_rows(first)
    assert "training skipped" in capsys.readouterr().err
