"""Tests of migstd.script.to_cyrillic and migstd.script.from_cyrillic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migstd.errors import MigstdError, SettingsError
from migstd.script import from_cyrillic, name_key, to_cyrillic

MODERN_LETTERS = "".join(chr(code) for code in range(0x10D0, 0x10F1))

# Source codes of the attested Russian spellings:
#   semfamily: semfamily.ru, "Грузинские фамилии", list of the 20 most frequent surnames.
#   nlevshits: nlevshits.com, "В Грузии есть множество красивых и звучных фамилий".
#   madloba: madloba.info, "Говорящие грузинские фамилии".
#   med103: med103.ru, "Грузинские фамилии. Грузинские фамилии правила".
#   collected: Russian forms of bearers' names collected for migstd in December 2026 from
#     Russian Wikipedia titles, Wikidata Russian labels and Russian media pages.
ATTESTED = [
    ("ბერიძე", "Беридзе", "semfamily"),
    ("კაპანაძე", "Капанадзе", "semfamily"),
    ("ბერძენიშვილი", "Бердзенишвили", "nlevshits"),
    ("ივანიშვილი", "Иванишвили", "nlevshits"),
    ("მამალაძე", "Мамаладзе", "nlevshits"),
    ("სვანიძე", "Сванидзе", "nlevshits"),
    ("ლეკიაშვილი", "Лекиашвили", "nlevshits"),
    ("გრიგოლია", "Григолия", "nlevshits"),
    ("გურცკაია", "Гурцкая", "nlevshits"),
    ("გაგუა", "Гагуа", "nlevshits"),
    ("ელიავა", "Элиава", "nlevshits"),
    ("ოკუჯავა", "Окуджава", "nlevshits"),
    ("ჟორდანია", "Жордания", "nlevshits"),
    ("ბერია", "Берия", "nlevshits"),
    ("ნიკოლაძე", "Николадзе", "madloba"),
    ("დავითაშვილი", "Давиташвили", "madloba"),
    ("ნინოშვილი", "Ниношвили", "madloba"),
    ("ნარიმანიძე", "Нариманидзе", "madloba"),
    ("ერისთავი", "Эристави", "madloba"),
    ("ჯაფარიძე", "Джапаридзе", "madloba"),
    ("გვერდწითელი", "Гвердцители", "madloba"),
    ("დეკანოზიშვილი", "Деканозишвили", "madloba"),
    ("თამარაშვილი", "Тамарашвили", "med103"),
    ("მჭედლიშვილი", "Мчедлишвили", "med103"),
    ("დათუნაშვილი", "Датунашвили", "med103"),
    ("ყოლბაია", "Колбая", "collected"),
    ("ჯუღაშვილი", "Джугашвили", "collected"),
    ("გამსახურდია", "Гамсахурдия", "collected"),
    ("ბოკერია", "Бокерия", "collected"),
    ("გვარამია", "Гварамия", "collected"),
    ("კვარაცხელია", "Кварацхелия", "collected"),
    ("ცხადაძე", "Цхададзе", "collected"),
    ("მაღრაძე", "Маградзе", "collected"),
    ("პატიაშვილი", "Патиашвили", "collected"),
    ("ჯუმბერ", "Джумбер", "collected"),
    ("ელგუჯა", "Элгуджа", "collected"),
    ("ნინო", "Нино", "collected"),
    ("წიკლაური", "Циклаури", "collected"),
    ("ყიფიანი", "Кипиани", "collected"),
    ("ღლონტი", "Глонти", "collected"),
    ("ჩხაიძე", "Чхаидзе", "collected"),
    ("თენგიზ", "Тенгиз", "collected"),
]

# Attested spellings that the transcription rule does not produce: й for ი
# after a vowel, a soft sign, and э inside a word.
RULE_DIFFERS = [
    ("მაისურაძე", "Майсурадзе", "Маисурадзе", "nlevshits"),
    ("ხარაიშვილი", "Харайшвили", "Хараишвили", "collected"),
    ("ელდარ", "Эльдар", "Элдар", "collected"),
    ("ამირეჯიბი", "Амирэджиби", "Амиреджиби", "collected"),
]


@pytest.mark.parametrize(("georgian", "russian", "source"), ATTESTED)
def test_to_cyrillic_attested(georgian: str, russian: str, source: str) -> None:
    assert to_cyrillic(georgian) == russian, source


@pytest.mark.parametrize(("georgian", "attested", "rule", "source"), RULE_DIFFERS)
def test_to_cyrillic_rule_differs_from_usage(georgian: str, attested: str, rule: str, source: str) -> None:
    assert to_cyrillic(georgian) == rule
    assert to_cyrillic(georgian) != attested, source


def test_to_cyrillic_letter_table() -> None:
    georgian = "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ"
    assert to_cyrillic("ა" + georgian) == "Аабгдевзтиклмнопжрступкгкшчцдзцчхджх"


def test_to_cyrillic_word_initial_e() -> None:
    assert to_cyrillic("ელენე ეკა") == "Элене Эка"
    assert to_cyrillic("ბეჟანიძე-ელიავა") == "Бежанидзе-Элиава"


def test_to_cyrillic_final_ia() -> None:
    assert to_cyrillic("ბოკერია") == "Бокерия"
    assert to_cyrillic("ყოლბაია") == "Колбая"
    assert to_cyrillic("ია") == "Иа"
    assert to_cyrillic("იასამანი") == "Иасамани"


def test_to_cyrillic_capitalises_each_word() -> None:
    assert to_cyrillic("ნინო  ბერიძე\tნათია") == "Нино  Беридзе\tНатия"


def test_to_cyrillic_folds_capitals() -> None:
    assert to_cyrillic("ᲜᲘᲜᲝ ᲑᲔᲠᲘᲫᲔ") == "Нино Беридзе"


def test_to_cyrillic_keeps_other_text() -> None:
    assert to_cyrillic("Nino, ნინო (2)") == "Nino, Нино (2)"
    assert to_cyrillic("ჱ") == "ჱ"
    assert to_cyrillic("") == ""


def test_to_cyrillic_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="to_cyrillic"):
        to_cyrillic(None)  # type: ignore[arg-type]


# Letters and adjacent pairs whose transcription keys differently from the
# Georgian. х is read as ხ, so ჰ keys as kh. A pair of letters can run
# together into one Russian spelling. დ + ზ is дз, the spelling of ძ. თ or ტ
# before ზ, ჟ, ს, შ, ჩ or ჭ gives тз, тж, тс, тш or тч, which the key reads
# as ts or ch. тс keys like თ + ს but as one class, so a final -ი after it
# is kept where the Georgian loses it (ტსი).
KEY_COLLAPSED_LETTERS = ["ჰ"]
KEY_COLLAPSED_PAIRS = ["დზ", "დჟ", "თზ", "თჟ", "თს", "თშ", "თჩ", "თჭ", "ტზ", "ტჟ", "ტს", "ტშ", "ტჩ", "ტჭ"]


def changes_key(text: str) -> bool:
    return name_key(to_cyrillic(text)) != name_key(text)


def test_to_cyrillic_key_collapses_are_known() -> None:
    letters = [letter for letter in MODERN_LETTERS if changes_key(letter)]
    pairs = [
        first + second
        for first in MODERN_LETTERS
        for second in MODERN_LETTERS
        if first not in letters
        and second not in letters
        and (changes_key(first + second) or changes_key(f"{first}{second}ი"))
    ]
    assert letters == KEY_COLLAPSED_LETTERS
    assert pairs == KEY_COLLAPSED_PAIRS


def has_key_collapse(text: str) -> bool:
    return any(letter in text for letter in KEY_COLLAPSED_LETTERS) or any(
        pair in text for pair in KEY_COLLAPSED_PAIRS
    )


@given(st.text(alphabet=MODERN_LETTERS + " "))
def test_to_cyrillic_keeps_name_key(text: str) -> None:
    if not has_key_collapse(text):
        assert name_key(to_cyrillic(text)) == name_key(text)


# Names that are not in the lexicon and contain the rarer reading of a
# merged letter, so their Georgian form is a lower candidate.
NOT_TOP = {"გურცკაია", "ერისთავი", "გვერდწითელი", "თამარაშვილი", "დათუნაშვილი", "ჯუღაშვილი", "პატიაშვილი"}


@pytest.mark.parametrize(
    ("georgian", "russian"),
    [
        *[(georgian, russian) for georgian, russian, _source in ATTESTED if georgian not in NOT_TOP],
        *[(georgian, attested) for georgian, attested, _rule, _source in RULE_DIFFERS],
    ],
)
def test_from_cyrillic_top_candidate(georgian: str, russian: str) -> None:
    assert from_cyrillic(russian)[0] == georgian


@pytest.mark.parametrize("georgian", sorted(NOT_TOP))
def test_from_cyrillic_rarer_reading_in_top_five(georgian: str) -> None:
    russian = next(russian for name, russian, _source in ATTESTED if name == georgian)
    candidates = from_cyrillic(russian, limit=5)
    assert georgian in candidates
    assert candidates[0] != georgian


@pytest.mark.parametrize(
    ("russian", "georgian"),
    [
        ("Георгий", "გიორგი"),
        ("Давид", "დავით"),
        ("Михаил", "მიხეილ"),
        ("Иван", "ივანე"),
        ("Николай", "ნიკოლოზ"),
        ("Александр", "ალექსანდრე"),
        ("Константин", "კონსტანტინე"),
        ("Илья", "ილია"),
        ("Тамара", "თამარ"),
        ("Екатерина", "ეკატერინე"),
        ("Мария", "მარიამ"),
        ("Владимир", "ვლადიმერ"),
        ("Елена", "ელენე"),
        ("Виссарион", "ბესარიონ"),
        ("ГЕОРГИЙ", "გიორგი"),
        ("Пётр", "პეტრე"),
    ],
)
def test_from_cyrillic_russified_given_names(russian: str, georgian: str) -> None:
    assert from_cyrillic(russian)[0] == georgian


def test_from_cyrillic_nominative_second() -> None:
    assert from_cyrillic("Давид")[:2] == ["დავით", "დავითი"]
    assert from_cyrillic("Илья") == ["ილია"]


def test_from_cyrillic_alias_needs_whole_word() -> None:
    assert from_cyrillic("Давидов")[0] != "დავით"
    assert "დავით" not in from_cyrillic("Давидов")


def test_from_cyrillic_spellings_of_one_sound() -> None:
    assert from_cyrillic("Гамсахурдиа")[0] == "გამსახურდია"
    assert from_cyrillic("Элиава")[0] == from_cyrillic("Елиава")[0] == "ელიავა"
    assert from_cyrillic("Эльдар")[0] == from_cyrillic("Элдар")[0]


def test_from_cyrillic_several_words() -> None:
    assert from_cyrillic("Нино Беридзе")[0] == "ნინო ბერიძე"
    assert from_cyrillic("Беридзе-Капанадзе")[0] == "ბერიძე-კაპანაძე"
    assert from_cyrillic("Георгий  Капанадзе", limit=2) == ["გიორგი  კაპანაძე", "გიორგი  კაფანაძე"]


def test_from_cyrillic_candidates_distinct_and_limited() -> None:
    candidates = from_cyrillic("Кварацхелия", limit=7)
    assert len(candidates) == 7
    assert len(set(candidates)) == 7
    assert from_cyrillic("Кварацхелия", limit=3) == candidates[:3]


def test_from_cyrillic_candidates_transcribe_back() -> None:
    for candidate in from_cyrillic("Чхаидзе Циклаури", limit=10):
        assert to_cyrillic(candidate) == "Чхаидзе Циклаури"


def test_from_cyrillic_is_deterministic() -> None:
    first = from_cyrillic("Кикнадзе Пачулия", limit=10)
    assert from_cyrillic("Кикнадзе Пачулия", limit=10) == first


def test_from_cyrillic_keeps_other_text() -> None:
    assert from_cyrillic("") == [""]
    assert from_cyrillic("Nino 2") == ["Nino 2"]


@pytest.mark.parametrize("limit", [0, -1, 1.5, True, "3", 1001])
def test_from_cyrillic_invalid_limit(limit: object) -> None:
    with pytest.raises(SettingsError, match="limit"):
        from_cyrillic("Нино", limit=limit)  # type: ignore[arg-type]


def test_from_cyrillic_largest_limit() -> None:
    assert len(from_cyrillic("Кварацхелия Кикнадзе Цхакая Чхотуа", limit=1000)) == 1000


def test_from_cyrillic_errors() -> None:
    assert issubclass(SettingsError, MigstdError)
    with pytest.raises(TypeError, match="from_cyrillic"):
        from_cyrillic(b"Nino")  # type: ignore[arg-type]
