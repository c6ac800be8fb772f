"""Scripts: ISO 15924 codes of writing systems.

The canonical code is the four-letter code; :meth:`~CodeList.get` also accepts
the three-digit numeric code. Georgian is written in two ISO 15924 scripts:
``Geor`` for Mkhedruli and Mtavruli, and ``Geok`` for Khutsuri (Asomtavruli
and Nuskhuri):

>>> scripts.get("240").code, scripts.get("geok").code
('Geor', 'Geok')
>>> scripts.lookup("მხედრული").code
'Geor'

Georgian labels come from pycountry's ``ka`` catalogue, and from CLDR or an
editorial translation where the catalogue has none.

NOTE: 52 of the 226 scripts, mostly historic or rare ones, have no Georgian
label, so :meth:`~CodeList.label` falls back to English for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList, ListInfo
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = ["Script", "ScriptCode", "scripts"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Script(CodeEntry):
    """A script of ISO 15924, keyed by its four-letter code ("Geor").

    ``numeric`` is the three-digit numeric code with its leading zeros ("020").
    """

    numeric: str

    @property
    def alpha_4(self) -> str:
        """The ISO 15924 four-letter code, which is also :attr:`code`."""
        return self.code

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the numeric code."""
        return (self.numeric,)


def _load_scripts() -> tuple[ListInfo, list[Script]]:
    return load_data("scripts", Script)


scripts: CodeList[Script] = CodeList("scripts", _load_scripts)
"""ISO 15924 scripts, all codes of pycountry's data."""

ScriptCode = Annotated[
    str,
    CodeValidator(scripts, rule="script_code", forms="ISO 15924 four-letter and numeric codes"),
]
"""A pydantic field type that stores a script's ISO 15924 four-letter code."""
