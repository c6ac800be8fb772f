"""Regenerate the data files of the countries and icao_codes code lists.

Usage::

    python scripts/make_countries.py [--out-dir DIR]

``countries.json`` contains the ISO 3166-1 countries and the withdrawn countries of
ISO 3166-3 as shipped in pycountry (pinned below), with:

* Georgian and Russian labels from pycountry's ``iso3166-1`` and ``iso3166-3``
  gettext catalogues (``ka``, ``ru``), with the corrections listed in this
  script and in ``scripts/sources/historic_countries.tsv``;
* Kosovo under the user-assigned codes XK and XKX;
* the code that ICAO Doc 9303 travel documents print for each state;
* the successors of each withdrawn code, from ``historic_countries.tsv``.

``icao_codes.json`` holds the ICAO Doc 9303 codes that are not ISO 3166-1
alpha-3 codes, from the curated ``scripts/sources/icao_codes.tsv``.

A withdrawal date that ISO 3166-3 gives as a year only becomes 31 December of
that year, so the code counts as in force for the whole year of its withdrawal.
The output depends only on the inputs: running the script twice gives
byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import json
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pycountry

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCES = REPO_ROOT / "scripts" / "sources"
DEFAULT_OUT_DIR = REPO_ROOT / "src" / "migstd" / "codelists" / "data"

# The pycountry release whose data and catalogues the files are built from.
PYCOUNTRY_VERSION = "26.2.16"

ISO_SOURCE = f"ISO 3166-1 from Debian iso-codes, as shipped in pycountry {PYCOUNTRY_VERSION}"
HISTORIC_SOURCE = f"ISO 3166-3 from Debian iso-codes, as shipped in pycountry {PYCOUNTRY_VERSION}"
LICENCE = "LGPL-2.1-or-later (Debian iso-codes data and translations)"

# Georgian labels of the ISO 3166-1 catalogue that are misspelled. The catalogue's
# spelling stays an alias, so text copied from systems that used it still resolves.
GEORGIAN_LABEL_FIXES: dict[str, str] = {
    "RUS": "რუსეთის ფედერაცია",  # the catalogue has "ფედრაცია", missing a letter
}

# Everyday short names of countries whose ISO 3166-1 names are longer or have
# changed, in English, Georgian and Russian: neighbours and common countries of
# migration first.
EVERYDAY_NAMES: dict[str, tuple[str, ...]] = {
    "RUS": ("Russia", "რუსეთი", "Россия"),
    "TUR": ("Turkey", "Republic of Turkey", "თურქეთის რესპუბლიკა"),
    "GBR": ("UK", "Great Britain", "Britain", "დიდი ბრიტანეთი", "Великобритания"),
    "USA": ("USA", "US", "America", "აშშ", "ამერიკა", "США", "Америка"),
    "KOR": ("Korea, South",),
    "CZE": ("Czech Republic", "Чехия"),
    "MDA": ("Moldavia",),
    "BLR": ("Belorussia", "Белоруссия"),
    "IRN": ("Persia",),
}

KOSOVO: dict[str, Any] = {
    "code": "XKX",
    "alpha_2": "XK",
    "numeric": "",
    "icao": "RKS",
    "iso_assigned": False,
    "labels": {"en": "Kosovo", "ka": "კოსოვო", "ru": "Косово"},
    "aliases": ["Republic of Kosovo", "კოსოვოს რესპუბლიკა", "Республика Косово"],
    "source": "user-assigned code, used by the European Commission and others",
    "note": "Georgian label as in CLDR for XK; Russian label is an editorial translation",
}

# Codes that ICAO Doc 9303 documents print in place of the ISO 3166-1 alpha-3 code.
ICAO_EXCEPTIONS: dict[str, str] = {"DEU": "D", "XKX": "RKS"}

ACUTE_ACCENT = "\u0301"  # a stress mark that one Russian catalogue entry carries


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR, help="folder to write the files to")
    options = parser.parse_args(argv)

    if pycountry.__version__ != PYCOUNTRY_VERSION:
        print(
            f"pycountry {pycountry.__version__} is installed, but the data files are pinned to "
            f"{PYCOUNTRY_VERSION}; install that version or update PYCOUNTRY_VERSION",
            file=sys.stderr,
        )
        return 1

    write(options.out_dir / "countries.json", countries_data())
    write(options.out_dir / "icao_codes.json", icao_data())
    return 0


def countries_data() -> dict[str, Any]:
    entries = [KOSOVO, *current_entries(), *historic_entries()]
    entries.sort(key=lambda entry: entry["code"])
    check_unique_labels(entries)
    return {
        "title": {"en": "Countries", "ka": "ქვეყნები", "ru": "Страны"},
        "source": f"{ISO_SOURCE}; ISO 3166-3 withdrawn codes; Kosovo's user-assigned codes",
        "version": PYCOUNTRY_VERSION,
        "licence": LICENCE,
        "generated_by": "scripts/make_countries.py",
        "entries": entries,
    }


def current_entries() -> Iterator[dict[str, Any]]:
    georgian = Catalogue("iso3166-1", "ka")
    russian = Catalogue("iso3166-1", "ru")

    for record in pycountry.countries:
        labels = {"en": record.name}
        ka_name = georgian.translate(record.name)
        if ka_name is not None:
            labels["ka"] = GEORGIAN_LABEL_FIXES.get(record.alpha_3, ka_name)
        ru_name = russian.translate(record.name)
        if ru_name is not None:
            labels["ru"] = ru_name

        # Official and common names in each language, then the catalogue's misspelling
        # of a corrected label, then everyday names.
        names = [getattr(record, key, None) for key in ("official_name", "common_name")]
        english = [name for name in names if name]
        aliases = list(english)
        for catalogue in (georgian, russian):
            aliases += [name for name in map(catalogue.translate, english) if name is not None]
        if ka_name is not None and labels["ka"] != ka_name:
            aliases.append(ka_name)
        aliases += EVERYDAY_NAMES.get(record.alpha_3, ())

        yield {
            "code": record.alpha_3,
            "alpha_2": record.alpha_2,
            "numeric": record.numeric,
            "icao": ICAO_EXCEPTIONS.get(record.alpha_3, record.alpha_3),
            "labels": labels,
            "aliases": clean_aliases(aliases, labels),
        }


def historic_entries() -> Iterator[dict[str, Any]]:
    georgian = Catalogue("iso3166-3", "ka")
    russian = Catalogue("iso3166-3", "ru")
    curated = {row["alpha_4"]: row for row in read_tsv(SOURCES / "historic_countries.tsv")}
    current_alpha_3 = {record.alpha_3 for record in pycountry.countries}

    records = list(pycountry.historic_countries)
    missing = sorted({record.alpha_4 for record in records} ^ set(curated))
    if missing:
        raise SystemExit(f"historic_countries.tsv and pycountry disagree on: {', '.join(missing)}")

    for record in records:
        row = curated[record.alpha_4]
        labels = {"en": record.name}
        labels["ka"] = row["ka_label"] or required(georgian.translate(record.name), record.alpha_4)
        labels["ru"] = row["ru_label"] or required(russian.translate(record.name), record.alpha_4)

        aliases = [alias for alias in row["aliases"].split("|") if alias]
        catalogue_ka = georgian.translate(record.name)
        if catalogue_ka is not None and catalogue_ka != labels["ka"]:
            aliases.append(catalogue_ka)

        # An alpha-3 code that ISO gave to a current country cannot be canonical
        # here, so that entry is keyed by its alpha-4 code and has no ICAO code.
        reused = record.alpha_3 in current_alpha_3
        entry: dict[str, Any] = {
            "code": record.alpha_4 if reused else record.alpha_3,
            "alpha_2": record.alpha_2,
            "alpha_4": record.alpha_4,
            "numeric": getattr(record, "numeric", ""),
            "icao": "" if reused else record.alpha_3,
            "labels": labels,
            "aliases": clean_aliases(aliases, labels),
            "valid_to": withdrawal_day(record.withdrawal_date),
            "successors": row["successors"].split(),
            "source": f"{HISTORIC_SOURCE}; successors: {row['source']}",
        }
        if row["note"]:
            entry["note"] = row["note"]
        yield entry


def icao_data() -> dict[str, Any]:
    entries = []
    for row in read_tsv(SOURCES / "icao_codes.tsv"):
        entry: dict[str, Any] = {
            "code": row["code"],
            "kind": row["kind"],
            "country": row["country"],
            "labels": {"en": row["en"], "ka": row["ka"]},
            "aliases": [alias for alias in row["aliases"].split("|") if alias],
            "source": row["source"],
        }
        if row["verified"] == "false":
            entry["verified"] = False
        elif row["verified"] != "true":
            raise SystemExit(f"icao_codes.tsv: verified must be true or false for {row['code']}")
        if row["note"]:
            entry["note"] = row["note"]
        entries.append(entry)

    entries.sort(key=lambda entry: entry["code"])
    check_unique_labels(entries)
    return {
        "title": {
            "en": "ICAO Doc 9303 codes outside ISO 3166-1",
            "ka": "ICAO Doc 9303-ის კოდები ISO 3166-1-ის გარეთ",
        },
        "source": "ICAO Doc 9303 Part 3 (eighth edition, 2021), section 5, and practice on issued documents",
        "version": "ICAO Doc 9303, eighth edition (2021); checked 2026-12-04",
        "licence": "MIT (curated by migstd); codes and names are facts of a standard",
        "generated_by": "scripts/make_countries.py",
        "entries": entries,
    }


class Catalogue:
    """One pycountry gettext catalogue, returning ``None`` for untranslated names."""

    def __init__(self, domain: str, language: str) -> None:
        self._translations = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language])

    def translate(self, name: str) -> str | None:
        translated = self._translations.gettext(name)
        if translated == name:
            return None
        return unicodedata.normalize("NFC", translated.replace(ACUTE_ACCENT, ""))


def clean_aliases(aliases: list[str], labels: dict[str, str]) -> list[str]:
    """Return the aliases without duplicates and labels, adding е spellings of ё words."""
    found: list[str] = []
    for alias in [*aliases, *labels.values()]:
        variants = [alias]
        if "ё" in alias:
            variants.append(alias.replace("ё", "е"))
        for variant in variants:
            if variant not in found and variant not in labels.values():
                found.append(variant)
    return found


def withdrawal_day(text: str) -> str:
    if len(text) == 4:
        return f"{text}-12-31"
    return text


def required(label: str | None, code: str) -> str:
    if label is None:
        raise SystemExit(f"pycountry's catalogue has no translation for {code}")
    return label


def check_unique_labels(entries: list[dict[str, Any]]) -> None:
    """Stop when two entries share a label in one language, which lookup could not tell apart."""
    seen: dict[tuple[str, str], str] = {}
    codes = {entry["code"].casefold() for entry in entries}
    for entry in entries:
        for language, label in entry["labels"].items():
            key = (language, label.casefold())
            if key in seen:
                raise SystemExit(f"{entry['code']} and {seen[key]} share the {language} label {label!r}")
            if label.casefold() in codes:
                raise SystemExit(f"the {language} label of {entry['code']} is another entry's code")
            seen[key] = entry["code"]


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def write(path: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {len(data['entries'])} entries to {path}")


if __name__ == "__main__":
    sys.exit(main())
