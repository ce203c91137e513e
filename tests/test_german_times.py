"""quiz.german.times: clock times."""

from __future__ import annotations

import pytest

from quiz.german.times import parse_time


@pytest.mark.parametrize(
    ("text", "time"),
    [("20:00", (20, 0)), ("20.00 Uhr", (20, 0)), ("20 Uhr", (20, 0)), ("um 20:15 Uhr", (20, 15)),
     ("20 Uhr 15", (20, 15)), ("8:05", (8, 5)), ("0:00", (0, 0)), ("24:00", (24, 0)), ("20:15 h", (20, 15))],
)  # fmt: skip
def test_reads_times(text: str, time: tuple[int, int]) -> None:
    assert parse_time(text) == time


@pytest.mark.parametrize("text", ["", "20", "25:00", "20:60", "24:30", "20:5", "acht Uhr", "20:00:00", "x" * 100])
def test_rejects_what_is_no_time(text: str) -> None:
    assert parse_time(text) is None
