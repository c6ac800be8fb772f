"""Phone numbers: Georgian formats old and new, regions, number types and formatting."""

from __future__ import annotations

import dataclasses

import pytest

from migstd.errors import SettingsError
from migstd.identifiers import (
    InvalidComponentError,
    InvalidFormatError,
    InvalidLengthError,
    Reason,
    phone,
)
from migstd.identifiers.phone import NumberType, PhoneNumber


@pytest.mark.parametrize(
    ("value", "region", "expected"),
    [
        ("+995 593 47 21 86", "GE", "+995593472186"),
        ("+995 32 2 47 18 60", "GE", "+995322471860"),
        ("032 2 47 18 60", "GE", "+995322471860"),
        ("(032) 247-18-60", "GE", "+995322471860"),
        ("0322471860", "GE", "+995322471860"),
        ("00995 577 31 62 09", "GE", "+995577316209"),
        ("577 31 62 09", "GE", "+995577316209"),
        ("577-31-62-09", "GE", "+995577316209"),
        ("577.31.62.09", "GE", "+995577316209"),
        ("+995577316209", None, "+995577316209"),
        ("+995577316209", "TR", "+995577316209"),
        ("+995 577 31 62 09", "ge", "+995577316209"),
        ("+90 212 555 12 34", "GE", "+902125551234"),
        ("0090 212 555 12 34", "GE", "+902125551234"),
    ],
)
def test_phone_valid_to_e164(value: str, region: str | None, expected: str) -> None:
    assert phone.validate(value, region=region) == expected
    assert phone.is_valid(value, region=region)
    assert phone.check(value, region=region) is Reason.OK


def test_phone_default_region_is_georgia() -> None:
    assert phone.DEFAULT_REGION == "GE"
    assert phone.validate("577 31 62 09") == "+995577316209"


def test_phone_plus_wins_over_region() -> None:
    turkish = phone.parse("+90 212 555 12 34", "GE")
    georgian = phone.parse("+995577316209", "TR")
    assert turkish.region_code == "TR"
    assert turkish.country_code == 90
    assert georgian.region_code == "GE"
    assert georgian.country_code == 995


@pytest.mark.parametrize("value", ["00995 577 31 62 09", "577316209", "577 31 62 09", "032 2 47 18 60"])
def test_phone_without_plus_needs_region(value: str) -> None:
    with pytest.raises(InvalidFormatError) as caught:
        phone.validate(value, region=None)
    assert "needs a region" in caught.value.message
    assert "region='GE'" in caught.value.message
    assert phone.check(value, region=None) is Reason.INVALID_FORMAT


def test_phone_pre_2011_mobile_not_repaired() -> None:
    with pytest.raises(InvalidLengthError) as caught:
        phone.validate("+995 93 47 21 86")
    assert "2011" in caught.value.message
    assert phone.check("+995 93 47 21 86") is Reason.INVALID_LENGTH
    assert not phone.is_valid("+995 93 47 21 86")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("+995 93 47 21 86", True),
        ("93 47 21 86", True),
        ("+995 77 12 34 56", True),
        ("+995 593 47 21 86", False),
        ("+995 32 47 18 60", False),
        ("+90 212 555 12 34", False),
        ("not a number", False),
        (None, False),
    ],
)
def test_phone_pre_2011_mobile_detection(value: object, expected: bool) -> None:
    assert phone.is_pre_2011_mobile(value) is expected


def test_phone_soviet_international_prefix_rejected() -> None:
    # libphonenumber's metadata for Georgia lists only "00" as the international prefix.
    assert not phone.is_valid("8 10 995 577 31 62 09")
    assert phone.check("8 10 995 577 31 62 09") is Reason.INVALID_LENGTH


@pytest.mark.parametrize(
    ("value", "number_type"),
    [
        ("577 31 62 09", NumberType.MOBILE),
        ("790 12 34 56", NumberType.MOBILE),
        ("032 2 47 18 60", NumberType.FIXED_LINE),
        ("800 12 34 56", NumberType.TOLL_FREE),
        ("706 12 34 56", NumberType.VOIP),
        ("+1 202 555 0123", NumberType.FIXED_LINE_OR_MOBILE),
        ("+800 1234 5678", NumberType.TOLL_FREE),
    ],
)
def test_phone_number_type(value: str, number_type: NumberType) -> None:
    assert phone.parse(value).number_type is number_type


def test_phone_parse_fields() -> None:
    number = phone.parse("032 2 47 18 60")
    assert number == PhoneNumber(
        e164="+995322471860",
        country_code=995,
        region_code="GE",
        number_type=NumberType.FIXED_LINE,
        national_number="322471860",
    )


def test_phone_non_geographic_region_code() -> None:
    assert phone.parse("+800 1234 5678", None).region_code == "001"


def test_phone_number_is_frozen() -> None:
    number = phone.parse("577 31 62 09")
    with pytest.raises(dataclasses.FrozenInstanceError):
        number.e164 = "+995577000000"  # type: ignore[misc]


def test_phone_number_repr_redacted() -> None:
    number = phone.parse("577 31 62 09")
    for text in (repr(number), str(number)):
        assert "577316209" not in text
        assert "+995577316209" not in text
        assert "<redacted>" in text
        assert "region_code='GE'" in text


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("700 12 34 56", Reason.INVALID_COMPONENT),
        ("+999 577316209", Reason.INVALID_COMPONENT),
        ("577 31 62", Reason.INVALID_LENGTH),
        ("5773162", Reason.INVALID_LENGTH),
        ("577 31 62 09 12 34 56", Reason.INVALID_LENGTH),
        ("1", Reason.INVALID_LENGTH),
        ("+", Reason.INVALID_LENGTH),
        ("", Reason.INVALID_LENGTH),
        ("+995 577a316209", Reason.INVALID_FORMAT),
        ("+995 577 31 62 09 ext. 12", Reason.INVALID_FORMAT),
        ("tel:+995577316209", Reason.INVALID_FORMAT),
        ("＋９９５５７７３１６２０９", Reason.INVALID_FORMAT),
        ("+995 ٥٧٧٣١٦٢٠٩", Reason.INVALID_FORMAT),
        ("995+577316209", Reason.INVALID_FORMAT),
        ("++995577316209", Reason.INVALID_FORMAT),
        ("1-800-FLOWERS", Reason.INVALID_FORMAT),
    ],
)
def test_phone_invalid_reason(value: str, reason: Reason) -> None:
    assert phone.check(value) is reason
    assert not phone.is_valid(value)


def test_phone_rejects_integer() -> None:
    with pytest.raises(InvalidFormatError):
        phone.validate(995577316209)


def test_phone_error_has_no_parse_context() -> None:
    with pytest.raises(InvalidComponentError) as caught:
        phone.validate("+999 577316209")
    assert caught.value.__context__ is None
    assert caught.value.__cause__ is None
    assert caught.value.field == "phone"


@pytest.mark.parametrize("region", ["XX", "", "GEO", "Georgia"])
def test_phone_unknown_region_raises(region: str) -> None:
    with pytest.raises(SettingsError, match="unknown region"):
        phone.validate("+995577316209", region=region)
    with pytest.raises(SettingsError):
        phone.is_valid("+995577316209", region=region)
    with pytest.raises(SettingsError):
        phone.check("+995577316209", region=region)


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        ("+995577316209", "international", "+995 577 31 62 09"),
        ("+995577316209", "national", "577 31 62 09"),
        ("+995577316209", "e164", "+995577316209"),
        ("0322471860", "international", "+995 32 247 18 60"),
        ("0322471860", "national", "032 247 18 60"),
        ("+90 212 555 12 34", "e164", "+902125551234"),
    ],
)
def test_phone_format_styles(value: str, style: phone.Style, expected: str) -> None:
    assert phone.format(value, style) == expected


def test_phone_format_default_international() -> None:
    assert phone.format("577316209") == "+995 577 31 62 09"


def test_phone_format_unknown_style() -> None:
    with pytest.raises(SettingsError, match="unknown phone number style"):
        phone.format("+995577316209", "rfc3966")  # type: ignore[arg-type]


def test_phone_format_invalid_number() -> None:
    with pytest.raises(InvalidLengthError):
        phone.format("+995 93 47 21 86")


def test_phone_compact() -> None:
    assert phone.compact(" (032) 2-47.18/60 ") == "0322471860"
    assert phone.compact("+995 577 31 62 09") == "+995577316209"
