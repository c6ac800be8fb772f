"""A person: names, birth date, sex, citizenships, identifiers, documents, residence and contact points.

>>> person = Person(
...     names=[{"given_names": "ნინო", "family_names": "ბერიძე"},
...            {"given_names": "Nino", "family_names": "Beridze", "use": "passport",
...             "romanization": "passport"}],
...     birth_date="1985-03",
...     sex="F",
...     citizenships=["GE", {"country": "DE", "acquisition_mode": "NATURALISATION"}],
...     identifiers=[{"scheme": "GE_PERSONAL_NUMBER", "value": "01024059317"}],
... )
>>> person.sex, [citizenship.country for citizenship in person.citizenships], person.given_name
('2', ['GEO', 'DEU'], 'ნინო')
>>> person.personal_number
'01024059317'
>>> person
Person(kind='person', names=<redacted>, birth_date=<redacted>, sex='2', country_of_birth=None, \
citizenships=(Citizenship(country='GEO', acquisition_mode=None, acquired_on=None, loss_mode=None, \
lost_on=None), Citizenship(country='DEU', acquisition_mode='NATURALISATION', acquired_on=None, \
loss_mode=None, lost_on=None)), identifiers=<redacted>, documents=(), residence=None, contact_points=())
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from migstd.codelists import CountryCode, SexCode
from migstd.models._address import Address, ContactPoint
from migstd.models._base import MigstdModel, personal_field
from migstd.models._citizenship import Citizenship
from migstd.models._dates import PartialDate
from migstd.models._document import TravelDocument
from migstd.models._identifier import Identifier
from migstd.models._names import PersonName

__all__ = ["Person"]


def _require_name(names: tuple[Any, ...]) -> tuple[Any, ...]:
    # Runs after the items are valid; min_length would add a misleading second error.
    if not names:
        raise PydanticCustomError("names_missing", "at least one name is required")
    return names


def _codes_to_citizenships(value: Any) -> Any:
    # "GE" is shorthand for {"country": "GE"}. Any other item that is not a
    # mapping or a model goes into "country" too, to be rejected there as a code.
    if isinstance(value, list | tuple):
        return tuple(item if isinstance(item, Mapping | Citizenship) else {"country": item} for item in value)
    return value


def _deduplicate(items: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(items))


class Person(MigstdModel):
    """A person as migration records describe them, after SEMIC's Core Person Vocabulary.

    ``names``, ``birth_date`` and ``identifiers`` are personal, and so are the
    numbers, MRZ, address lines and contact details inside ``documents``,
    ``residence`` and ``contact_points``: they print as ``<redacted>`` and
    never appear in a validation error. ``citizenships`` take
    :class:`Citizenship` records or bare country codes, and keep each distinct
    record once, in the order given. :attr:`personal_number` and
    :attr:`document_number` read the first Georgian personal number and the
    first document's number.
    """

    kind: Literal["person"] = "person"
    names: Annotated[tuple[PersonName, ...], AfterValidator(_require_name)] = personal_field()
    birth_date: PartialDate | None = personal_field(default=None)
    sex: SexCode | None = None
    country_of_birth: CountryCode | None = Field(
        default=None, description="Country of birth; a withdrawn code such as SUN is accepted."
    )
    citizenships: Annotated[
        tuple[Citizenship, ...], BeforeValidator(_codes_to_citizenships), AfterValidator(_deduplicate)
    ] = ()
    identifiers: Annotated[tuple[Identifier, ...], AfterValidator(_deduplicate)] = personal_field(default=())
    documents: tuple[TravelDocument, ...] = ()
    residence: Address | None = Field(default=None, description="Address of usual residence.")
    contact_points: tuple[ContactPoint, ...] = ()

    @property
    def given_name(self) -> str:
        """Given names of the first official name (else the first name), joined by spaces."""
        return " ".join(self._main_name().given_names)

    @property
    def family_name(self) -> str:
        """Family names of the first official name (else the first name), joined by spaces."""
        return " ".join(self._main_name().family_names)

    @property
    def personal_number(self) -> str | None:
        """Value of the first ``GE_PERSONAL_NUMBER`` identifier, or ``None``."""
        numbers = (item.value for item in self.identifiers if item.scheme == "GE_PERSONAL_NUMBER")
        return next(numbers, None)

    @property
    def document_number(self) -> str | None:
        """Number of the first document, or ``None``."""
        return self.documents[0].number if self.documents else None

    def _main_name(self) -> PersonName:
        official = (name for name in self.names if name.use == "official")
        return next(official, self.names[0])
