"""Tests of migstd.models: PartialDate, PersonName and Person.

All people here are synthetic.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migstd.errors import SettingsError, ValidationError
from migstd.models import MAX_YEAR, MIN_YEAR, PartialDate, Person, PersonName
from migstd.script import Script


def _person(**fields: Any) -> Person:
    fields.setdefault("names", [{"given_names": "Nino", "family_names": "Beridze"}])
    return Person(**fields)


def _rules(error: ValidationError) -> list[tuple[str, str]]:
    return [(".".join(map(str, item["loc"])), item["type"]) for item in error.errors()]


# --- PartialDate: accepted values -------------------------------------------


@pytest.mark.parametrize(
    ("value", "iso", "precision"),
    [
        (datetime.date(1985, 3, 12), "1985-03-12", "day"),
        ("1985-03-12", "1985-03-12", "day"),
        ("1985-03", "1985-03", "month"),
        ("1985", "1985", "year"),
        ("1985-03-00", "1985-03", "month"),  # zero day means unknown
        ("1985-00-00", "1985", "year"),
        ("1985-00", "1985", "year"),
        (" 1985-03-12 ", "1985-03-12", "day"),
        ("2000-02-29", "2000-02-29", "day"),  # leap year
        (f"{MIN_YEAR}", "1800", "year"),
        (f"{MAX_YEAR}-12-31", "2200-12-31", "day"),
        ({"year": 1985, "month": 3}, "1985-03", "month"),
        ({"year": 1985, "month": 3, "day": 12}, "1985-03-12", "day"),
        ({"year": 1985, "month": None, "day": None}, "1985", "year"),
        (PartialDate(1985, 3, 12), "1985-03-12", "day"),
    ],
)
def test_partial_date_accepts(value: object, iso: str, precision: str) -> None:
    birth_date = _person(birth_date=value).birth_date
    assert birth_date is not None
    assert birth_date.isoformat() == iso
    assert birth_date.precision == precision


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        # A datetime is rejected even at midnight, and so are ISO timestamps.
        (datetime.datetime(1990, 3, 14, 0, 0), "date_type"),
        (datetime.datetime(1990, 3, 14, 13, 45), "date_type"),
        ("1990-03-14T00:00:00", "date_format"),
        ("1990-03-14T13:45:00", "date_format"),
        ("1990-03-14 00:00", "date_format"),
        # Numbers and compact digit strings are never Unix timestamps.
        (19850312, "date_type"),
        (0, "date_type"),
        (1985, "date_type"),
        (1985.0, "date_type"),
        (True, "date_type"),
        ("19850312", "date_format"),
        ("1985_03_12", "date_format"),
        ("13_18", "date_format"),
        # Day-first and month-first strings are ambiguous without a declared format.
        ("12.07.1991", "date_format"),
        ("13.07.1991", "date_format"),
        ("07/12/1991", "date_format"),
        ("1985/03/12", "date_format"),
        ("1985-3-12", "date_format"),
        ("85-03-12", "date_format"),
        ("", "date_format"),
        ("١٩٨٥-٠٣-١٢", "date_format"),  # Arabic-Indic digits
        # Impossible dates.
        ("1985-02-30", "date_invalid"),
        ("1900-02-29", "date_invalid"),
        ("1985-13", "date_invalid"),
        ("1985-13-01", "date_invalid"),
        ("1985-04-31", "date_invalid"),
        ("1985-00-12", "date_invalid"),  # day without month
        # Years outside the supported range.
        ("1799", "date_year_range"),
        ("2201-01-01", "date_year_range"),
        ("0985-03-12", "date_year_range"),
        # Dicts must hold integer parts under the known keys.
        ({"year": "1985"}, "date_type"),
        ({"month": 3}, "date_type"),
        ({"year": 1985, "hour": 1}, "date_type"),
        ({"year": 1985, "day": 3}, "date_invalid"),
        ({"year": 1985, "month": True}, "date_type"),
        ([1985, 3, 12], "date_type"),
    ],
)
def test_partial_date_rejects(value: object, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _person(birth_date=value)
    assert caught.value.field == "birth_date"
    assert caught.value.rule == rule


def test_partial_date_none_allowed() -> None:
    assert _person(birth_date=None).birth_date is None
    assert _person().birth_date is None


# --- PartialDate: parse with a declared format ------------------------------


@pytest.mark.parametrize(
    ("text", "date_format", "iso"),
    [
        ("12.07.1991", "DD.MM.YYYY", "1991-07-12"),
        ("13.07.1991", "DD.MM.YYYY", "1991-07-13"),
        ("07/12/1991", "MM/DD/YYYY", "1991-07-12"),
        ("12/07/1991", "DD/MM/YYYY", "1991-07-12"),
        ("19850312", "YYYYMMDD", "1985-03-12"),
        ("1985.03.12", "YYYY.MM.DD", "1985-03-12"),
        ("12 07 1991", "DD MM YYYY", "1991-07-12"),
        ("03.1985", "MM.YYYY", "1985-03"),
        ("00.03.1985", "DD.MM.YYYY", "1985-03"),
        ("00.00.1985", "DD.MM.YYYY", "1985"),
        ("1985", "YYYY", "1985"),
        ("1985-03-12", None, "1985-03-12"),
    ],
)
def test_parse_declared_format(text: str, date_format: str | None, iso: str) -> None:
    assert PartialDate.parse(text, format=date_format).isoformat() == iso


@pytest.mark.parametrize(
    ("text", "date_format", "rule"),
    [
        ("1991-07-12", "DD.MM.YYYY", "date_format"),
        ("12.7.1991", "DD.MM.YYYY", "date_format"),
        ("13/07/1991", "MM/DD/YYYY", "date_invalid"),  # no silent switch to day-first
        ("19850230", "YYYYMMDD", "date_invalid"),
        ("12.07.1991", None, "date_format"),
    ],
)
def test_parse_declared_format_rejects(text: str, date_format: str | None, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse(text, format=date_format)
    assert caught.value.rule == rule


def test_parse_error_omits_text() -> None:
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse("31.02.1991", format="DD.MM.YYYY")
    assert "31.02.1991" not in str(caught.value)
    assert "1991" not in str(caught.value)


@pytest.mark.parametrize("date_format", ["DD.MM.YY", "%d.%m.%Y", "YYYY-MM-MM", "DD.YYYY", "MM.DD", ""])
def test_parse_invalid_format_raises(date_format: str) -> None:
    with pytest.raises(SettingsError):
        PartialDate.parse("12.07.1991", format=date_format)


def test_parse_rejects_non_string() -> None:
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse(19850312)  # type: ignore[arg-type]
    assert caught.value.rule == "date_type"


# --- PartialDate: behaviour -------------------------------------------------


@pytest.mark.parametrize(
    ("date", "iso"),
    [
        (PartialDate(1985), "1985"),
        (PartialDate(1985, 3), "1985-03"),
        (PartialDate(1985, 3, 2), "1985-03-02"),
    ],
)
def test_isoformat_keeps_precision(date: PartialDate, iso: str) -> None:
    assert date.isoformat() == iso
    assert str(date) == iso


def test_constructor_validates() -> None:
    with pytest.raises(ValidationError, match="day does not exist"):
        PartialDate(1985, 2, 30)
    with pytest.raises(ValidationError):
        PartialDate("1985")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        PartialDate(1985, None, 3)


def test_equality_needs_same_precision() -> None:
    assert PartialDate(1985, 3) == PartialDate(1985, 3)
    assert PartialDate(1985, 3) != PartialDate(1985, 3, 1)
    assert PartialDate(1985) != PartialDate(1985, 1)
    assert PartialDate(1985, 3, 12) != datetime.date(1985, 3, 12)
    assert hash(PartialDate(1985, 3)) == hash(PartialDate(1985, 3))


def test_ordering_sorts_coarse_first() -> None:
    dates = [PartialDate(1985, 1, 1), PartialDate(1985), PartialDate(1984, 12, 31), PartialDate(1985, 1)]
    assert sorted(dates) == [
        PartialDate(1984, 12, 31),
        PartialDate(1985),
        PartialDate(1985, 1),
        PartialDate(1985, 1, 1),
    ]
    assert PartialDate(1985, 2) > PartialDate(1985, 1, 31)
    assert PartialDate(1985) <= PartialDate(1985)


def test_ordering_with_other_types_raises() -> None:
    with pytest.raises(TypeError):
        _ = PartialDate(1985) < datetime.date(1985, 1, 1)  # type: ignore[operator]


def test_to_date_needs_full_precision() -> None:
    assert PartialDate(1985, 3, 12).to_date() == datetime.date(1985, 3, 12)
    with pytest.raises(ValidationError) as caught:
        PartialDate(1985, 3).to_date()
    assert caught.value.rule == "date_precision"


def test_partial_date_is_immutable() -> None:
    date = PartialDate(1985, 3)
    with pytest.raises(AttributeError):
        date.year = 1986  # type: ignore[misc]


@pytest.mark.parametrize("value", ["1985", "1985-03", "1985-03-12"])
def test_json_round_trip_keeps_precision(value: str) -> None:
    person = _person(birth_date=value)
    dumped = json.loads(person.model_dump_json())
    assert dumped["birth_date"] == value
    assert Person.model_validate_json(person.model_dump_json()) == person


def test_python_dump_keeps_partial_date() -> None:
    person = _person(birth_date="1985-03")
    assert person.model_dump()["birth_date"] == PartialDate(1985, 3)


def test_json_schema_pattern_matches_isoformat() -> None:
    schema = Person.model_json_schema()
    options = schema["properties"]["birth_date"]["anyOf"]
    string_schema = next(option for option in options if option.get("type") == "string")
    pattern = re.compile(string_schema["pattern"])
    for date in (PartialDate(1985), PartialDate(1985, 3), PartialDate(1985, 3, 12)):
        assert pattern.fullmatch(date.isoformat())
    assert not pattern.fullmatch("12.07.1991")


# --- PersonName -------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "family", "script"),
    [
        ("ნინო", "ბერიძე", Script.MKHEDRULI),
        ("Nino", "Beridze", Script.LATIN),
        ("ᲜᲘᲜᲝ", "ᲑᲔᲠᲘᲫᲔ", Script.MTAVRULI),
        ("Нино", "Беридзе", Script.CYRILLIC),
        ("Nino", "ბერიძე", Script.MIXED),
    ],
)
def test_name_script_detected(given: str, family: str, script: Script) -> None:
    name = PersonName(given_names=given, family_names=family)
    assert name.script == script


def test_name_script_given_consistent() -> None:
    name = PersonName(given_names="Nino", family_names="Beridze", script="latin")
    assert name.script == Script.LATIN


def test_name_script_given_inconsistent() -> None:
    with pytest.raises(ValidationError) as caught:
        PersonName(given_names="ნინო", family_names="ბერიძე", script="latin")
    assert caught.value.rule == "name_script"
    assert "mkhedruli" in str(caught.value)


def test_name_script_includes_patronymic() -> None:
    name = PersonName(given_names="Nino", family_names="Beridze", patronymic="გიორგის")
    assert name.script == Script.MIXED


def test_name_string_split_on_whitespace() -> None:
    name = PersonName(given_names="  Nino   Ana ", family_names="Beridze-Kapanadze")
    assert name.given_names == ("Nino", "Ana")
    assert name.family_names == ("Beridze-Kapanadze",)


def test_name_tuple_parts_kept() -> None:
    name = PersonName(given_names=["María José"], family_names=("García", "López"))
    assert name.given_names == ("María José",)
    assert name.family_names == ("García", "López")


def test_name_parts_stripped_and_nfc() -> None:
    name = PersonName(given_names=[" Jose\u0301 "], family_names=[])
    assert name.given_names == ("José",)


def test_name_family_names_optional() -> None:
    name = PersonName(given_names="Nino")
    assert name.family_names == ()
    assert name.patronymic is None
    assert name.use == "official"


def test_name_round_trip_through_json() -> None:
    name = PersonName(given_names="ნინო", family_names="ბერიძე", patronymic="გიორგის")
    assert PersonName.model_validate_json(name.model_dump_json()) == name


@pytest.mark.parametrize(
    ("fields", "loc", "rule"),
    [
        ({"given_names": ""}, "given_names", "given_names_missing"),
        ({"given_names": []}, "given_names", "given_names_missing"),
        ({"given_names": ["Nino", " "]}, "given_names.1", "name_part_empty"),
        ({"given_names": "Nino7"}, "given_names.0", "name_part_digit"),
        ({"given_names": "Nino\u00b2"}, "given_names.0", "name_part_digit"),
        ({"given_names": ["Ni\nno"]}, "given_names.0", "name_part_control_character"),
        ({"given_names": ["Ni\u200dno"]}, "given_names.0", "name_part_control_character"),
        ({"given_names": ["Nino\u202e"]}, "given_names.0", "name_part_control_character"),
        ({"given_names": ["N" * 101]}, "given_names.0", "name_part_too_long"),
        ({"given_names": [7]}, "given_names.0", "string_type"),
        ({"given_names": "Nino", "patronymic": "3"}, "patronymic", "name_part_digit"),
        ({"given_names": ["N1NO"]}, "given_names.0", "name_part_digit"),
        ({"given_names": ["0"]}, "given_names.0", "name_part_digit"),
        ({"given_names": ["Nino\ud800"]}, "given_names.0", "name_part_characters"),
        ({"given_names": ["\udc00"]}, "given_names.0", "name_part_characters"),
        ({"given_names": ["Ni\udfffno7"]}, "given_names.0", "name_part_characters"),
        (
            {"given_names": "Nino", "family_names": ["Beridze\udbff"]},
            "family_names.0",
            "name_part_characters",
        ),
        ({"given_names": "Nino", "patronymic": "\ud83dGiorgis"}, "patronymic", "name_part_characters"),
        ({"given_names": ["---"]}, "given_names.0", "name_part_letters"),
        ({"given_names": ["."]}, "given_names.0", "name_part_letters"),
        ({"given_names": ["\u00bd"]}, "given_names.0", "name_part_letters"),
        ({"given_names": "Nino", "family_names": "Beridze -"}, "family_names.1", "name_part_letters"),
        ({"given_names": "Nino", "patronymic": "'"}, "patronymic", "name_part_letters"),
        ({"given_names": "Nino", "use": "usual"}, "use", "literal_error"),
        ({"given_names": "ნინო", "romanization": "passport"}, "", "name_romanization"),
        ({"given_names": "Nino", "romanization": "pinyin"}, "romanization", "literal_error"),
        ({"given_names": "Nino", "valid_from": "2001", "valid_to": "2000-12"}, "valid_to", "name_validity"),
        ({"given_names": "Nino", "script": "klingon"}, "script", "enum"),
        ({"given_names": "Nino", "nickname": "Ninuka"}, "nickname", "extra_forbidden"),
    ],
)
def test_name_rejects(fields: dict[str, Any], loc: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PersonName(**fields)
    assert _rules(caught.value) == [(loc, rule)]


def test_name_part_of_100_characters_accepted() -> None:
    assert PersonName(given_names=["N" * 100]).given_names == ("N" * 100,)


@pytest.mark.parametrize("part", ["O'Brien", "Jean-Pierre", "ʻOla", "ნინო-მარიამი", "Ñandú", "İlknur"])
def test_name_part_punctuation_accepted(part: str) -> None:
    assert PersonName(given_names=[part]).given_names == (part,)


def test_name_surrogate_from_json_loads_rejected() -> None:
    # json.loads turns a lone "\ud800" escape into a surrogate, but pydantic's own JSON parser rejects it.
    data = json.loads('{"names": [{"given_names": "Nino\\ud800", "family_names": "Beridze"}]}')
    with pytest.raises(ValidationError) as caught:
        Person.model_validate(data)
    assert _rules(caught.value) == [("names.0.given_names.0", "name_part_characters")]


@pytest.mark.parametrize("part", ["Nino\ud800", "---", "\u00bd"])
def test_name_part_errors_omit_value(part: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PersonName(given_names=[part])
    error = caught.value
    for text in (str(error), repr(error), str(error.errors()), error.json(), str(error.args)):
        assert part not in text
    assert "name part" in error.errors()[0]["msg"]


# Letters, other characters and surrogates in about equal shares. A list joined
# into a string is used because st.text() seldom draws surrogates.
_NAME_CHARACTERS = st.one_of(
    st.characters(categories=["L"]),
    st.characters(categories=["M", "N", "P", "S", "Z", "Cc", "Cf"]),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
)


@settings(max_examples=200, deadline=None)
@given(part=st.lists(_NAME_CHARACTERS, max_size=12).map("".join))
def test_accepted_name_part_encodes(part: str) -> None:
    try:
        name = PersonName(given_names=[part])
    except ValidationError:
        return
    (accepted,) = name.given_names
    assert any(char.isalpha() for char in accepted)
    accepted.encode("utf-8")
    assert PersonName.model_validate_json(name.model_dump_json()) == name


# --- Person -----------------------------------------------------------------


def test_person_with_georgian_and_latin_names() -> None:
    person = Person(
        names=[
            {"given_names": "ნინო", "family_names": "ბერიძე"},
            {"given_names": "NINO", "family_names": "BERIDZE", "use": "passport"},
        ],
        birth_date="1985-03-12",
        sex="F",
        citizenships=["GE"],
    )
    assert [name.script for name in person.names] == [Script.MKHEDRULI, Script.LATIN]
    assert person.given_name == "ნინო"
    assert person.family_name == "ბერიძე"


def test_person_name_properties_use_first_official() -> None:
    person = Person(
        names=[
            {"given_names": "NINO", "family_names": "BERIDZE", "use": "passport"},
            {"given_names": "Nino Ana", "family_names": "Beridze Kapanadze"},
        ]
    )
    assert person.given_name == "Nino Ana"
    assert person.family_name == "Beridze Kapanadze"


def test_person_name_properties_without_official() -> None:
    person = Person(names=[{"given_names": "Nino", "family_names": "Beridze", "use": "alias"}])
    assert person.given_name == "Nino"
    assert person.family_name == "Beridze"


def test_person_requires_a_name() -> None:
    with pytest.raises(ValidationError) as caught:
        Person(names=[])
    assert _rules(caught.value) == [("names", "names_missing")]
    with pytest.raises(ValidationError) as caught:
        Person()
    assert _rules(caught.value) == [("names", "missing")]


def test_person_nested_name_error_location() -> None:
    with pytest.raises(ValidationError) as caught:
        _person(names=[{"given_names": "Nino"}, {"given_names": "Nino2"}])
    assert _rules(caught.value) == [("names.1.given_names.0", "name_part_digit")]


@pytest.mark.parametrize(
    ("citizenships", "expected"),
    [
        (["GE"], ("GEO",)),
        (["GE", "GEO", "ge", "268"], ("GEO",)),
        (["DE", "GE", "DEU"], ("DEU", "GEO")),
        (["XK"], ("XKX",)),
        ([{"country": "GE", "acquisition_mode": "BIRTH"}, "GE"], ("GEO", "GEO")),
        ([], ()),
    ],
)
def test_citizenships_deduplicated(citizenships: list[Any], expected: tuple[str, ...]) -> None:
    person = _person(citizenships=citizenships)
    assert tuple(citizenship.country for citizenship in person.citizenships) == expected


def test_citizenship_unknown_code() -> None:
    with pytest.raises(ValidationError) as caught:
        _person(citizenships=["GE", "XZ"])
    assert _rules(caught.value) == [("citizenships.1.country", "country_code")]
    assert "'XZ'" not in str(caught.value)
    assert "'countries' code list" in str(caught.value)


@pytest.mark.parametrize(("value", "code"), [("1", "1"), ("M", "1"), ("f", "2"), ("X", "0"), (None, None)])
def test_person_sex(value: str | None, code: str | None) -> None:
    assert _person(sex=value).sex == code


def test_person_sex_int_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        _person(sex=1)
    assert _rules(caught.value) == [("sex", "sex_code")]


def _personal_number(value: object) -> list[dict[str, object]]:
    return [{"scheme": "GE_PERSONAL_NUMBER", "value": value}]


def test_personal_number_leading_zero_kept() -> None:
    assert _person(identifiers=_personal_number("01024059317")).personal_number == "01024059317"


def test_personal_number_property_reads_first() -> None:
    identifiers = [
        {"scheme": "TAX_ID", "issuing_country": "DE", "value": "86095742719"},
        *_personal_number("01024059317"),
        *_personal_number("01024059318"),
    ]
    person = _person(identifiers=identifiers)
    assert person.personal_number == "01024059317"
    assert _person().personal_number is None


@pytest.mark.parametrize("strict", [False, True])
def test_personal_number_int_rejected(strict: bool) -> None:
    data = {
        "names": (PersonName(given_names="Nino"),),
        "identifiers": ({"scheme": "GE_PERSONAL_NUMBER", "value": 1024059317},),
    }
    with pytest.raises(ValidationError) as caught:
        Person.model_validate(data, strict=strict)
    assert _rules(caught.value) == [("identifiers.0.value", "string_type")]


def test_personal_number_json_number_rejected() -> None:
    document = (
        '{"names": [{"given_names": "Nino"}], '
        '"identifiers": [{"scheme": "GE_PERSONAL_NUMBER", "value": 1024059317}]}'
    )
    with pytest.raises(ValidationError) as caught:
        Person.model_validate_json(document)
    assert _rules(caught.value) == [("identifiers.0.value", "string_type")]


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("1024059317", "personal_number_invalid_length"),
        ("010240593171", "personal_number_invalid_length"),
        ("0102405931X", "personal_number_invalid_format"),
        ("０１０２４０５９３１７", "personal_number_invalid_format"),
        ("", "personal_number_invalid_length"),
    ],
)
def test_personal_number_format(value: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _person(identifiers=_personal_number(value))
    assert _rules(caught.value) == [("identifiers.0.value", rule)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("15BB12345", "15BB12345"), ("ab 12 34", "AB1234"), ("0001", "0001"), ("A" * 20, "A" * 20)],
)
def test_document_number_normalized(value: str, expected: str) -> None:
    assert _person(documents=[{"number": value}]).document_number == expected


@pytest.mark.parametrize("value", ["AB#12", "", "   ", "A" * 21, "აბ12"])
def test_document_number_format(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _person(documents=[{"number": value}])
    assert _rules(caught.value) == [("documents.0.number", "document_number_format")]


@pytest.mark.parametrize("value", [17, 1024059317, 17.0])
def test_document_number_int_rejected(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        _person(documents=[{"number": value}])
    assert _rules(caught.value) == [("documents.0.number", "string_type")]


def test_person_is_frozen() -> None:
    person = _person()
    with pytest.raises(ValidationError) as caught:
        person.sex = "1"
    assert caught.value.rule == "frozen_instance"
    with pytest.raises(ValidationError) as caught:
        del person.sex
    assert caught.value.rule == "frozen_instance"


def test_person_rejects_extra_fields() -> None:
    with pytest.raises(ValidationError) as caught:
        _person(nickname="Ninuka")
    assert _rules(caught.value) == [("nickname", "extra_forbidden")]


def test_name_from_strings() -> None:
    name = PersonName.model_validate_strings({"given_names": "Nino Ana", "use": "passport"})
    assert name.given_names == ("Nino", "Ana")
    assert name.use == "passport"
    with pytest.raises(ValidationError) as caught:
        PersonName.model_validate_strings({"given_names": "Nino7"})
    assert _rules(caught.value) == [("given_names.0", "name_part_digit")]


def test_person_json_round_trip() -> None:
    person = Person(
        names=[{"given_names": "ნინო", "family_names": "ბერიძე", "patronymic": "გიორგის"}],
        birth_date="1985-03-12",
        sex="2",
        citizenships=["GE", "DE"],
        documents=[{"number": "15BB12345", "issuing_state": "GEO", "document_type": "P"}],
        identifiers=_personal_number("01024059317"),
    )
    assert Person.model_validate_json(person.model_dump_json()) == person
    assert Person.model_validate(person.model_dump()) == person


def test_person_json_schema() -> None:
    schema = Person.model_json_schema()
    properties = schema["properties"]
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["names"]
    for field in ("names", "birth_date", "identifiers"):
        assert properties[field]["x-personal-data"] is True, field
    for field in ("sex", "citizenships", "documents", "kind"):
        assert "x-personal-data" not in properties[field], field
    definitions = schema["$defs"]
    assert definitions["Citizenship"]["properties"]["country"]["enum"][0] == "ABW"
    assert definitions["Identifier"]["properties"]["value"]["x-personal-data"] is True
    assert definitions["TravelDocument"]["properties"]["number"]["x-personal-data"] is True
    name_schema = definitions["PersonName"]["properties"]
    assert name_schema["given_names"]["x-personal-data"] is True
    assert "x-personal-data" not in name_schema["script"]
    assert json.dumps(schema, ensure_ascii=False)


def test_personal_fields_declared() -> None:
    assert Person.personal_fields == {"names", "birth_date", "identifiers"}
    assert PersonName.personal_fields == {"given_names", "family_names", "patronymic"}
