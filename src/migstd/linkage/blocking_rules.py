"""Blocking rules: which record pairs are compared at all.

A blocking rule is a SQL condition on two records, written with the aliases
``l`` and ``r``. Only pairs that meet at least one rule become candidate pairs;
several rules are combined with OR, each pair counted once.

Rules refer to prepared columns: a canonical field under its own name, plus
the keys derived from it. A name field ``given_name`` also gives
``given_name_latin`` and ``given_name_key`` (equal across scripts and
romanizations); a date field ``birth_date`` gives ``birth_date_year``,
``birth_date_month`` and ``birth_date_day``.

>>> block_on("family_name_key", "birth_date_year").sql
'l."family_name_key" = r."family_name_key" AND l."birth_date_year" = r."birth_date_year"'
>>> rule = blocking_rule("l.given_name_key = r.family_name_key and l.family_name_key = r.given_name_key")
>>> rule.columns
('given_name_key', 'family_name_key')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from migstd.errors import SettingsError

__all__ = ["BlockingRule", "block_on", "blocking_rule"]

# A column reference such as l.surname or r."Date of Birth".
_COLUMN_REFERENCE = re.compile(r'\b[lr]\.(?:"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_]*))')


@dataclass(frozen=True)
class BlockingRule:
    """A SQL condition on the record aliases ``l`` and ``r``, and the columns it reads."""

    sql: str
    columns: tuple[str, ...]

    def __str__(self) -> str:
        return self.sql


def _quote(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


def block_on(*columns: str) -> BlockingRule:
    """Make a rule that pairs records with equal, non-missing values in every column."""
    if not columns:
        raise SettingsError("block_on needs at least one column")
    sql = " AND ".join(f"l.{_quote(column)} = r.{_quote(column)}" for column in columns)
    return BlockingRule(sql=sql, columns=tuple(columns))


def blocking_rule(rule: BlockingRule | str) -> BlockingRule:
    """Return ``rule`` as a :class:`BlockingRule`, reading the columns a SQL string uses."""
    if isinstance(rule, BlockingRule):
        return rule
    if not isinstance(rule, str) or not rule.strip():
        raise SettingsError("a blocking rule must be a non-empty SQL string or a BlockingRule")
    columns: list[str] = []
    for quoted, bare in _COLUMN_REFERENCE.findall(rule):
        column = quoted.replace('""', '"') if quoted else bare
        if column not in columns:
            columns.append(column)
    if not columns:
        raise SettingsError(
            f"blocking rule {rule!r} refers to no column; write conditions such as "
            "'l.family_name_key = r.family_name_key'"
        )
    return BlockingRule(sql=rule.strip(), columns=tuple(columns))
