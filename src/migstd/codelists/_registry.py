"""The registry of every code list that migstd ships, by name."""

from __future__ import annotations

from typing import Any

from migstd.codelists._civil import marital_statuses
from migstd.codelists._codelist import CodeList, CodeNotFoundError, quote
from migstd.codelists._countries import countries
from migstd.codelists._currencies import currencies
from migstd.codelists._documents import document_types, ge_document_types
from migstd.codelists._ge_legal import (
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
from migstd.codelists._georgia import ge_border_crossing_points, ge_municipalities, ge_regions
from migstd.codelists._icao import icao_codes
from migstd.codelists._languages import languages
from migstd.codelists._scripts import scripts
from migstd.codelists._sex import sex
from migstd.codelists._statistics import eurostat_permit_reasons, isced2011, isco08

__all__ = ["all_lists", "get_list"]

# In the order the documentation presents them: countries, Georgia, languages
# and scripts, people and documents, legal categories, statistics.
_LISTS: tuple[CodeList[Any], ...] = (
    countries,
    icao_codes,
    ge_regions,
    ge_municipalities,
    ge_border_crossing_points,
    languages,
    scripts,
    currencies,
    sex,
    marital_statuses,
    document_types,
    ge_document_types,
    ge_grounds_of_stay,
    ge_residence_permit_types,
    ge_visa_categories,
    ge_protection_statuses,
    ge_protection_decisions,
    ge_statelessness_statuses,
    ge_idp_statuses,
    ge_citizenship_acquisition_modes,
    ge_citizenship_loss_modes,
    ge_authorities,
    eurostat_permit_reasons,
    isco08,
    isced2011,
)


def all_lists() -> dict[str, CodeList[Any]]:
    """Return every code list by name. Loads none of them."""
    return {codelist.name: codelist for codelist in _LISTS}


def get_list(name: str) -> CodeList[Any]:
    """Return the code list called ``name``, or raise :class:`CodeNotFoundError`.

    Raises :class:`TypeError` when ``name`` is not a string.
    """
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")

    for codelist in _LISTS:
        if codelist.name == name:
            return codelist
    raise CodeNotFoundError(
        "",
        name,
        message=f"{quote(name)} is not the name of a migstd code list; "
        "migstd.codelists.all_lists() returns them by name",
    )
