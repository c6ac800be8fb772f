"""Currencies: ISO 4217 codes, with the withdrawn currencies of Georgian records.

The canonical code is the alphabetic code; :meth:`~CodeList.get` also accepts
the three-digit numeric code:

>>> currencies.get("981").code, currencies.label("GEL", lang="ka")
('GEL', 'ლარი')
>>> currencies.lookup("ქართული ლარი").code
'GEL'

Besides the current codes from pycountry (Debian iso-codes), the list keeps
the Soviet rouble ``SUR``, the Russian rouble ``RUR`` and the Georgian coupon
``GEK`` as retired entries with their successors:

>>> import datetime as dt
>>> [entry.code for entry in currencies.successors("GEK")]
['GEL']
>>> currencies.is_valid("GEK", on=dt.date(1994, 6, 1)), currencies.is_valid("GEK")
(True, False)

Georgian labels come from pycountry's ``ka`` catalogue, and from CLDR or an
editorial translation where the catalogue has none.

NOTE: the withdrawn entries' dates come from copies of ISO 4217 List Three
rather than the official file, so they are marked ``verified=False``. SUR and
RUR share the numeric code 810, which ``get`` resolves to RUR.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList, ListInfo
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = ["Currency", "CurrencyCode", "currencies"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Currency(CodeEntry):
    """A currency of ISO 4217, keyed by its alphabetic code.

    ``numeric`` is the three-digit numeric code with its leading zeros ("008").
    """

    numeric: str

    @property
    def alpha_3(self) -> str:
        """The ISO 4217 alphabetic code, which is also :attr:`code`."""
        return self.code

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the numeric code."""
        return (self.numeric,)


def _load_currencies() -> tuple[ListInfo, list[Currency]]:
    return load_data("currencies", Currency)


currencies: CodeList[Currency] = CodeList("currencies", _load_currencies)
"""ISO 4217 currencies, current and a few withdrawn ones (see the module docstring)."""

CurrencyCode = Annotated[
    str,
    CodeValidator(currencies, rule="currency_code", forms="ISO 4217 alphabetic and numeric codes"),
]
"""A pydantic field type that stores a currency's ISO 4217 alphabetic code."""
