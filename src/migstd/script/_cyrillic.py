"""Russian Cyrillic forms of Georgian names, in both directions.

:func:`to_cyrillic` writes Georgian in Russian letters by the Georgian-Russian
practical transcription. Its source is the table of rules in the Russian
Wikipedia article "Грузинско-русская практическая транскрипция" (copy of
June 2025). The transcription merges letters that Russian does not
distinguish (კ, ქ and ყ are all к), so :func:`from_cyrillic` returns ranked
Georgian candidates, not a single result.

>>> to_cyrillic("ნინო ბერიძე")
'Нино Беридзе'
>>> to_cyrillic("გამსახურდია ყოლბაია")
'Гамсахурдия Колбая'
>>> from_cyrillic("Беридзе")[0]
'ბერიძე'
>>> from_cyrillic("Георгий Капанадзе", limit=2)
['გიორგი კაპანაძე', 'გიორგი კაფანაძე']
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import re
from collections import Counter
from typing import Final

from migstd.errors import SettingsError
from migstd.script._keys import data_rows, load_given_name_aliases
from migstd.script._normalize import normalize

__all__ = ["from_cyrillic", "to_cyrillic"]

_GEORGIAN_VOWELS: Final = frozenset("აეიოუ")

# Georgian-Russian practical transcription, one Russian value per modern letter.
_RUSSIAN_BY_GEORGIAN: Final[dict[str, str]] = {
    "ა": "а", "ბ": "б", "გ": "г", "დ": "д", "ე": "е", "ვ": "в", "ზ": "з", "თ": "т",
    "ი": "и", "კ": "к", "ლ": "л", "მ": "м", "ნ": "н", "ო": "о", "პ": "п", "ჟ": "ж",
    "რ": "р", "ს": "с", "ტ": "т", "უ": "у", "ფ": "п", "ქ": "к", "ღ": "г", "ყ": "к",
    "შ": "ш", "ჩ": "ч", "ც": "ц", "ძ": "дз", "წ": "ц", "ჭ": "ч", "ხ": "х", "ჯ": "дж",
    "ჰ": "х",
}  # fmt: skip
_TO_CYRILLIC: Final = str.maketrans(_RUSSIAN_BY_GEORGIAN)
_GEORGIAN_WORD: Final = re.compile(f"[{''.join(_RUSSIAN_BY_GEORGIAN)}]+")


def _transcribe_word(match: re.Match[str]) -> str:
    word = match.group()

    # -ია after a vowel is я by the rule (ყოლბაია, Колбая). After a consonant
    # the rule gives -иа, but Russian usage writes -ия (Бокерия, Гамсахурдия),
    # and the usage form is what Russian-mediated records carry.
    ending = ""
    if len(word) > 2 and word.endswith("ია"):
        word, ending = word[:-2], ("я" if word[-3] in _GEORGIAN_VOWELS else "ия")

    cyrillic = word.translate(_TO_CYRILLIC) + ending
    if word.startswith("ე"):
        cyrillic = "э" + cyrillic[1:]
    return cyrillic[:1].upper() + cyrillic[1:]


def to_cyrillic(text: str) -> str:
    """Transcribe Georgian names into Russian Cyrillic, capitalising each word.

    The letters follow the Georgian-Russian practical transcription. Each
    ejective and its aspirate share a Russian letter (კ ქ ყ к, თ ტ т, პ ფ п,
    ც წ ц, ჩ ჭ ч). ღ is г, ხ and ჰ are х, ძ is дз and ჯ is дж. ე is э at the
    start of a word and е elsewhere. A final -ია is -я after a vowel, as the
    rule states, and -ия after a consonant, as Russian usage writes it.

    Only the 33 modern Mkhedruli letters are transcribed. Georgian capitals
    and old scripts are first folded by :func:`migstd.script.normalize`;
    archaic letters and all other characters are kept as they are.

    Names with an established Russian form are not looked up: გიორგი becomes
    Гиорги, not Георгий, and ელდარ becomes Элдар, not Эльдар. Russian spelling
    sometimes writes ი after a vowel as й (Харайшвили for ხარაიშვილი), which
    the transcription rule does not, so the output is Хараишвили.

    >>> to_cyrillic("ჯუღაშვილი")
    'Джугашвили'
    >>> to_cyrillic("ელიავა ჯაფარიძე-ფიფია")
    'Элиава Джапаридзе-Пипия'
    """

    if not isinstance(text, str):
        raise TypeError(f"to_cyrillic() takes a str, not {type(text).__name__}")
    return _GEORGIAN_WORD.sub(_transcribe_word, normalize(text))


# Georgian readings of each Russian spelling. The first reading is the one
# the transcription rule gives for most names; the ranking decides between
# them. я and -ия are both ია, and ь and ъ have no Georgian counterpart.
_GEORGIAN_BY_RUSSIAN: Final[dict[str, tuple[str, ...]]] = {
    "а": ("ა",), "б": ("ბ",), "в": ("ვ",), "г": ("გ", "ღ"), "д": ("დ",), "е": ("ე",),
    "ж": ("ჟ",), "з": ("ზ",), "и": ("ი",), "к": ("კ", "ქ", "ყ"), "л": ("ლ",),
    "м": ("მ",), "н": ("ნ",), "о": ("ო",), "п": ("პ", "ფ"), "р": ("რ",), "с": ("ს",),
    "т": ("თ", "ტ"), "у": ("უ",), "ф": ("ფ",), "х": ("ხ", "ჰ"), "ц": ("ც", "წ"),
    "ч": ("ჩ", "ჭ"), "ш": ("შ",), "щ": ("შჩ",), "ю": ("იუ",), "я": ("ია",),
    "дз": ("ძ", "დზ"), "дж": ("ჯ", "დჟ"), "ия": ("ია",),
}  # fmt: skip
_RUSSIAN_UNITS: Final = re.compile("ия$|дз|дж|.", re.DOTALL)

# Spellings that Russian writes in several ways for one Georgian sound. The
# comparison form maps each to one spelling before readings are looked up.
_CYRILLIC_FORM: Final = str.maketrans({"ё": "е", "э": "е", "й": "и", "ы": "и", "ь": "", "ъ": ""})
_FINAL_IA: Final = re.compile(r"иа\b")
_RUSSIAN_LETTER: Final = re.compile("[а-яёА-ЯЁ]")
_WORD_SEPARATORS: Final = re.compile(r"([\s\-\u2010-\u2015\u2212]+)")

# Surname endings that make a candidate more likely (-ძე, -შვილი, and the
# Mingrelian, Svan and other regional endings), checked on the candidate.
_SURNAME_ENDINGS: Final = ("ძე", "შვილი", "ია", "ავა", "ური", "ანი", "ელი")

# Score terms, in natural-log units. A lexicon name outranks every spelling
# that is not in the lexicon, and a given-name alias outranks both, so the
# attested form comes first. The ending bonus only reorders non-lexicon
# candidates of about equal letter score.
_ALIAS_SCORE: Final = 100.0
_LEXICON_BONUS: Final = 30.0
_ENDING_BONUS: Final = 1.0
# Candidates kept per word before the lexicon and ending terms are added.
_BEAM_WIDTH: Final = 64
# Largest accepted limit. Combining the words of a long text keeps up to
# limit x (candidates per word) partial readings, so the limit bounds memory.
_MAX_LIMIT: Final = 1000


def _cyrillic_form(word: str) -> str:
    """Return the comparison form of a Russian word: lower case, one spelling per sound.

    Only Russian letters are lower-cased, so other characters stay as written.
    """
    lowered = "".join(char.lower() if _RUSSIAN_LETTER.match(char) else char for char in word)
    return _FINAL_IA.sub("ия", lowered.translate(_CYRILLIC_FORM))


@functools.cache
def _lexicon() -> dict[str, int]:
    """Map each Georgian name of ``data/name_lexicon.tsv`` to its largest count."""
    counts: dict[str, int] = {}
    for row in data_rows("name_lexicon.tsv"):
        counts[row["georgian"]] = max(counts.get(row["georgian"], 0), int(row["count"]))
    return counts


@functools.cache
def _lexicon_by_cyrillic() -> dict[str, tuple[str, ...]]:
    """Map the comparison form of each lexicon name's transcription to the names."""
    names: dict[str, list[str]] = {}
    for georgian in sorted(_lexicon()):
        names.setdefault(_cyrillic_form(to_cyrillic(georgian)), []).append(georgian)
    return {form: tuple(group) for form, group in names.items()}


@functools.cache
def _aliases_by_cyrillic() -> dict[str, str]:
    """Map the comparison form of each Cyrillic alias variant to its canonical name."""
    return {
        _cyrillic_form(alias.variant): alias.canonical
        for alias in load_given_name_aliases()
        if _RUSSIAN_LETTER.search(alias.variant)
    }


@functools.cache
def _reading_priors() -> dict[str, dict[str, float]]:
    """Return log P(reading | Russian spelling), counted in the lexicon.

    Each reading is counted once per occurrence in each distinct lexicon
    name, plus one (Laplace smoothing), so that a reading that no lexicon
    name contains keeps a small probability.
    """
    names = list(_lexicon())
    priors: dict[str, dict[str, float]] = {}
    for spelling, readings in _GEORGIAN_BY_RUSSIAN.items():
        counts = Counter({reading: 1 + sum(name.count(reading) for name in names) for reading in readings})
        total = sum(counts.values())
        priors[spelling] = {reading: math.log(count / total) for reading, count in counts.items()}
    return priors


def _spelled_candidates(form: str) -> list[tuple[float, str]]:
    """Return the best letter-by-letter readings of one word with their letter scores."""
    # NOTE: a word outside the lexicon is ranked by these per-letter priors
    # alone, which ignore the neighbouring letters, so a name with the rarer
    # reading of a merged letter comes lower (Джугашвили gives ჯუგაშვილი
    # before ჯუღაშვილი). A larger lexicon is the fix, not a longer beam.
    priors = _reading_priors()
    beam: list[tuple[float, str]] = [(0.0, "")]
    for unit in _RUSSIAN_UNITS.findall(form):
        readings = priors.get(unit, {unit: 0.0})
        extended = [
            (score + prior, prefix + reading) for score, prefix in beam for reading, prior in readings.items()
        ]
        beam = heapq.nsmallest(_BEAM_WIDTH, extended, key=lambda item: (-item[0], item[1]))
    return beam


def _word_candidates(word: str) -> list[tuple[float, str]]:
    """Return scored Georgian candidates for one Russian word, best first."""
    form = _cyrillic_form(word)
    lexicon = _lexicon()
    scores: dict[str, float] = {}

    canonical = _aliases_by_cyrillic().get(form)
    if canonical is not None:
        scores[canonical] = _ALIAS_SCORE
        if canonical[-1] not in _GEORGIAN_VOWELS:
            scores[canonical + "ი"] = _ALIAS_SCORE - 1.0

    candidates = _spelled_candidates(form)
    letter_scores = dict((reading, score) for score, reading in candidates)
    for georgian in _lexicon_by_cyrillic().get(form, ()):
        letter_scores.setdefault(georgian, _letter_score(form, georgian))

    for georgian, letter_score in letter_scores.items():
        score = letter_score
        if georgian in lexicon:
            score += _LEXICON_BONUS + math.log(lexicon[georgian])
        if georgian.endswith(_SURNAME_ENDINGS):
            score += _ENDING_BONUS
        scores[georgian] = max(scores.get(georgian, -math.inf), score)

    return sorted(((score, georgian) for georgian, score in scores.items()), key=_rank)


def _letter_score(form: str, georgian: str) -> float:
    """Return the letter score of a lexicon name that the beam did not reach."""
    priors = _reading_priors()
    score = 0.0
    for unit in _RUSSIAN_UNITS.findall(form):
        readings = priors.get(unit, {unit: 0.0})
        reading = next((reading for reading in readings if georgian.startswith(reading)), None)
        if reading is None:
            return min(min(prior.values()) for prior in priors.values()) * len(form)
        score += readings[reading]
        georgian = georgian[len(reading) :]
    return score


def _rank(item: tuple[float, str]) -> tuple[float, str]:
    score, georgian = item
    return (-score, georgian)


def from_cyrillic(text: str, *, limit: int = 10) -> list[str]:
    """Return up to ``limit`` Georgian readings of a Russian-transcribed name, best first.

    Russian merges Georgian letters, so each word gets several candidates:
    к is კ, ქ or ყ, т is თ or ტ, п is პ or ფ, ц is ც or წ, ч is ჩ or ჭ, г is
    გ or ღ, х is ხ or ჰ, дз is ძ or დ + ზ, and дж is ჯ or დ + ჟ. The other
    letters have one reading: е and э are ე, й and ы are ი, я and a final -ия
    or -иа are ია, ю is იუ, and ь and ъ are dropped.

    Each word is scored on its own, and a candidate's score is the sum of:

    * the letter score: the log-probability of each reading given its
      Russian spelling, counted in a lexicon of Georgian given names and
      surnames (JumpStart Georgia, August 2012 voter list);
    * a lexicon bonus of 30 plus the log of the name's count, when the
      candidate is a lexicon name, so that attested names come first;
    * a bonus of 1 for a surname ending (-ძე, -შვილი, -ია, -ავა, -ური,
      -ანი, -ელი).

    A Russified given name in the alias table (Георгий, Давид, Михаил,
    Тамара) returns its Georgian name first, and the nominative form with
    -ი second when the name ends in a consonant (Давид gives დავით, then
    დავითი). The candidates of a text of several words are the best
    combinations of the candidates of each word, with the separators kept.
    Ties are broken by Georgian alphabetical order, so the output is
    deterministic. Characters that are not Russian letters are kept.

    Raises :class:`migstd.errors.SettingsError` if ``limit`` is not an
    integer from 1 to 1000.

    >>> from_cyrillic("Давид")[:2]
    ['დავით', 'დავითი']
    >>> from_cyrillic("Гварамия")
    ['გვარამია', 'ღვარამია']
    """

    if not isinstance(text, str):
        raise TypeError(f"from_cyrillic() takes a str, not {type(text).__name__}")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= _MAX_LIMIT:
        raise SettingsError(f"invalid limit {limit!r}; use an integer from 1 to {_MAX_LIMIT}")

    parts = _WORD_SEPARATORS.split(normalize(text))
    combined: list[tuple[float, str]] = [(0.0, "")]
    for index, part in enumerate(parts):
        if index % 2 or not part:
            combined = [(score, prefix + part) for score, prefix in combined]
            continue
        candidates = _word_candidates(part)
        extended = [
            (score + word_score, prefix + word)
            for (score, prefix), (word_score, word) in itertools.product(combined, candidates)
        ]
        combined = sorted(extended, key=_rank)[:limit]
    return [georgian for _score, georgian in combined[:limit]]
