"""Probabilistic record linkage and deduplication of person records.

:func:`link` finds the records of one person across two inputs; :func:`dedupe`
finds the records of one person within one input. Both run the same stages:

1. prepare: map columns to canonical fields, normalize values (any Georgian,
   Latin or Cyrillic spelling of a name gets a common Latin form and name key),
   parse dates that may lack their day or month;
2. block: candidate pairs from several blocking rules, unioned, in DuckDB;
3. compare: a comparison level per field and pair;
4. model: a Fellegi-Sunter model trained without labels, u from random pairs
   and m by expectation-maximisation, giving each pair a match weight and a
   match probability;
5. cluster: connected components of the pairs at or above the threshold.

:class:`LinkageIndex` keeps a deduplicated population and links new
records to it batch by batch, keeping cluster ids stable.

>>> left = [{"id": "1", "given_name": "ნინო", "family_name": "ბერიძე", "birth_date": "1990-03-14"},
...         {"id": "2", "given_name": "გიორგი", "family_name": "კაპანაძე", "birth_date": "1985-07-02"}]
>>> right = [{"id": "a", "given_name": "NINO", "family_name": "BERIDZE", "birth_date": "1990-03-14"},
...          {"id": "b", "given_name": "LEVAN", "family_name": "LOMIDZE", "birth_date": "1971-11-30"}]
>>> result = link(left, right, Settings(unique_id="id", probability_two_random_records_match=0.1))
>>> [(p["unique_id_l"], p["unique_id_r"]) for p in result.matches.to_pylist()]
[('1', 'a')]
"""

from __future__ import annotations

from typing import Any

from migstd.errors import SettingsError
from migstd.linkage._pipeline import run_linkage
from migstd.linkage.blocking_rules import BlockingRule, block_on, blocking_rule
from migstd.linkage.comparisons import (
    AddressComparison,
    Comparison,
    CountryComparison,
    DateComparison,
    ExactMatch,
    IdentifierComparison,
    JaroWinklerAtThresholds,
    LevenshteinAtThresholds,
    NameComparison,
    PhoneComparison,
)
from migstd.linkage.evaluation import Evaluation
from migstd.linkage.index import Assignments, LinkageIndex
from migstd.linkage.model import FellegiSunterModel
from migstd.linkage.result import LinkageResult, ResultTable
from migstd.linkage.settings import CANONICAL_FIELDS, Settings

__all__ = [
    "CANONICAL_FIELDS",
    "AddressComparison",
    "Assignments",
    "BlockingRule",
    "Comparison",
    "CountryComparison",
    "DateComparison",
    "Evaluation",
    "ExactMatch",
    "FellegiSunterModel",
    "IdentifierComparison",
    "JaroWinklerAtThresholds",
    "LevenshteinAtThresholds",
    "LinkageIndex",
    "LinkageResult",
    "NameComparison",
    "PhoneComparison",
    "ResultTable",
    "Settings",
    "block_on",
    "blocking_rule",
    "dedupe",
    "link",
]


def link(
    left: Any,
    right: Any,
    settings: Settings | None = None,
    *,
    model: FellegiSunterModel | None = None,
) -> LinkageResult:
    """Link the records of ``left`` to those of ``right`` that describe the same person.

    Each input may be a pandas or polars DataFrame, a pyarrow Table, a path to
    a CSV or Parquet file, or an iterable of dicts or ``Person`` models.
    ``settings`` defaults to ``Settings()``: canonical column names, default
    comparisons and blocking rules, threshold at match probability 0.5.

    ``model``, a model saved from an earlier result and loaded with
    :meth:`FellegiSunterModel.load`, skips training: pairs are scored with its
    parameters. ``settings`` then default to the model's own, and settings
    given must compare the same columns with the same levels.
    """
    chosen = _settings_or_default(settings, model)
    return run_linkage([left, right], chosen, ["left", "right"], model)


def dedupe(
    records: Any, settings: Settings | None = None, *, model: FellegiSunterModel | None = None
) -> LinkageResult:
    """Find the records of ``records`` that describe the same person.

    Takes the same input kinds, settings and model as :func:`link`.
    """
    return run_linkage([records], _settings_or_default(settings, model), ["input"], model)


def _settings_or_default(settings: object, model: object = None) -> Settings:
    if model is not None and not isinstance(model, FellegiSunterModel):
        raise SettingsError(
            f"model must be a FellegiSunterModel, not {type(model).__name__}; "
            "load one with FellegiSunterModel.load(path)"
        )
    if settings is None and model is not None:
        if model.settings is None:
            raise SettingsError("the model has no settings of its own; pass settings with it")
        return model.settings
    if settings is None:
        return Settings()
    if not isinstance(settings, Settings):
        raise SettingsError(
            f"settings must be a Settings object, not {type(settings).__name__}; "
            "use Settings(...) or Settings.from_dict(...)"
        )
    return settings
