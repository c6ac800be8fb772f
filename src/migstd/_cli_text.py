"""Messages of the ``migstd`` command in English and Georgian.

The language is ``--lang`` when given, else Georgian when the locale
(``LC_ALL``, ``LC_MESSAGES`` or ``LANG``) starts with ``ka``, else English.
This module contains the common and linkage messages; the other subcommands'
messages are in :mod:`migstd._cli_text_tools`.

>>> text("wrote", "ka", path="out.csv")
'ჩაიწერა out.csv'
>>> count_text("mrz_line_length", 1, "en", number=2)
'line 2 has 1 character'
>>> count_text("mrz_line_length", 44, "en", number=1)
'line 1 has 44 characters'
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from migstd._cli_text_tools import TOOL_MESSAGES

__all__ = ["LANGUAGES", "choose_language", "count_text", "text"]

LANGUAGES = ("en", "ka")

_MESSAGES: Mapping[str, Mapping[str, str]] = {
    "description": {
        "en": "Migration data standards for Georgian agencies: record linkage and more.",
        "ka": "საქართველოს უწყებების მიგრაციის მონაცემთა სტანდარტები: ჩანაწერების დაკავშირება და სხვა.",
    },
    "help_link": {
        "en": "link the records of two inputs that describe the same person",
        "ka": "ორი წყაროს ჩანაწერების დაკავშირება, რომლებიც ერთსა და იმავე პირს აღწერს",
    },
    "help_dedupe": {
        "en": "find the records of one input that describe the same person",
        "ka": "ერთი წყაროს შიგნით ერთი და იმავე პირის ჩანაწერების პოვნა",
    },
    "help_demo": {
        "en": "generate two synthetic agency extracts and link them",
        "ka": "ორი სინთეზური უწყებრივი ამონაწერის შექმნა და დაკავშირება",
    },
    "help_left": {
        "en": "left input: CSV, TSV or Parquet file",
        "ka": "მარცხენა წყარო: CSV, TSV ან Parquet ფაილი",
    },
    "help_right": {
        "en": "right input: CSV, TSV or Parquet file",
        "ka": "მარჯვენა წყარო: CSV, TSV ან Parquet ფაილი",
    },
    "help_input": {"en": "input: CSV, TSV or Parquet file", "ka": "წყარო: CSV, TSV ან Parquet ფაილი"},
    "help_output": {
        "en": "file for the matching pairs (.csv or .parquet)",
        "ka": "ფაილი დამთხვეული წყვილებისთვის (.csv ან .parquet)",
    },
    "help_settings": {
        "en": "settings file (JSON or TOML); options given here override it",
        "ka": "პარამეტრების ფაილი (JSON ან TOML); აქ მითითებული ოფციები მას ცვლის",
    },
    "help_id": {
        "en": "column with each record's unique identifier (default: row number)",
        "ka": "სვეტი ჩანაწერის უნიკალური იდენტიფიკატორით (ნაგულისხმევად: სტრიქონის ნომერი)",
    },
    "help_right_id": {
        "en": "unique identifier column of the right input, when it differs",
        "ka": "მარჯვენა წყაროს იდენტიფიკატორის სვეტი, თუ განსხვავდება",
    },
    "help_column": {
        "en": "FIELD=COLUMN: input column of a canonical field, e.g. family_name=surname (repeatable)",
        "ka": "ველი=სვეტი: კანონიკური ველის სვეტი, მაგ. family_name=surname (შეიძლება გამეორება)",
    },
    "help_right_column": {
        "en": "FIELD=COLUMN for the right input only, when its column is named differently",
        "ka": "ველი=სვეტი მხოლოდ მარჯვენა წყაროსთვის, თუ სვეტს სხვა სახელი აქვს",
    },
    "help_date_format": {
        "en": "FIELD=FORMAT: declared date format, e.g. birth_date=DD.MM.YYYY, for both inputs "
        "unless the right input has a format of its own (repeatable)",
        "ka": "ველი=ფორმატი: თარიღის ფორმატი, მაგ. birth_date=DD.MM.YYYY, ორივე წყაროსთვის, "
        "თუ მარჯვენა წყაროს საკუთარი ფორმატი არ აქვს (შეიძლება გამეორება)",
    },
    "help_right_date_format": {
        "en": "FIELD=FORMAT for the right input only, when its dates are written differently",
        "ka": "ველი=ფორმატი მხოლოდ მარჯვენა წყაროსთვის, თუ მისი თარიღები სხვაგვარადაა ჩაწერილი",
    },
    "help_threshold": {
        "en": "match probability at and above which a pair is a match, between 0 and 1 exclusive "
        "(default 0.5)",
        "ka": "დამთხვევის ალბათობა, რომლიდანაც წყვილი დამთხვევად ითვლება, 0-სა და 1-ს შორის "
        "(ნაგულისხმევად 0.5)",
    },
    "help_truth": {
        "en": "column with the true entity of each record: prints precision, recall, F1, "
        "pairs completeness and reduction ratio",
        "ka": "სვეტი ჭეშმარიტი პირის კოდით: ბეჭდავს სიზუსტეს, სისრულეს, F1-ს, "
        "წყვილების სისრულესა და შემცირების კოეფიციენტს",
    },
    "help_clusters": {
        "en": "also write every record with its cluster to this file",
        "ka": "ამ ფაილში ასევე წერს ყველა ჩანაწერს თავისი კლასტერით",
    },
    "help_issues": {
        "en": "write the values that broke a rule (input, row, field, rule) to this file",
        "ka": "ამ ფაილში წერს წესის დამრღვევ მნიშვნელობებს (წყარო, სტრიქონი, ველი, წესი)",
    },
    "help_all_pairs": {
        "en": "write every scored candidate pair, not only the matches",
        "ka": "წერს ყველა შეფასებულ კანდიდატ წყვილს და არა მხოლოდ დამთხვევებს",
    },
    "help_one_to_one": {
        "en": "keep at most one match per record, the strongest; for inputs that hold each person once",
        "ka": "თითო ჩანაწერს უტოვებს მაქსიმუმ ერთ, ყველაზე ძლიერ დამთხვევას; წყაროებისთვის, "
        "სადაც თითო პირი ერთხელ გვხვდება",
    },
    "help_model": {
        "en": "score with the trained model in this JSON file (from --save-model) and skip training; "
        "its settings apply unless --settings is given",
        "ka": "აფასებს ამ JSON ფაილის ნასწავლი მოდელით (--save-model-დან) და სწავლებას გამოტოვებს; "
        "მოქმედებს მისი პარამეტრები, თუ --settings არ არის მითითებული",
    },
    "help_save_model": {
        "en": "write the trained model and its settings to this JSON file, for --model",
        "ka": "ნასწავლ მოდელსა და მის პარამეტრებს ამ JSON ფაილში წერს, --model-ისთვის",
    },
    "help_explain": {
        "en": "write the match weight waterfall of every match to this file (.csv or .parquet)",
        "ka": "ამ ფაილში (.csv ან .parquet) წერს ყოველი დამთხვევის წონის დაშლას",
    },
    "help_explain_pair": {
        "en": "print the match weight waterfall of the candidate pair of these two unique ids",
        "ka": "ბეჭდავს ამ ორი უნიკალური იდენტიფიკატორის კანდიდატი წყვილის წონის დაშლას",
    },
    "model_suffix": {
        "en": "{option}: a model file must end in .json, not {suffix!r}",
        "ka": "{option}: მოდელის ფაილი .json-ით უნდა მთავრდებოდეს და არა {suffix!r}-ით",
    },
    "using_model": {
        "en": "scoring with the model in {path}; training skipped",
        "ka": "შეფასება {path}-ის მოდელით; სწავლება გამოტოვებულია",
    },
    "help_lang": {"en": "language of messages: en or ka", "ka": "შეტყობინებების ენა: en ან ka"},
    "help_verbose": {
        "en": "also print progress messages on stderr",
        "ka": "დამატებით ბეჭდავს მსვლელობის შეტყობინებებს stderr-ში",
    },
    "help_out_dir": {
        "en": "folder for the extracts and results (default build/demo)",
        "ka": "საქაღალდე ამონაწერებისა და შედეგებისთვის (ნაგულისხმევად build/demo)",
    },
    "help_seed": {
        "en": "random seed of the synthetic extracts (default 2026)",
        "ka": "სინთეზური ამონაწერების შემთხვევითობის საწყისი (ნაგულისხმევად 2026)",
    },
    "bad_seed": {
        "en": "--seed must be a whole number, 0 or greater",
        "ka": "--seed უნდა იყოს მთელი რიცხვი, 0 ან მეტი",
    },
    "bad_pair": {
        "en": "{option} expects {metavar}, got {value!r}",
        "ka": "{option} მოელის {metavar} ფორმას, მიღებულია {value!r}",
    },
    "right_format_needs_left": {
        "en": "--right-date-format {field}=... needs a format for the left input too; "
        "give --date-format {field}=FORMAT",
        "ka": "--right-date-format {field}=...-ს მარცხენა წყაროს ფორმატიც სჭირდება; "
        "მიუთითეთ --date-format {field}=FORMAT",
    },
    "output_suffix": {
        "en": "{option}: unsupported output file type {suffix!r}; use a name ending in .csv or .parquet",
        "ka": "{option}: ფაილის ტიპი {suffix!r} არ არის მხარდაჭერილი; "
        "გამოიყენეთ .csv ან .parquet დაბოლოების სახელი",
    },
    "output_is_input": {
        "en": "{option}: {path!r} is also the {other}; choose another file",
        "ka": "{option}: {path!r} ასევე არის {other}; აირჩიეთ სხვა ფაილი",
    },
    "output_is_folder": {
        "en": "{option}: {path!r} is a folder; give a file name",
        "ka": "{option}: {path!r} საქაღალდეა; მიუთითეთ ფაილის სახელი",
    },
    "not_a_folder": {"en": "{path} is not a folder", "ka": "{path} არ არის საქაღალდე"},
    "output_not_writable": {
        "en": "{option}: cannot write {path!r} ({reason}); choose another file",
        "ka": "{option}: {path!r} ვერ ჩაიწერება ({reason}); აირჩიეთ სხვა ფაილი",
    },
    "reading": {"en": "reading inputs", "ka": "წყაროების წაკითხვა"},
    "input_left": {"en": "left", "ka": "მარცხენა"},
    "input_right": {"en": "right", "ka": "მარჯვენა"},
    "input_input": {"en": "input", "ka": "წყარო"},
    "fields_epilog": {
        "en": "Canonical fields: given_name, family_name, patronymic, birth_date, sex, citizenship, "
        "document_number, personal_number. Columns that already have these names need no --column.",
        "ka": "კანონიკური ველები: given_name, family_name, patronymic, birth_date, sex, citizenship, "
        "document_number, personal_number. ამ სახელების მქონე სვეტებს --column არ სჭირდება.",
    },
    "records": {"en": "records: {counts}", "ka": "ჩანაწერები: {counts}"},
    "candidate_pairs": {"en": "candidate pairs: {count}", "ka": "კანდიდატი წყვილები: {count}"},
    "matches": {
        "en": "matches: {matches}; clusters: {clusters}",
        "ka": "დამთხვევები: {matches}; კლასტერები: {clusters}",
    },
    "issues": {
        "en": "values set to missing because they broke a rule: {count}",
        "ka": "წესის დარღვევის გამო გამოტოვებული მნიშვნელობები: {count}",
    },
    "evaluation": {
        "en": "precision {precision:.4f}, recall {recall:.4f}, F1 {f1:.4f}",
        "ka": "სიზუსტე (precision) {precision:.4f}, სისრულე (recall) {recall:.4f}, F1 {f1:.4f}",
    },
    "blocking": {
        "en": "pairs completeness {completeness:.4f}, reduction ratio {reduction:.6f}",
        "ka": "წყვილების სისრულე {completeness:.4f}, შემცირების კოეფიციენტი {reduction:.6f}",
    },
    "wrote": {"en": "wrote {path}", "ka": "ჩაიწერა {path}"},
    "generating": {
        "en": "generating synthetic extracts (seed {seed})",
        "ka": "სინთეზური ამონაწერების შექმნა (საწყისი {seed})",
    },
    "linking": {"en": "linking", "ka": "დაკავშირება"},
    "error": {"en": "error", "ka": "შეცდომა"},
    "warning": {"en": "warning", "ka": "გაფრთხილება"},
}

_ALL_MESSAGES: Mapping[str, Mapping[str, str]] = {**_MESSAGES, **TOOL_MESSAGES}


def choose_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """Return the message language asked for by ``--lang`` or the locale."""
    for index, argument in enumerate(argv):
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1] if argument.split("=", 1)[1] in LANGUAGES else "en"
        if argument == "--lang" and index + 1 < len(argv):
            return argv[index + 1] if argv[index + 1] in LANGUAGES else "en"
    environment = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environment.get(variable, "")
        if value:
            return "ka" if value.lower().startswith("ka") else "en"
    return "en"


def text(key: str, language: str, **values: object) -> str:
    """Return message ``key`` in ``language``, formatted with ``values``."""
    messages = _ALL_MESSAGES[key]
    message = messages.get(language) or messages["en"]
    return message.format(**values)


def count_text(key: str, count: int, language: str, **values: object) -> str:
    """Return message ``key`` for ``count`` things, formatted with ``count`` and ``values``.

    For a count of 1 the message ``<key>_one`` is used where it has the
    language. Georgian needs none, because a noun after a numeral is singular.
    """
    singular = _ALL_MESSAGES.get(key + "_one", {}).get(language) if count == 1 else None
    if singular is not None:
        return singular.format(count=count, **values)
    return text(key, language, count=count, **values)
