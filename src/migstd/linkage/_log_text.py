"""Wording of the linkage log lines: counts with the noun in the right number, rules in one style.

:func:`~migstd.linkage.block_on` quotes every column (``l."birth_date"``)
while rules written by hand usually do not (``l.birth_date``). The log lines
show both kinds without the quotes that a plain lower-case name does not need.

>>> format_count(1, "pair"), format_count(3, "pair"), format_count(2, "match", "matches")
('1 pair', '3 pairs', '2 matches')
>>> format_rule('l."birth_date" = r."birth_date" AND l.given_name_key[1] = r.given_name_key[1]')
'l.birth_date = r.birth_date AND l.given_name_key[1] = r.given_name_key[1]'
>>> format_rule('l."Date of Birth" = r."Date of Birth"')
'l."Date of Birth" = r."Date of Birth"'
"""

from __future__ import annotations

import re

__all__ = ["format_count", "format_rule"]

# A quoted column reference whose name reads the same without the quotes.
_PLAIN_QUOTED_COLUMN = re.compile(r'\b([lr])\."([a-z_][a-z0-9_]*)"')


def format_count(count: int, singular: str, plural: str | None = None) -> str:
    """Return ``count`` followed by the noun in the singular for 1 and in the plural otherwise."""
    noun = singular if count == 1 else (plural or singular + "s")
    return f"{count} {noun}"


def format_rule(sql: str) -> str:
    """Return a blocking rule's SQL with plain lower-case column names unquoted, for log lines."""
    return _PLAIN_QUOTED_COLUMN.sub(r"\1.\2", sql)
