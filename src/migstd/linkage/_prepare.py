"""Prepare input tables for linkage: map columns, normalize values, derive keys.

Both inputs of a link (or the one input of a dedupe) are stacked into one
table, with a global row index ``_row`` and the input number ``_source``. Each
field is normalized according to its kind, once per distinct value, and every
value that breaks a rule of its field is set to missing and reported as an
:class:`Issue` with its row, so no record is dropped.

For every compared column the stage also returns an :class:`EncodedColumn`:
one integer code per record (``-1`` for missing) and, per code, the prepared
values that the comparison reads. Comparisons then work on distinct codes.
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
from numpy.dtypes import StringDType

from migstd.codelists import countries, sex
from migstd.errors import InputError, MigstdError, SettingsError, ValidationError
from migstd.identifiers import phone
from migstd.linkage._columns import missing_column_advice
from migstd.linkage._comparisons_names import INITIAL_MARK
from migstd.linkage.comparisons import Comparison
from migstd.linkage.settings import CANONICAL_FIELDS, Settings
from migstd.models import PartialDate
from migstd.script import from_cyrillic, latin_fold, name_key, normalize, to_latin

# NOTE: name_key has no switch to leave the given-name alias table out, so the
# key without aliases (the same_key level) reads two helpers of its private
# module; use a public switch instead if name_key gets one.
from migstd.script._keys import _prepare as key_text
from migstd.script._keys import _token_key as token_key

__all__ = ["EncodedColumn", "Issue", "Prepared", "prepare"]

# Suffixes of the columns derived from a field, by the kind of field they imply.
_DERIVED_SUFFIXES: Mapping[str, str] = {
    "_key": "name",
    "_latin": "name",
    "_year": "date",
    "_month": "date",
    "_day": "date",
}


@dataclass(frozen=True)
class Issue:
    """A value that broke a rule of its field and was treated as missing."""

    source: int
    row: int
    field: str
    rule: str


@dataclass(frozen=True)
class EncodedColumn:
    """Codes per record (``-1`` for missing) and prepared values per code."""

    codes: npt.NDArray[np.int32]
    values: dict[str, npt.NDArray[Any]]

    @property
    def size(self) -> int:
        return len(next(iter(self.values.values()))) if self.values else 0


@dataclass
class Prepared:
    """The stacked, prepared records of all inputs."""

    table: pa.Table
    source: npt.NDArray[np.int8]
    row: npt.NDArray[np.int64]
    # Kept in Arrow: a million ids or entities as Python strings take over 60 MB each.
    unique_id: pa.StringArray
    encoded: dict[str, EncodedColumn]
    kinds: dict[str, str]
    truth: pa.Array | None
    issues: list[Issue] = field(default_factory=list)
    # Columns of ``table`` whose dictionaries hold each value once (numbers merged in preparation).
    distinct_dictionaries: frozenset[str] = frozenset()

    @property
    def size(self) -> int:
        return len(self.source)

    def counts(self) -> tuple[int, ...]:
        return tuple(int(count) for count in np.bincount(self.source))


def _kind_of(name: str, comparisons: Sequence[Comparison]) -> str:
    if name in CANONICAL_FIELDS:
        return CANONICAL_FIELDS[name]
    for comparison in comparisons:
        if comparison.column == name:
            return comparison.kind
    return "text"


def _base_column(name: str, available: set[str], comparisons: Sequence[Comparison]) -> tuple[str, str | None]:
    """Return the field a referenced column comes from and the kind its suffix implies.

    A column derived from a field present in the input (given_name_key from
    given_name) wins over an input column of the same name, unless the field's
    kind derives no such column (sex gives no sex_key).
    """
    for suffix, implied in _DERIVED_SUFFIXES.items():
        base = name[: -len(suffix)]
        if not name.endswith(suffix) or base not in available:
            continue
        compared = [c.kind for c in comparisons if c.column == base]
        known = CANONICAL_FIELDS.get(base) or (compared[0] if compared else None)
        if known is None or known == implied:
            return base, implied
    return name, None


def needed_fields(
    settings: Settings,
    comparisons: Sequence[Comparison],
    rule_columns: Sequence[str],
    available: set[str],
) -> dict[str, str]:
    """Return the fields to prepare, each with its kind."""
    kinds: dict[str, str] = {}
    for comparison in comparisons:
        kinds[comparison.column] = _kind_of(comparison.column, comparisons)
    for column in rule_columns:
        base, implied = _base_column(column, available, comparisons)
        if base not in available:
            fields = sorted(set(available) & set(CANONICAL_FIELDS))
            raise SettingsError(
                f"blocking rule column {column!r} is not in the input; canonical fields present: "
                + (", ".join(fields) or "none")
            )
        kinds.setdefault(base, implied or _kind_of(base, comparisons))
    return kinds


def _rows_of(indices: pa.Array) -> npt.NDArray[np.int32]:
    return np.asarray(indices.fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int32)


# Returned by a preparer for a valid value that means "not known" (sex code 0):
# the value is missing, and no issue is reported.
UNKNOWN: dict[str, Any] = {}


def _encode(
    column: pa.Array, prepare_value: Callable[[str], dict[str, Any] | None]
) -> tuple[npt.NDArray[np.int32], dict[str, npt.NDArray[Any]], npt.NDArray[np.bool_]]:
    """Prepare each distinct value once; return codes, values per code and invalid rows."""
    encoded = pc.dictionary_encode(column)
    raw_codes = _rows_of(encoded.indices)
    dictionary = encoded.dictionary.to_pylist()

    prepared = [prepare_value(value) for value in dictionary]
    invalid_raw = np.array([item is None for item in prepared], dtype=bool)

    # Distinct raw values may prepare to the same values (NINO, Nino, ნინო): merge them.
    keys: dict[tuple[Any, ...], int] = {}
    remap = np.full(len(prepared) + 1, -1, dtype=np.int32)
    rows: list[dict[str, Any]] = []
    for index, item in enumerate(prepared):
        if item is None or item is UNKNOWN:
            continue
        key = tuple(item.values())
        if key not in keys:
            keys[key] = len(rows)
            rows.append(item)
        remap[index] = keys[key]

    codes = remap[raw_codes]  # index -1 reads the last slot, which is -1
    invalid_rows = np.zeros(len(raw_codes), dtype=bool)
    present = raw_codes >= 0
    invalid_rows[present] = invalid_raw[raw_codes[present]]
    names = list(rows[0]) if rows else []
    values = {name: _value_array([row[name] for row in rows]) for name in names}
    return codes, values, invalid_rows


def _value_array(items: list[Any]) -> npt.NDArray[Any]:
    """Return prepared values as 64-bit integers when they all are, else as Python objects.

    Integer arrays (years, phone numbers, word counts) make the comparisons
    that read them numpy arithmetic instead of operations on objects.
    """
    if items and all(type(item) is int for item in items):
        with contextlib.suppress(OverflowError):
            return np.array(items, dtype=np.int64)
    return np.array(items, dtype=object)


def _georgian_from_cyrillic(text: str) -> str:
    """Write Cyrillic words in Georgian script, so a Russian spelling gets a passport Latin form."""
    if not any("\u0400" <= character <= "\u04ff" for character in text):
        return text
    # The best candidate is enough: the passport form merges the letters Russian merges.
    return " ".join(
        (from_cyrillic(word, limit=1) or [word])[0] if any("\u0400" <= c <= "\u04ff" for c in word) else word
        for word in text.split()
    )


def _prepare_name(value: str) -> dict[str, Any] | None:
    text = " ".join(normalize(value).replace("-", " ").split()).lower()
    if not any(character.isalpha() for character in text):
        return None
    georgian = _georgian_from_cyrillic(text)
    try:
        latin = latin_fold(to_latin(georgian, "passport"))
    except MigstdError:
        # Letters without a value in the passport system (archaic letters) are left out.
        kept = "".join(ch for ch in text if not ("\u10f1" <= ch <= "\u10ff"))
        latin = latin_fold(to_latin(kept, "passport"))
    key = name_key(text)
    if not key and not latin:
        return None
    key = key or latin
    tokens, initials = _name_tokens(text)
    return {
        "value": text,
        "latin": latin or key,
        "key": key,
        "words": len(key.split()),
        "plain_key": _plain_key(text) or key,
        "tokens": tokens,
        "initials": initials,
    }


# The word separators of name_key (whitespace and dashes), and the dot of an initial.
_KEY_WORD_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015\u2212]+")


# Words repeat across names and columns, and each is keyed twice per name.
_word_token_key = functools.lru_cache(maxsize=1 << 16)(token_key)
_word_name_key = functools.lru_cache(maxsize=1 << 16)(name_key)


def _plain_key(text: str) -> str:
    """Return the name key of ``text`` without the given-name alias table."""
    words = (_word_token_key(word) for word in _KEY_WORD_SEPARATORS.split(key_text(text)))
    return " ".join(word for word in words if word)


def _name_tokens(text: str) -> tuple[str, int]:
    """Return the name key of each word, with initials marked, and the number of initials.

    A word is an initial when it has one letter ("N", "ნ.") or ends in a dot
    and has at most two letters ("Sh.", "Ts."), which covers the Latin
    digraphs of single Georgian letters.
    """
    words: list[str] = []
    initials = 0
    for word in text.split():
        letters = sum(character.isalpha() for character in word)
        key = _word_name_key(word.replace(".", ""))
        if not key:
            continue
        if letters == 1 or (word.endswith(".") and letters <= 2):
            key += INITIAL_MARK
            initials += 1
        words.append(key)
    return " ".join(words), initials


def _date_parser(date_format: str | None) -> Callable[[str], dict[str, Any] | None]:
    def prepare_date(value: str) -> dict[str, Any] | None:
        try:
            date = PartialDate.parse(value, format=date_format)
        except ValidationError:
            return None
        return {
            "value": date.isoformat(),
            "year": date.year,
            "month": date.month or 0,
            "day": date.day or 0,
        }

    return prepare_date


# Replaces a date that fails its declared format, so that no later reading
# as ISO 8601 can accept it.
_UNREADABLE_DATE = "\x00"


def _as_iso_dates(column: pa.ChunkedArray, date_format: str) -> pa.Array:
    """Rewrite one input's dates from its declared format to ISO 8601 text."""
    encoded = pc.dictionary_encode(column.combine_chunks())
    iso = []
    for value in encoded.dictionary.to_pylist():
        try:
            iso.append(PartialDate.parse(value, format=date_format).isoformat())
        except ValidationError:
            iso.append(_UNREADABLE_DATE)
    return pc.take(pa.array(iso, type=pa.string()), encoded.indices)


# ISO/IEC 5218 codes for "not known" and "not applicable": equal codes are no evidence.
_UNKNOWN_SEX_CODES = frozenset({"0", "9"})


def _prepare_sex(value: str) -> dict[str, Any] | None:
    try:
        code = sex.lookup(value).code
    except LookupError:
        return None
    return UNKNOWN if code in _UNKNOWN_SEX_CODES else {"value": code}


def _prepare_country(value: str) -> dict[str, Any] | None:
    entry = countries.get(value)
    if entry is None:
        try:
            entry = countries.lookup(value)
        except LookupError:
            return None
    return {"value": entry.code}


# On ASCII text normalize() changes only punctuation, which compacting removes anyway.
_NOT_ASCII_ALNUM = re.compile(r"[^0-9A-Za-z]+")


# Cyrillic capitals that look like Latin ones. Document numbers are written in
# Latin letters, so one typed on a Cyrillic keyboard is the same number.
_CYRILLIC_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХІЈЅ", "ABEKMHOPCTYXIJS")


def _prepare_identifier(value: str) -> dict[str, Any] | None:
    if value.isascii():
        compact = _NOT_ASCII_ALNUM.sub("", value).upper()
    else:
        # NFKC writes fullwidth and other compatibility forms as plain letters and digits.
        text = unicodedata.normalize("NFKC", value).upper().translate(_CYRILLIC_LOOKALIKES)
        compact = "".join(ch for ch in text if ch.isalnum())
    # One character repeated (00000000000, 0, XXXXXX) is a placeholder, not a number.
    if len(set(compact)) <= 1:
        return None
    return {"value": compact}


def _encode_identifiers(
    column: pa.Array,
) -> tuple[npt.NDArray[np.int32], dict[str, npt.NDArray[Any]], npt.NDArray[np.bool_]]:
    """Do what :func:`_encode` does with :func:`_prepare_identifier`, in Arrow for ASCII values.

    Numbers are nearly all distinct, so preparing them one by one in Python
    took most of the preparation of a million records.
    """
    encoded = pc.dictionary_encode(column)
    raw_codes = _rows_of(encoded.indices)
    dictionary = encoded.dictionary
    compact: list[str | None] = pc.utf8_upper(
        pc.replace_substring_regex(dictionary, _NOT_ASCII_ALNUM.pattern, "")
    ).to_pylist()
    for index in np.flatnonzero(~np.asarray(pc.string_is_ascii(dictionary), dtype=bool)):
        item = _prepare_identifier(str(dictionary[int(index)].as_py()))
        compact[index] = None if item is None else item["value"]
    # One character repeated (00000000000, 0, XXXXXX) is a placeholder, not a number.
    invalid_raw = np.array([text is None or len(set(text)) <= 1 for text in compact], dtype=bool)
    kept = pa.array(
        [None if bad else text for text, bad in zip(compact, invalid_raw, strict=True)], pa.string()
    )

    # Distinct raw values may compact to the same number (12 345 and 12345): merge them.
    merged = pc.dictionary_encode(kept)
    remap = np.append(_rows_of(merged.indices), np.int32(-1))
    codes = remap[raw_codes]  # index -1 reads the last slot, which is -1
    invalid_rows = np.zeros(len(raw_codes), dtype=bool)
    present = raw_codes >= 0
    invalid_rows[present] = invalid_raw[raw_codes[present]]
    values = (
        {"value": np.array(merged.dictionary.to_pylist(), dtype=object)} if len(merged.dictionary) else {}
    )
    return codes, values, invalid_rows


def _prepare_phone(value: str) -> dict[str, Any] | None:
    # NOTE: an 8-digit Georgian number from before the 2011 renumbering is
    # invalid, so it is missing rather than compared by its last digits.
    try:
        e164 = phone.validate(value)
    except MigstdError:
        return None
    return {"value": e164, "number": int(e164[1:])}


def _prepare_address(value: str) -> dict[str, Any] | None:
    text = normalize(value).casefold()
    # Punctuation (commas, dots of abbreviations, hyphens, No.) separates words.
    text = "".join(character if character.isalnum() else " " for character in text)
    words = []
    for word in text.split():
        # A word that does not fold to ASCII (Cyrillic, or archaic Georgian
        # letters without a passport value) stays as it is.
        folded = ""
        with contextlib.suppress(MigstdError):
            folded = latin_fold(to_latin(word, "passport"))
        words.append(folded or word)
    if not words:
        return None
    return {"value": " ".join(text.split()), "words": " ".join(sorted(set(words)))}


def _prepare_text(value: str) -> dict[str, Any] | None:
    text = " ".join(normalize(value).split()).casefold()
    return {"value": text} if text else None


_RULE_OF_KIND: Mapping[str, str] = {
    "name": "name_has_letters",
    "date": "date",
    "sex": "code_list_sex",
    "country": "code_list_country",
    "identifier": "identifier_placeholder",
    "phone": "phone_number",
    "address": "address_has_words",
    "text": "text",
}


def _preparer(kind: str, date_format: str | None) -> Callable[[str], dict[str, Any] | None]:
    if kind == "name":
        return _prepare_name
    if kind == "date":
        return _date_parser(date_format)
    if kind == "sex":
        return _prepare_sex
    if kind == "country":
        return _prepare_country
    if kind == "identifier":
        return _prepare_identifier
    if kind == "phone":
        return _prepare_phone
    if kind == "address":
        return _prepare_address
    return _prepare_text


def _derived_columns(
    name: str, kind: str, codes: npt.NDArray[np.int32], values: dict[str, npt.NDArray[Any]]
) -> dict[str, pa.Array]:
    """Per-record prepared columns for blocking: the value and the keys derived from it."""
    present = codes >= 0
    safe = np.where(present, codes, 0)

    def per_row(array: npt.NDArray[Any], arrow_type: pa.DataType) -> pa.Array:
        if len(array) == 0:
            return pa.nulls(len(codes), type=arrow_type)
        if arrow_type == pa.string():
            # Dictionary-encoded by code: no string per record, and blocking numbers
            # the records' values by hashing each distinct value once.
            indices = pa.array(safe.astype(np.int32), type=pa.int32(), mask=~present)
            return pa.DictionaryArray.from_arrays(indices, pa.array(array, type=pa.string()))
        picked = array[safe]
        if arrow_type == pa.int16():
            picked = picked.astype(np.int16)
            mask = ~present | (picked == 0)
        else:
            mask = ~present
        return pa.array(picked, type=arrow_type, mask=mask)

    columns = {name: per_row(values.get("value", np.array([], dtype=object)), pa.string())}
    if kind == "name":
        columns[f"{name}_latin"] = per_row(values.get("latin", np.array([], dtype=object)), pa.string())
        columns[f"{name}_key"] = per_row(values.get("key", np.array([], dtype=object)), pa.string())
    if kind == "date":
        for part in ("year", "month", "day"):
            columns[f"{name}_{part}"] = per_row(values.get(part, np.array([], dtype=object)), pa.int16())
    return columns


def prepare(
    tables: Sequence[pa.Table],
    settings: Settings,
    comparisons: Sequence[Comparison],
    rule_columns: Sequence[str],
    input_names: Sequence[str],
) -> Prepared:
    """Stack and prepare ``tables``; see the module docstring."""
    available = _available_fields(tables, settings)
    kinds = needed_fields(settings, comparisons, rule_columns, available)
    _check_columns(tables, settings, kinds, input_names)

    source = np.concatenate([np.full(t.num_rows, i, dtype=np.int8) for i, t in enumerate(tables)])
    row = np.concatenate([np.arange(t.num_rows, dtype=np.int64) for t in tables])
    unique_id = _unique_ids(tables, settings, input_names)
    truth = _column_values(tables, settings.truth_column) if settings.truth_column else None

    # Derived columns are kept apart, so that they win over an input column of the same name.
    value_columns: dict[str, pa.Array] = {}
    derived_columns: dict[str, pa.Array] = {}
    encoded: dict[str, EncodedColumn] = {}
    issues: list[Issue] = []
    for name, kind in kinds.items():
        declared = settings.date_format(name)
        columns = [
            table.column(settings.input_column(name, side)).cast(pa.string())
            for side, table in enumerate(tables)
        ]
        if kind == "date" and isinstance(declared, tuple):
            # Each input has its own format: rewrite both to ISO 8601 first.
            columns = [_as_iso_dates(column, declared[side]) for side, column in enumerate(columns)]
        date_format = declared if isinstance(declared, str) else None
        # Passed as chunks: a chunked array given as one chunk is read value by value.
        chunks = [chunk for column in columns for chunk in _chunks(column)]
        stacked = pa.chunked_array(chunks, type=pa.string())
        if kind == "identifier":
            codes, values, invalid = _encode_identifiers(stacked.combine_chunks())
        else:
            codes, values, invalid = _encode(stacked.combine_chunks(), _preparer(kind, date_format))
        derived = _derived_columns(name, kind, codes, values)
        value_columns[name] = derived.pop(name)
        derived_columns.update(derived)
        encoded[name] = EncodedColumn(codes=codes, values={key: compact_text(v) for key, v in values.items()})
        for index in np.flatnonzero(invalid):
            issues.append(Issue(int(source[index]), int(row[index]), name, _RULE_OF_KIND[kind]))

    internal_columns = {
        "_row": pa.array(np.arange(len(source), dtype=np.int64)),
        "_source": pa.array(source),
    }
    return Prepared(
        table=pa.table({**internal_columns, **value_columns, **derived_columns}),
        source=source,
        row=row,
        unique_id=unique_id,
        encoded=encoded,
        kinds=kinds,
        truth=truth,
        issues=sorted(issues, key=lambda issue: (issue.source, issue.row, issue.field)),
        distinct_dictionaries=frozenset(name for name, kind in kinds.items() if kind == "identifier"),
    )


# Columns with at least this many distinct values keep them in numpy's
# variable-width string type. Smaller ones keep Python strings, because those
# are faster to take and to pass to rapidfuzz, and their memory is small.
COMPACT_TEXT_VALUES = 50_000


def compact_text(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Return many Python strings in numpy's variable-width string type, others as they are.

    A million document numbers take about 16 bytes each there (short strings
    are stored inline) against about 60 as Python objects. Compare, index and
    ``tolist()`` work the same; ``astype(object)`` gives Python strings back.
    """
    if len(values) < COMPACT_TEXT_VALUES or values.dtype != object:
        return values
    if not all(isinstance(value, str) for value in values):
        return values
    return np.asarray(values, dtype=StringDType(coerce=False))


def _chunks(column: pa.Array | pa.ChunkedArray) -> list[pa.Array]:
    return list(column.chunks) if isinstance(column, pa.ChunkedArray) else [column]


def _available_fields(tables: Sequence[pa.Table], settings: Settings) -> set[str]:
    """Fields and columns present in every input, under their canonical names."""
    candidates = set(CANONICAL_FIELDS)
    for table in tables:
        candidates |= set(table.column_names)
    available = set()
    for name in candidates:
        present = all(
            settings.input_column(name, side) in table.column_names for side, table in enumerate(tables)
        )
        mapped_away = name not in settings.columns and any(
            name in settings.mapped_columns(side) for side in range(len(tables))
        )
        if present and not mapped_away:
            available.add(name)
    return available


def available_fields(tables: Sequence[pa.Table], settings: Settings) -> set[str]:
    """Return the canonical fields and other columns present in every input."""
    return _available_fields(tables, settings)


def check_columns(tables: Sequence[pa.Table], settings: Settings, input_names: Sequence[str]) -> None:
    """Raise :class:`InputError` when an input lacks a mapped, unique id or truth column."""
    _check_columns(tables, settings, {}, input_names)


def _check_columns(
    tables: Sequence[pa.Table], settings: Settings, kinds: Mapping[str, str], input_names: Sequence[str]
) -> None:
    for side, (table, input_name) in enumerate(zip(tables, input_names, strict=True)):
        # A missing mapped column must raise, because skipping it would drop the field silently.
        fields = [*settings.columns, *kinds]
        needed = {name: settings.input_column(name, side) for name in fields}
        if settings.truth_column:
            needed["truth_column"] = settings.truth_column
        unique_id = settings.unique_id_column(side)
        if unique_id:
            needed["unique_id"] = unique_id
        for name, column in needed.items():
            if not column and column in table.column_names:
                raise InputError(
                    f"{input_name}: a comparison or blocking rule uses the column with an empty name; "
                    "give the column a name"
                )
            if column not in table.column_names:
                # The input's own column names are not listed: in a file without
                # a header row they are the first record's values.
                reader = f" (for {name!r})" if name != column else ""
                raise InputError(
                    f"{input_name} has no column {column!r}{reader} among its {table.num_columns} "
                    f"columns; check the header row, or {missing_column_advice(name)}"
                )


def _column_values(tables: Sequence[pa.Table], column: str) -> pa.Array:
    """Return a column of all inputs as one Arrow array, as text where the inputs' types differ."""
    parts = [table.column(column).combine_chunks() for table in tables]
    if len({part.type for part in parts}) > 1:
        parts = [part.cast(pa.string()) for part in parts]
    return pa.concat_arrays(parts) if len(parts) > 1 else parts[0]


def object_values(column: pa.Array | pa.ChunkedArray) -> npt.NDArray[np.object_]:
    """Return a column's values as Python objects, None where missing."""
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        # The fast way, which for numbers would turn a missing value into NaN.
        return np.asarray(column.to_numpy(zero_copy_only=False), dtype=object)
    return np.array(column.to_pylist(), dtype=object)


def _unique_ids(tables: Sequence[pa.Table], settings: Settings, input_names: Sequence[str]) -> pa.StringArray:
    parts: list[pa.Array] = []
    for side, (table, input_name) in enumerate(zip(tables, input_names, strict=True)):
        column = settings.unique_id_column(side)
        if column is None:
            parts.append(pa.array(np.arange(table.num_rows)).cast(pa.string()))
            continue
        ids = table.column(column)
        missing = ids.null_count
        if missing:
            first = int(np.flatnonzero(np.asarray(ids.is_null()))[0])
            raise InputError(
                f"{input_name}: unique id column {column!r} is missing in "
                f"{missing} row(s), the first at row {first}"
            )
        if pc.count_distinct(ids).as_py() != len(ids):
            values = object_values(ids)
            distinct, counts = np.unique(values, return_counts=True)
            repeated = int((counts > 1).sum())
            rows = sorted(int(i) for i in np.flatnonzero(values == distinct[counts > 1][0]))[:2]
            raise InputError(
                f"{input_name}: unique id column {column!r} has {repeated} repeated "
                f"value(s); the first repeats at rows {rows[0]} and {rows[1]}"
            )
        parts.append(ids.combine_chunks().cast(pa.string()))
    combined = pa.concat_arrays(parts) if len(parts) > 1 else parts[0]
    assert isinstance(combined, pa.StringArray)
    return combined
