"""Tests of migstd.codelists: countries, sex, the generic CodeList and the pydantic types."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from dataclasses import FrozenInstanceError, dataclass

import pytest
from pydantic import BaseModel, ConfigDict, TypeAdapter
from pydantic import ValidationError as PydanticValidationError

from migstd.codelists import (
    CodeEntry,
    CodeList,
    CodeNotFoundError,
    Country,
    CountryCode,
    ListInfo,
    Sex,
    SexCode,
    countries,
    sex,
)
from migstd.errors import MigstdError, SettingsError

TEST_INFO = ListInfo(title={"en": "test"}, source="test", version="1", licence="test data")

# --- countries: get ---------------------------------------------------------


@pytest.mark.parametrize("code", ["GE", "ge", "GEO", "geo", "Geo", "268", " GE "])
def test_country_get_each_code_form(code: str) -> None:
    entry = countries.get(code)
    assert entry is not None
    assert entry.code == "GEO"


def test_country_fields_of_georgia() -> None:
    georgia = countries.get("GE")
    assert isinstance(georgia, Country)
    assert georgia.alpha_2 == "GE"
    assert georgia.alpha_3 == "GEO"
    assert georgia.numeric == "268"
    assert georgia.iso_assigned is True
    assert "ISO 3166-1" in georgia.source
    assert "pycountry" in georgia.source


def test_country_numeric_keeps_leading_zeros() -> None:
    afghanistan = countries.get("AF")
    assert afghanistan is not None
    assert afghanistan.numeric == "004"
    assert countries.get("004") is afghanistan


def test_country_numeric_without_zeros_not_found() -> None:
    assert countries.get("4") is None


def test_country_get_unknown_returns_default() -> None:
    assert countries.get("XZ") is None
    assert countries.get("") is None
    fallback = countries.get("GE")
    assert countries.get("XZ", fallback) is fallback


def test_country_get_does_not_match_names() -> None:
    assert countries.get("Georgia") is None


def test_country_get_rejects_non_string() -> None:
    with pytest.raises(TypeError):
        countries.get(268)  # type: ignore[arg-type]


# --- countries: Kosovo ------------------------------------------------------


@pytest.mark.parametrize("code", ["XK", "xk", "XKX"])
def test_kosovo_user_assigned_codes(code: str) -> None:
    kosovo = countries.get(code)
    assert kosovo is not None
    assert kosovo.code == "XKX"
    assert kosovo.alpha_2 == "XK"
    assert kosovo.numeric == ""
    assert kosovo.iso_assigned is False
    assert kosovo.source.startswith("user-assigned")


def test_kosovo_labels_and_lookup() -> None:
    assert countries.label("XK") == "Kosovo"
    assert countries.label("XK", lang="ka") == "კოსოვო"
    assert countries.lookup("Kosovo").code == "XKX"
    assert countries.lookup("კოსოვო").code == "XKX"


def test_countries_cover_iso_lists_plus_kosovo() -> None:
    import pycountry

    expected = len(pycountry.countries) + len(pycountry.historic_countries) + 1
    assert len(countries) == expected
    assert "XKX" in countries.codes()


def test_countries_sorted_by_code() -> None:
    codes = countries.codes()
    assert list(codes) == sorted(codes)


def test_country_entries_are_iso_assigned_except_kosovo() -> None:
    not_iso = [entry.code for entry in countries if not entry.iso_assigned]
    assert not_iso == ["XKX"]


# --- countries: lookup ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Georgia",
        "GEORGIA",
        "  georgia ",
        "GE",
        "geo",
        "268",
        "საქართველო",
        "ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ",  # Mtavruli capitals
    ],
)
def test_country_lookup_finds_georgia(text: str) -> None:
    assert countries.lookup(text).code == "GEO"


def test_country_lookup_not_south_georgia() -> None:
    south_georgia = countries.lookup("South Georgia and the South Sandwich Islands")
    assert south_georgia.code == "SGS"
    assert countries.lookup("Georgia").code != "SGS"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("Federal Republic of Germany", "DEU"),  # official name, an alias
        ("Germany", "DEU"),
        ("გერმანია", "DEU"),
        ("Taiwan", "TWN"),  # common name, an alias
        ("Russian Federation", "RUS"),
        ("Türkiye", "TUR"),
    ],
)
def test_country_lookup_names_and_aliases(text: str, code: str) -> None:
    assert countries.lookup(text).code == code


def test_country_lookup_georgian_official_name() -> None:
    germany = countries.lookup("DE")
    georgian_aliases = [alias for alias in germany.aliases if not alias.isascii()]
    assert georgian_aliases, "expected the Georgian official name among the aliases"
    assert countries.lookup(georgian_aliases[0]).code == "DEU"


def test_country_lookup_error_names_list_and_text() -> None:
    with pytest.raises(CodeNotFoundError) as caught:
        countries.lookup("Atlantis")
    message = str(caught.value)
    assert "'Atlantis'" in message
    assert "countries" in message
    assert caught.value.codelist == "countries"
    assert caught.value.text == "Atlantis"


def test_lookup_error_is_lookup_and_migstd_error() -> None:
    with pytest.raises(LookupError):
        countries.lookup("XZ")
    with pytest.raises(MigstdError):
        countries.lookup("XZ")


def test_lookup_error_quote_is_shortened() -> None:
    with pytest.raises(CodeNotFoundError) as caught:
        countries.lookup("x" * 500)
    assert len(str(caught.value)) < 200


def test_country_lookup_rejects_non_string() -> None:
    with pytest.raises(TypeError):
        countries.lookup(None)  # type: ignore[arg-type]


# --- countries: labels ------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "english", "georgian"),
    [
        ("GE", "Georgia", "საქართველო"),
        ("DE", "Germany", "გერმანია"),
        ("GEO", "Georgia", "საქართველო"),
    ],
)
def test_country_labels_both_languages(code: str, english: str, georgian: str) -> None:
    assert countries.label(code) == english
    assert countries.label(code, lang="en") == english
    assert countries.label(code, lang="ka") == georgian


def test_country_labels_mapping() -> None:
    georgia = countries.lookup("GE")
    assert dict(georgia.labels) == {"en": "Georgia", "ka": "საქართველო", "ru": "Грузия"}


def test_georgian_labels_are_georgian_script() -> None:
    for entry in countries:
        georgian = entry.labels.get("ka")
        if georgian is not None:
            assert any("\u10d0" <= char <= "\u10ff" for char in georgian), entry.code


def test_label_unknown_code_raises() -> None:
    with pytest.raises(CodeNotFoundError, match="'XZ'"):
        countries.label("XZ")


def test_label_unknown_language_raises() -> None:
    with pytest.raises(SettingsError, match="'fr'"):
        countries.label("GE", lang="fr")


def test_label_falls_back_to_english() -> None:
    entries = [Sex(code="1", icao="M", labels={"en": "male"}, source="test")]
    plain = CodeList("plain", lambda: (TEST_INFO, entries))
    assert plain.label("1", lang="ka") == "male"


# --- container protocol -----------------------------------------------------


def test_contains_checks_codes_only() -> None:
    assert "GE" in countries
    assert "geo" in countries
    assert "XZ" not in countries
    assert "Georgia" not in countries
    assert 268 not in countries


def test_iteration_yields_typed_entries() -> None:
    entries = list(countries)
    assert len(entries) == len(countries)
    assert all(isinstance(entry, Country) for entry in entries)


def test_entries_are_frozen() -> None:
    georgia = countries.lookup("GE")
    with pytest.raises(FrozenInstanceError):
        georgia.code = "XXX"  # type: ignore[misc]
    with pytest.raises(TypeError):
        georgia.labels["en"] = "Sakartvelo"  # type: ignore[index]


def test_entries_are_hashable() -> None:
    assert len({countries.lookup("GE"), countries.lookup("GEO")}) == 1


# --- sex --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0", "0"),
        ("1", "1"),
        ("2", "2"),
        ("9", "9"),
        ("M", "1"),
        ("m", "1"),
        ("F", "2"),
        ("f", "2"),
        ("X", "0"),
        ("x", "0"),
        ("male", "1"),
        ("MALE", "1"),
        ("female", "2"),
        ("not known", "0"),
        ("not applicable", "9"),
        ("მამრობითი", "1"),
        ("მდედრობითი", "2"),
        ("კაცი", "1"),
        ("ქალი", "2"),
        ("ᲥᲐᲚᲘ", "2"),  # Mtavruli capitals
        ("უცნობი", "0"),
        ("არ ვრცელდება", "9"),
    ],
)
def test_sex_lookup(text: str, code: str) -> None:
    assert sex.lookup(text).code == code


@pytest.mark.parametrize(("code", "icao"), [("0", "X"), ("1", "M"), ("2", "F"), ("9", "X")])
def test_sex_icao_letters(code: str, icao: str) -> None:
    entry = sex.get(code)
    assert entry is not None
    assert entry.icao == icao


def test_sex_get_accepts_icao_letters() -> None:
    assert sex.get("f") is sex.get("2")
    assert sex.get("X") is sex.get("0")
    assert sex.get("male") is None


def test_sex_codes_and_labels() -> None:
    assert sex.codes() == ("0", "1", "2", "9")
    assert sex.label("1") == "male"
    assert sex.label("2", lang="ka") == "მდედრობითი"
    assert sex.label("9", lang="ka") == "არ ვრცელდება"


def test_sex_sources_name_both_standards() -> None:
    for entry in sex:
        assert "ISO/IEC 5218" in entry.source
        assert "ICAO Doc 9303" in entry.source


@pytest.mark.parametrize("text", ["3", "U", "unknown gender", "man?", ""])
def test_sex_lookup_unknown(text: str) -> None:
    with pytest.raises(CodeNotFoundError, match="sex"):
        sex.lookup(text)


# --- the generic CodeList ---------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Colour(CodeEntry):
    hex_code: str

    def alternative_codes(self) -> tuple[str, ...]:
        return (self.hex_code,)


def test_codelist_loads_lazily_once() -> None:
    calls = []

    def load() -> tuple[ListInfo, list[_Colour]]:
        calls.append(1)
        return TEST_INFO, [_Colour(code="R", hex_code="#F00", labels={"en": "red"}, source="test")]

    colours = CodeList("colours", load)
    assert not colours.is_loaded
    assert "not loaded" in repr(colours)

    assert colours.lookup("red").code == "R"
    assert colours.get("#f00") is colours.get("R")
    assert len(colours) == 1
    assert colours.is_loaded
    assert calls == [1]


def test_codelist_concurrent_first_use_loads_once() -> None:
    calls = []
    threads_count = 8
    barrier = threading.Barrier(threads_count)

    def slow_load() -> tuple[ListInfo, list[_Colour]]:
        calls.append(1)
        time.sleep(0.05)  # long enough for the other threads to arrive
        return TEST_INFO, [_Colour(code="G", hex_code="#0F0", labels={"en": "green"}, source="test")]

    colours = CodeList("colours", slow_load)
    results: list[str] = []
    errors: list[BaseException] = []

    def use() -> None:
        barrier.wait()
        try:
            results.append(colours.lookup("green").code)
        except BaseException as error:  # collected so the assertion below reports it
            errors.append(error)

    threads = [threading.Thread(target=use) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert results == ["G"] * threads_count
    assert calls == [1]


def test_codelist_failed_load_retries() -> None:
    attempts = []

    def flaky() -> tuple[ListInfo, list[_Colour]]:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("data file missing")
        return TEST_INFO, [_Colour(code="B", hex_code="#00F", labels={"en": "blue"}, source="test")]

    colours = CodeList("colours", flaky)
    with pytest.raises(OSError):
        colours.codes()
    assert colours.codes() == ("B",)


def test_codelist_duplicate_code_raises() -> None:
    entries = [
        _Colour(code="R", hex_code="#F00", labels={"en": "red"}, source="test"),
        _Colour(code="r", hex_code="#E00", labels={"en": "scarlet"}, source="test"),
    ]
    colours = CodeList("colours", lambda: (TEST_INFO, entries))
    with pytest.raises(MigstdError, match="twice"):
        colours.codes()


def test_codelist_code_beats_label_of_other_entry() -> None:
    entries = [
        _Colour(code="R", hex_code="#F00", labels={"en": "red"}, source="test"),
        _Colour(code="X", hex_code="#000", labels={"en": "r"}, source="test"),
    ]
    colours = CodeList("colours", lambda: (TEST_INFO, entries))
    assert colours.lookup("r").code == "R"
    assert colours.lookup("#000").code == "X"


def test_import_reads_no_country_data() -> None:
    script = (
        "import sys, migstd.codelists, migstd.models\n"
        "assert 'pycountry' not in sys.modules, 'pycountry imported'\n"
        "assert not migstd.codelists.countries.is_loaded\n"
        "migstd.codelists.countries.get('GE')\n"
        "assert migstd.codelists.countries.is_loaded\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


# --- pydantic types ---------------------------------------------------------


class _Traveller(BaseModel):
    country: CountryCode
    sex: SexCode


@pytest.mark.parametrize(
    ("value", "code"),
    [("GE", "GEO"), ("ge", "GEO"), ("GEO", "GEO"), ("268", "GEO"), ("XK", "XKX"), ("de", "DEU")],
)
def test_country_code_normalizes_to_alpha_3(value: str, code: str) -> None:
    assert TypeAdapter(CountryCode).validate_python(value) == code


@pytest.mark.parametrize(("value", "code"), [("1", "1"), ("M", "1"), ("f", "2"), ("X", "0")])
def test_sex_code_normalizes_to_iso_digit(value: str, code: str) -> None:
    assert TypeAdapter(SexCode).validate_python(value) == code


@pytest.mark.parametrize("value", ["XZ", "Georgia", "", "GE0"])
def test_country_code_rejects_unknown(value: str) -> None:
    with pytest.raises(PydanticValidationError) as caught:
        _Traveller(country=value, sex="1")
    error = caught.value.errors()[0]
    assert error["type"] == "country_code"
    assert error["loc"] == ("country",)
    assert repr(value) not in error["msg"]
    assert "'countries' code list" in error["msg"]
    assert "alpha-3" in error["msg"]


@pytest.mark.parametrize("value", [268, 1, None, 2.0, b"GE"])
def test_codes_reject_non_strings(value: object) -> None:
    with pytest.raises(PydanticValidationError) as caught:
        _Traveller.model_validate({"country": value, "sex": value})
    types = {(error["loc"], error["type"]) for error in caught.value.errors()}
    assert types == {(("country",), "country_code"), (("sex",), "sex_code")}


def test_sex_code_rejects_word() -> None:
    with pytest.raises(PydanticValidationError) as caught:
        _Traveller(country="GE", sex="female")
    assert caught.value.errors()[0]["type"] == "sex_code"


class _HiddenTraveller(BaseModel):
    model_config = ConfigDict(hide_input_in_errors=True)

    country: CountryCode
    sex: SexCode


# Personal values that a shifted input column puts into a code field. All synthetic.
_SHIFTED_VALUES = ["ZEBULONIA", "ქვარცხავა", "01234567891", "1977-11-29"]


@pytest.mark.parametrize("value", _SHIFTED_VALUES)
def test_code_errors_omit_shifted_value(value: str) -> None:
    with pytest.raises(PydanticValidationError) as caught:
        _HiddenTraveller(country=value, sex=value)
    error = caught.value

    assert [(item["loc"], item["type"]) for item in error.errors()] == [
        (("country",), "country_code"),
        (("sex",), "sex_code"),
    ]
    # pydantic's errors() and json() list the input unless include_input=False, so that is passed.
    texts = [
        str(error),
        repr(error),
        str(error.errors(include_input=False)),
        error.json(include_input=False),
        str(error.args),
    ]
    for text in texts:
        assert value not in text
        assert value[:4] not in text


@pytest.mark.parametrize("value", _SHIFTED_VALUES)
def test_code_error_context_names_list_only(value: str) -> None:
    with pytest.raises(PydanticValidationError) as caught:
        _Traveller(country=value, sex="1")
    error = caught.value.errors()[0]

    assert error["ctx"] == {
        "list": "countries",
        "forms": "ISO 3166-1 alpha-2, alpha-3 and numeric codes, ISO 3166-3 codes and ICAO codes of states",
    }
    assert value not in error["msg"]


def test_sex_code_error_names_list_and_forms() -> None:
    with pytest.raises(PydanticValidationError) as caught:
        _Traveller(country="GE", sex="ZEBULONIA")
    message = caught.value.errors()[0]["msg"]
    assert message == (
        "code is not in the 'sex' code list, which accepts ISO/IEC 5218 digits and the ICAO letters M, F, X"
    )


def test_codes_from_json() -> None:
    traveller = _Traveller.model_validate_json('{"country": "ge", "sex": "F"}')
    assert traveller.country == "GEO"
    assert traveller.sex == "2"
    assert traveller.model_dump_json() == '{"country":"GEO","sex":"2"}'


def test_json_schema_enums() -> None:
    properties = _Traveller.model_json_schema()["properties"]
    assert properties["sex"]["type"] == "string"
    assert properties["sex"]["enum"] == ["0", "1", "2", "9"]
    country = properties["country"]
    assert country["type"] == "string"
    assert country["enum"] == list(countries.codes())
    assert "GEO" in country["enum"]
    assert "XKX" in country["enum"]
    assert "GE" not in country["enum"]


def test_json_schema_enums_in_serialization_mode() -> None:
    schema = _Traveller.model_json_schema(mode="serialization")
    assert schema["properties"]["sex"]["enum"] == ["0", "1", "2", "9"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "RUS"),
        ("რუსეთი", "RUS"),
        ("რუსეთის ფედერაცია", "RUS"),
        ("რუსეთის ფედრაცია", "RUS"),
        ("Turkey", "TUR"),
        ("UK", "GBR"),
        ("Great Britain", "GBR"),
        ("America", "USA"),
        ("აშშ", "USA"),
    ],
)
def test_country_everyday_names(text: str, code: str) -> None:
    assert countries.lookup(text).code == code


def test_country_corrected_georgian_label() -> None:
    assert countries.label("RUS", lang="ka") == "რუსეთის ფედერაცია"
