"""Writing a code list as CSV or JSON.

Both forms hold every field of every entry. JSON has the data-file layout that
:func:`migstd.codelists._data.load_data` reads: the list's description and its
entries, with dates as ISO 8601 strings. CSV has one row per entry, a
``label_<lang>`` column per language the list offers, several values in one cell
joined by ``|``, booleans as ``true`` or ``false`` and an empty cell for a
missing value.

With ``lang``, both forms carry one ``label`` in that language instead of all
labels, falling back to English for an entry without a label in it.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from typing import Any

from migstd.codelists._codelist import CodeEntry, CodeList
from migstd.errors import SettingsError

__all__ = ["entry_record", "to_csv", "to_json"]

# Separator of several values in one CSV cell.
CELL_SEPARATOR = "|"


def entry_record(entry: CodeEntry, *, lang: str | None = None) -> dict[str, Any]:
    """Return the fields of ``entry`` as a JSON-ready dict, in field order.

    Tuples become lists and dates ISO 8601 strings. With ``lang``, the
    ``labels`` mapping is replaced by ``label``, the label in that language.
    """
    record: dict[str, Any] = {}
    for item in dataclasses.fields(entry):
        value = getattr(entry, item.name)
        if item.name == "labels":
            if lang is None:
                record["labels"] = dict(value)
            else:
                record["label"] = value.get(lang) or value["en"]
        elif isinstance(value, dt.date):
            record[item.name] = value.isoformat()
        elif isinstance(value, tuple):
            record[item.name] = list(value)
        else:
            record[item.name] = value
    return record


def to_json(codelist: CodeList[Any], *, lang: str | None = None) -> str:
    """Return the list's description and entries as a JSON document."""
    _check_language(codelist, lang)
    info = codelist.info
    document = {
        "name": codelist.name,
        "title": dict(info.title),
        "source": info.source,
        "version": info.version,
        "licence": info.licence,
        "generated_by": info.generated_by,
        "entries": [entry_record(entry, lang=lang) for entry in codelist],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def to_csv(codelist: CodeList[Any], *, lang: str | None = None) -> str:
    """Return the list's entries as CSV text with a header row."""
    _check_language(codelist, lang)
    rows = [_csv_row(codelist, entry, lang) for entry in codelist]
    header = list(rows[0]) if rows else ["code"]

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _csv_row(codelist: CodeList[Any], entry: CodeEntry, lang: str | None) -> dict[str, str]:
    row: dict[str, str] = {}
    for name, value in entry_record(entry, lang=lang).items():
        if name == "labels":
            for language in codelist.languages:
                row[f"label_{language}"] = value.get(language, "")
        else:
            row[name] = _cell(value)
    return row


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return CELL_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _check_language(codelist: CodeList[Any], lang: str | None) -> None:
    if lang is not None and lang not in codelist.languages:
        raise SettingsError(
            f"language {lang!r} is not offered by the {codelist.name} code list; "
            f"use one of {', '.join(codelist.languages)}"
        )
