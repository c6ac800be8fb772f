"""The ``migstd`` command: link, dedupe and a demo on synthetic extracts.

Results go to files; counts and progress go to stderr, in Georgian when
``--lang ka`` or the locale requests it. Bad input ends the command with exit
status 1 and a one-line message that names the field or column, never a
personal value. Usage errors exit with status 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from migstd._cli_text import LANGUAGES, choose_language, text
from migstd.errors import MigstdError, MigstdWarning

__all__ = ["main"]


def _pairs(values: Sequence[str] | None, option: str, language: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for value in values or ():
        name, separator, column = value.partition("=")
        if not separator or not name.strip() or not column.strip():
            raise MigstdError(text("bad_pair", language, option=option, value=value))
        result[name.strip()] = column.strip()
    return result


def _add_linkage_options(parser: argparse.ArgumentParser, language: str, *, link: bool) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, help=text("help_output", language))
    parser.add_argument("--settings", type=Path, help=text("help_settings", language))
    parser.add_argument("--id", dest="unique_id", help=text("help_id", language))
    parser.add_argument(
        "--column", action="append", metavar="FIELD=COLUMN", help=text("help_column", language)
    )
    if link:
        parser.add_argument("--right-id", help=text("help_right_id", language))
        parser.add_argument(
            "--right-column",
            action="append",
            metavar="FIELD=COLUMN",
            help=text("help_right_column", language),
        )
    parser.add_argument(
        "--date-format", action="append", metavar="FIELD=FORMAT", help=text("help_date_format", language)
    )
    parser.add_argument("--threshold", type=float, help=text("help_threshold", language))
    parser.add_argument("--truth-column", help=text("help_truth", language))
    parser.add_argument("--clusters", type=Path, help=text("help_clusters", language))
    parser.add_argument("--issues", type=Path, help=text("help_issues", language))
    parser.add_argument("--all-pairs", action="store_true", help=text("help_all_pairs", language))


def _parser(language: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="migstd", description=text("description", language))
    parser.add_argument("--lang", choices=LANGUAGES, help=text("help_lang", language))
    parser.add_argument("-v", "--verbose", action="store_true", help=text("help_verbose", language))
    commands = parser.add_subparsers(dest="command", required=True)

    link = commands.add_parser("link", help=text("help_link", language))
    link.add_argument("left", type=Path, help=text("help_left", language))
    link.add_argument("right", type=Path, help=text("help_right", language))
    _add_linkage_options(link, language, link=True)

    dedupe = commands.add_parser("dedupe", help=text("help_dedupe", language))
    dedupe.add_argument("input", type=Path, help=text("help_input", language))
    _add_linkage_options(dedupe, language, link=False)

    demo = commands.add_parser("demo", help=text("help_demo", language))
    demo.add_argument("--out-dir", type=Path, default=Path("build/demo"), help=text("help_out_dir", language))
    demo.add_argument("--seed", type=int, default=2026, help=text("help_seed", language))
    return parser


def _settings(arguments: argparse.Namespace, language: str, *, link: bool) -> Any:
    from migstd.linkage import Settings

    settings = Settings.from_file(arguments.settings) if arguments.settings else Settings()
    changes: dict[str, Any] = {}

    columns: dict[str, Any] = dict(settings.columns)
    columns.update(_pairs(arguments.column, "--column", language))
    right = _pairs(getattr(arguments, "right_column", None), "--right-column", language)
    for name, column in right.items():
        left_column = _left(columns[name]) if name in columns else settings.input_column(name, 0)
        columns[name] = (left_column, column)
    if columns != dict(settings.columns):
        changes["columns"] = columns

    unique_id = arguments.unique_id or (settings.unique_id_column(0) if settings.unique_id else None)
    right_id = getattr(arguments, "right_id", None)
    if right_id:
        changes["unique_id"] = (unique_id or right_id, right_id)
    elif arguments.unique_id:
        changes["unique_id"] = arguments.unique_id

    date_formats = _pairs(arguments.date_format, "--date-format", language)
    if date_formats:
        changes["date_formats"] = {**settings.date_formats, **date_formats}
    if arguments.threshold is not None:
        changes["threshold_match_probability"] = arguments.threshold
    if arguments.truth_column:
        changes["truth_column"] = arguments.truth_column
    return settings.with_options(**changes) if changes else settings


def _left(value: str | tuple[str, str]) -> str:
    return value if isinstance(value, str) else value[0]


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _record_counts(result: Any) -> str:
    counts = result.clusters.to_arrow().group_by("input").aggregate([("row", "count")]).to_pylist()
    return ", ".join(f"{count['input']} {count['row_count']}" for count in counts)


def _report(
    result: Any,
    language: str,
    *,
    output: Path,
    clusters: Path | None = None,
    issues: Path | None = None,
    all_pairs: bool = False,
) -> None:
    """Print counts and evaluation, and write the requested files."""
    _say(text("records", language, counts=_record_counts(result)))
    _say(text("candidate_pairs", language, count=result.counts["candidate_pairs"]))
    _say(text("matches", language, matches=result.counts["matches"], clusters=result.counts["clusters"]))
    if result.counts["issues"]:
        _say(text("issues", language, count=result.counts["issues"]))

    if result.settings.truth_column:
        evaluation = result.evaluate()
        _say(
            text(
                "evaluation",
                language,
                precision=evaluation.precision,
                recall=evaluation.recall,
                f1=evaluation.f1,
            )
        )
        _say(
            text(
                "blocking",
                language,
                completeness=evaluation.pairs_completeness,
                reduction=evaluation.reduction_ratio,
            )
        )

    table = result.pairs if all_pairs else result.matches
    _say(text("wrote", language, path=table.write(output)))
    if clusters:
        _say(text("wrote", language, path=result.clusters.write(clusters)))
    if issues:
        _say(text("wrote", language, path=result.issues.write(issues)))


def _run_link(arguments: argparse.Namespace, language: str) -> None:
    from migstd.linkage import dedupe, link

    is_link = arguments.command == "link"
    settings = _settings(arguments, language, link=is_link)
    _say(text("reading", language))
    if is_link:
        result = link(arguments.left, arguments.right, settings)
    else:
        result = dedupe(arguments.input, settings)
    _report(
        result,
        language,
        output=arguments.output,
        clusters=arguments.clusters,
        issues=arguments.issues,
        all_pairs=arguments.all_pairs,
    )


def _run_demo(arguments: argparse.Namespace, language: str) -> None:
    from migstd.linkage import Settings, link
    from migstd.synth import write_extracts

    _say(text("generating", language, seed=arguments.seed))
    registry, border = write_extracts(arguments.out_dir, seed=arguments.seed)
    _say(text("wrote", language, path=registry))
    _say(text("wrote", language, path=border))

    # The two agencies name the citizenship and record id columns differently.
    settings = Settings(
        columns={"citizenship": ("citizenship", "nationality")},
        unique_id=("record_id", "crossing_id"),
        truth_column="person_id",
    )
    _say(text("linking", language))
    result = link(registry, border, settings)
    _report(
        result,
        language,
        output=arguments.out_dir / "matches.csv",
        clusters=arguments.out_dir / "clusters.csv",
    )


def _warning_printer(language: str) -> Any:
    """Return a ``warnings.showwarning`` that prints one line without the source."""

    def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        _say(f"migstd: {text('warning', language)}: {message}")

    return show


def _run(arguments: argparse.Namespace, language: str) -> int:
    try:
        if arguments.command == "demo":
            _run_demo(arguments, language)
        else:
            if arguments.command == "dedupe" and (
                getattr(arguments, "right_id", None) or getattr(arguments, "right_column", None)
            ):
                raise MigstdError(text("right_only_for_link", language))
            _run_link(arguments, language)
    except MigstdError as error:
        _say(f"migstd: {text('error', language)}: {error}")
        return 1
    except OSError as error:
        _say(f"migstd: {text('error', language)}: {error.strerror or type(error).__name__}")
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``migstd`` command and return its exit status."""
    arguments_list = list(sys.argv[1:] if argv is None else argv)
    language = choose_language(arguments_list)
    parser = _parser(language)
    arguments = parser.parse_args(arguments_list)
    language = arguments.lang or language

    if arguments.verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        logging.getLogger("migstd").addHandler(handler)
        logging.getLogger("migstd").setLevel(logging.INFO)

    with warnings.catch_warnings():
        # The command shows every migstd warning as one line, whatever filters the caller set.
        warnings.simplefilter("always", MigstdWarning)
        warnings.showwarning = _warning_printer(language)
        return _run(arguments, language)


if __name__ == "__main__":
    sys.exit(main())
