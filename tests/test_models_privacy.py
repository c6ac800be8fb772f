"""Personal values never appear in validation errors or in a model's repr.

Each case feeds invalid personal values to Person through every entry point
and searches every text the error exposes for them. All people are synthetic.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import field_validator

from migstd.errors import ValidationError
from migstd.models import MigstdModel, Person, PersonName, personal_field

# Each case: the personal field's input, the leaked texts to look for, and the
# expected location and rule of the first error.
_CASES: list[tuple[str, dict[str, Any], tuple[str, ...], str, str]] = [
    (
        "name with digits",
        {"names": [{"given_names": "Tamar7", "family_names": "Kvaratskhelia"}]},
        ("Tamar7", "Tamar"),
        "names.0.given_names.0",
        "name_part_digit",
    ),
    (
        "family name with digits",
        {"names": [{"given_names": "Tamar", "family_names": ["Kvara9tskhelia"]}]},
        ("Kvara9tskhelia",),
        "names.0.family_names.0",
        "name_part_digit",
    ),
    (
        "Georgian name with digits",
        {"names": [{"given_names": "თამარ3", "family_names": "კვარაცხელია"}]},
        ("თამარ3", "თამარ"),
        "names.0.given_names.0",
        "name_part_digit",
    ),
    (
        "Georgian name with a control character",
        {"names": [{"given_names": "თამ\u0007არ"}]},
        ("თამ\u0007არ", "თამ", "\\x07"),
        "names.0.given_names.0",
        "name_part_control_character",
    ),
    (
        "Georgian patronymic with digits",
        {"names": [{"given_names": "თამარ", "patronymic": "ზურაბის5"}]},
        ("ზურაბის5", "ზურაბის"),
        "names.0.patronymic",
        "name_part_digit",
    ),
    (
        "impossible birth date",
        {"birth_date": "1985-02-30"},
        ("1985-02-30", "1985", "02-30"),
        "birth_date",
        "date_invalid",
    ),
    (
        "ambiguous birth date",
        {"birth_date": "12.07.1991"},
        ("12.07.1991", "1991"),
        "birth_date",
        "date_format",
    ),
    (
        "birth date as a number",
        {"birth_date": 19850312},
        ("19850312", "1985"),
        "birth_date",
        "date_type",
    ),
    (
        "ten-digit personal number",
        {"identifiers": [{"scheme": "GE_PERSONAL_NUMBER", "value": "1024059317"}]},
        ("1024059317", "102405"),
        "identifiers.0.value",
        "personal_number_invalid_length",
    ),
    (
        "personal number as an int",
        {"identifiers": [{"scheme": "GE_PERSONAL_NUMBER", "value": 1024059317}]},
        ("1024059317", "102405"),
        "identifiers.0.value",
        "string_type",
    ),
    (
        "document number with symbols",
        {"documents": [{"number": "AB#12"}]},
        ("AB#12", "AB12", "ab#12"),
        "documents.0.number",
        "document_number_format",
    ),
    (
        "long document number",
        {"documents": [{"number": "ZX" + "4" * 30}]},
        ("ZX4444", "4444"),
        "documents.0.number",
        "document_number_format",
    ),
]

# Personal values that a shifted input column puts into the non-personal fields
# sex and citizenships: a name, a Georgian surname, a personal number, a birth date.
_SHIFTED_VALUES: list[tuple[str, tuple[str, ...]]] = [
    ("ZEBULONIA", ("ZEBULONIA", "ZEBUL")),
    ("ქვარცხავა", ("ქვარცხავა", "ქვარც")),
    ("01234567891", ("01234567891", "0123456")),
    ("1977-11-29", ("1977-11-29", "1977", "11-29")),
]

_CASES += [
    (f"shifted {value} in sex", {"sex": value}, leaks, "sex", "sex_code") for value, leaks in _SHIFTED_VALUES
]
_CASES += [
    (
        f"shifted {value} in citizenships",
        {"citizenships": ["GE", value]},
        leaks,
        "citizenships.1.country",
        "country_code",
    )
    for value, leaks in _SHIFTED_VALUES
]

_CASES += [
    (
        "name part without letters",
        {"names": [{"given_names": "Tamar", "family_names": ["-*-*-"]}]},
        ("-*-*-", "*-*"),
        "names.0.family_names.0",
        "name_part_letters",
    ),
    (
        "Georgian patronymic of punctuation only",
        {"names": [{"given_names": "თამარ", "patronymic": "„“"}]},
        ("„“",),
        "names.0.patronymic",
        "name_part_letters",
    ),
]

_CASE_IDS = [case[0] for case in _CASES]


def _with_names(fields: dict[str, Any]) -> dict[str, Any]:
    return {"names": [{"given_names": "Eka", "family_names": "Lomidze"}], **fields}


def _lists_to_tuples(value: Any) -> Any:
    # Strict mode accepts a tuple field only from a tuple.
    if isinstance(value, dict):
        return {key: _lists_to_tuples(item) for key, item in value.items()}
    if isinstance(value, list):
        return tuple(_lists_to_tuples(item) for item in value)
    return value


def _entry_points() -> dict[str, Callable[[dict[str, Any]], object]]:
    return {
        "constructor": lambda data: Person(**data),
        "model_validate": Person.model_validate,
        "model_validate_strict": lambda data: Person.model_validate(_lists_to_tuples(data), strict=True),
        "model_validate_json": lambda data: Person.model_validate_json(json.dumps(data)),
        "model_validate_json_bytes": lambda data: Person.model_validate_json(
            json.dumps(data, ensure_ascii=False).encode()
        ),
    }


def _exposed_texts(error: ValidationError) -> list[str]:
    """Return every text that a caller or a log line could get from the error."""
    return [
        str(error),
        repr(error),
        str(error.args),
        str(error.errors()),
        error.json(),
        error.message,
        str(error.field),
        str(error.rule),
        repr(error.__cause__),
        repr(error.__context__),
    ]


def _assert_no_leak(error: ValidationError, values: tuple[str, ...]) -> None:
    for text in _exposed_texts(error):
        for value in values:
            assert value not in text, f"{value!r} leaked"


def _dotted(loc: tuple[Any, ...]) -> str:
    return ".".join(map(str, loc))


def _raise(entry: Callable[[dict[str, Any]], object], data: dict[str, Any]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        entry(data)
    return caught.value


@pytest.mark.parametrize("entry_name", list(_entry_points()))
@pytest.mark.parametrize(("name", "fields", "values", "loc", "rule"), _CASES, ids=_CASE_IDS)
def test_invalid_value_not_in_error(
    entry_name: str,
    name: str,
    fields: dict[str, Any],
    values: tuple[str, ...],
    loc: str,
    rule: str,
) -> None:
    error = _raise(_entry_points()[entry_name], _with_names(fields))

    _assert_no_leak(error, values)
    assert error.__cause__ is None
    assert error.__context__ is None
    assert error.field == loc
    assert error.rule == rule
    assert _dotted(error.errors()[0]["loc"]) == loc


@pytest.mark.parametrize(("name", "fields", "values", "loc", "rule"), _CASES, ids=_CASE_IDS)
def test_error_entries_keep_only_loc_type_msg(
    name: str, fields: dict[str, Any], values: tuple[str, ...], loc: str, rule: str
) -> None:
    error = _raise(Person.model_validate, _with_names(fields))
    for entry in error.errors():
        assert set(entry) == {"loc", "type", "msg"}


def test_all_invalid_fields_at_once() -> None:
    data = {
        "names": [{"given_names": "Tamar7", "family_names": "კვარაცხელია2"}],
        "birth_date": "1985-02-30",
        "identifiers": [{"scheme": "GE_PERSONAL_NUMBER", "value": "1024059317"}],
        "documents": [{"number": "AB#12"}],
    }
    values = ("Tamar7", "კვარაცხელია2", "1985-02-30", "1024059317", "AB#12")
    for entry in _entry_points().values():
        error = _raise(entry, data)
        _assert_no_leak(error, values)
        locs = [_dotted(item["loc"]) for item in error.errors()]
        assert locs == [
            "names.0.given_names.0",
            "names.0.family_names.0",
            "birth_date",
            "identifiers.0.value",
            "documents.0.number",
        ]
        for part in locs:
            assert part in str(error)


@pytest.mark.parametrize(
    "document",
    [
        '{"names": [{"given_names": "Tamar7", "family_names": "Kvarats',
        '{"names": [{"given_names": "Tamar7" "family_names": "Kvaratskhelia"}]}',
        '{"names": [{"given_names": "Tamar7"}], "personal_number": 01024059317}',
        '{"names": [{"given_names": "Tamar7\\q"}]}',
        '{"names": [{"given_names": "Tamar7\\ud800"}]}',
        '{"names": [{"given_names": "თამარ7", "family_names": "კვარაცხელია"',
    ],
)
def test_invalid_json_not_in_error(document: str) -> None:
    error = _raise(Person.model_validate_json, document)  # type: ignore[arg-type]
    _assert_no_leak(error, ("Tamar7", "Kvarats", "01024059317", "1024059317", "თამარ7"))
    assert error.rule == "json_invalid"
    assert error.field is None


def test_shifted_value_as_number_not_in_error() -> None:
    error = _raise(Person.model_validate, _with_names({"sex": 1234567891, "citizenships": [1977112]}))
    _assert_no_leak(error, ("1234567891", "123456", "1977112"))
    assert _dotted(error.errors()[0]["loc"]) == "sex"
    assert [item["type"] for item in error.errors()] == ["sex_code", "country_code"]
    assert _dotted(error.errors()[1]["loc"]) == "citizenships.0.country"


def test_all_shifted_values_at_once() -> None:
    values = tuple(value for value, _leaks in _SHIFTED_VALUES)
    data = _with_names({"sex": values[0], "citizenships": list(values)})
    for entry in _entry_points().values():
        error = _raise(entry, data)
        _assert_no_leak(error, values)
        locs = [_dotted(item["loc"]) for item in error.errors()]
        assert locs == [
            "sex",
            "citizenships.0.country",
            "citizenships.1.country",
            "citizenships.2.country",
            "citizenships.3.country",
        ]


# pydantic's JSON parser rejects a lone surrogate escape as invalid JSON, so these
# cases go through the Python entry points only.
_SURROGATE_NAMES = [
    ("given_names", ["ZEBULONIA\ud800"], "names.0.given_names.0"),
    ("family_names", ["ქვარცხავა\udfff"], "names.0.family_names.0"),
    ("patronymic", "\udc00ZEBULONIA", "names.0.patronymic"),
]


@pytest.mark.parametrize("entry_name", ["constructor", "model_validate", "model_validate_strict"])
@pytest.mark.parametrize(("where", "part", "loc"), _SURROGATE_NAMES)
def test_surrogate_name_not_in_error(entry_name: str, where: str, part: str | list[str], loc: str) -> None:
    fields: dict[str, Any] = {"given_names": ["Eka"], where: part}
    error = _raise(_entry_points()[entry_name], {"names": [fields]})

    surrogates = ("\ud800", "\udfff", "\udc00")
    escapes = ("\\ud800", "\\udfff", "\\udc00")
    _assert_no_leak(error, ("ZEBULONIA", "ქვარცხავა", *surrogates, *escapes))
    assert error.field == loc
    assert error.rule == "name_part_characters"
    assert error.json()


def test_name_model_directly() -> None:
    error = _raise(lambda data: PersonName(**data), {"given_names": "ნინო5 ანა"})
    _assert_no_leak(error, ("ნინო5", "ნინო", "ანა"))
    assert error.field == "given_names.0"
    assert error.rule == "name_part_digit"


def test_nested_name_instance_error() -> None:
    # PersonName raises before Person is called, so this checks the inner model's error.
    with pytest.raises(ValidationError) as caught:
        Person(names=[PersonName(given_names="Levan4")])
    _assert_no_leak(caught.value, ("Levan4", "Levan"))


def test_frozen_assignment_not_in_error() -> None:
    person = Person(**_with_names({}))
    with pytest.raises(ValidationError) as caught:
        person.birth_date = "1977-11-29"  # type: ignore[assignment]
    _assert_no_leak(caught.value, ("1977-11-29", "1977"))
    assert caught.value.rule == "frozen_instance"
    assert caught.value.__context__ is None


def test_error_survives_pickling_without_values() -> None:
    import pickle

    identifiers = [{"scheme": "GE_PERSONAL_NUMBER", "value": "1024059317"}]
    error = _raise(Person.model_validate, _with_names({"identifiers": identifiers}))
    copied = pickle.loads(pickle.dumps(error))
    assert copied.errors() == error.errors()
    _assert_no_leak(copied, ("1024059317",))


# --- repr of valid models ---------------------------------------------------


def _valid_person() -> Person:
    return Person(
        names=[
            {"given_names": "თამარ", "family_names": "კვარაცხელია", "patronymic": "ზურაბის"},
            {"given_names": "Tamar", "family_names": "Kvaratskhelia", "use": "passport"},
        ],
        birth_date="1987-11-23",
        sex="F",
        citizenships=["GE"],
        documents=[{"number": "15XY98765"}],
        identifiers=[{"scheme": "GE_PERSONAL_NUMBER", "value": "01987654321"}],
    )


_VALID_VALUES = (
    "თამარ",
    "კვარაცხელია",
    "ზურაბის",
    "Tamar",
    "Kvaratskhelia",
    "1987",
    "11-23",
    "15XY98765",
    "01987654321",
    "98765",
)


@pytest.mark.parametrize("render", [repr, str, lambda person: repr(person.names[0])])
def test_repr_of_valid_person_hides_personal_values(render: Callable[[Person], str]) -> None:
    text = render(_valid_person())
    for value in _VALID_VALUES:
        assert value not in text, f"{value!r} shown"
    assert "<redacted>" in text


def test_repr_shows_non_personal_fields() -> None:
    text = repr(_valid_person())
    assert "sex='2'" in text
    assert "citizenships=(Citizenship(country='GEO'" in text
    assert "names=<redacted>" in text
    assert "birth_date=<redacted>" in text


# --- generated names --------------------------------------------------------

_LETTERS = st.one_of(
    st.characters(codec="utf-8", categories=("Lu", "Ll", "Lo")),
    st.characters(min_codepoint=0x10D0, max_codepoint=0x10FA),  # Mkhedruli
)
# ASCII digits and decimal digits of other scripts, which are digits as well.
_DIGITS = st.sampled_from("0123456789٣۵२৩")


@st.composite
def _names_with_digits(draw: st.DrawFn) -> str:
    head = draw(st.text(_LETTERS, min_size=1, max_size=12))
    digit = draw(_DIGITS)
    tail = draw(st.text(st.one_of(_LETTERS, _DIGITS), max_size=12))
    return head + digit + tail


@settings(max_examples=60, deadline=None)
@given(name=_names_with_digits(), where=st.sampled_from(["given_names", "family_names", "patronymic"]))
def test_generated_names_with_digits_not_in_error(name: str, where: str) -> None:
    fields: dict[str, Any] = {"given_names": "Eka", where: name}
    data = {"names": [fields]}

    for entry in _entry_points().values():
        error = _raise(entry, data)
        _assert_no_leak(error, (name,))
        assert error.rule == "name_part_digit"
        assert error.field is not None
        assert error.field.startswith(f"names.0.{where}")


# --- MigstdModel with a careless validator ----------------------------------


class _Visa(MigstdModel):
    holder: str = personal_field()
    category: str = "C"

    @field_validator("holder", "category")
    @classmethod
    def _reject_lower_case(cls, value: str) -> str:
        if value.islower():
            raise ValueError(f"{value} is not upper-case")  # the careless part
        return value


def test_message_quoting_personal_input_replaced() -> None:
    with pytest.raises(ValidationError) as caught:
        _Visa(holder="eka lomidze")
    _assert_no_leak(caught.value, ("eka lomidze",))
    assert caught.value.errors() == [
        {"loc": ("holder",), "type": "value_error", "msg": "invalid value (rule value_error)"}
    ]


def test_message_quoting_non_personal_input_kept() -> None:
    with pytest.raises(ValidationError) as caught:
        _Visa(holder="EKA LOMIDZE", category="dd")
    assert caught.value.errors()[0]["msg"] == "Value error, dd is not upper-case"


class _Application(MigstdModel):
    visa: _Visa


def test_message_quoting_nested_input_replaced() -> None:
    with pytest.raises(ValidationError) as caught:
        _Application(visa={"holder": "eka lomidze", "category": "dd"})
    messages = [item["msg"] for item in caught.value.errors()]
    assert messages == ["invalid value (rule value_error)"] * 2
    _assert_no_leak(caught.value, ("eka lomidze",))


def test_personal_field_marks_schema_and_repr() -> None:
    visa = _Visa(holder="EKA LOMIDZE")
    assert _Visa.personal_fields == {"holder"}
    assert _Visa.model_json_schema()["properties"]["holder"]["x-personal-data"] is True
    assert repr(visa) == "_Visa(holder=<redacted>, category='C')"


# --- every model ------------------------------------------------------------

# Each case: the model, the path to one field of its valid example, an invalid
# value for that field, the texts that must not leak, and the expected location.
_MODEL_CASES: list[tuple[str, tuple[Any, ...], Any, tuple[str, ...], str]] = [
    ("PersonName", ("given_names",), "Tamar7", ("Tamar7", "Tamar"), "given_names.0"),
    ("Person", ("birth_date",), "1987-02-30", ("1987-02-30", "1987"), "birth_date"),
    ("Person", ("identifiers", 0, "value"), "1987654321", ("1987654321", "198765"), "identifiers.0.value"),
    ("Person", ("citizenships", 0), "01987654321", ("01987654321", "198765"), "citizenships.0.country"),
    ("Identifier", ("value",), "15XY98765#", ("15XY98765", "98765"), "value"),
    ("Identifier", ("issuing_country",), "Kvaratskhelia", ("Kvaratskhelia",), "issuing_country"),
    ("TravelDocument", ("number",), "15XY987650", ("15XY987650", "98765"), "number"),
    ("TravelDocument", ("mrz",), "P<GEOKVARATSKHELIA<<TAMAR", ("KVARATSKHELIA", "TAMAR"), "mrz"),
    ("TravelDocument", ("expiry_date",), "2031-02-30", ("2031-02-30",), "expiry_date"),
    ("Address", ("thoroughfare",), "Zedubani\u0007 Street", ("Zedubani", "Street"), "thoroughfare"),
    ("Address", ("full_address",), "Zedubani 14 " * 50, ("Zedubani",), "full_address"),
    ("Address", ("post_code",), "Zedubani 14", ("Zedubani",), "post_code"),
    ("Address", ("region",), "Zedubani Street", ("Zedubani",), "region"),
    ("ContactPoint", ("phone",), "+995 93 47 21 86", ("93 47", "934721"), "phone"),
    ("ContactPoint", ("email",), "tamar.k@@example.ge", ("tamar.k", "example.ge"), "email"),
    ("Citizenship", ("country",), "Kvaratskhelia", ("Kvaratskhelia",), "country"),
    ("Citizenship", ("acquired_on",), "1987-11-31", ("1987-11-31",), "acquired_on"),
    (
        "BorderCrossing",
        ("traveller", "names", 0, "given_names"),
        "თამარ5",
        ("თამარ5", "თამარ"),
        "traveller.person.names.0.given_names.0",
    ),
    (
        "BorderCrossing",
        ("document", "number"),
        "15XY#8765",
        ("15XY#8765", "8765"),
        "document.travel_document.number",
    ),
    ("BorderCrossing", ("timestamp",), "1987-11-23T10:00:00", ("1987-11-23",), "timestamp"),
    ("BorderCrossing", ("crossing_point",), "01987654321", ("01987654321",), "crossing_point"),
    ("ResidencePermit", ("number",), "RP#1234567", ("RP#1234567", "1234567"), "number"),
    (
        "ResidencePermit",
        ("holder", "birth_date"),
        "23.11.1987",
        ("23.11.1987", "1987"),
        "holder.person.birth_date",
    ),
    ("Visa", ("number",), "V00#12345", ("V00#12345", "12345"), "number"),
    ("Visa", ("holder", "record_id"), "\u0007 01987654321", ("01987654321",), "holder.reference.record_id"),
    (
        "ProtectionApplication",
        ("applicant", "identifiers", 1, "value"),
        "\u0000 86095742719",
        ("86095742719",),
        "applicant.person.identifiers.1.value",
    ),
    ("ProtectionDecisionRecord", ("decided_on",), "2025-02-30", ("2025-02-30",), "decided_on"),
    (
        "DiasporaMember",
        ("person", "contact_points", 0, "phone"),
        "+995 5773 16209 1",
        ("5773", "162091"),
        "person.person.contact_points.0.phone",
    ),
    ("ConsularRegistration", ("consulate_country",), "01987654321", ("01987654321",), "consulate_country"),
    ("ContactConsent", ("recorded_on",), "2022-13-05", ("2022-13-05",), "recorded_on"),
    (
        "ReturnCase",
        ("returnee", "residence", "locator_designator"),
        "14\u202e flat 3",
        ("flat 3",),
        "returnee.person.residence.locator_designator",
    ),
    ("Employer", ("name",), "Tamar\u0007 Kvaratskhelia", ("Kvaratskhelia",), "name"),
    ("Employer", ("legal_entity_code",), "01987654321", ("01987654321", "198765"), "legal_entity_code"),
    (
        "LabourMigrationRecord",
        ("employer", "name"),
        "Tamar\u0000 Kvaratskhelia",
        ("Kvaratskhelia",),
        "employer.name",
    ),
    ("Reference", ("record_id",), "\u0007 01987654321", ("01987654321",), "record_id"),
    (
        "Record",
        ("payload", "traveller", "names", 0, "family_names"),
        "Kvaratskhelia2",
        ("Kvaratskhelia2", "Kvaratskhelia"),
        "payload.border_crossing.traveller.person.names.0.family_names.0",
    ),
    ("Record", ("record_id",), "01987654321\u0000", ("01987654321",), "record_id"),
    ("Record", ("schema_version",), "01987654321", ("01987654321",), ""),
]


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return data


def _model_entry_points(model: type[MigstdModel]) -> dict[str, Callable[[dict[str, Any]], object]]:
    return {
        "constructor": lambda data: model(**data),
        "model_validate": model.model_validate,
        "model_validate_json": lambda data: model.model_validate_json(json.dumps(data, ensure_ascii=False)),
    }


@pytest.mark.parametrize(
    ("name", "path", "value", "leaks", "loc"),
    _MODEL_CASES,
    ids=[f"{case[0]}-{'.'.join(map(str, case[1]))}" for case in _MODEL_CASES],
)
def test_model_error_omits_personal_value(
    name: str, path: tuple[Any, ...], value: Any, leaks: tuple[str, ...], loc: str
) -> None:
    from migstd.models import MODELS
    from test_models_examples import example

    model = MODELS[name]
    for entry_name, entry in _model_entry_points(model).items():
        data = _replace(example(name), path, value)
        if name == "Record":
            data["payload"]["kind"] = "border_crossing"

        with pytest.raises(ValidationError) as caught:
            entry(data)

        _assert_no_leak(caught.value, leaks)
        assert caught.value.__cause__ is None
        assert caught.value.__context__ is None
        assert _dotted(caught.value.errors()[0]["loc"]) == loc, entry_name


@pytest.mark.parametrize("name", ["Person", "TravelDocument", "Address", "ContactPoint", "Record"])
def test_repr_of_valid_model_hides_personal_values(name: str) -> None:
    from migstd.models import MODELS
    from test_models_examples import example

    instance = MODELS[name].model_validate(example(name))
    text = repr(instance) + str(instance)
    for value in (
        "Kvaratskhelia",
        "KVARATSKHELIA",
        "1987",
        "01987654321",
        "15XY98765",
        "Zedubani",
        "577",
        "tamar",
    ):
        assert value not in text, f"{value!r} shown"
