"""Code lists of Georgian migration data, with lookups, crosswalks and pydantic field types.

Each list is a :class:`CodeList` of frozen, typed entries with English and
Georgian labels (Russian ones where the source has them), validity dates,
successors of retired codes, parents in hierarchies and a source per entry. A
list loads from its data file on first use, once, even when several threads use
it at the same time, so importing this package reads no data.

- Countries: :data:`countries` (ISO 3166-1 and the historic states of ISO
  3166-3, Kosovo's XK/XKX, the codes travel documents print) and
  :data:`icao_codes` (ICAO Doc 9303 codes that are not ISO codes), with the
  crosswalks :func:`to_alpha2`, :func:`to_alpha3`, :func:`to_numeric`,
  :func:`to_icao`, :func:`from_icao` and :func:`icao_entry`.
- Georgia: :data:`ge_regions`, :data:`ge_municipalities` and
  :data:`ge_border_crossing_points`.
- :data:`languages` (ISO 639), :data:`scripts` (ISO 15924) and
  :data:`currencies` (ISO 4217).
- People and documents: :data:`sex`, :data:`marital_statuses`,
  :data:`document_types` (ICAO Doc 9303) and :data:`ge_document_types`.
- Georgian legal categories: grounds of stay, residence permit types, visa
  categories, protection statuses and decisions, statelessness and IDP
  statuses, citizenship acquisition and loss modes, and authorities
  (the lists named ``ge_...``).
- Statistics: :data:`eurostat_permit_reasons`, :data:`isco08` and
  :data:`isced2011`.

:func:`all_lists` returns every list by name.

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

Each list has a pydantic field type, such as :data:`CountryCode` or
:data:`SexCode`, that stores the canonical code:

>>> from pydantic import TypeAdapter
>>> TypeAdapter(CountryCode).validate_python("ge")
'GEO'
>>> TypeAdapter(SexCode).validate_python("m")
'1'
"""

from migstd.codelists._civil import MaritalStatus, MaritalStatusCode, marital_statuses
from migstd.codelists._codelist import CodeEntry, CodeList, CodeNotFoundError, ListInfo
from migstd.codelists._countries import KOSOVO, Country, countries
from migstd.codelists._crosswalk import (
    MissingCodeFormError,
    from_icao,
    icao_entry,
    to_alpha2,
    to_alpha3,
    to_icao,
    to_numeric,
)
from migstd.codelists._currencies import Currency, CurrencyCode, currencies
from migstd.codelists._documents import (
    DocumentType,
    DocumentTypeCode,
    GeDocumentType,
    GeDocumentTypeCode,
    document_types,
    ge_document_types,
)
from migstd.codelists._ge_legal import (
    Authority,
    AuthorityCode,
    CitizenshipAcquisitionMode,
    CitizenshipAcquisitionModeCode,
    CitizenshipLossMode,
    CitizenshipLossModeCode,
    GroundOfStay,
    GroundOfStayCode,
    IdpStatus,
    IdpStatusCode,
    ProtectionDecision,
    ProtectionDecisionCode,
    ProtectionStatus,
    ProtectionStatusCode,
    ResidencePermitType,
    ResidencePermitTypeCode,
    StatelessnessStatus,
    StatelessnessStatusCode,
    VisaCategory,
    VisaCategoryCode,
    ge_authorities,
    ge_citizenship_acquisition_modes,
    ge_citizenship_loss_modes,
    ge_grounds_of_stay,
    ge_idp_statuses,
    ge_protection_decisions,
    ge_protection_statuses,
    ge_residence_permit_types,
    ge_statelessness_statuses,
    ge_visa_categories,
)
from migstd.codelists._georgia import (
    ADMINISTRATIVE_BOUNDARY_LINE,
    STATE_BORDER,
    BorderCrossingPoint,
    BorderCrossingPointCode,
    Municipality,
    MunicipalityCode,
    Region,
    RegionCode,
    ge_border_crossing_points,
    ge_municipalities,
    ge_regions,
)
from migstd.codelists._icao import IcaoCodeEntry, IcaoKind, icao_codes
from migstd.codelists._languages import Language, LanguageCode, languages
from migstd.codelists._match import FuzzyMatch
from migstd.codelists._registry import all_lists, get_list
from migstd.codelists._scripts import Script, ScriptCode, scripts
from migstd.codelists._sex import Sex, sex
from migstd.codelists._statistics import (
    IscedCode,
    IscedLevel,
    IscoCode,
    IscoGroup,
    PermitReason,
    PermitReasonCode,
    eurostat_permit_reasons,
    isced2011,
    isco08,
)
from migstd.codelists._types import (
    CountryCode,
    CurrentCodeValidator,
    CurrentCountryCode,
    IcaoCode,
    IcaoCodeValidator,
    SexCode,
)
from migstd.codelists._validator import CodeValidator

__all__ = [
    "ADMINISTRATIVE_BOUNDARY_LINE",
    "KOSOVO",
    "STATE_BORDER",
    "Authority",
    "AuthorityCode",
    "BorderCrossingPoint",
    "BorderCrossingPointCode",
    "CitizenshipAcquisitionMode",
    "CitizenshipAcquisitionModeCode",
    "CitizenshipLossMode",
    "CitizenshipLossModeCode",
    "CodeEntry",
    "CodeList",
    "CodeNotFoundError",
    "CodeValidator",
    "Country",
    "CountryCode",
    "Currency",
    "CurrencyCode",
    "CurrentCodeValidator",
    "CurrentCountryCode",
    "DocumentType",
    "DocumentTypeCode",
    "FuzzyMatch",
    "GeDocumentType",
    "GeDocumentTypeCode",
    "GroundOfStay",
    "GroundOfStayCode",
    "IcaoCode",
    "IcaoCodeEntry",
    "IcaoCodeValidator",
    "IcaoKind",
    "IdpStatus",
    "IdpStatusCode",
    "IscedCode",
    "IscedLevel",
    "IscoCode",
    "IscoGroup",
    "Language",
    "LanguageCode",
    "ListInfo",
    "MaritalStatus",
    "MaritalStatusCode",
    "MissingCodeFormError",
    "Municipality",
    "MunicipalityCode",
    "PermitReason",
    "PermitReasonCode",
    "ProtectionDecision",
    "ProtectionDecisionCode",
    "ProtectionStatus",
    "ProtectionStatusCode",
    "Region",
    "RegionCode",
    "ResidencePermitType",
    "ResidencePermitTypeCode",
    "Script",
    "ScriptCode",
    "Sex",
    "SexCode",
    "StatelessnessStatus",
    "StatelessnessStatusCode",
    "VisaCategory",
    "VisaCategoryCode",
    "all_lists",
    "countries",
    "currencies",
    "document_types",
    "eurostat_permit_reasons",
    "from_icao",
    "ge_authorities",
    "ge_border_crossing_points",
    "ge_citizenship_acquisition_modes",
    "ge_citizenship_loss_modes",
    "ge_document_types",
    "ge_grounds_of_stay",
    "ge_idp_statuses",
    "ge_municipalities",
    "ge_protection_decisions",
    "ge_protection_statuses",
    "ge_regions",
    "ge_residence_permit_types",
    "ge_statelessness_statuses",
    "ge_visa_categories",
    "get_list",
    "icao_codes",
    "icao_entry",
    "isced2011",
    "isco08",
    "languages",
    "marital_statuses",
    "scripts",
    "sex",
    "to_alpha2",
    "to_alpha3",
    "to_icao",
    "to_numeric",
]
