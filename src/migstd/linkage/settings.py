"""Settings of a linkage job: column mapping, comparisons, blocking and training.

Every field has a default, so ``Settings()`` links tables whose columns already
carry the canonical field names. The column mapping names the input column of
each canonical field. Other input columns can still be compared under their
own names.

>>> settings = Settings(columns={"given_name": "first", "family_name": "last"})
>>> settings.input_column("given_name")
'first'
>>> Settings.from_dict(settings.to_dict()) == settings
True
"""

from __future__ import annotations

import json
import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from migstd.errors import SettingsError
from migstd.linkage._setting_checks import (
    check_date_format,
    column_choice,
    column_mapping,
    comparison_list,
    data_type,
    flag,
    integer,
    number,
    optional_column,
    optional_number,
    rule_list,
    swapped_names,
)
from migstd.linkage.blocking_rules import BlockingRule, block_on, blocking_rule
from migstd.linkage.comparisons import (
    AddressComparison,
    Comparison,
    CountryComparison,
    DateComparison,
    ExactMatch,
    IdentifierComparison,
    NameComparison,
    PhoneComparison,
    comparison_from_dict,
)

__all__ = ["CANONICAL_FIELDS", "DEPENDENT_FIELDS", "Settings"]

# Canonical person fields and how each is prepared before comparison.
CANONICAL_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "given_name": "name",
        "family_name": "name",
        "patronymic": "name",
        "birth_date": "date",
        "sex": "sex",
        "citizenship": "country",
        "document_number": "identifier",
        "personal_number": "identifier",
        "phone": "phone",
        "address": "address",
    }
)


def _default_comparison(name: str) -> Comparison:
    kind = CANONICAL_FIELDS[name]
    if kind == "name":
        return NameComparison(name, term_frequency_adjustments=True)
    if kind == "date":
        return DateComparison(name)
    if kind == "identifier":
        return IdentifierComparison(name)
    if kind == "phone":
        return PhoneComparison(name)
    if kind == "country":
        return CountryComparison(name)
    if kind == "address":
        return AddressComparison(name)
    return ExactMatch(name)


# Default blocking rules in order; a rule is used when all its fields are present.
_DEFAULT_BLOCKING: tuple[tuple[str, ...], ...] = (
    ("given_name_key", "family_name_key"),
    ("family_name_key", "birth_date_year"),
    ("given_name_key", "birth_date"),
    ("family_name_key", "birth_date_month", "birth_date_day"),
    ("document_number",),
    ("personal_number",),
)
# Same birth date and the same first letter of a name key: catches a typo in
# one name and a different spelling of the other, and stays selective enough
# for millions of records.
_DEFAULT_INITIAL_RULES: tuple[str, ...] = (
    "l.birth_date = r.birth_date AND l.family_name_key[1] = r.family_name_key[1]",
    "l.birth_date = r.birth_date AND l.given_name_key[1] = r.given_name_key[1]",
)
_SWAPPED_NAMES_RULE = "l.given_name_key = r.family_name_key AND l.family_name_key = r.given_name_key"
# Training sessions for the m probabilities: each leaves the other fields free.
_DEFAULT_TRAINING: tuple[tuple[str, ...], ...] = (
    ("birth_date",),
    ("given_name_key", "family_name_key"),
)

# Fields whose agreement follows from another field's: two people with one
# given name nearly always share their sex, so where given names agree, sex
# agreement is no further evidence. Counting it would make namesakes look like
# matches.
DEPENDENT_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType({"given_name": ("sex",)})


def _pick(value: str | tuple[str, str], side: int) -> str:
    return value if isinstance(value, str) else value[side]


@dataclass(frozen=True)
class Settings:
    """How to link: which columns, how to compare them, which pairs, which thresholds.

    - ``columns``: canonical field name to input column name, for fields whose
      input column is named differently (see :data:`CANONICAL_FIELDS`). A pair
      ``(left_column, right_column)`` names a different column in each input
      of a link.
    - ``unique_id``: input column with each record's identifier, or a pair of
      columns as in ``columns``; without it the row number (from 0) is the
      identifier.
    - ``comparisons``, ``blocking_rules``, ``training_rules``: ``None`` derives
      them from the canonical fields present in the input.
    - ``threshold_match_probability``: pairs at or above it are matches and
      join clusters. ``threshold_match_weight``, when set, replaces it; give a
      weight for thresholds so strict that probabilities round to 1.0.
    - ``probability_two_random_records_match``: the prior; estimated when ``None``.
    - ``date_formats``: declared formats of date columns, such as
      ``{"birth_date": "YYYYMMDD"}``, or a pair of formats for the two inputs
      of a link. Without one only ISO 8601 forms are read.
    - ``max_pairs_for_u``: random pairs sampled to estimate u probabilities;
      pairs with equal values are counted over all pairs instead.
    - ``max_pairs_for_training``: pairs sampled from each training rule's block.
    - ``max_comparisons``: limit on the pairs one blocking rule may generate;
      a broader rule raises before any pair is built.
    - ``truth_column``: column with the true entity of each record, for evaluation.
    - ``one_to_one``: for a link of two inputs that each hold a person at
      most once, keep for every record only its strongest match (taken in
      order of decreasing match weight). Off by default, because inputs such
      as border crossings hold one person many times.
    - ``swapped_names``: two name fields that a record may hold in swapped
      order; pairs are graded crosswise where that agrees better. ``None``
      turns this off.
    - ``max_cluster_size``: a cluster with more records than this raises a
      :class:`~migstd.errors.MigstdWarning`, because chains of matching pairs
      may have joined different people. ``None`` turns the check off.
    """

    columns: Mapping[str, str | tuple[str, str]] = field(default_factory=dict)
    unique_id: str | tuple[str, str] | None = None
    comparisons: Sequence[Comparison] | None = None
    blocking_rules: Sequence[BlockingRule | str] | None = None
    training_rules: Sequence[BlockingRule | str] | None = None
    threshold_match_probability: float = 0.5
    threshold_match_weight: float | None = None
    probability_two_random_records_match: float | None = None
    date_formats: Mapping[str, str | tuple[str, str]] = field(default_factory=dict)
    max_pairs_for_u: int = 250_000
    max_pairs_for_training: int = 1_000_000
    max_comparisons: int = 50_000_000
    em_max_iterations: int = 30
    em_tolerance: float = 1e-5
    seed: int = 42
    truth_column: str | None = None
    swapped_names: tuple[str, str] | None = ("given_name", "family_name")
    one_to_one: bool = False
    # A person seldom has more records than this in one extract; a larger
    # cluster is more likely a chain through a common name or a bad date.
    max_cluster_size: int | None = 50

    def __post_init__(self) -> None:
        # Every value is checked and normalized once. The mappings are copied into
        # read-only views, so that changing the caller's dict changes no settings.
        prior = self.probability_two_random_records_match
        checked: dict[str, Any] = {
            "columns": MappingProxyType(column_mapping("columns", self.columns, "column")),
            "unique_id": None if self.unique_id is None else column_choice("unique_id", self.unique_id),
            "comparisons": comparison_list(self.comparisons),
            "blocking_rules": rule_list("blocking_rules", self.blocking_rules),
            "training_rules": rule_list("training_rules", self.training_rules),
            "threshold_match_probability": number(
                "threshold_match_probability", self.threshold_match_probability
            ),
            "threshold_match_weight": optional_number("threshold_match_weight", self.threshold_match_weight),
            "probability_two_random_records_match": optional_number(
                "probability_two_random_records_match", prior
            ),
            "date_formats": MappingProxyType(
                column_mapping("date_formats", self.date_formats, "date format")
            ),
            "max_pairs_for_u": integer("max_pairs_for_u", self.max_pairs_for_u, minimum=1),
            "max_pairs_for_training": integer(
                "max_pairs_for_training", self.max_pairs_for_training, minimum=1
            ),
            "max_comparisons": integer("max_comparisons", self.max_comparisons, minimum=1),
            "em_max_iterations": integer("em_max_iterations", self.em_max_iterations, minimum=1),
            "em_tolerance": number("em_tolerance", self.em_tolerance),
            "seed": integer("seed", self.seed, minimum=0),
            "truth_column": optional_column("truth_column", self.truth_column),
            "swapped_names": swapped_names(self.swapped_names),
            "one_to_one": flag("one_to_one", self.one_to_one),
            "max_cluster_size": (
                None
                if self.max_cluster_size is None
                else integer("max_cluster_size", self.max_cluster_size, minimum=2)
            ),
        }
        for name, value in checked.items():
            object.__setattr__(self, name, value)
        self._validate()

    def __reduce__(self) -> tuple[Any, ...]:
        # A MappingProxyType cannot be pickled, so settings are pickled and copied
        # as their constructor arguments and rebuilt (and checked) from them.
        values = {item.name: getattr(self, item.name) for item in fields(self)}
        values["columns"] = dict(self.columns)
        values["date_formats"] = dict(self.date_formats)
        return (_rebuild_settings, (values,))

    def _validate(self) -> None:
        probability = self.threshold_match_probability
        if not 0.0 < probability < 1.0:
            raise SettingsError(
                f"threshold_match_probability must be between 0 and 1 exclusive, got {probability}; "
                "use threshold_match_weight for thresholds near 0 or 1"
            )
        prior = self.probability_two_random_records_match
        if prior is not None and not 0.0 < prior < 1.0:
            raise SettingsError(
                f"probability_two_random_records_match must be between 0 and 1 exclusive, got {prior}"
            )
        if self.em_tolerance <= 0.0:
            raise SettingsError(f"em_tolerance must be a positive number, got {self.em_tolerance}")
        for declared in self.date_formats.values():
            for date_format in (declared,) if isinstance(declared, str) else declared:
                check_date_format(date_format)
        unknown = sorted(set(self.columns) - set(CANONICAL_FIELDS))
        if unknown:
            raise SettingsError(
                f"unknown canonical field(s) {unknown} in columns; known fields: "
                + ", ".join(CANONICAL_FIELDS)
            )
        if self.comparisons is not None:
            names = [comparison.name for comparison in self.comparisons]
            if len(set(names)) != len(names):
                raise SettingsError(f"two comparisons have the same column: {names}")
            for comparison in self.comparisons:
                _check_field_kind(comparison)
        self._check_reserved_columns()

    def _check_reserved_columns(self) -> None:
        """Raise for a comparison or rule on a column whose name starts with '_'."""
        # Such names are kept for internal columns of the prepared records (_row, _source).
        advice = "column names that start with '_' are reserved for internal columns; rename the column"
        for comparison in self.comparisons or ():
            if comparison.column.startswith("_"):
                raise SettingsError(f"comparison {comparison.name!r}: {advice}")
        for name in ("blocking_rules", "training_rules"):
            for rule in getattr(self, name) or ():
                reserved = [column for column in rule.columns if column.startswith("_")]
                if reserved:
                    raise SettingsError(f"{name}: rule {rule.sql!r} uses {reserved[0]!r}: {advice}")

    @property
    def threshold_weight(self) -> float:
        """Match weight at and above which a pair is a match."""
        if self.threshold_match_weight is not None:
            return self.threshold_match_weight
        probability = self.threshold_match_probability
        return math.log2(probability / (1.0 - probability))

    def input_column(self, name: str, side: int = 0) -> str:
        """Return the column of input ``side`` (0 or 1) that contains the field or column ``name``."""
        return _pick(self.columns.get(name, name), side)

    def date_format(self, name: str) -> str | tuple[str, str] | None:
        """Return the declared format of date field ``name``: one, a pair per input, or ``None``."""
        return self.date_formats.get(name)

    def unique_id_column(self, side: int = 0) -> str | None:
        """Return the unique id column of input ``side``, or ``None`` for row numbers."""
        return None if self.unique_id is None else _pick(self.unique_id, side)

    def mapped_columns(self, side: int) -> set[str]:
        """Return the input columns of ``side`` that the mapping assigns to canonical fields."""
        return {_pick(value, side) for value in self.columns.values()}

    def resolve_comparisons(self, available: Sequence[str]) -> tuple[Comparison, ...]:
        """Return the comparisons in force, given the fields present in the input."""
        if self.comparisons is not None:
            return tuple(self.comparisons)
        return tuple(_default_comparison(name) for name in CANONICAL_FIELDS if name in available)

    def resolve_blocking_rules(self, prepared: Sequence[str]) -> tuple[BlockingRule, ...]:
        """Return the blocking rules in force, given the prepared columns."""
        if self.blocking_rules is not None:
            return tuple(blocking_rule(rule) for rule in self.blocking_rules)
        rules = [block_on(*columns) for columns in _DEFAULT_BLOCKING if set(columns) <= set(prepared)]
        if {"given_name_key", "family_name_key"} <= set(prepared):
            rules.insert(1, blocking_rule(_SWAPPED_NAMES_RULE))
            if "birth_date" in prepared:
                rules += [blocking_rule(rule) for rule in _DEFAULT_INITIAL_RULES]
        return tuple(rules)

    def resolve_training_rules(self, prepared: Sequence[str]) -> tuple[BlockingRule, ...]:
        """Return the blocking rules of the training sessions for m probabilities."""
        if self.training_rules is not None:
            return tuple(blocking_rule(rule) for rule in self.training_rules)
        rules = [block_on(*columns) for columns in _DEFAULT_TRAINING if set(columns) <= set(prepared)]
        return tuple(rules) or self.resolve_blocking_rules(prepared)

    def to_dict(self) -> dict[str, Any]:
        """Return the settings as plain data, the form of a settings file."""
        data: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name in ("columns", "date_formats"):
                value = {key: list(v) if isinstance(v, tuple) else v for key, v in value.items()}
            elif item.name in ("unique_id", "swapped_names") and isinstance(value, tuple):
                value = list(value)
            elif item.name == "comparisons" and value is not None:
                value = [comparison.to_dict() for comparison in value]
            elif item.name in ("blocking_rules", "training_rules") and value is not None:
                value = [blocking_rule(rule).sql for rule in value]
            data[item.name] = value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Settings:
        """Build settings from plain data; unknown keys are an error."""
        if not isinstance(data, Mapping):
            raise SettingsError(
                f"settings must be an object of setting names and values, not {data_type(data)}"
            )
        known = {item.name for item in fields(cls)}
        unknown = sorted(str(key) for key in set(data) - known)
        if unknown:
            raise SettingsError(f"unknown setting(s) {unknown}; known settings: {', '.join(sorted(known))}")
        options = dict(data)
        if options.get("comparisons") is not None:
            options["comparisons"] = _comparisons_from_data(options["comparisons"])
        try:
            return cls(**options)
        except TypeError as error:
            raise SettingsError(f"invalid settings: {error}") from None

    @classmethod
    def from_file(cls, path: str | Path) -> Settings:
        """Read settings from a JSON or TOML file in UTF-8, with or without a byte order mark."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".json", ".toml"):
            shown = repr(suffix) if suffix else "(none)"
            raise SettingsError(f"{str(path)!r}: unsupported settings file type {shown}; use .json or .toml")
        try:
            content = path.read_bytes()
        except OSError as error:
            raise SettingsError(f"cannot read settings file {str(path)!r}: {error.strerror}") from None

        # The error is raised outside the handlers, so that it keeps no reference to the parser's.
        failure = ""
        try:
            text = content.decode("utf-8-sig")
            data = tomllib.loads(text) if suffix == ".toml" else json.loads(text)
        except UnicodeDecodeError as error:
            failure = f"is not UTF-8 text (invalid byte at offset {error.start})"
        except RecursionError:
            failure = "is nested too deeply to read"
        except ValueError as error:  # json.JSONDecodeError and tomllib.TOMLDecodeError
            failure = "is not valid: " + " ".join(str(error).split())
        if failure:
            raise SettingsError(f"settings file {str(path)!r} {failure}")
        if not isinstance(data, dict):
            raise SettingsError(f"settings file {str(path)!r} must contain an object at the top level")
        return cls.from_dict(data)

    def with_options(self, **changes: Any) -> Settings:
        """Return a copy with some settings changed."""
        data = {item.name: getattr(self, item.name) for item in fields(self)}
        unknown = sorted(set(changes) - set(data))
        if unknown:
            raise SettingsError(f"unknown setting(s) {unknown}")
        data.update(changes)
        return Settings(**data)


# Comparisons that read the prepared values of one kind of field; the others read
# only the normalized value, which every kind has.
_COMPARISON_OF_KIND: Mapping[str, type[Comparison]] = {
    NameComparison.kind: NameComparison,
    DateComparison.kind: DateComparison,
    PhoneComparison.kind: PhoneComparison,
    CountryComparison.kind: CountryComparison,
    AddressComparison.kind: AddressComparison,
}


def _check_field_kind(comparison: Comparison) -> None:
    """Raise when a comparison for one kind of field compares a canonical field of another kind."""
    field_kind = CANONICAL_FIELDS.get(comparison.column)
    if field_kind is None or comparison.kind not in _COMPARISON_OF_KIND or comparison.kind == field_kind:
        return
    fitting = _COMPARISON_OF_KIND.get(field_kind)
    advice = f"{fitting.__name__} or " if fitting is not None else ""
    raise SettingsError(
        f"{type(comparison).__name__}({comparison.column!r}) compares {comparison.kind}s, but "
        f"{comparison.column!r} is a {field_kind} field; use {advice}a comparison that fits any field: "
        "ExactMatch, JaroWinklerAtThresholds or LevenshteinAtThresholds"
    )


def _rebuild_settings(values: dict[str, Any]) -> Settings:
    """Rebuild pickled or copied settings from their constructor arguments."""
    return Settings(**values)


def _comparisons_from_data(value: object) -> list[Comparison]:
    """Build the comparisons of a settings file: a list of objects with 'type' and 'column'."""
    if not isinstance(value, (list, tuple)):
        raise SettingsError(
            f"comparisons must be a list of objects with 'type' and 'column', not {data_type(value)}"
        )
    comparisons = []
    for index, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise SettingsError(
                f"comparisons[{index}] must be an object with 'type' and 'column', not {data_type(item)}"
            )
        comparisons.append(comparison_from_dict(item))
    return comparisons
