"""Issuing states and nationalities of an MRZ, resolved through :mod:`migstd.codelists`.

An MRZ prints an ISO 3166-1 alpha-3 code or a Doc 9303 code of its own (Part 3
section 5): D for Germany, RKS for Kosovo, GBD and the other British
nationality variants, organizations such as UNO and XPO, XXA to XXX for
stateless persons, refugees and unspecified nationality, and UTO for specimens.

>>> resolve_state("GEO", field="mrz.nationality").labels["en"]
'Georgia'
>>> resolve_state("D", field="mrz.issuing_state").code
'DEU'
>>> resolve_state("XXA", field="mrz.nationality").kind
'stateless-refugee'
>>> resolve_state("UTO", field="mrz.issuing_state").kind
'specimen'
"""

from __future__ import annotations

from migstd.codelists import CodeNotFoundError, Country, IcaoCodeEntry, from_icao, icao_codes
from migstd.identifiers._base import InvalidComponentError

__all__ = ["resolve_state"]


def resolve_state(code: str, *, field: str) -> Country | IcaoCodeEntry:
    """Return the country of ``code``, or its :data:`~migstd.codelists.icao_codes` entry.

    A code of a state (D, RKS) returns the :class:`~migstd.codelists.Country`.
    A code that stands for a class of nationality (GBD), an organization, a
    stateless person or refugee, or the specimen state returns the ICAO entry,
    which says what it stands for. Raises :class:`InvalidComponentError` naming
    ``field`` for any other code, including withdrawn codes that ISO reassigned.
    """
    special = icao_codes.get(code)
    if special is not None and special.kind != "state":
        return special

    try:
        return from_icao(code)
    except CodeNotFoundError:
        raise InvalidComponentError(
            "is not an ISO 3166-1 alpha-3 code or a Doc 9303 code of a state or organization",
            field=field,
        ) from None
