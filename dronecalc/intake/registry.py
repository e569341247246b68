"""The one shared pint UnitRegistry (``ureg``, ``Q_``) and unit lookup.

Everything that reads or attaches a unit uses this registry; :mod:`.units` builds the
conversion to SI on it and :mod:`.figures` the figure parser.
"""
from __future__ import annotations

import functools
import os

import pint

from ..errors import UnitError


def _new_registry() -> pint.UnitRegistry:
    """pint's registry, with its parsed definitions cached in the user's cache folder.

    Parsing pint's definitions takes ~0.3 s at every start; pint's own disk cache
    (``cache_folder=":auto:"``, the platform's user cache directory) cuts that to ~0.04 s.
    Set ``DRONECALC_NO_UNIT_CACHE=1`` to skip it; an unwritable or damaged cache falls back
    to parsing, which gives the same registry.
    """
    if not os.environ.get("DRONECALC_NO_UNIT_CACHE"):
        try:
            return pint.UnitRegistry(cache_folder=":auto:", autoconvert_offset_to_baseunit=True)
        except Exception:           # any cache trouble: parse as usual
            pass
    return pint.UnitRegistry(autoconvert_offset_to_baseunit=True)


ureg = _new_registry()
ureg.define("cell = [cell_count] = cells")             # series cell count ("6S")
ureg.define("Kv = revolutions_per_minute / volt")       # motor velocity constant
ureg.formatter.default_format = "~P"
pint.set_application_registry(ureg)


def _cache_unit_parsing(registry: pint.UnitRegistry) -> None:
    """Parse each unit expression once: pint re-parses composite ones ("km/h", "W*h") at
    every conversion (its own cache holds only single defined names), 318 parses in a
    ``check`` of the reference case, ~10 ms. The result (a ``UnitsContainer``) is immutable
    and depends only on the string once the definitions above are made; a string that fails
    to parse is not cached."""
    parse = registry.parse_units_as_container
    cached = functools.lru_cache(maxsize=1024)(parse)

    def parse_units_as_container(input_string, as_delta=None, case_sensitive=None):
        if isinstance(input_string, str):
            return cached(input_string, as_delta, case_sensitive)
        return parse(input_string, as_delta, case_sensitive)

    registry.parse_units_as_container = parse_units_as_container


_cache_unit_parsing(ureg)
Q_ = ureg.Quantity
Quantity = pint.Quantity

# Units commonly met in drone reports; all are pint built-ins or defined above.
COMMON_UNITS = ("mAh", "Ah", "Wh", "V", "rpm", "Kv", "km/h", "mph", "knot", "inch",
                "kgf", "gf", "degC", "cell")


def unit(text: str) -> pint.Unit:
    """Return the registry's unit for ``text``, raising :class:`UnitError` if unknown."""
    try:
        return ureg.Unit(text)
    except (pint.UndefinedUnitError, AttributeError, TypeError, ValueError) as exc:
        raise UnitError("unknown unit", value=text, expected="a unit pint knows") from exc
