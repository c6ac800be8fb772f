"""Strategies generate valid values and names of every origin, reject bad options, register the models."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib import resources
from typing import Any

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from migstd import strategies as ms
from migstd.codelists import all_lists, countries, ge_municipalities
from migstd.identifiers import mrz, phone
from migstd.identifiers.ge import id_card_number, legal_entity_code, passport_number, personal_number
from migstd.models import MigstdModel, Person, PersonName, Record, TravelDocument
from migstd.script import to_cyrillic

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


def _minority_table() -> list[list[str]]:
    """Return the rows (group, kind, sex, name, weight, weight kind) of the minority name table."""
    table = resources.files("migstd").joinpath("synth", "data", "minority_names.tsv")
    text = table.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


MINORITY_SURNAMES = frozenset(row[3] for row in _minority_table() if row[1] == "surname")

# Census counts of ethnic_groups.tsv (Geostat, 2014 census) over the total population.
AZERBAIJANI_SHARE = 233000 / 3713804
ARMENIAN_SHARE = 168100 / 3713804


def test_origin_shares_follow_census() -> None:
    shares = ms.name_origin_shares()
    assert tuple(shares) == ms.NAME_ORIGINS
    assert ms.NAME_ORIGINS[0] == "georgian"
    assert sum(shares.values()) == pytest.approx(1.0)
    assert shares["azerbaijani"] == pytest.approx(AZERBAIJANI_SHARE)
    assert shares["armenian"] == pytest.approx(ARMENIAN_SHARE)
    assert shares["georgian"] == pytest.approx(0.873, abs=0.001)
    minority_shares = [shares[origin] for origin in ms.NAME_ORIGINS[1:]]
    assert minority_shares == sorted(minority_shares, reverse=True)


def test_default_names_include_minorities_by_share() -> None:
    surnames: list[str] = []

    @settings(max_examples=1000, deadline=None, database=None)
    @given(ms.names_of_origin())
    def collect(name: tuple[str, str]) -> None:
        surnames.append(name[1])

    collect()
    minority = sum(surname in MINORITY_SURNAMES for surname in surnames) / len(surnames)
    # The census share of all minorities is 12.7 %; Hypothesis's floats are only close to uniform.
    assert 0.06 < minority < 0.25


def test_default_origins_by_share() -> None:
    drawn: list[str] = []

    @settings(max_examples=1000, deadline=None, database=None)
    @given(ms.name_origins())
    def collect(origin: str) -> None:
        drawn.append(origin)

    collect()
    assert 0.75 < drawn.count("georgian") / len(drawn) < 0.95
    assert 0.02 < drawn.count("azerbaijani") / len(drawn) < 0.15
    assert 0.01 < drawn.count("armenian") / len(drawn) < 0.12


@pytest.mark.parametrize("origin", ms.NAME_ORIGINS)
def test_origin_names_revalidate(origin: str) -> None:
    @settings(max_examples=25, deadline=None, database=None)
    @given(ms.person_names(origins=(origin,)))  # type: ignore[arg-type]
    def check(name: PersonName) -> None:
        assert PersonName.model_validate(name.model_dump()) == name
        assert name.given_names[0]

    check()


@pytest.mark.parametrize("origin", ms.NAME_ORIGINS)
def test_origin_persons_revalidate(origin: str) -> None:
    @settings(max_examples=10, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(ms.persons(origins=(origin,), max_documents=1))  # type: ignore[arg-type]
    def check(person: Person) -> None:
        assert Person.model_validate_json(person.model_dump_json()) == person

    check()


@pytest.mark.parametrize("script", ms.NAME_SCRIPTS)
def test_minority_names_in_every_script(script: str) -> None:
    @FAST
    @given(ms.person_names(origins=("azerbaijani", "russian"), scripts=(script,)))  # type: ignore[arg-type]
    def check(name: PersonName) -> None:
        assert name.script.value == script

    check()


@FAST
@given(ms.person_names(origins=("armenian",), scripts=("mkhedruli",)))
def test_armenian_names_from_table(name: PersonName) -> None:
    rows = [row for row in _minority_table() if row[0] == "armenian"]
    assert name.given_names[0] in {row[3] for row in rows if row[1] == "given"}
    assert name.family_names[0] in {row[3] for row in rows if row[1] == "surname"}
    assert name.patronymic is None or name.patronymic in {
        row[3] for row in rows if row[1] == "given" and row[2] == "M"
    }


@FAST
@given(
    ms.persons(origins=("russian", "ossetian", "azerbaijani"), max_names=1).filter(
        lambda p: p.sex in ("1", "2")
    )
)
def test_minority_surname_form_matches_sex(person: Person) -> None:
    sex = {"1": "M", "2": "F"}[person.sex or ""]
    forms = {row[3] for row in _minority_table() if row[1] == "surname" and row[2] in (sex, "B")}
    assert person.family_name in forms
    assert person.family_name.endswith(("ოვი", "ევი") if sex == "M" else ("ოვა", "ევა"))


@FAST
@given(ms.names_of_origin(origins=("georgian",)))
def test_georgian_origin_excludes_minorities(name: tuple[str, str]) -> None:
    assert name[1] not in MINORITY_SURNAMES
    assert not name[1].endswith(("ოვი", "ევი", "ოვა", "ევა"))


def test_origin_names_shrink_to_giorgi_beridze() -> None:
    # persons() shrinks to the same name; its doctest checks that, as find() on it takes seconds.
    no_database = settings(database=None, max_examples=1000)
    assert find(ms.person_names(), lambda name: True, settings=no_database).parts() == ("გიორგი", "ბერიძე")
    assert find(ms.names_of_origin(), lambda name: True, settings=no_database) == ("გიორგი", "ბერიძე")
    woman = find(ms.names_of_origin(sex="F"), lambda name: True, settings=no_database)
    assert woman == ("ნინო", "ბერიძე")
    armenian = find(ms.names_of_origin(origins=("armenian",)), lambda name: True, settings=no_database)
    assert armenian == ("ალბერტ", "გრიგორიანი")


def test_minority_failure_shrinks_to_largest_minority() -> None:
    found = find(
        ms.names_of_origin(), lambda name: name[1] in MINORITY_SURNAMES, settings=settings(database=None)
    )
    assert found == ("ალი", "მამედოვი")


@FAST
@given(
    ms.persons(origins=("armenian", "yazidi", "greek")).flatmap(
        lambda person: st.tuples(st.just(person), ms.duplicate_changes_of(person))
    )
)
def test_duplicates_of_minority_persons(pair: tuple[Person, tuple[Person, tuple[str, ...]]]) -> None:
    person, (duplicate, changes) = pair
    assert Person.model_validate(duplicate.model_dump()) == duplicate
    assert duplicate != person
    assert "nickname" not in changes


def test_minority_nickname_not_applicable() -> None:
    person = Person.model_validate({"names": [{"given_names": "ტიგრან", "family_names": "გრიგორიანი"}]})
    with pytest.raises(InvalidArgument):
        ms.duplicates_of(person, kinds=["nickname"])


def test_minority_duplicate_in_cyrillic() -> None:
    person = Person.model_validate({"names": [{"given_names": "ტიგრან", "family_names": "გრიგორიანი"}]})
    duplicate = find(
        ms.duplicates_of(person, kinds=["cyrillic"]), lambda copy: True, settings=settings(database=None)
    )
    assert duplicate.given_name == to_cyrillic("ტიგრან")
    assert duplicate.family_name == to_cyrillic("გრიგორიანი")


INVALID_ORIGINS = [
    lambda: ms.person_names(origins=("martian",)),  # type: ignore[arg-type]
    lambda: ms.person_names(origins="armenian"),  # type: ignore[arg-type]
    lambda: ms.persons(origins=()),
    lambda: ms.persons(origins=("Armenian",)),  # type: ignore[arg-type]
    lambda: ms.names_of_origin(origins=("georgian", "atlantean")),  # type: ignore[arg-type]
    lambda: ms.name_origins(origins=("klingon",)),  # type: ignore[arg-type]
    lambda: ms.holders(origins=("elvish",)),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("build", INVALID_ORIGINS)
def test_invalid_origins_raise(build: Any) -> None:
    with pytest.raises(InvalidArgument, match="origins"):
        build()
