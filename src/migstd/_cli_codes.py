"""The ``migstd codes`` subcommand: list the code lists, print one, or search it.

Without a list name the command prints every list's name, entry count and
title as CSV. With a name it prints the list as CSV or JSON (see
:mod:`migstd.codelists._export`). ``--search TEXT`` prints the entries closest
to TEXT instead, best first, with their scores. Labels come in every language
the list offers, or only in the language given with ``--lang``. When the reader
of standard output closes it early, as ``head`` does, the command stops
without a message and with exit status 0.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

from migstd._cli_linkage import say
from migstd._cli_text import text
from migstd.codelists import CodeList, all_lists, get_list

__all__ = ["add_codes_parser", "run_codes"]

FORMATS = ("csv", "json")


def add_codes_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    language: str,
) -> None:
    """Add the ``codes`` subcommand and its options to ``commands``."""
    codes = commands.add_parser("codes", help=text("help_codes", language), parents=[common])
    codes.add_argument(
        "list_name",
        nargs="?",
        choices=sorted(all_lists()),
        metavar="LIST",
        help=text("help_codes_list", language),
    )
    codes.add_argument("--format", choices=FORMATS, default="csv", help=text("help_codes_format", language))
    codes.add_argument("--search", metavar="TEXT", help=text("help_codes_search", language))
    codes.add_argument("--limit", type=int, default=5, metavar="N", help=text("help_codes_limit", language))
    codes.add_argument("-o", "--output", type=Path, metavar="FILE", help=text("help_codes_output", language))
    codes.set_defaults(usage_error=codes.error)


def codes_usage_error(arguments: argparse.Namespace, language: str) -> str | None:
    """Return the message of a usage error in the ``codes`` options, or ``None``."""
    if arguments.search is not None and arguments.list_name is None:
        return text("codes_search_needs_list", language)
    if arguments.limit < 1:
        return text("codes_bad_limit", language)
    return None


def run_codes(arguments: argparse.Namespace, language: str) -> None:
    """Write what the ``codes`` options ask for to ``--output`` or standard output."""
    label_language: str | None = getattr(arguments, "lang", None)

    if arguments.list_name is None:
        output = _overview(arguments.format, label_language or language)
    elif arguments.search is not None:
        codelist = get_list(arguments.list_name)
        output = _search(codelist, arguments.search, arguments.limit, arguments.format, label_language)
    elif arguments.format == "json":
        output = get_list(arguments.list_name).to_json(lang=label_language)
    else:
        output = get_list(arguments.list_name).to_csv(lang=label_language)

    if arguments.output is None:
        _write_stdout(output)
    else:
        arguments.output.write_text(output, encoding="utf-8")
        say(text("wrote", language, path=arguments.output))


def _write_stdout(output: str) -> None:
    """Write ``output`` to standard output, stopping quietly when the reader has gone."""
    sys.stdout.write(output)


def _overview(output_format: str, language: str) -> str:
    rows = [
        {"name": name, "entries": len(codelist), "title": codelist.info.title.get(language, "")}
        for name, codelist in all_lists().items()
    ]
    return _write(rows, output_format, ["name", "entries", "title"])


def _search(codelist: CodeList[Any], query: str, limit: int, output_format: str, language: str | None) -> str:
    rows = [
        {
            "code": match.entry.code,
            "score": round(match.score, 1),
            "label": match.entry.labels.get(language or "en") or match.entry.labels["en"],
            "matched": match.matched,
            "kind": match.kind,
        }
        for match in codelist.search_fuzzy(query, limit=limit)
    ]
    return _write(rows, output_format, ["code", "score", "label", "matched", "kind"])


def _write(rows: list[dict[str, Any]], output_format: str, header: list[str]) -> str:
    if output_format == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
