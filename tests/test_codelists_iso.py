"""Tests of the ISO 639 languages, ISO 4217 currencies and ISO 15924 scripts lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from migstd.codelists._codelist import CodeEntry, CodeList, EntryT
from migstd.codelists._currencies import Currency, CurrencyCode, currencies
from migstd.codelists._languages import Language, LanguageCode, languages
from migstd.codelists._scripts import Script, ScriptCode, scripts

ISO_LISTS: list[CodeList[Any]] = [languages, currencies, scripts]
EDITORIAL_NOTE = "Georgian label is an editorial translation."


class Record(BaseModel):
    model_config = ConfigDict(hide_input_in_errors=True)

    language: LanguageCode
    currency: CurrencyCode
    script: ScriptCode


def _get(codelist: CodeList[EntryT], code: str) -> EntryT:
    entry = codelist.get(code)
    assert entry is not None, code
    return entry


# Languages


def test_language_codes_same_entry() -> None:
    entry = _get(languages, "kat")
    assert isinstance(entry, Language)
    assert languages.get("ka") is entry
    assert languages.get("geo") is entry
    assert languages.get(" GEO ") is entry
    assert entry.alpha_2 == "ka"
    assert entry.bibliographic == "geo"
    assert entry.alpha_3 == "kat"


def test_language_georgian_label_lookup() -> None:
    assert languages.lookup("ქართული").code == "kat"
    assert languages.lookup("ᲥᲐᲠᲗᲣᲚᲘ").code == "kat"
    assert languages.lookup("სვანური").code == "sva"
    assert languages.lookup("ლაზური").code == "lzz"
    assert languages.lookup("რუსული").code == "rus"
    assert languages.lookup("სომხური").code == "hye"
    assert languages.lookup("აზერბაიჯანული").code == "aze"


@pytest.mark.parametrize(
    "code",
    ["xmf", "sva", "lzz", "bbl", "aii", "udi", "abk", "oss", "aze", "azj", "hye", "kmr", "che", "ava",
     "pnt", "rus", "tur", "fas", "ara", "zho", "cmn", "yue", "hin", "urd", "ben", "pan"],
)
def test_language_in_scope(code: str) -> None:
    entry = languages.get(code)
    assert entry is not None
    assert entry.labels["ka"]


def test_language_scope_and_type() -> None:
    assert _get(languages, "ara").scope == "macrolanguage"
    assert _get(languages, "arb").scope == "individual"
    assert _get(languages, "kat").language_type == "living"
    assert _get(languages, "epo").language_type == "constructed"


def test_language_russian_labels() -> None:
    assert languages.label("rus", lang="ru") == "русский"
    assert languages.lookup("грузинский").code == "kat"
    assert "ru" in languages.languages


def test_language_editorial_note() -> None:
    assert _get(languages, "xmf").note == EDITORIAL_NOTE
    assert "editorial" in _get(languages, "xmf").source
    assert _get(languages, "kat").note == ""
    assert "CLDR" in _get(languages, "kat").source


def test_language_counts() -> None:
    entries = list(languages)
    assert len(entries) == 227
    assert sum(1 for entry in entries if entry.alpha_2) == 184
    assert all("ka" in entry.labels for entry in entries)
    assert sum(1 for entry in entries if entry.note == EDITORIAL_NOTE) == 32


def test_language_unknown_code() -> None:
    assert languages.get("xx") is None
    assert languages.get("tlh") is None  # Klingon is outside the scope
    assert not languages.is_valid("ქართული")


# Currencies


def test_currency_gel() -> None:
    entry = _get(currencies, "GEL")
    assert isinstance(entry, Currency)
    assert entry.numeric == "981"
    assert currencies.get("981") is entry
    assert currencies.label("GEL", lang="ka") == "ლარი"
    assert currencies.lookup("ლარი") is entry
    assert currencies.lookup("ᲚᲐᲠᲘ") is entry
    assert currencies.lookup("ქართული ლარი") is entry


def test_currency_numeric_keeps_zeros() -> None:
    assert _get(currencies, "008").code == "ALL"
    assert _get(currencies, "ALL").numeric == "008"


def test_currency_retired_georgian() -> None:
    coupon = _get(currencies, "GEK")
    assert coupon.valid_to == dt.date(1995, 10, 31)
    assert coupon.retired
    assert not coupon.verified
    assert coupon.note
    assert currencies.get("268") is coupon
    assert [entry.code for entry in currencies.successors("GEK")] == ["GEL"]
    assert currencies.is_valid("GEK", on=dt.date(1994, 6, 1))
    assert not currencies.is_valid("GEK", on=dt.date(1996, 1, 1))


def test_currency_retired_soviet() -> None:
    rouble = _get(currencies, "SUR")
    assert rouble.valid_to == dt.date(1990, 12, 31)
    assert rouble.successors == ("RUR",)
    assert [entry.code for entry in currencies.successors("SUR")] == ["RUB"]
    assert _get(currencies, "810").code == "RUR"
    assert _get(currencies, "643").code == "RUB"


def test_currency_duplicate_names_qualified() -> None:
    assert currencies.label("VED") == "Bolívar Soberano (VED)"
    assert currencies.label("VES") == "Bolívar Soberano (VES)"


def test_currency_counts() -> None:
    entries = list(currencies)
    assert len(entries) == 181
    assert len(currencies.codes(on=dt.date(2026, 1, 1))) == 178
    assert all("ka" in entry.labels for entry in entries)
    assert sum(1 for entry in entries if not entry.verified) == 3


# Scripts


def test_script_georgian() -> None:
    mkhedruli = _get(scripts, "Geor")
    assert isinstance(mkhedruli, Script)
    assert mkhedruli.numeric == "240"
    assert scripts.get("240") is mkhedruli
    assert scripts.get("geor") is mkhedruli
    assert scripts.lookup("მხედრული") is mkhedruli
    assert _get(scripts, "Geok").numeric == "241"
    assert scripts.label("Geok", lang="ka") == "ხუცური (ასომთავრული და ნუსხური)"


@pytest.mark.parametrize(
    "code", ["Latn", "Cyrl", "Arab", "Armn", "Hebr", "Grek", "Hans", "Hant", "Deva", "Yezi"]
)
def test_script_common_has_georgian(code: str) -> None:
    assert _get(scripts, code).labels.get("ka")


def test_script_counts() -> None:
    entries = list(scripts)
    assert len(entries) == 226
    assert sum(1 for entry in entries if "ka" not in entry.labels) == 52


# All three lists


@pytest.mark.parametrize("codelist", ISO_LISTS, ids=lambda codelist: codelist.name)
def test_labels_find_own_entry(codelist: CodeList[Any]) -> None:
    for entry in codelist:
        for language, label in entry.labels.items():
            assert codelist.lookup(label) is entry, (entry.code, language)


@pytest.mark.parametrize("codelist", ISO_LISTS, ids=lambda codelist: codelist.name)
def test_codes_find_own_entry(codelist: CodeList[CodeEntry]) -> None:
    for entry in codelist:
        assert codelist.get(entry.code) is entry
        for code in entry.alternative_codes():
            found = _get(codelist, code)
            assert found is entry or (entry.retired and found.retired), (entry.code, code)


@pytest.mark.parametrize("codelist", ISO_LISTS, ids=lambda codelist: codelist.name)
def test_entries_have_provenance(codelist: CodeList[Any]) -> None:
    assert codelist.info.version == "26.2.16"
    assert codelist.info.generated_by == "scripts/make_iso_lists.py"
    for entry in codelist:
        assert entry.source
        assert entry.labels["en"]
        assert entry.verified or entry.note


# Pydantic types


def test_types_store_canonical_codes() -> None:
    record = Record(language="ka", currency="981", script="240")
    assert record.language == "kat"
    assert record.currency == "GEL"
    assert record.script == "Geor"


@pytest.mark.parametrize("junk", ["Qx9-secret", "", "ქართული", "9999"])
def test_types_reject_junk_unquoted(junk: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Record(language=junk, currency=junk, script=junk)

    errors = caught.value.errors()
    assert [error["type"] for error in errors] == ["language_code", "currency_code", "script_code"]
    if junk:
        assert junk not in str(caught.value)
        for error in errors:
            assert junk not in error["msg"]
            assert junk not in str(error.get("ctx", {}))


def test_types_reject_non_string() -> None:
    with pytest.raises(ValidationError) as caught:
        Record.model_validate({"language": 981, "currency": None, "script": ["Geor"]})
    assert "981" not in str(caught.value)
    assert len(caught.value.errors()) == 3


def test_types_json_schema_enum() -> None:
    schema = Record.model_json_schema()
    assert "kat" in schema["properties"]["language"]["enum"]
    assert "GEL" in schema["properties"]["currency"]["enum"]
    assert "Geor" in schema["properties"]["script"]["enum"]
