"""Regenerate the given-name alias table of ``migstd.script``.

Usage::

    python scripts/make_name_aliases.py [--out FILE]

The table maps spellings of Georgian given names (diminutives, Russian and
English equivalents, Latin spellings romanized from Russian) to the Georgian
name they stand for. :func:`migstd.script.name_key` keys each listed variant
like its canonical name, and :func:`migstd.script.from_cyrillic` turns a
Russified given name back into Georgian.

The rows are kept in this script, so it is the source of the data file. Each
row has a source code:

* ``attested``: the variant is used for bearers of the canonical name on
  official or encyclopaedic pages (parliament.ge and chemiparlamenti.ge pages
  of members of parliament, Wikidata labels, Georgian, Russian and English
  Wikipedia titles), as collected in December 2026 for migstd.
* ``editorial``: an editorial judgement of the migstd maintainers. The
  variant is the conventional Russian or English equivalent or a common
  Georgian diminutive, not checked against a published name dictionary.

A variant may belong to one canonical name only. The script rejects a table
in which two canonical names share a variant, and its output depends only on
the rows, so running it twice gives byte-identical output.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "src" / "migstd" / "script" / "data" / "given_name_aliases.tsv"

KINDS = ("diminutive", "russian", "english", "latin")
SOURCES = ("attested", "editorial")

HEADER = [
    "# Spellings of Georgian given names that stand for one canonical Georgian name:",
    "#   diminutives, Russian and English equivalents, and Latin spellings romanized",
    "#   from Russian (ICAO Doc 9303 and the Russian passport tables of 1997 and 2010).",
    "# Source codes: attested = used for bearers of the canonical name on official or",
    "#   encyclopaedic pages (parliament.ge, chemiparlamenti.ge, Wikidata labels, Georgian,",
    "#   Russian and English Wikipedia titles), collected 2026-12; editorial = editorial",
    "#   judgement of the migstd maintainers (conventional equivalent or common diminutive),",
    "#   not checked against a published name dictionary.",
    "# Date: 2026-12. Licence: MIT (part of migstd).",
    "# Columns: canonical (Mkhedruli), variant, kind (diminutive, russian, english or",
    "#   latin), source (attested or editorial).",
    "# Generated file: regenerate with scripts/make_name_aliases.py.",
]

# (canonical, variant, kind, source). Grouped by canonical name.
ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("გიორგი", "Gogi", "diminutive", "attested"),
    ("გიორგი", "Gigi", "diminutive", "attested"),
    ("გიორგი", "Gogla", "diminutive", "attested"),
    ("გიორგი", "Gia", "diminutive", "attested"),
    ("გიორგი", "გოგი", "diminutive", "attested"),
    ("გიორგი", "გია", "diminutive", "attested"),
    ("გიორგი", "Гоги", "diminutive", "editorial"),
    ("გიორგი", "Гия", "diminutive", "editorial"),
    ("გიორგი", "George", "english", "attested"),
    ("გიორგი", "Георгий", "russian", "attested"),
    ("გიორგი", "Гиорги", "russian", "editorial"),
    ("გიორგი", "Georgiy", "latin", "editorial"),
    ("გიორგი", "Georgy", "latin", "editorial"),
    ("გიორგი", "Georgii", "latin", "editorial"),
    ("დავით", "Dato", "diminutive", "attested"),
    ("დავით", "დათო", "diminutive", "attested"),
    ("დავით", "Дато", "diminutive", "editorial"),
    ("დავით", "David", "english", "attested"),
    ("დავით", "Давид", "russian", "attested"),
    ("ნიკოლოზ", "Niko", "diminutive", "attested"),
    ("ნიკოლოზ", "Nika", "diminutive", "attested"),
    ("ნიკოლოზ", "ნიკო", "diminutive", "attested"),
    ("ნიკოლოზ", "ნიკა", "diminutive", "attested"),
    ("ნიკოლოზ", "Nicholas", "english", "editorial"),
    ("ნიკოლოზ", "Николай", "russian", "editorial"),
    ("ნიკოლოზ", "Nikolay", "latin", "editorial"),
    ("ნიკოლოზ", "Nikolai", "latin", "editorial"),
    ("ალექსანდრე", "Sandro", "diminutive", "attested"),
    ("ალექსანდრე", "სანდრო", "diminutive", "attested"),
    ("ალექსანდრე", "Aleko", "diminutive", "editorial"),
    ("ალექსანდრე", "Alex", "english", "editorial"),
    ("ალექსანდრე", "Alexander", "english", "attested"),
    ("ალექსანდრე", "Alexandre", "english", "editorial"),
    ("ალექსანდრე", "Александр", "russian", "editorial"),
    ("ალექსანდრე", "Aleksandr", "latin", "editorial"),
    ("მიხეილ", "Misha", "diminutive", "editorial"),
    ("მიხეილ", "მიშა", "diminutive", "editorial"),
    ("მიხეილ", "Michael", "english", "editorial"),
    ("მიხეილ", "Михаил", "russian", "editorial"),
    ("მიხეილ", "Mikhail", "latin", "editorial"),
    ("ეკატერინე", "Eka", "diminutive", "attested"),
    ("ეკატერინე", "ეკა", "diminutive", "attested"),
    ("ეკატერინე", "Catherine", "english", "editorial"),
    ("ეკატერინე", "Екатерина", "russian", "editorial"),
    ("ეკატერინე", "Ekaterina", "latin", "editorial"),
    ("თამარ", "Tamuna", "diminutive", "editorial"),
    ("თამარ", "თამუნა", "diminutive", "editorial"),
    ("თამარ", "Tamara", "russian", "editorial"),
    ("ქეთევან", "Keti", "diminutive", "editorial"),
    ("ქეთევან", "ქეთი", "diminutive", "editorial"),
    ("ქეთევან", "Кетеван", "russian", "editorial"),
    ("ივანე", "Vano", "diminutive", "attested"),
    ("ივანე", "ვანო", "diminutive", "attested"),
    ("ივანე", "Ivan", "russian", "attested"),
    ("ვლადიმერ", "Lado", "diminutive", "attested"),
    ("ვლადიმერ", "ლადო", "diminutive", "attested"),
    ("ვლადიმერ", "Vladimir", "russian", "attested"),
    ("კონსტანტინე", "Kote", "diminutive", "attested"),
    ("კონსტანტინე", "კოტე", "diminutive", "attested"),
    ("კონსტანტინე", "Constantine", "english", "editorial"),
    ("კონსტანტინე", "Константин", "russian", "attested"),
    ("ელენე", "Elena", "russian", "attested"),
    ("ელენე", "Helen", "english", "editorial"),
    ("მარიამ", "Maria", "russian", "editorial"),
    ("მარიამ", "Mary", "english", "editorial"),
    ("მარიამ", "Мария", "russian", "editorial"),
    ("ნინო", "Nina", "russian", "editorial"),
    ("ირაკლი", "Ираклий", "russian", "editorial"),
    ("ირაკლი", "Irakliy", "latin", "editorial"),
    ("ირაკლი", "Iraklii", "latin", "editorial"),
    ("ზურაბ", "Zura", "diminutive", "editorial"),
    ("ვახტანგ", "Vakho", "diminutive", "editorial"),
    ("ვახტანგ", "ვახო", "diminutive", "editorial"),
    ("თემურ", "Timur", "russian", "editorial"),
    ("სოფიო", "Sopiko", "diminutive", "editorial"),
    ("სოფიო", "სოფიკო", "diminutive", "editorial"),
    ("სოფიო", "Sophia", "english", "editorial"),
    ("სოფიო", "Sofia", "english", "editorial"),
    ("სოფიო", "Софья", "russian", "editorial"),
    ("სოფიო", "Sofya", "latin", "editorial"),
    ("პავლე", "Pavel", "russian", "editorial"),
    ("პავლე", "Paul", "english", "editorial"),
    ("პეტრე", "Пётр", "russian", "editorial"),
    ("პეტრე", "Pyotr", "latin", "editorial"),
    ("პეტრე", "Petr", "latin", "editorial"),
    ("პეტრე", "Peter", "english", "editorial"),
    ("ანდრია", "Андрей", "russian", "editorial"),
    ("ანდრია", "Andrey", "latin", "editorial"),
    ("ანდრია", "Andrei", "latin", "editorial"),
    ("ანდრია", "Andrew", "english", "editorial"),
    ("გაბრიელ", "Gabriel", "english", "editorial"),
    ("გაბრიელ", "Габриэль", "russian", "editorial"),
    ("ლუკა", "Luke", "english", "editorial"),
    ("ილია", "Ilya", "latin", "editorial"),
    ("ილია", "Elijah", "english", "editorial"),
    ("ბესარიონ", "Beso", "diminutive", "editorial"),
    ("ბესარიონ", "ბესო", "diminutive", "editorial"),
    ("ბესარიონ", "Виссарион", "russian", "editorial"),
    ("ბესარიონ", "Vissarion", "latin", "editorial"),
    ("იოსებ", "Soso", "diminutive", "editorial"),
    ("იოსებ", "სოსო", "diminutive", "editorial"),
    ("იოსებ", "Иосиф", "russian", "editorial"),
    ("იოსებ", "Iosif", "latin", "editorial"),
    ("იოსებ", "Joseph", "english", "editorial"),
    ("გრიგოლ", "Григорий", "russian", "editorial"),
    ("გრიგოლ", "Grigoriy", "latin", "editorial"),
    ("გრიგოლ", "Grigory", "latin", "editorial"),
    ("გრიგოლ", "Grigorii", "latin", "editorial"),
    ("გრიგოლ", "Gregory", "english", "editorial"),
    ("სიმონ", "Семён", "russian", "editorial"),
    ("სიმონ", "Semyon", "latin", "editorial"),
    ("სტეფანე", "Степан", "russian", "editorial"),
    ("სტეფანე", "Stepan", "latin", "editorial"),
    ("სტეფანე", "Stephen", "english", "editorial"),
    ("მათე", "Матвей", "russian", "editorial"),
    ("მათე", "Matvey", "latin", "editorial"),
    ("მათე", "Matthew", "english", "editorial"),
    ("ვასილ", "Vaso", "diminutive", "editorial"),
    ("ვასილ", "ვასო", "diminutive", "editorial"),
    ("ვასილ", "Василий", "russian", "editorial"),
    ("ვასილ", "Vasiliy", "latin", "editorial"),
    ("ვასილ", "Vasily", "latin", "editorial"),
    ("ვასილ", "Vasilii", "latin", "editorial"),
    ("ირინე", "Irina", "russian", "editorial"),
    ("ირინე", "Irene", "english", "editorial"),
    ("ელისაბედ", "Eliso", "diminutive", "editorial"),
    ("ელისაბედ", "ელისო", "diminutive", "editorial"),
    ("ელისაბედ", "Elizabeth", "english", "editorial"),
    ("ელისაბედ", "Елизавета", "russian", "editorial"),
    ("ელისაბედ", "Elizaveta", "latin", "editorial"),
    ("ქრისტინე", "Kristina", "russian", "editorial"),
    ("ქრისტინე", "Christine", "english", "editorial"),
    ("სალომე", "Саломея", "russian", "editorial"),
    ("სალომე", "Salomeya", "latin", "editorial"),
    ("სალომე", "Salomeia", "latin", "editorial"),
    ("თინათინ", "Tina", "diminutive", "attested"),
    ("თინათინ", "თინა", "diminutive", "attested"),
    ("ევგენი", "Евгений", "russian", "editorial"),
    ("ევგენი", "Yevgeny", "latin", "editorial"),
    ("ევგენი", "Evgeniy", "latin", "editorial"),
    ("ევგენი", "Evgenii", "latin", "editorial"),
    ("ევგენი", "Eugene", "english", "editorial"),
    ("რევაზ", "Rezo", "diminutive", "editorial"),
    ("რევაზ", "რეზო", "diminutive", "editorial"),
    ("დიმიტრი", "Дмитрий", "russian", "editorial"),
    ("დიმიტრი", "Dmitriy", "latin", "editorial"),
    ("დიმიტრი", "Dmitry", "latin", "editorial"),
    ("დიმიტრი", "Dmitrii", "latin", "editorial"),
    ("სერგო", "Сергей", "russian", "editorial"),
    ("სერგო", "Sergey", "latin", "editorial"),
    ("სერგო", "Sergei", "latin", "editorial"),
    ("იური", "Юрий", "russian", "editorial"),
    ("იური", "Yuriy", "latin", "editorial"),
    ("იური", "Yuri", "latin", "editorial"),
    ("იური", "Iurii", "latin", "editorial"),
    ("ვალერი", "Валерий", "russian", "editorial"),
    ("ვალერი", "Valery", "latin", "attested"),
    ("ვალერი", "Valeriy", "latin", "editorial"),
    ("ვალერი", "Valerii", "latin", "editorial"),
    ("ანასტასია", "Анастасия", "russian", "editorial"),
    ("ანასტასია", "Anastasiya", "latin", "editorial"),
    ("ანასტასია", "Anastasiia", "latin", "editorial"),
    ("ტარიელ", "Тариэл", "russian", "editorial"),
    ("ტარიელ", "Тариэль", "russian", "editorial"),
    ("ელდარ", "Эльдар", "russian", "attested"),
    ("ნატალია", "Наталья", "russian", "editorial"),
    ("ნატალია", "Natalya", "latin", "editorial"),
    ("ნატალია", "Natalie", "english", "editorial"),
    ("ლევან", "Леван", "russian", "editorial"),
    ("შოთა", "Шота", "russian", "editorial"),
    ("მერაბ", "Мераб", "russian", "editorial"),
    ("ოთარ", "Отар", "russian", "editorial"),
    ("გურამ", "Гурам", "russian", "editorial"),
    ("ნოდარ", "Нодар", "russian", "editorial"),
    ("თეიმურაზ", "Теймураз", "russian", "editorial"),
    ("მამუკა", "Мамука", "russian", "editorial"),
    ("ლაშა", "Лаша", "russian", "editorial"),
    ("მზია", "Мзия", "russian", "editorial"),
    ("ნათია", "Натия", "russian", "editorial"),
    ("ხათუნა", "Хатуна", "russian", "editorial"),
    ("ილია", "Илья", "russian", "editorial"),
    ("თამარ", "Тамара", "russian", "editorial"),
    ("ივანე", "Иван", "russian", "attested"),
    ("ვლადიმერ", "Владимир", "russian", "attested"),
    ("ელენე", "Елена", "russian", "attested"),
    ("ნინო", "Нина", "russian", "editorial"),
)


def check_rows(rows: Sequence[tuple[str, str, str, str]]) -> None:
    """Raise ValueError if a row has an unknown kind or source or a variant has two names."""
    canonical_by_variant: dict[str, str] = {}
    for canonical, variant, kind, source in rows:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} in the row of {variant!r}")
        if source not in SOURCES:
            raise ValueError(f"unknown source {source!r} in the row of {variant!r}")
        folded = variant.casefold()
        if canonical_by_variant.setdefault(folded, canonical) != canonical:
            raise ValueError(f"variant {variant!r} is listed for two canonical names")


def render(rows: Sequence[tuple[str, str, str, str]]) -> str:
    """Return the TSV text: header comments, column names, rows sorted by canonical and variant."""
    lines = [*HEADER, "canonical\tvariant\tkind\tsource"]
    lines.extend("\t".join(row) for row in sorted(set(rows)))
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output TSV file")
    args = parser.parse_args(argv)

    check_rows(ROWS)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(ROWS), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
