"""The registry of every code list that migstd ships, by name."""

from __future__ import annotations

from typing import Any

from migstd.codelists._codelist import CodeList, CodeNotFoundError, quote
from migstd.codelists._countries import countries
from migstd.codelists._currencies import currencies
from migstd.codelists._languages import languages
from migstd.codelists._scripts import scripts
from migstd.codelists._sex import sex

__all__ = ["all_lists", "get_list"]

# In the order the documentation presents them: countries, Georgia, languages
# and scripts, people and documents, legal categories, statistics.
_LISTS: tuple[CodeList[Any], ...] = (
    countries,
    languages,
    scripts,
    currencies,
    sex,
)


def all_lists() -> dict[str, CodeList[Any]]:
    """Return every code list by name. Loads none of them."""
    return {codelist.name: codelist for codelist in _LISTS}


def get_list(name: str) -> CodeList[Any]:
    """Return the code list called ``name``, or raise :class:`CodeNotFoundError`."""
    for codelist in _LISTS:
        if codelist.name == name:
            return codelist
    raise CodeNotFoundError(
        "",
        name,
        message=f"{quote(name)} is not the name of a migstd code list; "
        "migstd.codelists.all_lists() returns them by name",
    )
