"""Explain a pair's match weight: the contribution of each comparison, as a waterfall.

A pair's match weight is the log2 of the prior odds plus, for every
comparison, the log2 Bayes factor ``log2(m / u)`` of the pair's level and,
for an exact agreement on an adjusted comparison, a term-frequency
adjustment. The waterfall lists these steps with a running total. It holds
level names, probabilities and weights only, never the records' values.

>>> from migstd.linkage.model import ComparisonParameters, FellegiSunterModel
>>> model = FellegiSunterModel(prior=0.2, comparisons=(
...     ComparisonParameters("sex", ("exact", "else"), m=np.array([0.9, 0.1]), u=np.array([0.5, 0.5])),))
>>> explanation = explain_pairs(model, np.array([[0]], dtype=np.int8), np.zeros((1, 1)))[0]
>>> [(step.step, step.level, round(step.match_weight, 3)) for step in explanation.steps]
[('prior', None, -2.0), ('sex', 'exact', -1.152), ('final', None, -1.152)]
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from migstd.linkage.model import FellegiSunterModel, probability_from_weight

__all__ = ["Explanation", "WaterfallStep", "explain_pairs", "waterfall_table"]


@dataclass(frozen=True)
class WaterfallStep:
    """One step of a waterfall: the prior, one comparison, or the final weight.

    ``match_weight`` is the running total after this step. A comparison at
    the null level (a value missing) has no m and u and adds nothing.
    """

    step: str
    level: str | None
    m_probability: float | None
    u_probability: float | None
    bayes_factor: float
    log2_bayes_factor: float
    term_frequency_adjustment: float
    match_weight: float


@dataclass(frozen=True)
class Explanation:
    """The waterfall of one pair's match weight, from the prior to the final weight."""

    steps: tuple[WaterfallStep, ...]
    match_weight: float
    match_probability: float

    def __repr__(self) -> str:
        return (
            f"Explanation(steps={len(self.steps)}, match_weight={self.match_weight:.4f}, "
            f"match_probability={self.match_probability:.6g})"
        )

    def __str__(self) -> str:
        return self.to_text()

    def to_pylist(self) -> list[dict[str, Any]]:
        """Return the steps as dicts, one per step."""
        return [asdict(step) for step in self.steps]

    def to_arrow(self) -> pa.Table:
        """Return the steps as an Arrow table (``to_pandas()`` on it gives a DataFrame)."""
        return pa.Table.from_pylist(self.to_pylist())

    def to_text(self) -> str:
        """Return the waterfall as a fixed-width text table."""
        header = ("step", "level", "m", "u", "Bayes factor", "log2 factor", "tf adjustment", "total")
        rows = [header]
        for step in self.steps[:-1]:
            rows.append(
                (
                    step.step,
                    step.level or "",
                    _number(step.m_probability),
                    _number(step.u_probability),
                    _number(step.bayes_factor),
                    f"{step.log2_bayes_factor:+.3f}",
                    f"{step.term_frequency_adjustment:+.3f}" if step.term_frequency_adjustment else "",
                    f"{step.match_weight:+.3f}",
                )
            )
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
        lines.append(f"match weight {self.match_weight:+.3f}, match probability {self.match_probability:.6g}")
        return "\n".join(line.rstrip() for line in lines)


def _odds(weight: float) -> float:
    # 2 ** weight overflows a float above 1024.
    return math.inf if weight > 1023 else math.pow(2.0, weight)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4g}"


def _comparison_step(
    model: FellegiSunterModel, index: int, level: int, adjustment: float, running: float
) -> WaterfallStep:
    parameters = model.comparisons[index]
    if level < 0:
        return WaterfallStep(parameters.name, "null", None, None, 1.0, 0.0, 0.0, running)
    m = float(parameters.m[level])
    u = float(parameters.u[level])
    log2_factor = float(parameters.log2_bayes_factors[level])
    return WaterfallStep(
        parameters.name,
        parameters.level_names[level],
        m,
        u,
        m / u,
        log2_factor,
        adjustment,
        running + log2_factor + adjustment,
    )


def explain_pairs(
    model: FellegiSunterModel,
    gammas: npt.NDArray[np.int8],
    adjustments: npt.NDArray[np.float64],
    weights: npt.NDArray[np.float64] | None = None,
) -> list[Explanation]:
    """Return the waterfall of each pair.

    ``gammas`` holds the pairs' levels and ``adjustments`` their
    term-frequency adjustments, both one row per pair and one column per
    comparison of ``model``. ``weights``, when given, are the pairs' scored
    match weights, used as the final weight; the running total can differ
    from it in the last bits because it adds the terms in another order.
    """
    prior_weight = model.prior_weight
    prior_step = WaterfallStep(
        "prior", None, None, None, model.prior / (1.0 - model.prior), prior_weight, 0.0, prior_weight
    )
    explanations = []
    for row in range(gammas.shape[0]):
        steps = [prior_step]
        for index in range(gammas.shape[1]):
            adjustment = float(adjustments[row, index])
            level = int(gammas[row, index])
            steps.append(_comparison_step(model, index, level, adjustment, steps[-1].match_weight))

        total = steps[-1].match_weight if weights is None else float(weights[row])
        steps.append(WaterfallStep("final", None, None, None, _odds(total), total, 0.0, total))
        probability = float(probability_from_weight(np.array([total]))[0])
        explanations.append(Explanation(tuple(steps), total, probability))
    return explanations


def waterfall_table(explanations: list[Explanation], left_ids: list[str], right_ids: list[str]) -> pa.Table:
    """Return the steps of many pairs' waterfalls as one long table, keyed by the pairs' unique ids."""
    rows = [
        {"unique_id_l": left, "unique_id_r": right, **asdict(step)}
        for explanation, left, right in zip(explanations, left_ids, right_ids, strict=True)
        for step in explanation.steps
    ]
    if rows:
        return pa.Table.from_pylist(rows)
    return pa.table(
        {
            "unique_id_l": pa.array([], pa.string()),
            "unique_id_r": pa.array([], pa.string()),
            "step": pa.array([], pa.string()),
            "level": pa.array([], pa.string()),
            **{
                name: pa.array([], pa.float64())
                for name in (
                    "m_probability",
                    "u_probability",
                    "bayes_factor",
                    "log2_bayes_factor",
                    "term_frequency_adjustment",
                    "match_weight",
                )
            },
        }
    )
