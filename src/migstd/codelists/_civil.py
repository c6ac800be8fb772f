"""Marital (civil) status: migstd codes for the UN census categories, with HL7 v3 codes.

The canonical codes are migstd mnemonic codes (``NEVER_MARRIED``, ``MARRIED``,
``WIDOWED``, ...) for the legal marital status categories of the UN Principles
and Recommendations for Population and Housing Censuses, Rev. 3, plus the
HL7 annulled status and "not stated". :meth:`~CodeList.get` also accepts the
HL7 v3 MaritalStatus code of an entry:

>>> marital_statuses.get("W").code
'WIDOWED'
>>> marital_statuses.lookup("განქორწინებული").code
'DIVORCED'
>>> marital_statuses.get("NEVER_MARRIED").hl7
'S'

NOTE: the Georgian labels are editorial translations. HL7 "U" (unmarried) and
"C" (common law) have no entry, because they mix several census categories.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = ["MaritalStatus", "MaritalStatusCode", "marital_statuses"]


@dataclass(frozen=True, slots=True, kw_only=True)
class MaritalStatus(CodeEntry):
    """A legal marital status. ``hl7`` is its HL7 v3 MaritalStatus code, or empty when it has none."""

    hl7: str = ""

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the HL7 v3 code, when the entry has one."""
        return (self.hl7,) if self.hl7 else ()


marital_statuses: CodeList[MaritalStatus] = CodeList(
    "marital_statuses", lambda: load_data("marital_statuses", MaritalStatus)
)
"""Legal marital statuses; :meth:`~CodeList.get` also accepts HL7 v3 MaritalStatus codes."""

MaritalStatusCode = Annotated[
    str,
    CodeValidator(
        marital_statuses,
        rule="marital_status_code",
        forms="migstd marital status codes and HL7 v3 MaritalStatus codes",
    ),
]
"""A marital status code, stored as the migstd code; HL7 v3 codes are accepted."""
