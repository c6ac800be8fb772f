"""Junk, personal data, concurrency and round trips against migstd.codelists and `migstd codes`."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import subprocess
import sys
import textwrap
import threading
import typing
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, create_model
from pydantic import ValidationError as PydanticValidationError

import migstd.codelists as codelists
from migstd.cli import main
from migstd.codelists import (
    CodeEntry,
    CodeList,
    CodeNotFoundError,
    ListInfo,
    _data,
    _fuzzy,
    all_lists,
    countries,
    from_icao,
    get_list,
    icao_entry,
    to_alpha2,
    to_alpha3,
    to_icao,
    to_numeric,
)
from migstd.codelists._export import CELL_SEPARATOR, entry_record
from migstd.errors import MigstdError, ValidationError
from migstd.models._base import MigstdModel

LISTS = all_lists()

NON_STRINGS: list[Any] = [None, 0, 1.5, True, object(), [], ["GEO"], {}, {"GEO": 1}, b"GEO", float("nan")]

# Strings that are no code of any list: each one is a way a careless or hostile
# caller gets a code wrong.
JUNK_STRINGS = [
    "",
    " ",
    "\t\n",
    "😀",
    "２６８",  # fullwidth digits
    "²⁶⁸",  # superscript digits
    "٢٦٨",  # Arabic-Indic digits
    "ＧＥＯ",  # fullwidth letters
    "GЕО",  # Cyrillic Е and О
    "GE\x00",
    "\x00",
    "G\u0301EO",  # combining acute accent
    "\u202eOEG",  # right-to-left override
    "\ufeffGEO",  # byte order mark
    "G E O",
    "GEO<<<<<",
    "P<GEOBERIDZE<<NINO<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "A" * 1_000_000,
]

# A synthetic person: name, personal number, birth date and MRZ name line.
PERSONAL_VALUES = [
    "Nino Beridze",
    "ნინო ბერიძე",
    "01024051234",
    "1987-03-14",
    "14.03.1987",
    "P<GEOBERIDZE<<NINO<<<<<<<<<<<<<<<<<<<<<<<<<<<",
]

CODE_TYPES = {
    name: getattr(codelists, name)
    for name in codelists.__all__
    if name.endswith("Code") and typing.get_origin(getattr(codelists, name)) is typing.Annotated
}


def test_code_types_found() -> None:
    assert len(CODE_TYPES) >= 20
    assert "CountryCode" in CODE_TYPES
    assert "IcaoCode" in CODE_TYPES


# Junk input to CodeList methods


@pytest.mark.parametrize("value", NON_STRINGS, ids=repr)
@pytest.mark.parametrize("method", ["get", "lookup", "label", "successors", "parent", "children"])
def test_method_rejects_non_string(method: str, value: Any) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        getattr(countries, method)(value)


@pytest.mark.parametrize("value", NON_STRINGS, ids=repr)
def test_search_fuzzy_rejects_non_string(value: Any) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        countries.search_fuzzy(value)


@pytest.mark.parametrize("value", NON_STRINGS, ids=repr)
def test_is_valid_non_string_false(value: Any) -> None:
    assert countries.is_valid(value) is False
    assert (value in countries) is False


@pytest.mark.parametrize("name", sorted(LISTS))
@pytest.mark.parametrize("value", JUNK_STRINGS, ids=lambda value: repr(value[:20]))
def test_junk_string_is_no_code(name: str, value: str) -> None:
    codelist = LISTS[name]

    assert codelist.get(value) is None
    assert codelist.is_valid(value) is False
    with pytest.raises(CodeNotFoundError):
        codelist.lookup(value)


def test_code_not_found_error_is_lookup_error() -> None:
    with pytest.raises(CodeNotFoundError) as caught:
        countries.lookup("Atlantis")

    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, MigstdError)
    assert caught.value.codelist == "countries"
    assert caught.value.text == "Atlantis"


def test_lookup_error_message_shortened() -> None:
    with pytest.raises(CodeNotFoundError) as caught:
        countries.lookup("A" * 1_000_000)

    assert len(str(caught.value)) < 200


def test_lookup_quotes_text_as_documented() -> None:
    # The quote is on purpose, and the docstring directs callers with personal values to get.
    with pytest.raises(CodeNotFoundError, match="Nino Beridze"):
        countries.lookup("Nino Beridze")

    assert "quotes" in (CodeList.lookup.__doc__ or "")
    assert "personal" in (CodeList.lookup.__doc__ or "")


def test_get_type_error_documented() -> None:
    assert "TypeError" in (CodeList.get.__doc__ or "")


def test_get_folds_no_unicode_forms() -> None:
    # Fullwidth digits and look-alikes are rejected by every entry point alike.
    for text in ("２６８", "ＧＥＯ", "GЕО"):
        assert countries.get(text) is None
        assert countries.is_valid(text) is False
        assert countries.search_fuzzy(text) == []


def test_get_strips_whitespace_and_case() -> None:
    georgia = countries.get("GEO")

    assert countries.get(" geo\n") is georgia
    assert countries.get("\tGe ") is georgia
    assert countries.get("268 ") is georgia


def test_georgian_script_forms_found() -> None:
    for text in ("საქართველო", "ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ", "ႱႠႵႠႰႧႥႤႪႭ", "ⴑⴀⴕⴀⴐⴇⴅⴄⴊⴍ"):
        assert countries.lookup(text).code == "GEO"
        assert countries.search_fuzzy(text)[0].entry.code == "GEO"


# search_fuzzy arguments


@pytest.mark.parametrize("limit", [1.5, True, None, "3"], ids=repr)
def test_search_fuzzy_limit_type(limit: Any) -> None:
    with pytest.raises(TypeError, match="limit must be an int"):
        countries.search_fuzzy("Georgia", limit=limit)


@pytest.mark.parametrize("limit", [0, -1])
def test_search_fuzzy_limit_below_one(limit: int) -> None:
    with pytest.raises(ValueError, match="limit must be at least 1"):
        countries.search_fuzzy("Georgia", limit=limit)


def test_search_fuzzy_huge_limit() -> None:
    matches = countries.search_fuzzy("Georgia", limit=10**9)

    assert matches[0].entry.code == "GEO"
    assert len(matches) < len(countries)


@pytest.mark.parametrize("min_score", [-1, 100.5, 101, float("nan"), float("inf"), -float("inf")], ids=repr)
def test_search_fuzzy_min_score_range(min_score: float) -> None:
    with pytest.raises(ValueError, match="min_score must be between 0 and 100"):
        countries.search_fuzzy("Georgia", min_score=min_score)


@pytest.mark.parametrize("min_score", [None, "50", True], ids=repr)
def test_search_fuzzy_min_score_type(min_score: Any) -> None:
    with pytest.raises(TypeError, match="min_score must be a number"):
        countries.search_fuzzy("Georgia", min_score=min_score)


def test_search_fuzzy_arguments_checked_for_empty_text() -> None:
    with pytest.raises(ValueError, match="limit"):
        countries.search_fuzzy("", limit=0)


def test_search_fuzzy_score_bounds_accepted() -> None:
    assert countries.search_fuzzy("Georgia", min_score=0)[0].entry.code == "GEO"
    assert [match.entry.code for match in countries.search_fuzzy("Georgia", min_score=100)] == ["GEO"]


def test_search_fuzzy_long_text_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        countries.search_fuzzy("A" * (_fuzzy.MAX_QUERY_LENGTH + 1))

    assert isinstance(caught.value, ValueError)
    assert caught.value.rule == "max_length"
    assert "AAAA" not in str(caught.value)


def test_search_fuzzy_longest_text_fast() -> None:
    matches = countries.search_fuzzy("Georgia " * (_fuzzy.MAX_QUERY_LENGTH // 8))

    assert matches[0].entry.code == "GEO"


@pytest.mark.parametrize("text", ["", " ", "---", "\x00", "😀", "\u0301"], ids=repr)
def test_search_fuzzy_junk_returns_list(text: str) -> None:
    assert isinstance(countries.search_fuzzy(text), list)


# Dates


def test_is_valid_on_datetime() -> None:
    during = dt.datetime(1990, 1, 1, 12, 30)
    after = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)

    assert countries.is_valid("SUN", on=during) is True
    assert countries.is_valid("SUN", on=after) is False
    assert countries.is_valid("GEO", on=after) is True


def test_codes_on_datetime() -> None:
    day = dt.date(1990, 1, 1)

    assert countries.codes(on=dt.datetime(1990, 1, 1, 23, 59)) == countries.codes(on=day)


def test_valid_on_datetime() -> None:
    soviet_union = countries.get("SUN")

    assert soviet_union is not None
    assert soviet_union.valid_on(dt.datetime(1990, 1, 1)) is True
    with pytest.raises(TypeError, match=r"day must be a datetime\.date"):
        soviet_union.valid_on("1990-01-01")  # type: ignore[arg-type]


@pytest.mark.parametrize("on", ["1990-01-01", 19900101, object()], ids=repr)
@pytest.mark.parametrize("code", ["SUN", "GEO", "XZ", None])
def test_is_valid_bad_on_raises(code: Any, on: Any) -> None:
    # A wrong `on` is the caller's mistake, whatever the code, and is never read as a day.
    with pytest.raises(TypeError, match=r"on must be a datetime\.date"):
        countries.is_valid(code, on=on)


def test_codes_bad_on_raises() -> None:
    with pytest.raises(TypeError, match=r"on must be a datetime\.date"):
        countries.codes(on="1990-01-01")  # type: ignore[arg-type]


def test_is_valid_on_none_is_today() -> None:
    assert countries.is_valid("SUN", on=None) is False
    assert countries.is_valid("GEO", on=None) is True


# Crosswalks and the registry


@pytest.mark.parametrize("function", [to_alpha2, to_alpha3, to_numeric, to_icao, from_icao, icao_entry])
def test_crosswalk_junk(function: Any) -> None:
    for value in NON_STRINGS:
        with pytest.raises(TypeError):
            function(value)
    # Crosswalks strip the MRZ filler, so "GEO<<<<<" is a code for them.
    for text in (text for text in JUNK_STRINGS if text != "GEO<<<<<"):
        with pytest.raises(CodeNotFoundError) as caught:
            function(text)
        assert len(str(caught.value)) < 300


def test_crosswalk_filler_and_case() -> None:
    assert to_alpha3("geo<<") == "GEO"
    assert to_icao(" deu ") == "D"
    assert from_icao("D<<").code == "DEU"


@pytest.mark.parametrize("value", NON_STRINGS, ids=repr)
def test_get_list_non_string(value: Any) -> None:
    with pytest.raises(TypeError, match="name must be a str"):
        get_list(value)


def test_get_list_unknown_name() -> None:
    with pytest.raises(CodeNotFoundError, match="not the name of a migstd code list"):
        get_list("Countries")


# Personal data in pydantic code types


class _PlainRecord(BaseModel):
    model_config = ConfigDict(hide_input_in_errors=True)


def _error_texts(error: Exception) -> list[str]:
    texts = [str(error), repr(error), repr(error.args)]
    if isinstance(error, PydanticValidationError):
        # A plain model reports `input` in errors() by design; the messages and context must not.
        texts.extend(repr((item["msg"], item.get("ctx"))) for item in error.errors())
    if isinstance(error, ValidationError):
        texts.extend([repr(error.errors()), error.json(), repr(vars(error))])
    texts.extend([repr(error.__cause__), repr(error.__context__)])
    return texts


@pytest.mark.parametrize("type_name", sorted(CODE_TYPES))
def test_code_type_hides_personal_value(type_name: str) -> None:
    code_type = CODE_TYPES[type_name]
    plain = create_model("Plain", __base__=_PlainRecord, value=(code_type, ...))
    migstd_model = create_model("Record", __base__=MigstdModel, value=(code_type, ...))

    for model in (plain, migstd_model):
        for value in PERSONAL_VALUES:
            with pytest.raises((PydanticValidationError, ValidationError)) as caught:
                model.model_validate({"value": value})
            for text in _error_texts(caught.value):
                assert value not in text, (type_name, model.__name__)


@pytest.mark.parametrize("type_name", sorted(CODE_TYPES))
def test_code_type_rejects_junk(type_name: str) -> None:
    plain = create_model("Plain", __base__=_PlainRecord, value=(CODE_TYPES[type_name], ...))

    for value in [*NON_STRINGS, *JUNK_STRINGS]:
        if type_name == "IcaoCode" and value == "GEO<<<<<":
            continue  # the MRZ filler is stripped from an ICAO code
        with pytest.raises(PydanticValidationError):
            plain.model_validate({"value": value})


# Consistency of every list


def _surprises(codelist: CodeList[Any]) -> list[str]:
    """Return the labels and aliases that lookup or search_fuzzy give to another entry."""
    surprises = []
    for entry in codelist:
        for text in (*entry.labels.values(), *entry.aliases):
            if codelist.lookup(text) is not entry:
                surprises.append(f"lookup {text!r}")
            if codelist.search_fuzzy(text, limit=1)[0].entry is not entry:
                surprises.append(f"search_fuzzy {text!r}")
    return surprises


@pytest.mark.parametrize("name", sorted(LISTS))
def test_labels_and_aliases_find_entry(name: str) -> None:
    assert _surprises(LISTS[name]) == []


def test_shared_name_resolves_to_neither() -> None:
    # ISO 4217 names both VES and VED "Bolívar Soberano", so the bare name is no code's alias.
    currencies = LISTS["currencies"]
    with pytest.raises(CodeNotFoundError):
        currencies.lookup("Bolívar Soberano")
    codes = {match.entry.code for match in currencies.search_fuzzy("Bolívar Soberano", limit=2)}
    assert codes == {"VES", "VED"}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_codes_find_entry(name: str) -> None:
    codelist = LISTS[name]

    for entry in codelist:
        code = entry.code
        assert codelist.get(code) is entry
        assert codelist.get(code.lower()) is entry
        assert codelist.lookup(code) is entry
        assert codelist.search_fuzzy(code, limit=1)[0].entry is entry
        for code in entry.alternative_codes():
            assert codelist.get(code) is not None


def _from_csv_row(row: dict[str, str], languages: tuple[str, ...]) -> dict[str, Any]:
    labels = {language: row.pop(f"label_{language}") for language in languages}
    record: dict[str, Any] = {"labels": {language: label for language, label in labels.items() if label}}
    for key, cell in row.items():
        record[key] = cell
    return record


@pytest.mark.parametrize("name", sorted(LISTS))
def test_csv_round_trip(name: str) -> None:
    codelist = LISTS[name]
    rows = list(csv.DictReader(io.StringIO(codelist.to_csv())))

    assert len(rows) == len(codelist)
    for row, entry in zip(rows, codelist, strict=True):
        expected = entry_record(entry)
        parsed = _from_csv_row(dict(row), codelist.languages)
        assert parsed["labels"] == expected["labels"]
        for key, value in expected.items():
            if isinstance(value, list):
                assert (parsed[key].split(CELL_SEPARATOR) if parsed[key] else []) == value
            elif isinstance(value, bool):
                assert parsed[key] == ("true" if value else "false")
            elif key != "labels":
                assert parsed[key] == ("" if value is None else str(value))


@pytest.mark.parametrize("name", sorted(LISTS))
def test_labels_only_in_list_languages(name: str) -> None:
    # CSV has a column only per language of the list, so other labels would be lost.
    codelist = LISTS[name]

    for entry in codelist:
        assert set(entry.labels) <= set(codelist.languages), entry.code


@pytest.mark.parametrize("name", sorted(LISTS))
def test_values_free_of_cell_separator(name: str) -> None:
    # The CSV form does not escape a "|" inside one of several values.
    for entry in LISTS[name]:
        for item in dataclasses.fields(entry):
            value = getattr(entry, item.name)
            if isinstance(value, tuple):
                assert not any(CELL_SEPARATOR in str(part) for part in value), (entry.code, item.name)


@pytest.mark.parametrize("name", sorted(LISTS))
def test_json_export_loads_back(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    codelist = LISTS[name]
    entry_class = type(next(iter(codelist)))
    monkeypatch.setattr(_data, "read_data", lambda _name: json.loads(codelist.to_json()))

    info, entries = _data.load_data(name, entry_class)

    assert info == codelist.info
    assert entries == list(codelist)


def _tricky_list() -> CodeList[CodeEntry]:
    entries = [
        CodeEntry(
            code="Q1",
            labels={"en": 'Comma, "quote"\nand newline', "ka": "მძიმე, ბრჭყალი"},
            aliases=("first", "second"),
            source="synthetic",
        ),
        CodeEntry(code="Q2", labels={"en": "plain"}, source="synthetic"),
    ]
    info = ListInfo(title={"en": "Tricky"}, source="synthetic", version="1", licence="CC0")
    return CodeList("tricky", lambda: (info, entries))


def test_csv_quotes_commas_newlines() -> None:
    codelist = _tricky_list()
    rows = list(csv.DictReader(io.StringIO(codelist.to_csv())))

    assert rows[0]["label_en"] == 'Comma, "quote"\nand newline'
    assert rows[0]["aliases"] == "first|second"
    assert rows[1]["label_ka"] == ""


# Concurrency

_CONCURRENT_FIRST_USE = textwrap.dedent(
    """
    import threading
    from concurrent.futures import ThreadPoolExecutor
    from migstd.codelists import all_lists

    lists = list(all_lists().values())
    assert not any(codelist.is_loaded for codelist in lists)
    barrier = threading.Barrier(16)

    def use(worker):
        barrier.wait()
        seen = []
        for codelist in lists[worker:] + lists[:worker]:
            first = next(iter(codelist))
            best = codelist.search_fuzzy(first.labels["en"], limit=1)[0].entry.code
            seen.append((codelist.name, len(codelist), codelist.get(first.code).code, best))
        return sorted(seen)

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(use, range(16)))
    assert all(result == results[0] for result in results)
    assert len(results[0]) == len(lists)
    print("ok", len(lists))
    """
)


def test_concurrent_first_use_fresh_process() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", _CONCURRENT_FIRST_USE], capture_output=True, text=True, timeout=120
    )

    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.startswith("ok")


def test_loader_and_search_index_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    barrier = threading.Barrier(16)
    entries = [
        CodeEntry(code=f"C{number}", labels={"en": f"entry {number}"}, source="synthetic")
        for number in range(50)
    ]
    info = ListInfo(title={"en": "Counted"}, source="synthetic", version="1", licence="CC0")

    def loader() -> tuple[ListInfo, list[CodeEntry]]:
        calls.append("load")
        return info, entries

    real_build = _fuzzy._build

    def counted_build(built_entries: tuple[Any, ...]) -> Any:
        calls.append("index")
        return real_build(built_entries)

    monkeypatch.setattr(_fuzzy, "_build", counted_build)
    codelist: CodeList[CodeEntry] = CodeList("counted", loader)

    def use(_worker: int) -> str | None:
        barrier.wait()
        return codelist.search_fuzzy("entry 7", limit=1)[0].entry.code

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(use, range(16)))

    assert results == ["C7"] * 16
    assert calls.count("load") == 1
    assert calls.count("index") == 1


# migstd codes


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("output_format", ["csv", "json"])
@pytest.mark.parametrize("lang", [None, "en", "ka"])
@pytest.mark.parametrize("search", [None, "Sakartvelo"])
def test_codes_option_combinations(
    capsys: pytest.CaptureFixture[str], output_format: str, lang: str | None, search: str | None
) -> None:
    argv = ["codes", "countries", "--format", output_format]
    if lang is not None:
        argv += ["--lang", lang]
    if search is not None:
        argv += ["--search", search, "--limit", "2"]

    status, out, err = _run(capsys, *argv)

    assert status == 0, err
    assert err == ""
    if output_format == "json":
        json.loads(out)
    else:
        assert len(list(csv.reader(io.StringIO(out)))) >= 2
    assert "GEO" in out


def test_codes_unknown_list_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["codes", "atlantis"])

    assert caught.value.code == 2
    assert "atlantis" in capsys.readouterr().err


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_codes_limit_below_one_in_georgian(capsys: pytest.CaptureFixture[str], limit: str) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["codes", "countries", "--search", "x", "--limit", limit, "--lang", "ka"])

    assert caught.value.code == 2
    assert "--limit უნდა იყოს არანაკლებ 1" in capsys.readouterr().err


def test_codes_long_search_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "codes", "sex", "--search", "A" * 5000)

    assert status == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "AAAA" not in err


def test_codes_output_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _out, err = _run(capsys, "codes", "sex", "-o", str(tmp_path))

    assert status == 1
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_codes_output_missing_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _out, err = _run(capsys, "codes", "sex", "-o", str(tmp_path / "missing" / "sex.csv"))

    assert status == 1
    assert err.count("\n") == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_codes_output_read_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "sex.csv"
    target.write_text("")
    target.chmod(0o444)

    status, _out, err = _run(capsys, "codes", "sex", "-o", str(target))

    assert status == 1
    assert err.count("\n") == 1


@pytest.mark.parametrize("argv", [["codes", "countries", "--format", "json"], ["codes"]])
def test_codes_closed_pipe_quiet(argv: list[str]) -> None:
    # The reader is gone before the command writes, as when `head` has read enough.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "migstd.cli", *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)

    assert completed.stderr == ""
    assert completed.returncode == 0
