"""Synthetic populations of Georgia and agency extracts for demonstrations, tests and benchmarks.

Every person here is synthetic. Names are drawn from real frequencies: the
August 2012 voter list as published by JumpStart Georgia and Faker's ka_GE
surname list for Georgian names, and tables of Azerbaijani, Armenian,
Russian, Ossetian, Yazidi, Ukrainian, Greek and Kist names at their 2014
census shares (the headers of the files in ``data/`` give the sources).
Personal and document numbers start with ``99`` so that they read as
synthetic.

* :func:`population` draws people with numpy and returns a
  :class:`Population`: an Arrow table (``.table``) that also reads as a
  sequence of :class:`SyntheticPerson`.
* :func:`agency_extracts` builds the extracts of agencies such as
  :func:`civil_registry`, :func:`border_crossings` and
  :func:`consular_registrations`, with a chosen overlap, errors injected at
  :class:`CorruptionRates` and the ``person_id`` truth column;
  :func:`truth_table` collects the truth of all extracts.
* :func:`demo_extracts` builds the two extracts of ``migstd demo``, and
  :func:`write_extracts` and :func:`write_tables` write extracts as CSV or
  Parquet files.

>>> people = population(1000, seed=7)
>>> extracts = agency_extracts(
...     people, agencies=[civil_registry(600), border_crossings(400)], overlap=300, seed=7
... )
>>> registry, border = extracts["civil_registry"], extracts["border_crossings"]
>>> registry.num_rows, border.num_rows
(600, 400)
>>> shared = set(registry["person_id"].to_pylist()) & set(border["person_id"].to_pylist())
>>> len(shared)
300
>>> registry["record_id"][0].as_py(), border["crossing_id"][0].as_py()
('PSDA-000001', 'BC-000001')
"""

from migstd.synth._agencies import (
    AGENCY_KINDS,
    Agency,
    agency_extracts,
    border_crossings,
    civil_registry,
    consular_registrations,
    truth_table,
)
from migstd.synth._builders import BORDER_COLUMNS, CIVIL_REGISTRY_COLUMNS, CONSULAR_COLUMNS
from migstd.synth._corrupt import CorruptionRates
from migstd.synth._extracts import FILE_FORMATS, REGISTRY_COLUMNS, demo_extracts, write_extracts, write_tables
from migstd.synth._population import POPULATION_COLUMNS, Population, SyntheticPerson, population

__all__ = [
    "AGENCY_KINDS",
    "BORDER_COLUMNS",
    "CIVIL_REGISTRY_COLUMNS",
    "CONSULAR_COLUMNS",
    "FILE_FORMATS",
    "POPULATION_COLUMNS",
    "REGISTRY_COLUMNS",
    "Agency",
    "CorruptionRates",
    "Population",
    "SyntheticPerson",
    "agency_extracts",
    "border_crossings",
    "civil_registry",
    "consular_registrations",
    "demo_extracts",
    "population",
    "truth_table",
    "write_extracts",
    "write_tables",
]
