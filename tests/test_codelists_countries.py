"""Tests of the countries and icao_codes lists, the code crosswalks and the country field types."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, TypeAdapter
from pydantic import ValidationError as PydanticValidationError

from migstd.codelists import CodeNotFoundError, CountryCode
from migstd.codelists._countries import KOSOVO, Country, countries
from migstd.codelists._crosswalk import (
    MissingCodeFormError,
    from_icao,
    icao_entry,
    to_alpha2,
    to_alpha3,
    to_icao,
    to_numeric,
)
from migstd.codelists._data import read_data
from migstd.codelists._icao import IcaoCodeEntry, icao_codes
from migstd.codelists._types import CurrentCountryCode, IcaoCode
from migstd.errors import MigstdError

REPO_ROOT = Path(__file__).resolve().parent.parent

SOVIET_REPUBLICS = {
    "ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LTU", "LVA", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB",
}  # fmt: skip

ICAO_KINDS = {"state", "nationality-variant", "organization", "stateless-refugee", "unspecified", "specimen"}

# --- reused codes: the country in force wins ---------------------------------


@pytest.mark.parametrize(
    ("code", "current", "historic"),
    [
        ("GE", "GEO", "GEL"),  # Gilbert and Ellice Islands
        ("BY", "BLR", "BYS"),  # Byelorussian SSR
        ("SK", "SVK", "SKM"),  # Sikkim
        ("AI", "AIA", "AFI"),  # French Afars and Issas
        ("854", "BFA", "HVO"),  # Upper Volta
        ("104", "MMR", "BUR"),  # Burma
        ("180", "COD", "ZAR"),  # Zaire
        ("112", "BLR", "BYS"),  # Byelorussian SSR
    ],
)
def test_reused_code_gives_current_country(code: str, current: str, historic: str) -> None:
    entry = countries.get(code)
    assert entry is not None
    assert entry.code == current
    assert countries.get(historic) is not None
    assert countries.get(historic) is not entry


@pytest.mark.parametrize(
    ("alpha_3", "alpha_4"),
    [("GEL", "GEHH"), ("BYS", "BYAA"), ("SKM", "SKIN"), ("AFI", "AIDJ"), ("SUN", "SUHH"), ("YUG", "YUCS")],
)
def test_historic_found_by_alpha3_and_alpha4(alpha_3: str, alpha_4: str) -> None:
    by_alpha_3 = countries.get(alpha_3)
    assert by_alpha_3 is not None
    assert by_alpha_3.code == alpha_3
    assert by_alpha_3.alpha_4 == alpha_4
    assert countries.get(alpha_4) is by_alpha_3
    assert countries.get(alpha_4.lower()) is by_alpha_3


def test_cs_gives_czechoslovakia() -> None:
    czechoslovakia = countries.get("CS")
    assert czechoslovakia is not None
    assert czechoslovakia.code == "CSK"
    assert countries.get("CSXX") is countries.get("SCG")
    assert countries.get("CSHH") is czechoslovakia


def test_numeric_891_gives_serbia_and_montenegro() -> None:
    entry = countries.get("891")
    assert entry is not None
    assert entry.code == "SCG"


def test_fqhh_keyed_by_alpha4() -> None:
    territories = countries.get("FQHH")
    assert territories is not None
    assert territories.alpha_3 == ""
    assert territories.icao == ""
    current = countries.get("ATF")
    assert current is not None
    assert current.labels["en"] == "French Southern Territories"


# --- historic states -----------------------------------------------------------


def test_ussr_validity_and_successors() -> None:
    assert countries.is_valid("SUN", on=dt.date(1990, 1, 1))
    assert countries.is_valid("SUN", on=dt.date(1992, 8, 30))
    assert not countries.is_valid("SUN", on=dt.date(1992, 8, 31))
    assert not countries.is_valid("SUN")
    assert {entry.code for entry in countries.successors("SUN")} == SOVIET_REPUBLICS
    assert countries.successors("SU") == countries.successors("SUHH")


@pytest.mark.parametrize(
    ("code", "successors"),
    [
        ("YUG", {"SRB", "MNE", "BIH", "HRV", "MKD", "SVN"}),  # through SCG
        ("SCG", {"SRB", "MNE"}),
        ("CSK", {"CZE", "SVK"}),
        ("DDR", {"DEU"}),
        ("ZAR", {"COD"}),
        ("BUR", {"MMR"}),
        ("BYS", {"BLR"}),
        ("GEL", {"KIR", "TUV"}),
        ("ANT", {"BES", "CUW", "SXM"}),
        ("FQHH", {"ATA", "ATF"}),
    ],
)
def test_historic_successors(code: str, successors: set[str]) -> None:
    assert {entry.code for entry in countries.successors(code)} == successors


def test_historic_codes_reach_current_states() -> None:
    historic = [entry for entry in countries if entry.retired]
    assert len(historic) == 31
    for entry in historic:
        found = countries.successors(entry.code)
        assert found, entry.code
        assert all(not successor.retired for successor in found), entry.code


def test_historic_entries_are_complete() -> None:
    for entry in countries:
        if not entry.retired:
            assert entry.alpha_4 == "", entry.code
            continue
        assert entry.valid_to is not None
        assert len(entry.alpha_4) == 4, entry.code
        assert entry.labels.get("ka"), entry.code
        assert entry.labels.get("ru"), entry.code
        assert "ISO 3166-3" in entry.source, entry.code


def test_year_only_withdrawal_is_last_day() -> None:
    gilbert = countries.get("GEL")
    assert gilbert is not None
    assert gilbert.valid_to == dt.date(1979, 12, 31)
    ussr = countries.get("SUN")
    assert ussr is not None
    assert ussr.valid_to == dt.date(1992, 8, 30)


def test_current_codes_exclude_historic() -> None:
    today = countries.codes(on=dt.date.today())
    assert "GEO" in today
    assert "SUN" not in today
    soviet_era = countries.codes(on=dt.date(1985, 1, 1))
    assert "SUN" in soviet_era
    assert "DDR" in soviet_era


# --- labels in three languages ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Грузия", "GEO"),
        ("Российская Федерация", "RUS"),
        ("Россия", "RUS"),
        ("Германия", "DEU"),
        ("США", "USA"),
        ("Соединенные Штаты Америки", "USA"),  # е for ё
        ("СССР", "SUN"),
        ("Советский Союз", "SUN"),
        ("Союз Советских Социалистических Республик", "SUN"),
        ("საბჭოთა კავშირი", "SUN"),
        ("USSR", "SUN"),
        ("Soviet Union", "SUN"),
        ("Czechoslovakia", "CSK"),
        ("ჩეხოსლოვაკია", "CSK"),
        ("Yugoslavia", "YUG"),
        ("East Germany", "DDR"),
        ("Молдавия", "MDA"),
        ("Иран", "IRN"),
        ("Исламская Республика Иран", "IRN"),  # the catalogue's stress mark is removed
    ],
)
def test_country_lookup_russian_and_historic(text: str, code: str) -> None:
    assert countries.lookup(text).code == code


def test_label_in_russian() -> None:
    assert countries.label("GE", lang="ru") == "Грузия"
    assert countries.label("SU", lang="ka") == "სსრკ, საბჭოთა სოციალისტური რესპუბლიკების კავშირი"


def test_corrected_label_keeps_catalogue_alias() -> None:
    czechoslovakia = countries.get("CSK")
    assert czechoslovakia is not None
    assert czechoslovakia.labels["ka"].startswith("ჩეხოსლოვაკია")
    assert countries.lookup("ჩეხოსლავაკია, ჩეხესლავაკიის სოციალისტური რესპუბლიკა") is czechoslovakia


def test_labels_unique_per_language() -> None:
    for codelist in (countries, icao_codes):
        for language in codelist.languages:
            labels = [entry.labels[language].casefold() for entry in codelist if language in entry.labels]
            assert len(labels) == len(set(labels)), (codelist.name, language)


# --- Kosovo and ICAO codes on countries ----------------------------------------


def test_kosovo_constant_matches_data() -> None:
    assert countries.get("XK") == KOSOVO
    assert countries.lookup("Kosovo").code == "XKX"
    assert countries.lookup("Косово").code == "XKX"


@pytest.mark.parametrize(("code", "icao"), [("DEU", "D"), ("XKX", "RKS"), ("GEO", "GEO"), ("SUN", "SUN")])
def test_country_icao_field(code: str, icao: str) -> None:
    entry = countries.get(code)
    assert entry is not None
    assert entry.icao == icao


def test_get_accepts_icao_codes() -> None:
    assert countries.get("D") is countries.get("DEU")
    assert countries.get("rks") is countries.get("XK")
    assert countries.get("XZ") is None


# --- the icao_codes list -------------------------------------------------------------


def test_icao_codes_cover_reference_set() -> None:
    expected = {
        "D", "GBD", "GBN", "GBO", "GBP", "GBS", "EUE", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC",
        "XCE", "XCO", "XEC", "XPO", "XES", "XMP", "XOM", "XDC", "XXA", "XXB", "XXC", "XXX", "RKS",
        "UTO", "IAO", "XXK",
    }  # fmt: skip
    assert set(icao_codes.codes()) == expected


def test_icao_codes_are_not_iso_alpha3() -> None:
    for entry in icao_codes:
        country = countries.get(entry.code)
        assert country is None or country.alpha_3 != entry.code, entry.code


def test_every_icao_code_resolves() -> None:
    for entry in icao_codes:
        assert isinstance(entry, IcaoCodeEntry)
        assert entry.kind in ICAO_KINDS, entry.code
        assert icao_entry(entry.code) is entry
        if entry.country:
            assert from_icao(entry.code).code == entry.country
        else:
            with pytest.raises(MissingCodeFormError):
                from_icao(entry.code)


@pytest.mark.parametrize(
    ("code", "kind", "country"),
    [
        ("D", "state", "DEU"),
        ("GBD", "nationality-variant", "GBR"),
        ("GBN", "nationality-variant", "GBR"),
        ("RKS", "state", "XKX"),
        ("UNO", "organization", ""),
        ("XPO", "organization", ""),
        ("XXA", "stateless-refugee", ""),
        ("XXB", "stateless-refugee", ""),
        ("XXX", "unspecified", ""),
        ("UTO", "specimen", ""),
    ],
)
def test_icao_code_kind_and_country(code: str, kind: str, country: str) -> None:
    entry = icao_codes.get(code)
    assert entry is not None
    assert entry.kind == kind
    assert entry.country == country


def test_icao_refugee_codes_differ() -> None:
    xxb = icao_codes.get("XXB")
    xxc = icao_codes.get("XXC")
    assert xxb is not None
    assert xxc is not None
    assert "1951" in xxb.labels["en"]
    assert xxb.labels["ka"] != xxc.labels["ka"]


def test_unverified_icao_codes_say_why() -> None:
    unverified = {entry.code for entry in icao_codes if not entry.verified}
    assert unverified == {"RKS", "XXK"}
    for entry in icao_codes:
        if not entry.verified:
            assert entry.note, entry.code


# --- the contract that every code list meets ------------------------------------------


@pytest.mark.parametrize("codelist", [countries, icao_codes], ids=["countries", "icao_codes"])
def test_list_contract(codelist: object) -> None:
    from migstd.codelists._codelist import CodeList

    assert isinstance(codelist, CodeList)
    codes = codelist.codes()
    assert len(codes) == len(set(codes))
    for entry in codelist:
        assert entry.source, entry.code
        assert entry.labels.get("en"), entry.code
        for language in codelist.languages:
            label = entry.labels.get(language)
            if label is not None:
                assert codelist.lookup(label) is entry, (entry.code, language)
        for successor in entry.successors:
            assert codelist.get(successor) is not None, (entry.code, successor)
        if entry.parent is not None:
            assert codelist.get(entry.parent) is not None
        if not entry.verified:
            assert entry.note, entry.code


def test_data_files_record_provenance() -> None:
    data = read_data("countries")
    assert data["version"] == "26.2.16"
    assert data["generated_by"] == "scripts/make_countries.py"
    assert "LGPL" in data["licence"]
    icao = read_data("icao_codes")
    assert icao["generated_by"] == "scripts/make_countries.py"
    assert "Doc 9303" in icao["source"]


def test_generator_reproduces_data_files(tmp_path: Path) -> None:
    script = REPO_ROOT / "scripts" / "make_countries.py"
    subprocess.run([sys.executable, str(script), "--out-dir", str(tmp_path)], check=True, capture_output=True)
    data_dir = REPO_ROOT / "src" / "migstd" / "codelists" / "data"
    for name in ("countries.json", "icao_codes.json"):
        assert (tmp_path / name).read_bytes() == (data_dir / name).read_bytes(), name


# --- crosswalks ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["GE", "ge", "GEO", "268", " GEO ", "GEO<"])
def test_crosswalk_from_any_form(code: str) -> None:
    assert to_alpha2(code) == "GE"
    assert to_alpha3(code) == "GEO"
    assert to_numeric(code) == "268"
    assert to_icao(code) == "GEO"


@pytest.mark.parametrize(
    ("code", "alpha_2", "alpha_3", "numeric", "icao"),
    [
        ("DE", "DE", "DEU", "276", "D"),
        ("D<<", "DE", "DEU", "276", "D"),
        ("AF", "AF", "AFG", "004", "AFG"),
        ("SUHH", "SU", "SUN", "810", "SUN"),
        ("GEHH", "GE", "GEL", "296", "GEL"),
        ("RKS", "XK", "XKX", None, "RKS"),
    ],
)
def test_crosswalk_values(code: str, alpha_2: str, alpha_3: str, numeric: str | None, icao: str) -> None:
    assert to_alpha2(code) == alpha_2
    assert to_alpha3(code) == alpha_3
    assert to_icao(code) == icao
    if numeric is None:
        with pytest.raises(MissingCodeFormError):
            to_numeric(code)
    else:
        assert to_numeric(code) == numeric


def test_crosswalk_icao_variant_gives_state() -> None:
    assert to_alpha3("GBD") == "GBR"
    assert to_alpha2("gbn") == "GB"
    assert to_icao("GBD") == "GBD"
    assert to_icao("XXA<") == "XXA"


@pytest.mark.parametrize("code", ["XZ", "XZZ", "", "<<<", "999", "Georgia", "GEOO"])
def test_crosswalk_unknown_code_raises(code: str) -> None:
    for convert in (to_alpha2, to_alpha3, to_numeric, to_icao):
        with pytest.raises(CodeNotFoundError) as caught:
            convert(code)
        assert not isinstance(caught.value, MissingCodeFormError)


def test_crosswalk_missing_form_messages() -> None:
    with pytest.raises(MissingCodeFormError) as caught:
        to_numeric("XK")
    error = caught.value
    assert isinstance(error, CodeNotFoundError)
    assert isinstance(error, LookupError)
    assert isinstance(error, MigstdError)
    assert error.form == "numeric"
    assert error.text == "XK"
    assert "Kosovo" in str(error)
    assert "numeric" in str(error)

    with pytest.raises(MissingCodeFormError, match="FQHH"):
        to_alpha3("FQHH")
    with pytest.raises(MissingCodeFormError, match="organization"):
        to_alpha3("UNO")


def test_crosswalk_rejects_non_string() -> None:
    for convert in (to_alpha2, to_alpha3, to_numeric, to_icao, from_icao, icao_entry):
        with pytest.raises(TypeError):
            convert(268)  # type: ignore[arg-type]


# --- from_icao and icao_entry --------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "country"),
    [
        ("D<<", "DEU"),
        ("D", "DEU"),
        ("d<<", "DEU"),
        ("DEU", "DEU"),
        ("RKS", "XKX"),
        ("GBD", "GBR"),
        ("GBR", "GBR"),
        ("GEO", "GEO"),
        ("UNK", "XKX"),
        ("SUN", "SUN"),
        ("ANT", "ANT"),  # withdrawn, still on documents issued before 2010
    ],
)
def test_from_icao(code: str, country: str) -> None:
    entry = from_icao(code)
    assert isinstance(entry, Country)
    assert entry.code == country


@pytest.mark.parametrize("code", ["GE", "268", "XZ", "SUHH", "FQHH", ""])
def test_from_icao_rejects_non_mrz_codes(code: str) -> None:
    with pytest.raises(CodeNotFoundError):
        from_icao(code)


def test_from_icao_organization_message() -> None:
    with pytest.raises(MissingCodeFormError) as caught:
        from_icao("UNO")
    assert "organization" in str(caught.value)
    assert "icao_entry" in str(caught.value)


def test_icao_entry_variant_and_unknown() -> None:
    assert icao_entry("GBD<").kind == "nationality-variant"
    with pytest.raises(CodeNotFoundError, match="icao_codes"):
        icao_entry("GEO")


# --- field types ----------------------------------------------------------------------------


class _Person(BaseModel):
    model_config = ConfigDict(hide_input_in_errors=True)

    birth_country: CountryCode
    residence: CurrentCountryCode
    nationality: IcaoCode


@pytest.mark.parametrize(("value", "code"), [("SUN", "SUN"), ("SUHH", "SUN"), ("su", "SUN"), ("D", "DEU")])
def test_country_code_accepts_historic(value: str, code: str) -> None:
    assert TypeAdapter(CountryCode).validate_python(value) == code


@pytest.mark.parametrize(("value", "code"), [("GE", "GEO"), ("268", "GEO"), ("XK", "XKX"), ("D", "DEU")])
def test_current_country_code_accepts_current(value: str, code: str) -> None:
    assert TypeAdapter(CurrentCountryCode).validate_python(value) == code


@pytest.mark.parametrize("value", ["SUN", "SUHH", "YUG", "DDR", "CS"])
def test_current_country_code_rejects_retired(value: str) -> None:
    with pytest.raises(PydanticValidationError) as caught:
        TypeAdapter(CurrentCountryCode).validate_python(value)
    error = caught.value.errors()[0]
    assert error["type"] == "current_country_code"
    assert "no longer in force" in error["msg"]
    assert value not in error["msg"]
    assert value not in error["type"]


def test_current_country_code_rejects_unknown_without_value() -> None:
    value = "ZEBULONIA"
    with pytest.raises(PydanticValidationError) as caught:
        _Person(birth_country="GE", residence=value, nationality="GEO")
    error = caught.value
    assert error.errors()[0]["type"] == "current_country_code"
    assert value not in str(error)
    assert value not in error.json(include_input=False)


@pytest.mark.parametrize(
    ("value", "code"),
    [("D<<", "D"), ("D", "D"), ("gbd", "GBD"), ("GEO", "GEO"), ("DEU", "DEU"), ("XXA", "XXA"),
     ("RKS", "RKS"), ("UTO", "UTO"), ("SUN", "SUN"), ("UNO<", "UNO")],
)  # fmt: skip
def test_icao_code_stored_as_printed(value: str, code: str) -> None:
    assert TypeAdapter(IcaoCode).validate_python(value) == code


@pytest.mark.parametrize("value", ["GE", "268", "XZZ", "", "<<<", "Georgia", "01234567891"])
def test_icao_code_rejects(value: str) -> None:
    with pytest.raises(PydanticValidationError) as caught:
        _Person(birth_country="GE", residence="GE", nationality=value)
    error = caught.value
    assert error.errors()[0]["type"] == "icao_code"
    assert error.errors()[0]["loc"] == ("nationality",)
    if value:
        assert value not in str(error)
        assert value not in error.errors()[0]["msg"]


def test_icao_code_rejects_non_string() -> None:
    with pytest.raises(PydanticValidationError) as caught:
        TypeAdapter(IcaoCode).validate_python(268)
    assert caught.value.errors()[0]["type"] == "icao_code"


def test_json_schema_enums_of_country_types() -> None:
    properties = _Person.model_json_schema()["properties"]
    assert "SUN" in properties["birth_country"]["enum"]
    assert "SUN" not in properties["residence"]["enum"]
    assert "GEO" in properties["residence"]["enum"]
    nationality = properties["nationality"]["enum"]
    assert {"D", "GBD", "XXA", "GEO", "RKS"} <= set(nationality)
    assert "GE" not in nationality
