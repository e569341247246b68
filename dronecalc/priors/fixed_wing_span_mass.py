r"""Take-off mass inferred from a stated wingspan, when a fixed-wing source states no mass, no
payload and no maximum payload (issue #13, fw17: "The 16-foot-wingspan drone completed a
non-stop 26-hour flight" was "not judged (no take-off mass)").

The regression of the quantity to be predicted on the one stated, as
:mod:`dronecalc.priors.fixed_wing_mass` does for the payload: least squares of
:math:`\ln m = a + b \ln b_{span} + \varepsilon` over the rows of ``data/fixed_wing.toml`` that
state both a wingspan and a take-off mass (the span law's rows, every kind: 39 aircraft,
0.17-1,450 kg, 0.33-16 m), with the Student t prediction interval and its leverage (Hahn &
Meeker 1991; Draper & Smith 1998, sec. 3.1); the case's take-off mass is drawn uniformly
between its p5 at the span's low end and its p95 at the high end, labelled inferred.

Why this direction and not the inverted span law (span = 1.09 m^0.357 solved for m, its
scatter over 0.357): leave one aircraft out (``benchmarks/fixed_wing_span_mass.py``, 2026-12-02)
the regression gives median |error| 34.9 %, rms ln error 0.728, 37/39 aircraft inside their
fold's p5-p95 (band x11.8 at the median); the inversion 28.9 %, 0.800, 36/39 (x14.3). The
shipped payload law on the same measures: 36.0 %, 0.508, 22/24 (x6.1). So the span's interval
is honest (its coverage at or above the nominal 90 %) and about twice as wide as the payload's.
Its worst folds are dense airframes: the Shahed-136 (2.5 m, 200 kg) comes out 10 kg (-95 %,
outside its band), the RQ-7 Shadow (4.27 m, 170 kg) 39 kg (-77 %); a one-way attack drone's
mass from its span is far too light, which the finding's note says. The aircraft's name and
kind are never used.
"""
from __future__ import annotations

from functools import lru_cache

from .fixed_wing_mass import (FROM_SPAN, INFERRED, MASS_PERCENTILES, LogLaw,  # noqa: F401
                              fit_mass_law, is_from_span)                # is_from_span: re-exported


def span_rows() -> list[tuple[float, float, str]]:
    """(wingspan [m], take-off mass [kg], name) of the data rows that state both."""
    from .fixed_wing import _load
    return [(r["wingspan"].mid, r["takeoff_mass"].mid, r["name"]) for r in _load()
            if "wingspan" in r and "takeoff_mass" in r]


@lru_cache(maxsize=4)
def span_mass_law() -> LogLaw:
    """ln m on ln wingspan over :func:`span_rows`, with its prediction interval."""
    return fit_mass_law(span_rows(), ("m", "b", "kg", "spans"))


def describe(law: LogLaw) -> str:
    import math
    return (f"m = {law.coefficient:.3g} b^{law.exponent:.3f} [kg, b in m], scatter "
            f"x{math.exp(law.sigma_ln):.2f} (sigma_ln {law.sigma_ln:.2f}), n = {law.n}, spans "
            f"{law.x_range[0]:.3g}-{law.x_range[1]:.3g} m")


def inferred_mass_from_span(span) -> tuple[float, float, str, str]:
    """(low, high [kg], origin, note) of the take-off mass of a case that states only its
    wingspan ``span`` (an input with ``low``, ``high`` [m] and ``note``): p5 of the prediction
    interval at the span's low end to p95 at its high end; beyond the fitted spans it is
    extrapolated, said in the note."""
    law = span_mass_law()
    stated = (f"{span.low:.4g} m" if span.low == span.high
              else f"{span.low:.4g}-{span.high:.4g} m")
    lo, hi = law.interval(span.low, span.high)
    extra = ""
    if span.low < law.x_range[0] or span.high > law.x_range[1]:
        extra = (f"; extrapolated beyond the fitted spans of {law.x_range[0]:.3g}-"
                 f"{law.x_range[1]:.3g} m, where the law has no data")
    p5, p95 = MASS_PERCENTILES
    return (lo, hi, "calibration",
            f"{INFERRED}: p{p5:.0f}-p{p95:.0f} of the take-off mass {FROM_SPAN} {stated}, "
            f"{describe(law)}, fitted on the aircraft of data/fixed_wing.toml that state both "
            "(priors.fixed_wing_span_mass, prediction interval with Student t; leave one "
            f"aircraft out: median |error| 35 %, 37 of 39 inside their p5-p95){extra} "
            f"({span.note})")
