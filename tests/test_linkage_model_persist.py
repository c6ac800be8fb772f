"""Tests of saving a trained model to JSON and scoring later batches with it."""

from __future__ import annotations

import csv
import json
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from migstd.errors import SettingsError
from migstd.linkage import ExactMatch, FellegiSunterModel, LinkageResult, Settings, dedupe, link
from migstd.linkage._persist import FORMAT_VERSION
from migstd.synth import write_extracts

SETTINGS = Settings(
    columns={"citizenship": ("citizenship", "nationality")},
    unique_id=("record_id", "crossing_id"),
    truth_column="person_id",
)
# Columns of the synthetic extracts that hold personal values.
PERSONAL_COLUMNS = (
    "given_name",
    "family_name",
    "patronymic",
    "birth_date",
    "personal_number",
    "document_number",
)


@pytest.fixture(scope="module")
def extracts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("extracts")
    return write_extracts(folder, seed=11, registry_size=700, border_size=500, overlap=300)


@pytest.fixture(scope="module")
def trained(extracts: tuple[Path, Path]) -> LinkageResult:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return link(*extracts, SETTINGS)


@pytest.fixture(scope="module")
def model_file(trained: LinkageResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return trained.save_model(tmp_path_factory.mktemp("model") / "model.json")


def scores(result: LinkageResult) -> dict[tuple[str, str], bytes]:
    table = result.pairs.to_arrow()
    weights = table.column("match_weight").to_numpy()
    keys = zip(table.column("unique_id_l").to_pylist(), table.column("unique_id_r").to_pylist(), strict=True)
    return {key: weight.tobytes() for key, weight in zip(keys, weights, strict=True)}


def file_data(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_loaded_model_gives_identical_scores(
    extracts: tuple[Path, Path], trained: LinkageResult, model_file: Path
) -> None:
    loaded = FellegiSunterModel.load(model_file)

    again = link(*extracts, model=loaded)

    assert scores(again) == scores(trained)
    assert again.pairs.to_arrow().equals(trained.pairs.to_arrow())
    assert again.clusters.to_arrow().equals(trained.clusters.to_arrow())
    assert again.model is loaded


def test_loaded_parameters_equal_bit_for_bit(trained: LinkageResult, model_file: Path) -> None:
    loaded = FellegiSunterModel.load(model_file)

    assert loaded.prior == trained.model.prior
    for saved, original in zip(loaded.comparisons, trained.model.comparisons, strict=True):
        assert saved.name == original.name
        assert saved.level_names == original.level_names
        assert saved.m.tobytes() == original.m.tobytes()
        assert saved.u.tobytes() == original.u.tobytes()
        assert saved.m_estimated == original.m_estimated


def test_model_file_keeps_settings_in_force(trained: LinkageResult, model_file: Path) -> None:
    data = file_data(model_file)
    loaded = FellegiSunterModel.load(model_file)

    assert data["format_version"] == FORMAT_VERSION
    assert data["migstd_version"]
    assert loaded.settings is not None
    assert loaded.settings.unique_id == SETTINGS.unique_id
    assert dict(loaded.settings.columns) == dict(SETTINGS.columns)
    assert [c.name for c in loaded.settings.comparisons or ()] == [c.name for c in trained.model.comparisons]
    assert loaded.settings.blocking_rules


def test_model_file_holds_no_record_values(extracts: tuple[Path, Path], model_file: Path) -> None:
    content = model_file.read_text(encoding="utf-8")
    values: set[str] = set()
    for path in extracts:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                values.update(row[c] for c in PERSONAL_COLUMNS if row.get(c))
                values.update(row[c] for c in ("record_id", "crossing_id", "person_id") if row.get(c))

    assert len(values) > 1000
    found = sorted(value for value in values if value in content)
    assert found == []


def test_dedupe_with_loaded_model_gives_identical_scores(extracts: tuple[Path, Path], tmp_path: Path) -> None:
    settings = Settings(unique_id="record_id")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first = dedupe(extracts[0], settings)
    path = first.model.save(tmp_path / "dedupe.json")

    again = dedupe(extracts[0], model=FellegiSunterModel.load(path))

    assert scores(again) == scores(first)


def test_loaded_model_scores_new_batch_without_training(
    extracts: tuple[Path, Path], model_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import migstd.linkage._pipeline as pipeline

    def no_training(*arguments: object) -> None:
        raise AssertionError("training ran although a model was given")

    monkeypatch.setattr(pipeline, "_train", no_training)
    with extracts[1].open(encoding="utf-8") as handle:
        batch = list(csv.DictReader(handle))[:100]

    result = link(extracts[0], batch, model=FellegiSunterModel.load(model_file))

    assert result.counts["matches"] > 30


def test_settings_given_with_model_change_threshold(extracts: tuple[Path, Path], model_file: Path) -> None:
    loaded = FellegiSunterModel.load(model_file)
    assert loaded.settings is not None
    strict = loaded.settings.with_options(threshold_match_probability=0.999)

    default = link(*extracts, model=loaded)
    stricter = link(*extracts, strict, model=loaded)

    assert scores(stricter) == scores(default)
    assert stricter.counts["matches"] < default.counts["matches"]


def test_prior_in_settings_replaces_stored_prior(extracts: tuple[Path, Path], model_file: Path) -> None:
    loaded = FellegiSunterModel.load(model_file)
    assert loaded.settings is not None
    own_prior = loaded.settings.with_options(probability_two_random_records_match=loaded.prior / 4)

    default = link(*extracts, model=loaded)
    lowered = link(*extracts, own_prior, model=loaded)

    weights = default.pairs.to_arrow().column("match_weight").to_numpy()
    lowered_weights = lowered.pairs.to_arrow().column("match_weight").to_numpy()
    expected = lowered.model.prior_weight - loaded.prior_weight
    assert expected < -1.9
    # Pair weights are kept as 32-bit floats.
    np.testing.assert_allclose(lowered_weights - weights, expected, rtol=0, atol=1e-5)
    assert lowered.model.prior == loaded.prior / 4
    assert loaded.prior != lowered.model.prior


def test_settings_with_other_comparisons_rejected(extracts: tuple[Path, Path], model_file: Path) -> None:
    other = SETTINGS.with_options(comparisons=[ExactMatch("sex")], blocking_rules=["l.sex = r.sex"])

    with pytest.raises(SettingsError, match=r"trained on comparisons \['given_name'"):
        link(*extracts, other, model=FellegiSunterModel.load(model_file))


def test_missing_compared_column_named(model_file: Path) -> None:
    records = [
        {"record_id": "x1", "given_name": "NINO", "family_name": "BERIDZE", "sex": "F", "citizenship": "GEO"}
    ]

    with pytest.raises(SettingsError, match="the model compares column") as caught:
        dedupe(records, model=FellegiSunterModel.load(model_file))

    assert "'birth_date'" in str(caught.value)
    assert "BERIDZE" not in str(caught.value)


def test_newer_format_version_rejected(model_file: Path, tmp_path: Path) -> None:
    data = file_data(model_file)
    data["format_version"] = FORMAT_VERSION + 1
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(SettingsError, match=f"format version {FORMAT_VERSION + 1}, newer") as caught:
        FellegiSunterModel.load(path)

    assert "newer.json" in str(caught.value)
    assert "upgrade migstd" in str(caught.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda data: data.pop("format"), "not a migstd linkage model"),
        (lambda data: data.update(format_version="1"), "no valid format_version"),
        (lambda data: data.update(format_version=0), "no valid format_version"),
        (lambda data: data.update(settings=[]), "'settings' must be an object"),
        (lambda data: data["settings"].update(color="red"), "unknown setting"),
        (lambda data: data.update(probability_two_random_records_match=1.5), "the prior must be"),
        (lambda data: data.update(probability_two_random_records_match=1.0), "the prior must be below 1"),
        (lambda data: data["comparisons"].pop(), "parameters for"),
        (lambda data: data["comparisons"].reverse(), "not in the order"),
        (lambda data: data["comparisons"][0]["m_probabilities"].pop(), "list of"),
        (lambda data: data["comparisons"][0]["u_probabilities"].__setitem__(0, 0.0), "above 0"),
        (lambda data: data["comparisons"][0]["u_probabilities"].__setitem__(0, "x"), "must be a number"),
        (lambda data: data["comparisons"][0]["levels"].pop(), "in this migstd version"),
    ],
)
def test_damaged_model_file_rejected(model_file: Path, tmp_path: Path, change: Any, message: str) -> None:
    data = file_data(model_file)
    change(data)
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(SettingsError, match=message):
        FellegiSunterModel.load(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"{", "is not valid JSON"), (b"\xff\xfe", "not UTF-8"), (b"[1, 2]", "not a migstd linkage model")],
)
def test_unreadable_model_file_rejected(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "model.json"
    path.write_bytes(content)

    with pytest.raises(SettingsError, match=message):
        FellegiSunterModel.load(path)


def test_missing_model_file_rejected(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="cannot read model file"):
        FellegiSunterModel.load(tmp_path / "absent.json")


def test_model_without_settings_cannot_be_saved(tmp_path: Path) -> None:
    model = FellegiSunterModel(prior=0.1, comparisons=())

    with pytest.raises(SettingsError, match="no settings"):
        model.save(tmp_path / "model.json")

    assert not (tmp_path / "model.json").exists()


def test_model_argument_must_be_a_model(extracts: tuple[Path, Path], model_file: Path) -> None:
    with pytest.raises(SettingsError, match="model must be a FellegiSunterModel, not str"):
        link(*extracts, model=str(model_file))  # type: ignore[arg-type]


def test_float_values_survive_round_trip(tmp_path: Path) -> None:
    from migstd.linkage.model import ComparisonParameters

    rng = np.random.default_rng(3)
    m = rng.dirichlet(np.ones(4))
    u = rng.dirichlet(np.ones(4))
    model = FellegiSunterModel(
        prior=float(rng.random() / 1000),
        comparisons=(
            ComparisonParameters(
                "document_number", ("exact", "levenshtein_1", "levenshtein_2", "else"), m=m, u=u
            ),
        ),
        settings=Settings(comparisons=[_levenshtein()], blocking_rules=["l.sex = r.sex"]),
    )

    loaded = FellegiSunterModel.load(model.save(tmp_path / "model.json"))

    assert loaded.comparisons[0].m.tobytes() == m.tobytes()
    assert loaded.comparisons[0].u.tobytes() == u.tobytes()
    assert loaded.prior == model.prior


def _levenshtein() -> Any:
    from migstd.linkage import LevenshteinAtThresholds

    return LevenshteinAtThresholds("document_number", (1, 2))
