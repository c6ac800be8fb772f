"""The comparison of free-text addresses by the words they share.

>>> AddressComparison("address").level_names
('exact', 'jaccard_0.8', 'jaccard_0.5', 'else')
>>> jaccard(np.array(["12 tbilisi vazha"]), np.array(["12 tbilisi"])).round(2).tolist()
[0.67]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

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
    """Return the Jaccard index of aligned pairs of texts, each a space-separated set of distinct words.

    Shared words are counted without a loop over pairs. Arrow splits the
    texts and codes every word, and then each (pair, word) of both sides goes
    into one array, where a (pair, word) that occurs twice is a shared word.
    """
    if len(left) == 0:
        return np.zeros(0)

    pairs = len(left)
    texts = pa.array(np.concatenate([left, right]).tolist(), type=pa.string())
    words = pc.split_pattern(texts, pattern=" ")
    counts = np.asarray(pc.list_value_length(words).to_numpy(zero_copy_only=False), dtype=np.int64)
    word_ids = np.asarray(
        pc.dictionary_encode(pc.list_flatten(words)).indices.to_numpy(zero_copy_only=False), dtype=np.int64
    )

    # Row i of the stacked texts belongs to pair i of the left side or pair i - pairs of the right.
    pair_ids = np.repeat(np.arange(2 * pairs, dtype=np.int64) % pairs, counts)
    vocabulary = np.int64(max(int(word_ids.max(initial=0)) + 1, 1))
    distinct, occurrences = np.unique(pair_ids * vocabulary + word_ids, return_counts=True)
    shared = np.bincount(distinct[occurrences == 2] // vocabulary, minlength=pairs)

    union = counts[:pairs] + counts[pairs:] - shared
    scores: npt.NDArray[np.float64] = np.where(union > 0, shared / np.maximum(union, 1), 0.0)
    return scores
