"""Messages of the ``migstd`` command in English and Georgian.

The language is ``--lang`` when given, else Georgian when the locale
(``LC_ALL``, ``LC_MESSAGES`` or ``LANG``) starts with ``ka``, else English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

__all__ = ["LANGUAGES", "choose_language", "text"]

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
    "help_lang": {"en": "language of messages: en or ka", "ka": "შეტყობინებების ენა: en ან ka"},
    "help_verbose": {
        "en": "also print the progress of each linkage stage",
        "ka": "დამატებით ბეჭდავს დაკავშირების თითოეული ეტაპის მსვლელობას",
    },
    "help_out_dir": {
        "en": "folder for the extracts and results (default build/demo)",
        "ka": "საქაღალდე ამონაწერებისა და შედეგებისთვის (ნაგულისხმევად build/demo)",
    },
    "help_seed": {
        "en": "random seed of the synthetic extracts (default 2026)",
        "ka": "სინთეზური ამონაწერების შემთხვევითობის საწყისი (ნაგულისხმევად 2026)",
    },
    "help_translit": {
        "en": "transliterate texts, or a column of a CSV file, between Georgian, Latin and Cyrillic",
        "ka": "ტექსტების ან CSV ფაილის სვეტის ტრანსლიტერაცია ქართულ, ლათინურ და კირილიცას შორის",
    },
    "help_translit_text": {
        "en": "text to transliterate; one output line per TEXT",
        "ka": "სატრანსლიტერაციო ტექსტი; თითო TEXT-ზე ერთი სტრიქონი",
    },
    "help_translit_system": {
        "en": "romanization system (default national, or passport with --mrz); "
        "chat is read with --to georgian only",
        "ka": "რომანიზაციის სისტემა (ნაგულისხმევად national, --mrz-თან passport); "
        "chat მხოლოდ --to georgian-თან",
    },
    "help_translit_to": {
        "en": "target script (default latin); georgian prints the best-ranked reading",
        "ka": "სამიზნე დამწერლობა (ნაგულისხმევად latin); georgian ბეჭდავს საუკეთესო ვარიანტს",
    },
    "help_translit_mrz": {
        "en": "write names as the passport machine-readable zone does (with --system passport)",
        "ka": "სახელები პასპორტის მანქანურად წასაკითხი ზონის ფორმით (--system passport-თან)",
    },
    "help_translit_name": {
        "en": "capitalize each Georgian word as a personal name",
        "ka": "თითოეული ქართული სიტყვა საკუთარი სახელივით მთავრული ასოთი იწყება",
    },
    "help_translit_input": {
        "en": "CSV file whose column --column is transliterated, instead of TEXT",
        "ka": "CSV ფაილი, რომლის --column სვეტიც ტრანსლიტერირდება, TEXT-ის ნაცვლად",
    },
    "help_translit_column": {
        "en": "column of --input to transliterate; the result goes to the new column COLUMN_<system>",
        "ka": "--input-ის სვეტი ტრანსლიტერაციისთვის; შედეგი იწერება ახალ სვეტში COLUMN_<system>",
    },
    "help_translit_output": {
        "en": "CSV file to write (default: standard output)",
        "ka": "ჩასაწერი CSV ფაილი (ნაგულისხმევად სტანდარტული გამოსავალი)",
    },
    "translit_texts_and_input": {
        "en": "give TEXT arguments or --input, not both",
        "ka": "მიუთითეთ TEXT არგუმენტები ან --input, არა ორივე",
    },
    "translit_no_input": {
        "en": "nothing to transliterate: give TEXT arguments or --input FILE --column COLUMN",
        "ka": "სატრანსლიტერაციო არაფერია: მიუთითეთ TEXT ან --input FILE --column COLUMN",
    },
    "translit_column_needed": {
        "en": "--input needs --column COLUMN",
        "ka": "--input-ს სჭირდება --column COLUMN",
    },
    "translit_input_needed": {
        "en": "--column and --output need --input FILE",
        "ka": "--column-ს და --output-ს სჭირდება --input FILE",
    },
    "translit_latin_only": {
        "en": "--mrz and --name need --to latin",
        "ka": "--mrz-ს და --name-ს სჭირდება --to latin",
    },
    "translit_system_direction": {
        "en": "system {system!r} cannot be used with --to {to}",
        "ka": "სისტემა {system!r} ვერ გამოიყენება --to {to}-თან",
    },
    "translit_empty_file": {
        "en": "{path} is empty; expected a header line",
        "ka": "{path} ცარიელია; მოსალოდნელია სათაურის სტრიქონი",
    },
    "translit_bad_csv": {
        "en": "{path} is not valid CSV at line {line}: {reason}",
        "ka": "{path} არ არის სწორი CSV, სტრიქონი {line}: {reason}",
    },
    "translit_not_utf8": {
        "en": "{path} is not UTF-8 text; save it as UTF-8 and retry",
        "ka": "{path} არ არის UTF-8 ტექსტი; შეინახეთ UTF-8 კოდირებით და სცადეთ ხელახლა",
    },
    "translit_column_missing": {
        "en": "column {column!r} not found among the {count} columns of the input; check the header line",
        "ka": "სვეტი {column!r} წყაროს {count} სვეტს შორის ვერ მოიძებნა; შეამოწმეთ სათაურის სტრიქონი",
    },
    "translit_ragged_row": {
        "en": "{path}: line {line} has {found} fields where the header has {expected}",
        "ka": "{path}: სტრიქონ {line}-ში {found} ველია, სათაურში კი {expected}",
    },
    "translit_file_missing": {
        "en": "file {path!r} not found",
        "ka": "ფაილი {path!r} ვერ მოიძებნა",
    },
    "translit_mrz_system": {
        "en": "--mrz needs --system passport (the default with --mrz)",
        "ka": "--mrz-ს სჭირდება --system passport (--mrz-თან ნაგულისხმევია)",
    },
    "translit_mrz_name": {
        "en": "--mrz writes upper case, so it cannot be combined with --name",
        "ka": "--mrz დიდი ასოებით წერს, ამიტომ --name-თან ერთად არ გამოიყენება",
    },
    "translit_column_exists": {
        "en": "the input already has a column {column!r}; rename it or choose another --system",
        "ka": "წყაროს უკვე აქვს სვეტი {column!r}; გადაარქვით სახელი ან აირჩიეთ სხვა --system",
    },
    "translit_row": {
        "en": "row {row}, column {column!r}: {reason}",
        "ka": "სტრიქონი {row}, სვეტი {column!r}: {reason}",
    },
    "translit_argument": {
        "en": "TEXT argument {number}: {reason}",
        "ka": "TEXT არგუმენტი {number}: {reason}",
    },
    "help_codes": {
        "en": "list the code lists, print one as CSV or JSON, or search one",
        "ka": "კოდების სიების ჩამონათვალი, ერთი სიის ამობეჭდვა CSV ან JSON ფორმატში, ან ძებნა სიაში",
    },
    "help_codes_list": {
        "en": "name of the code list; without it, every list is listed",
        "ka": "კოდების სიის სახელი; მის გარეშე ჩამოითვლება ყველა სია",
    },
    "help_codes_format": {
        "en": "output format (default: csv)",
        "ka": "გამოტანის ფორმატი (ნაგულისხმევი: csv)",
    },
    "help_codes_search": {
        "en": "print the entries closest to TEXT, best first, with scores from 0 to 100",
        "ka": "TEXT-თან ყველაზე ახლოს მყოფი ჩანაწერები, საუკეთესო პირველი, ქულებით 0-დან 100-მდე",
    },
    "help_codes_limit": {
        "en": "maximum number of entries --search prints (default: 5)",
        "ka": "--search-ის მიერ ამობეჭდილი ჩანაწერების მაქსიმალური რაოდენობა (ნაგულისხმევი: 5)",
    },
    "help_codes_output": {
        "en": "file to write; default: standard output",
        "ka": "ჩასაწერი ფაილი; ნაგულისხმევი: სტანდარტული გამოსავალი",
    },
    "codes_search_needs_list": {
        "en": "--search needs the name of a code list",
        "ka": "--search-ს სჭირდება კოდების სიის სახელი",
    },
    "codes_bad_limit": {"en": "--limit must be at least 1", "ka": "--limit უნდა იყოს არანაკლებ 1"},
    "help_mrz": {
        "en": "parse a machine-readable zone (MRZ) of a passport, identity card or visa and print it as JSON",
        "ka": "პასპორტის, პირადობის მოწმობის ან ვიზის მანქანურად წასაკითხი ზონის (MRZ) წაკითხვა "
        "და JSON ფორმატში ამობეჭდვა",
    },
    "help_mrz_line": {
        "en": "a line of the zone (2 or 3 lines); without LINE and --input, the zone is read from "
        "standard input",
        "ka": "ზონის სტრიქონი (2 ან 3 სტრიქონი); LINE-ისა და --input-ის გარეშე ზონა იკითხება "
        "სტანდარტული შესასვლელიდან",
    },
    "help_mrz_input": {
        "en": "UTF-8 text file with the lines of one zone, instead of LINE",
        "ka": "UTF-8 ტექსტური ფაილი ერთი ზონის სტრიქონებით, LINE-ის ნაცვლად",
    },
    "mrz_lines_and_input": {
        "en": "give LINE arguments or --input, not both",
        "ka": "მიუთითეთ LINE არგუმენტები ან --input, არა ორივე",
    },
    "mrz_no_input": {
        "en": "no zone given: give LINE arguments, --input FILE, or the lines on standard input",
        "ka": "ზონა არ არის მითითებული: მიუთითეთ LINE არგუმენტები, --input FILE ან სტრიქონები "
        "სტანდარტულ შესასვლელზე",
    },
    "mrz_file_missing": {"en": "file {path!r} not found", "ka": "ფაილი {path!r} ვერ მოიძებნა"},
    "mrz_not_utf8": {
        "en": "{path} is not UTF-8 text; save it as UTF-8 and retry",
        "ka": "{path} არ არის UTF-8 ტექსტი; შეინახეთ UTF-8 კოდირებით და სცადეთ ხელახლა",
    },
    "mrz_invalid": {
        "en": "invalid MRZ: {field}: {reason} (rule {rule})",
        "ka": "არასწორი MRZ: {field}: {reason} (წესი {rule})",
    },
    "mrz_check_failed": {
        "en": "the check digit of {field} does not match",
        "ka": "{field}-ის საკონტროლო ციფრი არ ემთხვევა",
    },
    "help_schema": {
        "en": "list the record models, or print one model's JSON Schema",
        "ka": "ჩანაწერების მოდელების ჩამონათვალი, ან ერთი მოდელის JSON Schema-ს ამობეჭდვა",
    },
    "help_schema_model": {
        "en": "name of the model, such as Person or Record; without it, every model is listed",
        "ka": "მოდელის სახელი, მაგ. Person ან Record; მის გარეშე ჩამოითვლება ყველა მოდელი",
    },
    "help_schema_output": {
        "en": "file to write; default: standard output",
        "ka": "ჩასაწერი ფაილი; ნაგულისხმევი: სტანდარტული გამოსავალი",
    },
    "schema_version": {
        "en": "# migstd record models, schema version {version}",
        "ka": "# migstd-ის ჩანაწერების მოდელები, სქემის ვერსია {version}",
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
    "help_synth": {
        "en": "write the extracts of agencies drawn from a synthetic population, with the truth",
        "ka": "სინთეზური მოსახლეობიდან უწყებების ამონაწერებისა და ჭეშმარიტი კავშირების ჩაწერა",
    },
    "help_synth_people": {
        "en": "number of synthetic people (default 10000)",
        "ka": "სინთეზური პირების რაოდენობა (ნაგულისხმევად 10000)",
    },
    "help_synth_seed": {
        "en": "random seed of the population and the extracts (default 2026)",
        "ka": "მოსახლეობისა და ამონაწერების შემთხვევითობის საწყისი (ნაგულისხმევად 2026)",
    },
    "help_synth_out_dir": {
        "en": "folder for the extracts and truth file (default build/synth)",
        "ka": "საქაღალდე ამონაწერებისა და ჭეშმარიტების ფაილისთვის (ნაგულისხმევად build/synth)",
    },
    "help_synth_format": {
        "en": "file format of the extracts and truth file (default csv)",
        "ka": "ამონაწერებისა და ჭეშმარიტების ფაილის ფორმატი (ნაგულისხმევად csv)",
    },
    "help_synth_agencies": {
        "en": "agencies to write, each KIND or KIND=SIZE, KIND one of {kinds} "
        "(default civil_registry border_crossings)",
        "ka": "ჩასაწერი უწყებები, თითოეული სახე ან სახე=ზომა, სახე ერთ-ერთია: {kinds} "
        "(ნაგულისხმევად civil_registry border_crossings)",
    },
    "synth_unknown_agency": {
        "en": "unknown agency {kind!r}; use one of {kinds}",
        "ka": "უცნობი უწყება {kind!r}; გამოიყენეთ ერთ-ერთი: {kinds}",
    },
    "synth_bad_size": {
        "en": "invalid agency size in {value!r}; write KIND=SIZE with SIZE a whole number",
        "ka": "უწყების ზომა არასწორია: {value!r}; დაწერეთ სახე=ზომა, სადაც ზომა მთელი რიცხვია",
    },
    "synth_generating": {
        "en": "generating {people} synthetic people (seed {seed})",
        "ka": "{people} სინთეზური პირის შექმნა (საწყისი {seed})",
    },
    "synth_wrote": {
        "en": "wrote {path}: {records} records",
        "ka": "ჩაიწერა {path}: {records} ჩანაწერი",
    },
    "synth_truth": {
        "en": "wrote {path}: {records} records of {people} people",
        "ka": "ჩაიწერა {path}: {people} პირის {records} ჩანაწერი",
    },
    "error": {"en": "error", "ka": "შეცდომა"},
    "warning": {"en": "warning", "ka": "გაფრთხილება"},
}


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
    message = _MESSAGES[key].get(language) or _MESSAGES[key]["en"]
    return message.format(**values)
