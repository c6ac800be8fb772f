"""Sex: the codes of ISO/IEC 5218 with their ICAO Doc 9303 letters."""

from __future__ import annotations

from dataclasses import dataclass

from migstd.codelists._codelist import CodeEntry, CodeList, ListInfo

__all__ = ["Sex", "sex"]

_SOURCE = "ISO/IEC 5218:2022; ICAO letters from ICAO Doc 9303 Part 4"


@dataclass(frozen=True, slots=True, kw_only=True)
class Sex(CodeEntry):
    """A sex code of ISO/IEC 5218 ("0", "1", "2" or "9").

    ``icao`` is the letter that machine-readable travel documents print for it:
    "M", "F", or "X" for unspecified, which stands for both "0" and "9".
    """

    icao: str

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the ICAO letter. The list gives "X" to "0", which comes first."""
        return (self.icao,)


# No official Georgian rendering of ISO/IEC 5218 was found, so the Georgian
# labels of "0" and "9" are translations made for migstd and say so in their note.
_EDITORIAL = "Georgian label is an editorial translation"
_ENTRIES = (
    Sex(
        code="0",
        icao="X",
        labels={"en": "not known", "ka": "უცნობი"},
        aliases=("unknown",),
        source=_SOURCE,
        note=_EDITORIAL,
    ),
    Sex(
        code="1",
        icao="M",
        labels={"en": "male", "ka": "მამრობითი"},
        aliases=("კაცი",),
        source=_SOURCE,
    ),
    Sex(
        code="2",
        icao="F",
        labels={"en": "female", "ka": "მდედრობითი"},
        aliases=("ქალი",),
        source=_SOURCE,
    ),
    Sex(
        code="9",
        icao="X",
        labels={"en": "not applicable", "ka": "არ ვრცელდება"},
        source=_SOURCE,
        note=_EDITORIAL,
    ),
)


_INFO = ListInfo(
    title={"en": "Sex", "ka": "სქესი"},
    source=_SOURCE,
    version="ISO/IEC 5218:2022; ICAO Doc 9303, eighth edition (2021)",
    licence="codes and names of a standard, stated as facts",
)


def _load_sex() -> tuple[ListInfo, tuple[Sex, ...]]:
    return _INFO, _ENTRIES


sex: CodeList[Sex] = CodeList("sex", _load_sex)
"""ISO/IEC 5218 sex codes. :meth:`~CodeList.get` also accepts the ICAO letters M, F and X."""
