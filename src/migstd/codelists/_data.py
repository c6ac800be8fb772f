"""Reading a code list's data file from ``migstd/codelists/data``.

A data file is a JSON object with the list's description and its entries::

    {
      "title": {"en": "...", "ka": "..."},
      "source": "...", "version": "...", "licence": "...",
      "generated_by": "scripts/make_....py",
      "entries": [{"code": "...", "labels": {"en": "...", "ka": "..."}, ...}]
    }

An entry holds the fields of its entry class. Dates are ISO 8601 strings and
lists become tuples. An entry without a ``source`` takes the file's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from importlib import resources
from typing import Any

from migstd.codelists._codelist import EntryT, ListInfo
from migstd.errors import MigstdError

__all__ = ["load_data", "read_data"]

_DATE_FIELDS = ("valid_from", "valid_to")


def read_data(name: str) -> dict[str, Any]:
    """Return the parsed data file ``data/<name>.json``."""
    path = resources.files("migstd.codelists") / "data" / f"{name}.json"
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def load_data(name: str, entry_class: type[EntryT]) -> tuple[ListInfo, list[EntryT]]:
    """Return the description and the entries of the data file ``data/<name>.json``.

    Raises :class:`~migstd.errors.MigstdError` naming the file and the entry when
    an entry does not fit ``entry_class``.
    """
    data = read_data(name)
    info = ListInfo(
        title=data["title"],
        source=data["source"],
        version=data["version"],
        licence=data["licence"],
        generated_by=data.get("generated_by", ""),
    )

    known = {item.name for item in dataclasses.fields(entry_class)}
    entries = []
    for number, raw in enumerate(data["entries"], start=1):
        unknown = sorted(set(raw) - known)
        if unknown:
            raise MigstdError(f"data/{name}.json entry {number} has unknown fields: {', '.join(unknown)}")
        entries.append(entry_class(**_entry_arguments(raw, info.source)))
    return info, entries


def _entry_arguments(raw: dict[str, Any], default_source: str) -> dict[str, Any]:
    arguments: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _DATE_FIELDS and value is not None:
            arguments[key] = dt.date.fromisoformat(value)
        elif isinstance(value, list):
            arguments[key] = tuple(value)
        else:
            arguments[key] = value
    arguments.setdefault("source", default_source)
    return arguments
