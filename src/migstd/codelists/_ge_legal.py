"""Code lists of Georgian legal categories of migration.

Ten lists, each with English and Georgian labels, the law and article each
entry comes from, and validity dates where a law introduced or ended a
category:

- :data:`ge_grounds_of_stay`, :data:`ge_residence_permit_types` and
  :data:`ge_visa_categories` (Law on the Legal Status of Aliens and Stateless
  Persons, 2014);
- :data:`ge_protection_statuses`, :data:`ge_protection_decisions`,
  :data:`ge_statelessness_statuses` and :data:`ge_idp_statuses`;
- :data:`ge_citizenship_acquisition_modes` and
  :data:`ge_citizenship_loss_modes` (Organic Law on Georgian Citizenship, 2014);
- :data:`ge_authorities`.

Except for the visa letters, which are the law's own, the codes are migstd
mnemonic codes. Entries whose source could not be checked have
``verified=False`` and a ``note`` saying what is in doubt.

>>> ge_visa_categories.lookup("საიმიგრაციო ვიზა").code
'D'
>>> ge_grounds_of_stay.lookup("ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝᲡ ᲕᲘᲖᲐ").code
'VISA'
>>> from pydantic import TypeAdapter
>>> TypeAdapter(ProtectionStatusCode).validate_python("refugee")
'REFUGEE'
"""

from migstd.codelists._ge_authorities import Authority, AuthorityCode, ge_authorities
from migstd.codelists._ge_citizenship import (
    CitizenshipAcquisitionMode,
    CitizenshipAcquisitionModeCode,
    CitizenshipLossMode,
    CitizenshipLossModeCode,
    ge_citizenship_acquisition_modes,
    ge_citizenship_loss_modes,
)
from migstd.codelists._ge_protection import (
    IdpStatus,
    IdpStatusCode,
    ProtectionDecision,
    ProtectionDecisionCode,
    ProtectionStatus,
    ProtectionStatusCode,
    StatelessnessStatus,
    StatelessnessStatusCode,
    ge_idp_statuses,
    ge_protection_decisions,
    ge_protection_statuses,
    ge_statelessness_statuses,
)
from migstd.codelists._ge_stay import (
    GroundOfStay,
    GroundOfStayCode,
    ResidencePermitType,
    ResidencePermitTypeCode,
    VisaCategory,
    VisaCategoryCode,
    ge_grounds_of_stay,
    ge_residence_permit_types,
    ge_visa_categories,
)

__all__ = [
    "Authority",
    "AuthorityCode",
    "CitizenshipAcquisitionMode",
    "CitizenshipAcquisitionModeCode",
    "CitizenshipLossMode",
    "CitizenshipLossModeCode",
    "GroundOfStay",
    "GroundOfStayCode",
    "IdpStatus",
    "IdpStatusCode",
    "ProtectionDecision",
    "ProtectionDecisionCode",
    "ProtectionStatus",
    "ProtectionStatusCode",
    "ResidencePermitType",
    "ResidencePermitTypeCode",
    "StatelessnessStatus",
    "StatelessnessStatusCode",
    "VisaCategory",
    "VisaCategoryCode",
    "ge_authorities",
    "ge_citizenship_acquisition_modes",
    "ge_citizenship_loss_modes",
    "ge_grounds_of_stay",
    "ge_idp_statuses",
    "ge_protection_decisions",
    "ge_protection_statuses",
    "ge_residence_permit_types",
    "ge_statelessness_statuses",
    "ge_visa_categories",
]
