"""The linkage subcommands of ``migstd``: link, dedupe and demo.

Every output path is checked before the inputs are read, so that a path that
cannot be written fails before any linkage work.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path
from typing import Any

from migstd._cli_text import text
from migstd.errors import MigstdError

__all__ = [
    "OUTPUT_SUFFIXES",
    "check_paths",
    "demo_usage_error",
    "run_demo",
    "run_linkage_command",
    "settings_from_arguments",
]

OUTPUT_SUFFIXES = (".csv", ".parquet")


def say(message: str) -> None:
    """Print a message of the command on standard error."""
    print(message, file=sys.stderr, flush=True)


def _left(value: str | tuple[str, str]) -> str:
    return value if isinstance(value, str) else value[0]


def _merge_right(current: dict[str, Any], right: dict[str, str], left_default: Any) -> dict[str, Any]:
    """Turn entries that the right input names differently into (left, right) pairs."""
    merged = dict(current)
    for name, right_value in right.items():
        left_value = _left(merged[name]) if name in merged else left_default(name)
        merged[name] = (left_value, right_value)
    return merged


def demo_usage_error(arguments: argparse.Namespace, language: str) -> str | None:
    """Return the message of a usage error in the ``demo`` options, or ``None``."""
    if arguments.seed < 0:
        return text("bad_seed", language)
    return None


def settings_from_arguments(arguments: argparse.Namespace, language: str = "en", model: Any = None) -> Any:
    """Return the settings file's settings with the command-line options applied.

    With a loaded ``model`` and no settings file, the model's settings are the base.
    """
    from migstd.linkage import Settings

    settings = Settings.from_file(arguments.settings) if arguments.settings else Settings()
    if model is not None and not arguments.settings:
        settings = model.settings
    changes: dict[str, Any] = {}

    columns = {**settings.columns, **(arguments.column or {})}
    columns = _merge_right(columns, arguments.right_column or {}, lambda name: settings.input_column(name, 0))
    if columns != dict(settings.columns):
        changes["columns"] = columns

    formats = {**settings.date_formats, **(arguments.date_format or {})}
    right_formats = arguments.right_date_format or {}
    for name in right_formats:
        if name not in formats:
            raise MigstdError(text("right_format_needs_left", language, field=name))
    formats = _merge_right(formats, right_formats, lambda name: formats[name])
    if formats != dict(settings.date_formats):
        changes["date_formats"] = formats

    unique_id = arguments.unique_id or (settings.unique_id_column(0) if settings.unique_id else None)
    if arguments.right_id:
        changes["unique_id"] = (unique_id or arguments.right_id, arguments.right_id)
    elif arguments.unique_id:
        changes["unique_id"] = arguments.unique_id

    if arguments.threshold is not None:
        changes["threshold_match_probability"] = arguments.threshold
    if arguments.truth_column:
        changes["truth_column"] = arguments.truth_column
    if arguments.one_to_one:
        changes["one_to_one"] = True
    return settings.with_options(**changes) if changes else settings


def check_paths(inputs: list[Path], outputs: dict[str, Path | None], language: str = "en") -> None:
    """Reject output files of an unknown type, that overwrite an input or each other, or cannot be written."""
    seen: dict[Path, str] = {path.resolve(): "input" for path in inputs}
    for option, path in outputs.items():
        if path is None:
            continue
        if path.suffix.lower() not in OUTPUT_SUFFIXES:
            raise MigstdError(text("output_suffix", language, option=option, suffix=path.suffix or "(none)"))
        resolved = path.resolve()
        if resolved in seen:
            other = seen[resolved] if seen[resolved] != "input" else text("input_input", language)
            raise MigstdError(text("output_is_input", language, option=option, path=str(path), other=other))
        seen[resolved] = option
        _check_writable(option, path, language)


def _check_writable(option: str, path: Path, language: str) -> None:
    """Raise unless ``path`` can be created or overwritten; folders missing on the way are created later."""
    if path.is_dir():
        raise MigstdError(text("output_is_folder", language, option=option, path=str(path)))

    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    reason = ""
    if not folder.is_dir():
        reason = text("not_a_folder", language, path=str(folder))
    elif not os.access(folder, os.W_OK | os.X_OK):
        reason = os.strerror(errno.EACCES)
    elif folder == path.parent:
        # os.access reads only the permission bits: it passes a superuser and
        # misses what a file system such as /proc refuses. Opening the file does not.
        reason = _open_failure(path)
    if reason:
        raise MigstdError(text("output_not_writable", language, option=option, path=str(path), reason=reason))


def _open_failure(path: Path) -> str:
    """Open ``path`` for writing without changing it; return the reason it failed, or an empty string."""
    existed = path.exists()
    try:
        with path.open("ab"):
            pass
    except OSError as error:
        return error.strerror or type(error).__name__
    if not existed:
        path.unlink()
    return ""


def _record_counts(result: Any, language: str) -> str:
    counts = result.clusters.to_arrow().group_by("input").aggregate([("row", "count")]).to_pylist()
    return ", ".join(f"{text('input_' + count['input'], language)} {count['row_count']}" for count in counts)


def _report(
    result: Any,
    language: str,
    *,
    output: Path,
    clusters: Path | None = None,
    issues: Path | None = None,
    all_pairs: bool = False,
    arguments: argparse.Namespace | None = None,
) -> None:
    """Print counts and evaluation, and write the requested files."""
    say(text("records", language, counts=_record_counts(result, language)))
    say(text("candidate_pairs", language, count=result.counts["candidate_pairs"]))
    say(text("matches", language, matches=result.counts["matches"], clusters=result.counts["clusters"]))
    if result.counts["issues"]:
        say(text("issues", language, count=result.counts["issues"]))

    if result.settings.truth_column:
        evaluation = result.evaluate()
        say(
            text(
                "evaluation",
                language,
                precision=evaluation.precision,
                recall=evaluation.recall,
                f1=evaluation.f1,
            )
        )
        say(
            text(
                "blocking",
                language,
                completeness=evaluation.pairs_completeness,
                reduction=evaluation.reduction_ratio,
            )
        )

    table = result.pairs if all_pairs else result.matches
    say(text("wrote", language, path=table.write(output)))
    if clusters:
        say(text("wrote", language, path=result.clusters.write(clusters)))
    if issues:
        say(text("wrote", language, path=result.issues.write(issues)))
    if arguments is not None:
        _report_model(result, language, arguments.save_model, arguments.explain)
    if arguments is not None and arguments.explain_pair:
        # The waterfall is the requested output, so it goes to standard output.
        print(result.explain(*arguments.explain_pair), flush=True)


def _report_model(result: Any, language: str, save_model: Path | None, explain: Path | None) -> None:
    """Write the trained model and the waterfalls of the matches, when asked for."""
    if save_model:
        say(text("wrote", language, path=result.save_model(save_model)))
    if explain:
        say(text("wrote", language, path=result.explain_matches().write(explain)))


def _check_model_paths(arguments: argparse.Namespace, inputs: list[Path], language: str) -> None:
    """Reject a model file that is not .json, and a --save-model path that cannot be written."""
    for option, path in (("--model", arguments.model), ("--save-model", arguments.save_model)):
        if path is not None and path.suffix.lower() != ".json":
            raise MigstdError(text("model_suffix", language, option=option, suffix=path.suffix or "(none)"))
    if arguments.save_model is not None:
        if arguments.save_model.resolve() in {path.resolve() for path in inputs}:
            raise MigstdError(
                text(
                    "output_is_input",
                    language,
                    option="--save-model",
                    path=str(arguments.save_model),
                    other=text("input_input", language),
                )
            )
        _check_writable("--save-model", arguments.save_model, language)


def run_linkage_command(arguments: argparse.Namespace, language: str) -> None:
    """Run ``migstd link`` or ``migstd dedupe``."""
    from migstd.linkage import FellegiSunterModel, dedupe, link

    is_link = arguments.command == "link"
    inputs = [arguments.left, arguments.right] if is_link else [arguments.input]
    check_paths(
        inputs,
        {
            "--output": arguments.output,
            "--clusters": arguments.clusters,
            "--issues": arguments.issues,
            "--explain": arguments.explain,
        },
        language,
    )
    _check_model_paths(arguments, inputs, language)
    model = FellegiSunterModel.load(arguments.model) if arguments.model else None
    settings = settings_from_arguments(arguments, language, model)

    say(text("reading", language))
    if model is not None:
        say(text("using_model", language, path=arguments.model))
    if is_link:
        result = link(arguments.left, arguments.right, settings, model=model)
    else:
        result = dedupe(arguments.input, settings, model=model)
    _report(
        result,
        language,
        output=arguments.output,
        clusters=arguments.clusters,
        issues=arguments.issues,
        all_pairs=arguments.all_pairs,
        arguments=arguments,
    )


def run_demo(arguments: argparse.Namespace, language: str) -> None:
    """Run ``migstd demo``: generate two extracts, link them, evaluate against the truth."""
    from migstd.linkage import Settings, link
    from migstd.synth import write_extracts

    say(text("generating", language, seed=arguments.seed))
    registry, border = write_extracts(arguments.out_dir, seed=arguments.seed)
    say(text("wrote", language, path=registry))
    say(text("wrote", language, path=border))

    # The two agencies name the citizenship and record id columns differently,
    # and each extract contains a person at most once.
    settings = Settings(
        columns={"citizenship": ("citizenship", "nationality")},
        unique_id=("record_id", "crossing_id"),
        truth_column="person_id",
        one_to_one=True,
    )
    say(text("linking", language))
    result = link(registry, border, settings)
    _report(
        result,
        language,
        output=arguments.out_dir / "matches.csv",
        clusters=arguments.out_dir / "clusters.csv",
    )
