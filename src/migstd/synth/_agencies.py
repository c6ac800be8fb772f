"""Extracts of named agencies drawn from one synthetic population, with a known overlap.

An :class:`Agency` names an extract, its kind and its size. Each kind has a
builder that writes the records of the chosen people as that agency would,
with errors injected at :class:`~migstd.synth.CorruptionRates`. Every
extract keeps the ``person_id`` truth key, which no error touches. A new kind
needs a column tuple, an eligibility rule and a builder in ``_BUILDERS``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from migstd.errors import SettingsError
from migstd.synth._builders import (
    BORDER_COLUMNS,
    CIVIL_REGISTRY_COLUMNS,
    CONSULAR_COLUMNS,
    Builder,
    build_border_crossings,
    build_civil_registry,
    build_consular_registrations,
)
from migstd.synth._corrupt import CorruptionRates
from migstd.synth._draws import check_seed
from migstd.synth._foreign import foreign_travellers
from migstd.synth._population import Population

__all__ = [
    "AGENCY_KINDS",
    "Agency",
    "agency_extracts",
    "border_crossings",
    "civil_registry",
    "consular_registrations",
    "truth_table",
]

logger = logging.getLogger(__name__)

AGENCY_KINDS = ("civil_registry", "border_crossings", "consular_registrations")
"""The kinds of extract that :func:`agency_extracts` can build."""

_COLUMNS = {
    "civil_registry": CIVIL_REGISTRY_COLUMNS,
    "border_crossings": BORDER_COLUMNS,
    "consular_registrations": CONSULAR_COLUMNS,
}
_BUILDERS: Mapping[str, Builder] = {
    "civil_registry": build_civil_registry,
    "border_crossings": build_border_crossings,
    "consular_registrations": build_consular_registrations,
}

# Share of a default border-crossing extract that are foreign citizens.
FOREIGNER_SHARE = 0.10

# Share of consular records of people born before 1975 written in Russian
# Cyrillic (an assumption, for records made in Russian-speaking countries).
CYRILLIC_SHARE = 0.5


@dataclass(frozen=True)
class Agency:
    """One extract to build: its ``kind`` (one of :data:`AGENCY_KINDS`), ``size`` and ``name``.

    ``foreign_share`` is the share of records that belong to foreign
    travellers (border crossings only). ``cyrillic_share`` is the share of
    records of people born before 1975 written in Russian Cyrillic (consular
    registrations only). ``name`` defaults to the kind and keys the result
    of :func:`agency_extracts`.
    """

    kind: str
    size: int
    name: str = ""
    foreign_share: float = 0.0
    cyrillic_share: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in AGENCY_KINDS:
            raise SettingsError(f"agency kind must be one of {', '.join(AGENCY_KINDS)}, got {self.kind!r}")
        if isinstance(self.size, bool) or not isinstance(self.size, int) or self.size < 0:
            raise SettingsError(f"size of {self.kind} must be a non-negative integer, got {self.size!r}")
        for share_name in ("foreign_share", "cyrillic_share"):
            share = getattr(self, share_name)
            if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
                raise SettingsError(f"{share_name} must be a probability from 0 to 1, got {share!r}")
        if not self.name:
            object.__setattr__(self, "name", self.kind)

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of this agency's extract, in order."""
        return _COLUMNS[self.kind]


def civil_registry(size: int, *, name: str = "civil_registry") -> Agency:
    """Describe a civil-registry extract (PSDA): Georgian script, ISO 5218 sex, personal numbers."""
    return Agency("civil_registry", size, name)


def border_crossings(
    size: int, *, foreign_share: float = FOREIGNER_SHARE, name: str = "border_crossings"
) -> Agency:
    """Describe a border-crossing extract: passport-style Latin names, travel documents, foreigners."""
    return Agency("border_crossings", size, name, foreign_share=foreign_share)


def consular_registrations(
    size: int, *, cyrillic_share: float = CYRILLIC_SHARE, name: str = "consular_registrations"
) -> Agency:
    """Describe a consular (diaspora) registration extract: Latin names, Russian forms for older people."""
    return Agency("consular_registrations", size, name, cyrillic_share=cyrillic_share)


def agency_extracts(
    population: Population,
    *,
    agencies: Sequence[Agency] | None = None,
    overlap: int | Mapping[str, int] | None = None,
    rates: CorruptionRates | None = None,
    seed: int = 2026,
) -> dict[str, pa.Table]:
    """Build the extracts of ``agencies`` from ``population``, keyed by agency name.

    The first agency is the base: its citizens are drawn at random from the
    population. ``overlap`` sets how many people each other agency shares
    with the base, as one number for all or a number per agency name. The
    rest of its citizens are people outside the base extract. A border
    extract also has foreigners (``Agency.foreign_share``, capped by the
    records left after the overlap). Without ``overlap``, each other agency
    draws its citizens at random from the whole population, so overlaps are
    whatever chance gives.

    Each person appears at most once per extract, rows are shuffled, and the
    ``person_id`` column is the truth. Errors are injected at ``rates``
    (default :class:`CorruptionRates`). The same arguments always give
    identical tables. The default agencies are a civil registry of half the
    population and a border extract of a quarter, with no fixed overlap.

    >>> from migstd.synth import population
    >>> people = population(100, seed=1)
    >>> extracts = agency_extracts(
    ...     people, agencies=[civil_registry(60), border_crossings(30)], overlap=20, seed=1
    ... )
    >>> {name: table.num_rows for name, table in extracts.items()}
    {'civil_registry': 60, 'border_crossings': 30}
    """
    seed = check_seed(seed)
    rates = CorruptionRates() if rates is None else rates
    if agencies is None:
        agencies = (civil_registry(len(population) // 2), border_crossings(len(population) // 4))
    _check_agencies(agencies, overlap)
    rng = np.random.default_rng([seed, len(population)])
    table = population.table

    selections = _select(table, agencies, overlap, rng)
    extracts = {}
    for agency, (rows, foreigner_count) in zip(agencies, selections, strict=True):
        foreigners = foreign_travellers(foreigner_count, rng)
        builder = _BUILDERS[agency.kind]
        extracts[agency.name] = builder(table.take(pa.array(rows)), foreigners, agency, rates, seed)
        logger.info(
            "generated %d %s records (%d foreigners)",
            extracts[agency.name].num_rows,
            agency.name,
            foreigner_count,
        )
    return extracts


def _check_agencies(agencies: Sequence[Agency], overlap: int | Mapping[str, int] | None) -> None:
    if not agencies:
        raise SettingsError("agencies must name at least one agency")
    names = [agency.name for agency in agencies]
    if len(set(names)) != len(names):
        raise SettingsError("agency names must be unique; give repeated kinds a name")
    if isinstance(overlap, Mapping):
        unknown = sorted(set(overlap) - set(names[1:]))
        if unknown:
            raise SettingsError(f"overlap names agencies that are not among the non-base agencies: {unknown}")


def _overlap_of(agency: Agency, overlap: int | Mapping[str, int] | None) -> int | None:
    value = overlap.get(agency.name) if isinstance(overlap, Mapping) else overlap
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise SettingsError(f"overlap must be a non-negative integer, got {value!r}")
    return value


def _select(
    table: pa.Table,
    agencies: Sequence[Agency],
    overlap: int | Mapping[str, int] | None,
    rng: np.random.Generator,
) -> list[tuple[npt.NDArray[np.int64], int]]:
    """Return the population rows and the number of foreigners of each agency."""
    base = agencies[0]
    base_foreigners = round(base.size * base.foreign_share)
    everyone = np.arange(table.num_rows)
    base_rows = _draw(rng, everyone, base.size - base_foreigners, base.name)
    in_base = np.zeros(table.num_rows, dtype=bool)
    in_base[base_rows] = True
    selections = [(base_rows, base_foreigners)]

    for agency in agencies[1:]:
        shared = _overlap_of(agency, overlap)
        if shared is None:
            foreigners = round(agency.size * agency.foreign_share)
            rows = _draw(rng, everyone, agency.size - foreigners, agency.name)
            selections.append((rows, foreigners))
            continue

        if shared > min(base.size, agency.size):
            raise SettingsError(
                f"overlap ({shared}) must not exceed the size of {base.name} ({base.size}) "
                f"or of {agency.name} ({agency.size})"
            )
        foreigners = min(round(agency.size * agency.foreign_share), agency.size - shared)
        from_base = _draw(rng, base_rows, shared, f"{agency.name} shared with {base.name}")
        outside = _draw(
            rng, np.flatnonzero(~in_base), agency.size - shared - foreigners, f"{agency.name} only"
        )
        selections.append((np.concatenate([from_base, outside]), foreigners))
    return selections


def _draw(
    rng: np.random.Generator, candidates: npt.NDArray[np.int64], count: int, what: str
) -> npt.NDArray[np.int64]:
    if count > len(candidates):
        raise SettingsError(
            f"the population has {len(candidates)} people who can be in {what}, fewer than the {count} "
            "needed; generate a larger population or request smaller extracts"
        )
    return np.asarray(rng.choice(candidates, size=count, replace=False), dtype=np.int64)


def truth_table(extracts: Mapping[str, pa.Table]) -> pa.Table:
    """Return the ground truth of extracts: one row per record with ``agency``, ``record_id``, ``person_id``.

    The record id is the first column of each extract.

    >>> from migstd.synth import population
    >>> extracts = agency_extracts(population(20, seed=1), agencies=[civil_registry(5)])
    >>> truth_table(extracts).column_names
    ['agency', 'record_id', 'person_id']
    """
    parts = []
    for name, table in extracts.items():
        parts.append(
            pa.table(
                {
                    "agency": pa.array([name] * table.num_rows, type=pa.string()),
                    "record_id": table.column(0),
                    "person_id": table["person_id"],
                }
            )
        )
    if not parts:
        return pa.table(
            {name: pa.array([], type=pa.string()) for name in ("agency", "record_id", "person_id")}
        )
    return pa.concat_tables(parts)
