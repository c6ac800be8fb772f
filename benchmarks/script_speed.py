"""Time ``to_latin`` against a bare ``str.translate`` on 100,000 Georgian names.

The names are "given family" pairs of 100,000 synthetic people from
``migstd.synth.population`` (seed 1), in Mkhedruli. Each contender is called
once per name. The figure kept is the best of 3 runs, as names per second.

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


def names_per_second(romanize: Callable[[str], str], names: list[str]) -> float:
    """Return the best rate of ``RUNS`` runs of ``romanize`` over ``names``."""
    for name in names[:200]:
        romanize(name)

    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        for name in names:
            romanize(name)
        best = min(best, time.perf_counter() - start)
    return len(names) / best


def icu_transform() -> Callable[[str], str] | None:
    """Return ICU's Georgian-Latin transform, or None when PyICU is missing."""
    try:
        import icu  # type: ignore[import-not-found]
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

    baseline = 0.0
    for label, romanize, inputs in contenders:
        rate = names_per_second(romanize, inputs)
        baseline = baseline or rate
        print(f"{label:30} {rate:>12,.0f} names/s  {rate / baseline:5.2f} x baseline")


if __name__ == "__main__":
    main()
