"""Time ``to_latin`` against a bare ``str.translate`` on 100,000 Georgian names.

The names are "given family" pairs of 100,000 synthetic people from
``migstd.synth.population`` (seed 1), in Mkhedruli. Each contender is called
once per name. The figure kept is the best of 3 rounds, as names per second;
each round times every contender once.

* baseline: ``name.translate(table)`` with a dict of the 33 national-system
  values, built here. It handles neither Mtavruli nor the clean-up, the
  letter check and the casing that ``to_latin`` does.
* ``to_latin(name, "national")``.
* the same on the names in Mtavruli, which takes the full path of clean-up,
  letter check and casing.
* ``to_latin(name, "national", name=True)``.
* ICU's ``Georgian-Latin`` transform, when PyICU is installed (it is not a
  dependency of migstd).

Run with ``python benchmarks/script_speed.py``. Prints one line per contender
with its rate and its ratio to the baseline.
"""

from __future__ import annotations

import importlib
import platform
import time
from collections.abc import Callable

from migstd.script import to_latin
from migstd.synth import population

NAME_COUNT = 100_000
RUNS = 3

NATIONAL: dict[str, str] = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t",
    "ი": "i", "კ": "k'", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p'", "ჟ": "zh",
    "რ": "r", "ს": "s", "ტ": "t'", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q'",
    "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts'", "ჭ": "ch'", "ხ": "kh", "ჯ": "j",
    "ჰ": "h",
}  # fmt: skip
BASELINE_TABLE = str.maketrans(NATIONAL)


def seconds_for(romanize: Callable[[str], str], names: list[str]) -> float:
    """Call ``romanize`` once per name and return the wall time in seconds."""
    start = time.perf_counter()
    for name in names:
        romanize(name)
    return time.perf_counter() - start


def best_rates(contenders: list[tuple[str, Callable[[str], str], list[str]]]) -> list[float]:
    """Return each contender's best rate in names per second over ``RUNS`` rounds.

    Each round times every contender once, so that load from other processes
    in one moment does not fall on one contender only.
    """
    for _label, romanize, names in contenders:
        for name in names[:200]:
            romanize(name)

    best = [float("inf")] * len(contenders)
    for _ in range(RUNS):
        for index, (_label, romanize, names) in enumerate(contenders):
            best[index] = min(best[index], seconds_for(romanize, names))
    counts = [len(names) for _label, _romanize, names in contenders]
    return [count / seconds for count, seconds in zip(counts, best, strict=True)]


def icu_transform() -> Callable[[str], str] | None:
    """Return ICU's Georgian-Latin transform, or None when PyICU is missing."""
    try:
        icu = importlib.import_module("icu")
    except ImportError:
        return None
    transliterator = icu.Transliterator.createInstance("Georgian-Latin")
    transform: Callable[[str], str] = transliterator.transliterate
    return transform


def main() -> None:
    people = population(NAME_COUNT, seed=1)
    names = [f"{person.given_name} {person.family_name}" for person in people]
    capital_names = [name.upper() for name in names]
    characters = sum(len(name) for name in names)
    print(f"{len(names):,} names, {characters / len(names):.1f} characters per name")
    print(f"Python {platform.python_version()} on {platform.machine()}, best of {RUNS} runs")

    contenders: list[tuple[str, Callable[[str], str], list[str]]] = [
        ("str.translate baseline", lambda name: name.translate(BASELINE_TABLE), names),
        ('to_latin(name, "national")', lambda name: to_latin(name, "national"), names),
        ("to_latin, Mtavruli input", lambda name: to_latin(name, "national"), capital_names),
        ("to_latin, name=True", lambda name: to_latin(name, "national", name=True), names),
    ]
    transform = icu_transform()
    if transform is None:
        print("PyICU is not installed: ICU Georgian-Latin skipped")
    else:
        contenders.append(("ICU Georgian-Latin", transform, names))

    rates = best_rates(contenders)
    for (label, _romanize, _names), rate in zip(contenders, rates, strict=True):
        print(f"{label:30} {rate:>12,.0f} names/s  {rate / rates[0]:5.2f} x baseline")

if __name__ == "__main__":
    main()
