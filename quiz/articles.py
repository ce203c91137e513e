"""Read a news article: metadata, reference date, boilerplate, sentences.

An article file is plain text, one paragraph per line (blank lines allowed).
It may open with a metadata line `` date YYYY-MM``. Photo captions, bylines,
credits and web boilerplate are dropped, because they are not quiz material;
the date in a byline (``(Michael Vosatka, 5.9.2023)``) or an update line
(``Update vom 7. September``) still sharpens the article's reference date.
Sentences come from SoMaJo, which knows German abbreviations, ordinals and
dates (``5.9.2023``, ``10. bis 13. September``, ``Prof. Dr.``).
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from quiz.german.headings import SENTENCE_END, heading_length
from quiz.models import Article

MONTHS = {
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3, "april": 4,
    "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip

_METADATA = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b[ \t]*")
_BOILERPLATE = re.compile(
    r"^(?:exit mobile version|zur mobilen version|zur startseite|mehr zum thema\b.*|lesen sie (?:auch|mehr)\b.*"
    r"|teilen|drucken|kommentare?|anzeige|werbung|foto|video|(?:foto|bild|fotos|quelle|grafik)\s*:.*"
    r"|von\s*:.*|von [A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+){0,3})$",
    re.IGNORECASE,
)
_AGENCIES = (
    r"(?:AP|AFP|APA|dpa|DPA|EPA|REUTERS|Reuters|IMAGO|KCNA|TASS|Getty(?: Images)?|Keystone|picturedesk\.com|SDA|Xinhua)"
)
# A caption ends in a photo credit right after its last sentence: ". AP", ". via REUTERS", "IMAGO/KCNA", "© x/TASS".
_CREDIT_END = re.compile(
    rf"[.!?\"“”»«)]\s+(?:(?:via\s+)?{_AGENCIES}(?:/[\w .-]+)*|©[^\n]*|(?:Foto|Bild)\s*:[^\n]*)\s*$"
)
_CREDIT_ONLY = re.compile(rf"^\s*(?:(?:via\s+)?{_AGENCIES}(?:/[\w .-]+)*|©[^\n]*)\s*$")
_CREDIT_INLINE = re.compile(r"\s*©\s*[^\s/]+(?:\s[^\s/]+){0,3}/[A-Z]{2,}\s*$")
_BYLINE = re.compile(
    r"\s*\((?:[^()]{1,80}?)(?:[,;]\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}))?\)\s*$"
)
_DATED_BYLINE = re.compile(r"\s*\((?:[^()]{1,60}?)[,;]\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\)")
_BYLINE_NAMES = re.compile(r"^[A-ZÄÖÜ]?[\w.ÄÖÜäöüß/ -]+(?:,\s*[A-ZÄÖÜ][\w.ÄÖÜäöüß/ -]+)*$")
_UPDATE = re.compile(
    r"^(?:Update|Erstmeldung|Aktualisiert|Zuerst veröffentlicht)\s+(?:vom|am)\s+(\d{1,2})\.\s*([A-Za-zÄÖÜäöü]+)"
    r"(?:\s+(\d{4}))?(?:,\s*\d{1,2}[.:]\d{2}\s*Uhr)?\s*:\s*"
)
# The place line that opens a news item: "Wien – ", "Wien/Hamburg – ", "Iowa City / Wien – ", "Rio de Janeiro – ",
# "Spielfeld/Šentilj/Bad Radkersburg – ", "Belgrad– ", "Krumpendorf – 42 Asylwerber ...", "Kabul (APA) – ".
_UPPER = "A-ZÄÖÜÀ-ÖØ-ÞŁŚŠŽČĆŘŇĎŤ"
_DATELINE_PLACE = (
    rf"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Er|Sie|Es|Wir|Ich|Man|Auch|Und|Aber|Doch|Nur|So|Im|Am|In|Mit) )"
    rf"[{_UPPER}][\w'.-]*"
    rf"(?:(?: ?/ ?| )(?:[{_UPPER}][\w'.-]*|de|da|del|di|do|am|an|der|im|bei|upon|on|sur|la|le)){{0,5}}"
    r"(?: \([^()]{1,20}\))?"
)
_DATELINE = re.compile(rf"^{_DATELINE_PLACE}(?: ?[–—]| -) (?=[{_UPPER}0-9„\"«])")
# A lead (the teaser under the headline) run into the first line, ended by the dateline of the body:
# "15 Festnahmen nahe der Elfenbeinküste. Kabul – Die Polizei ...". The lead repeats the body in headline
# style ("Laut Rotem Kreuz 32 Menschen ums Leben gekommen."), so it is no quiz material.
_LEAD_BEFORE_DATELINE = re.compile(rf"(?<=[.!?\"“”»)]) {_DATELINE_PLACE}(?: ?[–—]| -) (?=[{_UPPER}0-9„\"«])")
_MAX_LEAD = 600
# "Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht ... nicht mehr zur Verfügung.": only the
# headline-style lead is left on that line ("Rund 100 Menschen verletzt – Furcht vor ..."), so it all goes.
_WITHDRAWN = re.compile(r"\bDer Volltext dieses .{0,80}?Artikels steht .{0,60}?nicht mehr zur Verfügung\.")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article's clean text, with its place in that text."""

    text: str
    start: int
    end: int


def find_article(name: str, deck_path: Path, folders: Sequence[Path] = ()) -> Path | None:
    """The article file a card's ``source.article`` names, or None when there is none.

    ``name`` is a file name or a path relative to the deck file (``../seeds/x.txt``, what ``quiz generate``
    writes for articles outside the bundled seeds), or an absolute path. Looked for, in this order: relative
    to the folder of ``deck_path``, by file name next to the deck, in the bundled ``seeds/``, then in
    ``folders`` (by path, then by file name).
    """
    if not name.strip():
        return None
    wanted = Path(name)
    if wanted.is_absolute():
        return wanted if wanted.is_file() else None
    here = deck_path.parent
    places = [here / wanted, here / wanted.name]
    places += [seeds / wanted.name for seeds in bundled_seeds_dirs()]
    places += [place for folder in folders for place in (folder / wanted, folder / wanted.name)]
    found = next((place for place in places if place.is_file()), None)
    return Path(os.path.normpath(found)) if found is not None else None  # "out/../news/a.txt" -> "news/a.txt"


def bundled_seeds_dirs() -> tuple[Path, ...]:
    """Where the seed articles of the bundled decks are: ``seeds/`` of a checkout, ``bundled_seeds`` in a wheel."""
    package = Path(__file__).resolve().parent
    return (package.parent / "seeds", package / "bundled_seeds")


def read_article(path: Path) -> Article:
    """Read an article file (UTF-8); raises OSError or UnicodeDecodeError for unreadable files."""
    return parse_article(path.read_text(encoding="utf-8"), path.name)


def parse_article(raw: str, name: str) -> Article:
    """Clean an article's raw text and find its title and reference date."""
    year = month = day = None
    meta = _METADATA.match(raw)
    if meta:
        year, month = int(meta[1]), int(meta[2])
        day = int(meta[3]) if meta[3] else None
        raw = raw[meta.end() :]
    lines = [" ".join(line.split()) for line in raw.replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    title: str | None = None
    if lines and _is_heading(lines[0]):
        title = lines.pop(0)
    paragraphs: list[str] = []
    for line in lines:
        if _BOILERPLATE.match(line) or _CREDIT_ONLY.match(line) or _CREDIT_END.search(line) or _WITHDRAWN.search(line):
            continue
        line = _CREDIT_INLINE.sub("", line)
        # "... ohne Reaktion. (fid, 7.3.2016) Wehrschütz: ...": a dated byline ends the article, teasers and
        # result tables follow; it wins over a bracket at the line's end ("... (Rückenbeschwerden)")
        byline = next((b for b in _DATED_BYLINE.finditer(line) if _looks_like_byline(b[0])), None)
        if byline is None:
            byline = _BYLINE.search(line)
        if byline and _looks_like_byline(byline[0]):
            if byline[3]:
                year, month, day = int(byline[3]), int(byline[2]), int(byline[1])
            line = line[: byline.start()].rstrip()
        update = _UPDATE.match(line)
        if update:
            update_month = MONTHS.get(update[2].lower())
            if update_month and (update[3] or year):
                year = int(update[3]) if update[3] else year
                if day is None or month != update_month:
                    month, day = update_month, int(update[1])
            line = line[update.end() :]
        line = _DATELINE.sub("", line)
        if not paragraphs:
            lead = _LEAD_BEFORE_DATELINE.search(line, 0, _MAX_LEAD)
            if lead:
                line = line[lead.end() :]
        if line and not _is_heading(line):
            paragraphs.append(line)
    date = None
    if year is not None and month is not None and 1 <= month <= 12:
        date = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day and 1 <= day <= 31 else "")
    return Article(name=name, text="\n\n".join(paragraphs), date=date, title=title)


def split_sentences(text: str) -> list[Sentence]:
    """Split clean article text into sentences with character offsets into ``text``.

    Each paragraph goes to SoMaJo on its own, so a heading never merges into the
    next sentence. Offsets are found by aligning SoMaJo's tokens with the text,
    which is much faster than SoMaJo's own offset tracking.
    """
    paragraphs: list[tuple[int, str]] = []
    position = 0
    for block in text.split("\n\n"):
        if block.strip():
            paragraphs.append((position, block))
        position += len(block) + 2
    if not paragraphs:
        return []
    sentences: list[Sentence] = []
    tokenized = _tokenizer().tokenize_text([block for _, block in paragraphs])
    index, cursor, block_start, block = -1, 0, 0, ""
    for tokens in tokenized:
        first = tokens[0].text
        found = block.find(first, cursor) if index >= 0 else -1
        while found < 0 and index + 1 < len(paragraphs):
            index += 1
            block_start, block = paragraphs[index]
            cursor = 0
            found = block.find(first, cursor)
        if found < 0:
            continue
        start = end = found
        for token in tokens:
            at = block.find(token.text, end)
            if at >= 0:
                end = at + len(token.text)
        cursor = end
        piece = block[start:end]
        dateline = _DATELINE.match(piece)
        if dateline:
            start += dateline.end()
            piece = piece[dateline.end() :]
        heading = heading_length(piece)
        if heading:  # "Das Ohr am Bürger gehabt Leopoldsdorf, Lanzendorf ... werden ...": the subheading goes
            start += heading
            piece = piece[heading:]
        if piece.strip():
            sentences.append(Sentence(piece, block_start + start, block_start + end))
    return sentences


@cache
def _tokenizer() -> Any:
    from somajo import SoMaJo

    somajo = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)
    _skip_emoji_search_without_emoji(somajo._tokenizer)
    return somajo


def _skip_emoji_search_without_emoji(tokenizer: Any) -> None:
    """Make SoMaJo's emoji pass cheap for text without emoji; the tokens stay exactly the same.

    SoMaJo (2.4, 2.5) runs a regex search for every grapheme of every token to find
    emoji, which is more than half of its time on news text. One search over the
    token decides whether that pass can find anything; only then does it run.
    """
    original = getattr(tokenizer, "_split_emojis", None)
    if original is None:
        return
    regex = importlib.import_module("regex")  # SoMaJo's own dependency; untyped
    emoji = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")

    def split_emojis(node: Any, token_class: str = "emoticon") -> None:
        if emoji.search(node.value.text):
            original(node, token_class)

    tokenizer._split_emojis = split_emojis


def _is_heading(line: str) -> bool:
    """A short line without a sentence end is a title or subheading, not running text."""
    words = line.split()
    if len(words) > 18:
        return False
    if line.rstrip().endswith("?") and len(words) <= 14:
        return True
    return not SENTENCE_END.search(line)


def _looks_like_byline(text: str) -> bool:
    inner = text.strip()[1:-1]
    names = re.split(r"[,;]\s*\d", inner)[0]
    words = names.replace(",", " ").split()
    return 0 < len(words) <= 8 and bool(_BYLINE_NAMES.match(names.strip())) and not any(
        w.islower() and w not in {"aus", "und", "red", "von", "mit"} and len(w) > 3 and not w.endswith(".")
        for w in words  # "(stu., 9.9.2015)": a journalist's short sign ends in a dot
    )
