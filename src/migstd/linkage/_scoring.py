"""Grade and weigh candidate pairs batch by batch, and keep them in compact arrays.

Candidate pairs arrive in batches. Each batch is graded and weighed at
once, and only what later stages need is kept: the two rows as 32-bit
integers, the blocking rule (one byte for up to 128 rules) and the pair's
match weight without the prior's, as a 32-bit float (within 1e-5 of the
64-bit sum for any weight below 100). The prior's weight is added once the
prior is known. That is 13 bytes a pair, so 0.27 GB for 20 million pairs.
Levels are not kept: EM estimates the prior from the weights, and
:meth:`PairScorer.gammas` grades any pair again when its levels are asked
for.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from migstd.linkage._blocking import CandidatePairs, CandidateStream
from migstd.linkage._compare import PairScorer, Weigh

__all__ = ["ScoredPairs", "score_batches"]


@dataclass
class ScoredPairs:
    """Graded candidate pairs: their rows, the rule that found them and their weights without the prior."""

    left: npt.NDArray[np.int32]
    right: npt.NDArray[np.int32]
    rule: npt.NDArray[np.int8] | npt.NDArray[np.int16]
    weights: npt.NDArray[np.float32]

    def __len__(self) -> int:
        return len(self.left)


def score_batches(batches: CandidateStream, scorer: PairScorer, weigh: Weigh) -> ScoredPairs:
    """Grade and weigh every batch and return all pairs in compact arrays.

    The arrays are made once, at the stream's upper bound; the pages past the
    last pair are never written, so they take no memory. ``weigh(left_rows,
    gammas)`` gives a batch's match weights without the prior's.
    """
    bound = batches.upper_bound
    left = np.empty(bound, dtype=np.int32)
    right = np.empty(bound, dtype=np.int32)
    rule: npt.NDArray[np.int8] | npt.NDArray[np.int16] = (
        np.empty(bound, dtype=np.int8) if batches.rule_count <= 128 else np.empty(bound, dtype=np.int16)
    )
    weights = np.empty(bound, dtype=np.float32)

    filled = 0
    # Each batch is handed to the grading threads before the previous one is
    # kept, so the threads grade while this thread copies. They write the
    # weights in place.
    pending: tuple[CandidatePairs, int, Callable[[], None]] | None = None
    for batch in itertools.chain(_prefetched(batches), [None]):
        submitted = None
        if batch is not None:
            start = filled + (len(pending[0]) if pending is not None else 0)
            if start + len(batch) > bound:
                raise AssertionError("blocking returned more pairs than its rules counted")
            wait = scorer.weigh_into(batch.left, batch.right, weigh, weights[start : start + len(batch)])
            submitted = (batch, start, wait)
        if pending is not None:
            done, at, wait_for = pending
            end = at + len(done)
            left[at:end] = done.left
            right[at:end] = done.right
            rule[at:end] = done.rule
            wait_for()
            filled = end
        pending = submitted
    return ScoredPairs(left=left[:filled], right=right[:filled], rule=rule[:filled], weights=weights[:filled])


# Batches that may be built ahead while the previous one is graded.
_PREFETCH_DEPTH = 1


@dataclass(frozen=True)
class _Failure:
    error: BaseException


def _prefetched(batches: Iterator[CandidatePairs]) -> Iterator[CandidatePairs]:
    """Yield the batches while a second thread builds the next ones.

    DuckDB and numpy build pairs without holding the GIL for most of the
    work, and grading is mostly numpy, so building ahead lets both cores work.
    An error in the builder is raised here, and stopping early stops it.
    """
    ready: queue.Queue[CandidatePairs | _Failure | None] = queue.Queue(maxsize=_PREFETCH_DEPTH)
    stop = threading.Event()

    def put(item: CandidatePairs | _Failure | None) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for batch in batches:
                if not put(batch):
                    return
        except BaseException as error:  # handed to the consumer, which raises it
            put(_Failure(error))
            return
        put(None)

    reader = threading.Thread(target=read, name="migstd-candidate-pairs", daemon=True)
    reader.start()
    try:
        while True:
            item = ready.get()
            if item is None:
                return
            if isinstance(item, _Failure):
                raise item.error
            yield item
    finally:
        stop.set()
        reader.join()
