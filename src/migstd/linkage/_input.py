"""Read linkage input of any supported kind into an Arrow table of strings.

Every column is read as text, so identifiers keep their leading zeros and no
reader guesses dates. Accepted inputs: a pandas or polars DataFrame, a pyarrow
Table, a path to a CSV or Parquet file, or an iterable of dicts or migstd
``Person`` models.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from migstd.errors import InputError

__all__ = ["read_input"]

# Strings that CSV writers and DataFrame libraries use for a missing value.
# "NA" is left out on purpose: it is also the ISO code of Namibia.
NULL_STRINGS = frozenset(
    {
        *("", "nan", "NaN", "NAN", "none", "None", "NONE", "null", "NULL", "Null", "<NA>", "NaT"),
        *("n/a", "N/A", "#N/A", "\\N", "-", "--", "?"),
        *("unknown", "Unknown", "UNKNOWN", "უცნობი", "უცნობია"),
    }
)


def read_input(data: Any, *, name: str = "input") -> pa.Table:
    """Return ``data`` as a table whose columns are all nullable strings."""
    table = _to_arrow(data, name)
    if table.num_columns == 0:
        raise InputError(f"{name} has no columns")
    if table.num_rows == 0:
        raise InputError(f"{name} has no records")
    return _as_strings(table)


def _to_arrow(data: Any, name: str) -> pa.Table:
    if isinstance(data, pa.Table):
        return data
    if isinstance(data, (str, Path)):
        return _read_file(Path(data), name)

    module = type(data).__module__.split(".")[0]
    if module == "pandas" and hasattr(data, "columns"):
        return pa.Table.from_pandas(data, preserve_index=False)
    if module == "polars" and hasattr(data, "to_arrow"):
        return data.to_arrow()
    if isinstance(data, Iterable) and not isinstance(data, (bytes, Mapping)):
        return _from_records(data, name)
    raise InputError(
        f"{name} must be a pandas or polars DataFrame, a pyarrow Table, a CSV or Parquet "
        f"path, or an iterable of dicts or Person models, not {type(data).__name__}"
    )


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
        return pq.read_table(path) if suffix == ".parquet" else _read_csv(path, name)
    except duckdb.Error as error:
        failure = _describe_csv_error(str(error)) or f"({type(error).__name__})"
    except (OSError, pa.ArrowException) as error:
        failure = f"({type(error).__name__})"
    separator = " " if failure.startswith("(") else ": "
    raise InputError(f"{name}: cannot read {str(path)!r}{separator}{failure}")


# Field separators tried on the header row. When two split it into equally
# many fields, the earlier one wins.
_SEPARATORS = (",", ";", "\t", "|")
# The header row is looked for in this many characters at the start of the file.
_HEADER_CHARACTERS = 1 << 20


def _read_header(path: Path, name: str) -> tuple[list[str], str]:
    """Return the column names of a CSV file's first row and the separator that splits it."""
    # Undecodable bytes become lone surrogates here, so that the check below can
    # name the header row. DuckDB checks the encoding of the other lines.
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        start = handle.read(_HEADER_CHARACTERS)
    preferred = ("\t", *_SEPARATORS) if path.suffix.lower() == ".tsv" else _SEPARATORS
    candidates = {separator: _first_record(start, separator) for separator in preferred}
    separator = max(candidates, key=lambda candidate: len(candidates[candidate]))
    header = [column.strip() for column in candidates[separator]]
    if not header:
        raise InputError(f"{name}: {str(path)!r} has no header row on line 1")
    if any(_has_surrogate(column) for column in header):
        raise InputError(f"{name}: cannot read {str(path)!r}: line 1 (the header row) is not UTF-8 text")

    # The message gives positions, because in a file without a header row the names are values.
    positions: dict[str, int] = {}
    for position, column in enumerate(header, start=1):
        if column and column in positions:
            raise InputError(
                f"{name}: cannot read {str(path)!r}: columns {positions[column]} and {position} "
                "have the same name in the header row"
            )
        positions[column] = position
    return header, separator


def _first_record(text: str, separator: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text), delimiter=separator), [])
    except csv.Error:
        return []


def _read_csv(path: Path, name: str) -> pa.Table:
    header, separator = _read_header(path, name)

    # DuckDB's sniffer is off, because (in DuckDB 2.0) it reads a file with one ragged
    # line as a single column and takes a line that starts with '#' for a comment.
    # Strict mode rejects a line whose field count differs from the header's. The
    # columns get positional names, because DuckDB would rename a repeated or empty name.
    # NOTE: only '"' quotes a value; a file quoted with "'" keeps the quotes in its values.
    columns = {f"column{index}": "VARCHAR" for index in range(len(header))}
    query = (
        "SELECT * FROM read_csv($path, auto_detect = false, header = true, columns = $columns, "
        "delim = $separator, quote = '\"', escape = '\"', comment = '', strict_mode = true, "
        "null_padding = false)"
    )
    parameters = {"path": str(path), "columns": columns, "separator": separator}
    connection = duckdb.connect()
    try:
        table = connection.sql(query, params=parameters).to_arrow_table()
    finally:
        connection.close()
    return table.rename_columns(header)


_CSV_LINE = re.compile(r"CSV Error on Line: (\d+)")
_CSV_FIELD_COUNT = re.compile(r"Expected Number of Columns: (\d+) Found: (\d+)")


def _describe_csv_error(message: str) -> str:
    """Describe a DuckDB CSV error by its line number and kind, never by the line's text."""
    line = _CSV_LINE.search(message)
    if line is None:
        return ""
    where = f"line {line.group(1)}"
    field_count = _CSV_FIELD_COUNT.search(message)
    if field_count is not None:
        expected, found = field_count.groups()
        return f"{where} has {found} fields where the header has {expected}"
    if "Invalid unicode" in message:
        return f"{where} is not UTF-8 text"
    if "unterminated quote" in message:
        return f"{where} has a quoted value that is not closed"
    return f"{where} breaks the CSV format"


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= character <= "\udfff" for character in text)


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
    for row in rows:
        for key, values in columns.items():
            value = row.get(key)
            values.append(None if value is None else str(value))
    return pa.table({key: pa.array(values, type=pa.string()) for key, values in columns.items()})


def _person_row(person: Any) -> dict[str, Any]:
    """Flatten a ``Person`` model into canonical field columns."""
    # NOTE: only the first name of a person is linked; other names (former, alias) are not yet compared.
    name = person.names[0]
    citizenships = tuple(person.citizenships)
    birth_date = person.birth_date
    row = {
        "given_name": " ".join(name.given_names) or None,
        "family_name": " ".join(name.family_names) or None,
        "patronymic": name.patronymic,
        "birth_date": birth_date.isoformat() if birth_date is not None else None,
        "sex": person.sex,
        "citizenship": citizenships[0] if citizenships else None,
        "document_number": person.document_number,
        "personal_number": person.personal_number,
    }
    # A field no person has gets no column, so it is not compared at all.
    return {field: value for field, value in row.items() if value is not None}


def _all_midnight(column: pa.ChunkedArray) -> bool:
    """Return whether every non-null timestamp falls at midnight, and False when all are null."""
    at_midnight = pc.equal(pc.floor_temporal(column, unit="day"), column)
    return bool(pc.all(at_midnight).as_py())


def _as_strings(table: pa.Table) -> pa.Table:
    columns = []
    for column in table.columns:
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        if pa.types.is_timestamp(column.type) and _all_midnight(column):
            # pandas and polars store parsed dates as timestamps. As text they would carry
            # a time of day, which PartialDate rejects.
            column = column.cast(pa.date32())
        if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
            column = pc.cast(column, pa.string())
        column = pc.utf8_trim_whitespace(column.cast(pa.string()))
        is_null_string = pc.is_in(column, value_set=pa.array(sorted(NULL_STRINGS)))
        columns.append(pc.if_else(is_null_string, pa.scalar(None, pa.string()), column))
    return pa.table(columns, names=[str(name) for name in table.column_names])
