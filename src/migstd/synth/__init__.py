"""Synthetic Georgian population and agency extracts for demonstrations and tests.

Every person here is synthetic. Given names and surnames are drawn from real
frequencies: the August 2012 voter list as published by JumpStart Georgia,
and Faker's ka_GE surname list (the headers of the files in ``data/`` give the
sources). Birth dates, personal numbers and document numbers are random.
Personal numbers start with ``99``, and so do passport numbers, so that they
read as synthetic.

* :func:`population` draws Georgian citizens as :class:`SyntheticPerson`.
* :func:`demo_extracts` builds a civil-registry extract in Georgian script and
  a border-crossing extract in passport-style Latin with errors injected at
  :class:`CorruptionRates`, as two Arrow tables that share a known set of
  people through the ``person_id`` truth column.
* :func:`write_extracts` writes the two extracts as CSV files.

>>> registry, border = demo_extracts(registry_size=40, border_size=30, overlap=20)
>>> registry.num_rows, border.num_rows
(40, 30)
>>> shared = set(registry["person_id"].to_pylist()) & set(border["person_id"].to_pylist())
>>> len(shared)
20
>>> registry["record_id"][0].as_py(), border["crossing_id"][0].as_py()
('PSDA-000001', 'BC-000001')
"""

from migstd.synth._corrupt import CorruptionRates
from migstd.synth._extracts import BORDER_COLUMNS, REGISTRY_COLUMNS, demo_extracts, write_extracts
from migstd.synth._population import SyntheticPerson, population

__all__ = [
    "BORDER_COLUMNS",
    "REGISTRY_COLUMNS",
    "CorruptionRates",
    "SyntheticPerson",
    "demo_extracts",
    "population",
    "write_extracts",
]
