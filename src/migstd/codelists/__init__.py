"""Code lists: countries and sex, with lookups and pydantic field types.

Each list is a :class:`CodeList` of frozen, typed entries. A list loads on first
use, once, even when several threads use it at the same time, so importing this
package reads no data.

- :data:`countries`: ISO 3166-1 from pycountry (Debian iso-codes), keyed by
  alpha-3, with Georgian names from pycountry's ``ka`` catalogue, plus the
  user-assigned XK/XKX for Kosovo.
- :data:`sex`: ISO/IEC 5218 codes with their ICAO Doc 9303 letters.

``get`` finds an entry by any of its codes, case-insensitively:

>>> countries.get("ge").code, countries.get("GEO").alpha_2, countries.get("268").code
('GEO', 'GE', 'GEO')
>>> countries.get("XZ") is None
True
>>> countries.get("XK").iso_assigned
False

``lookup`` also accepts labels in English or Georgian (any Georgian script form)
and aliases, and raises :class:`CodeNotFoundError`, a :class:`LookupError`:

>>> countries.lookup("საქართველო").code, countries.lookup("ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ").code
('GEO', 'GEO')
>>> countries.label("DE", lang="ka")
'გერმანია'
>>> sex.lookup("F").code, sex.lookup("ქალი").code, sex.lookup("X").code
('2', '2', '0')
>>> countries.lookup("Atlantis")
Traceback (most recent call last):
...
migstd.codelists._codelist.CodeNotFoundError: 'Atlantis' is not a code, label or alias in the \
countries code list; migstd.codelists.countries.codes() lists the valid codes

:data:`CountryCode` and :data:`SexCode` are pydantic field types that store the
canonical code:

>>> from pydantic import TypeAdapter
>>> TypeAdapter(CountryCode).validate_python("ge")
'GEO'
>>> TypeAdapter(SexCode).validate_python("m")
'1'
"""

from migstd.codelists._codelist import CodeEntry, CodeList, CodeNotFoundError, ListInfo
from migstd.codelists._countries import KOSOVO, Country, countries
from migstd.codelists._currencies import Currency, CurrencyCode, currencies
from migstd.codelists._languages import Language, LanguageCode, languages
from migstd.codelists._match import FuzzyMatch
from migstd.codelists._registry import all_lists, get_list
from migstd.codelists._scripts import Script, ScriptCode, scripts
from migstd.codelists._sex import Sex, sex
from migstd.codelists._types import CountryCode, SexCode
from migstd.codelists._validator import CodeValidator

__all__ = [
    "KOSOVO",
    "CodeEntry",
    "CodeList",
    "CodeNotFoundError",
    "CodeValidator",
    "Country",
    "CountryCode",
    "Currency",
    "CurrencyCode",
    "FuzzyMatch",
    "Language",
    "LanguageCode",
    "ListInfo",
    "Script",
    "ScriptCode",
    "Sex",
    "SexCode",
    "all_lists",
    "countries",
    "currencies",
    "get_list",
    "languages",
    "scripts",
    "sex",
]
