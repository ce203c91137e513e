"""Grade a typed answer against the accepted ones.

Placeholder with the final signature; the German-aware grader replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.models import Grade, Verdict


def grade(expected: str, given: str, kind: str = "text", aliases: Sequence[str] = ()) -> Grade:
    """Exact comparison after case folding and trimming."""
    norm = " ".join(given.casefold().split())
    for candidate in (expected, *aliases):
        if " ".join(candidate.casefold().split()) == norm:
            return Grade(Verdict.CORRECT, candidate, 100.0, "")
    return Grade(Verdict.WRONG, None, 0.0, f"Richtig: {expected}")
