"""Hypothesis strategies for migstd's models, code lists and identifiers (the ``hypothesis`` extra).

Every strategy is a plural noun that returns a ``SearchStrategy``, takes
keyword-only options, checks them when it is called (an impossible option
raises :class:`hypothesis.errors.InvalidArgument`) and generates values that
pass validation. Choices are ordered simplest first (GEO first among
countries, Georgian names before those of minorities and the most frequent
names first, full dates towards 2000-01-01, optional fields towards
``None``), so a failing example shrinks to a readable one. Every person is
synthetic: names are real frequent names of Georgians and of Georgia's
minorities, drawn by census share, and numbers are random.

Installing migstd registers the models with Hypothesis, so
``st.from_type(Person)`` and ``st.builds`` of functions taking models work
in any test suite; :func:`duplicates_of` generates realistic second records
of a person for record-linkage tests.

>>> from hypothesis import find, settings
>>> from migstd.models import Person
>>> person = find(persons(), lambda person: person.birth_date is not None, settings=settings(database=None))
>>> person.given_name, str(person.birth_date)
('გიორგი', '2000-01-01')
"""

try:
    import hypothesis  # noqa: F401
except ImportError as error:  # pragma: no cover - tested in a subprocess
    raise ImportError(
        "migstd.strategies needs Hypothesis, which is not installed; "
        "install it with: pip install 'migstd[hypothesis]'"
    ) from error

from migstd.strategies._codes import (
    COMMON_COUNTRIES,
    authority_codes,
    border_crossing_point_codes,
    codes,
    country_codes,
    issuing_state_codes,
    municipality_codes,
    region_codes,
    sex_codes,
)
from migstd.strategies._dates import PRECISIONS, partial_dates, timestamps
from migstd.strategies._duplicates import DUPLICATE_KINDS, DuplicateKind, duplicate_changes_of, duplicates_of
from migstd.strategies._events import (
    border_crossings,
    diaspora_members,
    labour_migration_records,
    protection_applications,
    records,
    references,
    residence_permits,
    return_cases,
    visas,
)
from migstd.strategies._identifiers import (
    MRZ_FORMATS,
    NUMBER_TYPES,
    PHONE_STYLES,
    document_numbers,
    id_card_numbers,
    legal_entity_codes,
    mrz_lines,
    mrz_zones,
    passport_numbers,
    personal_numbers,
    phone_numbers,
)
from migstd.strategies._names import (
    NAME_ORIGINS,
    NAME_SCRIPTS,
    name_origin_shares,
    name_origins,
    names_of_origin,
    person_names,
)
from migstd.strategies._people import (
    IDENTIFIER_SCHEMES,
    Holder,
    addresses,
    citizenships,
    contact_points,
    holders,
    identifiers,
    travel_documents,
)
from migstd.strategies._persons import persons
from migstd.strategies._register import register_type_strategies

__all__ = [
    "COMMON_COUNTRIES",
    "DUPLICATE_KINDS",
    "IDENTIFIER_SCHEMES",
    "MRZ_FORMATS",
    "NAME_ORIGINS",
    "NAME_SCRIPTS",
    "NUMBER_TYPES",
    "PHONE_STYLES",
    "PRECISIONS",
    "DuplicateKind",
    "Holder",
    "addresses",
    "authority_codes",
    "border_crossing_point_codes",
    "border_crossings",
    "citizenships",
    "codes",
    "contact_points",
    "country_codes",
    "diaspora_members",
    "document_numbers",
    "duplicate_changes_of",
    "duplicates_of",
    "holders",
    "id_card_numbers",
    "identifiers",
    "issuing_state_codes",
    "labour_migration_records",
    "legal_entity_codes",
    "mrz_lines",
    "mrz_zones",
    "municipality_codes",
    "name_origin_shares",
    "name_origins",
    "names_of_origin",
    "partial_dates",
    "passport_numbers",
    "person_names",
    "personal_numbers",
    "persons",
    "phone_numbers",
    "protection_applications",
    "records",
    "references",
    "region_codes",
    "register_type_strategies",
    "residence_permits",
    "return_cases",
    "sex_codes",
    "timestamps",
    "travel_documents",
    "visas",
]
