"""Checks that every code list migstd ships must pass, run over the registry."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from migstd.codelists import CodeList, CodeValidator, IcaoCodeValidator, all_lists
from migstd.codelists._codelist import code_key

LISTS = sorted(all_lists().items())
LIST_IDS = [name for name, _ in LISTS]


def lists_params() -> Any:
    return pytest.mark.parametrize("codelist", [codelist for _, codelist in LISTS], ids=LIST_IDS)


@lists_params()
def test_list_loads_with_entries(codelist: CodeList[Any]) -> None:
    assert len(codelist) > 0


@lists_params()
def test_list_describes_its_data(codelist: CodeList[Any]) -> None:
    info = codelist.info
    assert info.title.get("en")
    assert info.title.get("ka")
    assert info.source
    assert info.version
    assert info.licence


@lists_params()
def test_list_has_no_duplicate_codes(codelist: CodeList[Any]) -> None:
    keys = [code_key(entry.code) for entry in codelist]
    assert len(keys) == len(set(keys))


@lists_params()
def test_every_entry_has_source_and_english_label(codelist: CodeList[Any]) -> None:
    without_source = [entry.code for entry in codelist if not entry.source.strip()]
    without_english = [entry.code for entry in codelist if not entry.labels.get("en", "").strip()]
    assert without_source == []
    assert without_english == []


@lists_params()
def test_unverified_entries_say_why(codelist: CodeList[Any]) -> None:
    silent = [entry.code for entry in codelist if not entry.verified and not entry.note.strip()]
    assert silent == []


@lists_params()
def test_labels_only_in_offered_languages(codelist: CodeList[Any]) -> None:
    extra = [
        (entry.code, lang) for entry in codelist for lang in entry.labels if lang not in codelist.languages
    ]
    assert extra == []


@lists_params()
def test_lookup_finds_each_entry_by_english_label(codelist: CodeList[Any]) -> None:
    wrong = [entry.code for entry in codelist if codelist.lookup(entry.labels["en"]) is not entry]
    assert wrong == []


@lists_params()
def test_lookup_finds_each_entry_by_georgian_label(codelist: CodeList[Any]) -> None:
    labelled = [entry for entry in codelist if "ka" in entry.labels]
    wrong = [entry.code for entry in labelled if codelist.lookup(entry.labels["ka"]) is not entry]
    assert wrong == []


@lists_params()
def test_get_finds_each_entry_by_its_codes(codelist: CodeList[Any]) -> None:
    wrong = [entry.code for entry in codelist if codelist.get(entry.code) is not entry]
    lower = [entry.code for entry in codelist if codelist.get(f" {entry.code.lower()} ") is not entry]
    assert wrong == []
    assert lower == []


@lists_params()
def test_successors_and_parents_resolve(codelist: CodeList[Any]) -> None:
    missing_successors = [
        (entry.code, successor)
        for entry in codelist
        for successor in entry.successors
        if codelist.get(successor) is None
    ]
    missing_parents = [
        (entry.code, entry.parent)
        for entry in codelist
        if entry.parent is not None and codelist.parents.get(entry.parent) is None
    ]
    assert missing_successors == []
    assert missing_parents == []


@lists_params()
def test_retired_entries_have_consistent_dates(codelist: CodeList[Any]) -> None:
    backwards = [
        entry.code
        for entry in codelist
        if entry.valid_from is not None and entry.valid_to is not None and entry.valid_to < entry.valid_from
    ]
    assert backwards == []


@lists_params()
def test_csv_export_has_a_row_per_entry(codelist: CodeList[Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(codelist.to_csv())))
    assert [row["code"] for row in rows] == list(codelist.codes())
    assert all(row["label_en"] for row in rows)


@lists_params()
def test_json_export_has_every_entry(codelist: CodeList[Any]) -> None:
    document = json.loads(codelist.to_json(lang="ka"))
    assert document["name"] == codelist.name
    assert [entry["code"] for entry in document["entries"]] == list(codelist.codes())
    assert all(entry["label"] for entry in document["entries"])


def georgian_labels_missing() -> dict[str, list[str]]:
    """Return, by list, the codes of entries that have no Georgian label yet."""
    missing = {}
    for name, codelist in LISTS:
        codes = [entry.code for entry in codelist if not entry.labels.get("ka")]
        if codes:
            missing[name] = codes
    return missing


def documented_missing_labels() -> dict[str, int]:
    """Return the counts of entries without a Georgian label that docs/codelists.md states."""
    page = (Path(__file__).parents[1] / "docs" / "codelists.md").read_text(encoding="utf-8")
    section = page.split("## Georgian labels", 1)[1].split("\n## ", 1)[0]
    return {name: int(count) for name, count in re.findall(r"^\| `(\w+)` \| (\d+) \|", section, re.M)}


def test_georgian_labels_missing_as_documented() -> None:
    missing = {name: len(codes) for name, codes in georgian_labels_missing().items()}
    assert documented_missing_labels() == missing, (
        f"entries without a Georgian label: {georgian_labels_missing()}"
    )


def test_verification_table_matches_data() -> None:
    page = (Path(__file__).parents[1] / "docs" / "codelists.md").read_text(encoding="utf-8")
    section = page.split("## Sources and verification", 1)[1].split("\n## ", 1)[0]
    documented = {
        name: (int(entries), int(unverified), int(editorial))
        for name, entries, unverified, editorial in re.findall(
            r"^\| `(\w+)` \| (\d+) \| (\d+) \| (\d+) \|$", section, re.M
        )
    }
    actual = {
        name: (
            len(codelist),
            sum(1 for entry in codelist if not entry.verified),
            sum(1 for entry in codelist if "editorial translation" in entry.note),
        )
        for name, codelist in LISTS
    }
    assert documented == actual


def code_types() -> dict[str, list[str]]:
    """Return, by list name, the pydantic code types that migstd.codelists exports for it."""
    import migstd.codelists as package

    found: dict[str, list[str]] = {}
    for name in package.__all__:
        for metadata in getattr(getattr(package, name), "__metadata__", ()):
            if isinstance(metadata, CodeValidator):
                found.setdefault(metadata.codelist.name, []).append(name)
            elif isinstance(metadata, IcaoCodeValidator):
                found.setdefault("icao_codes", []).append(name)
    return found


def test_every_list_has_a_pydantic_type() -> None:
    assert sorted(code_types()) == sorted(all_lists())


@lists_params()
def test_pydantic_type_schema_enumerates_codes(codelist: CodeList[Any]) -> None:
    import migstd.codelists as package

    type_name = code_types()[codelist.name][0]
    schema = TypeAdapter(getattr(package, type_name)).json_schema()
    assert schema["type"] == "string"
    assert set(codelist.codes()) <= set(schema["enum"])
