"""Robustness on real German news (the shared 10kGNAD corpus): dates and numbers as journalists write them.

Skipped when the corpus is not beside the repository (see /work/shared/corpus/README.md).
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

import pytest

from quiz.german import format_number, parse_date, parse_quantity
from quiz.matching import grade
from quiz.models import Verdict

_PLACES = [Path(__file__).resolve().parents[2] / "shared" / "corpus", Path("/work/shared/corpus")]
CORPUS = next((p / "10kGNAD_test.csv" for p in _PLACES if (p / "10kGNAD_test.csv").exists()), None)
_MONTHS = r"Jänner|Januar|Feber|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
DATE = re.compile(rf"\b(?:\d{{1,2}}\.\s?(?:{_MONTHS})\s\d{{4}}|(?:{_MONTHS})\s\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\b")
NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?: Mio\.| Millionen| Milliarden| Prozent)?|\b\d+,\d+\b")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(CORPUS is None, reason="news corpus not available")]


def _texts() -> list[str]:
    assert CORPUS is not None
    with CORPUS.open(encoding="utf-8") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]


def test_every_date_in_the_news_is_read_and_graded_in_any_notation() -> None:
    found = [m.group() for text in _texts() for m in DATE.finditer(text)]
    assert len(found) > 250
    for surface in found:
        date = parse_date(surface)
        assert date is not None, surface
        assert grade(surface, date.iso(), "date").verdict is Verdict.CORRECT, surface
        assert grade(surface, date.text(), "date").verdict is Verdict.CORRECT, surface


def test_every_formatted_number_in_the_news_is_read_and_graded() -> None:
    found = [m.group() for text in _texts() for m in NUMBER.finditer(text)]
    assert len(found) > 300
    for surface in found:
        quantity = parse_quantity(surface)
        assert quantity is not None, surface
        assert grade(surface, format_number(quantity.value), "number").verdict is Verdict.CORRECT, surface
        assert grade(surface, format_number(quantity.value + 1), "number").verdict is Verdict.WRONG, surface


def test_real_words_as_answers_never_raise() -> None:
    words = re.findall(r"\S+", " ".join(_texts())[:300_000])
    rng = random.Random(10)
    for _ in range(3_000):
        expected, typed = rng.choice(words), " ".join(rng.choices(words, k=rng.randint(1, 3)))
        for kind in ("text", "place", "number", "date"):
            assert grade(expected, typed, kind).verdict in Verdict
