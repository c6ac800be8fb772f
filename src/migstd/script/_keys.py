"""Phonetic name keys that match one name across scripts and romanizations."""

from __future__ import annotations

import csv
import functools
import importlib.resources
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from migstd.errors import MigstdError
from migstd.script._fold import latin_fold
from migstd.script._letters import LETTER_BY_MKHEDRULI
from migstd.script._normalize import normalize

__all__ = ["GivenNameAlias", "load_given_name_aliases", "name_key"]

# Plain Russian transliteration, the spelling that Russian-mediated documents
# use for Georgian names (Джапаридзе → dzhaparidze). Ukrainian and Belarusian
# letters get their nearest Russian value.
_RUSSIAN: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip
_CYRILLIC_TABLE: Final = str.maketrans(
    {**_RUSSIAN, **{cyrillic.upper(): latin for cyrillic, latin in _RUSSIAN.items()}}
)
# Russian spells the Georgian ending -ია as -ия (Бокерия for ბოკერია).
_RUSSIAN_IA: Final = re.compile(r"ия\b", re.IGNORECASE)

# Letters with a caron or dot from ISO 9984, ALA-LC and Turkish spellings,
# replaced before latin_fold would strip the mark and lose the sound.
_MARKED_LATIN: Final = str.maketrans(
    {
        "č": "ch", "Č": "ch", "ç": "ch", "Ç": "ch",
        "š": "sh", "Š": "sh", "ž": "zh", "Ž": "zh",
        "ġ": "gh", "Ġ": "gh", "ḡ": "gh", "Ḡ": "gh",
        "ẖ": "kh",
    }
)  # fmt: skip

# Latin spellings and the key class of each. The pattern tries longer
# spellings first, so "tch" is one class and not t + ch. Some choices lose
# information. A c is ts as in chat and Polish spelling, so English c for k
# is missed, but ck is k. An f is p, because ფ is written f in chat and
# Russian spellings (Fridon). An h is a class of its own except after k, g,
# z, s, c, p and t.
# NOTE: German, Polish and Dutch spellings (-schwili, -szwili, -sjvili, -dse)
# get keys of their own; add rules here if records in those spellings occur.
_LATIN_CLASSES: Final[dict[str, str]] = {
    "dzh": "j", "tch": "ch",
    "kh": "kh", "gh": "g", "zh": "j", "dz": "z", "dj": "j",
    "ts": "ts", "tz": "ts", "tc": "ts", "ch": "ch", "sh": "s",
    "ph": "p", "th": "t", "ck": "k",
    "x": "kh", "c": "ts", "q": "k", "y": "i", "w": "v", "f": "p",
}  # fmt: skip
_MULTI_LETTER_SPELLINGS: Final = sorted(
    (spelling for spelling in _LATIN_CLASSES if len(spelling) > 1), key=len, reverse=True
)
_LATIN_UNITS: Final = re.compile("|".join(_MULTI_LETTER_SPELLINGS) + "|.")

_TOKEN_SEPARATORS: Final = re.compile(r"[\s\-\u2010-\u2015\u2212]+")


def _latin_classes(text: str) -> list[str]:
    classes: list[str] = []
    # An apostrophe ends a spelling: "t'ch" (ტჩ) is t + ch, not tch.
    for part in text.split("'"):
        folded = latin_fold(part).replace(" ", "")
        classes.extend(_LATIN_CLASSES.get(unit, unit) for unit in _LATIN_UNITS.findall(folded))
    return classes


def _token_classes(token: str) -> list[str]:
    """Return the key classes of one token, Georgian letters mapped directly."""
    classes: list[str] = []
    for is_georgian, run in itertools.groupby(token, key=lambda char: char in LETTER_BY_MKHEDRULI):
        if is_georgian:
            classes.extend(LETTER_BY_MKHEDRULI[char].key for char in run)
        else:
            classes.extend(_latin_classes("".join(run)))
    return [key_class for key_class in classes if key_class]


_VOWEL_CLASSES: Final = frozenset("aeiou")


def _drop_nominative_i(classes: list[str]) -> list[str]:
    """Drop the Georgian nominative -i after a consonant: Zurabi and Zurab agree."""
    if len(classes) > 2 and classes[-1] == "i" and classes[-2] not in _VOWEL_CLASSES:
        return classes[:-1]
    return classes


def _collapse_repeats(classes: Iterable[str]) -> str:
    return "".join(key_class for key_class, _run in itertools.groupby(classes))


@dataclass(frozen=True, slots=True)
class GivenNameAlias:
    """One row of the given-name alias table: a variant spelling of a canonical name."""

    canonical: str
    variant: str
    kind: str
    source: str


def data_rows(filename: str) -> Iterator[dict[str, str]]:
    """Yield the rows of a TSV file in ``migstd/script/data``, skipping ``#`` comment lines."""
    resource = importlib.resources.files("migstd.script").joinpath("data", filename)
    lines = resource.read_text(encoding="utf-8").splitlines()
    yield from csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")


@functools.cache
def load_given_name_aliases() -> tuple[GivenNameAlias, ...]:
    """Return the rows of ``data/given_name_aliases.tsv`` in file order."""
    return tuple(
        GivenNameAlias(row["canonical"], row["variant"], row["kind"], row["source"])
        for row in data_rows("given_name_aliases.tsv")
    )


def _token_key(token: str) -> str:
    """Return the key of one token before given-name aliases are applied."""
    return _collapse_repeats(_drop_nominative_i(_token_classes(token)))


def _prepare(text: str) -> str:
    """Normalize text and transliterate its Cyrillic and marked Latin letters."""
    text = normalize(text)
    text = _RUSSIAN_IA.sub("ia", text)
    text = text.translate(_CYRILLIC_TABLE)
    return text.translate(_MARKED_LATIN)


@functools.cache
def _alias_keys() -> dict[str, str]:
    """Map the key of each alias variant to the key of its canonical name.

    Raises :class:`migstd.errors.MigstdError` when the table is inconsistent:
    two canonical names whose variants share a key, or a variant that keys
    like another canonical name. Either would merge different names.
    """
    aliases = load_given_name_aliases()
    canonical_keys = {_token_key(_prepare(alias.canonical)) for alias in aliases}

    alias_keys: dict[str, str] = {}
    for alias in aliases:
        canonical_key = _token_key(_prepare(alias.canonical))
        variant_key = _token_key(_prepare(alias.variant))
        if variant_key == canonical_key:
            continue
        if variant_key in canonical_keys:
            raise MigstdError(f"given-name alias {alias.variant!r} keys like another canonical name")
        if alias_keys.setdefault(variant_key, canonical_key) != canonical_key:
            raise MigstdError(f"given-name alias {alias.variant!r} keys like a variant of another name")
    return alias_keys


def name_key(text: str) -> str:
    """Compute a coarse phonetic key that matches one name across scripts.

    The key is meant for blocking and for a "same key" comparison level in
    record linkage: names that are spelled differently but sound alike get the
    same key. It is lossy on purpose, so use it to generate candidate pairs,
    never to decide that two records match.

    The steps are:

    1. :func:`migstd.script.normalize`, which folds Georgian capitals to
       Mkhedruli and unifies apostrophes.
    2. Cyrillic transliterated with a plain Russian table (ж zh, х kh, ц ts,
       ч ch, ш sh, щ shch, й and ы y, я ya, ю yu, ё е э e, ь ъ dropped, and a
       final -ия as -ia).
    3. Text split into tokens at whitespace and dashes.
    4. Georgian letters mapped directly to key classes. The ejective and
       aspirate of each pair share a class, and so do ყ and k, ღ and g, ძ and
       z, and ჟ and ჯ.
    5. Other letters folded by :func:`migstd.script.latin_fold`, then
       spellings collapsed to one class each: kh and x; gh and g; zh, j, dzh
       and dj; dz and z; ts, tz, tc and c; ch and tch; sh and s; ph, f and p;
       th and t; q and k; y and i; w and v. An apostrophe ends a spelling and
       is then dropped.
    6. A final i after a consonant dropped, since Georgian writes names with
       and without the nominative ending (Zurabi and Zurab, Tamari and Tamar).
    7. Repeats of one class collapsed, so GAMSAKHURDIIA (the ICAO spelling of
       Гамсахурдия) and Gamsakhurdia agree.
    8. A token whose key is the key of a variant in the given-name alias
       table (``data/given_name_aliases.tsv``) replaced by the key of its
       canonical Georgian name, so Giorgi, Gogi, George, Georgiy and Георгий
       agree. Only whole tokens are replaced: Alexandrov keeps its own key.

    Latin spellings romanized from Russian need no table of their own: the
    ICAO Doc 9303 spellings and those of the Russian passport tables of 1997
    and 2010 (Dzhugashvili, Gamsakhurdiya, Tcereteli) fall into the same
    classes as the Georgian letters.

    Classes are written as the lower-case national spelling (``kh``, ``ts``,
    ``ch``), and tokens are joined by single spaces in their original order.
    Letters of other scripts, such as Armenian or Greek, are dropped.

    Because Georgian letters are mapped directly, a pair of letters whose
    romanization reads as one spelling keeps a key of its own: სჰ gives
    ``sh`` but its romanization "sh" gives ``s``. The national system has 14
    such pairs (for example გჰ, დზ, თშ, სჰ, ძჰ), all rare in names.

    >>> name_key("ჩხაიძე") == name_key("ᲩᲮᲐᲘᲫᲔ") == name_key("Чхаидзе")
    True
    >>> name_key("Ts'iklauri"), name_key("Ciklauri"), name_key("წიკლაური")
    ('tsiklaur', 'tsiklaur', 'tsiklaur')
    >>> name_key("Zurabi") == name_key("ზურაბ")
    True
    >>> name_key("Xaraishvili-Japaridze")
    'kharaisvil japarize'
    >>> name_key("George Dzhugashvili") == name_key("გიორგი ჯუღაშვილი")
    True
    """

    if not isinstance(text, str):
        raise TypeError(f"name_key() takes a str, not {type(text).__name__}")
    text = _prepare(text)
    alias_keys = _alias_keys()

    # NOTE: aliases apply to every token, because the key does not know which
    # token is the given name. A surname spelled like a listed variant (Ivan,
    # Tamara) gets the canonical key too; split the name fields if that occurs.
    keys: list[str] = []
    for token in _TOKEN_SEPARATORS.split(text):
        key = _token_key(token)
        if key:
            keys.append(alias_keys.get(key, key))
    return " ".join(keys)
