"""Reverse transliteration: Georgian candidates for romanized text.

Only ISO 9984 is one-to-one, so its reverse has one result. The other systems
merge letters (the passport form writes კ and ქ both as k) or have spellings
that read two ways (national "kh" is ხ or ქ + ჰ), so the reverse of their
text is a ranked list of Georgian candidates.

>>> to_georgian("Beridze", "passport")[0]
'ბერიძე'
>>> to_georgian("K'ap'anadze")[0]
'კაპანაძე'
>>> to_georgian("sicocxle", "chat")[0]
'სიცოცხლე'
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Final

from migstd.errors import SettingsError, ValidationError
from migstd.script._iso_reverse import iso9984_to_georgian
from migstd.script._normalize import normalize

__all__ = ["REVERSE_SYSTEMS", "to_georgian"]

# Latin spelling -> Georgian readings, per system, after normalize() and
# casefold(). A longer spelling and a split into shorter ones are both tried,
# so "kh" in the national system gives ხ from the unit "kh" and ქ + ჰ from
# "k" + "h"; only spellings are listed, not their splits.
_COMMON: Final[dict[str, tuple[str, ...]]] = {
    "a": ("ა",), "b": ("ბ",), "g": ("გ",), "d": ("დ",), "e": ("ე",), "v": ("ვ",),
    "z": ("ზ",), "i": ("ი",), "l": ("ლ",), "m": ("მ",), "n": ("ნ",), "o": ("ო",),
    "r": ("რ",), "s": ("ს",), "u": ("უ",), "j": ("ჯ",), "h": ("ჰ",),
}  # fmt: skip

# National system of 2002 (BGN/PCGN 2009): the apostrophe marks the ejective.
_NATIONAL: Final[dict[str, tuple[str, ...]]] = {
    **_COMMON,
    "t": ("თ",), "k": ("ქ",), "p": ("ფ",), "q": ("ყ",),
    "k'": ("კ",), "p'": ("პ",), "t'": ("ტ",), "q'": ("ყ",), "ts'": ("წ",), "ch'": ("ჭ",),
    "kh": ("ხ",), "gh": ("ღ",), "zh": ("ჟ",), "sh": ("შ",), "ts": ("ც",), "dz": ("ძ",), "ch": ("ჩ",),
}  # fmt: skip

# Passport form: the national system without apostrophes, so each ejective
# and its aspirate share a spelling. Apostrophes, when present, still count.
_PASSPORT: Final[dict[str, tuple[str, ...]]] = {
    **_NATIONAL,
    "t": ("თ", "ტ"), "k": ("ქ", "კ"), "p": ("ფ", "პ"), "ts": ("ც", "წ"), "ch": ("ჩ", "ჭ"),
}  # fmt: skip

# BGN/PCGN 1981: the apostrophe marks the aspirate, the opposite of the
# national system; q' is the archaic ჴ (Pedersen, Transliteration of Georgian).
_BGN1981: Final[dict[str, tuple[str, ...]]] = {
    **_COMMON,
    "t": ("ტ",), "k": ("კ",), "p": ("პ",), "q": ("ყ",), "ts": ("წ",), "ch": ("ჭ",),
    "t'": ("თ",), "k'": ("ქ",), "p'": ("ფ",), "ts'": ("ც",), "ch'": ("ჩ",), "q'": ("ჴ",),
    "kh": ("ხ",), "gh": ("ღ",), "zh": ("ჟ",), "sh": ("შ",), "dz": ("ძ",),
}  # fmt: skip

# ALA-LC (Library of Congress, 1997, re-approved 2011): ʻ U+02BB marks the
# aspirate and becomes "'" in normalize(); ძ is ż, or ẓ as LoC ScriptShifter
# reads it; a lone ʻ is ჸ.
_ALA_LC: Final[dict[str, tuple[str, ...]]] = {
    **_COMMON,
    "t": ("ტ",), "k": ("კ",), "p": ("პ",), "q": ("ყ",), "c": ("წ",), "č": ("ჭ",),
    "t'": ("თ",), "k'": ("ქ",), "p'": ("ფ",), "c'": ("ც",), "č'": ("ჩ",),
    "ž": ("ჟ",), "š": ("შ",), "ġ": ("ღ",), "ż": ("ძ",), "ẓ": ("ძ",), "x": ("ხ",),
    "ē": ("ჱ",), "y": ("ჲ",), "w": ("ჳ",), "x\u0323": ("ჴ",), "ō": ("ჵ",), "f": ("ჶ",), "ĕ": ("ჷ",),
    "'": ("ჸ",),
}  # fmt: skip

# Chat style, as typed on Latin keyboards and in web slugs: q for ქ, y for ყ,
# x for ხ, c for ც, w for წ, th and ph for the aspirates, g for ღ and j for ჟ
# at times. Apostrophes are dropped.
# NOTE: the Georgian keyboard's Shift letters (T თ, W ჭ, R ღ, S შ, J ჟ, Z ძ,
# C ჩ) are lost because input is case folded; read them here if such data occurs.
_CHAT: Final[dict[str, tuple[str, ...]]] = {
    **_COMMON,
    "g": ("გ", "ღ"), "z": ("ზ", "ძ"), "j": ("ჯ", "ჟ"),
    "t": ("თ", "ტ"), "k": ("კ", "ქ"), "p": ("პ", "ფ"), "q": ("ქ", "ყ"), "ch": ("ჩ", "ჭ"),
    "ts": ("ც", "წ"), "th": ("თ",), "ph": ("ფ",), "f": ("ფ",), "y": ("ყ",), "qh": ("ყ",),
    "x": ("ხ",), "kh": ("ხ",), "c": ("ც",), "w": ("წ",), "gh": ("ღ",), "sh": ("შ",),
    "zh": ("ჟ",), "dz": ("ძ",), "'": ("",),
}  # fmt: skip

_UNITS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "national": _NATIONAL,
    "passport": _PASSPORT,
    "bgn1981": _BGN1981,
    "ala-lc": _ALA_LC,
    "chat": _CHAT,
}

REVERSE_SYSTEMS: Final[tuple[str, ...]] = ("iso9984", *_UNITS)

# Scores are natural logarithms, so they add up over letters and words.
# A lexicon hit adds this bonus so that a known name outranks the readings
# that the letter pairs alone prefer. With it, every one of the 914 lexicon
# names read back from its passport form comes first (measured, not proven).
LEXICON_BONUS: Final = 10.0
# A surname ending (-შვილი, -ძე, ...) on a word outside the lexicon.
ENDING_BONUS: Final = 3.0
# Cost of each Latin unit read, so a digraph read as one letter (kh as ხ)
# beats its split (ქ + ჰ) unless the letter pairs favour the split.
UNIT_COST: Final = 1.0
# Cost of each step down a spelling's list of readings, which puts the more
# frequent letter first (თ before ტ for chat-style t), to rank readings that
# the letter pairs do not separate.
ALTERNATIVE_COST: Final = 0.5
# Partial readings kept per position of a word during the beam search.
BEAM_WIDTH: Final = 64

SURNAME_ENDINGS: Final[tuple[str, ...]] = ("შვილი", "ძე", "ია", "ავა", "ური", "ანი", "ელი", "ონი")

_WORD: Final = re.compile(r"[^\W\d_][\w'\u0300-\u036f]*")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """Name counts, the prefixes of the names and a letter-pair model."""

    counts: dict[str, int]
    prefixes: frozenset[str]
    pair_log_probability: dict[tuple[str, str], float]
    unseen_log_probability: dict[str, float]


@functools.cache
def _lexicon() -> _Lexicon:
    text = resources.files("migstd.script").joinpath("data", "name_lexicon.tsv").read_text(encoding="utf-8")
    counts: Counter[str] = Counter()
    for line in text.splitlines():
        if not line or line.startswith(("#", "georgian\t")):
            continue
        georgian, _kind, bearers = line.split("\t")
        counts[georgian] += int(bearers)

    prefixes = frozenset(name[:end] for name in counts for end in range(1, len(name) + 1))

    # Letter pairs of the lexicon, each name counted once, with "^" and "$"
    # at the word edges. Add-one smoothing spreads over the 33 modern letters and "$".
    pairs: Counter[tuple[str, str]] = Counter()
    for name in counts:
        padded = f"^{name}$"
        pairs.update(itertools.pairwise(padded))
    following: Counter[str] = Counter()
    for (first, _second), count in pairs.items():
        following[first] += count
    outcomes = 34
    pair_log_probability = {
        pair: math.log((count + 1) / (following[pair[0]] + outcomes)) for pair, count in pairs.items()
    }
    unseen = {first: math.log(1 / (total + outcomes)) for first, total in following.items()}
    return _Lexicon(dict(counts), prefixes, pair_log_probability, unseen)


def _pair_score(lexicon: _Lexicon, previous: str, char: str) -> float:
    score = lexicon.pair_log_probability.get((previous, char))
    if score is not None:
        return score
    return lexicon.unseen_log_probability.get(previous, -math.log(34))


def _word_score(lexicon: _Lexicon, georgian: str) -> float:
    """Score the whole-word evidence: a lexicon hit, else a surname ending."""
    count = lexicon.counts.get(georgian)
    if count is not None:
        return LEXICON_BONUS + math.log(count)
    if georgian.endswith(SURNAME_ENDINGS) and len(georgian) > 3:
        return ENDING_BONUS
    return 0.0


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN")


def _unreadable(word: str, position: int, system: str) -> ValidationError:
    char = word[position]
    return ValidationError(
        f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')} cannot be "
        f"read in the {system!r} system; check the system or remove the character",
        field="text",
        rule="unmapped_letter",
    )


def _read_word(word: str, system: str, limit: int) -> list[tuple[float, str]]:
    """Return up to ``limit`` (score, Georgian) readings of one word, best first."""
    units = _UNITS[system]
    lexicon = _lexicon()
    longest = max(len(spelling) for spelling in units)

    # states[i] maps a Georgian reading of word[:i] to its score so far.
    states: list[dict[str, float]] = [{} for _ in range(len(word) + 1)]
    states[0][""] = 0.0
    for position in range(len(word)):
        if not states[position]:
            continue
        beam = heapq.nlargest(
            BEAM_WIDTH,
            states[position].items(),
            key=lambda item: (item[1] + (LEXICON_BONUS if item[0] in lexicon.prefixes else 0.0), item[0]),
        )
        for size in range(1, longest + 1):
            spelling = word[position : position + size]
            if len(spelling) < size:
                break
            readings = units.get(spelling)
            if readings is None and size == 1 and spelling != "'" and not _is_latin_letter(spelling):
                readings = (spelling,)  # a Georgian letter, digit or mark that no unit covers is kept
            for rank, reading in enumerate(readings or ()):
                target = states[position + size]
                for georgian, score in beam:
                    previous = georgian[-1] if georgian else "^"
                    added = score - UNIT_COST - ALTERNATIVE_COST * rank
                    for char in reading:
                        added += _pair_score(lexicon, previous, char)
                        previous = char
                    extended = georgian + reading
                    if added > target.get(extended, -math.inf):
                        target[extended] = added

    if not states[-1]:
        reached = max(index for index, state in enumerate(states) if state)
        raise _unreadable(word, reached, system)

    finished: list[tuple[float, str]] = []
    for georgian, score in states[-1].items():
        end_score = _pair_score(lexicon, georgian[-1] if georgian else "^", "$")
        finished.append((score + end_score + _word_score(lexicon, georgian), georgian))
    return sorted(finished, key=lambda item: (-item[0], item[1]))[:limit]


def _combine(parts: Iterable[list[tuple[float, str]]], limit: int) -> list[str]:
    """Join the readings of the parts of a text, keeping the ``limit`` best sums."""
    combined: list[tuple[float, str]] = [(0.0, "")]
    for readings in parts:
        joined = [
            (score + part_score, text + part) for score, text in combined for part_score, part in readings
        ]
        combined = sorted(joined, key=lambda item: (-item[0], item[1]))[:limit]
    return [text for _score, text in combined]


def to_georgian(text: str, system: str = "national", *, limit: int = 10) -> list[str] | str:
    """Transliterate romanized text back into Georgian (Mkhedruli).

    For ``system="iso9984"`` the reverse is exact, so the result is one string,
    that of :func:`migstd.script.iso9984_to_georgian`.
    For the lossy systems it is a list of at most ``limit`` Georgian
    candidates, best first, with ties broken by code point order, so the
    result is deterministic:

    * ``"national"``: the national system of 2002 (BGN/PCGN 2009). The
      apostrophe marks the ejective (k' კ, k ქ), and the digraphs kh, gh, zh,
      sh, ts and dz also read as two letters (ქ + ჰ, გ + ჰ, ზ + ჰ, ს + ჰ,
      თ + ს, დ + ზ).
    * ``"passport"``: the national system without apostrophes, so k is ქ or
      კ, p ფ or პ, t თ or ტ, ts ც or წ, ch ჩ or ჭ, and q ყ.
    * ``"bgn1981"``: BGN/PCGN 1981, where the apostrophe marks the aspirate
      (k' ქ, k კ).
    * ``"ala-lc"``: the Library of Congress tables (ʻ marks the aspirate;
      ž š ġ ż x č c, and the archaic letters ē y w x̣ ō f ĕ).
    * ``"chat"``: informal Latin typing: q ქ or ყ, y ყ, x ხ, c ც, w წ,
      th თ, ph and f ფ, gh and g ღ, and t, k, p, ch, ts for either letter of
      a pair.

    The text is normalized first (:func:`migstd.script.normalize`) and case
    folded, so "BERIDZE", "Beridze" and "beridze" give the same candidates.
    Characters outside words (spaces, hyphens, digits) are kept, and each word
    is read separately.

    Scoring, in natural-log units, per word: each Latin unit read costs
    ``UNIT_COST``, plus ``ALTERNATIVE_COST`` for each step down the list of
    readings of its spelling (the passport t is თ first, then ტ); each
    Georgian letter adds the log-probability of following the letter before
    it, estimated from the letter pairs of the name lexicon (Georgian given
    names and surnames of the 2012 voter list and Faker's ka_GE surnames,
    add-one smoothed); a reading that is a name of the lexicon
    adds ``LEXICON_BONUS`` plus the log of its count, and any other reading
    that ends in a surname ending (-შვილი, -ძე, -ია, -ავა, -ური, -ანი, -ელი,
    -ონი) adds ``ENDING_BONUS``. A text's score is the sum over its words.
    The beam search keeps ``BEAM_WIDTH`` readings per position, favouring
    prefixes of lexicon names.

    A name outside the lexicon is ranked by its letter pairs and ending only.
    As an estimate of that case, 200 random lexicon names, each removed from
    the lexicon in turn (but not from the letter-pair counts), came back from
    their passport form first 169 times and in the top 3 196 times.

    Raises :class:`~migstd.errors.SettingsError` for an unknown system or a
    ``limit`` below 1, and :class:`~migstd.errors.ValidationError` with rule
    ``unmapped_letter`` for a character that the system cannot read (x in
    the national system, for example), naming its code point.

    >>> to_georgian("Kapanadze", "passport")[:2]
    ['კაპანაძე', 'კაფანაძე']
    >>> to_georgian("NINO BERIDZE", "passport", limit=1)
    ['ნინო ბერიძე']
    >>> to_georgian("mtskheta")[0]
    'მცხეთა'
    """

    if not isinstance(text, str):
        raise TypeError(f"to_georgian() takes a str, not {type(text).__name__}")
    if system not in REVERSE_SYSTEMS:
        known = ", ".join(repr(name) for name in REVERSE_SYSTEMS)
        raise SettingsError(f"unknown romanization system {system!r}; known systems: {known}")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise SettingsError(f"invalid limit {limit!r}; use a whole number of 1 or more")

    if system == "iso9984":
        return iso9984_to_georgian(text)

    folded = normalize(text).casefold()
    parts: list[list[tuple[float, str]]] = []
    end = 0
    for match in _WORD.finditer(folded):
        if match.start() > end:
            parts.append([(0.0, folded[end : match.start()])])
        parts.append(_read_word(match.group(), system, limit))
        end = match.end()
    if end < len(folded):
        parts.append([(0.0, folded[end:])])
    return _combine(parts, limit)
