"""Regenerate the population tables of ``migstd.synth``: groups, minority names, ages, places, phones.

Usage::

    python scripts/make_synth_tables.py [--out-dir DIR]

The script writes five tab-separated files to ``src/migstd/synth/data`` (or
``--out-dir``), each with ``#`` header lines that give its source, date and
licence:

* ``ethnic_groups.tsv``: the 2014 census count of each ethnic group that gets
  its own names.
* ``minority_names.tsv``: given names and surnames of the minority groups in
  Georgian script, with a weight per name.
* ``age_groups.tsv``: people by five-year age group and sex.
* ``birthplaces.tsv``: a weight per municipality code of
  ``migstd.codelists.ge_municipalities`` for each birthplace table.
* ``mobile_prefixes.tsv``: Georgian mobile number blocks after +995, from the
  carrier data of the installed ``phonenumbers`` package.

The facts are kept below as tables with their sources. The script adds the
female surname forms, checks every municipality code and phone prefix, and
sorts the rows, so running it twice gives byte-identical files. Surname
weights that the voter list provides are read from ``surnames.tsv`` beside
the output.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT_DIR = REPO_ROOT / "src" / "migstd" / "synth" / "data"

ACCESSED = "# Accessed: 2026-12."
GENERATED = "# Generated file: regenerate with scripts/make_synth_tables.py."

# Geostat, 2014 General Population Census, final results (28 April 2016), as
# reported by The FINANCIAL (finchannel.com, "Georgian population shrunk by
# 15% since 2012 - Geostat") and DFWatch ("Ethnic and religious minorities
# affected by population decline - census"). Total population 3,713,804.
CENSUS_TOTAL = 3_713_804
ETHNIC_GROUPS = {
    "azerbaijani": 233_000,
    "armenian": 168_100,
    "russian": 26_500,
    "ossetian": 14_400,
    "yazidi": 12_200,
    "ukrainian": 6_000,
    "kist": 5_700,
    # The reports give no count for Greeks. DFWatch reports a fall of 62 %
    # from the 2002 census count of 15,166, which gives about 5,760.
    "greek": 5_760,
}

# Given names and surnames (male form) of each minority group in Georgian
# script. Spellings follow the forms that Georgian registers use, as the
# voter-list table shows: Russian-style surnames keep the Georgian nominative
# -ი in the male form (მამედოვი) and have a female form in -ა (მამედოვა);
# Armenian -yan surnames end in -იანი (სარქისიანი). Azerbaijani names are
# chosen from Faker's az_AZ person provider and Armenian names from its hy_AM
# provider (github.com/joke2k/faker, MIT licence), written in Georgian script;
# the other groups' names are common names of those groups, chosen by hand.
# NOTE: outside the surnames that surnames.tsv counts, the names of a group
# are equally likely, because no frequency list by group was found.
MINORITY_NAMES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "azerbaijani": {
        "M": (
            "მამედ", "ალი", "ჰუსეინ", "ჰასან", "ელჩინ", "რაშად", "ორხან", "ვუგარ", "ანარ", "სამირ",
            "ილჰამ", "ელშან", "ფარიდ", "რამილ", "ზაურ", "ტოფიკ", "ნამიკ", "ელდარ", "რასიმ",
            "იბრაჰიმ", "ისმაილ", "ახმედ", "ვაგიფ", "ელხან", "ფუად", "კამრან", "ტურალ", "ემინ",
        ),
        "F": (
            "ლეილა", "აისელ", "გიუნაი", "სევინჯ", "ნარმინ", "ელნარა", "გულნარა", "ფატიმა", "აიგიუნ",
            "ნაილა", "სევილ", "აიტან", "რენა", "ზემფირა", "ხატირა", "ულვია", "ტარანა", "ნაზილა",
            "ფიდან", "ლალა", "სამირა", "ესმირა",
        ),
        "surname": (
            "მამედოვი", "ალიევი", "ჰუსეინოვი", "ჰასანოვი", "ისმაილოვი", "გულიევი", "აბასოვი",
            "კერიმოვი", "ბაირამოვი", "ბაბაევი", "იბრაგიმოვი", "სულეიმანოვი", "მაჰმუდოვი",
            "აბდულაევი", "რაჰიმოვი", "მუსაევი", "ისაევი", "ნაბიევი", "მუსტაფაევი", "გაჯიევი",
            "ვალიევი", "ჯაფაროვი", "ახმედოვი",
        ),
    },
    "armenian": {
        "M": (
            "არმენ", "აშოტ", "ალბერტ", "რაფიკ", "სამველ", "არტურ", "გაგიკ", "კარენ", "ტიგრან",
            "ნარეკ", "ჰოვჰანეს", "გევორგ", "ვაზგენ", "სურენ", "ხაჩატურ", "ჰრანტ", "არამ", "სარქის",
            "ლევონ", "მანველ", "არსენ", "ედგარ", "ვარდან",
        ),
        "F": (
            "გაიანე", "ანუშ", "ლუსინე", "ნარინე", "კარინე", "ჰასმიკ", "არმინე", "სირანუშ", "ნაირა",
            "შუშანიკ", "მარინე", "ლიანა", "გოჰარ", "ტათევიკ", "ჯულიეტა", "რიმა", "ანაჰიტ",
        ),
        "surname": (
            "სარქისიანი", "ჰაკობიანი", "პეტროსიანი", "კარაპეტიანი", "გრიგორიანი", "ხაჩატურიანი",
            "კაზარიანი", "ჰარუთიუნიანი", "ჰოვჰანისიანი", "ავეტისიანი", "მარტიროსიანი",
            "ბაღდასარიანი", "გასპარიანი", "გევორქიანი", "მანუკიანი", "მკრტჩიანი", "სტეპანიანი",
            "ავაგიანი", "ბაბაიანი", "დანიელიანი", "თადევოსიანი", "თოროსიანი", "მინასიანი",
            "მელიქიანი", "ასატრიანი",
        ),
    },
    "russian": {
        "M": ("სერგეი", "ვლადიმირ", "ნიკოლაი", "ივან", "ანდრეი", "ალექსეი", "დმიტრი", "იური",
              "მიხაილ", "ვიქტორ", "ალექსანდრ", "პაველ"),
        "F": ("ელენა", "ოლგა", "ტატიანა", "ნატალია", "სვეტლანა", "ირინა", "ლიუდმილა", "გალინა",
              "ვალენტინა", "ლარისა"),
        "surname": ("ივანოვი", "სმირნოვი", "კუზნეცოვი", "პოპოვი", "ვოლკოვი", "სოკოლოვი", "პეტროვი",
                    "მოროზოვი", "ნოვიკოვი", "ფიოდოროვი", "ლებედევი", "კოზლოვი"),
    },
    "ossetian": {
        "M": ("ალან", "სოსლან", "ჩერმენ", "ტამერლან", "ვალერი", "ბორის", "სერგო", "ზაურ", "ოლეგ",
              "ედუარდ"),
        "F": ("ზარინა", "ფატიმა", "მადინა", "ალანა", "ზალინა", "ლანა", "ირინა", "ზემფირა"),
        "surname": ("ჯიოევი", "კოკოევი", "ტიბილოვი", "გაგლოევი", "ბეკოევი", "ტედეევი", "გაბარაევი",
                    "კოჩიევი", "პლიევი", "ხუბეჟოვი"),
    },
    "yazidi": {
        "M": ("აზიზ", "მირზა", "შამო", "რუსტამ", "ტემურ", "ხუდეიდა", "კერიმ", "ჯანგირ", "რაშიდ",
              "ალიკ"),
        "F": ("ზინა", "გულიზარ", "ზერე", "ასმარ", "გული", "საარა", "ნაზი", "ხანუმ"),
        "surname": ("თამოევი", "ამოევი", "ავდოევი", "რაშოევი", "ხუდოევი", "ალოევი", "ჯანგოევი",
                    "სმოევი"),
    },
    "ukrainian": {
        "M": ("ვასილ", "მიკოლა", "პეტრო", "ივან", "ოლექსანდრ", "ანდრი", "სერგი", "იური"),
        "F": ("ოლენა", "ნატალია", "ოქსანა", "ირინა", "ტეტიანა", "ლიუდმილა", "გალინა", "ვალენტინა"),
        "surname": ("შევჩენკო", "კოვალენკო", "ბონდარენკო", "ტკაჩენკო", "კრავჩენკო", "მელნიკი",
                    "ბოიკო", "კოვალჩუკი", "ლისენკო", "მარჩენკო"),
    },
    "greek": {
        "M": ("ანასტასი", "ხარალამბი", "კონსტანტინე", "დიმიტრი", "იანი", "სავა", "ილია", "ფედორ"),
        "F": ("სოფია", "ანასტასია", "ელპიდა", "ხრისტინა", "ელენა", "ეკატერინა", "ზოია", "ოლგა"),
        "surname": ("ივანიდი", "სავიდი", "ხარალამპიდი", "პაპადოპულო", "კოსტანიდი", "ლაზარიდი",
                    "გეორგიადი", "პოპანდოპულო"),
    },
    "kist": {
        "M": ("ისა", "ახმედ", "ჰასან", "ალიხან", "მაგომედ", "ზელიმხან", "რამზან", "შამილ", "მურად",
              "ხამზათ", "ისლამ"),
        "F": ("ხედა", "ზარემა", "მადინა", "ლეილა", "ფატიმა", "ჰავა", "ზალინა", "მილანა"),
        "surname": ("მარგოშვილი", "ხანგოშვილი", "ბორჩაშვილი", "ჩანჩალაშვილი", "ალხანაშვილი",
                    "დაკაშვილი", "მუთოშვილი", "ხაუტიევი"),
    },
}

# Russian-style surname endings (male form) and their female form.
FEMALE_ENDINGS = {"ოვი": "ოვა", "ევი": "ევა"}

# People by age group and sex: US Census Bureau International Data Base
# estimates for Georgia in 2013, as tabulated by geoba.se
# (geoba.se/country.php?cc=GE&year=2013).
# NOTE: these are estimates for the year before the 2014 census, because the
# census table by age was not found in a readable form. The census itself
# reports 18.6 % aged 0-14, more than the 15.4 % here.
AGE_GROUPS = (
    (0, 4, 126_572, 113_790),
    (5, 9, 123_203, 107_578),
    (10, 14, 123_764, 105_771),
    (15, 19, 146_129, 132_320),
    (20, 24, 180_781, 176_925),
    (25, 29, 179_520, 183_197),
    (30, 34, 149_409, 157_763),
    (35, 39, 143_253, 152_012),
    (40, 44, 146_281, 143_850),
    (45, 49, 141_992, 165_363),
    (50, 54, 165_717, 192_247),
    (55, 59, 141_177, 165_935),
    (60, 64, 114_728, 139_717),
    (65, 69, 65_808, 83_715),
    (70, 74, 82_683, 114_536),
    (75, 79, 69_648, 97_746),
    (80, 84, 45_777, 75_144),
    (85, 89, 23_743, 49_398),
    (90, 94, 4_491, 15_931),
    (95, 99, 1_057, 5_481),
    (100, 104, 228, 1_531),
)

# Population of each municipality at the 2014 census, rounded. Tbilisi's
# 1,108,717 is from Geostat's release as reported by agenda.ge (2016). The
# other figures are approximate and agree with the population bands of the
# Council of Europe's municipal profiles (coe.ineko.sk).
# NOTE: outside Tbilisi these counts are approximations, not a census table.
MUNICIPALITIES = {
    "GE-TB-TBILISI": 1_108_717, "GE-AJ-BATUMI": 152_800, "GE-IM-KUTAISI": 147_600,
    "GE-KK-RUSTAVI": 125_100, "GE-SK-GORI": 125_700, "GE-SZ-ZUGDIDI": 105_500,
    "GE-KK-MARNEULI": 104_300, "GE-KK-GARDABANI": 81_900, "GE-AJ-KOBULETI": 74_800,
    "GE-GU-OZURGETI": 62_900, "GE-KA-TELAVI": 58_400, "GE-IM-ZESTAPONI": 57_300,
    "GE-IM-TSKALTUBO": 56_900, "GE-SK-KHASHURI": 56_500, "GE-KA-GURJAANI": 54_300,
    "GE-KK-BOLNISI": 53_600, "GE-KA-SAGAREJO": 51_800, "GE-AJ-KHELVACHAURI": 51_200,
    "GE-IM-SAMTREDIA": 48_600, "GE-MM-MTSKHETA": 47_700, "GE-SJ-AKHALKALAKI": 45_100,
    "GE-SK-KASPI": 43_700, "GE-KA-LAGODEKHI": 41_700, "GE-SZ-POTI": 41_500,
    "GE-SK-KARELI": 41_300, "GE-IM-CHIATURA": 39_900, "GE-SZ-SENAKI": 39_700,
    "GE-SJ-AKHALTSIKHE": 38_900, "GE-IM-SACHKHERE": 37_800, "GE-IM-TERJOLA": 35_600,
    "GE-SZ-MARTVILI": 33_500, "GE-GU-LANCHKHUTI": 31_500, "GE-KA-AKHMETA": 31_500,
    "GE-SZ-KHOBI": 30_500, "GE-KA-SIGHNAGHI": 29_900, "GE-KA-KVARELI": 29_800,
    "GE-SZ-TSALENJIKHA": 26_200, "GE-MM-DUSHETI": 25_700, "GE-SJ-BORJOMI": 25_200,
    "GE-IM-VANI": 24_500, "GE-SJ-NINOTSMINDA": 24_500, "GE-IM-KHONI": 23_600,
    "GE-AJ-KHULO": 23_300, "GE-SZ-ABASHA": 22_300, "GE-SZ-CHKHOROTSKU": 22_300,
    "GE-IM-BAGHDATI": 21_600, "GE-KA-DEDOPLISTSKARO": 21_200, "GE-KK-TETRITSKARO": 21_100,
    "GE-IM-TKIBULI": 20_800, "GE-KK-DMANISI": 19_100, "GE-GU-CHOKHATAURI": 19_000,
    "GE-KK-TSALKA": 18_800, "GE-IM-KHARAGAULI": 18_700, "GE-AJ-KEDA": 16_800,
    "GE-SJ-ADIGENI": 16_500, "GE-AJ-SHUAKHEVI": 15_000, "GE-RL-AMBROLAURI": 11_600,
    "GE-SJ-ASPINDZA": 10_400, "GE-RL-TSAGERI": 10_400, "GE-MM-TIANETI": 9_500,
    "GE-SZ-MESTIA": 9_300, "GE-RL-ONI": 6_100, "GE-RL-LENTEKHI": 4_400, "GE-MM-KAZBEGI": 3_800,
}

# Birthplaces of people born before 1993 in the now occupied territories, for
# the internally displaced and their families. Weights are rough population
# sizes of the districts before 1992, an assumption, not a census table.
OCCUPIED_BIRTHPLACES = {
    "GE-AB-SOKHUMI": 120_000, "GE-AB-GALI": 80_000, "GE-AB-GAGRA": 77_000,
    "GE-AB-OCHAMCHIRE": 75_000, "GE-AB-GULRIPSHI": 58_000, "GE-AB-GUDAUTA": 57_000,
    "GE-AB-TKVARCHELI": 22_000, "GE-SK-TSKHINVALI": 43_000, "GE-SK-JAVA": 11_000,
    "GE-MM-AKHALGORI": 12_000,
}

# Approximate numbers of Azerbaijanis, Armenians and Kists by municipality in
# the 2014 census, rounded. The regions follow DFWatch's census report:
# Azerbaijanis in Kvemo Kartli, Kakheti and Tbilisi, Armenians in
# Samtskhe-Javakheti, Tbilisi and Kvemo Kartli. Kists live in the Pankisi
# valley of Akhmeta. NOTE: the per-municipality figures are estimates.
GROUP_BIRTHPLACES = {
    "azerbaijani": {
        "GE-KK-MARNEULI": 87_000, "GE-KK-GARDABANI": 35_000, "GE-KK-BOLNISI": 33_000,
        "GE-TB-TBILISI": 15_000, "GE-KA-SAGAREJO": 13_000, "GE-KK-DMANISI": 12_000,
        "GE-KA-LAGODEKHI": 8_500, "GE-KA-TELAVI": 6_000, "GE-SK-KARELI": 6_000,
        "GE-KK-RUSTAVI": 5_000, "GE-SK-KASPI": 2_800, "GE-MM-MTSKHETA": 2_500,
        "GE-KK-TETRITSKARO": 2_000, "GE-SK-GORI": 2_000, "GE-KK-TSALKA": 1_000,
    },
    "armenian": {
        "GE-TB-TBILISI": 54_000, "GE-SJ-AKHALKALAKI": 41_000, "GE-SJ-NINOTSMINDA": 23_000,
        "GE-KK-TSALKA": 7_900, "GE-KK-MARNEULI": 7_000, "GE-SJ-AKHALTSIKHE": 6_000,
        "GE-AJ-BATUMI": 5_000, "GE-KK-BOLNISI": 3_000, "GE-KK-RUSTAVI": 2_000,
        "GE-KK-GARDABANI": 2_000, "GE-KK-TETRITSKARO": 1_800, "GE-SJ-ASPINDZA": 1_000,
        "GE-SJ-BORJOMI": 1_000, "GE-SJ-ADIGENI": 1_000,
    },
    "kist": {"GE-KA-AKHMETA": 5_200, "GE-TB-TBILISI": 500},
}

# Shortest mobile prefixes after +995 kept: longer ones are sub-blocks of them.
MAX_PREFIX_DIGITS = 3


def surname_weights(path: Path) -> dict[str, int]:
    """Read the voter-list weights of ``surnames.tsv`` by Georgian spelling."""
    weights = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("georgian\t"):
            continue
        georgian, weight, _kind = line.split("\t")
        weights[georgian] = int(weight)
    return weights


def female_form(surname: str) -> str | None:
    """Return the female form of a Russian-style male surname, or None when it has none."""
    for male, female in FEMALE_ENDINGS.items():
        if surname.endswith(male):
            return surname.removesuffix(male) + female
    return None


def minority_rows(counted: Mapping[str, int]) -> list[tuple[str, str, str, str, int, str]]:
    """Return (group, kind, sex, georgian, weight, weight_kind) rows of the minority names."""
    rows = []
    for group, lists in MINORITY_NAMES.items():
        for sex in ("M", "F"):
            rows += [(group, "given", sex, name, 1, "uniform") for name in lists[sex]]

        for male in lists["surname"]:
            female = female_form(male)
            forms = [("M", male), ("F", female)] if female else [("B", male)]
            for sex, form in forms:
                if form in counted:
                    rows.append((group, "surname", sex, form, counted[form], "voter_list"))
                else:
                    rows.append((group, "surname", sex, form, 0, "uniform"))
        rows = _fill_uniform_weights(rows, group)

    _check_unique(rows)
    return sorted(rows, key=lambda row: (row[0], row[1], row[2], -row[4], row[3]))


def _fill_uniform_weights(
    rows: list[tuple[str, str, str, str, int, str]], group: str
) -> list[tuple[str, str, str, str, int, str]]:
    """Give a group's uncounted surnames the smallest counted weight of that group, or 1."""
    counted = [row[4] for row in rows if row[0] == group and row[5] == "voter_list"]
    floor = min(counted, default=1)
    return [
        (*row[:4], floor, row[5]) if row[0] == group and row[1] == "surname" and row[4] == 0 else row
        for row in rows
    ]


def _check_unique(rows: Sequence[tuple[str, str, str, str, int, str]]) -> None:
    keys = [(group, kind, sex, name) for group, kind, sex, name, _weight, _kind in rows]
    duplicates = {key for key in keys if keys.count(key) > 1}
    if duplicates:
        raise SystemExit(f"duplicate minority names: {sorted(duplicates)}")


def birthplace_rows() -> list[tuple[str, str, int]]:
    """Return (table, municipality code, weight) rows, after checking every code."""
    from migstd.codelists import ge_municipalities

    tables = {"general": MUNICIPALITIES, "occupied": OCCUPIED_BIRTHPLACES, **GROUP_BIRTHPLACES}
    rows = []
    for table, weights in tables.items():
        for code, weight in weights.items():
            if ge_municipalities.get(code) is None:
                raise SystemExit(f"{code} is not a code of ge_municipalities")
            rows.append((table, code, weight))
    return sorted(rows, key=lambda row: (row[0], -row[2], row[1]))


def mobile_prefix_rows() -> tuple[list[tuple[str, int]], str]:
    """Return (prefix, weight) rows of the Georgian mobile blocks and the phonenumbers version.

    A block of ``d`` digits covers ``10 ** (3 - d)`` three-digit blocks, its weight.
    """
    import phonenumbers
    from phonenumbers.carrierdata import CARRIER_DATA

    prefixes = sorted(
        key.removeprefix("995")
        for key in CARRIER_DATA
        if key.startswith("9955") and len(key) - 3 <= MAX_PREFIX_DIGITS
    )
    rows = []
    for prefix in prefixes:
        # A block is kept only when numbers across it are valid mobile numbers.
        samples = [phonenumbers.parse(f"+995{prefix.ljust(9, digit)}") for digit in "0159"]
        if all(phonenumbers.number_type(sample) == phonenumbers.PhoneNumberType.MOBILE for sample in samples):
            rows.append((prefix, 10 ** (MAX_PREFIX_DIGITS - len(prefix))))
    return rows, phonenumbers.__version__


def write_tsv(
    path: Path, header: Iterable[str], columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> None:
    """Write comment lines, a column header and rows with ``\\n`` line ends."""
    lines = [*header, "\t".join(columns)]
    lines += ["\t".join(str(value) for value in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Write the five population tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR, help="output directory")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)

    write_tsv(
        args.out_dir / "ethnic_groups.tsv",
        [
            "# Ethnic groups of Georgia that migstd.synth gives their own names, with their count.",
            "# Source: Geostat, 2014 General Population Census, final results (28 April 2016),",
            "#   as reported by The FINANCIAL (finchannel.com) and DFWatch (dfwatch.net).",
            f"#   Total population {CENSUS_TOTAL}; everyone not counted here gets Georgian names.",
            "# greek is derived: DFWatch reports a 62 % fall from the 2002 count of 15,166.",
            ACCESSED,
            "# Licence: facts (census counts), not subject to copyright.",
            GENERATED,
        ],
        ("group", "count"),
        [("total", CENSUS_TOTAL), *sorted(ETHNIC_GROUPS.items(), key=lambda item: -item[1])],
    )

    counted = surname_weights(args.out_dir / "surnames.tsv")
    write_tsv(
        args.out_dir / "minority_names.tsv",
        [
            "# Given names and surnames of Georgia's ethnic minorities, in Georgian script.",
            "# Source: Faker's az_AZ and hy_AM person providers (github.com/joke2k/faker, MIT",
            "#   licence, Copyright (c) 2012 Daniele Faraglia), written in Georgian script, for",
            "#   Azerbaijani and Armenian names; common names of the other groups, chosen by hand.",
            "# Spelling: as Georgian registers write them in the August 2012 voter list",
            "#   (surnames.tsv): male -ოვი/-ევი and female -ოვა/-ევა forms, Armenian -იანი.",
            "# sex: M or F, or B for a surname form that both sexes bear.",
            "# weight_kind voter_list: the weight of that spelling in surnames.tsv.",
            "# weight_kind uniform: no count was found. Given names weigh 1; a surname weighs the",
            "#   smallest voter_list weight of its group (1 in a group without one).",
            ACCESSED,
            "# Licence: MIT (Faker); the hand-chosen names are facts.",
            GENERATED,
        ],
        ("group", "kind", "sex", "georgian", "weight", "weight_kind"),
        minority_rows(counted),
    )

    write_tsv(
        args.out_dir / "age_groups.tsv",
        [
            "# People in Georgia by five-year age group and sex.",
            "# Source: US Census Bureau, International Data Base, estimates for Georgia in 2013,",
            "#   as tabulated by geoba.se (geoba.se/country.php?cc=GE&year=2013).",
            "# The last group, 100+, is closed at 104.",
            ACCESSED,
            "# Licence: US Government work, public domain.",
            GENERATED,
        ],
        ("age_from", "age_to", "male", "female"),
        AGE_GROUPS,
    )

    write_tsv(
        args.out_dir / "birthplaces.tsv",
        [
            "# Weights of municipalities (codes of migstd.codelists.ge_municipalities) as birthplaces.",
            "# Source: Geostat, 2014 General Population Census; Tbilisi as reported by agenda.ge,",
            "#   the other figures rounded approximations, checked against the population bands of",
            "#   the Council of Europe's municipal profiles (coe.ineko.sk).",
            "# table general: population of each municipality.",
            "# table occupied: rough population before 1992 of districts now occupied (assumption).",
            "# tables azerbaijani, armenian, kist: approximate 2014 census counts of the group",
            "#   by municipality (estimates; regions as DFWatch's census report gives them).",
            ACCESSED,
            "# Licence: facts (census counts and estimates), not subject to copyright.",
            GENERATED,
        ],
        ("table", "code", "weight"),
        birthplace_rows(),
    )

    prefixes, version = mobile_prefix_rows()
    write_tsv(
        args.out_dir / "mobile_prefixes.tsv",
        [
            "# Georgian mobile number blocks: the digits after +995 that start a mobile number.",
            f"# Source: the carrier data of the phonenumbers package {version}",
            "#   (github.com/daviddrysdale/python-phonenumbers, from Google's libphonenumber),",
            f"#   blocks of at most {MAX_PREFIX_DIGITS} digits (longer ones are sub-blocks of them)",
            "#   whose numbers the same package validates as mobile numbers.",
            "# weight: number of three-digit blocks covered, a proxy for the numbers in use.",
            ACCESSED,
            "# Licence: Apache 2.0 (libphonenumber metadata).",
            GENERATED,
        ],
        ("prefix", "weight"),
        prefixes,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
