"""Tests of the CodeList features every list shares: validity, hierarchy, search, export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from typing import Any

import pytest

from migstd.codelists import CodeEntry, CodeList, CodeNotFoundError, ListInfo, countries, get_list
from migstd.codelists._data import _entry_arguments
from migstd.errors import SettingsError

INFO = ListInfo(title={"en": "Units", "ka": "ერთეულები"}, source="test", version="1", licence="test data")


@dataclass(frozen=True, slots=True, kw_only=True)
class _Unit(CodeEntry):
    kind: str = "unit"
    former: str = ""

    def alternative_codes(self) -> tuple[str, ...]:
        return (self.former,) if self.former else ()


def unit(code: str, en: str, ka: str, **fields: Any) -> _Unit:
    return _Unit(code=code, labels={"en": en, "ka": ka}, source="test", **fields)


REGIONS = [
    unit("R1", "North", "ჩრდილოეთი"),
    unit("R2", "South", "სამხრეთი"),
]
UNITS = [
    unit("OLD", "Old union", "ძველი კავშირი", valid_to=dt.date(1991, 12, 26), successors=("MID", "B")),
    unit(
        "MID",
        "Middle state",
        "შუა სახელმწიფო",
        valid_from=dt.date(1991, 12, 27),
        valid_to=dt.date(2006, 6, 3),
        successors=("C", "D"),
    ),
    unit("B", "Bee", "ბე", valid_from=dt.date(1991, 12, 27), parent="R1"),
    unit("C", "Sea", "სი", valid_from=dt.date(2006, 6, 4), parent="R2", former="XC"),
    unit("D", "Dee", "დე", valid_from=dt.date(2006, 6, 4), parent="R2"),
    unit("GONE", "Gone", "წასული", valid_to=dt.date(2000, 1, 1), former="XC"),
]


def make_lists() -> tuple[CodeList[_Unit], CodeList[_Unit]]:
    regions = CodeList("regions", lambda: (INFO, REGIONS))
    units = CodeList("units", lambda: (INFO, UNITS), parents=regions)
    return regions, units


# --- validity on a date -------------------------------------------------------


def test_is_valid_inside_and_outside_dates() -> None:
    _, units = make_lists()
    assert units.is_valid("OLD", on=dt.date(1990, 1, 1))
    assert units.is_valid("OLD", on=dt.date(1991, 12, 26))
    assert not units.is_valid("OLD", on=dt.date(1991, 12, 27))
    assert not units.is_valid("C", on=dt.date(2006, 6, 3))
    assert units.is_valid("C", on=dt.date(2006, 6, 4))


def test_is_valid_defaults_to_today() -> None:
    _, units = make_lists()
    assert units.is_valid("B")
    assert not units.is_valid("OLD")


def test_is_valid_never_raises() -> None:
    _, units = make_lists()
    for junk in (None, 5, "", "   ", "nope", object(), "😀"):
        assert units.is_valid(junk) is False  # type: ignore[arg-type]


def test_codes_on_a_date() -> None:
    _, units = make_lists()
    assert units.codes(on=dt.date(1995, 1, 1)) == ("MID", "B", "GONE")
    assert units.codes(on=dt.date(2020, 1, 1)) == ("B", "C", "D")


# --- successors and hierarchy -------------------------------------------------


def test_successors_follow_chains() -> None:
    _, units = make_lists()
    assert [entry.code for entry in units.successors("OLD")] == ["B", "C", "D"]
    assert [entry.code for entry in units.successors("MID")] == ["C", "D"]


def test_current_code_is_own_successor() -> None:
    _, units = make_lists()
    assert [entry.code for entry in units.successors("d")] == ["D"]


def test_successors_of_unknown_code_raise() -> None:
    _, units = make_lists()
    with pytest.raises(CodeNotFoundError):
        units.successors("ZZ")


def test_children_from_parent_list() -> None:
    _, units = make_lists()
    assert [entry.code for entry in units.children("r2")] == ["C", "D"]
    assert units.children("R1") == (units.get("B"),)


def test_children_of_unknown_parent_raise() -> None:
    _, units = make_lists()
    with pytest.raises(CodeNotFoundError, match="regions"):
        units.children("B")


def test_parent_entry_from_parent_list() -> None:
    regions, units = make_lists()
    assert units.parent("C") is regions.get("R2")
    assert units.parent("OLD") is None


def test_current_alternative_code_beats_retired() -> None:
    _, units = make_lists()
    # Both C (current) and GONE (retired) list XC as a former code.
    assert units.get("XC") is units.get("C")
    assert units.get("xc") is units.get("C")


# --- fuzzy search ---------------------------------------------------------------

COUNTRY_SEARCHES = [
    ("Niger", "NER"),
    ("Nigeria", "NGA"),
    ("Georgia", "GEO"),
    ("Republic of Georgia", "GEO"),
    ("Sakartvelo", "GEO"),
    ("საქართველო", "GEO"),
    ("ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ", "GEO"),
    ("Saint-Martin", "MAF"),
    ("Grmany", "DEU"),
    ("Turkye", "TUR"),
    ("germania", "DEU"),
    ("Kosovo", "XKX"),
]


@pytest.mark.parametrize(("query", "expected"), COUNTRY_SEARCHES)
def test_search_fuzzy_ranks_country_first(query: str, expected: str) -> None:
    assert countries.search_fuzzy(query)[0].entry.code == expected


def test_search_fuzzy_exact_name_outranks_near_names() -> None:
    results = countries.search_fuzzy("Niger")
    assert results[0].score == 100.0
    assert all(match.score < 100.0 for match in results[1:])


def test_search_fuzzy_short_alias_is_not_partial_match() -> None:
    # "US" is an alias of the United States and is inside "Russia".
    codes = [match.entry.code for match in countries.search_fuzzy("Russia", limit=10)]
    assert "USA" not in codes


def test_search_fuzzy_is_deterministic_and_ordered() -> None:
    first = countries.search_fuzzy("Korea", limit=5)
    second = countries.search_fuzzy("Korea", limit=5)
    assert first == second
    scores = [match.score for match in first]
    assert scores == sorted(scores, reverse=True)
    # Equal scores are ordered by list position: KOR comes before PRK.
    assert [match.entry.code for match in first[:2]] == ["KOR", "PRK"]


def test_search_fuzzy_one_result_per_entry() -> None:
    codes = [match.entry.code for match in countries.search_fuzzy("Georgia", limit=20, min_score=0)]
    assert len(codes) == len(set(codes))


def test_search_fuzzy_limit_and_min_score() -> None:
    assert len(countries.search_fuzzy("Georgia", limit=2)) == 2
    assert countries.search_fuzzy("qqqqqqqq", min_score=60) == []
    assert countries.search_fuzzy("   ") == []


def test_search_fuzzy_rejects_bad_arguments() -> None:
    with pytest.raises(TypeError):
        countries.search_fuzzy(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="limit"):
        countries.search_fuzzy("Georgia", limit=0)


def test_search_fuzzy_code_matches_exactly() -> None:
    match = countries.search_fuzzy("ge")[0]
    assert (match.entry.code, match.kind, match.score) == ("GEO", "code", 100.0)


# --- export ----------------------------------------------------------------------


def test_csv_export_columns_and_cells() -> None:
    _, units = make_lists()
    rows = list(csv.DictReader(io.StringIO(units.to_csv())))
    assert list(rows[0]) == [
        "code",
        "label_en",
        "label_ka",
        "aliases",
        "source",
        "valid_from",
        "valid_to",
        "successors",
        "parent",
        "verified",
        "note",
        "kind",
        "former",
    ]
    assert rows[0]["successors"] == "MID|B"
    assert rows[0]["valid_to"] == "1991-12-26"
    assert rows[0]["valid_from"] == ""
    assert rows[0]["verified"] == "true"


def test_csv_export_in_one_language() -> None:
    _, units = make_lists()
    rows = list(csv.DictReader(io.StringIO(units.to_csv(lang="ka"))))
    assert rows[2]["label"] == "ბე"
    assert "label_en" not in rows[2]


def test_json_export_round_trips_entries() -> None:
    _, units = make_lists()
    document = json.loads(units.to_json())
    rebuilt = [_Unit(**_entry_arguments(raw, "test")) for raw in document["entries"]]
    assert rebuilt == list(units)
    assert document["title"] == {"en": "Units", "ka": "ერთეულები"}


def test_export_rejects_unoffered_language() -> None:
    _, units = make_lists()
    with pytest.raises(SettingsError, match="'fr'"):
        units.to_csv(lang="fr")


def test_get_list_by_name() -> None:
    assert get_list("countries") is countries
    with pytest.raises(CodeNotFoundError, match="not the name of a migstd code list"):
        get_list("planets")
