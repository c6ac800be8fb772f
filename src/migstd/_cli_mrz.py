"""The ``migstd mrz`` subcommand: parse a machine-readable zone and print its fields as JSON.

The zone comes from the ``LINE`` arguments, from ``--input FILE`` or from
standard input, one zone per run. The fields go to standard output as JSON,
with ISO 8601 dates and every check digit with its result. This output
contains the personal data of the zone on purpose. The exit status is 0 for a
valid zone and 1 for an invalid one, with a one-line message on standard
error that names the field and the rule, never a value. A zone whose number
or length of lines fits no format is described by its line lengths, in the
language of the messages.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from migstd._cli_text import count_text, text
from migstd.errors import InputError
from migstd.identifiers import IdentifierError, InvalidChecksumError, InvalidLengthError
from migstd.identifiers.mrz import parse

__all__ = ["add_mrz_parser", "mrz_usage_error", "run_mrz"]


def add_mrz_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    language: str,
) -> None:
    """Add the ``mrz`` subcommand and its options to ``commands``."""
    mrz = commands.add_parser("mrz", help=text("help_mrz", language), parents=[common])
    mrz.add_argument("lines", nargs="*", metavar="LINE", help=text("help_mrz_line", language))
    mrz.add_argument("--input", type=Path, metavar="FILE", help=text("help_mrz_input", language))
    # Conflicting options are usage errors of this subcommand, shown with its usage line.
    mrz.set_defaults(usage_error=mrz.error)


def mrz_usage_error(arguments: argparse.Namespace, language: str) -> str | None:
    """Return the message of a usage error in the ``mrz`` options, or ``None``."""
    if arguments.lines and arguments.input is not None:
        return text("mrz_lines_and_input", language)
    if not arguments.lines and arguments.input is None and sys.stdin.isatty():
        return text("mrz_no_input", language)
    return None


def _read_zone(arguments: argparse.Namespace, language: str) -> str:
    if arguments.lines:
        return "\n".join(arguments.lines)
    if arguments.input is None:
        return sys.stdin.read()

    path: Path = arguments.input
    if not path.is_file():
        raise InputError(text("mrz_file_missing", language, path=str(path)))
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        # The decode error contains the undecodable bytes, which may be personal data.
        raise InputError(text("mrz_not_utf8", language, path=path)) from None


def _shape_fault(zone: str, language: str) -> str | None:
    """Describe why the zone's number or length of lines fits no MRZ format, or return ``None``.

    The lines are counted as :func:`migstd.identifiers.mrz.split_lines` counts
    them: without whitespace, blank lines skipped.
    """
    lines = [line for line in ("".join(raw.split()) for raw in zone.splitlines()) if line]
    if len(lines) not in (2, 3):
        return count_text("mrz_line_count", len(lines), language)

    widths = [len(line) for line in lines]
    allowed: tuple[int, ...]
    if len(lines) == 3:
        key, allowed = "mrz_three_lines", (30,)
    elif widths[0] not in (36, 44):
        key, allowed = "mrz_two_lines", (36, 44)
    else:
        key, allowed = "mrz_lines_differ", (widths[0],)
    for number, width in enumerate(widths, start=1):
        if width not in allowed:
            line = count_text("mrz_line_length", width, language, number=number)
            return text(key, language, line=line, width=widths[0])
    return None


def _invalid(error: IdentifierError, language: str, zone: str = "") -> InputError:
    reason = error.message
    field = error.field or ""
    if isinstance(error, InvalidLengthError) and (field == "mrz" or field.startswith("mrz.line")):
        reason = _shape_fault(zone, language) or reason
    return InputError(text("mrz_invalid", language, field=error.field, rule=error.rule, reason=reason))


def run_mrz(arguments: argparse.Namespace, language: str) -> None:
    """Run ``migstd mrz``: print the zone's fields as JSON, then raise if the zone is invalid.

    Raises :class:`~migstd.errors.InputError` with the field and rule of the
    first fault: a structural fault before any output, a failed check digit
    after the JSON, which shows every check digit.
    """
    zone = _read_zone(arguments, language)
    try:
        result = parse(zone)
    except IdentifierError as error:
        raise _invalid(error, language, zone) from None

    print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))

    for check in result.check_digits:
        if not check.valid:
            failure = InvalidChecksumError(
                text("mrz_check_failed", language, field=check.field), field=f"mrz.{check.field}"
            )
            raise _invalid(failure, language)
