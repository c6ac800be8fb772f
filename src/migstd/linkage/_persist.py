"""Save a trained Fellegi-Sunter model to a JSON file and load it back.

A model file lets a model trained once score later batches without training
again: ``link(left, right, model=FellegiSunterModel.load(path))``. It holds

- ``format`` and ``format_version``: this reader takes versions up to
  :data:`FORMAT_VERSION` and rejects newer ones;
- ``migstd_version``: the version that wrote the file, for the reader;
- ``settings``: the settings file form of the settings the model was trained
  with, with the comparisons, blocking rules and training rules in force
  written out, so that a later run compares and blocks the same way. The
  truth column is left out, because a new batch seldom has one: pass
  settings with ``truth_column`` to evaluate a run with a loaded model;
- ``probability_two_random_records_match`` (the prior) and, per comparison,
  its level names and m and u probabilities.

The file holds no record values. Term-frequency tables would hold names, so
they are not stored: each run rebuilds them from its own records. Scores of
the same input are then identical to those of the run that trained the
model, and a later batch weighs an agreeing name by how common the name is
in that batch. A small batch gives rough frequencies; link it together with
a larger input, or turn the adjustment off in the comparison, when that
matters.

>>> import tempfile
>>> from migstd.linkage import ExactMatch
>>> model = FellegiSunterModel(prior=0.01, comparisons=(ComparisonParameters(
...     "sex", ("exact", "else"), m=np.array([0.98, 0.02]), u=np.array([0.5, 0.5])),),
...     settings=Settings(comparisons=[ExactMatch("sex")], blocking_rules=["l.sex = r.sex"]))
>>> with tempfile.TemporaryDirectory() as folder:
...     loaded = FellegiSunterModel.load(model.save(Path(folder) / "model.json"))
>>> loaded.prior, loaded.comparisons[0].m.tolist()
(0.01, [0.98, 0.02])
"""

from __future__ import annotations

import json
import math
import numbers
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from migstd import __version__
from migstd.errors import SettingsError
from migstd.linkage._setting_checks import data_type
from migstd.linkage.comparisons import Comparison
from migstd.linkage.model import ComparisonParameters, FellegiSunterModel
from migstd.linkage.settings import Settings

__all__ = ["FORMAT", "FORMAT_VERSION", "check_model_fits", "load_model", "model_to_dict", "save_model"]

FORMAT = "migstd-linkage-model"
# Raise when a change to the file would make an older reader misread it.
FORMAT_VERSION = 1


def model_to_dict(model: FellegiSunterModel) -> dict[str, Any]:
    """Return the contents of a model file as plain data."""
    if model.settings is None:
        raise SettingsError(
            "this model has no settings, so it cannot be saved; save the model of a "
            "LinkageResult, which link() and dedupe() train with their settings"
        )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "migstd_version": __version__,
        # New batches seldom carry labels, so the truth column is left out.
        "settings": model.settings.with_options(truth_column=None).to_dict(),
        "probability_two_random_records_match": model.prior,
        "comparisons": [
            {
                "name": parameters.name,
                "levels": list(parameters.level_names),
                "m_probabilities": parameters.m.tolist(),
                "u_probabilities": parameters.u.tolist(),
                "m_estimated": parameters.m_estimated,
            }
            for parameters in model.comparisons
        ],
        "term_frequency_tables": "not stored; each run rebuilds them from its own records",
        "training": model.trace,
    }


def save_model(model: FellegiSunterModel, path: str | Path) -> Path:
    """Write ``model`` to ``path`` as UTF-8 JSON and return the path."""
    path = Path(path)
    # json writes each float as its shortest repr, which reads back to the same bits.
    content = json.dumps(model_to_dict(model), indent=2, ensure_ascii=False, allow_nan=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content + "\n", encoding="utf-8")
    return path


def load_model(path: str | Path) -> FellegiSunterModel:
    """Read a model file; raise SettingsError, naming the file, for one that cannot be used."""
    path = Path(path)
    shown = repr(str(path))
    try:
        content = path.read_bytes()
    except OSError as error:
        raise SettingsError(f"cannot read model file {shown}: {error.strerror}") from None

    failure = ""
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        failure = f"is not UTF-8 text (invalid byte at offset {error.start})"
    except RecursionError:
        failure = "is nested too deeply to read"
    except ValueError as error:
        failure = "is not valid JSON: " + " ".join(str(error).split())
    if failure:
        raise SettingsError(f"model file {shown} {failure}")
    return model_from_dict(data, source=f"model file {shown}")


def model_from_dict(data: object, *, source: str = "model") -> FellegiSunterModel:
    """Build a model from the contents of a model file; ``source`` names it in errors."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise SettingsError(f'{source} is not a migstd linkage model: it lacks "format": {FORMAT!r}')
    _check_version(data.get("format_version"), source)

    try:
        settings = Settings.from_dict(_field(data, "settings", Mapping, source))
    except SettingsError as error:
        raise SettingsError(f"{source}: {error}") from None
    if settings.comparisons is None:
        raise SettingsError(f"{source}: its settings do not list the comparisons of the model")

    prior = _probability(data.get("probability_two_random_records_match"), source, "the prior")
    if prior >= 1.0:
        raise SettingsError(f"{source}: the prior must be below 1, got {prior}")
    items = _field(data, "comparisons", list, source)
    if len(items) != len(settings.comparisons):
        raise SettingsError(
            f"{source} has parameters for {len(items)} comparison(s) but its settings list "
            f"{len(settings.comparisons)}"
        )
    parameters = tuple(
        _comparison_parameters(item, comparison, source)
        for item, comparison in zip(items, settings.comparisons, strict=True)
    )
    trace = data.get("training", [])
    return FellegiSunterModel(
        prior=prior,
        comparisons=parameters,
        trace=list(trace) if isinstance(trace, list) else [],
        settings=settings,
    )


def check_model_fits(model: FellegiSunterModel, comparisons: Sequence[Comparison]) -> None:
    """Raise SettingsError unless ``model`` has parameters for exactly these comparisons and levels."""
    names = [comparison.name for comparison in comparisons]
    trained = [parameters.name for parameters in model.comparisons]
    if names != trained:
        raise SettingsError(
            f"the model was trained on comparisons {trained}, but this run compares {names}; "
            "use the model's own settings (pass no settings) or train a new model"
        )
    for comparison, parameters in zip(comparisons, model.comparisons, strict=True):
        if tuple(comparison.level_names) != parameters.level_names:
            raise SettingsError(
                f"comparison {comparison.name!r} has levels {list(comparison.level_names)} in this run "
                f"but {list(parameters.level_names)} in the model; train a new model"
            )


def _check_version(version: object, source: str) -> None:
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SettingsError(f"{source} has no valid format_version (a positive whole number)")
    if version > FORMAT_VERSION:
        raise SettingsError(
            f"{source} has format version {version}, newer than this migstd ({__version__}) reads "
            f"(up to {FORMAT_VERSION}); upgrade migstd or save the model again with this version"
        )


def _field(data: Mapping[str, Any], name: str, kind: type, source: str) -> Any:
    value = data.get(name)
    if not isinstance(value, kind):
        wanted = "an object" if kind is Mapping else "a list"
        raise SettingsError(f"{source}: {name!r} must be {wanted}, not {data_type(value)}")
    return value


def _probability(value: object, source: str, what: str) -> float:
    """Return ``value`` as a float; raise unless it is a number above 0 and at most 1."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise SettingsError(f"{source}: {what} must be a number, not {data_type(value)}")
    number = float(value)
    if not (math.isfinite(number) and 0.0 < number <= 1.0):
        raise SettingsError(f"{source}: {what} must be above 0 and at most 1, got {number}")
    return number


def _probabilities(value: object, count: int, source: str, what: str) -> npt.NDArray[np.float64]:
    if not isinstance(value, list) or len(value) != count:
        raise SettingsError(f"{source}: {what} must be a list of {count} numbers, one per level")
    return np.array([_probability(item, source, what) for item in value], dtype=np.float64)


def _comparison_parameters(item: object, comparison: Comparison, source: str) -> ComparisonParameters:
    """Check one comparison's parameters against the comparison the settings define."""
    name = comparison.name
    if not isinstance(item, Mapping) or item.get("name") != name:
        raise SettingsError(f"{source}: the parameters are not in the order of the comparisons at {name!r}")
    levels = tuple(comparison.level_names)
    if item.get("levels") != list(levels):
        raise SettingsError(
            f"{source}: comparison {name!r} has levels {item.get('levels')} in the file but {list(levels)} "
            "in this migstd version; train a new model"
        )
    return ComparisonParameters(
        name,
        levels,
        m=_probabilities(item.get("m_probabilities"), len(levels), source, f"m_probabilities of {name!r}"),
        u=_probabilities(item.get("u_probabilities"), len(levels), source, f"u_probabilities of {name!r}"),
        m_estimated=bool(item.get("m_estimated", False)),
    )
