"""Applications for international protection and the decisions on them.

>>> application = ProtectionApplication(
...     applicant={"record_id": "MIA-2024-IP-0031"}, lodged_on="2024-03-11", authority="MIA_MD",
...     decisions=[
...         {"decision": "REJECTED", "decided_on": "2024-09-02", "instance": "first"},
...         {"decision": "HUMANITARIAN_GRANTED", "status_granted": "HUMANITARIAN",
...          "decided_on": "2025-02-14", "instance": "appeal"},
...     ],
... )
>>> [decision.decision for decision in application.decisions]
['REJECTED', 'HUMANITARIAN_GRANTED']
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import Field, StrictBool, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from migstd.codelists import AuthorityCode, ProtectionDecisionCode, ProtectionStatusCode
from migstd.models._base import MigstdModel
from migstd.models._dates import PartialDate
from migstd.models._reference import PersonOrReference

__all__ = ["GRANTED_STATUSES", "ProtectionApplication", "ProtectionDecisionRecord"]

# The status that each granting decision confers.
GRANTED_STATUSES: Final = {
    "REFUGEE_GRANTED": "REFUGEE",
    "HUMANITARIAN_GRANTED": "HUMANITARIAN",
    "SUBSIDIARY_GRANTED": "SUBSIDIARY_PROTECTION",
    "TEMPORARY_GRANTED": "TEMPORARY_PROTECTION",
}


class ProtectionDecisionRecord(MigstdModel):
    """One decision on an application: its code, the status granted, its date and instance.

    ``decision`` is a code of ``ge_protection_decisions``. ``status_granted``
    may be given only with a granting decision, and must be the status it
    confers (REFUGEE_GRANTED gives REFUGEE, and so on). ``instance`` is
    "first" for the deciding authority, "appeal" for a court on appeal.
    """

    decision: ProtectionDecisionCode
    status_granted: ProtectionStatusCode | None = None
    decided_on: PartialDate | None = None
    instance: Literal["first", "appeal"] = "first"

    @field_validator("status_granted")
    @classmethod
    def _check_status(cls, status: str | None, info: ValidationInfo) -> str | None:
        decision = info.data.get("decision")
        if status is None or decision is None or GRANTED_STATUSES.get(decision) == status:
            return status
        # The message names what the decision grants, not the status given, so
        # that it never repeats the input.
        granted = GRANTED_STATUSES.get(decision)
        if granted is None:
            raise PydanticCustomError(
                "protection_status_granted",
                "decision {decision} grants no status, so status_granted must be empty",
                {"decision": decision},
            )
        raise PydanticCustomError(
            "protection_status_granted",
            "decision {decision} grants status {granted}",
            {"decision": decision, "granted": granted},
        )


class ProtectionApplication(MigstdModel):
    """An application for international protection, with the decisions taken on it in order.

    ``procedure`` is "regular" or "accelerated" and ``applicant_type``
    "first_time" or "subsequent", as Eurostat counts applicants under
    Regulation (EC) 862/2007. ``status`` is the applicant's current status.
    """

    kind: Literal["protection_application"] = "protection_application"
    applicant: PersonOrReference | None = None
    lodged_on: PartialDate | None = Field(default=None, description="Date the application was lodged.")
    authority: AuthorityCode | None = None
    procedure: Literal["regular", "accelerated"] | None = None
    applicant_type: Literal["first_time", "subsequent"] | None = None
    unaccompanied_minor: StrictBool | None = None
    status: ProtectionStatusCode | None = None
    decisions: tuple[ProtectionDecisionRecord, ...] = ()
