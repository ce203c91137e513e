"""Units that may follow a German number (``685 km``, ``24 Jahre``, ``5 %``).

Each unit has a canonical symbol, a dimension and a factor to the dimension's
base unit, so ``685 km`` and ``685.000 m`` compare equal while ``685 m`` does
not. Words that count things (``Einwohner``, ``Soldaten``) are not units: they
name what the question already asks for and never change a value.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["Unit", "UNITS", "convert", "find_unit"]


class Unit:
    """A unit of measure: canonical ``symbol``, ``dimension`` and ``factor`` to the base unit."""

    __slots__ = ("symbol", "dimension", "factor")

    def __init__(self, symbol: str, dimension: str, factor: str = "1") -> None:
        self.symbol = symbol
        self.dimension = dimension
        self.factor = Decimal(factor)

    def __repr__(self) -> str:
        return f"Unit({self.symbol!r})"


# symbol, dimension, factor to base, spellings (folded: lower case, umlauts written out, "-" as space)
_TABLE: tuple[tuple[str, str, str, str], ...] = (
    ("mm", "length", "0.001", "mm|millimeter|millimetern"),
    ("cm", "length", "0.01", "cm|zentimeter|zentimetern|centimeter"),
    ("m", "length", "1", "m|meter|metern|metre|metres|meters"),
    ("km", "length", "1000", "km|kilometer|kilometern|kilometre|kilometres|kilometers"),
    ("m²", "area", "1", "m2|qm|quadratmeter|quadratmetern|square metres"),
    ("ha", "area", "10000", "ha|hektar"),
    ("km²", "area", "1000000", "km2|qkm|quadratkilometer|quadratkilometern|square kilometres"),
    ("ml", "volume", "0.001", "ml|milliliter"),
    ("l", "volume", "1", "l|liter|litern|litre|litres|liters"),
    ("hl", "volume", "100", "hl|hektoliter"),
    ("m³", "volume", "1000", "m3|kubikmeter|cubic metres"),
    ("g", "mass", "0.001", "g|gramm|grams"),
    ("kg", "mass", "1", "kg|kilogramm|kilo|kilos|kilograms"),
    ("t", "mass", "1000", "t|tonne|tonnen|tons|tonnes"),
    ("s", "time", "1", "s|sek|sekunde|sekunden|seconds|second"),
    ("min", "time", "60", "min|minute|minuten|minutes"),
    ("h", "time", "3600", "h|std|stunde|stunden|hours|hour"),
    ("Tage", "time", "86400", "tag|tage|tagen|tages|days|day"),
    ("Wochen", "time", "604800", "woche|wochen|weeks|week"),
    ("Monate", "calendar", "1", "monat|monate|monaten|monats|months|month"),
    ("Jahre", "calendar", "12", "jahr|jahre|jahren|jahres|jahrs|years|year"),
    ("Jahrzehnte", "calendar", "120", "jahrzehnt|jahrzehnte|jahrzehnten|decades"),
    ("Jahrhunderte", "calendar", "1200", "jahrhundert|jahrhunderte|jahrhunderten|centuries"),
    # A percentage and a change in percentage points both quiz the same number.
    ("%", "percent", "1", "%|prozent|vh|percent|prozentpunkt|prozentpunkte|prozentpunkten|pp|% punkte"),
    ("‰", "permille", "1", "‰|promille"),
    ("°C", "celsius", "1", "°c|°|grad|grad celsius|celsius|degrees"),
    ("km/h", "speed", "1", "km/h|kmh|stundenkilometer|kilometer pro stunde|kilometer in der stunde"),
    ("m/s", "speed", "3.6", "m/s|meter pro sekunde"),
    ("W", "power", "1", "w|watt"),
    ("kW", "power", "1000", "kw|kilowatt"),
    ("MW", "power", "1000000", "mw|megawatt"),
    ("GW", "power", "1000000000", "gw|gigawatt"),
    ("kWh", "energy", "1", "kwh|kilowattstunde|kilowattstunden"),
    ("MWh", "energy", "1000", "mwh|megawattstunde|megawattstunden"),
    ("GWh", "energy", "1000000", "gwh|gigawattstunde|gigawattstunden"),
    ("TWh", "energy", "1000000000", "twh|terawattstunde|terawattstunden"),
    ("€", "eur", "1", "€|eur|euro|euros"),
    ("ct", "eur", "0.01", "ct|cent|eurocent"),
    ("$", "usd", "1", "$|usd|dollar|us dollar|us$"),
    ("CHF", "chf", "1", "chf|fr|sfr|franken|schweizer franken"),
    ("£", "gbp", "1", "£|gbp|pfund|britische pfund"),
    ("Rubel", "rub", "1", "rubel|rub"),
    ("Yuan", "cny", "1", "yuan|renminbi|cny"),
    ("Yen", "jpy", "1", "yen|jpy"),
)

#: Every accepted spelling (folded) mapped to its unit.
UNITS: dict[str, Unit] = {}
for _symbol, _dimension, _factor, _spellings in _TABLE:
    _unit = Unit(_symbol, _dimension, _factor)
    for _spelling in _spellings.split("|"):
        UNITS[_spelling] = _unit
_LONGEST = max(len(spelling.split()) for spelling in UNITS)


def find_unit(words: list[str]) -> tuple[Unit | None, int]:
    """The unit the folded ``words`` start with, and how many words it takes.

    ``find_unit(["kilometer", "pro", "stunde"]) == (km/h, 3)``; ``(None, 0)``
    when the first word is no unit.
    """
    for size in range(min(_LONGEST, len(words)), 0, -1):
        unit = UNITS.get(" ".join(words[:size]).rstrip("."))
        if unit is not None:
            return unit, size
    return None, 0


def convert(value: Decimal, source: Unit, target: Unit) -> Decimal | None:
    """``value`` in ``source`` units expressed in ``target`` units, or None if they do not convert."""
    if source.dimension != target.dimension:
        return None
    return value * source.factor / target.factor
