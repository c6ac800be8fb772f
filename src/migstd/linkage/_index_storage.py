"""Write and read the folder of a :class:`~migstd.linkage.index.LinkageIndex`.

The folder holds:

- ``index.json``: format version, settings, model parameters (prior, m and
  u per comparison level), the prepared fields and counts;
- ``prepared.parquet``: the prepared records that blocking reads (names,
  name keys, date parts and the other compared values);
- ``codes.parquet``: per record and field, the code of its prepared value;
- ``values_N.parquet``: per field N, the prepared values of each code;
- ``clusters.parquet``: per record, its unique id and cluster id (and its
  truth value, if the index has a truth column).

Those files contain personal data. On systems with POSIX permissions the
folder is created with mode 0700 and each file with mode 0600, so that only
the owner can read them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.parquet as pq

from migstd.errors import InputError
from migstd.linkage._prepare import EncodedColumn
from migstd.linkage.model import ComparisonParameters, FellegiSunterModel
from migstd.linkage.settings import Settings

__all__ = ["FORMAT", "FORMAT_VERSION", "IndexFiles", "read_index", "write_index"]

FORMAT = "migstd-linkage-index"
FORMAT_VERSION = 1

_FOLDER_MODE = 0o700
_FILE_MODE = 0o600


@dataclass
class IndexFiles:
    """The contents of an index folder, as the index holds them in memory."""

    settings: Settings
    model: FellegiSunterModel
    kinds: dict[str, str]
    prepared: pa.Table
    encoded: dict[str, EncodedColumn]
    unique_ids: npt.NDArray[np.object_]
    cluster_ids: list[str]
    truth: npt.NDArray[np.object_] | None
    next_cluster_number: int


def _model_data(model: FellegiSunterModel) -> dict[str, Any]:
    return {
        "probability_two_random_records_match": model.prior,
        "comparisons": [
            {
                "name": parameters.name,
                "levels": list(parameters.level_names),
                "m_probabilities": parameters.m.tolist(),
                "u_probabilities": parameters.u.tolist(),
                "m_estimated": parameters.m_estimated,
            }
            for parameters in model.comparisons
        ],
    }


def _model_from_data(data: Mapping[str, Any]) -> FellegiSunterModel:
    comparisons = tuple(
        ComparisonParameters(
            name=str(item["name"]),
            level_names=tuple(str(level) for level in item["levels"]),
            m=np.array(item["m_probabilities"], dtype=np.float64),
            u=np.array(item["u_probabilities"], dtype=np.float64),
            m_estimated=bool(item["m_estimated"]),
        )
        for item in data["comparisons"]
    )
    return FellegiSunterModel(
        prior=float(data["probability_two_random_records_match"]), comparisons=comparisons
    )


def _private_file(path: Path) -> BinaryIO:
    """Open ``path`` for writing, created or truncated, readable by its owner only."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, _FILE_MODE)
    if hasattr(os, "fchmod"):
        os.fchmod(descriptor, _FILE_MODE)  # an existing file keeps its mode through os.open
    return os.fdopen(descriptor, "wb")


def _write_table(table: pa.Table, path: Path) -> None:
    with _private_file(path) as handle:
        pq.write_table(table, handle)


def write_index(directory: str | Path, files: IndexFiles) -> Path:
    """Write an index into ``directory``, which must be empty, missing or an earlier index."""
    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"index folder {str(folder)!r} is a file; choose a folder")
    if folder.is_dir() and any(folder.iterdir()) and not (folder / "index.json").is_file():
        raise InputError(
            f"folder {str(folder)!r} is not empty and contains no index; choose an empty or new folder"
        )
    folder.mkdir(mode=_FOLDER_MODE, parents=True, exist_ok=True)
    folder.chmod(_FOLDER_MODE)

    fields = []
    for number, (name, kind) in enumerate(files.kinds.items()):
        encoded = files.encoded[name]
        values_file = f"values_{number}.parquet" if encoded.values else None
        if values_file is not None:
            _write_table(
                pa.table({key: pa.array(v.tolist()) for key, v in encoded.values.items()}),
                folder / values_file,
            )
        fields.append({"name": name, "kind": kind, "values_file": values_file})
    _write_table(files.prepared, folder / "prepared.parquet")
    _write_table(
        pa.table({name: files.encoded[name].codes for name in files.kinds}), folder / "codes.parquet"
    )
    clusters = {
        "unique_id": pa.array(files.unique_ids.tolist(), type=pa.string()),
        "cluster_id": files.cluster_ids,
    }
    if files.truth is not None:
        clusters["truth"] = pa.array([None if v is None else str(v) for v in files.truth], type=pa.string())
    _write_table(pa.table(clusters), folder / "clusters.parquet")

    # Written last, so that a folder whose writing failed part way fails the count check when read.
    description = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "records": len(files.unique_ids),
        "next_cluster_number": files.next_cluster_number,
        "fields": fields,
        "settings": files.settings.to_dict(),
        "model": _model_data(files.model),
    }
    with _private_file(folder / "index.json") as handle:
        handle.write(json.dumps(description, ensure_ascii=False, indent=2).encode("utf-8"))
    return folder


def _read_table(folder: Path, name: str) -> pa.Table:
    path = folder / name
    if not path.is_file():
        raise InputError(f"index folder {str(folder)!r} has no file {name!r}; it is not a complete index")
    failure = ""
    try:
        return pq.read_table(path)
    except (OSError, pa.ArrowException) as error:
        failure = type(error).__name__
    raise InputError(f"cannot read {name!r} of index folder {str(folder)!r} ({failure})")


def _read_description(folder: Path) -> dict[str, Any]:
    path = folder / "index.json"
    if not path.is_file():
        raise InputError(f"{str(folder)!r} contains no index.json; it is not a migstd linkage index")
    try:
        description = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputError(f"cannot read the index.json of {str(folder)!r} ({type(error).__name__})") from None
    if not isinstance(description, dict) or description.get("format") != FORMAT:
        raise InputError(f"the index.json of {str(folder)!r} does not describe a migstd linkage index")
    if description.get("version") != FORMAT_VERSION:
        raise InputError(
            f"the index in {str(folder)!r} has format version {description.get('version')!r}; "
            f"this migstd reads version {FORMAT_VERSION}"
        )
    return description


def read_index(directory: str | Path) -> IndexFiles:
    """Read an index written by :func:`write_index`."""
    folder = Path(directory)
    description = _read_description(folder)
    try:
        settings = Settings.from_dict(description["settings"])
        model = _model_from_data(description["model"])
        fields = [
            (str(item["name"]), str(item["kind"]), item["values_file"]) for item in description["fields"]
        ]
        count = int(description["records"])
        next_number = int(description["next_cluster_number"])
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(
            f"the index.json of {str(folder)!r} is incomplete ({type(error).__name__})"
        ) from None

    prepared = _read_table(folder, "prepared.parquet")
    codes = _read_table(folder, "codes.parquet")
    clusters = _read_table(folder, "clusters.parquet")
    if not prepared.num_rows == codes.num_rows == clusters.num_rows == count:
        raise InputError(f"the files of index folder {str(folder)!r} disagree on the number of records")

    encoded = {}
    for name, _, values_file in fields:
        values = {}
        if values_file is not None:
            table = _read_table(folder, str(values_file))
            values = {
                key: np.array(table.column(key).to_pylist(), dtype=object) for key in table.column_names
            }
        column_codes = np.asarray(codes.column(name).to_numpy(), dtype=np.int32)
        encoded[name] = EncodedColumn(column_codes, values)
    truth = None
    if "truth" in clusters.column_names:
        truth = np.array(clusters.column("truth").to_pylist(), dtype=object)
    return IndexFiles(
        settings=settings,
        model=model,
        kinds={name: kind for name, kind, _ in fields},
        prepared=prepared,
        encoded=encoded,
        unique_ids=np.array(clusters.column("unique_id").to_pylist(), dtype=object),
        cluster_ids=[str(value) for value in clusters.column("cluster_id").to_pylist()],
        truth=truth,
        next_cluster_number=next_number,
    )
