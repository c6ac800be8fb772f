"""Tests of the match weight waterfall of a pair: its steps, its sum and its privacy."""

from __future__ import annotations

import csv
import math
import warnings
from pathlib import Path

import numpy as np
import pytest

from migstd.errors import InputError
from migstd.linkage import LinkageResult, Settings, dedupe, link
from migstd.linkage.model import probability_from_weight
from migstd.synth import write_extracts

SETTINGS = Settings(
    columns={"citizenship": ("citizenship", "nationality")}, unique_id=("record_id", "crossing_id")
)


@pytest.fixture(scope="module")
def extracts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return write_extracts(
        tmp_path_factory.mktemp("extracts"), seed=3, registry_size=500, border_size=400, overlap=250
    )


@pytest.fixture(scope="module")
def result(extracts: tuple[Path, Path]) -> LinkageResult:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return link(*extracts, SETTINGS)


def test_waterfall_sums_to_pair_weight(result: LinkageResult) -> None:
    for pair in result.pairs.to_pylist()[:300]:
        explanation = result.explain(pair["unique_id_l"], pair["unique_id_r"])
        steps = explanation.steps
        total = sum(step.log2_bayes_factor + step.term_frequency_adjustment for step in steps[:-1])

        # Pair weights are kept as 32-bit floats, the waterfall's steps as 64-bit.
        assert math.isclose(total, pair["match_weight"], rel_tol=0, abs_tol=1e-5)
        assert math.isclose(steps[-2].match_weight, pair["match_weight"], rel_tol=0, abs_tol=1e-5)
        assert explanation.match_weight == pair["match_weight"]
        assert explanation.match_probability == pair["match_probability"]


def test_waterfall_steps_follow_comparisons(result: LinkageResult) -> None:
    pair = result.matches.to_pylist()[0]

    steps = result.explain(pair["unique_id_l"], pair["unique_id_r"]).steps

    names = [parameters.name for parameters in result.model.comparisons]
    assert [step.step for step in steps] == ["prior", *names, "final"]
    assert steps[0].log2_bayes_factor == result.model.prior_weight
    for step, parameters in zip(steps[1:-1], result.model.comparisons, strict=True):
        assert step.level == pair[f"{parameters.name}_level"]
        if step.level == "null":
            assert step.log2_bayes_factor == 0.0
            assert step.m_probability is None
            continue
        level = parameters.level_names.index(step.level)
        assert step.m_probability == parameters.m[level]
        assert step.u_probability == parameters.u[level]
        assert step.m_probability is not None
        assert step.u_probability is not None
        assert math.isclose(step.bayes_factor, step.m_probability / step.u_probability)
        assert math.isclose(step.log2_bayes_factor, math.log2(step.bayes_factor))


def test_term_frequency_adjustment_only_on_exact_names(result: LinkageResult) -> None:
    adjusted = 0
    for pair in result.matches.to_pylist()[:200]:
        for step in result.explain(pair["unique_id_l"], pair["unique_id_r"]).steps[1:-1]:
            if step.term_frequency_adjustment:
                adjusted += 1
                assert step.level == "exact"
                assert step.step in ("given_name", "family_name", "patronymic")

    assert adjusted > 50


def test_waterfall_text_has_no_record_values(result: LinkageResult, extracts: tuple[Path, Path]) -> None:
    pair = result.matches.to_pylist()[0]
    explanation = result.explain(pair["unique_id_l"], pair["unique_id_r"])
    with extracts[0].open(encoding="utf-8") as handle:
        record = next(row for row in csv.DictReader(handle) if row["record_id"] == pair["unique_id_l"])

    text = str(explanation)

    assert "prior" in text
    assert "match probability" in text
    for column in ("record_id", "given_name", "family_name", "birth_date", "personal_number"):
        assert record[column] not in text
        assert record[column] not in repr(explanation)
    assert len(text.splitlines()) == len(explanation.steps) + 1


def test_waterfall_converts_to_arrow(result: LinkageResult) -> None:
    pair = result.matches.to_pylist()[0]
    explanation = result.explain(pair["unique_id_l"], pair["unique_id_r"])

    table = explanation.to_arrow()

    assert table.num_rows == len(explanation.steps)
    assert table.column("step").to_pylist()[0] == "prior"
    assert table.column("match_weight").to_pylist()[-1] == explanation.match_weight


def test_explain_unknown_pair_raises_without_ids(result: LinkageResult) -> None:
    with pytest.raises(InputError, match="not a candidate pair") as caught:
        result.explain("PSDA-999999", "BC-999999")

    assert "999999" not in str(caught.value)


def test_explain_link_keeps_sides(result: LinkageResult) -> None:
    pair = result.matches.to_pylist()[0]

    with pytest.raises(InputError, match="the other way round"):
        result.explain(pair["unique_id_r"], pair["unique_id_l"])


def test_explain_dedupe_takes_either_order(extracts: tuple[Path, Path]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        deduped = dedupe(extracts[1], Settings(unique_id="crossing_id"))
    pair = deduped.pairs.to_pylist()[0]

    forward = deduped.explain(pair["unique_id_l"], pair["unique_id_r"])
    backward = deduped.explain(pair["unique_id_r"], pair["unique_id_l"])

    assert forward == backward
    assert forward.match_weight == pair["match_weight"]


def test_explain_matches_lists_every_match(result: LinkageResult) -> None:
    table = result.explain_matches().to_arrow()
    matches = result.matches.to_arrow()
    steps = len(result.model.comparisons) + 2

    assert table.num_rows == matches.num_rows * steps
    finals = table.filter(table.column("step").to_numpy(zero_copy_only=False) == "final")
    assert finals.column("match_weight").to_pylist() == matches.column("match_weight").to_pylist()
    assert finals.column("unique_id_l").to_pylist() == matches.column("unique_id_l").to_pylist()


def test_explain_matches_empty_result(extracts: tuple[Path, Path]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        strict = link(*extracts, SETTINGS.with_options(threshold_match_weight=1e6))

    table = strict.explain_matches().to_arrow()

    assert table.num_rows == 0
    assert "term_frequency_adjustment" in table.column_names


def test_final_probability_matches_weight(result: LinkageResult) -> None:
    pair = result.pairs.to_pylist()[-1]

    explanation = result.explain(pair["unique_id_l"], pair["unique_id_r"])

    expected = float(probability_from_weight(np.array([explanation.match_weight]))[0])
    assert explanation.match_probability == expected
