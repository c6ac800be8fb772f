"""Languages: ISO 639-3 codes in a scope chosen for migration records.

The list holds every language with an ISO 639-1 code and the languages of
Georgia's minorities, neighbours and migrants that have only an ISO 639-3 code
(Mingrelian ``xmf``, Svan ``sva``, Laz ``lzz``, Bats ``bbl``, Assyrian
Neo-Aramaic ``aii``, Udi ``udi``, North Azerbaijani ``azj``, Northern Kurdish
``kmr``, Pontic Greek ``pnt``, Urum ``uum``, and others). The canonical code is
the ISO 639-3 code; :meth:`~CodeList.get` also accepts the ISO 639-1 code and
the ISO 639-2/B bibliographic code:

>>> languages.get("ka") is languages.get("geo") is languages.get("kat")
True
>>> languages.lookup("მეგრული").code, languages.lookup("ᲛᲔᲒᲠᲣᲚᲘ").code
('xmf', 'xmf')
>>> languages.label("hye", lang="ru")
'армянский'

Codes and English names come from pycountry (Debian iso-codes). Georgian labels
come from Unicode CLDR where it has the language, and are editorial translations
elsewhere (such entries say so in ``note``). Russian labels come from
pycountry's ``ru`` catalogue and are missing where it has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList, ListInfo
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = ["Language", "LanguageCode", "languages"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Language(CodeEntry):
    """A language of ISO 639-3, keyed by its three-letter code.

    ``alpha_2`` is the ISO 639-1 code and ``bibliographic`` the ISO 639-2/B code
    where it differs from the ISO 639-3 code; both are empty otherwise.
    ``scope`` is "individual", "macrolanguage" or "special", and
    ``language_type`` is "living", "historical", "constructed", "extinct",
    "ancient" or "special", as ISO 639-3 classifies the language.
    """

    alpha_2: str = ""
    bibliographic: str = ""
    scope: str
    language_type: str

    @property
    def alpha_3(self) -> str:
        """The ISO 639-3 code, which is also :attr:`code`."""
        return self.code

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the ISO 639-1 and ISO 639-2/B codes that the language has."""
        return tuple(code for code in (self.alpha_2, self.bibliographic) if code)


def _load_languages() -> tuple[ListInfo, list[Language]]:
    return load_data("languages", Language)


languages: CodeList[Language] = CodeList("languages", _load_languages, languages=("en", "ka", "ru"))
"""ISO 639-3 languages in migstd's scope (see the module docstring)."""

LanguageCode = Annotated[
    str,
    CodeValidator(
        languages,
        rule="language_code",
        forms="ISO 639-3 codes, ISO 639-1 codes and ISO 639-2/B codes",
    ),
]
"""A pydantic field type that stores a language's ISO 639-3 code."""
