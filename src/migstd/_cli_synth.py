"""The ``migstd synth`` subcommand: write a synthetic population's agency extracts and their truth.

The command generates ``--people`` synthetic people with
:func:`migstd.synth.population`, builds the extracts named by ``--agencies``
with :func:`migstd.synth.agency_extracts`, and writes one file per agency and
``truth.<format>`` (agency, record id, person id) to ``--out-dir``. Counts go
to stderr. ``--people 0`` writes files with a header line and no records.
An agency is named by its kind, optionally with a size
(``border_crossings=5000``). Without a size, the first agency covers every
person, and each other agency takes a share of the population
(:data:`DEFAULT_SHARES`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from migstd._cli_linkage import say
from migstd._cli_text import count_text, text
from migstd.synth import (
    AGENCY_KINDS,
    FILE_FORMATS,
    Agency,
    agency_extracts,
    border_crossings,
    civil_registry,
    consular_registrations,
    population,
    truth_table,
    write_tables,
)

__all__ = ["DEFAULT_SHARES", "add_synth_parser", "run_synth", "synth_usage_error"]

# Size of an agency's extract without an explicit size, as a share of the
# people, when the agency is not the first one.
DEFAULT_SHARES = {"civil_registry": 1.0, "border_crossings": 0.5, "consular_registrations": 0.05}

_FACTORIES: dict[str, Callable[[int], Agency]] = {
    "civil_registry": civil_registry,
    "border_crossings": border_crossings,
    "consular_registrations": consular_registrations,
}

AgencyRequest = tuple[str, int | None]


def add_synth_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    language: str,
) -> None:
    """Add the ``synth`` subcommand and its options to ``commands``."""
    synth = commands.add_parser("synth", help=text("help_synth", language), parents=[common])
    synth.add_argument(
        "--people", type=int, default=10_000, metavar="N", help=text("help_synth_people", language)
    )
    synth.add_argument("--seed", type=int, default=2026, metavar="S", help=text("help_synth_seed", language))
    synth.add_argument(
        "--out-dir",
        type=Path,
        default=Path("build/synth"),
        metavar="DIR",
        help=text("help_synth_out_dir", language),
    )
    synth.add_argument(
        "--format",
        dest="file_format",
        choices=FILE_FORMATS,
        default="csv",
        help=text("help_synth_format", language),
    )
    synth.add_argument(
        "--agencies",
        nargs="+",
        type=_agency_request(language),
        default=[("civil_registry", None), ("border_crossings", None)],
        metavar="KIND[=SIZE]",
        help=text("help_synth_agencies", language, kinds=", ".join(AGENCY_KINDS)),
    )
    synth.set_defaults(usage_error=synth.error)


def synth_usage_error(arguments: argparse.Namespace, language: str) -> str | None:
    """Return the message of a usage error in the ``synth`` options, or ``None``."""
    if arguments.people < 0:
        return text("synth_bad_people", language)
    if arguments.seed < 0:
        return text("bad_seed", language)
    return None


def _agency_request(language: str) -> Callable[[str], AgencyRequest]:
    """Return an argparse type that reads ``KIND`` or ``KIND=SIZE``."""

    def parse(value: str) -> AgencyRequest:
        kind, separator, size = value.partition("=")
        if kind not in AGENCY_KINDS:
            raise argparse.ArgumentTypeError(
                text("synth_unknown_agency", language, kind=kind, kinds=", ".join(AGENCY_KINDS))
            )
        if not separator:
            return kind, None
        if not size.isdigit():
            raise argparse.ArgumentTypeError(text("synth_bad_size", language, value=value))
        return kind, int(size)

    return parse


def _agencies(requests: list[AgencyRequest], people: int) -> list[Agency]:
    agencies = []
    for position, (kind, size) in enumerate(requests):
        if size is None:
            size = people if position == 0 else round(people * DEFAULT_SHARES[kind])
        agencies.append(_FACTORIES[kind](size))
    return agencies


def run_synth(arguments: argparse.Namespace, language: str) -> None:
    """Run ``migstd synth``: generate the people, build the extracts and write them with the truth."""
    say(text("synth_generating", language, people=arguments.people, seed=arguments.seed))
    people = population(arguments.people, seed=arguments.seed)
    extracts = agency_extracts(
        people, agencies=_agencies(arguments.agencies, arguments.people), seed=arguments.seed
    )

    truth = truth_table(extracts)
    paths = write_tables({**extracts, "truth": truth}, arguments.out_dir, file_format=arguments.file_format)
    for name, table in extracts.items():
        say(count_text("synth_wrote", table.num_rows, language, path=paths[name]))
    distinct = len(set(truth["person_id"].to_pylist()))
    say(text("synth_truth", language, path=paths["truth"], records=truth.num_rows, people=distinct))
