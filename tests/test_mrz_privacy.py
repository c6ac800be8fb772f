"""No MRZ value (name, number, date, optional data, line) appears in an error, str or repr."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Callable
from typing import Any

import pytest

from migstd.identifiers import IdentifierError, mrz

TODAY = dt.date(2026, 12, 4)

# A synthetic holder whose every value is distinctive enough to be found in any text.
FIELDS: dict[str, Any] = {
    "format": "TD3",
    "document_code": "P",
    "issuing_state": "GEO",
    "primary_identifier": "QORQASHVILI",
    "secondary_identifier": "TAMTA",
    "document_number": "19ZQ73514",
    "nationality": "GEO",
    "birth_date": dt.date(1983, 7, 29),
    "sex": "F",
    "expiry_date": dt.date(2031, 11, 17),
    "optional_data": "01987654321",
}
LINES = mrz.generate(**FIELDS)

# Values that must not leak: the personal fields as printed and as read, and the lines.
SECRETS = [
    "QORQASHVILI",
    "TAMTA",
    "19ZQ73514",
    "830729",
    "1983-07-29",
    "311117",
    "2031-11-17",
    "01987654321",
    LINES[0],
    LINES[1],
    LINES[1][:20],
]


def replace(line_index: int, start: int, text: str) -> tuple[str, ...]:
    lines = list(LINES)
    lines[line_index] = lines[line_index][:start] + text + lines[line_index][start + len(text) :]
    return tuple(lines)


BROKEN_ZONES = [
    pytest.param(replace(1, 13, "831329"), id="impossible-month"),
    pytest.param(replace(1, 13, "830732"), id="impossible-day"),
    pytest.param(replace(1, 21, "3X1117"), id="letter-in-date"),
    pytest.param(replace(1, 9, "0"), id="number-check-digit"),
    pytest.param(replace(1, 43, "0"), id="composite"),
    pytest.param(replace(1, 20, "Q"), id="sex"),
    pytest.param(replace(0, 8, "7"), id="digit-in-name"),
    pytest.param(replace(1, 4, "$"), id="bad-character"),
    pytest.param((LINES[0], LINES[1][:40]), id="short-line"),
    pytest.param((LINES[0],), id="one-line"),
    pytest.param(replace(1, 10, "<<<"), id="empty-nationality"),
]


def texts_of(error: IdentifierError) -> list[str]:
    """Return every text an error exposes: message, str, repr, errors(), json(), attributes, pickle."""
    copy = pickle.loads(pickle.dumps(error))
    return [
        str(error),
        repr(error),
        error.message,
        str(error.errors()),
        error.json(),
        repr(vars(error)),
        str(error.args),
        str(copy),
    ]


def assert_no_secret(texts: list[str]) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} leaked into {text!r}"


@pytest.mark.parametrize("lines", BROKEN_ZONES)
@pytest.mark.parametrize(
    "function",
    [mrz.parse, mrz.validate, mrz.compact],
    ids=["parse", "validate", "compact"],
)
def test_errors_hide_values(lines: tuple[str, ...], function: Callable[[Any], object]) -> None:
    try:
        function(lines)
    except IdentifierError as error:
        assert_no_secret(texts_of(error))


def test_every_broken_zone_raises() -> None:
    for param in BROKEN_ZONES:
        lines: Any = param.values[0]
        with pytest.raises(IdentifierError):
            mrz.validate(lines)


@pytest.mark.parametrize(
    "changes",
    [
        {"primary_identifier": "QORQASHVILI7"},
        {"secondary_identifier": "TAMTA Ελένη"},
        {"document_number": "19ZQ73514XYZ"},
        {"optional_data": "01987654321XYZW"},
        {"birth_date": mrz.MrzDate(1983, 13, 29)},
        {"sex": "TAMTA"},
        {"nationality": "QQQ"},
        {"format": "TD1", "document_number": "19ZQ73514" * 3},
    ],
    ids=lambda changes: "-".join(changes),
)
def test_generate_errors_hide_values(changes: dict[str, Any]) -> None:
    with pytest.raises(IdentifierError) as error:
        mrz.generate(**(FIELDS | changes))
    assert_no_secret(texts_of(error.value))


def test_model_repr_and_str_hide_values() -> None:
    result = mrz.parse(LINES, today=TODAY)

    texts = [repr(result), str(result), repr(result.birth_date), str(result.expiry_date), f"{result}"]
    assert_no_secret(texts)
    assert repr(result) == "Mrz(format='TD3', document_code='P', issuing_state='GEO', valid=True)"
    assert repr(result.birth_date) == "MrzDate(known=year+month+day)"


def test_model_values_remain_readable() -> None:
    result = mrz.parse(LINES, today=TODAY)

    assert result.primary_identifier == "QORQASHVILI"
    assert result.birth_date.isoformat() == "1983-07-29"
