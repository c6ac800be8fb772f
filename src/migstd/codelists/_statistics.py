"""Statistical classifications: Eurostat residence permit reasons, ISCO-08 and ISCED 2011.

- :data:`eurostat_permit_reasons`: the reasons of Eurostat's first residence
  permit statistics (``FAM``, ``EDUC``, ``REMUN``, ``OTH``) and their sub-reasons,
  whose ``parent`` is the top reason. ``get`` also accepts ``EMP``, the code
  under which current releases publish remunerated activities.
- :data:`isco08`: ISCO-08 major (1-digit) and sub-major (2-digit) groups.
- :data:`isced2011`: ISCED 2011 levels of education 0 to 8, and 9.

>>> [entry.code for entry in isco08.children("0")]
['01', '02', '03']
>>> eurostat_permit_reasons.get("EMP").code
'REMUN'
>>> isced2011.label("6")
"Bachelor's or equivalent level"

NOTE: the Eurostat sub-reason code strings and ISCED level 9 could not be checked
against their sources, and the Georgian labels of all three lists are editorial
translations; the entries' ``verified`` and ``note`` fields say which.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = [
    "IscedCode",
    "IscedLevel",
    "IscoCode",
    "IscoGroup",
    "PermitReason",
    "PermitReasonCode",
    "eurostat_permit_reasons",
    "isced2011",
    "isco08",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class PermitReason(CodeEntry):
    """A reason for a first residence permit. ``other_codes`` are other Eurostat codes for it."""

    other_codes: tuple[str, ...] = ()

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the other Eurostat codes, such as EMP for REMUN."""
        return self.other_codes


@dataclass(frozen=True, slots=True, kw_only=True)
class IscoGroup(CodeEntry):
    """An ISCO-08 major group (one digit) or sub-major group (two digits, ``parent`` is its major group)."""

    @property
    def level(self) -> str:
        """The group's level: "major" or "sub-major"."""
        return "major" if len(self.code) == 1 else "sub-major"


@dataclass(frozen=True, slots=True, kw_only=True)
class IscedLevel(CodeEntry):
    """An ISCED 2011 level of education, "0" to "9"."""


eurostat_permit_reasons: CodeList[PermitReason] = CodeList(
    "eurostat_permit_reasons", lambda: load_data("eurostat_permit_reasons", PermitReason)
)
"""Reasons for first residence permits in Eurostat's migr_resfirst statistics."""

isco08: CodeList[IscoGroup] = CodeList("isco08", lambda: load_data("isco08", IscoGroup))
"""ISCO-08 major and sub-major groups."""

isced2011: CodeList[IscedLevel] = CodeList("isced2011", lambda: load_data("isced2011", IscedLevel))
"""ISCED 2011 levels of education."""

PermitReasonCode = Annotated[
    str,
    CodeValidator(
        eurostat_permit_reasons,
        rule="permit_reason_code",
        forms="Eurostat residence permit reason codes such as FAM, EDUC_STUDY, REMUN or EMP",
    ),
]
"""A Eurostat residence permit reason, stored as its canonical code."""

IscoCode = Annotated[
    str,
    CodeValidator(isco08, rule="isco_code", forms="ISCO-08 major and sub-major group codes (1 or 2 digits)"),
]
"""An ISCO-08 major or sub-major group code."""

IscedCode = Annotated[
    str,
    CodeValidator(isced2011, rule="isced_code", forms="ISCED 2011 level digits 0 to 9"),
]
"""An ISCED 2011 level code."""
