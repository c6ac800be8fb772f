"""Validation errors of generated records never repeat a personal value, and duplicates are valid."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from migstd.errors import ValidationError
from migstd.models import PartialDate, Person
from migstd.strategies import DUPLICATE_KINDS, duplicate_changes_of, duplicates_of, persons

FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))

# Shorter values, such as a house number "12", occur in messages by chance.
MIN_CHECKED_LENGTH = 4


def _personal_values(dumped: Any, redacted: Any) -> set[str]:
    """Return the text of every value that ``redacted()`` masks, walking both forms in step."""
    found: set[str] = set()
    if redacted == "<redacted>" and dumped != "<redacted>":
        stack = [dumped]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list | tuple):
                stack.extend(item)
            elif isinstance(item, str) and len(item) >= MIN_CHECKED_LENGTH:
                found.add(item)
                found.update(line for line in item.splitlines() if len(line) >= MIN_CHECKED_LENGTH)
    elif isinstance(dumped, dict) and isinstance(redacted, dict):
        for key, value in dumped.items():
            found |= _personal_values(value, redacted.get(key))
    elif isinstance(dumped, list) and isinstance(redacted, list):
        for value, masked in zip(dumped, redacted, strict=True):
            found |= _personal_values(value, masked)
    return found


def _corruptions(data: dict[str, Any]) -> list[tuple[str, Any]]:
    """Return ways to make one personal field invalid with a value built from the record's own data."""
    name = data["names"][0]
    found: list[tuple[str, Any]] = [
        ("given name with a digit", ("names", 0, "given_names", 0, name["given_names"][0] + "7"))
    ]
    if data["birth_date"] is not None:
        found.append(
            ("birth date day first", ("birth_date", None, None, None, _day_first(data["birth_date"])))
        )
    for index, identifier in enumerate(data["identifiers"]):
        if identifier["scheme"] == "GE_PERSONAL_NUMBER":
            found.append(
                ("short personal number", ("identifiers", index, "value", None, identifier["value"][:-1]))
            )
    for index, point in enumerate(data["contact_points"]):
        if point["phone"] is not None:
            found.append(("short phone", ("contact_points", index, "phone", None, point["phone"][:-4])))
    for index, document in enumerate(data["documents"]):
        found.append(("number with Cyrillic", ("documents", index, "number", None, document["number"] + "Ж")))
        if document["mrz"] is not None:
            broken = document["mrz"][:-1] + ("0" if document["mrz"][-1] != "0" else "1")
            found.append(("MRZ check digit", ("documents", index, "mrz", None, broken)))
    return found


def _day_first(iso: str) -> str:
    # "1990-03-07" becomes "07.03.1990"; a bare year gets a fifth digit.
    if "-" not in iso:
        return iso + "0"
    return ".".join(reversed(iso.split("-")))


def _apply(data: dict[str, Any], change: tuple[Any, ...]) -> dict[str, Any]:
    field, index, key, position, value = change
    changed = copy.deepcopy(data)
    if index is None:
        changed[field] = value
    elif position is None:
        changed[field][index][key] = value
    else:
        changed[field][index][key][position] = value
    return changed


@FAST
@given(st.data(), persons(max_contact_points=1, max_documents=1))
def test_errors_hide_personal_values(data: st.DataObject, person: Person) -> None:
    dumped = person.model_dump(mode="json")
    secrets = _personal_values(dumped, person.redacted())
    _label, change = data.draw(st.sampled_from(_corruptions(dumped)))
    secrets.add(change[-1])

    with pytest.raises(ValidationError) as caught:
        Person.model_validate(_apply(dumped, change))

    error = caught.value
    texts = [str(error), repr(error), error.json(), repr(error.errors()), str(error.field), str(error.rule)]
    for secret in secrets:
        for text in texts:
            assert secret not in text


@FAST
@given(st.data(), persons())
def test_duplicates_valid_and_different(data: st.DataObject, person: Person) -> None:
    duplicate, kinds = data.draw(duplicate_changes_of(person, max_changes=3))

    assert duplicate != person
    assert 1 <= len(kinds) <= 3
    assert set(kinds) <= set(DUPLICATE_KINDS)
    assert Person.model_validate(duplicate.model_dump()) == duplicate


NINO = Person.model_validate(
    {
        "names": [{"given_names": "გიორგი", "family_names": "ბერიძე"}],
        "birth_date": "1990-03-07",
        "residence": {"country": "GEO", "municipality": "GE-AJ-KEDA"},
    }
)


@pytest.mark.parametrize("kind", DUPLICATE_KINDS)
def test_each_kind_changes_person(kind: str) -> None:
    @settings(max_examples=15, deadline=None, database=None)
    @given(duplicate_changes_of(NINO, kinds=[kind], max_changes=1))  # type: ignore[list-item]
    def check(pair: tuple[Person, tuple[str, ...]]) -> None:
        duplicate, kinds = pair
        assert kinds == (kind,)
        assert duplicate != NINO

    check()


@settings(max_examples=15, deadline=None, database=None)
@given(duplicates_of(NINO, kinds=["day_month_swap"]))
def test_day_month_swap(duplicate: Person) -> None:
    assert duplicate.birth_date == PartialDate(1990, 7, 3)


@settings(max_examples=15, deadline=None, database=None)
@given(duplicates_of(NINO, kinds=["nickname"]))
def test_nickname_from_alias_table(duplicate: Person) -> None:
    assert duplicate.given_name in ("გია", "გოგი")


def test_inapplicable_kind_raises() -> None:
    undated = Person.model_validate({"names": [{"given_names": "ნინო"}]})
    with pytest.raises(InvalidArgument):
        duplicates_of(undated, kinds=["day_month_swap"])


def test_swap_needs_day_at_most_12() -> None:
    late = Person.model_validate({"names": [{"given_names": "ნინო"}], "birth_date": "1990-03-17"})
    with pytest.raises(InvalidArgument):
        duplicates_of(late, kinds=["day_month_swap"])


def test_zero_changes_raises() -> None:
    with pytest.raises(InvalidArgument):
        duplicates_of(NINO, max_changes=0)
