"""Passport-style Latin names and the other romanizations seen in real records.

The passport spelling comes from :func:`migstd.script.to_latin`. The variant
rules below imitate spellings attested in Georgian name data:

* ყ written k, ღ written g, ფ written ph, ძ written z, ჭ written tch;
* chat-style letters: q for ქ, x for ხ, c for ც, w for წ, y for ყ;
* the national system's ejective apostrophes;
* the Georgian nominative -i added or dropped;
* russified or anglicised given names.
"""

from __future__ import annotations

from functools import cache

from migstd.script import to_latin
from migstd.synth._names import given_name_spellings, surname_sex

# Each rule replaces some Georgian letters with a Latin spelling before the
# remaining letters are romanized with the passport system.
_LETTER_RULES: tuple[dict[str, str], ...] = (
    {"ქ": "q", "ხ": "x", "ც": "c", "წ": "w", "ყ": "y"},
    {"ყ": "k"},
    {"ღ": "g"},
    {"ფ": "ph"},
    {"ძ": "z"},
    {"ჭ": "tch"},
)

# Russified or anglicised forms of common given names, as printed in some
# foreign-issued or older documents. Illustrative, not complete.
_GIVEN_NAME_ALIASES = {
    "გიორგი": "GEORGE",
    "დავით": "DAVID",
    "დავითი": "DAVID",
    "ალექსანდრე": "ALEXANDER",
    "მიხეილ": "MIKHAIL",
    "მიხეილი": "MIKHAIL",
    "ვლადიმერ": "VLADIMIR",
    "ვლადიმერი": "VLADIMIR",
    "ვალერი": "VALERY",
    "კონსტანტინე": "KONSTANTIN",
    "ელენე": "ELENA",
}

_GEORGIAN_VOWELS = frozenset("აეიოუ")
_NOMINATIVE_ENDING = "ი"


def passport_latin(georgian: str) -> str:
    """Romanize a Georgian name as printed in a passport: national system, no apostrophes.

    >>> passport_latin("წიკლაური")
    'TSIKLAURI'
    """
    return to_latin(georgian, "passport").upper()


@cache
def variant_spellings(georgian: str, *, given_name: bool) -> tuple[str, ...]:
    """Return the other Latin spellings of a Georgian name, without the passport spelling.

    ``given_name`` adds the rules that apply only to given names (the
    nominative -i and the aliases). The result has no duplicates and is in a
    fixed order, so a seeded choice from it is reproducible.

    >>> variant_spellings("ყიფიანი", given_name=False)
    ('YIPIANI', 'KIPIANI', 'QIPHIANI', "Q'IPIANI")
    >>> variant_spellings("დავით", given_name=True)
    ('DAVITI', 'DAVID')
    """
    passport = passport_latin(georgian)
    candidates = [_with_letter_rule(georgian, rule) for rule in _LETTER_RULES]
    candidates.append(to_latin(georgian, "national").upper())

    if given_name:
        candidates.extend(_nominative_variants(georgian))
        if georgian in _GIVEN_NAME_ALIASES:
            candidates.append(_GIVEN_NAME_ALIASES[georgian])
    elif surname_sex(georgian) == "M":
        # Russian-style surnames lose the Georgian nominative -i: Mamedovi, Mamedov.
        candidates.append(passport.removesuffix("I"))

    unique = dict.fromkeys(candidate for candidate in candidates if candidate != passport)
    return tuple(unique)


def _with_letter_rule(georgian: str, rule: dict[str, str]) -> str:
    replaced = "".join(rule.get(letter, letter) for letter in georgian)
    return to_latin(replaced, "passport").upper()


def _nominative_variants(georgian: str) -> list[str]:
    """Add the nominative -i to a consonant-final name, or drop it where both forms exist."""
    if georgian[-1:] not in _GEORGIAN_VOWELS:
        return [passport_latin(georgian + _NOMINATIVE_ENDING)]

    stem = georgian.removesuffix(_NOMINATIVE_ENDING)
    if stem != georgian and stem in given_name_spellings():
        return [passport_latin(stem)]
    return []
