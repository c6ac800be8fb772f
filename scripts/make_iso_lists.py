"""Generate the languages, currencies and scripts code lists from pycountry.

Writes ``src/migstd/codelists/data/{languages,currencies,scripts}.json`` from
pycountry's ISO 639-3, ISO 4217 and ISO 15924 data and gettext catalogues, and
from the curated tables in ``scripts/sources``:

- ``languages_ka.tsv``: the languages in scope and their Georgian labels;
- ``currencies_ka.tsv`` and ``scripts_ka.tsv``: Georgian labels that
  pycountry's ``ka`` catalogues lack, and extra names;
- ``currencies_historic.tsv``: withdrawn currencies of Georgian records.

Run it as ``python scripts/make_iso_lists.py`` with pycountry 26.2.16 installed.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pycountry

# The pinned pycountry release; another release may add, rename or drop codes.
PYCOUNTRY_VERSION = "26.2.16"

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "sources"
DATA = ROOT / "src" / "migstd" / "codelists" / "data"
GENERATED_BY = "scripts/make_iso_lists.py"

UPSTREAM = f"Debian iso-codes as shipped in pycountry {PYCOUNTRY_VERSION}"
LICENCE = (
    "codes and English names: LGPL-2.1-or-later (Debian iso-codes); Georgian labels marked CLDR: "
    "Unicode-3.0; editorial labels: MIT (migstd)"
)
EDITORIAL = "editorial"
EDITORIAL_NOTE = "Georgian label is an editorial translation."

# ISO 639-3 scope and type letters, spelled out.
LANGUAGE_SCOPES = {"I": "individual", "M": "macrolanguage", "S": "special"}
LANGUAGE_TYPES = {
    "L": "living",
    "H": "historical",
    "C": "constructed",
    "E": "extinct",
    "A": "ancient",
    "S": "special",
}


Row = dict[str, str]
Entry = dict[str, Any]


def read_tsv(name: str) -> list[Row]:
    """Return the rows of ``scripts/sources/<name>``, skipping ``#`` comment lines."""
    with (SOURCES / name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def catalogue(domain: str, language: str) -> gettext.NullTranslations:
    """Return pycountry's gettext catalogue of ``domain`` for ``language``."""
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language])


def translate(translations: gettext.NullTranslations, name: str) -> str | None:
    """Return the translation of ``name``, or None when the catalogue lacks it."""
    translated = translations.gettext(name)
    return translated if translated != name else None


def split_list(text: str) -> list[str]:
    """Return the items of a ``;``-separated TSV cell."""
    return [item.strip() for item in text.split(";") if item.strip()]


def ka_provenance(ka_source: str) -> str:
    """Return the source clause of a Georgian label."""
    if ka_source == EDITORIAL:
        return "Georgian label: editorial translation"
    return f"Georgian label: {ka_source}"


def make_languages() -> dict[str, Any]:
    """Return the languages data: ISO 639-3 entries in the curated scope."""
    russian = catalogue("iso639-3", "ru")
    rows = {row["alpha_3"]: row for row in read_tsv("languages_ka.tsv")}

    missing = [lang.alpha_3 for lang in pycountry.languages if hasattr(lang, "alpha_2")]
    missing = [code for code in missing if code not in rows]
    if missing:
        raise SystemExit(f"languages_ka.tsv lacks ISO 639-1 languages: {', '.join(missing)}")

    entries = []
    for code, row in sorted(rows.items()):
        language = pycountry.languages.get(alpha_3=code)
        if language is None:
            raise SystemExit(f"languages_ka.tsv: {code} is not an ISO 639-3 code")

        labels = {"en": language.name, "ka": row["ka"]}
        ru = translate(russian, language.name)
        if ru is not None:
            labels["ru"] = ru
        aliases = [getattr(language, "common_name", ""), *split_list(row["aliases"])]

        entry: Entry = {
            "code": code,
            "alpha_2": getattr(language, "alpha_2", ""),
            "bibliographic": getattr(language, "bibliographic", ""),
            "scope": LANGUAGE_SCOPES[language.scope],
            "language_type": LANGUAGE_TYPES[language.type],
            "labels": labels,
            "aliases": [alias for alias in aliases if alias],
            "source": f"ISO 639-3 from {UPSTREAM}; {ka_provenance(row['ka_source'])}",
        }
        if row["ka_source"] == EDITORIAL:
            entry["note"] = EDITORIAL_NOTE
        entries.append(entry)

    return {
        "title": {"en": "Languages", "ka": "ენები"},
        "source": f"ISO 639-3 (SIL International) from {UPSTREAM}; Georgian labels from CLDR or editorial",
        "version": PYCOUNTRY_VERSION,
        "licence": LICENCE,
        "generated_by": GENERATED_BY,
        "entries": entries,
    }


def make_currencies() -> dict[str, Any]:
    """Return the currencies data: ISO 4217 and a few withdrawn currencies."""
    georgian = catalogue("iso4217", "ka")
    curated = {row["code"]: row for row in read_tsv("currencies_ka.tsv")}

    entries = []
    for currency in pycountry.currencies:
        row = curated.get(currency.alpha_3)
        ka = translate(georgian, currency.name)
        source = f"ISO 4217 from {UPSTREAM}; Georgian label: pycountry ka catalogue"
        entry: Entry = {"code": currency.alpha_3, "numeric": currency.numeric}

        if row is not None and row["ka"]:
            ka = row["ka"]
            source = f"ISO 4217 from {UPSTREAM}; {ka_provenance(row['ka_source'])}"
            if row["ka_source"] == EDITORIAL:
                entry["note"] = EDITORIAL_NOTE
        if ka is None:
            raise SystemExit(f"currencies_ka.tsv lacks a Georgian label for {currency.alpha_3}")

        entry["labels"] = {"en": currency.name, "ka": ka}
        entry["aliases"] = split_list(row["aliases"]) if row is not None else []
        entry["source"] = source
        entries.append(entry)

    for row in read_tsv("currencies_historic.tsv"):
        entries.append(
            {
                "code": row["code"],
                "numeric": row["numeric"],
                "labels": {"en": row["en"], "ka": row["ka"]},
                "aliases": split_list(row["aliases"]),
                "valid_to": row["valid_to"],
                "successors": split_list(row["successors"]),
                "source": f"ISO 4217 List Three (historic denominations); {ka_provenance(row['ka_source'])}",
                "verified": False,
                "note": row["note"],
            }
        )

    qualify_duplicate_labels(entries)
    return {
        "title": {"en": "Currencies", "ka": "ვალუტები"},
        "source": f"ISO 4217 from {UPSTREAM}; withdrawn codes from ISO 4217 List Three",
        "version": PYCOUNTRY_VERSION,
        "licence": LICENCE,
        "generated_by": GENERATED_BY,
        "entries": sorted(entries, key=lambda entry: entry["code"]),
    }


def make_scripts() -> dict[str, Any]:
    """Return the scripts data: every ISO 15924 code."""
    georgian = catalogue("iso15924", "ka")
    curated = {row["code"]: row for row in read_tsv("scripts_ka.tsv")}

    entries = []
    for script in sorted(pycountry.scripts, key=lambda script: script.alpha_4):
        labels = {"en": script.name}
        ka = translate(georgian, script.name)
        source = f"ISO 15924 from {UPSTREAM}"
        if ka is not None:
            source += "; Georgian label: pycountry ka catalogue"
        entry: Entry = {"code": script.alpha_4, "numeric": script.numeric}

        row = curated.get(script.alpha_4)
        if row is not None:
            ka = row["ka"]
            source += f"; {ka_provenance(row['ka_source'])}"
            if row["ka_source"] == EDITORIAL:
                entry["note"] = EDITORIAL_NOTE
        if ka is not None:
            labels["ka"] = ka

        entry["labels"] = labels
        entry["aliases"] = split_list(row["aliases"]) if row is not None else []
        entry["source"] = source
        entries.append(entry)

    return {
        "title": {"en": "Scripts", "ka": "დამწერლობები"},
        "source": f"ISO 15924 (Unicode Consortium registration authority) from {UPSTREAM}",
        "version": PYCOUNTRY_VERSION,
        "licence": LICENCE,
        "generated_by": GENERATED_BY,
        "entries": entries,
    }


def qualify_duplicate_labels(entries: list[Entry]) -> None:
    """Append the code to labels that two entries share.

    The bare label is not kept as an alias: it names both entries, so ``lookup``
    must not pick one of them.
    """
    for language in ("en", "ka"):
        counts = Counter(entry["labels"][language] for entry in entries if language in entry["labels"])
        for entry in entries:
            label = entry["labels"].get(language)
            if label is not None and counts[label] > 1:
                entry["labels"][language] = f"{label} ({entry['code']})"


def check_unique(name: str, entries: Iterable[Entry]) -> None:
    """Raise SystemExit when two entries share a label in one language or a code."""
    seen: dict[tuple[str, str], str] = {}
    for entry in entries:
        codes = [entry["code"], entry.get("alpha_2", ""), entry.get("bibliographic", "")]
        for code in filter(None, codes):
            key = ("code", code.casefold())
            if seen.setdefault(key, entry["code"]) != entry["code"]:
                raise SystemExit(f"{name}: code {code} belongs to {seen[key]} and {entry['code']}")
        for language, label in entry["labels"].items():
            key = (language, label.casefold())
            if seen.setdefault(key, entry["code"]) != entry["code"]:
                raise SystemExit(f"{name}: {language} label {label!r} is shared with {seen[key]}")


def compact(entry: Entry) -> Entry:
    """Return the entry without empty optional fields, so the JSON stays short."""
    return {key: value for key, value in entry.items() if value not in ("", [], None)}


def write(out_dir: Path, name: str, data: dict[str, Any]) -> None:
    """Check the data and write it to ``<out_dir>/<name>.json``."""
    check_unique(name, data["entries"])
    data["entries"] = [compact(entry) for entry in data["entries"]]
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    (out_dir / f"{name}.json").write_text(text, encoding="utf-8")
    print(f"wrote {name}.json with {len(data['entries'])} entries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out-dir", type=Path, default=DATA, help="folder for the JSON files")
    out_dir: Path = parser.parse_args().out_dir

    if pycountry.__version__ != PYCOUNTRY_VERSION:
        raise SystemExit(f"pycountry {PYCOUNTRY_VERSION} is required, not {pycountry.__version__}")

    out_dir.mkdir(parents=True, exist_ok=True)
    write(out_dir, "languages", make_languages())
    write(out_dir, "currencies", make_currencies())
    write(out_dir, "scripts", make_scripts())


if __name__ == "__main__":
    main()
