"""Fact extraction: one module per kind of fact, merged here without overlaps.

Dates win over quantities (``1959`` is a year, not a count), places over
nothing. Places come from :mod:`quiz.extract.places` when it is installed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import cast

from quiz.extract.dates import find_dates
from quiz.extract.quantities import find_quantities
from quiz.models import Fact

PlaceFinder = Callable[[str, str], list[Fact]]


@cache
def _place_finder() -> PlaceFinder | None:
    try:
        module = importlib.import_module("quiz.extract.places")
    except ImportError:
        return None
    return cast(PlaceFinder, module.find_places)


def find_facts(sentence: str, article: str, reference: str | None = None) -> list[Fact]:
    """All facts in one sentence, ordered by position, no two overlapping."""
    found = find_dates(sentence, article, reference)
    finder = _place_finder()
    if finder is not None:
        found += _without_overlaps(finder(sentence, article), found)
    found += _without_overlaps(find_quantities(sentence, article), found)
    return sorted(found, key=lambda fact: (fact.start, fact.end))


def _without_overlaps(new: list[Fact], kept: list[Fact]) -> list[Fact]:
    return [f for f in new if not any(f.start < k.end and k.start < f.end for k in kept)]


__all__ = ["find_dates", "find_facts", "find_quantities"]
