"""Conversions between the country code forms: alpha-2, alpha-3, numeric and ICAO.

Each function accepts any code of a country: ISO 3166-1 alpha-2, alpha-3 or
numeric, ISO 3166-3 alpha-4, or an ICAO Doc 9303 code, with or without the MRZ
filler ``<`` (``D<<``), in any letter case:

>>> to_alpha3("ge"), to_alpha2("GEO"), to_numeric("GEO"), to_icao("DE")
('GEO', 'GE', '268', 'D')
>>> to_alpha3("D<<"), to_alpha3("GBD"), to_alpha3("SUHH")
('DEU', 'GBR', 'SUN')

:func:`from_icao` reads the issuing state or nationality field of an MRZ and
returns the country. :func:`icao_entry` returns the meaning of a code outside
ISO 3166-1, such as a British nationality variant or a refugee:

>>> from_icao("D<<").code, from_icao("RKS").code, from_icao("GBD").code
('DEU', 'XKX', 'GBR')
>>> icao_entry("GBD").labels["en"]
'British Overseas Territories Citizen'
>>> icao_entry("XXB").kind
'stateless-refugee'

An unknown code raises :class:`CodeNotFoundError`. A known code without the
requested form raises :class:`MissingCodeFormError`, a subclass of it:

>>> to_numeric("XK")
Traceback (most recent call last):
...
migstd.codelists._crosswalk.MissingCodeFormError: 'XK' (Kosovo) has no numeric code; \
Kosovo's codes are user-assigned and ISO 3166-1 gives it none
>>> from_icao("XXA")
Traceback (most recent call last):
...
migstd.codelists._crosswalk.MissingCodeFormError: 'XXA' is the ICAO code of a stateless person \
or refugee, not of a country; icao_entry() returns what it stands for

The successors of a withdrawn code are ``countries.successors(code)``.
"""

from __future__ import annotations

from migstd.codelists._codelist import CodeNotFoundError, quote
from migstd.codelists._countries import Country, countries
from migstd.codelists._icao import IcaoCodeEntry, IcaoKind, icao_codes

__all__ = [
    "MissingCodeFormError",
    "from_icao",
    "icao_entry",
    "to_alpha2",
    "to_alpha3",
    "to_icao",
    "to_numeric",
]

# The MRZ pads a code shorter than its field with this filler, as in "D<<".
_FILLER = "<"

# Error-message names of the kinds of ICAO code that denote no country.
_KIND_NAMES: dict[IcaoKind, str] = {
    "state": "a state",
    "nationality-variant": "a nationality",
    "organization": "an organization",
    "stateless-refugee": "a stateless person or refugee",
    "unspecified": "an unspecified nationality",
    "specimen": "the specimen state Utopia",
}


class MissingCodeFormError(CodeNotFoundError):
    """A code is known, but its country has no code of the requested form.

    Kosovo has no numeric code, the French Southern and Antarctic Territories
    (FQHH) have no alpha-3 code of their own, and an ICAO code of an organization
    stands for no country. ``form`` names the requested form ("alpha-2",
    "alpha-3", "numeric", "ICAO" or "country") and ``text`` is the code given.
    """

    def __init__(self, text: str, *, form: str, message: str) -> None:
        self.codelist = countries.name
        self.text = text
        self.form = form
        # The message is built here, so CodeNotFoundError's own wording is skipped.
        Exception.__init__(self, message)


def to_alpha2(code: str) -> str:
    """Return the ISO 3166-1 alpha-2 code of the country with this code.

    A withdrawn country returns the alpha-2 code it had, which ISO may since have
    given to another country: ``to_alpha2("GEL")`` is "GE".
    """
    country = _country(code)
    return _require(country.alpha_2, code, country, "alpha-2")


def to_alpha3(code: str) -> str:
    """Return the ISO 3166-1 alpha-3 code of the country with this code (XKX for Kosovo)."""
    country = _country(code)
    return _require(country.alpha_3, code, country, "alpha-3")


def to_numeric(code: str) -> str:
    """Return the three-digit ISO 3166-1 numeric code, with its leading zeros.

    Kosovo and some withdrawn countries have none and raise :class:`MissingCodeFormError`.
    """
    country = _country(code)
    return _require(country.numeric, code, country, "numeric")


def to_icao(code: str) -> str:
    """Return the code that ICAO Doc 9303 documents print for this code.

    That is the alpha-3 code, except D for Germany and RKS for Kosovo. A code of
    :data:`~migstd.codelists.icao_codes` (GBD, XXA, UNO) returns itself without
    the filler.
    """
    special = icao_codes.get(_strip_filler(code))
    if special is not None:
        return special.code

    country = _country(code)
    return _require(country.icao, code, country, "ICAO")


def from_icao(code: str) -> Country:
    """Return the country of an MRZ issuing state or nationality code.

    ``code`` is an ISO alpha-3 code (including a withdrawn one) or an ICAO code,
    with or without the filler ``<``. A nationality variant returns its state, so
    GBD returns the United Kingdom, and :func:`icao_entry` returns the variant.
    Raises :class:`MissingCodeFormError` for a code of an organization, a
    stateless person, a refugee or a specimen, and :class:`CodeNotFoundError`
    for anything else that is not such a code, including alpha-2 and numeric codes.
    """
    text = _strip_filler(code)
    special = icao_codes.get(text)
    if special is not None:
        return _country_of(special, code)

    country = countries.get(text)
    if country is None or text.upper() not in (country.alpha_3, country.icao):
        raise CodeNotFoundError(countries.name, code, kind="ICAO or ISO 3166-1 alpha-3 code")
    return country


def icao_entry(code: str) -> IcaoCodeEntry:
    """Return the :data:`~migstd.codelists.icao_codes` entry of an ICAO code outside ISO 3166-1.

    Accepts the filler ``<``. Raises :class:`CodeNotFoundError` for any other
    code, including ISO alpha-3 codes such as GEO.
    """
    entry = icao_codes.get(_strip_filler(code))
    if entry is None:
        raise CodeNotFoundError(icao_codes.name, code, kind="code")
    return entry


def _country(code: str) -> Country:
    """Return the country of any of its codes, or of an ICAO code that belongs to one."""
    if not isinstance(code, str):
        raise TypeError(f"code must be a str, not {type(code).__name__}")

    text = _strip_filler(code)
    country = countries.get(text)
    if country is not None:
        return country

    special = icao_codes.get(text)
    if special is not None:
        return _country_of(special, code)
    raise CodeNotFoundError(countries.name, code, kind="country code")


def _country_of(special: IcaoCodeEntry, code: str) -> Country:
    country = countries.get(special.country) if special.country else None
    if country is None:
        raise MissingCodeFormError(
            code,
            form="country",
            message=(
                f"{quote(code)} is the ICAO code of {_KIND_NAMES[special.kind]}, not of a country; "
                "icao_entry() returns what it stands for"
            ),
        )
    return country


def _require(value: str, code: str, country: Country, form: str) -> str:
    if value:
        return value

    if not country.iso_assigned:
        reason = f"{country.labels['en']}'s codes are user-assigned and ISO 3166-1 gives it none"
    elif country.retired and form in ("alpha-3", "ICAO"):
        reason = f"its alpha-3 code now belongs to another country; use the ISO 3166-3 code {country.alpha_4}"
    else:
        reason = f"ISO 3166 gives {country.labels['en']} none"
    raise MissingCodeFormError(
        code,
        form=form,
        message=f"{quote(code)} ({country.labels['en']}) has no {form} code; {reason}",
    )


def _strip_filler(code: str) -> str:
    if not isinstance(code, str):
        raise TypeError(f"code must be a str, not {type(code).__name__}")
    return code.strip().rstrip(_FILLER)
