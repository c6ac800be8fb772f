"""Grade and weigh candidate pairs batch by batch, and keep them in compact arrays.

Candidate pairs arrive in batches. Each batch is graded and weighed at
once, and only what later stages need is kept: the two rows as 32-bit
integers, the blocking rule (one byte for up to 128 rules) and the pair's
match weight without the prior's, as a 32-bit float (within 1e-5 of the
64-bit sum for any weight below 100). The prior's weight is added once the
prior is known. That is 13 bytes a pair, so 0.27 GB for 20 million pairs.
Levels are kept only for a sample from which EM estimates the prior;
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
from migstd.linkage._comparison_base import Levels

__all__ = ["ScoredPairs", "score_batches"]


@dataclass
class ScoredPairs:
    """Graded candidate pairs: rows, rule, weights without the prior, and a sample of their levels.

    ``sample`` contains the indexes of the sampled pairs, and ``sample_gammas``
    their levels (sampled pairs by comparisons).
    """

    left: npt.NDArray[np.int32]
    right: npt.NDArray[np.int32]
    rule: npt.NDArray[np.int8] | npt.NDArray[np.int16]
    weights: npt.NDArray[np.float32]
    sample: npt.NDArray[np.int64]
    sample_gammas: npt.NDArray[np.int8]

    def __len__(self) -> int:
        return len(self.left)


def score_batches(
    batches: CandidateStream,
    scorer: PairScorer,
    weigh: Weigh,
    *,
    sample_size: int,
    seed: int,
) -> ScoredPairs:
    """Grade every batch and return all pairs in compact arrays, with a sample of their levels.

    The arrays are made once, at the stream's upper bound; the pages past the
    last pair are never written, so they take no memory. ``weigh(left_rows,
    gammas)`` gives a batch's match weights without the prior's. Each pair is
    sampled with probability ``sample_size / upper bound`` by a hash of its
    two rows and ``seed``, so the sample is the same whatever order the
    batches come in.
    """
    bound = batches.upper_bound
    left = np.empty(bound, dtype=np.int32)
    right = np.empty(bound, dtype=np.int32)
    rule: npt.NDArray[np.int8] | npt.NDArray[np.int16] = (
        np.empty(bound, dtype=np.int8) if batches.rule_count <= 128 else np.empty(bound, dtype=np.int16)
    )
    weights = np.empty(bound, dtype=np.float32)
    share = min(1.0, sample_size / max(bound, 1))
    sample: list[npt.NDArray[np.int64]] = []
    sample_gammas: list[npt.NDArray[np.int8]] = []

    filled = 0
    # Each batch is handed to the grading threads before the previous one is
    # kept, so the threads grade while this thread copies.
    pending: tuple[CandidatePairs, Callable[[], tuple[Levels, npt.NDArray[np.float64] | None]]] | None = None
    for batch in itertools.chain(_prefetched(batches), [None]):
        submitted = None if batch is None else (batch, scorer.submit(batch.left, batch.right, weigh))
        if pending is not None:
            done, collect = pending
            end = filled + len(done)
            if end > bound:
                raise AssertionError("blocking returned more pairs than its rules counted")
            levels, batch_weights = collect()
            assert batch_weights is not None
            weights[filled:end] = batch_weights
            left[filled:end] = done.left
            right[filled:end] = done.right
            rule[filled:end] = done.rule
            chosen = np.flatnonzero(_pair_hash(done.left, done.right, seed) < share)
            sample.append(chosen + filled)
            sample_gammas.append(levels[chosen])
            filled = end
        pending = submitted
    comparisons = len(scorer.comparisons)
    return ScoredPairs(
        left=left[:filled],
        right=right[:filled],
        rule=rule[:filled],
        weights=weights[:filled],
        sample=np.concatenate(sample) if sample else np.zeros(0, dtype=np.int64),
        sample_gammas=np.concatenate(sample_gammas) if sample_gammas else np.zeros((0, comparisons), np.int8),
    )


def _pair_hash(
    left: npt.NDArray[np.int64], right: npt.NDArray[np.int64], seed: int
) -> npt.NDArray[np.float64]:
    """Return a number in [0, 1) for each pair of rows, fixed by the rows and ``seed``.

    The mixing steps are those of the SplitMix64 generator's output function.
    """
    with np.errstate(over="ignore"):
        mixed = (left.astype(np.uint64) << np.uint64(32)) ^ right.astype(np.uint64)
        mixed ^= np.uint64(seed & 0xFFFFFFFFFFFFFFFF) * np.uint64(0x9E3779B97F4A7C15)
        mixed = (mixed ^ (mixed >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        mixed = (mixed ^ (mixed >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        mixed ^= mixed >> np.uint64(31)
    unit: npt.NDArray[np.float64] = (mixed >> np.uint64(11)).astype(np.float64) / float(1 << 53)
    return unit


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
