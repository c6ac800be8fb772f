"""Countries: ISO 3166-1 from pycountry, plus the user-assigned code for Kosovo."""

from __future__ import annotations

import gettext
from dataclasses import dataclass

from migstd.codelists._codelist import CodeEntry, CodeList, ListInfo

__all__ = ["KOSOVO", "Country", "countries"]

# Text domain of pycountry's gettext catalogues for ISO 3166-1 names.
_GETTEXT_DOMAIN = "iso3166-1"


@dataclass(frozen=True, slots=True, kw_only=True)
class Country(CodeEntry):
    """A country or territory of ISO 3166-1, keyed by its alpha-3 code.

    ``numeric`` keeps its leading zeros ("004") and is empty for codes outside
    ISO 3166-1. ``iso_assigned`` is false for user-assigned codes such as Kosovo's.
    """

    alpha_2: str
    numeric: str
    iso_assigned: bool = True

    @property
    def alpha_3(self) -> str:
        """The ISO 3166-1 alpha-3 code, which is also :attr:`code`."""
        return self.code

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the alpha-2 code and, when the country has one, the numeric code."""
        return tuple(code for code in (self.alpha_2, self.numeric) if code)


KOSOVO = Country(
    code="XKX",
    alpha_2="XK",
    numeric="",
    labels={"en": "Kosovo", "ka": "კოსოვო"},
    iso_assigned=False,
    source="user-assigned code, used by the European Commission and others",
)
"""Kosovo, which has no ISO 3166-1 code. XK and XKX are in the user-assigned range."""


# Corrections to pycountry 26.2.16's Georgian catalogue. The misspelled label
# stays an alias, so text copied from systems that used it still resolves.
_GEORGIAN_LABEL_FIXES: dict[str, str] = {
    "RUS": "რუსეთის ფედერაცია",  # the catalogue has "ფედრაცია", missing a letter
}

# Everyday short names, in English and Georgian, of countries whose ISO 3166-1
# names are longer or changed; neighbours and common countries of migration first.
_EVERYDAY_NAMES: dict[str, tuple[str, ...]] = {
    "RUS": ("Russia", "რუსეთი"),
    "TUR": ("Turkey", "Republic of Turkey"),
    "GBR": ("UK", "Great Britain", "Britain", "დიდი ბრიტანეთი"),
    "USA": ("USA", "US", "America", "აშშ", "ამერიკა"),
    "KOR": ("Korea, South",),
    "CZE": ("Czech Republic",),
}


def _load_countries() -> tuple[ListInfo, list[Country]]:
    # Imported here so that importing migstd.codelists reads no pycountry data.
    import pycountry

    source = f"ISO 3166-1 from Debian iso-codes, as shipped in pycountry {pycountry.__version__}"
    catalogue = gettext.translation(_GETTEXT_DOMAIN, pycountry.LOCALES_DIR, languages=["ka"])

    def georgian(name: str) -> str | None:
        translated = catalogue.gettext(name)
        return translated if translated != name else None

    loaded = [KOSOVO]
    for record in pycountry.countries:
        labels = {"en": record.name}
        ka_name = georgian(record.name)
        if ka_name is not None:
            labels["ka"] = ka_name
        corrected = _GEORGIAN_LABEL_FIXES.get(record.alpha_3)
        if corrected is not None and corrected != ka_name:
            labels["ka"] = corrected

        # English official and common names, then their Georgian translations.
        names = [getattr(record, key, None) for key in ("official_name", "common_name")]
        english = [name for name in names if name]
        translated = [ka for ka in map(georgian, english) if ka is not None]
        if corrected is not None and ka_name is not None and corrected != ka_name:
            translated.append(ka_name)
        english += _EVERYDAY_NAMES.get(record.alpha_3, ())

        loaded.append(
            Country(
                code=record.alpha_3,
                alpha_2=record.alpha_2,
                numeric=record.numeric,
                labels=labels,
                aliases=tuple(english + translated),
                source=source,
            )
        )

    info = ListInfo(
        title={"en": "Countries", "ka": "ქვეყნები"},
        source=source,
        version=str(pycountry.__version__),
        licence="LGPL-2.1-or-later (Debian iso-codes data)",
    )
    return info, sorted(loaded, key=lambda country: country.code)


countries: CodeList[Country] = CodeList("countries", _load_countries)
"""ISO 3166-1 countries (all current entries of pycountry's data) and Kosovo.

The canonical code is alpha-3; :meth:`~CodeList.get` also accepts alpha-2 and the
three-digit numeric code. Georgian labels come from pycountry's ``iso3166-1``
gettext catalogue for the ``ka`` locale and are present only where the catalogue
translates the name.
"""
