"""Strategies for a person's parts: citizenships, identifiers, addresses, contact points and documents.

Each strategy generates a model that passes validation; optional fields
shrink to ``None`` and codes to the first of their list.

>>> from hypothesis import find, settings
>>> no_database = settings(database=None)
>>> find(citizenships(), lambda citizenship: True, settings=no_database)
Citizenship(country='GEO', acquisition_mode=None, acquired_on=None, loss_mode=None, lost_on=None)
>>> find(addresses(), lambda address: True, settings=no_database).country
'GEO'
>>> find(identifiers(), lambda identifier: True, settings=no_database).scheme
'GE_PERSONAL_NUMBER'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, get_args

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from migstd.codelists import countries, ge_municipalities
from migstd.identifiers.mrz import MrzDate, generate
from migstd.models import (
    Address,
    Citizenship,
    ContactPoint,
    Identifier,
    IdentifierScheme,
    PartialDate,
    TravelDocument,
)
from migstd.script import to_latin
from migstd.strategies._codes import codes, country_codes, issuing_state_codes
from migstd.strategies._data import NameOrigin, Sex
from migstd.strategies._dates import partial_dates, periods
from migstd.strategies._identifiers import (
    DIGITS,
    document_numbers,
    id_card_numbers,
    legal_entity_codes,
    passport_numbers,
    personal_numbers,
    phone_numbers,
)
from migstd.strategies._names import check_origins, georgian_names, origin_names
from migstd.strategies._options import check_choices

__all__ = [
    "IDENTIFIER_SCHEMES",
    "Holder",
    "addresses",
    "citizenships",
    "contact_points",
    "holders",
    "identifiers",
    "travel_documents",
]

IDENTIFIER_SCHEMES: Final[tuple[IdentifierScheme, ...]] = get_args(IdentifierScheme)
"""Identifier schemes in the order of the model, the Georgian personal number first."""

GEORGIA: Final = "GEO"

# Acquisition and loss modes that the models accept for a country other than Georgia.
_GENERIC_ACQUISITION: Final = ("BIRTH", "NATURALISATION")
_GENERIC_LOSS: Final = ("RENUNCIATION", "LOSS")

# Years of events in a living person's records: acquisitions, documents, contracts.
EVENT_YEARS: Final = (1950, 2030)

# Georgian passports and identity cards are valid for 10 years.
_VALIDITY_YEARS: Final = 10

# RFC 2606 reserves these domains for examples, so a generated address reaches nobody.
_EMAIL_DOMAINS: Final = ("example.com", "example.org", "example.net")

_STREET_KINDS: Final = ("Street", "Avenue", "Lane", "Square")

# ISO/IEC 5218 codes and the sex of the name tables they choose.
_NAME_SEX: Final[dict[str, Sex]] = {"1": "M", "2": "F"}


@dataclass(frozen=True)
class Holder:
    """The holder details that a document or contact point repeats: name, birth date, sex and nationality."""

    given: str
    family: str
    birth_date: PartialDate | None
    sex: str | None
    nationality: str
    personal_number: str | None = None


def holders(*, origins: Sequence[NameOrigin] | None = None) -> st.SearchStrategy[Holder]:
    """Generate holders whose name is of an origin drawn from ``origins`` by census share (all by default).

    An unknown origin raises :class:`~hypothesis.errors.InvalidArgument`.
    Shrinks towards გიორგი ბერიძე of Georgia, without a birth date.
    """
    return _holders(check_origins(origins))


@st.composite
def _holders(draw: st.DrawFn, origins: tuple[NameOrigin, ...]) -> Holder:
    sex = draw(st.none() | st.sampled_from(("1", "2")))
    # The surname form (-ოვი or -ოვა) agrees with the ISO/IEC 5218 sex code, when there is one.
    name_sex = _NAME_SEX.get(sex or "")
    _origin, _sex, given, family = draw(origin_names(origins, name_sex))
    birth_date = draw(st.none() | partial_dates(min_year=1920, max_year=2025))
    return Holder(given, family, birth_date, sex, draw(country_codes(current_only=True)))


@st.composite
def _citizenships(draw: st.DrawFn, country: str | None) -> Citizenship:
    chosen = country if country is not None else draw(country_codes())
    georgian = chosen == GEORGIA
    acquisition = (
        codes("ge_citizenship_acquisition_modes") if georgian else st.sampled_from(_GENERIC_ACQUISITION)
    )
    loss = codes("ge_citizenship_loss_modes") if georgian else st.sampled_from(_GENERIC_LOSS)

    acquisition_mode = draw(st.none() | acquisition)
    loss_mode = draw(st.none() | loss)
    acquired_on, lost_on = draw(periods(*EVENT_YEARS))
    return Citizenship(
        country=chosen,
        acquisition_mode=acquisition_mode,
        acquired_on=acquired_on,
        loss_mode=loss_mode,
        lost_on=lost_on if loss_mode is not None else None,
    )


def citizenships(*, country: str | None = None) -> st.SearchStrategy[Citizenship]:
    """Generate :class:`~migstd.models.Citizenship` records, of ``country`` when it is given.

    Modes of Georgian law appear only with GEO. A loss date appears only with
    a loss mode, never before the acquisition date. Shrinks towards a bare
    Georgian citizenship.
    """
    if country is None:
        return _citizenships(None)

    entry = countries.get(country) if isinstance(country, str) else None
    if entry is None:
        raise InvalidArgument(f"country={country!r} is not a code of the countries code list")
    return _citizenships(entry.code)


def identifiers(*, schemes: Sequence[IdentifierScheme] | None = None) -> st.SearchStrategy[Identifier]:
    """Generate :class:`~migstd.models.Identifier` records of ``schemes`` (all by default).

    A Georgian scheme carries GEO; a passport is Georgian or foreign, with a
    number of the issuer's form; other schemes have 1 to 20 letters and
    digits. Validity dates are optional and ordered. Shrinks towards a
    Georgian personal number without dates.
    """
    return _identifiers(check_choices(schemes, IDENTIFIER_SCHEMES, name="schemes"))


@st.composite
def _identifiers(draw: st.DrawFn, schemes: tuple[IdentifierScheme, ...]) -> Identifier:
    # Every scheme draws a country, so that no scheme is simpler for having fewer draws.
    scheme = draw(st.sampled_from(schemes))
    country = draw(st.none() | country_codes(current_only=True))
    if scheme == "GE_PERSONAL_NUMBER":
        country, value = GEORGIA, draw(personal_numbers())
    elif scheme == "GE_LEGAL_ENTITY_CODE":
        country, value = GEORGIA, draw(legal_entity_codes())
    elif scheme == "PASSPORT":
        value = draw(passport_numbers() if country == GEORGIA else document_numbers())
    else:
        value = draw(document_numbers(max_length=20))

    valid_from, valid_to = draw(periods(*EVENT_YEARS))
    return Identifier(
        scheme=scheme, issuing_country=country, value=value, valid_from=valid_from, valid_to=valid_to
    )


def addresses(*, georgian: bool | None = None) -> st.SearchStrategy[Address]:
    """Generate :class:`~migstd.models.Address` records, Georgian or foreign (both by default).

    A Georgian address has a municipality, its region or none, a settlement
    named after the municipality, an optional 4-digit post code, a street
    named after a frequent surname and a house number. A foreign address
    has a country and optional post code and street. Shrinks towards a
    Georgian address with only a municipality and a street.
    """
    if georgian is not None and not isinstance(georgian, bool):
        raise InvalidArgument(f"georgian must be True, False or None, not {georgian!r}")
    return _addresses((True, False) if georgian is None else (georgian,))


@st.composite
def _streets(draw: st.DrawFn) -> tuple[str, str]:
    _given, family = draw(georgian_names())
    street = f"{to_latin(family, 'passport', name=True)} {draw(st.sampled_from(_STREET_KINDS))}"
    house = draw(st.integers(1, 300))
    flat = draw(st.none() | st.integers(1, 120))
    return street, str(house) if flat is None else f"{house}, flat {flat}"


@st.composite
def _addresses(draw: st.DrawFn, choices: tuple[bool, ...]) -> Address:
    # Both kinds draw the same fields, so that the shorter foreign address
    # does not become the simplest example.
    local = draw(st.sampled_from(choices))
    country = (
        GEORGIA if local else draw(country_codes(current_only=True).filter(lambda code: code != GEORGIA))
    )
    municipality = draw(codes(ge_municipalities))
    with_region = draw(st.booleans())
    with_settlement = draw(st.booleans())
    post_code = draw(st.none() | st.text(DIGITS, min_size=4 if local else 5, max_size=4 if local else 5))
    street, locator = draw(st.none() | _streets()) or (None, None)

    if not local:
        # TODO: foreign addresses have no settlement and Georgian street names;
        # add per-country place tables when a linkage test needs them.
        return Address(country=country, post_code=post_code, thoroughfare=street, locator_designator=locator)

    entry = ge_municipalities.get(municipality)
    if entry is None:
        raise AssertionError("a code drawn from ge_municipalities is in it")
    return Address(
        country=country,
        region=entry.parent if with_region else None,
        municipality=municipality,
        settlement=entry.labels["en"] if with_settlement else None,
        post_code=post_code,
        thoroughfare=street,
        locator_designator=locator,
    )


def contact_points(*, holder: Holder | None = None) -> st.SearchStrategy[ContactPoint]:
    """Generate :class:`~migstd.models.ContactPoint` records: a phone, an email address, or both.

    Phones are Georgian mobile or fixed numbers in E.164; email addresses are
    built from the romanized name of ``holder`` (drawn when not given) at a
    domain that RFC 2606 reserves for examples. Shrinks towards a phone only.
    """
    return (holders() if holder is None else st.just(holder)).flatmap(_contact_points)


@st.composite
def _contact_points(draw: st.DrawFn, holder: Holder) -> ContactPoint:
    local = ".".join(to_latin(part, "passport").lower() for part in (holder.given, holder.family))
    email = f"{local}{draw(st.sampled_from(('', '1', '85', '_ge')))}@{draw(st.sampled_from(_EMAIL_DOMAINS))}"
    number = draw(phone_numbers())
    choice = draw(st.sampled_from(("phone", "email", "both")))
    return ContactPoint(
        phone=number if choice != "email" else None,
        email=email if choice != "phone" else None,
    )


def travel_documents(*, holder: Holder | None = None) -> st.SearchStrategy[TravelDocument]:
    """Generate :class:`~migstd.models.TravelDocument` records of ``holder`` (drawn when not given).

    A Georgian passport (national number pattern), a Georgian identity card
    or a foreign passport. Issue and expiry dates are both full and 10 years
    apart, or both missing. A document with an expiry date may carry an MRZ
    written from the holder and the document, so that ``mrz_mismatches()``
    is empty. Shrinks towards a Georgian passport without dates or MRZ.
    """
    return (holders() if holder is None else st.just(holder)).flatmap(_travel_documents)


@st.composite
def _travel_documents(draw: st.DrawFn, holder: Holder) -> TravelDocument:
    fields: dict[str, Any]
    kind = draw(st.sampled_from(("passport", "id_card", "foreign")))
    if kind == "passport":
        fields = {
            "document_type": "P",
            "issuing_state": GEORGIA,
            "ge_document_type": "GE_PASSPORT",
            "number": draw(passport_numbers(strict=True)),
        }
    elif kind == "id_card":
        fields = {
            "document_type": "ID",
            "issuing_state": GEORGIA,
            "ge_document_type": "GE_ID_CARD",
            "number": draw(id_card_numbers(strict=True)),
        }
    else:
        state = draw(issuing_state_codes().filter(lambda code: code != GEORGIA))
        fields = {
            "document_type": "P",
            "issuing_state": state,
            "ge_document_type": None,
            "number": draw(document_numbers()),
        }

    issued = draw(st.none() | st.dates(dt.date(2005, 1, 1), dt.date(2026, 12, 31)))
    if issued is None:
        return TravelDocument.model_validate(fields)

    expires = _add_years(issued, _VALIDITY_YEARS) - dt.timedelta(days=1)
    zone = None
    if draw(st.booleans()):
        zone = "\n".join(_zone(holder, fields, expires, kind))
    dates = {"issue_date": _full(issued), "expiry_date": _full(expires), "mrz": zone}
    return TravelDocument.model_validate({**fields, **dates})


def _zone(holder: Holder, fields: dict[str, Any], expires: dt.date, kind: str) -> tuple[str, ...]:
    birth = holder.birth_date
    birth_date = MrzDate(None, None, None) if birth is None else MrzDate(birth.year, birth.month, birth.day)
    sex = {"1": "M", "2": "F"}.get(holder.sex or "", "X")
    optional = holder.personal_number if kind != "foreign" and holder.personal_number else ""
    return generate(
        "TD1" if kind == "id_card" else "TD3",
        document_code=fields["document_type"] or "P",
        issuing_state=fields["issuing_state"] or "",
        primary_identifier=holder.family,
        secondary_identifier=holder.given,
        document_number=fields["number"] or "",
        nationality=_printed_nationality(holder.nationality),
        birth_date=birth_date,
        sex=sex,
        expiry_date=expires,
        optional_data=optional,
    )


def _printed_nationality(code: str) -> str:
    entry = countries.get(code)
    return (entry.icao or entry.alpha_3) if entry is not None and (entry.icao or entry.alpha_3) else "XXX"


def _add_years(day: dt.date, years: int) -> dt.date:
    # The 29th of February moves to the 28th in a year that is not a leap year.
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _full(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)
