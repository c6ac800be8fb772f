"""Tests of migstd.script.latin_fold and migstd.script.name_key."""

from __future__ import annotations

import importlib.util
import itertools
import re
import unicodedata
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migstd.script import latin_fold, name_key, normalize, to_latin
from migstd.script._keys import load_given_name_aliases

MODERN_LETTERS = "".join(chr(code) for code in range(0x10D0, 0x10F1))


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Məmmədova", "mammadova"),
        ("Əliyeva", "aliyeva"),
        ("Gülnarə", "gulnara"),
        ("İsmayılov", "ismayilov"),
        ("Şükürova", "sukurova"),
        ("Tomás", "tomas"),
        ("GELASHVILI", "gelashvili"),
        ("Søren Łukasz Đorđe", "soren lukasz dorde"),
        ("Straße", "strasse"),
        ("Æsa Œuvre", "aesa oeuvre"),
    ],
)
def test_latin_fold_cases(text: str, folded: str) -> None:
    assert latin_fold(text) == folded


def test_latin_fold_nfc_equals_nfd() -> None:
    nfc = unicodedata.normalize("NFC", "Tomás Gülnarə")
    nfd = unicodedata.normalize("NFD", "Tomás Gülnarə")
    assert nfc != nfd
    assert latin_fold(nfc) == latin_fold(nfd)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc", "\u02bb", "\u00b4", "`"])
def test_latin_fold_removes_apostrophes(apostrophe: str) -> None:
    assert latin_fold(f"Ts{apostrophe}iklauri") == "tsiklauri"


def test_latin_fold_separators() -> None:
    assert latin_fold("  Janelidze-Beridze \t Nino\u00a0") == "janelidze beridze nino"
    assert latin_fold("Janelidze \u2013 Beridze") == "janelidze beridze"


def test_latin_fold_drops_symbols() -> None:
    assert latin_fold("Saak.") == "saak"
    assert latin_fold("Nino @ Beridze (2)") == "nino beridze 2"
    assert latin_fold("ნინო") == ""


def test_latin_fold_fullwidth() -> None:
    assert latin_fold("ＮＩＮＯ") == "nino"


@given(st.text())
def test_latin_fold_output_alphabet(text: str) -> None:
    assert re.fullmatch(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?", latin_fold(text))


# Each group is one name in Georgian, in Latin under several systems and in
# Russian Cyrillic; all members must share one key.
SAME_KEY_GROUPS = [
    ["ნინო ბერიძე", "NINO BERIDZE", "Nino Beridze", "Нино Беридзе"],
    ["ხარაიშვილი", "Kharaishvili", "KHARAISHVILI", "Xaraishvili", "Харайшвили"],
    ["წიკლაური", "Tsiklauri", "Ts'iklauri", "Ciklauri", "Циклаури"],
    ["ყიფიანი", "Kipiani", "Qipiani", "Q'ip'iani", "Кипиани"],
    ["ღლონტი", "Glonti", "Ghlonti", "Глонти"],
    ["ჩხაიძე", "Chkhaidze", "ᲩᲮᲐᲘᲫᲔ", "Чхаидзе"],
    ["ჯაფარიძე", "Japaridze", "Джапаридзе", "Djaparidze"],
    ["გამსახურდია", "Gamsakhurdia", "Гамсахурдия", "GAMSAKHURDIIA", "Gamsakhurdiya"],
    ["ბოკერია", "Bokeria", "Бокерия"],
    ["კვარაცხელია", "Kvaratskhelia", "K\u2019varatskhelia", "Кварацхелия"],
    ["ჟორჟოლიანი", "Zhorzholiani", "Jorjoliani"],
    ["ფრიდონ", "Pridon", "Phridon", "Fridon"],
]


@pytest.mark.parametrize("group", SAME_KEY_GROUPS, ids=lambda group: group[1])
def test_name_key_same_key(group: list[str]) -> None:
    keys = {text: name_key(text) for text in group}
    assert len(set(keys.values())) == 1, keys
    assert keys[group[0]]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Nino", "Nana"),
        ("Beridze", "Berishvili"),
        ("ნინო", "ნანა"),
        ("ბერიძე", "ბერიშვილი"),
        ("Nino Beridze", "Beridze Nino"),
        ("Chkhaidze", "Kaidze"),
    ],
)
def test_name_key_different_names(left: str, right: str) -> None:
    assert name_key(left) != name_key(right)


def test_name_key_readable_classes() -> None:
    assert name_key("ჩხაიძე") == "chkhaize"
    assert name_key("ხარაიშვილი") == "kharaisvil"
    assert name_key("ნინო ბერიძე") == "nino berize"


@pytest.mark.parametrize(
    ("with_ending", "without_ending"),
    [("Zurabi", "Zurab"), ("დავითი", "DAVIT"), ("თამარი", "Tamar"), ("Tengizi", "ТЕНГИЗ")],
)
def test_name_key_nominative_i(with_ending: str, without_ending: str) -> None:
    assert name_key(with_ending) == name_key(without_ending)


def test_name_key_keeps_i_after_vowel() -> None:
    assert name_key("Maia") != name_key("Mai")
    assert name_key("Gia") != name_key("G")


def test_name_key_token_order_and_separators() -> None:
    assert name_key("  Janelidze-Beridze\u00a0 Nino ") == "janelize berize nino"
    assert name_key("ჯანელიძე-ბერიძე") == "janelize berize"


def test_name_key_marked_latin() -> None:
    assert name_key("Čikovani") == name_key("ჩიქოვანი")
    assert name_key("Žužunava") == name_key("ჟუჟუნავა")
    assert name_key("Šengelia") == name_key("შენგელია")
    assert name_key("Ġlonti") == name_key("ღლონტი")


@pytest.mark.parametrize(
    ("georgian", "romanized"),
    [
        ("ჩოხულდი", "čʻoxuldi"),  # ALA-LC
        ("ძროხა", "żroxa"),  # ALA-LC
        ("ღრმაღელე", "ġrmaġele"),  # ALA-LC
        ("ჩოხულდი", "č̕oxuldi"),  # ISO 9984, decomposed
    ],
)
def test_name_key_library_spellings(georgian: str, romanized: str) -> None:
    assert name_key(romanized) == name_key(georgian)


def test_name_key_collapses_repeats() -> None:
    assert name_key("Anna") == name_key("Ana")
    assert name_key("Tsereteli") == name_key("Tsereeteli")
    assert name_key("გამსახურდია") == name_key("GAMSAKHURDIIA")


def test_name_key_empty_and_symbols() -> None:
    assert name_key("") == ""
    assert name_key(" - . ") == ""


def test_name_key_archaic_letters_do_not_raise() -> None:
    assert name_key("ჱ ჸ") == "e"


@given(st.text(alphabet=MODERN_LETTERS + " -"))
def test_name_key_same_for_mtavruli(text: str) -> None:
    assert name_key(text.upper()) == name_key(text)


# Adjacent letters whose romanization reads as one spelling (სჰ is "sh", the
# spelling of შ). Their key differs from the key of their romanization.
NATIONAL_COLLISIONS = [
    "გჰ",
    "დზ",
    "დჟ",
    "დჯ",
    "ზჰ",
    "თზ",
    "თჟ",
    "თშ",
    "თჩ",
    "თჭ",
    "თჰ",
    "სჰ",
    "ფჰ",
    "ძჰ",
]
PASSPORT_COLLISIONS = [*NATIONAL_COLLISIONS, *["პჰ", "ტზ", "ტჟ", "ტშ", "ტჩ", "ტჭ", "ტჰ"]]


def find_collisions(system: str) -> list[str]:
    pairs = [first + second for first in MODERN_LETTERS for second in MODERN_LETTERS]
    return [pair for pair in pairs if name_key(to_latin(pair, system)) != name_key(pair)]


def test_name_key_romanization_collisions() -> None:
    assert find_collisions("national") == NATIONAL_COLLISIONS
    assert sorted(find_collisions("passport")) == sorted(PASSPORT_COLLISIONS)


# Multi-letter Latin spellings that two adjacent romanized letters can form
# across their boundary (k + h reads as kh).
BOUNDARY_SPELLINGS = ("kh", "gh", "zh", "dz", "ts", "tz", "tc", "ch", "sh", "ph", "th", "ck", "dj")


def has_ambiguous_boundary(text: str, system: str) -> bool:
    """Return whether two adjacent letters' romanizations run together into another spelling."""
    spellings = [to_latin(letter, system) for letter in text]
    for first, second in itertools.pairwise(spellings):
        if first and second and (first[-1] + second[0]) in BOUNDARY_SPELLINGS:
            return True
    return False


@given(st.text(alphabet=MODERN_LETTERS + " -"))
def test_name_key_same_for_romanizations(text: str) -> None:
    key = name_key(text)
    if not has_ambiguous_boundary(text, "national"):
        assert name_key(to_latin(text, "national")) == key
    if not has_ambiguous_boundary(text, "passport"):
        assert name_key(to_latin(text, "passport")) == key


def test_name_key_ambiguous_boundaries_cover_collisions() -> None:
    for pair in NATIONAL_COLLISIONS:
        assert has_ambiguous_boundary(pair, "national")
    for pair in PASSPORT_COLLISIONS:
        assert has_ambiguous_boundary(pair, "passport")


@given(st.text())
def test_name_key_deterministic_and_normalized(text: str) -> None:
    key = name_key(text)
    assert name_key(text) == key
    assert name_key(normalize(text)) == key
    assert re.fullmatch(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?", key)


# Russian Cyrillic romanized by ICAO Doc 9303 Part 3 and by the Russian
# foreign-passport tables of 1997 (MVD order 310) and 2010 (FMS order 26).
# Letters not listed are the same in all three: а a, б b, в v, г g, д d, е e,
# ё e, з z, и i, к k, л l, м m, н n, о o, п p, р r, с s, т t, у u, ф f, ы y, э e.
RUSSIAN_COMMON = dict(zip("абвгдеёзиклмнопрстуфыэ", "abvgdeeziklmnoprstufye", strict=True))
RUSSIAN_PASSPORT_TABLES = {
    "icao": {**RUSSIAN_COMMON, "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
             "щ": "shch", "ъ": "ie", "ь": "", "ю": "iu", "я": "ia"},
    "1997": {**RUSSIAN_COMMON, "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
             "щ": "shch", "ъ": "", "ь": "'", "ю": "yu", "я": "ya"},
    "2010": {**RUSSIAN_COMMON, "ж": "zh", "й": "i", "х": "kh", "ц": "tc", "ч": "ch", "ш": "sh",
             "щ": "shch", "ъ": "", "ь": "", "ю": "iu", "я": "ia"},
}  # fmt: skip


def romanize_russian(text: str, table: str) -> str:
    letters = RUSSIAN_PASSPORT_TABLES[table]
    return "".join(letters.get(char.lower(), char) for char in text).upper()


@pytest.mark.parametrize(
    ("georgian", "russian"),
    [
        ("ჯუღაშვილი", "Джугашвили"),
        ("გამსახურდია", "Гамсахурдия"),
        ("წერეთელი", "Церетели"),
        ("ჯაფარიძე", "Джапаридзе"),
        ("კვარაცხელია", "Кварацхелия"),
        ("ცხადაძე", "Цхададзе"),
        ("ჯუმბერ", "Джумбер"),
        ("ელდარ", "Эльдар"),
        ("ყოლბაია", "Колбая"),
        ("ჭავჭავაძე", "Чавчавадзе"),
        ("ჟორდანია", "Жордания"),
        ("გიორგი", "Георгий"),
    ],
)
@pytest.mark.parametrize("table", sorted(RUSSIAN_PASSPORT_TABLES))
def test_name_key_russian_passport_spellings(georgian: str, russian: str, table: str) -> None:
    latin = romanize_russian(russian, table)
    assert name_key(latin) == name_key(georgian), latin


@pytest.mark.parametrize(
    ("georgian", "latin"),
    [
        ("ჯუღაშვილი", "Dzhugashvili"),
        ("გამსახურდია", "Gamsakhurdiya"),
        ("გამსახურდია", "GAMSAKHURDIIA"),
        ("წერეთელი", "Tcereteli"),
        ("წერეთელი", "Tsereteli"),
        ("ჯაფარიძე", "Dzhaparidze"),
        ("კვარაცხელია", "Kvaratskheliya"),
        ("ცხადაძე", "TCKHADADZE"),
    ],
)
def test_name_key_russian_mediated_latin(georgian: str, latin: str) -> None:
    assert name_key(latin) == name_key(georgian)


ALIAS_GROUPS = [
    ["გიორგი", "Giorgi", "Gogi", "George", "Georgiy", "Georgy", "GEORGII", "Гиорги", "Георгий", "Gia"],
    ["დავით", "Davit", "Davidi", "Dato", "David", "Давид", "დავითი"],
    ["ნიკოლოზ", "Nikoloz", "Nikolozi", "Niko", "Nika", "Николай", "Nikolay"],
    ["ალექსანდრე", "Aleksandre", "Alexander", "Alex", "Sandro", "Александр", "Aleksandr"],
    ["მიხეილ", "Mikheil", "Misha", "Mikhail", "Михаил"],
    ["ეკატერინე", "Ekaterine", "Eka", "Ekaterina", "Екатерина"],
    ["თამარ", "Tamar", "Tamari", "Tamara", "Тамара", "Tamuna"],
    ["ივანე", "Ivane", "Vano", "Ivan", "Иван"],
    ["ვლადიმერ", "Vladimer", "Lado", "Vladimir", "Владимир"],
    ["კონსტანტინე", "Konstantine", "Kote", "Константин"],
    ["ელენე", "Elene", "Elena", "Елена"],
    ["მარიამ", "Mariam", "Maria", "Мария"],
    ["ირაკლი", "Irakli", "Ираклий", "IRAKLII", "Irakliy"],
    ["იოსებ", "Ioseb", "Soso", "Iosif", "Иосиф"],
]


@pytest.mark.parametrize("group", ALIAS_GROUPS, ids=lambda group: group[1])
def test_name_key_given_name_aliases(group: list[str]) -> None:
    keys = {text: name_key(text) for text in group}
    assert len(set(keys.values())) == 1, keys


def test_name_key_alias_is_canonical_key() -> None:
    assert name_key("Alexander") == "aleksandre"
    assert name_key("George Beridze") == "giorg berize"
    assert name_key("Давид Маградзе") == name_key("დავით მაღრაძე")


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("Alexander", "Xander"),
        ("Alexander", "Alexandrov"),
        ("Alexander", "Alexandra"),
        ("Davit", "Davitashvili"),
        ("Giorgi", "Giorgadze"),
        ("George", "Georgia"),
        ("Nika", "Nikolozishvili"),
    ],
)
def test_name_key_alias_only_whole_tokens(name: str, other: str) -> None:
    assert name_key(name) != name_key(other)
    assert "alekhander" not in name_key(other)


DIFFERENT_NAMES = [
    ("Nino", "Nana"),
    ("Nina", "Nana"),
    ("Giorgi", "Gocha"),
    ("Davit", "Dimitri"),
    ("Tamar", "Tamaz"),
    ("Tamara", "Tamaz"),
    ("Ketevan", "Ekaterine"),
    ("Keti", "Eka"),
    ("Nika", "Nino"),
    ("Sandro", "Salome"),
    ("Levan", "Lasha"),
    ("Irakli", "Ilia"),
    ("Ivane", "Ioseb"),
    ("Vano", "Vaso"),
    ("Vladimer", "Valeri"),
    ("Lado", "Lasha"),
    ("Mikheil", "Merab"),
    ("Maia", "Mariam"),
    ("Tina", "Tamar"),
    ("Teimuraz", "Temur"),
    ("Zurab", "Zaza"),
    ("Natia", "Natela"),
    ("Sopio", "Salome"),
    ("Kote", "Koba"),
    ("Beso", "Soso"),
    ("Sandro", "Andria"),
    ("Nana", "Nona"),
    ("გიორგი", "გოჩა"),
    ("დავით", "დიმიტრი"),
    ("Георгий", "Григорий"),
]


@pytest.mark.parametrize(("name", "other"), DIFFERENT_NAMES)
def test_name_key_different_given_names(name: str, other: str) -> None:
    assert name_key(name) != name_key(other)


def test_alias_table_covers_common_names() -> None:
    aliases = load_given_name_aliases()
    canonicals = {alias.canonical for alias in aliases}
    assert len(canonicals) >= 40
    assert {alias.kind for alias in aliases} <= {"diminutive", "russian", "english", "latin"}
    assert {alias.source for alias in aliases} == {"attested", "editorial"}
    assert all(set(alias.canonical) <= set(MODERN_LETTERS) for alias in aliases)


def test_alias_table_merges_no_two_names() -> None:
    canonicals = {alias.canonical for alias in load_given_name_aliases()}
    canonical_keys = [name_key(canonical) for canonical in canonicals]
    assert len(canonical_keys) == len(set(canonical_keys))


def test_alias_table_regenerates_identically() -> None:
    script = Path(__file__).resolve().parent.parent / "scripts" / "make_name_aliases.py"
    spec = importlib.util.spec_from_file_location("make_name_aliases", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    data = resources.files("migstd.script").joinpath("data", "given_name_aliases.tsv")
    text = data.read_text(encoding="utf-8")
    assert module.render(module.ROWS) == text
    assert "# Generated file: regenerate with scripts/make_name_aliases.py." in text
    assert "Licence" in text
