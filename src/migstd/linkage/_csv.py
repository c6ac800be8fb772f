"""Read a CSV file into an Arrow table of strings, strictly, with DuckDB.

The separator is found on the header row (comma, semicolon, tab or vertical
bar), every value is read as text, and a line whose field count differs from
the header's raises. Errors name the line, never its text:

>>> describe_csv_error("CSV Error on Line: 3\\nOriginal Line: 7,NINO\\nExpected Number of "
...                    "Columns: 4 Found: 2")
'line 3 has 2 fields where the header has 4'
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import duckdb
import pyarrow as pa

from migstd.errors import InputError

__all__ = ["describe_csv_error", "has_surrogate", "read_csv"]


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
    if any(has_surrogate(column) for column in header):
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


def read_csv(path: Path, name: str) -> pa.Table:
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


def describe_csv_error(message: str) -> str:
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


def has_surrogate(text: str) -> bool:
    return any("\ud800" <= character <= "\udfff" for character in text)
