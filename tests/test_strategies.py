"""Strategies generate valid values, reject impossible options and register the models."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from migstd import strategies as ms
from migstd.codelists import all_lists, countries, ge_municipalities
from migstd.identifiers import mrz, phone
from migstd.identifiers.ge import id_card_number, legal_entity_code, passport_number, personal_number
from migstd.models import MigstdModel, Person, Record, TravelDocument

FAST = settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

MODEL_STRATEGIES = {
    "persons": ms.persons(),
    "person_names": ms.person_names(),
    "identifiers": ms.identifiers(),
    "travel_documents": ms.travel_documents(),
    "addresses": ms.addresses(),
    "contact_points": ms.contact_points(),
    "citizenships": ms.citizenships(),
    "references": ms.references(),
    "border_crossings": ms.border_crossings(),
    "residence_permits": ms.residence_permits(),
    "visas": ms.visas(),
    "protection_applications": ms.protection_applications(),
    "diaspora_members": ms.diaspora_members(),
    "return_cases": ms.return_cases(),
    "labour_migration_records": ms.labour_migration_records(),
    "records": ms.records(),
}


@pytest.mark.parametrize("name", sorted(MODEL_STRATEGIES))
def test_models_revalidate(name: str) -> None:
    @FAST
    @given(MODEL_STRATEGIES[name])
    def check(model: MigstdModel) -> None:
        assert type(model).model_validate(model.model_dump()) == model
        assert type(model).model_validate_json(model.model_dump_json()) == model

    check()


@FAST
@given(ms.travel_documents())
def test_document_zones_agree(document: TravelDocument) -> None:
    if document.mrz is not None:
        assert document.mrz_mismatches() == ()


IDENTIFIER_CHECKS: list[tuple[st.SearchStrategy[str], Any]] = [
    (ms.personal_numbers(), lambda value: personal_number.validate(value, reject_placeholders=True)),
    (ms.personal_numbers(placeholders=True), personal_number.validate),
    (ms.legal_entity_codes(), legal_entity_code.validate),
    (ms.passport_numbers(), passport_number.validate),
    (ms.passport_numbers(strict=True), lambda value: passport_number.validate(value, strict=True)),
    (ms.id_card_numbers(strict=True), lambda value: id_card_number.validate(value, strict=True)),
    (ms.phone_numbers(), phone.validate),
    (ms.phone_numbers(regions=("TR", "DE"), number_types=("fixed_line",)), phone.validate),
    (ms.phone_numbers(style="national"), phone.validate),
    (ms.mrz_zones(), mrz.validate),
    (ms.mrz_lines(formats=("TD1",)).map("\n".join), mrz.validate),
]


@pytest.mark.parametrize(("strategy", "validate"), IDENTIFIER_CHECKS)
def test_identifiers_validate(strategy: st.SearchStrategy[str], validate: Any) -> None:
    @FAST
    @given(strategy)
    def check(value: str) -> None:
        validate(value)

    check()


@FAST
@given(ms.phone_numbers())
def test_phone_numbers_are_canonical(number: str) -> None:
    assert phone.validate(number) == number


@pytest.mark.parametrize("name", sorted(all_lists()))
def test_codes_in_list(name: str) -> None:
    codelist = all_lists()[name]

    @settings(max_examples=20, deadline=None, database=None)
    @given(ms.codes(name))
    def check(code: str) -> None:
        assert codelist.get(code) is not None
        assert codelist.get(code).code == code  # type: ignore[union-attr]

    check()


@FAST
@given(ms.municipality_codes(region="GE-AJ"))
def test_municipalities_of_region(code: str) -> None:
    assert ge_municipalities.get(code).parent == "GE-AJ"  # type: ignore[union-attr]


@FAST
@given(ms.country_codes(current_only=True))
def test_current_country_codes(code: str) -> None:
    assert countries.get(code).valid_to is None  # type: ignore[union-attr]


@FAST
@given(ms.partial_dates(min_year=1990, max_year=1991, precisions=("month",)))
def test_partial_date_options(date: Any) -> None:
    assert 1990 <= date.year <= 1991
    assert date.precision == "month"


@FAST
@given(ms.persons(min_birth_year=1950, max_birth_year=1950, max_names=1, max_documents=0))
def test_person_options(person: Person) -> None:
    assert person.birth_date is None or person.birth_date.year == 1950
    assert len(person.names) == 1
    assert person.documents == ()


@FAST
@given(ms.records(kinds=["visa", "return_case"]))
def test_record_kinds(record: Record) -> None:
    assert record.payload.kind in ("visa", "return_case")


INVALID_OPTIONS = [
    lambda: ms.partial_dates(min_year=2000, max_year=1999),
    lambda: ms.partial_dates(min_year=1700),
    lambda: ms.partial_dates(precisions=()),
    lambda: ms.partial_dates(precisions=("week",)),  # type: ignore[arg-type]
    lambda: ms.persons(min_birth_year=2000, max_birth_year=1990),
    lambda: ms.persons(max_identifiers=-1),
    lambda: ms.persons(max_names=0),
    lambda: ms.person_names(scripts=("klingon",)),  # type: ignore[arg-type]
    lambda: ms.person_names(scripts="latin"),  # type: ignore[arg-type]
    lambda: ms.person_names(systems=("morse",)),  # type: ignore[arg-type]
    lambda: ms.person_names(sex="Q"),  # type: ignore[arg-type]
    lambda: ms.codes("planets"),
    lambda: ms.codes("countries", on="2020-01-01"),  # type: ignore[arg-type]
    lambda: ms.codes("countries", on=__import__("datetime").date(2020, 1, 1), current_only=True),
    lambda: ms.municipality_codes(region="GE-XX"),
    lambda: ms.phone_numbers(regions=("ZZ",)),
    lambda: ms.phone_numbers(regions=()),
    lambda: ms.phone_numbers(style="fancy"),  # type: ignore[arg-type]
    lambda: ms.mrz_lines(formats=("TD9",)),  # type: ignore[arg-type]
    lambda: ms.document_numbers(max_length=0),
    lambda: ms.personal_numbers(placeholders="yes"),  # type: ignore[arg-type]
    lambda: ms.identifiers(schemes=("SSN",)),  # type: ignore[arg-type]
    lambda: ms.citizenships(country="Atlantis"),
    lambda: ms.addresses(georgian="yes"),  # type: ignore[arg-type]
    lambda: ms.records(kinds=("tweet",)),
]


@pytest.mark.parametrize("build", INVALID_OPTIONS)
def test_invalid_options_raise(build: Any) -> None:
    with pytest.raises(InvalidArgument):
        build()


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_from_type_in_fresh_process() -> None:
    result = _run(
        """
        from hypothesis import find, settings, strategies as st
        from migstd.models import Person, Record, Visa
        person = find(st.from_type(Person), lambda person: True, settings=settings(database=None))
        print(type(person).__name__, person.given_name)
        find(st.from_type(Record), lambda record: True, settings=settings(database=None))
        print(type(find(st.from_type(Visa), lambda visa: True, settings=settings(database=None))).__name__)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Person", "გიორგი", "Visa"]


def test_import_without_hypothesis_names_extra() -> None:
    result = _run(
        """
        import sys

        class BlockHypothesis:
            def find_spec(self, name, path=None, target=None):
                if name == "hypothesis" or name.startswith("hypothesis."):
                    raise ImportError("No module named 'hypothesis'")
                return None

        sys.meta_path.insert(0, BlockHypothesis())
        import migstd.strategies
        """
    )
    assert result.returncode != 0
    assert "ImportError" in result.stderr
    assert "pip install 'migstd[hypothesis]'" in result.stderr
