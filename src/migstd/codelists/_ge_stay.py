"""Georgian grounds of stay, residence permit types and visa categories.

The lists follow the Law of Georgia on the Legal Status of Aliens and
Stateless Persons (No 2045-IIს of 5 March 2014, in force 1 September 2014):
Art. 5 for the grounds of stay, the chapter on residence permits for the
permit types and Art. 11 for the visa categories. Grounds and permit types
have migstd mnemonic codes. Visas keep the law's own letters (A, B, C, D, T)
and sub-category codes (A1, D5 and so on), and a sub-category's ``parent`` is
its category.

>>> ge_visa_categories.get("d5").parent
'D'
>>> ge_residence_permit_types.get("STATELESS").max_years
3
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = [
    "GroundOfStay",
    "GroundOfStayCode",
    "ResidencePermitType",
    "ResidencePermitTypeCode",
    "VisaCategory",
    "VisaCategoryCode",
    "ge_grounds_of_stay",
    "ge_residence_permit_types",
    "ge_visa_categories",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class GroundOfStay(CodeEntry):
    """A ground for lawful entry and stay of an alien in Georgia (Art. 5 of the Aliens Law)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ResidencePermitType(CodeEntry):
    """A type of Georgian residence permit.

    ``max_years`` is the maximum validity in years of a first permit of this
    type where a source states it, and ``None`` otherwise. A permanent permit
    has no limit, so its ``max_years`` is ``None``.
    """

    max_years: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class VisaCategory(CodeEntry):
    """A Georgian visa category (A, B, C, D, T) or sub-category, whose ``parent`` is its category."""


ge_grounds_of_stay: CodeList[GroundOfStay] = CodeList(
    "ge_grounds_of_stay", lambda: load_data("ge_grounds_of_stay", GroundOfStay)
)
"""Grounds for lawful stay of aliens in Georgia, with the law's Georgian wording."""

ge_residence_permit_types: CodeList[ResidencePermitType] = CodeList(
    "ge_residence_permit_types", lambda: load_data("ge_residence_permit_types", ResidencePermitType)
)
"""Types of Georgian residence permit, with the first-permit period where known."""

ge_visa_categories: CodeList[VisaCategory] = CodeList(
    "ge_visa_categories", lambda: load_data("ge_visa_categories", VisaCategory)
)
"""Georgian visa categories and their sub-categories."""


GroundOfStayCode = Annotated[
    str, CodeValidator(ge_grounds_of_stay, rule="ground_of_stay_code", forms="migstd mnemonic codes")
]
"""A ground of stay code of :data:`ge_grounds_of_stay`, such as "VISA"."""

ResidencePermitTypeCode = Annotated[
    str,
    CodeValidator(
        ge_residence_permit_types, rule="residence_permit_type_code", forms="migstd mnemonic codes"
    ),
]
"""A residence permit type code of :data:`ge_residence_permit_types`, such as "WORK"."""

VisaCategoryCode = Annotated[
    str,
    CodeValidator(
        ge_visa_categories,
        rule="visa_category_code",
        forms="the visa category letters and sub-category codes of Georgian law",
    ),
]
"""A visa category or sub-category code of :data:`ge_visa_categories`, such as "D1"."""
