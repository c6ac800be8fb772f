"""Read linkage input of any supported kind into an Arrow table of strings.

Every column is read as text, so identifiers keep their leading zeros and no
reader guesses dates. Accepted inputs: a pandas or polars DataFrame, a pyarrow
Table, a path to a CSV or Parquet file, or an iterable of dicts or migstd
``Person`` models.

A column that cannot become text (a list, struct or map, or bytes that are
not UTF-8) is left out of the table and listed in
:attr:`InputTable.non_text_columns`, so that it raises only when the job
needs it.
"""

from __future__ import annotations

import datetime
import numbers
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from migstd.errors import InputError
from migstd.linkage._csv import describe_csv_error, has_surrogate, read_csv

__all__ = ["InputTable", "read_input"]

# Strings that CSV writers and DataFrame libraries use for a missing value.
# "NA" is left out on purpose: it is also the ISO code of Namibia.
NULL_STRINGS = frozenset(
    {
        *("", "nan", "NaN", "NAN", "none", "None", "NONE", "null", "NULL", "Null", "<NA>", "NaT"),
        *("n/a", "N/A", "#N/A", "\\N", "-", "--", "?"),
        *("unknown", "Unknown", "UNKNOWN", "უცნობი", "უცნობია"),
    }
)


@dataclass(frozen=True)
class InputTable:
    """An input read as text, and the type of each column that could not become text."""

    name: str
    table: pa.Table
    non_text_columns: Mapping[str, str] = field(default_factory=dict)


def read_input(data: Any, *, name: str = "input") -> InputTable:
    """Read ``data`` into a table whose columns are all nullable strings."""
    table, non_text = _to_arrow(data, name)
    if table.num_columns + len(non_text) == 0:
        raise InputError(f"{name} has no columns")
    if table.num_rows == 0:
        raise InputError(f"{name} has no records")
    text, unconverted = _as_strings(table)
    return InputTable(name=name, table=text, non_text_columns={**non_text, **unconverted})


def _to_arrow(data: Any, name: str) -> tuple[pa.Table, dict[str, str]]:
    """Convert ``data`` to Arrow; also return the columns of a DataFrame that have no Arrow type."""
    if isinstance(data, pa.Table):
        _check_column_names(data.column_names, name)
        return data, {}
    if isinstance(data, (str, Path)):
        table = _read_file(Path(data), name)
        _check_column_names(table.column_names, name, quote=False)
        return table, {}

    module = type(data).__module__.split(".")[0]
    if module == "pandas" and hasattr(data, "columns"):
        return _from_pandas(data, name)
    if module == "polars" and hasattr(data, "to_arrow"):
        return data.to_arrow(), {}
    if isinstance(data, Iterable) and not isinstance(data, (bytes, Mapping)):
        return _from_records(data, name), {}
    raise InputError(
        f"{name} must be a pandas or polars DataFrame, a pyarrow Table, a CSV or Parquet "
        f"path, or an iterable of dicts or Person models, not {type(data).__name__}"
    )


def _check_column_names(names: Sequence[str], name: str, *, quote: bool = True) -> None:
    """Raise for a column name that is not valid Unicode or that two columns share.

    ``quote=False`` gives positions instead of names, for files whose first row may be data.
    """
    positions: dict[str, int] = {}
    for position, column in enumerate(names, start=1):
        if has_surrogate(column):
            raise InputError(f"{name}: the name of column {position} is not valid Unicode")
        if column in positions:
            if quote:
                raise InputError(f"{name} has more than one column named {column!r}; rename one of them")
            raise InputError(f"{name}: columns {positions[column]} and {position} have the same name")
        positions[column] = position


def _read_file(path: Path, name: str) -> pa.Table:
    if not path.is_file():
        raise InputError(f"{name}: file {str(path)!r} not found")
    suffix = path.suffix.lower()
    if suffix not in (".parquet", ".csv", ".tsv", ".txt"):
        raise InputError(f"{name}: unsupported file type {suffix!r}; use .csv, .tsv or .parquet")

    # The reader's message can quote a line of the file, which may contain personal data.
    # The error is raised outside the handler because "from None" would still keep the
    # reader's error as the new error's __context__.
    failure = ""
    try:
        return pq.read_table(path) if suffix == ".parquet" else read_csv(path, name)
    except duckdb.Error as error:
        failure = describe_csv_error(str(error)) or f"({type(error).__name__})"
    except (OSError, pa.ArrowException) as error:
        failure = f"({type(error).__name__})"
    separator = " " if failure.startswith("(") else ": "
    raise InputError(f"{name}: cannot read {str(path)!r}{separator}{failure}")


def _from_records(records: Iterable[Any], name: str) -> pa.Table:
    rows: list[dict[str, Any]] = []
    for index, record in enumerate(records):
        if isinstance(record, Mapping):
            rows.append({str(key): value for key, value in record.items()})
        elif hasattr(record, "model_dump") and hasattr(record, "names"):
            rows.append(_person_row(record))
        else:
            raise InputError(f"{name}: row {index} is a {type(record).__name__}; expected a dict or a Person")
    if not rows:
        raise InputError(f"{name} has no records")
    columns: dict[str, list[Any]] = {}
    for row in rows:
        for key in row:
            columns.setdefault(key, [])
    _check_column_names(list(columns), name)
    for row in rows:
        for key, values in columns.items():
            value = row.get(key)
            values.append(None if value is None else str(value))
    return pa.table({key: _text_array(values, name, key) for key, values in columns.items()})


def _text_array(values: list[str | None], name: str, column: str) -> pa.Array:
    """Return ``values`` as an Arrow string array; raise for text that is not valid Unicode."""
    # The error is raised outside the handler, so that it keeps no reference to
    # pyarrow's error, whose ``object`` attribute contains the whole value.
    row = -1
    try:
        return pa.array(values, type=pa.string())
    except UnicodeEncodeError:
        row = next((index for index, value in enumerate(values) if value and has_surrogate(value)), -1)
    where = f"row {row}, " if row >= 0 else ""
    raise InputError(
        f"{name}: {where}column {column!r}: the text is not valid Unicode because it contains a "
        "lone surrogate; decode the source with errors='strict'"
    )


# Python values that become text through str(); any other value in a pandas
# object column (a list, a dict, bytes) makes the column non-text.
_SCALARS = (str, numbers.Number, datetime.date, datetime.time)


def _from_pandas(frame: Any, name: str) -> tuple[pa.Table, dict[str, str]]:
    """Convert a pandas DataFrame column by column, so that one odd column does not fail the rest."""
    names = [str(label) for label in frame.columns]
    _check_column_names(names, name)
    arrays: dict[str, pa.Array] = {}
    non_text: dict[str, str] = {}
    for position, column in enumerate(names):
        series = frame.iloc[:, position]
        try:
            arrays[column] = pa.array(series, from_pandas=True)
            continue
        except (pa.ArrowException, UnicodeEncodeError):
            pass  # an object column with values of several types, or with a lone surrogate

        text = _scalars_as_text(series.tolist(), series.isna().tolist())
        if text is None:
            non_text[column] = f"{series.dtype} with values that are not text, numbers or dates"
        else:
            arrays[column] = _text_array(text, name, column)
    return pa.table(arrays), non_text


def _scalars_as_text(values: list[Any], missing: list[bool]) -> list[str | None] | None:
    """Return each value as text and each missing one as None, or None if a value is not a scalar."""
    text: list[str | None] = []
    for value, is_missing in zip(values, missing, strict=True):
        if is_missing:
            text.append(None)
        elif isinstance(value, _SCALARS):
            text.append(str(value))
        else:
            return None
    return text


def _person_row(person: Any) -> dict[str, Any]:
    """Flatten a ``Person`` model into canonical field columns."""
    # NOTE: only the first name of a person is linked; other names (former, alias) are not yet compared.
    name = person.names[0]
    citizenships = tuple(person.citizenships)
    birth_date = person.birth_date
    phones = [contact.phone for contact in person.contact_points if contact.phone]
    row = {
        "given_name": " ".join(name.given_names) or None,
        "family_name": " ".join(name.family_names) or None,
        "patronymic": name.patronymic,
        "birth_date": birth_date.isoformat() if birth_date is not None else None,
        "sex": person.sex,
        "citizenship": citizenships[0].country if citizenships else None,
        "document_number": person.document_number,
        "personal_number": person.personal_number,
        "phone": phones[0] if phones else None,
        "address": _address_text(person.residence),
    }
    # A field no person has gets no column, so it is not compared at all.
    return {field: value for field, value in row.items() if value is not None}


def _address_text(address: Any) -> str | None:
    """Return a residence as one text: its full address, or else its street, number, place and post code."""
    if address is None:
        return None
    if address.full_address:
        return str(address.full_address)
    parts = (address.thoroughfare, address.locator_designator, address.settlement, address.post_code)
    return " ".join(str(part) for part in parts if part) or None


def _all_midnight(column: pa.ChunkedArray) -> bool:
    """Return whether every non-null timestamp falls at midnight, and False when all are null."""
    at_midnight = pc.equal(pc.floor_temporal(column, unit="day"), column)
    return bool(pc.all(at_midnight).as_py())


def _as_text(column: pa.ChunkedArray) -> pa.ChunkedArray | None:
    """Return ``column`` as strings, or None when its type or bytes cannot become text."""
    try:
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        if pa.types.is_timestamp(column.type) and _all_midnight(column):
            # pandas and polars store parsed dates as timestamps. As text they would carry
            # a time of day, which PartialDate rejects.
            column = column.cast(pa.date32())
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            column.validate(full=True)
        else:
            # Casting binary to string checks that the bytes are UTF-8.
            column = pc.cast(column, pa.string())
        return column.cast(pa.string())
    except pa.ArrowException:
        return None


def _as_strings(table: pa.Table) -> tuple[pa.Table, dict[str, str]]:
    """Return the text columns of ``table``, trimmed, and the type of each other column."""
    columns, names = [], []
    non_text: dict[str, str] = {}
    for name, column in zip(table.column_names, table.columns, strict=True):
        text = _as_text(column)
        if text is None:
            is_bytes = pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type)
            non_text[name] = f"{column.type} that is not UTF-8 text" if is_bytes else str(column.type)
            continue
        # The input's own column is kept where nothing changes, so a clean input is not copied.
        trimmed = pc.utf8_trim_whitespace(text)
        if not pc.all(pc.equal(pc.binary_length(trimmed), pc.binary_length(text))).as_py():
            text = trimmed
        del trimmed
        is_null_string = pc.is_in(text, value_set=pa.array(sorted(NULL_STRINGS)))
        if pc.any(is_null_string).as_py():
            text = pc.if_else(is_null_string, pa.scalar(None, pa.string()), text)
        columns.append(text)
        names.append(str(name))
    return pa.table(columns, names=names), non_text
