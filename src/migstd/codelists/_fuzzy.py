"""Approximate search over a code list's codes, labels and aliases.

:func:`search` normalizes the query and every label and alias the same way:
Georgian script folded by :func:`migstd.script.normalize`, case folded, and
punctuation such as hyphens, commas and brackets read as spaces. Georgian labels
and aliases are also matched in their national-system romanization, so
"Sakartvelo" finds Georgia. The query is compared only with texts in its own
script (Latin, Georgian or Cyrillic), and with all texts when it has no letters
or mixes scripts.

A text's score (0 to 100) is the higher of rapidfuzz's ``ratio`` (edit
distance) and ``token_ratio`` (word order and word subsets ignored). The
latter is multiplied by 0.95 when one text is at least one and a half times as
long as the other. This is the core of rapidfuzz's ``WRatio`` without its partial-substring
scores, which cost most of its time and rate a short alias inside a long query
highly. Codes and texts of at most three characters (such as "UK") match only
exactly.

An exact match of the normalized query with a code, label or alias scores 100.
Every other match is capped at 99, so an exact name always outranks a near one:
"Niger" finds Niger before Nigeria. Each entry appears once, with its best
score. Ties are broken by the kind of text matched (a code, then a label, then
an alias, then a romanization), then by putting codes in force before retired
ones (GE is Georgia's code and was the Gilbert and Ellice Islands'), and then by
the entry's position in the list, so the order never depends on anything but
the list and the query.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz, process

from migstd.codelists._codelist import EntryT, text_key
from migstd.codelists._match import FuzzyMatch
from migstd.errors import ValidationError
from migstd.script import Script, detect_script, normalize, to_latin

if TYPE_CHECKING:
    from migstd.codelists._codelist import CodeList

__all__ = ["FuzzyMatch", "search"]

# Kinds of matched text, in tie-break order.
_KINDS = ("code", "label", "alias", "romanization")

# The range of scores, and the highest score of a match that is not exact.
_MIN_SCORE = 0.0
_MAX_SCORE = 100.0
_MAX_INEXACT = 99.0

# Maximum length of a query text, in characters. Scoring time grows faster than
# linearly with the query's length, so megabytes take minutes, while the longest
# label or alias of the shipped lists has 116 characters.
MAX_QUERY_LENGTH = 1000

# Texts up to this length match only exactly.
_MAX_EXACT_ONLY = 3

# Length ratio from which word-based scores are scaled down, and the factor.
_LONG_RATIO = 1.5
_LONG_SCALE = 0.95

_PUNCTUATION = re.compile(r"[\s\-‐‑–—_,.;:/()\[\]'’\"«»]+")

_cache_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class _Group:
    """The distinct normalized texts of one script, with the owners of each."""

    keys: list[str]
    lengths: NDArray[np.float64]
    owners: list[list[int]]


@dataclass(frozen=True, slots=True)
class _SearchIndex:
    # For each text: the entry's position, the kind's rank and the text itself.
    owners: list[tuple[int, int, str]]
    # Texts that fuzzy matching compares, by script ("latin", "georgian", "cyrillic").
    groups: dict[str, _Group]
    # Owners by normalized text, for exact matches.
    exact: dict[str, list[int]]
    entries: tuple[Any, ...]


def fuzzy_key(text: str) -> str:
    """Return the form of ``text`` that fuzzy search compares.

    >>> fuzzy_key("Saint-Martin (French part)")
    'saint martin french part'
    """
    return " ".join(_PUNCTUATION.sub(" ", text_key(text)).split())


def search(
    codelist: CodeList[EntryT], text: str, *, limit: int, min_score: float
) -> list[FuzzyMatch[EntryT]]:
    """Return up to ``limit`` entries of ``codelist`` scoring at least ``min_score`` against ``text``.

    Raises :class:`TypeError` when ``text`` is not a string, ``limit`` not an
    integer or ``min_score`` not a number, and :class:`ValueError` when
    ``limit`` is below 1 or ``min_score`` is outside 0 to 100 or NaN. A text
    longer than 1,000 characters raises :class:`~migstd.errors.ValidationError`,
    also a :class:`ValueError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if len(text) > MAX_QUERY_LENGTH:
        raise ValidationError(
            f"{len(text)} characters, more than the {MAX_QUERY_LENGTH} that fuzzy search accepts",
            field="text",
            rule="max_length",
        )
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    if isinstance(min_score, bool) or not isinstance(min_score, int | float):
        raise TypeError(f"min_score must be a number, not {type(min_score).__name__}")
    # The comparison is false for NaN, which would otherwise drop every inexact match.
    if not _MIN_SCORE <= min_score <= _MAX_SCORE:
        raise ValueError(f"min_score must be between {_MIN_SCORE:g} and {_MAX_SCORE:g}, not {min_score}")

    query = fuzzy_key(text)
    if not query:
        return []

    index = _search_index(codelist)

    # Best (score, kind rank, matched text) per entry position.
    best: dict[int, tuple[float, int, str]] = {}
    for owner in index.exact.get(query, ()):
        _keep_best(best, index.owners[owner], 100.0)

    script = _script_of(query)
    groups = [index.groups[script]] if script in index.groups else list(index.groups.values())
    for group in groups:
        scores = _scores(query, group)
        for key_number in np.flatnonzero(scores >= min_score):
            score = min(float(scores[key_number]), _MAX_INEXACT)
            for owner in group.owners[key_number]:
                _keep_best(best, index.owners[owner], score)

    entries = index.entries
    ranked = sorted(
        best.items(), key=lambda item: (-item[1][0], item[1][1], entries[item[0]].retired, item[0])
    )
    return [
        FuzzyMatch(index.entries[position], score, matched, _KINDS[kind])
        for position, (score, kind, matched) in ranked[:limit]
    ]


def _scores(query: str, group: _Group) -> NDArray[np.float64]:
    edit: NDArray[np.float64] = process.cdist([query], group.keys, scorer=fuzz.ratio, dtype=np.float64)[0]
    words: NDArray[np.float64] = process.cdist(
        [query], group.keys, scorer=fuzz.token_ratio, dtype=np.float64
    )[0]

    query_length = float(len(query))
    longer = np.maximum(group.lengths, query_length)
    shorter = np.minimum(group.lengths, query_length)
    words = np.where(longer >= _LONG_RATIO * shorter, words * _LONG_SCALE, words)
    return np.maximum(edit, words)


def _script_of(key: str) -> str:
    """Return "georgian", "cyrillic" or "latin" for a text of one script, else "mixed"."""
    scripts = set()
    for character in key:
        if not character.isalpha():
            continue
        if "\u10a0" <= character <= "\u10ff" or "\u1c90" <= character <= "\u1cbf":
            scripts.add("georgian")
        elif "\u0400" <= character <= "\u04ff":
            scripts.add("cyrillic")
        else:
            scripts.add("latin")
    return scripts.pop() if len(scripts) == 1 else "mixed"


def _keep_best(best: dict[int, tuple[float, int, str]], owner: tuple[int, int, str], score: float) -> None:
    position, kind, matched = owner
    current = best.get(position)
    if current is None or (score, -kind) > (current[0], -current[1]):
        best[position] = (score, kind, matched)


def _search_index(codelist: CodeList[Any]) -> _SearchIndex:
    cached: _SearchIndex | None = getattr(codelist, "_search_index", None)
    if cached is not None:
        return cached

    with _cache_lock:
        cached = getattr(codelist, "_search_index", None)
        if cached is None:
            cached = _build(tuple(codelist))
            codelist._search_index = cached
        return cached


def _build(entries: tuple[Any, ...]) -> _SearchIndex:
    owners: list[tuple[int, int, str]] = []
    exact: dict[str, list[int]] = {}
    # Owners of each fuzzy-matched text, by script and then by text.
    by_script: dict[str, dict[str, list[int]]] = {}

    def add(text: str, position: int, kind: int, fuzzy: bool = True) -> None:
        key = fuzzy_key(text)
        if not key:
            return
        exact.setdefault(key, []).append(len(owners))
        if fuzzy and len(key) > _MAX_EXACT_ONLY:
            by_script.setdefault(_script_of(key), {}).setdefault(key, []).append(len(owners))
        owners.append((position, kind, text))

    for position, entry in enumerate(entries):
        # Codes are short, so they match exactly or not at all.
        for code in (entry.code, *entry.alternative_codes()):
            add(code, position, 0, fuzzy=False)
        for label in entry.labels.values():
            add(label, position, 1)
        for alias in entry.aliases:
            add(alias, position, 2)
        for georgian in (*entry.labels.values(), *entry.aliases):
            if detect_script(normalize(georgian)) is Script.MKHEDRULI:
                add(to_latin(georgian, system="national"), position, 3)

    groups = {
        script: _Group(
            list(texts), np.array([len(key) for key in texts], dtype=np.float64), list(texts.values())
        )
        for script, texts in by_script.items()
    }
    return _SearchIndex(owners, groups, exact, entries)
