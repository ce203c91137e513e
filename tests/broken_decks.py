"""A folder of broken deck files, one per kind of mistake; used by tests and bench/."""

from __future__ import annotations

from pathlib import Path

GOOD_CARD = "  - {id: a, question: Frage?, answer: Antwort}\n"

TEXT_FILES: dict[str, str] = {
    "syntax.yaml": "title: T\ncards: [\n  - id: a\n",
    "tabs.yaml": "title: T\ncards:\n\t- {id: a, question: Q, answer: A}\n",
    "python-tag.yaml": "title: T\ncards:\n  - {id: a, question: Q, answer: !!python/object/apply:os.system [ls]}\n",
    "duplicate-keys.yaml": "title: T\ntitle: U\ncards:\n" + GOOD_CARD,
    "wrong-types.yaml": "title: [T]\ncards:\n  - {id: a, question: Q, answer: {x: y}, tags: {a: b}}\n",
    "missing-answer.yaml": "title: T\ncards:\n  - id: a\n    question: Q\n",
    "not-yaml.yaml": "Dies ist ein Brief, kein Deck.\n",
    "empty.yaml": "",
    "deep.yaml": "[" * 100_000 + "]" * 100_000,
    "alias-bomb.yaml": "a: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"{c}: &{c} [{', '.join([f'*{chr(ord(c) - 1)}'] * 9)}]\n" for c in "bcdefghi")
    + "title: T\ncards: *i\n",
}


def make_broken_decks(folder: Path) -> dict[str, Path]:
    """Write every broken deck into ``folder``; return them by name."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for name, text in TEXT_FILES.items():
        files[name] = folder / name
        files[name].write_text(text, encoding="utf-8")
    files["latin1.yaml"] = folder / "latin1.yaml"
    files["latin1.yaml"].write_bytes("title: Größe\ncards:\n".encode("latin-1") + GOOD_CARD.encode())
    files["binary.yaml"] = folder / "binary.yaml"
    files["binary.yaml"].write_bytes(bytes(range(256)) * 64)
    files["huge.yaml"] = folder / "huge.yaml"
    with files["huge.yaml"].open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    return files
