"""The demo's two extracts and writing extracts to files.

:func:`demo_extracts` keeps the interface that the ``migstd demo`` command
and the benchmarks use: a civil-registry and a border-crossing extract with
a known overlap, as two Arrow tables with the columns the demo links on.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from migstd.errors import SettingsError
from migstd.synth._agencies import agency_extracts, border_crossings, civil_registry
from migstd.synth._builders import BORDER_COLUMNS
from migstd.synth._corrupt import CorruptionRates
from migstd.synth._draws import check_seed
from migstd.synth._population import population

__all__ = [
    "BORDER_COLUMNS",
    "FILE_FORMATS",
    "REGISTRY_COLUMNS",
    "demo_extracts",
    "write_extracts",
    "write_tables",
]

REGISTRY_COLUMNS = (
    "record_id",
    "personal_number",
    "given_name",
    "family_name",
    "patronymic",
    "birth_date",
    "sex",
    "citizenship",
    "person_id",
)
"""Columns of the demo's civil-registry extract, a subset of the full civil-registry columns."""

FILE_FORMATS = ("csv", "parquet")


def demo_extracts(
    *,
    seed: int = 2026,
    registry_size: int = 6000,
    border_size: int = 5000,
    overlap: int = 3000,
    rates: CorruptionRates | None = None,
) -> tuple[pa.Table, pa.Table]:
    """Generate a civil-registry and a border-crossing extract that share ``overlap`` people.

    A thin wrapper over :func:`migstd.synth.agency_extracts`. The registry
    extract has ``registry_size`` Georgian citizens in Georgian script and
    the columns ``REGISTRY_COLUMNS``. The border extract has ``border_size``
    crossings with the columns ``BORDER_COLUMNS``: ``overlap`` registry
    people, other citizens from the same population (so near-duplicate
    names occur) and a share ``FOREIGNER_SHARE`` of foreigners. Errors are
    injected at ``rates`` (default :class:`CorruptionRates`). Person ids are
    ``P0000001`` onwards for citizens and ``F0000001`` onwards for
    foreigners. The same arguments always give identical tables.

    >>> registry, border = demo_extracts(registry_size=40, border_size=30, overlap=20)
    >>> registry.num_rows, border.num_rows
    (40, 30)
    """
    seed = check_seed(seed)
    for name, value in (("registry_size", registry_size), ("border_size", border_size), ("overlap", overlap)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise SettingsError(f"{name} must be a non-negative integer, got {value!r}")
    if overlap > min(registry_size, border_size):
        raise SettingsError(
            f"overlap ({overlap}) must not exceed registry_size ({registry_size}) "
            f"or border_size ({border_size})"
        )

    border = border_crossings(border_size)
    foreigner_count = min(round(border_size * border.foreign_share), border_size - overlap)
    people = population(registry_size + border_size - overlap - foreigner_count, seed=seed)
    extracts = agency_extracts(
        people,
        agencies=[civil_registry(registry_size), border],
        overlap=overlap,
        rates=rates,
        seed=seed,
    )
    return (
        extracts["civil_registry"].select(list(REGISTRY_COLUMNS)),
        extracts["border_crossings"],
    )


def write_extracts(
    directory: str | Path,
    *,
    seed: int = 2026,
    registry_size: int = 6000,
    border_size: int = 5000,
    overlap: int = 3000,
    rates: CorruptionRates | None = None,
) -> tuple[Path, Path]:
    """Write :func:`demo_extracts` as ``civil_registry.csv`` and ``border_crossings.csv``.

    Returns the two paths, registry first. See :func:`write_tables` for the format.
    """
    registry, border = demo_extracts(
        seed=seed, registry_size=registry_size, border_size=border_size, overlap=overlap, rates=rates
    )
    paths = write_tables({"civil_registry": registry, "border_crossings": border}, directory)
    return paths["civil_registry"], paths["border_crossings"]


def write_tables(
    tables: Mapping[str, pa.Table], directory: str | Path, *, file_format: str = "csv"
) -> dict[str, Path]:
    """Write each table as ``<name>.csv`` or ``<name>.parquet`` in ``directory`` and return the paths.

    CSV files are UTF-8 with a header line, quotes only where a value needs
    them and an empty field for a missing value. The directory is created if
    needed.
    """
    if file_format not in FILE_FORMATS:
        raise SettingsError(f"file_format must be one of {', '.join(FILE_FORMATS)}, got {file_format!r}")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)

    paths = {}
    for name, table in tables.items():
        path = directory / f"{name}.{file_format}"
        if file_format == "csv":
            options = pa_csv.WriteOptions(quoting_style="needed")
            pa_csv.write_csv(table, path, write_options=options)
        else:
            pq.write_table(table, path)
        paths[name] = path
    return paths
