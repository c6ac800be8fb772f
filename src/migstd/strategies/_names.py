"""Strategies for names of people, drawn by frequency and written in the scripts records use.

Given names and surnames come from the frequency tables of Georgian voters
(see :mod:`migstd.strategies._data`), most frequent first, so a name shrinks
towards გიორგი ბერიძე or ნინო ბერიძე.

>>> from hypothesis import find, settings
>>> name = find(person_names(), lambda name: True, settings=settings(database=None))
>>> name.parts(), name.script.value, name.use
(('გიორგი', 'ბერიძე'), 'mkhedruli', 'official')
>>> latin = find(person_names(scripts=("latin",)), lambda name: True, settings=settings(database=None))
>>> latin.parts(), latin.romanization, latin.use
(('Giorgi', 'Beridze'), 'national', 'alias')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Final, Literal, get_args

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from migstd.models import NameUse, PersonName, RomanizationSystem
from migstd.script import to_cyrillic, to_latin
from migstd.strategies._data import Sex, given_names, surnames
from migstd.strategies._options import check_choices

__all__ = ["NAME_SCRIPTS", "SEXES", "georgian_names", "person_names", "write_name"]

NameScript = Literal["mkhedruli", "latin", "cyrillic", "mtavruli"]
NAME_SCRIPTS: Final[tuple[NameScript, ...]] = ("mkhedruli", "latin", "cyrillic", "mtavruli")
"""Scripts of generated names: Georgian, romanized, Russian Cyrillic and Georgian capitals (Mtavruli)."""

SEXES: Final[tuple[Sex, ...]] = ("M", "F")

ROMANIZATION_SYSTEMS: Final[tuple[RomanizationSystem, ...]] = get_args(RomanizationSystem)


def _check_sex(sex: Sex | None) -> Sex | None:
    if sex is not None and sex not in SEXES:
        raise InvalidArgument(f"sex={sex!r} is not 'M', 'F' or None")
    return sex


def georgian_names(*, sex: Sex | None = None) -> st.SearchStrategy[tuple[str, str]]:
    """Generate a Georgian given name and surname in Mkhedruli, by frequency.

    ``sex`` ("M" or "F") picks the given names and surname forms of one sex;
    by default it is drawn, male first. Shrinks towards ("გიორგი", "ბერიძე").
    """
    chosen = _check_sex(sex)
    sexes = SEXES if chosen is None else (chosen,)
    return st.sampled_from(sexes).flatmap(
        lambda drawn: st.tuples(st.sampled_from(given_names(drawn)), st.sampled_from(surnames(drawn)))
    )


def write_name(
    given: str, family: str, patronymic: str | None, script: NameScript, system: RomanizationSystem
) -> PersonName:
    """Return the :class:`PersonName` of a Georgian name written in ``script``.

    A Latin name is romanized by ``system`` and used as "passport" when the
    system is the passport one, else as "alias"; a Cyrillic name is an
    "alias"; Georgian names, small or capital, are "official".
    """
    convert: Callable[[str], str] = str
    use: NameUse = "official"
    romanization: RomanizationSystem | None = None
    if script == "latin":
        convert = partial(to_latin, system=system, name=True)
        use = "passport" if system == "passport" else "alias"
        romanization = system
    elif script == "cyrillic":
        convert = to_cyrillic
        use = "alias"
    elif script == "mtavruli":
        # str.upper turns Mkhedruli letters into their Mtavruli capitals.
        convert = str.upper

    return PersonName(
        given_names=(convert(given),),
        family_names=(convert(family),),
        patronymic=None if patronymic is None else convert(patronymic),
        romanization=romanization,
        use=use,
    )


def person_names(
    *,
    scripts: Sequence[NameScript] | None = None,
    systems: Sequence[RomanizationSystem] | None = None,
    sex: Sex | None = None,
) -> st.SearchStrategy[PersonName]:
    """Generate :class:`~migstd.models.PersonName` values of Georgian names in one of ``scripts``.

    ``scripts`` chooses among "mkhedruli", "latin", "cyrillic" and "mtavruli"
    (all by default); ``systems`` the romanization systems of Latin names
    (all of :data:`migstd.script.ROMANIZATION_SYSTEMS` by default); ``sex``
    the sex of the given name and surname form. The patronymic, a father's
    given name, is optional. Shrinks towards გიორგი ბერიძე in Mkhedruli,
    without a patronymic; a Latin name towards the national system.
    """
    return _person_names(
        check_choices(scripts, NAME_SCRIPTS, name="scripts"),
        check_choices(systems, ROMANIZATION_SYSTEMS, name="systems"),
        _check_sex(sex),
    )


@st.composite
def _person_names(
    draw: st.DrawFn, scripts: tuple[NameScript, ...], systems: tuple[RomanizationSystem, ...], sex: Sex | None
) -> PersonName:
    given, family = draw(georgian_names(sex=sex))
    patronymic = draw(st.none() | st.sampled_from(given_names("M")))
    script = draw(st.sampled_from(scripts))
    system = draw(st.sampled_from(systems))
    return write_name(given, family, patronymic, script, system)
