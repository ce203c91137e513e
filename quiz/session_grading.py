"""What the learner did, as a grade: a typed or chosen answer, a self-graded flip card, a skip.

The grader (:func:`quiz.matching.grade`) loads German word tables, so it is
imported on first use, here at its one call site: the first question can show
before it is ready (tests patch ``quiz.matching.grade``). Multiple choice takes
away the grader's partial credit, and the rating for the schedule also weighs
the answer time and the hints used.
"""

from __future__ import annotations

from quiz.models import Card, Grade, Verdict
from quiz.scheduling import Rating, fast_threshold_ms, rate
from quiz.session_values import Style

SKIPPED = Grade(Verdict.WRONG, None, 0.0, "")
"""A question given up on counts as missed."""
SELF_GRADE_SCORES = {Verdict.CORRECT: 100.0, Verdict.ALMOST: 50.0, Verdict.WRONG: 0.0}


def grade_answer(card: Card, text: str, style: Style, lang: str) -> Grade:
    """Grade a typed answer, or the text of the chosen option; feedback is in ``lang`` (de or en)."""
    from quiz.matching import grade  # on first use: the first question can show before the grader loads

    result = grade(card.answer, text, kind=card.kind.value, aliases=card.aliases, tolerance=card.tolerance, lang=lang)
    if style is Style.CHOICE and result.verdict is Verdict.ALMOST:
        # Picking a near-miss distractor is not half right.
        return Grade(Verdict.WRONG, None, result.score, result.feedback)
    return result


def self_graded(verdict: Verdict) -> Grade:
    """Flip style: the learner's own verdict, as a grade."""
    verdict = Verdict(verdict)
    return Grade(verdict, None, SELF_GRADE_SCORES[verdict], "")


def rating_for(card: Card, style: Style, verdict: Verdict, elapsed_ms: int, *, hints_used: int) -> Rating:
    """The rating the schedule gets: from the verdict, Easy when fast, no better than Hard with a hint.

    An override passes CORRECT: it is rated exactly as a right answer given in the same time.
    """
    fast = fast_threshold_ms(card.answer, typed=style is Style.TYPE)
    return rate(verdict, elapsed_ms, fast, hinted=hints_used > 0)
