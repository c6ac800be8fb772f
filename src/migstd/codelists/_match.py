"""The result type of fuzzy search, apart from the search so that importing it is cheap."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic

from migstd.codelists._codelist import EntryT

__all__ = ["FuzzyMatch"]


@dataclass(frozen=True, slots=True)
class FuzzyMatch(Generic[EntryT]):
    """One result of :meth:`CodeList.search_fuzzy`.

    ``score`` runs from 0 to 100, and is 100 only for an exact match. ``matched``
    is the code, label or alias of the entry that scored best, and ``kind`` says
    which of these it is: "code", "label", "alias" or "romanization" (the
    national-system romanization of a Georgian label or alias).
    """

    entry: EntryT
    score: float
    matched: str
    kind: str
