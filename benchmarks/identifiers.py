"""Time phone-number and personal-number validation, with raw phonenumbers in the same run.

* ``phone.validate``: 100,000 synthetic Georgian numbers written the ways
  records write them (``+995 577 31 62 09``, ``577316209``,
  ``032 2 47 18 60``, ``00995 …``, ``(032) 247-18-60``, ``+995-5…``), about 5 %
  of them in the 8-digit form from before 2011, which is invalid. Beside it,
  the same numbers through ``phonenumbers.parse(number, "GE")``,
  ``is_valid_number`` and ``format_number(…, E164)``, which is the work
  ``phone.validate`` wraps. The ratio is migstd's rate over the raw rate.
  Valid Georgian numbers in these forms take ``phone.validate``'s fast
  path, which matches libphonenumber's patterns without ``parse``; the
  8-digit ones take the slow path through ``phonenumbers.parse``.
* ``phone.validate`` on synthetic people: the distinct phones of
  ``migstd.synth.population(COUNT)``, which are E.164 mobile numbers
  (``+995…``), the form record linkage meets most.
* ``personal_number.validate``: 100,000 synthetic 11-digit numbers, a third
  of them written with spaces or hyphens.

Each figure is the best of 3 rounds, in numbers per second. The script also
checks that migstd and raw phonenumbers return the same E.164 number or
reject the same numbers, in both sets of phones.

Run with ``python benchmarks/identifiers.py``.
"""

from __future__ import annotations

import platform
import random
import sys
import time
from collections.abc import Callable

import phonenumbers

from migstd.identifiers import IdentifierError, phone
from migstd.identifiers.ge import personal_number
from migstd.synth import population

ROUNDS = 3
COUNT = 100_000
SEED = 20110620

# Mobile prefixes that libphonenumber's metadata accepts. Fixed lines use Tbilisi's area code 32.
MOBILE_PREFIXES = [
    "555", "557", "558", "568", "571", "574", "577", "579",
    "591", "592", "593", "595", "596", "597", "598", "599",
]  # fmt: skip


def synthetic_phone_numbers(count: int, rng: random.Random) -> list[str]:
    """Return ``count`` Georgian phone numbers in mixed written forms."""
    numbers = []
    for _ in range(count):
        subscriber = f"{rng.randrange(1_000_000):06d}"
        mobile = rng.choice(MOBILE_PREFIXES) + subscriber
        pairs = f"{subscriber[:2]} {subscriber[2:4]} {subscriber[4:]}"
        style = rng.randrange(20)

        if style < 5:
            numbers.append(f"+995 {mobile[:3]} {pairs}")
        elif style < 9:
            numbers.append(mobile)
        elif style < 12:
            numbers.append(f"032 2 {subscriber[:2]} {subscriber[2:4]} {subscriber[4:]}")
        elif style < 14:
            numbers.append(f"00995 {mobile[:3]} {pairs}")
        elif style < 16:
            numbers.append(f"(032) 2{subscriber[:2]}-{subscriber[2:4]}-{subscriber[4:]}")
        elif style < 19:
            numbers.append(f"+995-{mobile[:3]}-{subscriber[:3]}-{subscriber[3:]}")
        else:
            # The 8-digit form from before June 2011: the mobile prefix without its 5.
            numbers.append(f"+995 {mobile[1:3]} {pairs}")
    return numbers


def synthetic_personal_numbers(count: int, rng: random.Random) -> list[str]:
    numbers = []
    for index in range(count):
        digits = f"{rng.randrange(10**11):011d}"
        if index % 3 == 1:
            digits = f"{digits[:3]} {digits[3:7]} {digits[7:]}"
        elif index % 3 == 2:
            digits = f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
        numbers.append(digits)
    return numbers


def population_phone_numbers(count: int) -> list[str]:
    """Return the distinct phones of a synthetic population of ``count`` people."""
    phones = population(count, seed=SEED).table["phone"].drop_null().to_pylist()
    return sorted(set(phones))


def check_agreement(phones: list[str]) -> float:
    """Exit unless migstd and raw phonenumbers agree on every number; return the valid share."""
    migstd_results = [migstd_phone(number) for number in phones]
    raw_results = [raw_phonenumbers(number) for number in phones]
    if migstd_results != raw_results:
        differing = sum(ours != theirs for ours, theirs in zip(migstd_results, raw_results, strict=True))
        sys.exit(f"migstd and phonenumbers disagree on {differing} of {len(phones)} numbers")
    return sum(result is not None for result in migstd_results) / len(phones)


def migstd_phone(number: str) -> str | None:
    try:
        return phone.validate(number)
    except IdentifierError:
        return None


def raw_phonenumbers(number: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, "GE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def migstd_personal_number(number: str) -> str | None:
    try:
        return personal_number.validate(number)
    except IdentifierError:
        return None


def best_rate(function: Callable[[str], object], values: list[str]) -> float:
    """Return the best rate of ``ROUNDS`` passes of ``function`` over ``values``, in calls per second."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for value in values:
            function(value)
        best = min(best, time.perf_counter() - start)
    return len(values) / best


def main() -> None:
    rng = random.Random(SEED)
    phones = synthetic_phone_numbers(COUNT, rng)
    personal_numbers = synthetic_personal_numbers(COUNT, rng)
    people_phones = population_phone_numbers(COUNT)

    valid_share = check_agreement(phones)
    people_valid_share = check_agreement(people_phones)

    migstd_rate = best_rate(migstd_phone, phones)
    raw_rate = best_rate(raw_phonenumbers, phones)
    people_rate = best_rate(migstd_phone, people_phones)
    people_raw_rate = best_rate(raw_phonenumbers, people_phones)
    personal_rate = best_rate(migstd_personal_number, personal_numbers)

    print(f"machine: {platform.machine()}, {platform.system()} {platform.release()}")
    print(f"python {platform.python_version()}, phonenumbers {phonenumbers.__version__}")
    print(f"{COUNT:,} synthetic numbers each, best of {ROUNDS} rounds; {valid_share:.1%} of the phones valid")
    print(f"phone.validate:                   {migstd_rate:>12,.0f} numbers/s")
    print(f"phonenumbers parse+valid+E164:    {raw_rate:>12,.0f} numbers/s")
    print(f"ratio migstd/phonenumbers:        {migstd_rate / raw_rate:>12.2f}")
    print(
        f"{len(people_phones):,} distinct phones of {COUNT:,} synthetic people; "
        f"{people_valid_share:.1%} of them valid"
    )
    print(f"phone.validate:                   {people_rate:>12,.0f} numbers/s")
    print(f"phonenumbers parse+valid+E164:    {people_raw_rate:>12,.0f} numbers/s")
    print(f"ratio migstd/phonenumbers:        {people_rate / people_raw_rate:>12.2f}")
    print(f"personal_number.validate:         {personal_rate:>12,.0f} numbers/s")


if __name__ == "__main__":
    main()
