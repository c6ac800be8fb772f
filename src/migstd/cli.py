"""The ``migstd`` command: record linkage, synthetic extracts, transliteration, code lists, MRZ and schemas.

Linkage results go to files; translit and codes results go to standard output
or a file; counts and progress go to stderr, in Georgian when
``--lang ka`` or the locale requests it. A subcommand that writes a file
prints ``wrote PATH`` on stderr. Bad input ends the command with exit
status 1 and a one-line message that names the field or column, never a
personal value. Usage errors exit with status 2.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from migstd import __version__
from migstd._cli_argparse_text import argparse_language
from migstd._cli_codes import add_codes_parser, codes_usage_error, run_codes
from migstd._cli_index import add_link_new_parser, link_new_usage_error, run_link_new
from migstd._cli_linkage import demo_usage_error, run_demo, run_linkage_command, say
from migstd._cli_mrz import add_mrz_parser, mrz_usage_error, run_mrz
from migstd._cli_schema import add_schema_parser, run_schema
from migstd._cli_synth import add_synth_parser, run_synth, synth_usage_error
from migstd._cli_text import LANGUAGES, choose_language, text
from migstd._cli_translit import add_translit_parser, run_translit, translit_usage_error
from migstd.errors import MigstdError, MigstdWarning

__all__ = ["main"]

# Checks of option combinations and ranges that argparse cannot express, run
# after parsing and before any work. Each subcommand's parser stores its
# ``error`` method as ``usage_error``, so that the message comes with its usage line.
_USAGE_CHECKS: dict[str, Callable[[argparse.Namespace, str], str | None]] = {
    "codes": codes_usage_error,
    "demo": demo_usage_error,
    "link-new": link_new_usage_error,
    "mrz": mrz_usage_error,
    "synth": synth_usage_error,
    "translit": translit_usage_error,
}


class _FieldPairs(argparse.Action):
    """Collect repeated FIELD=VALUE options into a dict; a malformed one is a usage error."""

    def __init__(self, *args: Any, language: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.language = language

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        value = str(values)
        name, separator, item = value.partition("=")
        if not separator or not name.strip() or not item.strip():
            parser.error(
                text("bad_pair", self.language, option=option_string, metavar=self.metavar, value=value)
            )
        pairs = dict(getattr(namespace, self.dest) or {})
        pairs[name.strip()] = item.strip()
        setattr(namespace, self.dest, pairs)


def _common_options(language: str) -> argparse.ArgumentParser:
    """Options accepted both before and after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=text("help_lang", language)
    )
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=text("help_verbose", language)
    )
    return common


def _add_linkage_options(parser: argparse.ArgumentParser, language: str, *, link: bool) -> None:
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE", help=text("help_output", language)
    )
    parser.add_argument("--settings", type=Path, metavar="FILE", help=text("help_settings", language))
    parser.add_argument("--id", dest="unique_id", metavar="COLUMN", help=text("help_id", language))
    parser.add_argument(
        "--column",
        action=_FieldPairs,
        language=language,
        metavar="FIELD=COLUMN",
        help=text("help_column", language),
    )
    parser.add_argument(
        "--date-format",
        action=_FieldPairs,
        language=language,
        metavar="FIELD=FORMAT",
        help=text("help_date_format", language),
    )
    if link:
        parser.add_argument("--right-id", metavar="COLUMN", help=text("help_right_id", language))
        parser.add_argument(
            "--right-column",
            action=_FieldPairs,
            language=language,
            metavar="FIELD=COLUMN",
            help=text("help_right_column", language),
        )
        parser.add_argument(
            "--right-date-format",
            action=_FieldPairs,
            language=language,
            metavar="FIELD=FORMAT",
            help=text("help_right_date_format", language),
        )
    else:
        parser.set_defaults(right_id=None, right_column=None, right_date_format=None)
    parser.add_argument("--threshold", type=float, metavar="P", help=text("help_threshold", language))
    parser.add_argument("--truth-column", metavar="COLUMN", help=text("help_truth", language))
    parser.add_argument("--clusters", type=Path, metavar="FILE", help=text("help_clusters", language))
    parser.add_argument("--issues", type=Path, metavar="FILE", help=text("help_issues", language))
    parser.add_argument("--all-pairs", action="store_true", help=text("help_all_pairs", language))
    if link:
        parser.add_argument("--one-to-one", action="store_true", help=text("help_one_to_one", language))
    else:
        parser.set_defaults(one_to_one=False)
    parser.add_argument("--model", type=Path, metavar="FILE", help=text("help_model", language))
    parser.add_argument("--save-model", type=Path, metavar="FILE", help=text("help_save_model", language))
    parser.add_argument("--explain", type=Path, metavar="FILE", help=text("help_explain", language))
    parser.add_argument(
        "--explain-pair",
        nargs=2,
        metavar=("LEFT_ID", "RIGHT_ID"),
        help=text("help_explain_pair", language),
    )


def _parser(language: str) -> argparse.ArgumentParser:
    common = _common_options(language)
    parser = argparse.ArgumentParser(
        prog="migstd", description=text("description", language), parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"migstd {__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="{link,dedupe,link-new,demo,translit,codes,mrz,schema,synth}"
    )
    epilog = text("fields_epilog", language)

    link = commands.add_parser("link", help=text("help_link", language), parents=[common], epilog=epilog)
    link.add_argument("left", type=Path, help=text("help_left", language))
    link.add_argument("right", type=Path, help=text("help_right", language))
    _add_linkage_options(link, language, link=True)

    dedupe = commands.add_parser(
        "dedupe", help=text("help_dedupe", language), parents=[common], epilog=epilog
    )
    dedupe.add_argument("input", type=Path, help=text("help_input", language))
    _add_linkage_options(dedupe, language, link=False)

    demo = commands.add_parser("demo", help=text("help_demo", language), parents=[common])
    demo.add_argument(
        "--out-dir", type=Path, default=Path("build/demo"), metavar="DIR", help=text("help_out_dir", language)
    )
    demo.add_argument("--seed", type=int, default=2026, metavar="N", help=text("help_seed", language))
    demo.set_defaults(usage_error=demo.error)

    add_translit_parser(commands, common, language)
    add_codes_parser(commands, common, language)
    add_mrz_parser(commands, common, language)
    add_synth_parser(commands, common, language)
    add_schema_parser(commands, common, language)
    add_link_new_parser(commands, common, language)
    return parser


def _warning_printer(language: str) -> Any:
    """Return a ``warnings.showwarning`` that prints one line without the source."""

    def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        say(f"migstd: {text('warning', language)}: {message}")

    return show


@contextmanager
def _progress_messages(verbose: bool) -> Iterator[None]:
    """Print the ``migstd`` loggers' INFO lines on stderr while the command runs, when ``verbose``.

    The handler and level are removed afterwards, so that ``main`` can be
    called again in one process, as tests do.
    """
    if not verbose:
        yield
        return
    logger = logging.getLogger("migstd")
    handler = logging.StreamHandler(sys.stderr)
    # One prefix for every module, like the warnings and errors, because the
    # logger names are private module paths.
    handler.setFormatter(logging.Formatter("migstd: %(message)s"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _os_error_message(error: OSError) -> str:
    reason = error.strerror or type(error).__name__
    return f"{reason}: {error.filename}" if error.filename else reason


def _run(arguments: argparse.Namespace, language: str) -> int:
    try:
        if arguments.command == "demo":
            run_demo(arguments, language)
        elif arguments.command == "translit":
            run_translit(arguments, language)
        elif arguments.command == "codes":
            run_codes(arguments, language)
        elif arguments.command == "mrz":
            run_mrz(arguments, language)
        elif arguments.command == "synth":
            run_synth(arguments, language)
        elif arguments.command == "link-new":
            run_link_new(arguments, language)
        elif arguments.command == "schema":
            run_schema(arguments, language)
        else:
            run_linkage_command(arguments, language)
        # Flushed here, so that a closed pipe is caught below and not at exit.
        sys.stdout.flush()
    except MigstdError as error:
        say(f"migstd: {text('error', language)}: {error}")
        return 1
    except BrokenPipeError:
        # A reader such as `head` closed the pipe and wants no more output. Point
        # standard output at the null device, so that the flush at exit cannot fail again.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
        return 0
    except OSError as error:
        say(f"migstd: {text('error', language)}: {_os_error_message(error)}")
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``migstd`` command and return its exit status."""
    arguments_list = list(sys.argv[1:] if argv is None else argv)
    language = choose_language(arguments_list)
    # argparse's own words (usage, options, usage errors) follow the language too.
    with argparse_language(language):
        parser = _parser(language)
        arguments = parser.parse_args(arguments_list)
        language = getattr(arguments, "lang", None) or language
        check = _USAGE_CHECKS.get(arguments.command)
        usage_error = check(arguments, language) if check is not None else None
        if usage_error is not None:
            arguments.usage_error(usage_error)

    with warnings.catch_warnings(), _progress_messages(getattr(arguments, "verbose", False)):
        # The command shows every migstd warning as one line, whatever filters the caller set.
        warnings.simplefilter("always", MigstdWarning)
        warnings.showwarning = _warning_printer(language)
        return _run(arguments, language)


if __name__ == "__main__":
    sys.exit(main())
