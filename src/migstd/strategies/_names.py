"""Strategies for names of people, drawn by origin and frequency and written in the scripts records use.

Names come from the frequency tables of Georgian voters and from the name
table of Georgia's minorities (see :mod:`migstd.strategies._data`). The
origin of a name is drawn by its group's share of the 2014 census, Georgian
first, and names within an origin most frequent first, so a name shrinks
towards გიორგი ბერიძე or ნინო ბერიძე.

>>> from hypothesis import find, settings
>>> name = find(person_names(), lambda name: True, settings=settings(database=None))
>>> name.parts(), name.script.value, name.use
(('გიორგი', 'ბერიძე'), 'mkhedruli', 'official')
>>> latin = find(person_names(scripts=("latin",)), lambda name: True, settings=settings(database=None))
>>> latin.parts(), latin.romanization, latin.use
(('Giorgi', 'Beridze'), 'national', 'alias')
>>> woman = find(person_names(origins=("azerbaijani",), sex="F"), lambda name: True,
...              settings=settings(database=None))
>>> woman.parts()
('აიგიუნ', 'მამედოვა')
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import partial
from itertools import accumulate
from typing import Final, Literal, get_args

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from migstd.models import NameUse, PersonName, RomanizationSystem
from migstd.script import to_cyrillic, to_latin
from migstd.strategies._data import GEORGIAN, NameOrigin, Sex, given_names, origin_counts, surnames
from migstd.strategies._options import check_choices

__all__ = [
    "NAME_ORIGINS",
    "NAME_SCRIPTS",
    "SEXES",
    "check_origins",
    "georgian_names",
    "name_origin_shares",
    "name_origins",
    "names_of_origin",
    "origin_names",
    "person_names",
    "write_name",
]

NameScript = Literal["mkhedruli", "latin", "cyrillic", "mtavruli"]
NAME_SCRIPTS: Final[tuple[NameScript, ...]] = ("mkhedruli", "latin", "cyrillic", "mtavruli")
"""Scripts of generated names: Georgian, romanized, Russian Cyrillic and Georgian capitals (Mtavruli)."""

NAME_ORIGINS: Final[tuple[NameOrigin, ...]] = get_args(NameOrigin)
"""Origins of generated names: Georgian, then Georgia's minorities by 2014 census count, largest first."""

SEXES: Final[tuple[Sex, ...]] = ("M", "F")

ROMANIZATION_SYSTEMS: Final[tuple[RomanizationSystem, ...]] = get_args(RomanizationSystem)


def _check_sex(sex: Sex | None) -> Sex | None:
    if sex is not None and sex not in SEXES:
        raise InvalidArgument(f"sex={sex!r} is not 'M', 'F' or None")
    return sex


def check_origins(origins: Sequence[NameOrigin] | None) -> tuple[NameOrigin, ...]:
    """Return ``origins`` in the order of :data:`NAME_ORIGINS` (all by default), or raise for unknown ones."""
    return check_choices(origins, NAME_ORIGINS, name="origins")


def name_origin_shares() -> dict[NameOrigin, float]:
    """Return each origin's share of Georgia's population in the 2014 census.

    The keys are in the order of :data:`NAME_ORIGINS` and the shares sum to
    1. The Georgian share is everyone the census does not count in one of
    the minority groups.
    """
    counts = origin_counts()
    total = sum(counts.values())
    return {origin: counts[origin] / total for origin in NAME_ORIGINS}


def name_origins(*, origins: Sequence[NameOrigin] | None = None) -> st.SearchStrategy[NameOrigin]:
    """Generate name origins, each by its census share among ``origins``.

    ``origins`` chooses among :data:`NAME_ORIGINS` (all by default); an
    unknown origin raises :class:`~hypothesis.errors.InvalidArgument`. Shrinks
    towards the first chosen origin in the order of :data:`NAME_ORIGINS`,
    "georgian" by default.
    """
    return _origins_by_share(check_origins(origins))


def _origins_by_share(chosen: tuple[NameOrigin, ...]) -> st.SearchStrategy[NameOrigin]:
    if len(chosen) == 1:
        return st.just(chosen[0])

    shares = name_origin_shares()
    total = sum(shares[origin] for origin in chosen)
    upper_bounds = list(accumulate(shares[origin] / total for origin in chosen))

    # A float in [0, 1) picks the origin whose slice of the cumulative shares
    # contains it, and shrinks towards 0.0, which is the first origin. Integers
    # would not do, because Hypothesis draws them mostly near 0: a draw from
    # 0 to the census total gave 0.9 % minorities in 3,000 examples, not 12.7 %.
    # NOTE: shares are approximate because Hypothesis does not promise uniform
    # floats; the tests measure them with a loose tolerance.
    def pick(fraction: float) -> NameOrigin:
        return chosen[min(bisect_right(upper_bounds, fraction), len(chosen) - 1)]

    return st.floats(min_value=0.0, max_value=1.0, exclude_max=True).map(pick)


@st.composite
def origin_names(
    draw: st.DrawFn, origins: tuple[NameOrigin, ...], sex: Sex | None
) -> tuple[NameOrigin, Sex, str, str]:
    """Draw ``(origin, sex, given name, surname)``; options are checked by the caller."""
    origin = draw(_origins_by_share(origins))
    drawn_sex = sex if sex is not None else draw(st.sampled_from(SEXES))
    given = draw(st.sampled_from(given_names(drawn_sex, origin)))
    family = draw(st.sampled_from(surnames(drawn_sex, origin)))
    return origin, drawn_sex, given, family


def names_of_origin(
    *, origins: Sequence[NameOrigin] | None = None, sex: Sex | None = None
) -> st.SearchStrategy[tuple[str, str]]:
    """Generate a given name and surname in Mkhedruli, of an origin drawn by census share.

    ``origins`` chooses among :data:`NAME_ORIGINS` (all by default), and an
    unknown origin raises :class:`~hypothesis.errors.InvalidArgument`.
    ``sex`` ("M" or "F") picks the given names and surname forms of one sex,
    such as -ოვი or -ოვა where an origin has both forms. By default the sex
    is drawn, male first. Shrinks towards ("გიორგი", "ბერიძე"), or the most
    frequent name of the first chosen origin.
    """
    chosen = check_origins(origins)
    return origin_names(chosen, _check_sex(sex)).map(lambda drawn: (drawn[2], drawn[3]))


def georgian_names(*, sex: Sex | None = None) -> st.SearchStrategy[tuple[str, str]]:
    """Generate a Georgian given name and surname in Mkhedruli, by frequency.

    The same as ``names_of_origin(origins=("georgian",), sex=sex)``.
    Shrinks towards ("გიორგი", "ბერიძე").
    """
    return names_of_origin(origins=(GEORGIAN,), sex=sex)


def write_name(
    given: str, family: str, patronymic: str | None, script: NameScript, system: RomanizationSystem
) -> PersonName:
    """Return the :class:`PersonName` of a name in Mkhedruli written in ``script``.

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
    origins: Sequence[NameOrigin] | None = None,
) -> st.SearchStrategy[PersonName]:
    """Generate :class:`~migstd.models.PersonName` values of names of Georgia's people in one of ``scripts``.

    ``scripts`` chooses among "mkhedruli", "latin", "cyrillic" and "mtavruli"
    (all by default); ``systems`` the romanization systems of Latin names
    (all of :data:`migstd.script.ROMANIZATION_SYSTEMS` by default); ``sex``
    the sex of the given name and surname form; ``origins`` the origins of
    :data:`NAME_ORIGINS` to draw from by census share (all by default). The
    patronymic, a father's given name of the same origin, is optional.
    Shrinks towards გიორგი ბერიძე in Mkhedruli, without a patronymic; a
    Latin name towards the national system.
    """
    return _person_names(
        check_choices(scripts, NAME_SCRIPTS, name="scripts"),
        check_choices(systems, ROMANIZATION_SYSTEMS, name="systems"),
        _check_sex(sex),
        check_origins(origins),
    )


@st.composite
def _person_names(
    draw: st.DrawFn,
    scripts: tuple[NameScript, ...],
    systems: tuple[RomanizationSystem, ...],
    sex: Sex | None,
    origins: tuple[NameOrigin, ...],
) -> PersonName:
    origin, _sex, given, family = draw(origin_names(origins, sex))
    patronymic = draw(st.none() | st.sampled_from(given_names("M", origin)))
    script = draw(st.sampled_from(scripts))
    system = draw(st.sampled_from(systems))
    return write_name(given, family, patronymic, script, system)
