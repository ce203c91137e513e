"""Where a place lies and how big it is, for wrong options of the same kind: a city for a city nearby.

A wrong option should be as plausible as the answer: for Hebron other Palestinian or Middle Eastern
cities, not Mödling; for Ukraine another European country that exists today, not the Sowjetunion;
for Floridsdorf another Viennese district, not Oklahoma. Continents come from the CLDR time zones of
each country (Babel), which put every country on one continent ("Europe/Kyiv", "Asia/Hebron").
"""

from __future__ import annotations

import re
from functools import cache

from quiz.extract import gazetteer

# Countries whose first CLDR zone names an ocean or the wrong continent.
_CONTINENT_FIXES = {
    "ES": "Europe", "PT": "Europe", "IS": "Europe", "FO": "Europe", "CY": "Europe", "CL": "America",
    "EC": "America", "CV": "Africa", "MG": "Africa", "MU": "Africa", "KM": "Africa", "SC": "Africa", "RE": "Africa",
    "YT": "Africa", "SH": "Africa", "MV": "Asia", "IO": "Asia", "AU": "Oceania", "BM": "America", "FK": "America",
}  # fmt: skip
_OCEANIA = {"Pacific", "Australia"}


@cache
def continent(country: str | None) -> str | None:
    """The continent of a country (ISO code): Europe, Asia, Africa, America or Oceania; None when unknown."""
    if not country:
        return None
    if country in _CONTINENT_FIXES:
        return _CONTINENT_FIXES[country]
    from babel.core import get_global

    zones = get_global("territory_zones").get(country)
    if not zones:
        return None
    area = str(zones[0]).split("/", 1)[0]
    return "Oceania" if area in _OCEANIA else area


def former(type: str, country: str | None) -> bool:  # noqa: A002 - the gazetteer's word
    """A state that no longer exists (Sowjetunion, DDR, Jugoslawien): a country without an ISO code."""
    return type == "country" and not country


_DISTRICT = re.compile(r"^(?P<city>[A-ZÄÖÜ][\w.]+)-")


@cache
def scale(name: str) -> str:
    """How big a place of type region is: ``district`` for a city's district (Wien-Floridsdorf), else ``region``."""
    entry = gazetteer.load().by_name.get(name)
    if entry is None:
        return "region"
    for variant in entry.place.variants:
        found = _DISTRICT.match(variant)
        if found and variant[found.end() :] == name:
            return "district"
    return "region"


@cache
def best_known(type: str, country: str | None = None, area: str | None = None, count: int = 12) -> tuple[str, ...]:  # noqa: A002
    """The ``count`` best-known gazetteer places of a type (curated, then by population), in ``country`` or on
    the continent ``area`` when given; former states only for ``country`` None and ``type`` country."""
    places = gazetteer.load().by_type.get(type, ())
    if country:
        chosen = [p.name for p in places if p.country == country]
    elif area:
        chosen = [p.name for p in places if continent(p.country) == area]
    else:
        chosen = [p.name for p in places if not former(type, p.country)]
    return tuple(chosen[:count])


@cache
def former_states() -> tuple[str, ...]:
    """Every state in the gazetteer that no longer exists: Sowjetunion, DDR, Jugoslawien, Tschechoslowakei."""
    return tuple(p.name for p in gazetteer.load().by_type.get("country", ()) if former("country", p.country))


@cache
def country_of(name: str) -> str | None:
    """The ISO country code of a gazetteer place, or None."""
    entry = gazetteer.load().by_name.get(name)
    return entry.place.country if entry is not None else None
