"""The strategy for whole people: :func:`persons`.

>>> from hypothesis import find, settings
>>> person = find(persons(), lambda person: True, settings=settings(database=None))
>>> person.given_name, person.family_name, person.birth_date, person.identifiers
('გიორგი', 'ბერიძე', None, ())
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from migstd.models import Person, RomanizationSystem
from migstd.strategies._codes import country_codes
from migstd.strategies._data import NameOrigin, Sex, given_names
from migstd.strategies._dates import partial_dates
from migstd.strategies._names import SEXES, NameScript, check_origins, origin_names, write_name
from migstd.strategies._options import check_size, check_year_range
from migstd.strategies._people import (
    Holder,
    addresses,
    citizenships,
    contact_points,
    identifiers,
    travel_documents,
)

__all__ = ["persons"]

# Birth years of living people in records; a caller widens them with the options.
DEFAULT_BIRTH_YEARS: Final = (1920, 2025)

# ISO/IEC 5218 codes and the sex of the name tables they choose.
# The passport system first: it is the Latin form most records carry.
_SYSTEMS: Final[tuple[RomanizationSystem, ...]] = ("passport", "national", "iso9984", "bgn1981", "ala-lc")

_NAME_SEX: Final[dict[str, Sex]] = {"1": "M", "2": "F"}


def persons(
    *,
    min_birth_year: int = DEFAULT_BIRTH_YEARS[0],
    max_birth_year: int = DEFAULT_BIRTH_YEARS[1],
    max_names: int = 3,
    max_identifiers: int = 2,
    max_documents: int = 2,
    max_contact_points: int = 2,
    origins: Sequence[NameOrigin] | None = None,
) -> st.SearchStrategy[Person]:
    """Generate :class:`~migstd.models.Person` records of people with the names of Georgia's population.

    Every person has an official name in Mkhedruli whose given name and
    surname form agree with the sex, and up to ``max_names - 1`` more forms
    of it: romanized (any system), Cyrillic or Mtavruli. The name's origin
    is drawn from ``origins`` (all of :data:`~migstd.strategies.NAME_ORIGINS` by default) by
    its group's share of the 2014 census, and the optional patronymic is a
    male given name of the same origin. An unknown origin raises
    :class:`~hypothesis.errors.InvalidArgument`. Birth dates lie between
    ``min_birth_year`` and ``max_birth_year``, at any precision.
    Citizenships have distinct countries; documents and MRZs repeat the
    person's name, birth date, sex and personal number. The ``max_`` options
    bound each list and must not be negative (``max_names`` at least 1).

    Shrinks towards გიორგი ბერიძე with no other field set, or the most
    frequent name of the first chosen origin.
    """
    first, last = check_year_range(min_birth_year, max_birth_year, names=("min_birth_year", "max_birth_year"))
    if check_size(max_names, name="max_names") < 1:
        raise InvalidArgument("max_names=0 leaves no name, and a person needs one; use 1 or more")
    sizes = (
        max_names,
        check_size(max_identifiers, name="max_identifiers"),
        check_size(max_documents, name="max_documents"),
        check_size(max_contact_points, name="max_contact_points"),
    )
    return _persons(first, last, sizes, check_origins(origins))


@st.composite
def _persons(
    draw: st.DrawFn,
    first_year: int,
    last_year: int,
    sizes: tuple[int, int, int, int],
    origins: tuple[NameOrigin, ...],
) -> Person:
    max_names, max_identifiers, max_documents, max_contact_points = sizes

    sex = draw(st.none() | st.sampled_from(("1", "2", "0", "9")))
    name_sex = _NAME_SEX.get(sex or "") or draw(st.sampled_from(SEXES))
    origin, _sex, given, family = draw(origin_names(origins, name_sex))
    patronymic = draw(st.none() | st.sampled_from(given_names("M", origin)))
    other_scripts: list[NameScript] = draw(
        st.lists(
            st.sampled_from(("latin", "cyrillic", "mtavruli")), unique=True, max_size=min(max_names - 1, 3)
        )
    )
    names = [write_name(given, family, patronymic, "mkhedruli", "national")]
    for script in other_scripts:
        system = draw(st.sampled_from(_SYSTEMS))
        names.append(write_name(given, family, patronymic, script, system))

    birth_date = draw(st.none() | partial_dates(min_year=first_year, max_year=last_year))
    country_of_birth = draw(st.none() | country_codes())
    held = draw(st.lists(citizenships(), max_size=2, unique_by=lambda citizenship: citizenship.country))
    numbers = draw(
        st.lists(identifiers(), max_size=max_identifiers, unique_by=lambda item: (item.scheme, item.value))
    )

    personal = next((item.value for item in numbers if item.scheme == "GE_PERSONAL_NUMBER"), None)
    nationality = held[0].country if held else "GEO"
    holder = Holder(given, family, birth_date, sex, nationality, personal)

    return Person(
        names=tuple(names),
        birth_date=birth_date,
        sex=sex,
        country_of_birth=country_of_birth,
        citizenships=tuple(held),
        identifiers=tuple(numbers),
        documents=tuple(draw(st.lists(travel_documents(holder=holder), max_size=max_documents))),
        residence=draw(st.none() | addresses()),
        contact_points=tuple(draw(st.lists(contact_points(holder=holder), max_size=max_contact_points))),
    )
