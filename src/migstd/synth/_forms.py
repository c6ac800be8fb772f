"""Other written forms of a Georgian name: Russian forms, short forms and Mtavruli capitals.

Russian-language records (Soviet-era documents, records kept abroad) write
many Georgian given names in their established Russian form (გიორგი as
Георгий) and drop the Georgian nominative -ი of Russian-style surnames
(მამედოვი as Мамедов). Everyday records use short forms of given names
(ალექსანდრე as სანდრო). The tables below are illustrative: common names only.
"""

from __future__ import annotations

from functools import cache

from migstd.script import to_cyrillic

# Established Russian forms of common Georgian given names.
_RUSSIAN_GIVEN_NAMES = {
    "გიორგი": "Георгий",
    "დავით": "Давид",
    "დავითი": "Давид",
    "ალექსანდრე": "Александр",
    "ნიკოლოზ": "Николай",
    "ნიკოლოზი": "Николай",
    "მიხეილ": "Михаил",
    "მიხეილი": "Михаил",
    "ირაკლი": "Ираклий",
    "ვლადიმერ": "Владимир",
    "ვლადიმერი": "Владимир",
    "კონსტანტინე": "Константин",
    "ვალერი": "Валерий",
    "გრიგოლ": "Григорий",
    "იოსებ": "Иосиф",
    "ელენე": "Елена",
    "ეკატერინე": "Екатерина",
    "მარიამ": "Мария",
    "მარიამი": "Мария",
    "თამარ": "Тамара",
    "თამარი": "Тамара",
    "ნინო": "Нина",
    "ნათელა": "Нателла",
    "ანა": "Анна",
    "ირინე": "Ирина",
    "ელისაბედ": "Елизавета",
}

# Short forms of common given names, as people give them and some records keep them.
_SHORT_FORMS = {
    "გიორგი": ("გოგა", "გია", "გოგი"),
    "ალექსანდრე": ("სანდრო", "ალეკო"),
    "ნიკოლოზ": ("ნიკა", "ნიკო"),
    "ნიკოლოზი": ("ნიკა", "ნიკო"),
    "დავით": ("დათო",),
    "დავითი": ("დათო",),
    "ზურაბ": ("ზურა",),
    "ზურაბი": ("ზურა",),
    "ვახტანგ": ("ვახო",),
    "მიხეილ": ("მიშა",),
    "მიხეილი": ("მიშა",),
    "თეიმურაზ": ("თემო", "თემური"),
    "ვლადიმერ": ("ლადო", "ვოვა"),
    "ბესარიონ": ("ბესო", "ბესიკ"),
    "კონსტანტინე": ("კოტე", "კოსტა"),
    "იოსებ": ("სოსო",),
    "ეკატერინე": ("ეკა", "ქეთო"),
    "ქეთევან": ("ქეთი", "ქეთო"),
    "ელისაბედ": ("ელისო", "ლიზა"),
    "თამარ": ("თამო", "თაკო", "თამუნა"),
    "თამარი": ("თამო", "თაკო", "თამუნა"),
    "ნინო": ("ნინი", "ნინუცა"),
    "მარიამ": ("მარი", "მაკო"),
    "მარიამი": ("მარი", "მაკო"),
    "ანა": ("ანი", "ანუკა"),
    "ნათია": ("ნათი",),
    "ხათუნა": ("ხათო",),
}

# Russian-style surname endings, male and female, in Georgian records and in Russian.
_SURNAME_ENDINGS = {"ოვი": "ов", "ევი": "ев", "ოვა": "ова", "ევა": "ева"}

# ICAO Doc 9303 Part 3, the recommended transliteration of Cyrillic
# characters in the machine readable zone.
_ICAO_CYRILLIC = {
    "а": "A", "б": "B", "в": "V", "г": "G", "д": "D", "е": "E", "ё": "E", "ж": "ZH",
    "з": "Z", "и": "I", "й": "I", "к": "K", "л": "L", "м": "M", "н": "N", "о": "O",
    "п": "P", "р": "R", "с": "S", "т": "T", "у": "U", "ф": "F", "х": "KH", "ц": "TS",
    "ч": "CH", "ш": "SH", "щ": "SHCH", "ъ": "IE", "ы": "Y", "ь": "", "э": "E", "ю": "IU",
    "я": "IA",
}  # fmt: skip


@cache
def russian_form(georgian: str, *, given_name: bool) -> str:
    """Return the Russian Cyrillic form of a Georgian name.

    Given names with an established Russian form take it; other names are
    transcribed with :func:`migstd.script.to_cyrillic`, and Russian-style
    surnames lose the Georgian nominative -ი.

    >>> russian_form("გიორგი", given_name=True), russian_form("მამედოვა", given_name=False)
    ('Георгий', 'Мамедова')
    >>> russian_form("ბერიძე", given_name=False)
    'Беридзе'
    """
    if given_name and georgian in _RUSSIAN_GIVEN_NAMES:
        return _RUSSIAN_GIVEN_NAMES[georgian]

    for ending, russian in _SURNAME_ENDINGS.items():
        if not given_name and georgian.endswith(ending):
            return to_cyrillic(georgian.removesuffix(ending)) + russian
    return to_cyrillic(georgian)


def has_russian_given_form(georgian: str) -> bool:
    """Return whether a given name has an established Russian form.

    >>> has_russian_given_form("გიორგი"), has_russian_given_form("ლაშა")
    (True, False)
    """
    return georgian in _RUSSIAN_GIVEN_NAMES


@cache
def icao_latin(cyrillic: str) -> str:
    """Transliterate a Cyrillic name to upper-case Latin as ICAO Doc 9303 prescribes.

    >>> icao_latin("Георгий")
    'GEORGII'
    """
    return "".join(_ICAO_CYRILLIC.get(letter, letter.upper()) for letter in cyrillic.lower())


def short_forms(georgian: str) -> tuple[str, ...]:
    """Return the short forms of a given name, or an empty tuple.

    >>> short_forms("ალექსანდრე")
    ('სანდრო', 'ალეკო')
    """
    return _SHORT_FORMS.get(georgian, ())


def mtavruli(georgian: str) -> str:
    """Write Georgian text in Mtavruli capitals, as some records and forms print names.

    >>> mtavruli("ნინო")
    'ᲜᲘᲜᲝ'
    """
    return georgian.upper()
