"""quiz.german.normalize and spelling: comparison keys, slips and their markers."""

from __future__ import annotations

import pytest

from quiz.german import answer_key, fold, normalize
from quiz.german.spelling import different_word, distance, is_inflection, mark_slips, slip_budget


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Wien", "wien"),
        ("„Orlow-Traber“!", "orlow traber"),
        ("Orlow–Traber", "orlow traber"),
        ("MÜLLER", "mueller"),
        ("Mu\u0308ller", "mueller"),
        ("Straße", "strasse"),
        ("STRAẞE", "strasse"),
        ("São Paulo", "sao paulo"),
        ("Côte d’Ivoire", "cote divoire"),
        ("ＷＩＥＮ", "wien"),
        ("  Wien\t\n", "wien"),
        ("Wien\u200b", "wien"),
        ("😀 Wien 😀", "wien"),
        ("\x00", ""),
        ("", ""),
    ],
)
def test_normalize(text: str, key: str) -> None:
    assert normalize(text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("die Ukraine", "ukraine"),
        ("in der Ukraine", "ukraine"),
        ("in Wladiwostok", "wladiwostok"),
        ("am 30. Juni 2019", "30 juni 2019"),
        ("im März", "maerz"),
        ("Die", "die"),
        ("in die", "die"),
        ("Frankfurt am Main", "frankfurt am main"),
    ],
)
def test_answer_key_drops_a_leading_article_or_preposition(text: str, key: str) -> None:
    assert answer_key(text) == key


def test_fold_keeps_punctuation() -> None:
    assert fold("Köln-Bonn!") == "koeln-bonn!"


@pytest.mark.parametrize(("length", "budget"), [(1, 0), (4, 0), (5, 1), (10, 1), (11, 2), (40, 2)])
def test_slip_budget_grows_with_length(length: int, budget: int) -> None:
    assert slip_budget(length) == budget


def test_distance_counts_a_transposition_once_and_digits_strictly() -> None:
    assert distance("wladiwostok", "wladiwotsok", 2) == 1
    assert distance("wladiwostok", "wladiwostok", 2) == 0
    assert distance("nordkorea", "suedkorea", 2) is None
    assert distance("a320", "a321", 2) is None


def test_inflections() -> None:
    assert is_inflection("daenemark", "daenemarks")
    assert is_inflection("regierungen", "regierung")
    assert not is_inflection("niger", "nigeria")


@pytest.mark.parametrize(
    ("expected", "given", "other"),
    [("irland", "island", "island"), ("kanzler", "kanzlei", "kanzlei"), ("hessen", "essen", "essen"),
     ("wladiwostok", "wladiwostock", None), ("kanada", "canada", None), ("daenemark", "daenemarks", None),
     ("oesterreich", "osterreich", None), ("republik irland", "republik island", "island")],
)  # fmt: skip
def test_different_word(expected: str, given: str, other: str | None) -> None:
    assert different_word(expected, given) == other


@pytest.mark.parametrize(
    ("given", "expected", "marked"),
    [("Wladiwostock", "Wladiwostok", "Wladiwosto[c]k"), ("Parsi", "Paris", "Par[si]"), ("Wein", "Wien", "W[ei]n"),
     ("Münchn", "München", "Münch_n"), ("Muenchn", "München", "Muench_n"),
     ("Wladiwoztok", "Wladiwostok", "Wladiwo[z]tok"),
     ("Schleswig Holstien", "Schleswig-Holstein", "Schleswig Holst[ie]n"), ("", "ab", "__"), ("ab", "", "[ab]"),
     ("dreii", "drei", "drei[i]"), ("Zweitausnd", "zweitausend", "Zweitaus_nd"), ("Drie", "drei", "Dr[ie]"),
     ("Deutchlnad", "Deutschland", "Deut_chl[na]d"), ("dreizig", "dreißig", "drei_[z]ig")],
)  # fmt: skip
def test_mark_slips(given: str, expected: str, marked: str) -> None:
    assert mark_slips(given, expected) == marked
