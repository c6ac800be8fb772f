"""Georgian international protection, statelessness and IDP statuses.

- :data:`ge_protection_statuses` follows the Law on International Protection
  of 1 December 2016 (in force 1 February 2017) and the new law of 26 June
  2025, which adds subsidiary protection and no longer grants humanitarian
  status.
- :data:`ge_protection_decisions` contains the outcomes of requests, each with
  the Eurostat asylum decision code it counts as (``eurostat``, empty where
  Eurostat counts no decision of that kind).
- :data:`ge_statelessness_statuses` follows the Law on the Legal Status of
  Aliens and Stateless Persons (2014).
- :data:`ge_idp_statuses` follows the Law on Internally Displaced Persons from
  the Occupied Territories of Georgia (2014).

All codes are migstd mnemonic codes.

>>> import datetime as dt
>>> ge_protection_statuses.is_valid("HUMANITARIAN", on=dt.date(2020, 1, 1))
True
>>> ge_protection_decisions.get("REFUGEE_GRANTED").eurostat
'GENCONV'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = [
    "IdpStatus",
    "IdpStatusCode",
    "ProtectionDecision",
    "ProtectionDecisionCode",
    "ProtectionStatus",
    "ProtectionStatusCode",
    "StatelessnessStatus",
    "StatelessnessStatusCode",
    "ge_idp_statuses",
    "ge_protection_decisions",
    "ge_protection_statuses",
    "ge_statelessness_statuses",
]

_FORMS = "migstd mnemonic codes"


@dataclass(frozen=True, slots=True, kw_only=True)
class ProtectionStatus(CodeEntry):
    """An international protection status, or the status of an asylum seeker."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ProtectionDecision(CodeEntry):
    """An outcome of a request for international protection.

    ``eurostat`` is the Eurostat asylum decision code (GENCONV, HUMSTAT,
    SUB_PROT, TEMP_PROT or REJECTED) that the outcome counts as, or empty when
    Eurostat counts no first-instance or final decision of that kind.
    """

    eurostat: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class StatelessnessStatus(CodeEntry):
    """A statelessness status, or a stage of the procedure that determines it."""


@dataclass(frozen=True, slots=True, kw_only=True)
class IdpStatus(CodeEntry):
    """A status of an internally displaced person from the occupied territories of Georgia."""


ge_protection_statuses: CodeList[ProtectionStatus] = CodeList(
    "ge_protection_statuses", lambda: load_data("ge_protection_statuses", ProtectionStatus)
)
"""International protection statuses, dated by the laws that introduced or ended them."""

ge_protection_decisions: CodeList[ProtectionDecision] = CodeList(
    "ge_protection_decisions", lambda: load_data("ge_protection_decisions", ProtectionDecision)
)
"""Outcomes of requests for international protection, mapped to Eurostat decision codes."""

ge_statelessness_statuses: CodeList[StatelessnessStatus] = CodeList(
    "ge_statelessness_statuses", lambda: load_data("ge_statelessness_statuses", StatelessnessStatus)
)
"""Statelessness statuses under the Law on the Legal Status of Aliens and Stateless Persons."""

ge_idp_statuses: CodeList[IdpStatus] = CodeList(
    "ge_idp_statuses", lambda: load_data("ge_idp_statuses", IdpStatus)
)
"""IDP statuses under the Law on Internally Displaced Persons (2014)."""


ProtectionStatusCode = Annotated[
    str, CodeValidator(ge_protection_statuses, rule="protection_status_code", forms=_FORMS)
]
"""A code of :data:`ge_protection_statuses`, such as "REFUGEE"."""

ProtectionDecisionCode = Annotated[
    str, CodeValidator(ge_protection_decisions, rule="protection_decision_code", forms=_FORMS)
]
"""A code of :data:`ge_protection_decisions`, such as "REJECTED"."""

StatelessnessStatusCode = Annotated[
    str, CodeValidator(ge_statelessness_statuses, rule="statelessness_status_code", forms=_FORMS)
]
"""A code of :data:`ge_statelessness_statuses`, such as "STATELESS_WITH_STATUS"."""

IdpStatusCode = Annotated[str, CodeValidator(ge_idp_statuses, rule="idp_status_code", forms=_FORMS)]
"""A code of :data:`ge_idp_statuses`, such as "IDP"."""
