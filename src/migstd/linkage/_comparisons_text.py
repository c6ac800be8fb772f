"""The comparison of free-text addresses by the words they share.

>>> AddressComparison("address").level_names
('exact', 'jaccard_0.8', 'jaccard_0.5', 'else')
>>> jaccard(np.array(["12 tbilisi vazha-pshavela"]), np.array(["12 tbilisi"])).round(2).tolist()
[0.67]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt

from migstd.linkage._comparison_base import Comparison, Levels, Values, assign, check_thresholds

__all__ = ["AddressComparison", "jaccard"]


@dataclass(frozen=True)
class AddressComparison(Comparison):
    """A free-text address, compared by the Jaccard index of its sets of words.

    Each address is normalized before it is split into words: Georgian
    capitals folded, Georgian letters romanized (passport system) and folded
    to ASCII with the Latin text, case folded, punctuation replaced by spaces.
    So ``ქ. თბილისი, ვაჟა-ფშაველას 12`` and ``Tbilisi, Vazha-Pshavelas 12`` share
    their three words. Word order does not count. Levels, strongest first:

    - ``exact``: the same set of words;
    - ``jaccard_T``: shared words over all words of the two addresses at least
      T, for each threshold (0.8 and 0.5 by default);
    - ``else``.
    """

    thresholds: tuple[float, ...] = (0.8, 0.5)

    kind: ClassVar[str] = "address"

    def __post_init__(self) -> None:
        super().__post_init__()
        checked = check_thresholds(self.thresholds, descending=True, name="AddressComparison")
        object.__setattr__(self, "thresholds", checked)

    @property
    def level_names(self) -> tuple[str, ...]:
        return ("exact", *(f"jaccard_{t:g}" for t in self.thresholds), "else")

    @property
    def exact_value_key(self) -> str:
        return "words"

    def levels(self, left: Values, right: Values) -> Levels:
        a, b = left["words"], right["words"]
        levels = np.full(len(a), -1, dtype=np.int8)
        exact = a == b
        assign(levels, exact, 0)

        scores = np.zeros(len(a))
        scores[~exact] = jaccard(a[~exact], b[~exact])
        for index, threshold in enumerate(self.thresholds, start=1):
            assign(levels, scores >= threshold, index)
        assign(levels, np.ones(len(a), dtype=bool), len(self.thresholds) + 1)
        return levels

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "thresholds": list(self.thresholds)}


def jaccard(left: npt.NDArray[Any], right: npt.NDArray[Any]) -> npt.NDArray[np.float64]:
    """Return the Jaccard index of the word sets of aligned pairs of space-separated texts.

    Each distinct text is split once. Shared words are counted without a loop
    over pairs: every (pair, word) of both sides goes into one array, and a
    (pair, word) that occurs twice is a word the pair shares.
    """
    if len(left) == 0:
        return np.zeros(0)

    texts, inverse = np.unique(np.concatenate([left, right]).astype(str), return_inverse=True)
    inverse = inverse.reshape(-1)
    word_lists = [sorted(set(text.split())) for text in texts]
    all_words = sorted({word for words in word_lists for word in words})
    vocabulary = {word: index for index, word in enumerate(all_words)}
    counts = np.array([len(words) for words in word_lists], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(counts)])
    word_ids = np.array([vocabulary[w] for words in word_lists for w in words], dtype=np.int64)

    pairs = len(left)
    text_of_side = (inverse[:pairs], inverse[pairs:])
    entries = [_pair_words(text, starts, counts, word_ids) for text in text_of_side]
    pair_ids = np.concatenate([entries[0][0], entries[1][0]])
    words = np.concatenate([entries[0][1], entries[1][1]])
    keys = pair_ids * np.int64(max(len(vocabulary), 1)) + words
    distinct, occurrences = np.unique(keys, return_counts=True)
    shared = np.bincount(distinct[occurrences == 2] // max(len(vocabulary), 1), minlength=pairs)

    union = counts[text_of_side[0]] + counts[text_of_side[1]] - shared
    scores: npt.NDArray[np.float64] = np.where(union > 0, shared / np.maximum(union, 1), 0.0)
    return scores


def _pair_words(
    text: npt.NDArray[np.int64],
    starts: npt.NDArray[np.int64],
    counts: npt.NDArray[np.int64],
    word_ids: npt.NDArray[np.int64],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Return the pair index and word id of every word of one side's texts."""
    lengths = counts[text]
    pair_ids = np.repeat(np.arange(len(text), dtype=np.int64), lengths)
    # Position of each entry within its text's words: a running index reset at each pair.
    offsets = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return pair_ids, word_ids[np.repeat(starts[text], lengths) + offsets]
