"""Second records of the same person, with the changes that agencies' records really show.

:func:`duplicates_of` takes a person and generates another valid record of
them; :func:`duplicate_changes_of` also says which changes were applied.

>>> from migstd.models import Person
>>> from hypothesis import find, settings
>>> nino = Person(names=[{"given_names": "ნინო", "family_names": "ბერიძე"}], birth_date="1990-03-07")
>>> copy, changes = find(duplicate_changes_of(nino, kinds=["mtavruli"]), lambda pair: True,
...                      settings=settings(database=None))
>>> copy.given_name, copy.family_name, changes
('ᲜᲘᲜᲝ', 'ᲑᲔᲠᲘᲫᲔ', ('mtavruli',))
>>> swapped, _ = find(duplicate_changes_of(nino, kinds=["day_month_swap"]), lambda pair: True,
...                   settings=settings(database=None))
>>> str(swapped.birth_date)
'1990-07-03'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, Literal

from hypothesis import assume
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from migstd.models import PartialDate, Person, PersonName, RomanizationSystem
from migstd.script import Script, to_cyrillic, to_latin
from migstd.strategies._data import short_given_names
from migstd.strategies._options import check_choices, check_size
from migstd.strategies._people import addresses

__all__ = ["DUPLICATE_KINDS", "DuplicateKind", "duplicate_changes_of", "duplicates_of"]

DuplicateKind = Literal[
    "typo",
    "romanization",
    "mtavruli",
    "cyrillic",
    "nickname",
    "day_month_swap",
    "missing_field",
    "address_change",
]
DUPLICATE_KINDS: Final[tuple[DuplicateKind, ...]] = (
    "typo",
    "romanization",
    "mtavruli",
    "cyrillic",
    "nickname",
    "day_month_swap",
    "missing_field",
    "address_change",
)
"""Kinds of change between two records of one person, in the order they are applied."""

# Kinds that rewrite the main Georgian name in another script; at most one applies.
_SCRIPT_KINDS: Final = frozenset({"romanization", "mtavruli", "cyrillic"})

# Optional fields of Person that a second record may lack, with their empty value.
_OPTIONAL_FIELDS: Final[dict[str, Any]] = {
    "birth_date": None,
    "sex": None,
    "country_of_birth": None,
    "citizenships": (),
    "identifiers": (),
    "documents": (),
    "residence": None,
    "contact_points": (),
}

_SYSTEMS: Final[tuple[RomanizationSystem, ...]] = ("passport", "national", "bgn1981", "iso9984", "ala-lc")

_GEORGIAN_LETTERS: Final = "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ"
_LATIN_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC_LETTERS: Final = "абвгдежзийклмнопрстуфхцчшщыэюя"


def _alphabet(letter: str) -> str:
    # A replaced letter comes from the same alphabet, so the name keeps its script.
    # Mtavruli capitals lower-case to Mkhedruli, and the replacement is upper-cased back.
    if letter in _GEORGIAN_LETTERS:
        return _GEORGIAN_LETTERS
    if letter in _CYRILLIC_LETTERS:
        return _CYRILLIC_LETTERS
    return _LATIN_LETTERS


def _georgian_name_index(person: Person) -> int | None:
    # The first official Mkhedruli name, else the first Mkhedruli name.
    candidates = [index for index, name in enumerate(person.names) if name.script == Script.MKHEDRULI]
    official = [index for index in candidates if person.names[index].use == "official"]
    chosen = official or candidates
    return chosen[0] if chosen else None


def _applicable(person: Person) -> set[DuplicateKind]:
    found: set[DuplicateKind] = {"typo", "address_change"}
    georgian = _georgian_name_index(person)
    if georgian is not None:
        found |= {"romanization", "mtavruli", "cyrillic"}
        if any(part in short_given_names() for part in person.names[georgian].given_names):
            found.add("nickname")
    date = person.birth_date
    if (
        date is not None
        and date.month is not None
        and date.day is not None
        and date.day <= 12
        and date.day != date.month
    ):
        found.add("day_month_swap")
    if any(getattr(person, name) != empty for name, empty in _OPTIONAL_FIELDS.items()):
        found.add("missing_field")
    return found


def duplicate_changes_of(
    person: Person, *, kinds: Sequence[DuplicateKind] | None = None, max_changes: int = 2
) -> st.SearchStrategy[tuple[Person, tuple[DuplicateKind, ...]]]:
    """Generate ``(duplicate, kinds applied)`` pairs: another valid record of ``person`` and its changes.

    ``kinds`` limits the changes to some of :data:`DUPLICATE_KINDS` (all by
    default); 1 to ``max_changes`` of those that apply to the person are made,
    in the order of :data:`DUPLICATE_KINDS`, and at most one of the script
    changes. Raises :class:`~hypothesis.errors.InvalidArgument` when none of
    ``kinds`` applies, for example "day_month_swap" for a person without a
    full birth date whose day is 12 or less. Shrinks towards one change, the
    first applicable kind.
    """
    if not isinstance(person, Person):
        raise InvalidArgument(f"person must be a migstd.models.Person, not {type(person).__name__}")
    chosen = check_choices(kinds, DUPLICATE_KINDS, name="kinds")
    if check_size(max_changes, name="max_changes") < 1:
        raise InvalidArgument("max_changes=0 makes no change, so no duplicate would differ; use 1 or more")

    usable = [kind for kind in chosen if kind in _applicable(person)]
    if not usable:
        raise InvalidArgument(f"none of the kinds {', '.join(chosen)} applies to this person")
    return _duplicates(person, tuple(usable), max_changes)


def duplicates_of(
    person: Person, *, kinds: Sequence[DuplicateKind] | None = None, max_changes: int = 2
) -> st.SearchStrategy[Person]:
    """Generate other valid records of ``person``; options and shrinking as :func:`duplicate_changes_of`.

    Each record differs from ``person``:

    - "typo": one letter of a part of the main name replaced, dropped,
      doubled or swapped with the next, in the part's script;
    - "romanization", "mtavruli", "cyrillic": the main Georgian name written
      by a romanization system, in Mtavruli capitals or in Russian letters;
    - "nickname": a given name replaced by its diminutive (გიორგი by გია,
      from the given-name alias table). The table lists Georgian given
      names, so this kind does not apply to most names of minority origin,
      such as ტიგრან or ალი, and is left out for them;
    - "day_month_swap": day and month of a full birth date swapped, when both
      are 12 or less and differ;
    - "missing_field": one optional field emptied;
    - "address_change": another residence.
    """
    return duplicate_changes_of(person, kinds=kinds, max_changes=max_changes).map(lambda pair: pair[0])


@st.composite
def _duplicates(
    draw: st.DrawFn, person: Person, usable: tuple[DuplicateKind, ...], max_changes: int
) -> tuple[Person, tuple[DuplicateKind, ...]]:
    script_kinds = [kind for kind in usable if kind in _SCRIPT_KINDS]
    others = [kind for kind in usable if kind not in _SCRIPT_KINDS]
    pool = [*others, draw(st.sampled_from(script_kinds))] if script_kinds else others
    ordered = [kind for kind in DUPLICATE_KINDS if kind in pool]
    applied = draw(
        st.lists(st.sampled_from(ordered), min_size=1, max_size=min(max_changes, len(ordered)), unique=True)
    )
    applied = sorted(applied, key=DUPLICATE_KINDS.index)

    data = person.model_dump()
    names = list(person.names)
    for kind in applied:
        if kind == "nickname":
            names = _replace_main(names, person, lambda name: _nickname(draw, name))
        elif kind == "typo":
            index = _georgian_name_index(person)
            target = index if index is not None else 0
            names[target] = _typo(draw, names[target])
        elif kind in _SCRIPT_KINDS:
            names = _replace_main(names, person, lambda name, kind=kind: _rewrite(draw, name, kind))
        elif kind == "day_month_swap":
            date = person.birth_date
            assert date is not None and date.month is not None and date.day is not None
            data["birth_date"] = PartialDate(date.year, date.day, date.month)
        elif kind == "missing_field":
            filled = [name for name, empty in _OPTIONAL_FIELDS.items() if getattr(person, name) != empty]
            field = draw(st.sampled_from(filled))
            data[field] = _OPTIONAL_FIELDS[field]
        elif kind == "address_change":
            data["residence"] = draw(addresses().filter(lambda address: address != person.residence))

    # Dumped and validated again, so that every changed name is checked as input would be.
    data["names"] = [name.model_dump() for name in names]
    duplicate = Person.model_validate(data)
    # Every kind changes a value, but two changes could in principle undo each other.
    assume(duplicate != person)
    return duplicate, tuple(applied)


def _replace_main(names: list[Any], person: Person, rewrite: Any) -> list[Any]:
    index = _georgian_name_index(person)
    assert index is not None
    names[index] = rewrite(names[index])
    return names


def _nickname(draw: st.DrawFn, name: PersonName) -> PersonName:
    aliases = short_given_names()
    parts = list(name.given_names)
    positions = [position for position, part in enumerate(parts) if part in aliases]
    if not positions:
        return name
    position = draw(st.sampled_from(positions))
    parts[position] = draw(st.sampled_from(aliases[parts[position]]))
    return name.model_copy(update={"given_names": tuple(parts)})


def _rewrite(draw: st.DrawFn, name: PersonName, kind: str) -> PersonName:
    if name.script != Script.MKHEDRULI:
        # A typo or nickname applied earlier keeps the script, so this does not happen.
        return name
    parts = {
        "given_names": name.given_names,
        "family_names": name.family_names,
        "patronymic": name.patronymic,
    }
    if kind == "mtavruli":
        return PersonName(**_map_parts(parts, str.upper), use=name.use)
    if kind == "cyrillic":
        return PersonName(**_map_parts(parts, to_cyrillic), use="alias")
    system = draw(st.sampled_from(_SYSTEMS))
    return PersonName(
        **_map_parts(parts, lambda part: to_latin(part, system, name=True)),
        romanization=system,
        use="passport" if system == "passport" else "alias",
    )


def _map_parts(parts: dict[str, Any], function: Any) -> dict[str, Any]:
    mapped: dict[str, Any] = {}
    for key, value in parts.items():
        if value is None:
            mapped[key] = None
        elif isinstance(value, tuple):
            mapped[key] = tuple(function(part) for part in value)
        else:
            mapped[key] = function(value)
    return mapped


def _typo(draw: st.DrawFn, name: PersonName) -> PersonName:
    fields = [field for field in ("given_names", "family_names") if getattr(name, field)]
    field = draw(st.sampled_from(fields))
    parts = list(getattr(name, field))
    position = draw(st.integers(0, len(parts) - 1))
    parts[position] = _misspell(draw, parts[position])
    return name.model_copy(update={field: tuple(parts)})


def _misspell(draw: st.DrawFn, part: str) -> str:
    letters = [index for index, char in enumerate(part) if char.isalpha()]
    index = draw(st.sampled_from(letters))
    char = part[index]
    alphabet = _alphabet(char.lower())
    operations = ["replace", "double"]
    if len(letters) > 1:
        operations.append("drop")
    if index + 1 < len(part) and part[index + 1] != char:
        operations.append("swap")

    operation = draw(st.sampled_from(operations))
    if operation == "replace":
        other = draw(st.sampled_from([letter for letter in alphabet if letter != char.lower()]))
        return part[:index] + (other.upper() if char.isupper() else other) + part[index + 1 :]
    if operation == "double":
        return part[:index] + char + part[index:]
    if operation == "drop":
        return part[:index] + part[index + 1 :]
    return part[:index] + part[index + 1] + char + part[index + 2 :]
