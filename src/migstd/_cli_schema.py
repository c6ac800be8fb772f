"""The ``migstd schema`` subcommand: list the models, or print one model's JSON Schema.

Without a model name the command prints each model's name and the first line
of its description, one per line. With a name it prints the model's JSON
Schema (draft 2020-12), the same text as ``schemas/<version>/<Model>.json``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from migstd._cli_linkage import say
from migstd._cli_text import text
from migstd.models import MODELS, SCHEMA_VERSION, schema_text

__all__ = ["add_schema_parser", "run_schema"]


def add_schema_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    language: str,
) -> None:
    """Add the ``schema`` subcommand and its options to ``commands``."""
    schema = commands.add_parser("schema", help=text("help_schema", language), parents=[common])
    schema.add_argument(
        "model",
        nargs="?",
        choices=sorted(MODELS),
        metavar="MODEL",
        help=text("help_schema_model", language),
    )
    schema.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help=text("help_schema_output", language)
    )


def run_schema(arguments: argparse.Namespace, language: str) -> None:
    """Write the model list, or the JSON Schema of ``arguments.model``, to ``--output`` or standard output."""
    if arguments.model is None:
        output = _overview(language)
    else:
        output = schema_text(arguments.model)

    if arguments.output is None:
        sys.stdout.write(output)
    else:
        arguments.output.write_text(output, encoding="utf-8")
        say(text("wrote", language, path=arguments.output))


def _overview(language: str) -> str:
    lines = [text("schema_version", language, version=SCHEMA_VERSION)]
    for name in sorted(MODELS):
        summary = (MODELS[name].__doc__ or "").strip().splitlines()[0]
        lines.append(f"{name}\t{summary}")
    return "\n".join(lines) + "\n"
