"""JSON Schemas of the models: the committed files, the personal-data marks and ``migstd schema``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from migstd.cli import main
from migstd.errors import InputError
from migstd.models import MODELS, SCHEMA_VERSION, MigstdModel, json_schema, schema_text

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas" / SCHEMA_VERSION


@pytest.mark.parametrize("name", sorted(MODELS))
def test_committed_schema_matches_model(name: str) -> None:
    path = SCHEMAS / f"{name}.json"
    assert path.exists(), f"{path} is missing; run scripts/make_schemas.py"
    assert path.read_text(encoding="utf-8") == schema_text(name), (
        f"{path} differs from the model; run scripts/make_schemas.py, and raise SCHEMA_VERSION "
        "when the change breaks readers of the old schema"
    )


def test_no_schema_file_without_model() -> None:
    files = {path.stem for path in SCHEMAS.glob("*.json")}
    assert files == set(MODELS)


def test_make_schemas_check_passes() -> None:
    script = ROOT / "scripts" / "make_schemas.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_make_schemas_check_finds_drift(tmp_path: Path) -> None:
    folder = tmp_path / SCHEMA_VERSION
    folder.mkdir()
    (folder / "Person.json").write_text("{}\n", encoding="utf-8")
    (folder / "Gone.json").write_text("{}\n", encoding="utf-8")
    script = ROOT / "scripts" / "make_schemas.py"

    result = subprocess.run(
        [sys.executable, str(script), "--check", "--out-dir", str(tmp_path)], capture_output=True, text=True
    )

    assert result.returncode == 1
    assert "Person.json" in result.stderr
    assert "Gone.json" in result.stderr
    assert (folder / "Person.json").read_text(encoding="utf-8") == "{}\n"


def _personal_paths(schema: object, path: str = "") -> set[str]:
    found: set[str] = set()
    if isinstance(schema, dict):
        if schema.get("x-personal-data") is True:
            found.add(path)
        for key, value in schema.items():
            found |= _personal_paths(value, f"{path}/{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            found |= _personal_paths(value, f"{path}/{index}")
    return found


@pytest.mark.parametrize("name", sorted(MODELS))
def test_schema_marks_every_personal_field(name: str) -> None:
    model = MODELS[name]
    schema = json_schema(model)

    marked = {path.rsplit("/", 1)[1] for path in _personal_paths(schema) if path.startswith("/properties/")}
    assert marked == set(model.personal_fields)
    assert "personal" not in _keys(schema), "the old key 'personal' is replaced by 'x-personal-data'"


def _keys(schema: object) -> set[str]:
    if isinstance(schema, dict):
        return set(schema).union(*(_keys(value) for value in schema.values()))
    if isinstance(schema, list):
        return set().union(*(_keys(value) for value in schema))
    return set()


def test_schema_marks_nested_personal_fields() -> None:
    schema = json_schema("Record")
    paths = _personal_paths(schema)
    assert "/$defs/Identifier/properties/value" in paths
    assert "/$defs/TravelDocument/properties/mrz" in paths
    assert "/$defs/Address/properties/thoroughfare" in paths
    assert "/$defs/ContactPoint/properties/phone" in paths
    assert "/$defs/Address/properties/country" not in paths


def test_schema_header() -> None:
    schema = json_schema("Person")
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:migstd:schema:{SCHEMA_VERSION}:Person"
    assert "scripts/make_schemas.py" in schema["$comment"]


def test_schema_of_unknown_model() -> None:
    with pytest.raises(InputError, match="no model named 'Passport'"):
        json_schema("Passport")


def test_record_schema_discriminates_by_kind() -> None:
    payload = json_schema("Record")["properties"]["payload"]
    assert payload["discriminator"]["propertyName"] == "kind"
    assert set(payload["discriminator"]["mapping"]) == {
        "person",
        "travel_document",
        "border_crossing",
        "residence_permit",
        "visa",
        "protection_application",
        "diaspora_member",
        "return_case",
        "labour_migration",
    }


def test_every_model_is_registered() -> None:
    import migstd.models as models

    exported = {
        name
        for name in models.__all__
        if isinstance(getattr(models, name), type)
        and issubclass(getattr(models, name), MigstdModel)
        and name != "MigstdModel"
    }
    assert exported == set(MODELS)


# --- migstd schema ----------------------------------------------------------


def test_cli_lists_models(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"# migstd record models, schema version {SCHEMA_VERSION}"
    assert [line.split("\t")[0] for line in lines[1:]] == sorted(MODELS)
    assert "Person\tA person as migration records describe them" in "\n".join(lines)


def test_cli_lists_models_in_georgian(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--lang", "ka"]) == 0
    assert capsys.readouterr().out.startswith("# migstd-ის ჩანაწერების მოდელები")


def test_cli_prints_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "Visa"]) == 0
    output = capsys.readouterr().out
    assert output == (SCHEMAS / "Visa.json").read_text(encoding="utf-8")
    assert json.loads(output)["title"] == "Visa"


def test_cli_writes_schema_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "record.json"
    assert main(["schema", "Record", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == schema_text("Record")


def test_cli_unknown_model_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["schema", "Passport"])
    assert caught.value.code == 2
    assert "invalid choice: 'Passport'" in capsys.readouterr().err
