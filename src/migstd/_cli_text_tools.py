"""Messages of the ``translit``, ``codes``, ``mrz``, ``schema`` and ``synth`` subcommands.

:func:`migstd._cli_text.text` looks them up together with the messages of the
linkage subcommands. A key ending in ``_one`` is the singular form of the key
without it, used by :func:`migstd._cli_text.count_text` when the count is 1.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["TOOL_MESSAGES"]

TOOL_MESSAGES: Mapping[str, Mapping[str, str]] = {
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
    "mrz_line_count": {
        "en": "the zone has {count} non-blank lines; an MRZ has 3 lines (TD1) or 2 lines (TD2, TD3, visas)",
        "ka": "ზონაში {count} არაცარიელი სტრიქონია; MRZ-ს აქვს 3 სტრიქონი (TD1) ან 2 სტრიქონი "
        "(TD2, TD3, ვიზები)",
    },
    "mrz_line_count_one": {
        "en": "the zone has 1 non-blank line; an MRZ has 3 lines (TD1) or 2 lines (TD2, TD3, visas)",
    },
    "mrz_three_lines": {
        "en": "a zone of 3 lines must be TD1 with 30 characters per line; {line}",
        "ka": "3-სტრიქონიანი ზონა უნდა იყოს TD1, სტრიქონში 30 სიმბოლოთი; {line}",
    },
    "mrz_two_lines": {
        "en": "a zone of 2 lines must have 36 (TD2, MRV-B) or 44 (TD3, MRV-A) characters per line; {line}",
        "ka": "2-სტრიქონიანი ზონის სტრიქონში უნდა იყოს 36 (TD2, MRV-B) ან 44 (TD3, MRV-A) სიმბოლო; {line}",
    },
    "mrz_lines_differ": {
        "en": "both lines of the zone must have {width} characters, as line 1 has; {line}",
        "ka": "ზონის ორივე სტრიქონში უნდა იყოს {width} სიმბოლო, როგორც პირველშია; {line}",
    },
    "mrz_line_length": {
        "en": "line {number} has {count} characters",
        "ka": "სტრიქონ {number}-ში {count} სიმბოლოა",
    },
    "mrz_line_length_one": {"en": "line {number} has {count} character"},
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
    "synth_bad_people": {
        "en": "--people must be a whole number, 0 or greater",
        "ka": "--people უნდა იყოს მთელი რიცხვი, 0 ან მეტი",
    },
    "synth_generating": {
        "en": "generating {people} synthetic people (seed {seed})",
        "ka": "{people} სინთეზური პირის შექმნა (საწყისი {seed})",
    },
    "synth_wrote": {
        "en": "wrote {path}: {count} records",
        "ka": "ჩაიწერა {path}: {count} ჩანაწერი",
    },
    "synth_wrote_one": {"en": "wrote {path}: {count} record"},
    "synth_truth": {
        "en": "wrote {path}: {records} records of {people} people",
        "ka": "ჩაიწერა {path}: {people} პირის {records} ჩანაწერი",
    },
}
