"""The ``migstd link-new`` subcommand: link a batch of new records to a saved linkage index.

``migstd link-new INDEX_DIR BATCH -o FILE`` loads the index in ``INDEX_DIR``,
links the records of ``BATCH`` to it, writes one row per new record (unique
id, cluster id, status, matches) to ``FILE`` and saves the grown index back
to ``INDEX_DIR``, unless ``--dry-run`` is given. With ``--build``,
``INDEX_DIR`` must not contain an index yet: the batch is deduplicated, the
model is trained on it, and ``FILE`` gets every record with its cluster id
and cluster size. Settings options apply only with ``--build``, because an
index keeps the settings it was built with.

This module keeps its own messages, in English and Georgian.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from migstd._cli_linkage import check_paths, say, settings_from_arguments
from migstd._cli_text import text
from migstd.errors import MigstdError

if TYPE_CHECKING:
    from migstd.linkage import Assignments

__all__ = ["add_link_new_parser", "link_new_usage_error", "run_link_new"]

_MESSAGES: Mapping[str, Mapping[str, str]] = {
    "help_link_new": {
        "en": "link a batch of new records to a saved linkage index and add them to it",
        "ka": "ახალი ჩანაწერების პაკეტის დაკავშირება შენახულ ინდექსთან და მასში დამატება",
    },
    "help_index_dir": {
        "en": "folder of the linkage index; it contains personal data, so keep it private",
        "ka": "დაკავშირების ინდექსის საქაღალდე; შეიცავს პერსონალურ მონაცემებს, ამიტომ დაიცავით",
    },
    "help_batch": {
        "en": "CSV or Parquet file of new records, with the columns the index was built from",
        "ka": "ახალი ჩანაწერების CSV ან Parquet ფაილი, იმ სვეტებით, რომლებითაც ინდექსი აიგო",
    },
    "help_assignments": {
        "en": "file for the cluster id of each new record (.csv or .parquet)",
        "ka": "ფაილი თითოეული ახალი ჩანაწერის კლასტერის იდენტიფიკატორისთვის (.csv ან .parquet)",
    },
    "help_build": {
        "en": "build a new index in INDEX_DIR from BATCH: deduplicate it and train the model",
        "ka": "ახალი ინდექსის აგება INDEX_DIR-ში BATCH-ისგან: დუბლიკატების მოძებნა და მოდელის სწავლება",
    },
    "help_merges": {
        "en": "file for the cluster ids retired by merges, with the id each merged into",
        "ka": "ფაილი გაერთიანებით გაუქმებული კლასტერების იდენტიფიკატორებისთვის, ახალი იდენტიფიკატორით",
    },
    "help_pairs": {
        "en": "file for every scored pair with a new record (.csv or .parquet)",
        "ka": "ფაილი ახალი ჩანაწერის ყველა შეფასებული წყვილისთვის (.csv ან .parquet)",
    },
    "help_dry_run": {
        "en": "link the batch and write the files, but leave the index unchanged",
        "ka": "პაკეტის დაკავშირება და ფაილების ჩაწერა ინდექსის შეცვლის გარეშე",
    },
    "settings_need_build": {
        "en": "only --build takes {options}, because an index keeps the settings it was built with",
        "ka": "{options} მხოლოდ --build-თან ერთად მიეთითება, რადგან ინდექსი თავის პარამეტრებს ინახავს",
    },
    "not_with_build": {
        "en": "{options} cannot be combined with --build",
        "ka": "{options} და --build ერთად ვერ გამოიყენება",
    },
    "index_exists": {
        "en": "{path} already contains an index; leave out --build to add the batch to it",
        "ka": "{path} უკვე შეიცავს ინდექსს; პაკეტის დასამატებლად --build არ მიუთითოთ",
    },
    "building_index": {
        "en": "building the index from the batch",
        "ka": "ინდექსის აგება პაკეტისგან",
    },
    "loading_index": {"en": "loading index {path}", "ka": "ინდექსის ჩატვირთვა: {path}"},
    "batch_linked": {
        "en": "batch of {records} records: {new} in new clusters, {joined} joined a cluster, "
        "{merged} merged clusters, {retired} cluster ids retired",
        "ka": "პაკეტი, {records} ჩანაწერი: ახალ კლასტერში {new}, არსებულს შეუერთდა {joined}, "
        "კლასტერები გააერთიანა {merged}, გაუქმდა კლასტერის {retired} იდენტიფიკატორი",
    },
    "index_size": {
        "en": "index: {records} records in {clusters} clusters",
        "ka": "ინდექსი: {records} ჩანაწერი, {clusters} კლასტერი",
    },
    "saved_index": {"en": "saved index {path}", "ka": "ინდექსი შეინახა: {path}"},
    "dry_run": {
        "en": "dry run: the index was not changed",
        "ka": "საცდელი გაშვება: ინდექსი არ შეცვლილა",
    },
}

# Options that change the settings of a new index.
_SETTINGS_OPTIONS = (("settings", "--settings"), ("unique_id", "--id"), ("threshold", "--threshold"))


def _text(key: str, language: str, **values: object) -> str:
    messages = _MESSAGES[key]
    return (messages.get(language) or messages["en"]).format(**values)


def add_link_new_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    language: str,
) -> None:
    """Add the ``link-new`` subcommand and its options to ``commands``."""
    parser = commands.add_parser("link-new", help=_text("help_link_new", language), parents=[common])
    parser.add_argument("index_dir", type=Path, metavar="INDEX_DIR", help=_text("help_index_dir", language))
    parser.add_argument("batch", type=Path, metavar="BATCH", help=_text("help_batch", language))
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE", help=_text("help_assignments", language)
    )
    parser.add_argument("--build", action="store_true", help=_text("help_build", language))
    parser.add_argument("--settings", type=Path, metavar="FILE", help=text("help_settings", language))
    parser.add_argument("--id", dest="unique_id", metavar="COLUMN", help=text("help_id", language))
    parser.add_argument("--threshold", type=float, metavar="P", help=text("help_threshold", language))
    parser.add_argument("--merges", type=Path, metavar="FILE", help=_text("help_merges", language))
    parser.add_argument("--pairs", type=Path, metavar="FILE", help=_text("help_pairs", language))
    parser.add_argument("--dry-run", action="store_true", help=_text("help_dry_run", language))
    # Read by settings_from_arguments, which serves link and dedupe too.
    parser.set_defaults(
        column=None,
        date_format=None,
        right_id=None,
        right_column=None,
        right_date_format=None,
        truth_column=None,
        one_to_one=False,
        usage_error=parser.error,
    )


def link_new_usage_error(arguments: argparse.Namespace, language: str) -> str | None:
    """Return the message of a usage error in the ``link-new`` options, or ``None``."""
    batch_only = [
        option
        for name, option in (("merges", "--merges"), ("pairs", "--pairs"), ("dry_run", "--dry-run"))
        if getattr(arguments, name)
    ]
    if batch_only and arguments.build:
        return _text("not_with_build", language, options=", ".join(batch_only))
    given = [option for name, option in _SETTINGS_OPTIONS if getattr(arguments, name) is not None]
    if given and not arguments.build:
        return _text("settings_need_build", language, options=", ".join(given))
    return None


def run_link_new(arguments: argparse.Namespace, language: str) -> None:
    """Run ``migstd link-new``: build or load the index, link the batch, write the files."""
    from migstd.linkage import LinkageIndex

    check_paths(
        [arguments.batch],
        {"--output": arguments.output, "--merges": arguments.merges, "--pairs": arguments.pairs},
        language,
    )
    index_dir: Path = arguments.index_dir
    if arguments.build and (index_dir / "index.json").exists():
        raise MigstdError(_text("index_exists", language, path=index_dir))

    if arguments.build:
        settings = settings_from_arguments(arguments, language)
        say(_text("building_index", language))
        index = LinkageIndex.build(arguments.batch, settings)
        say(text("wrote", language, path=index.clusters.write(arguments.output)))
    else:
        say(_text("loading_index", language, path=index_dir))
        index = LinkageIndex.load(index_dir)
        assignments = index.add(arguments.batch)
        _report(assignments, language)
        say(text("wrote", language, path=assignments.records.write(arguments.output)))
        if arguments.merges:
            say(text("wrote", language, path=assignments.merges.write(arguments.merges)))
        if arguments.pairs:
            say(text("wrote", language, path=assignments.pairs.write(arguments.pairs)))

    say(_text("index_size", language, records=len(index), clusters=len(set(index.cluster_ids()))))
    if arguments.dry_run:
        say(_text("dry_run", language))
        return
    say(_text("saved_index", language, path=index.save(index_dir)))


def _report(assignments: Assignments, language: str) -> None:
    """Print how many new records started, joined or merged clusters."""
    table = assignments.records.to_arrow()
    statuses = table.column("status").to_pylist()
    say(
        _text(
            "batch_linked",
            language,
            records=len(statuses),
            new=statuses.count("new"),
            joined=statuses.count("joined"),
            merged=statuses.count("merged"),
            retired=len(assignments.merges),
        )
    )
