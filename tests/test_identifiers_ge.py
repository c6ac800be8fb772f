"""Georgian personal numbers, legal entity codes, passport and ID card numbers."""

from __future__ import annotations

import pickle
from types import ModuleType

import pytest

from migstd.identifiers import (
    IdentifierError,
    InvalidComponentError,
    InvalidFormatError,
    InvalidLengthError,
    Reason,
)
from migstd.identifiers.ge import id_card_number, legal_entity_code, passport_number, personal_number

# Personal numbers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("01024059317", "01024059317"),
        (" 010 2405 9317 ", "01024059317"),
        ("010-2405-9317", "01024059317"),
        ("010.2405.9317", "01024059317"),
        ("010/2405/9317", "01024059317"),
        ("\u00a001024059317\t", "01024059317"),
        ("61001012345", "61001012345"),
    ],
)
def test_personal_number_compacts_separators(value: str, expected: str) -> None:
    assert personal_number.validate(value) == expected
    assert personal_number.is_valid(value)
    assert personal_number.check(value) is Reason.OK
    assert personal_number.format(value) == expected


def test_personal_number_keeps_leading_zero() -> None:
    assert personal_number.compact("01024059317") == "01024059317"
    assert personal_number.validate("00024059317") == "00024059317"


@pytest.mark.parametrize("value", ["1", "1024059317", "010240593170", ""])
def test_personal_number_wrong_length_not_padded(value: str) -> None:
    with pytest.raises(InvalidLengthError) as caught:
        personal_number.validate(value)
    assert caught.value.reason is Reason.INVALID_LENGTH
    assert caught.value.field == "personal_number"
    assert caught.value.rule == "invalid_length"
    assert personal_number.check(value) is Reason.INVALID_LENGTH
    assert not personal_number.is_valid(value)


@pytest.mark.parametrize(
    "value", ["0102405931X", "O1024059317", "01024059317a", "0102405931７", "+1024059317"]
)
def test_personal_number_rejects_non_digits(value: str) -> None:
    with pytest.raises(InvalidFormatError):
        personal_number.validate(value)
    assert personal_number.check(value) is Reason.INVALID_FORMAT


def test_personal_number_rejects_integer() -> None:
    # An integer has already lost any leading zero, so it is never converted.
    with pytest.raises(InvalidFormatError) as caught:
        personal_number.validate(1024059317)
    assert "int" in caught.value.message
    assert personal_number.check(1024059317) is Reason.INVALID_FORMAT


@pytest.mark.parametrize("value", ["00000000000", "11111111111", "999 9999 9999"])
def test_personal_number_placeholder_accepted_by_default(value: str) -> None:
    assert personal_number.is_valid(value)
    assert personal_number.is_placeholder(value)


@pytest.mark.parametrize("value", ["00000000000", "11111111111", "999 9999 9999"])
def test_personal_number_placeholder_rejected_on_request(value: str) -> None:
    with pytest.raises(InvalidComponentError):
        personal_number.validate(value, reject_placeholders=True)
    assert personal_number.check(value, reject_placeholders=True) is Reason.INVALID_COMPONENT
    assert not personal_number.is_valid(value, reject_placeholders=True)


@pytest.mark.parametrize("value", ["01024059317", "0000000000", "000000000000", "0000000000X", None, 0])
def test_personal_number_not_placeholder(value: object) -> None:
    assert not personal_number.is_placeholder(value)


def test_personal_number_real_number_passes_placeholder_check() -> None:
    assert personal_number.validate("01024059317", reject_placeholders=True) == "01024059317"


def test_personal_number_error_pickles() -> None:
    with pytest.raises(IdentifierError) as caught:
        personal_number.validate("1024059317")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is InvalidLengthError
    assert copy.field == "personal_number"
    assert str(copy) == str(caught.value)


# Legal entity codes


@pytest.mark.parametrize(
    ("value", "expected"),
    [("405123456", "405123456"), ("40 5123 456", "405123456"), ("012345678", "012345678"),
     ("405-123-456", "405123456")],
)
def test_legal_entity_code_valid(value: str, expected: str) -> None:
    assert legal_entity_code.validate(value) == expected
    assert legal_entity_code.format(value) == expected
    assert legal_entity_code.check(value) is Reason.OK


@pytest.mark.parametrize("value", ["40512345", "12345678", "4051234567", "01024059317"])
def test_legal_entity_code_wrong_length(value: str) -> None:
    with pytest.raises(InvalidLengthError) as caught:
        legal_entity_code.validate(value)
    assert caught.value.field == "legal_entity_code"
    assert legal_entity_code.check(value) is Reason.INVALID_LENGTH


@pytest.mark.parametrize("value", ["4051234A6", "40512345６", "GE405123456"])
def test_legal_entity_code_rejects_non_digits(value: str) -> None:
    assert legal_entity_code.check(value) is Reason.INVALID_FORMAT
    assert not legal_entity_code.is_valid(value)


def test_legal_entity_code_rejects_integer() -> None:
    assert legal_entity_code.check(405123456) is Reason.INVALID_FORMAT


# Passport and ID card numbers

DOCUMENT_MODULES = [passport_number, id_card_number]


@pytest.mark.parametrize("module", DOCUMENT_MODULES, ids=lambda module: module.__name__.rsplit(".")[-1])
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15BB12345", "15BB12345"),
        ("17KA40385", "17KA40385"),
        ("17ka 40385", "17KA40385"),
        (" 15-bb-12345 ", "15BB12345"),
        ("AB1234<<<", "AB1234"),
        ("123456789", "123456789"),
        ("A", "A"),
    ],
)
def test_document_number_general_form(module: ModuleType, value: str, expected: str) -> None:
    assert module.validate(value) == expected
    assert module.format(value) == expected
    assert module.check(value) is Reason.OK


@pytest.mark.parametrize("module", DOCUMENT_MODULES, ids=lambda module: module.__name__.rsplit(".")[-1])
@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("15BB123456", Reason.INVALID_LENGTH),
        ("", Reason.INVALID_LENGTH),
        ("<<<<<<<<<", Reason.INVALID_LENGTH),
        ("15BB<12345", Reason.INVALID_FORMAT),
        ("15ВВ12345", Reason.INVALID_FORMAT),  # Cyrillic В, a look-alike of Latin B
        ("15ႡႡ12345", Reason.INVALID_FORMAT),
        ("12ß", Reason.INVALID_FORMAT),  # str.upper() would make it "12SS"
        ("12ﬁ", Reason.INVALID_FORMAT),  # str.upper() would make it "12FI"
        ("15BB_12345", Reason.INVALID_FORMAT),
        ("１５BB12345", Reason.INVALID_FORMAT),
    ],
)
def test_document_number_invalid(module: ModuleType, value: str, reason: Reason) -> None:
    assert module.check(value) is reason
    assert not module.is_valid(value)


@pytest.mark.parametrize("module", DOCUMENT_MODULES, ids=lambda module: module.__name__.rsplit(".")[-1])
def test_document_number_strict_national_pattern(module: ModuleType) -> None:
    assert module.validate("15BB12345", strict=True) == "15BB12345"
    assert module.validate("17ka40385", strict=True) == "17KA40385"
    for value in ["AB1234", "ABCD12345", "1BBB12345", "15BB1234A", "15B123456"]:
        assert module.is_valid(value), value
        assert module.check(value, strict=True) is Reason.INVALID_FORMAT, value


def test_document_number_errors_name_field() -> None:
    with pytest.raises(InvalidLengthError) as passport_error:
        passport_number.validate("15BB123456")
    with pytest.raises(InvalidLengthError) as card_error:
        id_card_number.validate("15BB123456")
    assert passport_error.value.field == "passport_number"
    assert card_error.value.field == "id_card_number"


def test_document_number_rejects_integer() -> None:
    assert passport_number.check(123456789) is Reason.INVALID_FORMAT
    assert id_card_number.check(123456789) is Reason.INVALID_FORMAT
