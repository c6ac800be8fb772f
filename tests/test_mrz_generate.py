"""Tests of migstd.identifiers.mrz.generate: names, transliteration, truncation, round trips."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migstd.identifiers import InvalidComponentError, InvalidFormatError, InvalidLengthError, mrz
from migstd.identifiers.mrz import FORMATS, MrzDate, MrzFormat

TODAY = dt.date(2026, 12, 4)
NAME_WIDTHS = {"TD1": 30, "TD2": 31, "TD3": 39, "MRV-A": 39, "MRV-B": 31}
CODES = {"TD1": "ID", "TD2": "I", "TD3": "PP", "MRV-A": "V", "MRV-B": "V"}


def zone(mrz_format: MrzFormat = "TD3", **changes: Any) -> tuple[str, ...]:
    fields: dict[str, Any] = {
        "document_code": CODES[mrz_format],
        "issuing_state": "UTO",
        "primary_identifier": "ERIKSSON",
        "secondary_identifier": "ANNA MARIA",
        "document_number": "L898902C3",
        "nationality": "UTO",
        "birth_date": dt.date(1974, 8, 12),
        "sex": "F",
        "expiry_date": dt.date(2032, 4, 15),
    }
    fields.update(changes)
    return mrz.generate(mrz_format, **fields)


def name_field(mrz_format: MrzFormat, primary: str, secondary: str = "") -> str:
    lines = zone(mrz_format, primary_identifier=primary, secondary_identifier=secondary)
    return lines[2] if mrz_format == "TD1" else lines[0][5:]


# The name examples of Doc 9303 Part 4 section 4.2.3.1 (TD3, PP<UTO prefix removed).
@pytest.mark.parametrize(
    ("primary", "secondary", "expected"),
    [
        ("ERIKSSON", "ANNA MARIA", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
        ("HENG", "DEBORAH MING LO", "HENG<<DEBORAH<MING<LO<<<<<<<<<<<<<<<<<<"),
        ("SMITH-JONES", "SUSIE MARGARET", "SMITH<JONES<<SUSIE<MARGARET<<<<<<<<<<<<"),
        ("O'CONNOR", "ENYA SIOBHAN", "OCONNOR<<ENYA<SIOBHAN<<<<<<<<<<<<<<<<<<"),
        ("VAN DER MUELLEN", "MARTIN", "VAN<DER<MUELLEN<<MARTIN<<<<<<<<<<<<<<<<"),
        ("AL-BASRI", "HUDA MUHAMMAD JAWAD", "AL<BASRI<<HUDA<MUHAMMAD<JAWAD<<<<<<<<<<"),
        ("VILARCHAO FERNANDEZ", "JOSE RAMON", "VILARCHAO<FERNANDEZ<<JOSE<RAMON<<<<<<<<"),
        ("ARKFREITH", "", "ARKFREITH<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"),
        ("SATRIYA SUDARPA", "", "SATRIYA<SUDARPA<<<<<<<<<<<<<<<<<<<<<<<<"),
        ("PAPANDROPOULOUS", "JONATHON WARREN TREVOR", "PAPANDROPOULOUS<<JONATHON<WARREN<TREVOR"),
    ],
)
def test_icao_name_examples_td3(primary: str, secondary: str, expected: str) -> None:
    assert name_field("TD3", primary, secondary) == expected


def test_icao_name_examples_td1() -> None:
    assert name_field("TD1", "PAPANDROPOULOUS", "JONATHON ALEC") == "PAPANDROPOULOUS<<JONATHON<ALEC"
    assert name_field("TD1", "AL-BASRI", "HUDA MUHAMMAD JAWAD") == "AL<BASRI<<HUDA<MUHAMMAD<JAWAD<"


def test_mixed_case_and_comma() -> None:
    assert name_field("TD3", "d'Artagnan", "Marie-Elise, Anna").startswith("DARTAGNAN<<MARIE<ELISE<ANNA<")


# Truncation: Doc 9303 Part 4 sections 4.2.3.2 a and b give these TD3 results.
def test_truncation_secondary_to_initial() -> None:
    field = name_field("TD3", "NILAVADHANANANDA", "CHAYAPA DEJTHAMRONG KRASUANG")

    assert field == "NILAVADHANANANDA<<CHAYAPA<DEJTHAMRONG<K"


def test_truncation_secondary_cut() -> None:
    field = name_field("TD3", "NILAVADHANANANDA", "ARNPOL PETCH CHARONGUANG")

    assert field == "NILAVADHANANANDA<<ARNPOL<PETCH<CHARONGU"


def test_truncation_primary_keeps_initial() -> None:
    field = name_field("TD3", "BENNELONG WOOLOOMOOLOO WARRANDYTE WARNAMBOOL", "DINGO POTOROO")

    assert field == "BENNELONG<WOOLOOMOOLOO<WARRANDYTE<WA<<D"
    assert mrz.parse(zone("TD3", primary_identifier=field[:36].replace("<", " ")), today=TODAY)


def test_truncation_never_ends_with_filler() -> None:
    # A cut at 30 would end on the filler after TAMARIKO, the longest component
    # before the cut, so TAMARIKO loses a letter and LEVANI's initial fits.
    field = name_field("TD1", "BERIDZE", "NINO MARIAM TAMARIKO LEVANI")

    assert len(field) == 30
    assert field == "BERIDZE<<NINO<MARIAM<TAMARIK<L"
    assert field[-1] != "<"


def test_truncation_primary_only() -> None:
    field = name_field("TD2", "WOLFESCHLEGELSTEINHAUSENBERGERDORFF")

    assert field == "WOLFESCHLEGELSTEINHAUSENBERGERD"


def test_truncated_zone_flags_names() -> None:
    lines = zone(
        "TD3", primary_identifier="NILAVADHANANANDA", secondary_identifier="ARNPOL PETCH CHARONGUANG"
    )

    assert mrz.parse(lines, today=TODAY).names_truncated


# Transliteration


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ბერიძე", "BERIDZE"),
        ("ჭავჭავაძე", "CHAVCHAVADZE"),
        ("ყიფიანი", "QIPIANI"),
        ("Жуков", "ZHUKOV"),
        ("Хачатуров", "KHACHATUROV"),
        ("Цой", "TSOI"),
        ("Щукин", "SHCHUKIN"),
        ("Рыбаков", "RYBAKOV"),
        ("Объедков", "OBIEEDKOV"),
        ("Гоголь", "GOGOL"),
        ("Юлия", "IULIIA"),
        ("Яковлев", "IAKOVLEV"),
        ("Королёв", "KOROLEV"),
        ("Євген", "IEVGEN"),
        ("Іван", "IVAN"),
        ("Їжак", "IZHAK"),
        ("Ґудзь", "GUDZ"),
        ("Ўладзімір", "ULADZIMIR"),
        ("Müller", "MUELLER"),
        ("Åsa", "AASA"),
        ("Gärtner", "GAERTNER"),
        ("Øvergård", "OEVERGAARD"),
        ("Weiß", "WEISS"),
        ("Þórsdóttir", "THORSDOTTIR"),
        ("Ægir", "AEGIR"),
        ("Łukasz", "LUKASZ"),
        ("Çelik", "CELIK"),
        ("Peña", "PENA"),
        ("Nguyễn", "NGUYEN"),
        ("Dvořák", "DVORAK"),
    ],
)
def test_transliteration(name: str, expected: str) -> None:
    assert name_field("TD3", name) == expected.ljust(39, "<")


def test_georgian_full_name() -> None:
    assert name_field("TD1", "ბერიძე-ჯანელიძე", "ნინო") == "BERIDZE<JANELIDZE<<NINO".ljust(30, "<")


def test_digits_in_name_rejected() -> None:
    with pytest.raises(InvalidComponentError) as error:
        zone("TD3", primary_identifier="ERIKSSON2")
    assert error.value.field == "mrz.primary_identifier"


def test_unsupported_script_names_script() -> None:
    with pytest.raises(InvalidFormatError) as error:
        zone("TD3", secondary_identifier="Ελένη")
    assert error.value.field == "mrz.secondary_identifier"
    assert "Greek" in error.value.message


def test_empty_name_rejected() -> None:
    with pytest.raises(InvalidComponentError) as error:
        zone("TD3", primary_identifier="", secondary_identifier="'")
    assert error.value.field == "mrz.name"


# Other fields


def test_document_number_punctuation_becomes_filler() -> None:
    assert zone("TD3", document_number="AB 12-34")[1][:9] == "AB<12<34<"


@pytest.mark.parametrize(("mrz_format", "length"), [("TD3", 10), ("MRV-A", 10), ("TD2", 15), ("TD1", 23)])
def test_document_number_too_long(mrz_format: MrzFormat, length: int) -> None:
    with pytest.raises(InvalidLengthError) as error:
        zone(mrz_format, document_number="A" * length)
    assert error.value.field == "mrz.document_number"


def test_optional_data_too_long() -> None:
    with pytest.raises(InvalidLengthError) as error:
        zone("TD3", optional_data="1" * 15)
    assert error.value.field == "mrz.optional_data"


def test_optional_data_beside_long_number_too_long() -> None:
    with pytest.raises(InvalidLengthError) as error:
        zone("TD1", document_number="A" * 20, optional_data="1234")
    assert error.value.field == "mrz.optional_data"


def test_optional_data_2_only_on_td1() -> None:
    assert zone("TD1", optional_data_2="X1")[1][18:29] == "X1<<<<<<<<<"
    with pytest.raises(InvalidComponentError):
        zone("TD3", optional_data_2="X1")


@pytest.mark.parametrize(("mrz_format", "code"), [("TD3", "V"), ("MRV-A", "P"), ("TD1", "VI")])
def test_visa_code_matches_format(mrz_format: MrzFormat, code: str) -> None:
    with pytest.raises(InvalidComponentError) as error:
        zone(mrz_format, document_code=code)
    assert error.value.field == "mrz.document_code"


def test_unknown_state_rejected() -> None:
    with pytest.raises(InvalidComponentError) as error:
        zone("TD3", nationality="QQQ")
    assert error.value.field == "mrz.nationality"


def test_bad_sex_rejected() -> None:
    with pytest.raises(InvalidComponentError) as error:
        zone("TD3", sex="Q")
    assert error.value.field == "mrz.sex"


def test_partial_birth_date_written_with_fillers() -> None:
    lines = zone("TD3", birth_date=MrzDate(1974, 8, None))

    assert lines[1][13:19] == "7408<<"
    assert mrz.parse(lines, today=TODAY).birth_date == MrzDate(1974, 8, None)


def test_impossible_partial_date_rejected() -> None:
    with pytest.raises(InvalidComponentError) as error:
        zone("TD3", birth_date=MrzDate(1974, 13, None))
    assert error.value.field == "mrz.birth_date"


def test_unknown_format_rejected() -> None:
    with pytest.raises(InvalidFormatError) as error:
        mrz.generate(**(mrz.parse(zone("TD3")).fields() | {"format": "TD4"}))
    assert error.value.field == "mrz.format"


# Round trips: parse(generate(fields)) gives the fields back.

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALPHANUMERIC = LETTERS + "0123456789"


@st.composite
def names(draw: st.DrawFn, width: int) -> tuple[str, str]:
    """Draw a primary and a secondary identifier that fit a name field of ``width`` without truncation."""
    components = st.lists(st.text(LETTERS, min_size=1, max_size=10), min_size=0, max_size=3)
    primary = draw(components)
    secondary = draw(components)
    if not primary and not secondary:
        primary = ["A"]
    length = len("<".join(primary)) + (2 + len("<".join(secondary)) if secondary else 0)
    if length > width:
        primary, secondary = primary[:1], secondary[:1]
        primary = [component[: width // 3] for component in primary]
        secondary = [component[: width // 3] for component in secondary]
    if not primary and not secondary:
        primary = ["A"]
    return " ".join(primary), " ".join(secondary)


def optional_texts(max_size: int) -> st.SearchStrategy[str]:
    """Optional data: MRZ characters that neither start nor end with the filler."""
    inner = st.text(ALPHANUMERIC + "<", max_size=max(max_size - 2, 0))
    edge = st.sampled_from(ALPHANUMERIC)
    if max_size == 0:
        return st.just("")
    if max_size == 1:
        return st.one_of(st.just(""), edge)
    return st.one_of(st.just(""), edge, st.builds(lambda a, b, c: a + b + c, edge, inner, edge))


def birth_dates() -> st.SearchStrategy[MrzDate]:
    """Birth dates the century rule reads back: the last 100 years up to TODAY, some parts unknown."""
    full = st.dates(dt.date(TODAY.year - 99, 1, 1), TODAY).map(lambda d: MrzDate(d.year, d.month, d.day))
    partial = st.builds(
        lambda d, keep_month: MrzDate(d.year, d.month if keep_month else None, None),
        st.dates(dt.date(TODAY.year - 99, 1, 1), dt.date(TODAY.year - 1, 12, 31)),
        st.booleans(),
    )
    return st.one_of(full, partial)


def expiry_dates() -> st.SearchStrategy[MrzDate]:
    """Expiry dates inside the window the century rule reads: 49 years back to 50 years ahead."""
    window = st.dates(dt.date(TODAY.year - 49, 1, 1), dt.date(TODAY.year + 50, 12, 31))
    return window.map(lambda d: MrzDate(d.year, d.month, d.day))


STATES = st.sampled_from(["GEO", "UTO", "D", "RKS", "XXA", "UNO", "GBD", "ARM", "TUR", "AZE", "RUS", "UKR"])


@st.composite
def zone_fields(draw: st.DrawFn) -> dict[str, Any]:
    """Draw every field of a valid zone of any format, with names that need no truncation."""
    mrz_format: MrzFormat = draw(st.sampled_from(FORMATS))
    primary, secondary = draw(names(NAME_WIDTHS[mrz_format]))
    long_limit = {"TD1": 22, "TD2": 14}.get(mrz_format, 9)
    number = draw(st.text(ALPHANUMERIC, min_size=1, max_size=long_limit))
    optional_widths = {"TD1": 15, "TD2": 7, "TD3": 14, "MRV-A": 16, "MRV-B": 8}
    room = optional_widths[mrz_format] - (len(number) - 9 + 2 if len(number) > 9 else 0)
    first = draw(st.sampled_from(LETTERS.replace("V", ""))) if not mrz_format.startswith("MRV") else "V"
    second = draw(st.sampled_from(["", *LETTERS]))
    return {
        "format": mrz_format,
        "document_code": first + second,
        "issuing_state": draw(STATES),
        "primary_identifier": primary,
        "secondary_identifier": secondary,
        "document_number": number,
        "nationality": draw(STATES),
        "birth_date": draw(birth_dates()),
        "sex": draw(st.sampled_from("MFX")),
        "expiry_date": draw(expiry_dates()),
        "optional_data": draw(optional_texts(room)),
        "optional_data_2": draw(optional_texts(11)) if mrz_format == "TD1" else "",
    }


@settings(max_examples=300, deadline=None)
@given(zone_fields())
def test_round_trip(fields: dict[str, Any]) -> None:
    lines = mrz.generate(**fields)
    result = mrz.parse("\n".join(lines), today=TODAY)

    assert result.fields() == fields
    assert result.valid
    assert mrz.is_valid(lines)


@settings(max_examples=200, deadline=None)
@given(zone_fields())
def test_regenerate_is_identity(fields: dict[str, Any]) -> None:
    lines = mrz.generate(**fields)

    assert mrz.generate(**mrz.parse(lines, today=TODAY).fields()) == lines
