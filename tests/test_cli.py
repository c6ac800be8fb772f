"""End-to-end tests of the migstd command on small generated extracts."""

from __future__ import annotations

import csv
import logging
import re
from pathlib import Path

import pytest

from migstd.cli import main
from migstd.synth import write_extracts


@pytest.fixture(scope="module")
def extracts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("extracts")
    return write_extracts(folder, seed=7, registry_size=700, border_size=600, overlap=400)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def truth_of(path: Path, id_column: str) -> dict[str, str]:
    return {row[id_column]: row["person_id"] for row in read_rows(path)}


def precision_recall(
    predicted: set[tuple[str, str]], true_pairs: set[tuple[str, str]]
) -> tuple[float, float]:
    hits = len(predicted & true_pairs)
    return hits / max(len(predicted), 1), hits / max(len(true_pairs), 1)


def test_link_command_precision_recall(
    extracts: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry, border = extracts
    output = tmp_path / "matches.csv"
    clusters = tmp_path / "clusters.parquet"

    status = main(
        [
            "link",
            str(registry),
            str(border),
            "-o",
            str(output),
            "--id",
            "record_id",
            "--right-id",
            "crossing_id",
            "--right-column",
            "citizenship=nationality",
            "--clusters",
            str(clusters),
        ]
    )

    assert status == 0
    left_truth = truth_of(registry, "record_id")
    right_truth = truth_of(border, "crossing_id")
    by_person = {person: right for right, person in right_truth.items()}
    true_pairs = {(left, by_person[person]) for left, person in left_truth.items() if person in by_person}
    predicted = {(row["unique_id_l"], row["unique_id_r"]) for row in read_rows(output)}
    precision, recall = precision_recall(predicted, true_pairs)
    assert len(true_pairs) == 400
    assert precision >= 0.97
    assert recall >= 0.95
    assert clusters.exists()
    err = capsys.readouterr().err
    assert "candidate pairs" in err
    assert f"wrote {output}" in err


def test_dedupe_command_mixed_scripts(
    extracts: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry, border = extracts
    combined = tmp_path / "combined.csv"
    fields = ["id", "given_name", "family_name", "birth_date", "sex", "citizenship", "person_id"]
    with combined.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for row in read_rows(registry):
            writer.writerow({**{f: row[f] for f in fields[1:]}, "id": row["record_id"]})
        for row in read_rows(border):
            writer.writerow(
                {
                    **{f: row[f] for f in fields[1:] if f != "citizenship"},
                    "citizenship": row["nationality"],
                    "id": row["crossing_id"],
                }
            )
    output = tmp_path / "pairs.csv"

    status = main(["dedupe", str(combined), "-o", str(output), "--id", "id", "--truth-column", "person_id"])

    assert status == 0
    truth = {row["id"]: row["person_id"] for row in read_rows(combined)}
    predicted = {tuple(sorted((row["unique_id_l"], row["unique_id_r"]))) for row in read_rows(output)}
    groups: dict[str, list[str]] = {}
    for record, person in truth.items():
        groups.setdefault(person, []).append(record)
    true_pairs = {tuple(sorted(members)) for members in groups.values() if len(members) == 2}
    precision, recall = precision_recall(predicted, true_pairs)  # type: ignore[arg-type]
    assert precision >= 0.97
    assert recall >= 0.95
    assert "F1" in capsys.readouterr().err


def test_missing_file_exits_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["dedupe", str(tmp_path / "absent.csv"), "-o", str(tmp_path / "out.csv")])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 1
    assert err[-1].startswith("migstd: error: ")
    assert "not found" in err[-1]


def test_missing_column_names_column_not_values(
    extracts: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry, border = extracts
    status = main(
        ["link", str(registry), str(border), "-o", str(tmp_path / "m.csv"), "--column", "family_name=surname"]
    )
    err = capsys.readouterr().err
    assert status == 1
    assert "'surname'" in err
    given_names = {row["given_name"] for row in read_rows(registry)}
    assert not any(name in err for name in given_names)


def test_bad_mapping_option_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["dedupe", str(tmp_path / "x.csv"), "-o", str(tmp_path / "o.csv"), "--column", "surname"])
    assert exit_info.value.code == 2
    assert "FIELD=COLUMN" in capsys.readouterr().err


def test_output_type_checked_before_linking(
    extracts: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry, border = extracts
    status = main(["link", str(registry), str(border), "-o", str(tmp_path / "m.xlsx")])
    err = capsys.readouterr().err
    assert status == 1
    assert "'.xlsx'" in err
    assert "reading inputs" not in err


def test_output_must_not_overwrite_input(
    extracts: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    registry, _ = extracts
    before = registry.read_bytes()
    status = main(["dedupe", str(registry), "-o", str(registry)])
    assert status == 1
    assert "also the input" in capsys.readouterr().err
    assert registry.read_bytes() == before


def test_clusters_must_differ_from_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "m.csv"
    status = main(["dedupe", str(tmp_path / "x.csv"), "-o", str(output), "--clusters", str(output)])
    assert status == 1
    assert "--clusters" in capsys.readouterr().err


def test_lang_after_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["dedupe", "--lang", "ka", str(tmp_path / "absent.csv"), "-o", str(tmp_path / "o.csv")])
    assert status == 1
    assert "შეცდომა" in capsys.readouterr().err


def test_version_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("migstd ")


def test_right_date_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    left = tmp_path / "left.csv"
    right = tmp_path / "right.csv"
    left.write_text("id,given_name,family_name,birth_date\n1,ნინო,ბერიძე,14.03.1990\n", encoding="utf-8")
    right.write_text("id,given_name,family_name,birth_date\na,NINO,BERIDZE,1990-03-14\n", encoding="utf-8")
    output = tmp_path / "pairs.csv"
    status = main(
        [
            "link", str(left), str(right), "-o", str(output), "--id", "id", "--all-pairs",
            "--date-format", "birth_date=DD.MM.YYYY", "--right-date-format", "birth_date=YYYY-MM-DD",
        ]
    )  # fmt: skip
    assert status == 0
    assert "values set to missing" not in capsys.readouterr().err
    assert read_rows(output)[0]["birth_date_level"] == "exact"


def test_usage_error_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["link", "only-one.csv"])
    assert exit_info.value.code == 2


# The registry extract has no duplicates, so EM warns that its training block has no matches.
@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_georgian_messages_with_lang(
    extracts: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry, _ = extracts
    status = main(
        ["--lang", "ka", "dedupe", str(registry), "-o", str(tmp_path / "d.csv"), "--id", "record_id"]
    )
    err = capsys.readouterr().err
    assert status == 0
    assert "კანდიდატი წყვილები" in err
    assert "ჩაიწერა" in err


def test_georgian_messages_from_locale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "ka_GE.UTF-8")
    status = main(["dedupe", str(tmp_path / "absent.csv"), "-o", str(tmp_path / "o.csv")])
    assert status == 1
    assert "შეცდომა" in capsys.readouterr().err


def test_demo_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["demo", "--out-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 0
    assert (tmp_path / "matches.csv").exists()
    assert (tmp_path / "civil_registry.csv").exists()
    f1 = float(err.split("F1 ")[1].split()[0])
    assert f1 >= 0.98


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "--seed must be a whole number, 0 or greater"),
        ("ka", "--seed უნდა იყოს მთელი რიცხვი, 0 ან მეტი"),
    ],
)
def test_demo_negative_seed_is_usage_error(
    language: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", language, "demo", "--seed", "-1", "--out-dir", str(tmp_path)])
    err = capsys.readouterr().err

    assert exit_info.value.code == 2
    assert expected in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_bad_mapping_option_in_georgian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "--lang",
                "ka",
                "dedupe",
                str(tmp_path / "x.csv"),
                "-o",
                str(tmp_path / "o.csv"),
                "--column",
                "bad",
            ]
        )
    err = capsys.readouterr().err

    assert exit_info.value.code == 2
    assert "--column მოელის FIELD=COLUMN ფორმას, მიღებულია 'bad'" in err
    assert "expects" not in err


def test_right_date_format_error_in_georgian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "--lang",
        "ka",
        "link",
        str(tmp_path / "a.csv"),
        str(tmp_path / "b.csv"),
        "-o",
        str(tmp_path / "o.csv"),
    ]
    status = main([*argv, "--right-date-format", "birth_date=YYYY-MM-DD"])
    err = capsys.readouterr().err

    assert status == 1
    assert "--right-date-format birth_date=...-ს მარცხენა წყაროს ფორმატიც სჭირდება" in err


def test_output_type_error_in_georgian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--lang", "ka", "dedupe", str(tmp_path / "x.csv"), "-o", str(tmp_path / "m.xlsx")])
    err = capsys.readouterr().err

    assert status == 1
    assert "--output: ფაილის ტიპი '.xlsx' არ არის მხარდაჭერილი" in err


@pytest.fixture
def people_file(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(
        "id,given_name,family_name,birth_date\n1,ნინო,ბერიძე,1990-03-14\n2,NINO,BERIDZE,1990-03-14\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("option", ["-o", "--clusters", "--issues"])
def test_output_folder_is_rejected_before_reading(
    option: str, people_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "taken.csv"
    folder.mkdir()
    outputs = {"-o": str(tmp_path / "pairs.csv"), option: str(folder)}
    status = main(["dedupe", str(people_file), *(item for pair in outputs.items() for item in pair)])
    err = capsys.readouterr().err

    assert status == 1
    long_option = "--output" if option == "-o" else option
    assert err == f"migstd: error: {long_option}: {str(folder)!r} is a folder; give a file name\n"


def test_output_under_a_file_is_rejected(
    people_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = people_file / "pairs.csv"
    status = main(["dedupe", str(people_file), "-o", str(target)])
    err = capsys.readouterr().err

    assert status == 1
    assert err.startswith(f"migstd: error: --output: cannot write {str(target)!r} (")
    assert "is not a folder" in err
    assert "reading inputs" not in err


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs the Linux /proc file system")
def test_output_in_proc_is_rejected_before_reading(
    people_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--lang", "ka", "dedupe", str(people_file), "-o", "/proc/x.csv"])
    err = capsys.readouterr().err

    assert status == 1
    assert err.startswith("migstd: შეცდომა: --output: '/proc/x.csv' ვერ ჩაიწერება (")
    assert "წყაროების წაკითხვა" not in err
    assert "Failed to open" not in err


def test_output_check_leaves_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "pairs.csv"
    status = main(["dedupe", str(tmp_path / "absent.csv"), "-o", str(output)])

    assert status == 1
    assert not output.exists()
    assert "absent.csv" in capsys.readouterr().err


def test_output_in_new_folder_is_created(
    people_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "new" / "deeper" / "pairs.csv"
    status = main(["dedupe", str(people_file), "-o", str(output), "--id", "id"])

    assert status == 0
    assert output.exists()
    assert f"wrote {output}" in capsys.readouterr().err


@pytest.mark.filterwarnings("ignore::migstd.errors.MigstdWarning")
def test_verbose_lines_are_clean(
    people_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handlers = list(logging.getLogger("migstd").handlers)
    status = main(["-v", "dedupe", str(people_file), "-o", str(tmp_path / "pairs.csv"), "--id", "id"])
    progress = [line for line in capsys.readouterr().err.splitlines() if line.startswith("migstd: ")]

    assert status == 0
    assert logging.getLogger("migstd").handlers == handlers
    assert progress
    assert not [line for line in progress if "migstd.linkage" in line or "._" in line]
    assert "migstd: prepared 2 records; 0 values set to missing" in progress
    assert (
        "migstd: blocking rule l.given_name_key = r.given_name_key "
        "AND l.family_name_key = r.family_name_key: 1 comparison" in progress
    )
    assert not [line for line in progress if 'l."' in line]
    assert not [line for line in progress if re.search(r"\b1 \w+s\b", line)]


def test_schema_output_file_says_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "person.json"
    status = main(["--lang", "ka", "schema", "Person", "-o", str(target)])
    captured = capsys.readouterr()

    assert status == 0
    assert captured.out == ""
    assert captured.err == f"ჩაიწერა {target}\n"
    assert target.read_text(encoding="utf-8").startswith("{")


def test_schema_standard_output_prints_no_message(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["schema", "Person"])
    captured = capsys.readouterr()

    assert status == 0
    assert captured.err == ""
    assert captured.out.startswith("{")
