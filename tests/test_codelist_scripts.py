"""The scripts under scripts/ regenerate every shipped code-list data file byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from migstd.codelists import all_lists

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "migstd" / "codelists" / "data"

# Every generating script, and the data files it writes.
SCRIPTS = {
    "scripts/make_countries.py": ("countries", "icao_codes"),
    "scripts/make_georgia.py": ("ge_regions", "ge_municipalities", "ge_border_crossing_points"),
    "scripts/make_iso_lists.py": ("languages", "currencies", "scripts"),
    "scripts/make_ge_legal.py": (
        "ge_grounds_of_stay",
        "ge_residence_permit_types",
        "ge_visa_categories",
        "ge_protection_statuses",
        "ge_protection_decisions",
        "ge_statelessness_statuses",
        "ge_idp_statuses",
        "ge_citizenship_acquisition_modes",
        "ge_citizenship_loss_modes",
        "ge_authorities",
    ),
    "scripts/make_classifications.py": (
        "marital_statuses",
        "document_types",
        "ge_document_types",
        "eurostat_permit_reasons",
        "isco08",
        "isced2011",
    ),
}


def test_every_data_file_has_a_script() -> None:
    covered = {name for names in SCRIPTS.values() for name in names}
    shipped = {path.stem for path in DATA.glob("*.json")}
    assert covered == shipped


def test_every_list_names_its_script() -> None:
    script_of = {name: script for script, names in SCRIPTS.items() for name in names}
    # sex is defined in code, not in a data file.
    named = {name: codelist.info.generated_by for name, codelist in all_lists().items() if name != "sex"}
    assert named == script_of


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_script_regenerates_data(script: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / script), "--out-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr

    for name in SCRIPTS[script]:
        generated = (tmp_path / f"{name}.json").read_bytes()
        shipped = (DATA / f"{name}.json").read_bytes()
        assert generated == shipped, f"{script} writes a different {name}.json"
