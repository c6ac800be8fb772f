"""The ``migstd translit`` subcommand: transliterate texts or a column of a CSV file.

Texts given on the command line are printed one result per line on standard
output. With ``--input`` the command reads a CSV file with the standard
library's ``csv`` module, every value as text, and writes the file again with
one more column, ``COLUMN_<system>`` (``COLUMN_cyrillic`` for ``--to
cyrillic``), to ``-o`` or standard output.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from migstd._cli_linkage import say
from migstd._cli_text import text
from migstd.errors import InputError, ValidationError
from migstd.script import REVERSE_SYSTEMS, ROMANIZATION_SYSTEMS, to_cyrillic, to_georgian, to_latin

__all__ = ["TARGETS", "TRANSLIT_SYSTEMS", "add_translit_parser", "run_translit", "translit_usage_error"]

TARGETS = ("latin", "georgian", "cyrillic")
TRANSLIT_SYSTEMS = tuple(dict.fromkeys((*ROMANIZATION_SYSTEMS, *REVERSE_SYSTEMS)))


def add_translit_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    language: str,
) -> None:
    """Add the ``translit`` subcommand and its options to ``commands``."""
    translit = commands.add_parser("translit", help=text("help_translit", language), parents=[common])
    translit.add_argument("texts", nargs="*", metavar="TEXT", help=text("help_translit_text", language))
    translit.add_argument(
        "--system", choices=TRANSLIT_SYSTEMS, default=None, help=text("help_translit_system", language)
    )
    translit.add_argument("--to", choices=TARGETS, default="latin", help=text("help_translit_to", language))
    translit.add_argument("--mrz", action="store_true", help=text("help_translit_mrz", language))
    translit.add_argument("--name", action="store_true", help=text("help_translit_name", language))
    translit.add_argument("--input", type=Path, metavar="FILE", help=text("help_translit_input", language))
    translit.add_argument("--column", metavar="COLUMN", help=text("help_translit_column", language))
    translit.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help=text("help_translit_output", language)
    )
    # Conflicting options are usage errors of this subcommand, shown with its usage line.
    translit.set_defaults(usage_error=translit.error)


def translit_usage_error(arguments: argparse.Namespace, language: str) -> str | None:
    """Return the message of a usage error in the ``translit`` options, or ``None``.

    Also fills in the default system: passport with ``--mrz``, else national.
    """
    if arguments.system is None:
        arguments.system = "passport" if arguments.mrz else "national"
    if arguments.texts and arguments.input is not None:
        return text("translit_texts_and_input", language)
    if not arguments.texts and arguments.input is None:
        return text("translit_no_input", language)
    if arguments.input is not None and not arguments.column:
        return text("translit_column_needed", language)
    if arguments.input is None and (arguments.column or arguments.output):
        return text("translit_input_needed", language)
    if (arguments.mrz or arguments.name) and arguments.to != "latin":
        return text("translit_latin_only", language)
    if arguments.mrz and arguments.system != "passport":
        return text("translit_mrz_system", language)
    if arguments.mrz and arguments.name:
        return text("translit_mrz_name", language)
    if arguments.to == "latin" and arguments.system not in ROMANIZATION_SYSTEMS:
        return text("translit_system_direction", language, system=arguments.system, to=arguments.to)
    if arguments.to == "georgian" and arguments.system not in REVERSE_SYSTEMS:
        return text("translit_system_direction", language, system=arguments.system, to=arguments.to)
    return None


def _best_reading(value: str, system: str) -> str:
    # A name copied from a machine-readable zone separates its parts with '<'.
    readings = to_georgian(value.replace("<", " "), system)
    if isinstance(readings, str):
        return readings
    return readings[0]


def _converter(arguments: argparse.Namespace) -> Callable[[str], str]:
    system: str = arguments.system
    if arguments.to == "georgian":
        return lambda value: _best_reading(value, system)
    if arguments.to == "cyrillic":
        return to_cyrillic
    mrz: bool = arguments.mrz
    name: bool = arguments.name
    return lambda value: to_latin(value, system, mrz=mrz, name=name)


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as file:
        yield file


def _read_rows(path: Path, language: str) -> list[list[str]]:
    if not path.is_file():
        raise InputError(text("translit_file_missing", language, path=str(path)))
    reader = None
    try:
        # utf-8-sig drops the byte order mark that spreadsheet programs write.
        with path.open(encoding="utf-8-sig", newline="") as file:
            reader = csv.reader(file, strict=True)
            rows = list(reader)
    except csv.Error as error:
        line = reader.line_num if reader is not None else 0
        raise InputError(text("translit_bad_csv", language, path=path, line=line, reason=error)) from None
    except UnicodeDecodeError:
        # The decode error contains the undecodable bytes, which may be personal data.
        raise InputError(text("translit_not_utf8", language, path=path)) from None
    for line, row in enumerate(rows[1:], start=2):
        if row and len(row) != len(rows[0]):
            raise InputError(
                text(
                    "translit_ragged_row",
                    language,
                    path=path,
                    line=line,
                    found=len(row),
                    expected=len(rows[0]),
                )
            )
    return rows


def _transliterate_file(arguments: argparse.Namespace, convert: Callable[[str], str], language: str) -> None:
    column: str = arguments.column
    suffix = arguments.to if arguments.to in ("cyrillic", "georgian") else arguments.system
    new_column = f"{column}_{suffix}"

    rows = _read_rows(arguments.input, language)
    if not rows:
        raise InputError(text("translit_empty_file", language, path=arguments.input))
    header, records = rows[0], rows[1:]
    if column not in header:
        # The header's names are not listed: in a file without one they are a person's data.
        raise InputError(text("translit_column_missing", language, column=column, count=len(header)))
    if new_column in header:
        raise InputError(text("translit_column_exists", language, column=new_column))

    index = header.index(column)
    converted: list[list[str]] = []
    for number, record in enumerate(records, start=1):
        value = record[index] if index < len(record) else ""
        try:
            result = convert(value)
        except ValidationError as error:
            raise InputError(
                text("translit_row", language, row=number, column=column, reason=error.message)
            ) from None
        converted.append([*record, result])

    with _output(arguments.output) as output:
        writer = csv.writer(output, lineterminator="\n")
        writer.writerow([*header, new_column])
        writer.writerows(converted)
    if arguments.output is not None:
        say(text("wrote", language, path=arguments.output))


def run_translit(arguments: argparse.Namespace, language: str) -> None:
    """Run ``migstd translit`` with parsed ``arguments``; print or write the results."""
    convert = _converter(arguments)

    if arguments.input is not None:
        _transliterate_file(arguments, convert, language)
        return

    results: list[str] = []
    for number, value in enumerate(arguments.texts, start=1):
        try:
            results.append(convert(value))
        except ValidationError as error:
            raise InputError(
                text("translit_argument", language, number=number, reason=error.message)
            ) from None
    for result in results:
        print(result)
