r"""The wing of a fixed wing from data: wing loading vs take-off mass, aspect ratio by layout
(issue #13, fw19).

A case that states a span and no wing area gets its area from the aspect-ratio prior of its
layout (``priors.fixed_wing``: tailed 6-16, flying wing 4.5-8, delta 2-4, judgements),
S = b^2 / AR. Here the same quantity is fitted on the rows of ``data/fixed_wing.toml`` that
state a wing area, or a span and a mean chord (S = b c), with their take-off mass:

* :func:`wing_loading_law`: wing loading m / S [kg/m^2] as a power law of take-off mass,
  least squares in log-log with its scatter (the square-cube trend W/S ~ W^(1/3) of flying
  things, Tennekes 2009, *The Simple Science of Flight*, rev. ed., MIT Press, ch. 1, is what
  such a law would follow across sizes; here the exponent is fitted, not assumed);
* :func:`layout_aspect_ratio`: the aspect ratio b^2 / S of the rows stating a span, by layout
  (flying wing / tailed, from the role and name words), a log-normal spread.

Both refit without any one aircraft (``without``) for the leave-one-out comparison against
today's prior in ``benchmarks/fixed_wing_wing.py``. Six rows (1.4-13.6 kg, four flying wings,
two tailed), so every figure carries its count; what the benchmark found is in
docs/validation.md (issue 13, fw19). Nothing here is drawn by the checks unless that
benchmark shows it wins held out.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from .fixed_wing import PowerLaw, Spread, fit_power_law, fit_spread, is_delta, is_flying_wing


@dataclass(frozen=True)
class WingRow:
    """One data row's wing: take-off mass [kg], area [m^2], span [m] (None if not stated),
    layout ("delta", "flying wing" or "tailed") and how the area was had."""

    name: str
    mass: float
    area: float
    span: float | None
    layout: str
    how: str

    @property
    def loading(self) -> float:
        """Wing loading m / S [kg/m^2]."""
        return self.mass / self.area

    @property
    def aspect_ratio(self) -> float | None:
        return None if self.span is None else self.span ** 2 / self.area


def layout(row: dict) -> str:
    """The layout a data row's words give (as the prior sets read them)."""
    return "delta" if is_delta(row) else "flying wing" if is_flying_wing(row) else "tailed"


def wing_rows(without: str | None = None) -> tuple[WingRow, ...]:
    """The rows stating a take-off mass and a wing area, or a span and a mean chord."""
    from .fixed_wing import _load
    out = []
    for r in _load():
        if "takeoff_mass" not in r or r["name"] == without:
            continue
        span = r["wingspan"].mid if "wingspan" in r else None
        if "wing_area" in r:
            area, how = r["wing_area"].mid, "stated area"
        elif span is not None and "wing_chord" in r:
            area, how = span * r["wing_chord"].mid, "span x stated chord"
        else:
            continue
        out.append(WingRow(r["name"], r["takeoff_mass"].mid, area, span, layout(r), how))
    return tuple(out)


@lru_cache(maxsize=64)
def wing_loading_law(without: str | None = None) -> PowerLaw:
    """Wing loading m / S [kg/m^2] = a m^k over :func:`wing_rows` (without one aircraft)."""
    rows = wing_rows(without)
    return fit_power_law([w.mass for w in rows], [w.loading for w in rows],
                         [w.name for w in rows])


def area_from_loading(mass, without: str | None = None, z: float = 0.0):
    """Wing area [m^2] the wing-loading law gives at ``mass`` [kg], ``z`` sigmas off its
    median loading (a higher loading is a smaller wing)."""
    return mass / wing_loading_law(without)(mass, z)


@lru_cache(maxsize=64)
def layout_aspect_ratio(kind_of_layout: str, without: str | None = None) -> Spread | None:
    """Aspect ratio spread of the rows of one layout that state a span (None under 2 rows)."""
    pairs = [(w.aspect_ratio, w.name) for w in wing_rows(without)
             if w.layout == kind_of_layout and w.aspect_ratio is not None]
    return fit_spread(*zip(*pairs)) if len(pairs) >= 2 else None


def describe(without: str | None = None) -> str:
    """One line per relation, with its rows."""
    law = wing_loading_law(without)
    lines = [f"wing loading m/S [kg/m^2] = {law.describe()}"]
    for lay in ("flying wing", "tailed"):
        s = layout_aspect_ratio(lay, without)
        if s is not None:
            lines.append(f"aspect ratio, {lay}: {s.describe()} ("
                         + ", ".join(f"{n} {v:.2f}" for n, v in zip(s.names, s.values)) + ")")
    return "; ".join(lines)


def geometric_sd(values) -> float:
    """Standard deviation of ln values (n - 1); NaN under two values."""
    x = [math.log(v) for v in values]
    if len(x) < 2:
        return math.nan
    mu = sum(x) / len(x)
    return math.sqrt(sum((a - mu) ** 2 for a in x) / (len(x) - 1))
