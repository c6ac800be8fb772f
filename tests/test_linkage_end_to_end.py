"""End-to-end tests: link two generated extracts in different scripts, dedupe a table, repeat runs."""

from __future__ import annotations

import random
import warnings
from typing import Any

import pytest

from migstd.linkage import LinkageResult, Settings, dedupe, link

# Georgian given names with their passport spelling and the usual sex.
GIVEN_NAMES = [
    ("ნინო", "NINO", "F"), ("თამარ", "TAMAR", "F"), ("მარიამ", "MARIAM", "F"), ("ანა", "ANA", "F"),
    ("ეკატერინე", "EKATERINE", "F"), ("ნათია", "NATIA", "F"), ("სალომე", "SALOME", "F"),
    ("ქეთევან", "KETEVAN", "F"), ("მაკა", "MAKA", "F"), ("ლიკა", "LIKA", "F"), ("ხატია", "KHATIA", "F"),
    ("ნანა", "NANA", "F"), ("ელენე", "ELENE", "F"), ("თეონა", "TEONA", "F"), ("ციცინო", "TSITSINO", "F"),
    ("გიორგი", "GIORGI", "M"), ("დავით", "DAVIT", "M"), ("ლევან", "LEVAN", "M"), ("ზურაბ", "ZURAB", "M"),
    ("ირაკლი", "IRAKLI", "M"), ("ნიკოლოზ", "NIKOLOZ", "M"), ("ლაშა", "LASHA", "M"),
    ("ალექსანდრე", "ALEKSANDRE", "M"), ("თორნიკე", "TORNIKE", "M"), ("შოთა", "SHOTA", "M"),
    ("ვახტანგ", "VAKHTANG", "M"), ("გოჩა", "GOCHA", "M"), ("ბექა", "BEKA", "M"), ("ლუკა", "LUKA", "M"),
    ("ჯაბა", "JABA", "M"),
]  # fmt: skip
# Georgian surnames with their passport spelling, except that ყიფიანი is written KIPIANI
# where the passport system writes QIPIANI.
FAMILY_NAMES = [
    ("ბერიძე", "BERIDZE"), ("კაპანაძე", "KAPANADZE"), ("გელაშვილი", "GELASHVILI"),
    ("მაისურაძე", "MAISURADZE"), ("წიკლაური", "TSIKLAURI"), ("ლომიძე", "LOMIDZE"),
    ("ჭანტურია", "CHANTURIA"), ("ხვედელიძე", "KHVEDELIDZE"), ("მჭედლიძე", "MCHEDLIDZE"),
    ("ჯაფარიძე", "JAPARIDZE"), ("ღლონტი", "GHLONTI"), ("ქავთარაძე", "KAVTARADZE"),
    ("შენგელია", "SHENGELIA"), ("ცხადაძე", "TSKHADADZE"), ("ნოზაძე", "NOZADZE"),
    ("გიორგაძე", "GIORGADZE"), ("ტაბიძე", "TABIDZE"), ("ხარაიშვილი", "KHARAISHVILI"),
    ("დოლიძე", "DOLIDZE"), ("ჩიქოვანი", "CHIKOVANI"), ("ბოლქვაძე", "BOLKVADZE"),
    ("მამულაშვილი", "MAMULASHVILI"), ("ფირცხალავა", "PIRTSKHALAVA"), ("ყიფიანი", "KIPIANI"),
    ("სურმავა", "SURMAVA"), ("აბაშიძე", "ABASHIDZE"), ("თოდუა", "TODUA"),
    ("გოგიჩაიშვილი", "GOGICHAISHVILI"), ("კვარაცხელია", "KVARATSKHELIA"), ("ჟორჟოლიანი", "ZHORZHOLIANI"),
    ("ძნელაძე", "DZNELADZE"), ("ქურციკიძე", "KURTSIKIDZE"), ("ბაქრაძე", "BAKRADZE"), ("ჩხეიძე", "CHKHEIDZE"),
    ("ნიჟარაძე", "NIZHARADZE"), ("ცერცვაძე", "TSERTSVADZE"), ("ესებუა", "ESEBUA"), ("ვაჩნაძე", "VACHNADZE"),
    ("უგულავა", "UGULAVA"), ("ხუციშვილი", "KHUTSISHVILI"),
]  # fmt: skip


def with_typo(rng: random.Random, text: str) -> str:
    """Change one inner letter of ``text``: replace it, drop it, or swap it with the next one."""
    index = rng.randrange(1, max(2, len(text) - 2))
    kind = rng.choice(["replace", "drop", "swap"])
    if kind == "replace":
        letter = "R" if text[index] in "AEIOU" else rng.choice("AEIOU")
        return text[:index] + letter + text[index + 1 :]
    if kind == "drop":
        return text[:index] + text[index + 1 :]
    return text[:index] + text[index + 1] + text[index] + text[index + 2 :]


def extracts(
    seed: int, *, left_size: int = 300, right_size: int = 300, shared: int = 200, typos: int = 10
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    """Make a Georgian-script extract and a passport-Latin one that share ``shared`` people.

    The Latin extract has ``typos`` misspelt names and one birth date with day
    and month swapped. Returns both extracts and the id of the swapped record.
    """
    rng = random.Random(seed)
    people = []
    for number in range(left_size + right_size - shared):
        given_name, family_name = rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)
        birth = (rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
        people.append((f"P{number:04d}", given_name, family_name, birth))

    left = [
        {
            "id": f"L{index:04d}",
            "given_name": given_name[0],
            "family_name": family_name[0],
            "birth_date": f"{year:04d}-{month:02d}-{day:02d}",
            "sex": given_name[2],
            "person_id": person_id,
        }
        for index, (person_id, given_name, family_name, (year, month, day)) in enumerate(people[:left_size])
    ]
    right = [
        {
            "id": f"R{index:04d}",
            "given_name": given_name[1],
            "family_name": family_name[1],
            "birth_date": f"{year:04d}-{month:02d}-{day:02d}",
            "sex": given_name[2],
            "person_id": person_id,
        }
        for index, (person_id, given_name, family_name, (year, month, day)) in enumerate(
            people[left_size - shared :]
        )
    ]

    for number in range(typos):
        record = right[number * 7]
        field = "family_name" if number % 2 else "given_name"
        record[field] = with_typo(rng, record[field])

    # Swap day and month in one shared record where the swap gives another valid date.
    swapped = next(
        record
        for record in right[1:shared]
        if int(record["birth_date"][8:]) <= 12 and record["birth_date"][5:7] != record["birth_date"][8:]
    )
    year, month, day = swapped["birth_date"].split("-")
    swapped["birth_date"] = f"{year}-{day}-{month}"

    rng.shuffle(right)
    return left, right, str(swapped["id"])


SETTINGS = Settings(unique_id="id", truth_column="person_id")


@pytest.fixture(scope="module")
def linked() -> tuple[LinkageResult, str]:
    left, right, swapped = extracts(seed=7)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return link(left, right, SETTINGS), swapped


def test_generated_extracts_have_expected_shape() -> None:
    left, right, _ = extracts(seed=7)

    shared = {r["person_id"] for r in left} & {r["person_id"] for r in right}

    assert (len(left), len(right), len(shared)) == (300, 300, 200)


def test_link_reaches_precision_and_recall(linked: tuple[LinkageResult, str]) -> None:
    result, _ = linked

    evaluation = result.evaluate()

    assert evaluation.true_pairs == 200
    assert evaluation.precision >= 0.95, str(evaluation)
    assert evaluation.recall >= 0.95, str(evaluation)
    assert evaluation.pairs_completeness >= 0.98, str(evaluation)
    assert evaluation.reduction_ratio >= 0.99, str(evaluation)


def test_link_clusters_reach_precision_and_recall(linked: tuple[LinkageResult, str]) -> None:
    result, _ = linked

    evaluation = result.evaluate_clusters()

    assert evaluation.precision >= 0.95, str(evaluation)
    assert evaluation.recall >= 0.95, str(evaluation)


def test_link_finds_swapped_date(linked: tuple[LinkageResult, str]) -> None:
    result, swapped = linked

    found = [row for row in result.matches.to_pylist() if row["unique_id_r"] == swapped]

    assert len(found) == 1
    assert found[0]["birth_date_level"] == "day_month_swapped"


@pytest.mark.parametrize("seed", [11, 23])
def test_link_quality_holds_for_other_seeds(seed: int) -> None:
    left, right, _ = extracts(seed=seed)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        evaluation = link(left, right, SETTINGS).evaluate()

    assert evaluation.precision >= 0.95, str(evaluation)
    assert evaluation.recall >= 0.95, str(evaluation)


def test_link_is_deterministic() -> None:
    left, right, _ = extracts(seed=5)
    settings = SETTINGS.with_options(max_pairs_for_u=5_000, max_pairs_for_training=200)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first = link(left, right, settings)
        second = link(left, right, settings)

    assert first.pairs.to_arrow().equals(second.pairs.to_arrow())
    assert first.clusters.to_arrow().equals(second.clusters.to_arrow())
    assert first.model.to_dict() == second.model.to_dict()


def test_dedupe_finds_duplicates() -> None:
    left, right, _ = extracts(seed=3, left_size=60, right_size=20, shared=15, typos=3)
    table = left + right

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = dedupe(table, SETTINGS)
    evaluation = result.evaluate()

    assert evaluation.true_pairs == 15
    assert evaluation.recall >= 0.9, str(evaluation)
    assert evaluation.precision >= 0.9, str(evaluation)
    assert result.counts["clusters"] <= len(table) - evaluation.true_positives
