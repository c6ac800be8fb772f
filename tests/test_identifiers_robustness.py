"""Every identifier module, fed junk: nothing but IdentifierError escapes, and no error repeats the value."""

from __future__ import annotations

import importlib
import json
import pickle
from collections.abc import Callable
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migstd.identifiers import IdentifierError, Reason

MODULE_NAMES = [
    "migstd.identifiers.ge.personal_number",
    "migstd.identifiers.ge.legal_entity_code",
    "migstd.identifiers.ge.passport_number",
    "migstd.identifiers.ge.id_card_number",
    "migstd.identifiers.phone",
    "migstd.identifiers.mrz",
]

JUNK = [
    pytest.param(None, id="None"),
    pytest.param("", id="empty"),
    pytest.param(0, id="zero"),
    pytest.param(1.5, id="float"),
    pytest.param(object(), id="object"),
    pytest.param(b"01024059317", id="bytes"),
    pytest.param(bytearray(b"15BB12345"), id="bytearray"),
    pytest.param(["01024059317"], id="list"),
    pytest.param({"number": "01024059317"}, id="dict"),
    pytest.param(True, id="bool"),
    pytest.param("📞", id="emoji"),
    pytest.param("🇬🇪🇬🇪🇬🇪🇬🇪", id="flags"),
    pytest.param("０１０２４０５９３１７", id="fullwidth-digits"),
    pytest.param("⁰¹⁰²⁴⁰⁵⁹³¹⁷", id="superscript-digits"),
    pytest.param("٠١٠٢٤٠٥٩٣١٧", id="arabic-indic-digits"),
    pytest.param("०१०२४०५९३१७", id="devanagari-digits"),
    pytest.param("\x00", id="nul"),
    pytest.param("0102405931\x00", id="digits-nul"),
    pytest.param("\ud800", id="lone-surrogate"),
    pytest.param("+", id="plus"),
    pytest.param("<<<<<<<<<", id="fillers"),
    pytest.param("1" * 1_000_000, id="1MB-digits"),
    pytest.param("x" * 1_000_000, id="1MB-letters"),
    pytest.param(" " * 1_000_000, id="1MB-spaces"),
]


def load(name: str) -> ModuleType:
    """Import an identifier module, skipping the test while it is not built yet."""
    module: ModuleType = pytest.importorskip(name)
    if not hasattr(module, "validate"):
        pytest.skip(f"{name} has no validate function yet")
    return module


def short_name(name: str) -> str:
    return name.rsplit(".", 1)[-1]


@pytest.mark.parametrize("name", MODULE_NAMES, ids=short_name)
def test_module_has_contract(name: str) -> None:
    module = load(name)
    for function in ("compact", "validate", "is_valid", "check", "format"):
        assert callable(getattr(module, function, None)), function


@pytest.mark.parametrize("name", MODULE_NAMES, ids=short_name)
@pytest.mark.parametrize("value", JUNK)
def test_junk_is_invalid(name: str, value: object) -> None:
    module = load(name)

    assert module.is_valid(value) is False
    reason = module.check(value)
    assert isinstance(reason, Reason)
    assert reason is not Reason.OK
    with pytest.raises(IdentifierError):
        module.validate(value)


def assert_contract_holds(module: ModuleType, value: object) -> None:
    """Check that the functions agree and that validate raises nothing but IdentifierError."""
    valid = module.is_valid(value)
    reason = module.check(value)
    assert isinstance(valid, bool)
    assert isinstance(reason, Reason)
    assert valid is (reason is Reason.OK)

    try:
        canonical = module.validate(value)
    except IdentifierError as error:
        assert not valid
        assert error.reason is reason
    else:
        assert valid
        assert isinstance(canonical, str)


@pytest.mark.parametrize("name", MODULE_NAMES, ids=short_name)
@settings(max_examples=300, deadline=None)
@given(value=st.text())
def test_random_text_never_escapes(name: str, value: str) -> None:
    assert_contract_holds(load(name), value)


# Text made of the characters identifiers are written with reaches past the
# first format check far more often than arbitrary text.
IDENTIFIER_TEXT = st.text(alphabet="0123456789+-() <ABKZ", max_size=24)


@pytest.mark.parametrize("name", MODULE_NAMES, ids=short_name)
@settings(max_examples=300, deadline=None)
@given(value=IDENTIFIER_TEXT)
def test_identifier_like_text_never_escapes(name: str, value: str) -> None:
    assert_contract_holds(load(name), value)


# Privacy: failing synthetic values, each with the forms it may appear in.
FAILURES: list[tuple[str, Callable[[], object], str]] = [
    ("personal_number letter", lambda: load_ge("personal_number").validate("7310245931X"), "7310245931X"),
    ("personal_number short", lambda: load_ge("personal_number").validate("731 0245 931"), "7310245931"),
    ("personal_number long", lambda: load_ge("personal_number").validate("731024593177"), "731024593177"),
    ("legal_entity_code letter", lambda: load_ge("legal_entity_code").validate("40512A456"), "40512A456"),
    ("passport_number long", lambda: load_ge("passport_number").validate("15bb 123456"), "15BB123456"),
    ("passport_number strict", lambda: load_ge("passport_number").validate("QZ7716", strict=True), "QZ7716"),
    ("id_card_number symbol", lambda: load_ge("id_card_number").validate("17KA$0385"), "17KA$0385"),
    ("phone too short", lambda: phone().validate("+995 577 31 6"), "+995577316"),
    ("phone pre-2011", lambda: phone().validate("+995 93 47 21 86"), "+99593472186"),
    ("phone no region", lambda: phone().validate("577 31 62 09", region=None), "577316209"),
    ("phone unassigned", lambda: phone().validate("700 12 34 56"), "700123456"),
    ("phone country code", lambda: phone().validate("+999 5773 1620"), "+99957731620"),
    ("phone letter", lambda: phone().validate("+995 577 3I 62 09"), "+9955773I6209"),
]


def load_ge(name: str) -> ModuleType:
    return importlib.import_module(f"migstd.identifiers.ge.{name}")


def phone() -> ModuleType:
    return importlib.import_module("migstd.identifiers.phone")


def exposed_texts(error: IdentifierError) -> list[str]:
    """Return every text through which an error could show its value."""
    texts = [str(error), repr(error), error.message, error.json(), json.dumps(error.errors(), default=str)]
    texts += [repr(argument) for argument in error.args]
    texts += [repr(attribute) for attribute in vars(error).values()]
    texts.append(repr(pickle.loads(pickle.dumps(error)).__dict__))
    for linked in (error.__context__, error.__cause__):
        if linked is not None:
            texts += [str(linked), repr(linked)]
    return texts


@pytest.mark.parametrize(
    ("call", "compacted"), [case[1:] for case in FAILURES], ids=[case[0] for case in FAILURES]
)
def test_error_never_shows_value(call: Callable[[], object], compacted: str) -> None:
    with pytest.raises(IdentifierError) as caught:
        call()

    digits = "".join(character for character in compacted if character.isdigit())
    forms = {compacted, compacted.removeprefix("+"), digits, digits[-8:]}
    for text in exposed_texts(caught.value):
        for form in forms:
            assert form not in text, f"{form!r} appears in {text!r}"
