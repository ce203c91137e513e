"""Number words with one slip: ``dreii``, ``zweitausnd``, ``sechshundertfünfundachzig``.

Someone who writes a number out and slips one letter still meant a number.
A word is repaired only when every one-letter repair (a letter wrong, missing,
extra, or two swapped; ``ß``, ``ö``, ``ü`` count as one letter) reads as the
same value: ``zrei`` could be ``zwei`` or ``drei``, so it reads as nothing. A
common German word (``hier``, ``Sieb``) is never a slip, and words shorter than
four letters must be exact. Repairs are tried only where the word stops being
number morphemes, so a word nothing like a number costs a few set look-ups.
Graders call a repaired number "almost" right, never right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from quiz.german import lexicon
from quiz.german.normalize import fold
from quiz.german.numbers import MAX_LENGTH, NUMBER_MORPHEMES, Quantity, is_number_word, parse_quantity, words_number

__all__ = ["Repair", "repair_number_word", "repair_quantity", "spelled"]

_SHORTEST = 4  # letters; shorter words must be exact (elf, ein, und)
_PIECES = frozenset(NUMBER_MORPHEMES)
_PIECES_BACKWARDS = frozenset(m[::-1] for m in NUMBER_MORPHEMES)
_STARTS = frozenset(m[:k] for m in _PIECES for k in range(1, len(m) + 1))
_ENDS = frozenset(m[:k] for m in _PIECES_BACKWARDS for k in range(1, len(m) + 1))  # ends, backwards
_LONGEST = max(map(len, NUMBER_MORPHEMES))
# What one typed letter can be, folded: the morphemes' letters, and ß, ö, ü (folded to two letters).
_LETTERS = tuple(sorted(set("".join(NUMBER_MORPHEMES)))) + ("ss", "oe", "ue")
# For each start of a morpheme (and none yet), the letters that may come next; the same for ends, backwards.
_GOES_ON = {start: tuple(c for c in _LETTERS if start + c in _STARTS) for start in (*_STARTS, "")}
_COMES_BEFORE = {end: tuple(c for c in _LETTERS if end + c[::-1] in _ENDS) for end in (*_ENDS, "")}
_FOLDED_PAIRS = frozenset(("ss", "ae", "oe", "ue"))
_RESPELL = (("fuenf", "fünf"), ("zwoelf", "zwölf"), ("ssig", "ßig"))
#: Words as common as this (Zipf scale) are words, not slips.
_COMMON = 3.0


@dataclass(frozen=True, slots=True)
class Repair:
    """A number read after repairing one slip: what was ``typed``, the ``word`` meant, the ``quantity`` read."""

    quantity: Quantity
    typed: str
    word: str


def spelled(word: str) -> str:
    """A folded number word as German writes it: ``fuenfzehn`` gives ``fünfzehn``, ``dreissig`` ``dreißig``."""
    for plain, proper in _RESPELL:
        word = word.replace(plain, proper)
    return word


def repair_quantity(text: str) -> Repair | None:
    """Read ``text`` as a number after repairing one slipped number word, if that reading is unambiguous.

    >>> repair_quantity("dreii Prozent").quantity.value
    Decimal('3')

    Also repairs a word that a number reading skipped (``fünf Milionen`` reads
    as 5 without it). None when no word repairs to a reading, or the repairs
    read as different values.
    """
    if len(text) > MAX_LENGTH:
        return None
    words = text.split()
    found: dict[tuple[object, ...], Repair] = {}
    for index, typed in enumerate(words):
        bare = fold(typed).strip(".,;:!?")
        for word in _word_repairs(bare):
            quantity = parse_quantity(" ".join([*words[:index], word, *words[index + 1 :]]))
            if quantity is not None:
                found.setdefault((quantity.value, quantity.unit), Repair(quantity, typed, _shown(word, typed)))
                if len(found) > 1:
                    return None
    return next(iter(found.values()), None)


def repair_number_word(word: str) -> tuple[int, str] | None:
    """The whole number a folded ``word`` spells after one slip, and the word meant; None if none or ambiguous.

    ``repair_number_word("neunzehnhundertneunundachzig") == (1989, "neunzehnhundertneunundachtzig")``.
    """
    values = {v: w for w in _word_repairs(word) if (v := words_number([w])) is not None}
    if len(values) != 1:
        return None
    value, meant = values.popitem()
    return value, spelled(meant)


@lru_cache(maxsize=8192)
def _word_repairs(word: str) -> tuple[str, ...]:
    """The number words one slip from the folded ``word`` (cached: learners' words repeat)."""
    return tuple(_repairs(word, is_number_word)) if _repairable(word) else ()


def _repairable(word: str) -> bool:
    if len(word) < _SHORTEST or not word.isalpha() or not word.isascii() or word in _PIECES:
        return False
    return not (is_number_word(word) and words_number([word]) is not None)  # else it reads already


def _scan(word: str, pieces: frozenset[str], starts: frozenset[str]) -> tuple[int, list[list[int]]]:
    """How far ``word`` reads as whole ``pieces`` and the start of one, and at each position the
    starts of the pieces that may go on there (a boundary between pieces is its own start)."""
    size = len(word)
    going_on: list[list[int]] = [[] for _ in range(size + 1)]
    boundary = [True] + [False] * size
    best = 0
    for start in range(size + 1):
        if not boundary[start]:
            continue
        going_on[start].append(start)
        end = start
        while end < size and end - start < _LONGEST:
            piece = word[start : end + 1]
            if piece not in starts:
                break
            end += 1
            going_on[end].append(start)
            if piece in pieces:
                boundary[end] = True
        if end > best:
            best = end
    return best, going_on


def _repairs(word: str, accept: Callable[[str], bool]) -> list[str]:
    """Every ``accept``-ed word one edit from ``word``, none if ``word`` is a common word itself.

    Read from the start and, backwards, from the end, ``word`` is number
    morphemes up to a point; the edit must join the two readings, so it goes
    only between them, and only with a letter that goes on a morpheme on the
    left and leads into one on the right.
    """
    size, backwards = len(word), word[::-1]
    ahead, going_on = _scan(word, _PIECES, _STARTS)
    behind, going_back = _scan(backwards, _PIECES_BACKWARDS, _ENDS)
    if ahead + behind < size - 2:
        return []  # nothing like a number: one edit cannot join what reads from either end

    def fits(at: int, after: int) -> set[str]:
        """Letters that may stand between ``word[:at]`` and ``word[after:]``."""
        if after < size - behind:
            return set()
        left = {c for start in going_on[at] for c in _GOES_ON.get(word[start:at], ())}
        back = size - after
        return left & {c for start in going_back[back] for c in _COMES_BEFORE.get(backwards[start:back], ())}

    found: dict[str, None] = {}
    for at in range(max(0, size - behind - 2), min(size, ahead) + 1):
        edits: list[str] = []
        if at < size and size - at - 1 <= behind:
            edits.append(word[:at] + word[at + 1 :])  # a letter too many
            edits.extend(word[:at] + letter + word[at + 1 :] for letter in fits(at, at + 1))  # a wrong letter
        if word[at : at + 2] in _FOLDED_PAIRS and size - at - 2 <= behind:  # the same, when it was ß, ä, ö or ü
            edits.append(word[:at] + word[at + 2 :])
            edits.extend(word[:at] + letter + word[at + 2 :] for letter in fits(at, at + 2))
        if at + 1 < size and size - at - 2 <= behind:
            edits.append(word[:at] + word[at + 1] + word[at] + word[at + 2 :])  # two letters swapped
        edits.extend(word[:at] + letter + word[at:] for letter in fits(at, at))  # a letter missing
        for edit in edits:
            if edit != word and accept(edit):
                found[edit] = None
    return list(found) if found and lexicon.zipf(word) < _COMMON else []


def _shown(word: str, typed: str) -> str:
    """The repaired ``word`` spelled properly, capitalised as the learner typed it."""
    proper = spelled(word)
    return proper[:1].upper() + proper[1:] if typed[:1].isupper() else proper
