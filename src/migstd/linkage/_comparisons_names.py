"""The comparison of personal names written in any script.

>>> NameComparison("given_name").level_names  # doctest: +NORMALIZE_WHITESPACE
('exact', 'same_key', 'alias', 'jaro_winkler_0.92', 'token_subset', 'initials',
 'jaro_winkler_0.88', 'jaro_winkler_0.7', 'else')
>>> initials_agree("n. beridze", "nino beridze"), initials_agree("n.", "tamar")
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt

from migstd.linkage._comparison_base import (
    Comparison,
    Levels,
    Values,
    assign,
    check_thresholds,
    jaro_winkler,
)

__all__ = ["INITIAL_MARK", "NameComparison", "initials_agree", "token_subset"]

# Ends the key of a word that was written as an initial ("N." or "N") in the
# prepared "tokens" value. Keys contain letters only, so the mark is unambiguous.
INITIAL_MARK = "."


@dataclass(frozen=True)
class NameComparison(Comparison):
    """A personal name in any script, compared through a common Latin form.

    Each value is prepared several ways: the normalized text, its Latin form
    (Georgian through the passport romanization, Russian Cyrillic first
    written in Georgian script by ``from_cyrillic``, then folded to lower-case
    ASCII), its name key (which also equates spellings from different
    romanization systems and from Cyrillic), the same key without the
    given-name alias table, and the key of each word with initials marked.
    Levels, strongest first:

    - ``exact``: the same Latin form (so ნინო and NINO agree here);
    - ``same_key``: the same name key without any alias, for example
      Tsiklauri and Ciklauri, or Dzhugashvili and Jugashvili;
    - ``alias``: the same name key only through the given-name alias table
      (``migstd/script/data/given_name_aliases.tsv``): Giorgi, Gogi,
      George and Георгий;
    - ``jaro_winkler_T``: Jaro-Winkler similarity of the Latin forms at least T,
      the first threshold here and the others after ``initials``;
    - ``token_subset``: the words of one name are all among the other's, in
      any order (a double surname recorded in part, Beridze-Kapanadze against
      Beridze or Kapanadze Beridze, or a second given name dropped);
    - ``initials``: word by word, each word agrees or one of them is an
      initial of the other (N. against Nino, G. Beridze against Giorgi Beridze);
    - ``else``.

    Hyphens, spaces and dots between words count the same. A given name and a
    family name recorded in each other's place are handled by the
    ``swapped_names`` setting, which grades the pair crosswise; the pair then
    shows the crossed levels.

    The default thresholds 0.92, 0.88 and 0.7 are the ones Splink uses for names.
    """

    thresholds: tuple[float, ...] = (0.92, 0.88, 0.7)

    kind: ClassVar[str] = "name"

    def __post_init__(self) -> None:
        super().__post_init__()
        checked = check_thresholds(self.thresholds, descending=True, name="NameComparison")
        object.__setattr__(self, "thresholds", checked)

    @property
    def level_names(self) -> tuple[str, ...]:
        first, *rest = (f"jaro_winkler_{t:g}" for t in self.thresholds)
        return ("exact", "same_key", "alias", first, "token_subset", "initials", *rest, "else")

    @property
    def exact_value_key(self) -> str:
        return "latin"

    @property
    def agreeing_levels(self) -> tuple[int, ...]:
        return (0, 1, 2)

    def levels(self, left: Values, right: Values) -> Levels:
        latin_a, latin_b = left["latin"], right["latin"]
        levels = np.full(len(latin_a), -1, dtype=np.int8)
        assign(levels, latin_a == latin_b, 0)

        same_key = left["key"] == right["key"]
        assign(levels, same_key & (left["plain_key"] == right["plain_key"]), 1)
        assign(levels, same_key, 2)

        todo = levels < 0
        scores = np.zeros(len(latin_a))
        scores[todo] = jaro_winkler(latin_a[todo], latin_b[todo])
        assign(levels, scores >= self.thresholds[0], 3)

        # Only names of several words can be a subset of another name.
        todo = (levels < 0) & (left["words"] + right["words"] > 2)
        assign(levels, _pairwise(token_subset, left["key"], right["key"], todo), 4)

        # Only names with an initial on one side can agree through initials.
        todo = (levels < 0) & ((left["initials"] > 0) | (right["initials"] > 0))
        assign(levels, _pairwise(initials_agree, left["tokens"], right["tokens"], todo), 5)

        for index, threshold in enumerate(self.thresholds[1:], start=6):
            assign(levels, scores >= threshold, index)
        assign(levels, np.ones(len(latin_a), dtype=bool), len(self.level_names) - 1)
        return levels

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "thresholds": list(self.thresholds)}


def _pairwise(
    test: Callable[[str, str], bool],
    left: npt.NDArray[Any],
    right: npt.NDArray[Any],
    todo: npt.NDArray[np.bool_],
) -> npt.NDArray[np.bool_]:
    """Apply a word-level ``test`` to the distinct pairs selected by ``todo``.

    The selections are narrow (names of several words, names with an
    initial), so these few pairs are tested one by one.
    """
    result = np.zeros(len(left), dtype=bool)
    result[todo] = [test(a, b) for a, b in zip(left[todo], right[todo], strict=True)]
    return result


def token_subset(a: str, b: str) -> bool:
    """Return whether the words of one key are all among the other's, and the keys differ."""
    if a == b:
        return False
    tokens_a, tokens_b = set(a.split()), set(b.split())
    if not tokens_a or not tokens_b:
        return False
    return tokens_a <= tokens_b or tokens_b <= tokens_a


def initials_agree(a: str, b: str) -> bool:
    """Return whether two names agree word by word, with an initial on at least one side.

    Each word is its name key, followed by :data:`INITIAL_MARK` where the word
    was an initial. An initial agrees with a word whose key starts with it.
    """
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False

    through_initial = False
    for word_a, word_b in zip(words_a, words_b, strict=True):
        if word_a == word_b:
            continue
        initial_a, initial_b = word_a.endswith(INITIAL_MARK), word_b.endswith(INITIAL_MARK)
        if initial_a == initial_b:
            return False
        initial, word = (word_a[:-1], word_b) if initial_a else (word_b[:-1], word_a)
        if not word.startswith(initial):
            return False
        through_initial = True
    return through_initial
