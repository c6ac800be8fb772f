"""Phone fast path: the same results as phonenumbers alone, for every input and region."""

from __future__ import annotations

import random
import types
from collections.abc import Callable

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migstd.identifiers import IdentifierError, Reason, _phone_fast, phone

SEED = 20110620
RANDOM_COUNT = 20_000

# The written forms that the fast path decides, as templates around 9 national digits.
SHAPES = ["+995{}", "00995{}", "0{}", "{}", "+995 {} ", "(0){}", "00 995-{}"]

Outcome = tuple[object, ...]


def outcome(call: Callable[[object, str | None], str], value: object, region: str | None) -> Outcome:
    """Return the E.164 result, or the error's class, reason, message and field."""
    try:
        return ("valid", call(value, region))
    except IdentifierError as error:
        return ("invalid", type(error), error.reason, error.message, error.field)


def validate(value: object, region: str | None) -> str:
    return phone.validate(value, region=region)


def validate_slow(value: object, region: str | None) -> str:
    return phone._validate_slow(value, phone._checked_region(region))


def national_numbers() -> list[str]:
    """Return 9-digit national numbers: every 4-digit start once, then seeded random ones."""
    rng = random.Random(SEED)
    every_start = [f"{start:04d}{rng.randrange(10**5):05d}" for start in range(10**4)]
    uniform = [f"{rng.randrange(10**9):09d}" for _ in range(RANDOM_COUNT)]
    return every_start + uniform


NATIONAL_NUMBERS = national_numbers()


def test_fast_path_enabled_with_shipped_metadata() -> None:
    assert _phone_fast.FAST_PATH_ENABLED


@pytest.mark.parametrize("shape", ["+995{}", "00995{}", "0{}", "{}"])
def test_fast_path_matches_slow_path(shape: str) -> None:
    georgian_count = 0
    for national in NATIONAL_NUMBERS:
        value = shape.format(national)
        slow = outcome(validate_slow, value, "GE")
        fast = _phone_fast.georgian_e164(value, "GE")

        assert outcome(validate, value, "GE") == slow, national
        if fast is not None:
            assert ("valid", fast) == slow, national
        # Every valid Georgian number in these shapes takes the fast path.
        if slow == ("valid", f"+995{national}"):
            georgian_count += 1
            assert fast is not None, national

    # Thousands of valid numbers, so that the checks above can fail for them.
    assert georgian_count > 2_000


@pytest.mark.parametrize("shape", SHAPES)
def test_fast_path_written_forms(shape: str) -> None:
    for national in NATIONAL_NUMBERS[::10]:
        value = shape.format(national)
        assert outcome(validate, value, "GE") == outcome(validate_slow, value, "GE"), national


@pytest.mark.parametrize("region", [None, "TR", "US", "ge"])
def test_fast_path_other_regions(region: str | None) -> None:
    for national in NATIONAL_NUMBERS[::30]:
        for shape in ("+995{}", "00995{}", "0{}", "{}"):
            value = shape.format(national)
            assert outcome(validate, value, region) == outcome(validate_slow, value, region), value


@pytest.mark.parametrize(
    "value",
    [
        "995577316209",
        "995322471860",
        "995123456",
        "995800123",
        "+9950577316209",
        "009950577316209",
        "00577316209",
        "0577316209",
        "+995 577 31 62 09 1",
        "+995 800 12 34 56",
        "+995 706 12 34 56",
        "+995 790 12 34 56",
        "+995 700 12 34 56",
        "+99593472186",
        "\u2003+995577316209\u00a0",
        "+995\u00a0577\u00a0316209",
    ],
)
def test_fast_path_edge_cases(value: str) -> None:
    for region in ("GE", None, "TR"):
        assert outcome(validate, value, region) == outcome(validate_slow, value, region)


def test_fast_path_trunk_prefix_on_mobile() -> None:
    # libphonenumber strips the national prefix 0 before any Georgian number, not only fixed lines.
    assert phone.validate("0577316209") == "+995577316209"
    assert phone._validate_slow("0577316209", "GE") == "+995577316209"


PIECES = ["+", "+995", "00995", "995", "0", "00", " ", "-", "(", ")", ".", "/", "\u00a0"]
phone_like_texts = st.one_of(
    st.lists(
        st.one_of(st.sampled_from(PIECES), st.text("0123456789", min_size=1, max_size=10)), max_size=6
    ).map("".join),
    st.text("0123456789+ -().", max_size=20),
)
regions = st.sampled_from(["GE", "ge", None, "TR", "US"])


@settings(max_examples=1_500, deadline=None)
@given(value=phone_like_texts, region=regions)
def test_fast_path_random_strings(value: str, region: str | None) -> None:
    slow = outcome(validate_slow, value, region)

    assert outcome(validate, value, region) == slow
    assert phone.is_valid(value, region=region) is (slow[0] == "valid")
    if slow[0] == "invalid":
        assert phone.check(value, region=region) is slow[2]
    else:
        assert phone.check(value, region=region) is Reason.OK


@settings(max_examples=500, deadline=None)
@given(value=st.text())
def test_compact_string_matches_compact(value: str) -> None:
    assert phone._compact_string(value) == phone.compact(value)


@pytest.mark.parametrize("value", [" \x1c+995-577\t31.62/09\x0b ", "\u00a0(032) 2 47 18 60", "５７７"])
def test_compact_string_cases(value: str) -> None:
    assert phone._compact_string(value) == phone.compact(value)


def test_non_string_takes_slow_path() -> None:
    assert outcome(validate, 995577316209, "GE") == outcome(validate_slow, 995577316209, "GE")
    assert outcome(validate, None, "GE") == outcome(validate_slow, None, "GE")


def georgian_metadata(**changes: object) -> types.SimpleNamespace:
    """Return a stand-in for Georgia's metadata with some attributes changed."""
    real = phonenumbers.PhoneMetadata.metadata_for_region("GE")
    names = [
        "country_code",
        "international_prefix",
        "national_prefix_for_parsing",
        "national_prefix_transform_rule",
        "general_desc",
        "premium_rate",
        "toll_free",
        "shared_cost",
        "voip",
        "personal_number",
        "pager",
        "uan",
        "voicemail",
        "fixed_line",
        "mobile",
        "same_mobile_and_fixed_line_pattern",
    ]
    attributes = {name: getattr(real, name) for name in names}
    attributes.update(changes)
    return types.SimpleNamespace(**attributes)


def use_metadata(monkeypatch: pytest.MonkeyPatch, stand_in: types.SimpleNamespace) -> None:
    """Make phonenumbers return ``stand_in`` as the metadata of every region."""
    monkeypatch.setattr(
        phonenumbers.PhoneMetadata, "metadata_for_region", lambda region, default=None: stand_in
    )


def description(pattern: str, lengths: tuple[int, ...], local: tuple[int, ...] = ()) -> types.SimpleNamespace:
    return types.SimpleNamespace(
        national_number_pattern=pattern, possible_length=lengths, possible_length_local_only=local
    )


def test_rules_built_from_unchanged_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    use_metadata(monkeypatch, georgian_metadata())
    assert _phone_fast._build_rules() is not None


@pytest.mark.parametrize(
    "changes",
    [
        {"international_prefix": "8~10"},
        {"international_prefix": "0(?:0|1)"},
        {"national_prefix_for_parsing": "0|8"},
        {"national_prefix_for_parsing": None},
        {"national_prefix_transform_rule": "\\1"},
        {"general_desc": description("[3-578]\\d{7}", (8,))},
        {"general_desc": description("[3-578]\\d{8}", (9,), (9,))},
        {"general_desc": description("", (9,))},
        {
            "premium_rate": None,
            "toll_free": None,
            "voip": None,
            "fixed_line": description("3\\d{9}", (10,)),
            "mobile": None,
        },
        {"mobile": description("(5)\\1\\d{7}", (9,))},
        {"general_desc": description("(5)\\1\\d{7}", (9,))},
        {"mobile": description("(?P<national>5)\\d{8}", (9,))},
        {"mobile": description("5\\d{8}(", (9,))},
    ],
)
def test_rules_off_when_metadata_changes(monkeypatch: pytest.MonkeyPatch, changes: dict[str, object]) -> None:
    use_metadata(monkeypatch, georgian_metadata(**changes))
    assert _phone_fast._build_rules() is None


@pytest.mark.parametrize(("code", "regions"), [(99, ("XX",)), (9, ("XX",)), (995, ("GE", "XX"))])
def test_rules_off_when_country_code_shared(
    monkeypatch: pytest.MonkeyPatch, code: int, regions: tuple[str, ...]
) -> None:
    monkeypatch.setitem(phonenumbers.COUNTRY_CODE_TO_REGION_CODE, code, regions)
    assert _phone_fast._build_rules() is None


def use_rules(monkeypatch: pytest.MonkeyPatch, **changes: object) -> None:
    """Make the fast path use rules built from Georgia's metadata with some attributes changed."""
    use_metadata(monkeypatch, georgian_metadata(**changes))
    rules = _phone_fast._build_rules()
    assert rules is not None
    monkeypatch.setattr(_phone_fast, "_RULES", rules)


def test_guards_with_permissive_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    # With every 9 digits valid, only the guards keep ambiguous forms off the fast path.
    every_number = description("\\d{9}", (9,))
    use_rules(monkeypatch, general_desc=every_number, mobile=every_number)

    assert _phone_fast.georgian_e164("991234567", "GE") == "+995991234567"
    assert _phone_fast.georgian_e164("+995995123456", "GE") == "+995995123456"
    assert _phone_fast.georgian_e164("995123456", "GE") is None
    assert _phone_fast.georgian_e164("012345678", "GE") is None
    assert _phone_fast.georgian_e164("0012345678", "GE") is None
    assert _phone_fast.georgian_e164("+995012345678", "GE") is None
    assert _phone_fast.georgian_e164("00995012345678", "GE") is None


def test_general_pattern_required(monkeypatch: pytest.MonkeyPatch) -> None:
    use_rules(monkeypatch, general_desc=description("5\\d{8}", (9,)), mobile=description("[35]\\d{8}", (9,)))

    assert _phone_fast.georgian_e164("577316209", "GE") == "+995577316209"
    assert _phone_fast.georgian_e164("377316209", "GE") is None


def test_number_type_length_respected(monkeypatch: pytest.MonkeyPatch) -> None:
    use_rules(monkeypatch, fixed_line=description("3\\d{8}", (10,)))

    assert _phone_fast.georgian_e164("322471860", "GE") is None
    assert _phone_fast.georgian_e164("577316209", "GE") == "+995577316209"


def test_mobile_skipped_when_same_as_fixed_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # phonenumbers then tries only the fixed-line pattern.
    use_rules(monkeypatch, same_mobile_and_fixed_line_pattern=True)

    assert _phone_fast.georgian_e164("322471860", "GE") == "+995322471860"
    assert _phone_fast.georgian_e164("577316209", "GE") is None
