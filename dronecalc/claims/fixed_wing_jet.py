"""Jet-powered fixed wings (``fixed-wing-jet``) in the fixed-wing checks
(:mod:`dronecalc.claims.fixed_wing`): the engine inputs a jet case adds, the notes its findings
carry, and its claim kind.

A jet case is judged by the same checks as a piston one (range, endurance, each at its own
speed, speed, ceiling, payload, kinematics): :func:`complete` adds the static TSFC and its Mach
factor (priors.fixed_wing_jet), a stated ``engine_thrust`` as the ``thrust`` input, a stated
fuel volume as fuel mass at jet fuel's density (unless the case names another fuel), and the
jet's cruise-altitude prior. Speed and ceiling claims need a stated thrust (no thrust-to-weight
relation can be fitted on the data: priors.fixed_wing_jet), as a piston's need an engine power.
"""
from __future__ import annotations

from typing import Mapping

from ..engine import fixed_wing as eng
from ..intake.figures import Figure
from ..physics.fixed_wing import FUEL_DENSITY
from ..priors import fixed_wing_jet as fwj
from ..wording import num as _num
from .registry import ClaimKind, register

KIND = fwj.KIND


def _ends(value: Figure, unit: str) -> tuple[float, float]:
    ends = [e.m_as(unit) for e in (value.low, value.high) if e is not None]
    return float(min(ends)), float(max(ends))


def complete(out: dict[str, eng.Input], described: Mapping) -> None:
    """Add a jet case's engine inputs to ``out`` (in place; see the module docstring)."""
    for name in ("tsfc", "tsfc_mach_factor"):
        if name not in out:
            prior = fwj.prior_set()[name]
            out[name] = eng.Input(name, prior.low, prior.high, "prior", prior.source)
    thrust = described.get("engine_thrust")
    if thrust is not None and isinstance(thrust.value, Figure) and "thrust" not in out:
        lo, hi = _ends(thrust.value, "N")
        out["thrust"] = eng.Input("thrust", lo, hi, "stated", thrust.source)
    volume = described.get("fuel_volume")
    if volume is not None and isinstance(volume.value, Figure) and "fuel_mass" not in out:
        lo, hi = _ends(volume.value, "m^3")
        if "fuel_type" in described:
            from .crosscheck import fuel_density
            fuel, why = fuel_density(described), "the stated fuel type's density"
        else:
            fuel, why = FUEL_DENSITY["jet"], "jet fuel's density (a turbojet; no fuel type stated)"
        out["fuel_mass"] = eng.Input("fuel_mass", lo * fuel["range"][0], hi * fuel["range"][1],
                                     "stated", f"{volume.source} x {why} ({fuel['source']})")
        out.pop("fuel_fraction", None)
    if "altitude" not in out:
        out["altitude"] = eng.Input("altitude", fwj.ALTITUDE.low, fwj.ALTITUDE.high, "prior",
                                    fwj.ALTITUDE.source)


def wingspan(out: dict[str, eng.Input]) -> None:
    """A jet case's wingspan when it states none: c m^(1/3) over the jet prior of c and the
    take-off mass (priors.fixed_wing_jet.span_coefficient), in place."""
    if "wingspan" in out:
        return
    c, m = fwj.span_coefficient(), out["takeoff_mass"]
    out["wingspan"] = eng.Input("wingspan", c.low * m.low ** (1 / 3), c.high * m.high ** (1 / 3),
                                "prior", c.source)


def notes(inputs: Mapping[str, eng.Input], key: str) -> list[str]:
    """What a jet finding rests on, in words."""
    tsfc = inputs.get("tsfc")
    if tsfc is None:
        return []
    out = [f"Jet: the engine's static thrust-specific fuel consumption is taken as "
           f"{_num(tsfc.low * 3600)}-{_num(tsfc.high * 3600)} kg per N of thrust per hour "
           "(fitted on the small turbojets of data/fixed_wing_jet.toml that state it), "
           "rising with the Mach number as c_t0 (1 + k M) (Anderson 1999); the thrust falls "
           "with the air's density."]
    span = inputs.get("wingspan")
    if span is not None and span.origin == "prior":
        out.append(f"No wingspan stated: {_num(span.low)}-{_num(span.high)} m, {span.note}.")
    if key in ("top_speed", "top_speed_indicated", "ceiling") and "thrust" in inputs:
        out.append("The polar has no compressibility drag: near Mach 0.7-0.8 and above a top "
                   "speed is overstated by it, so the model's speeds stop at Mach 0.9 (the "
                   "drag-divergence Mach number of subsonic airfoils, 0.7-0.9: Anderson, "
                   "Fundamentals of Aerodynamics, ch. 11; physics.fixed_wing_jet.MACH_LIMIT) "
                   "and a claim above it is implausible on this model.")
    return out


#: The jet's claims in the claim registry: the fixed-wing checks, with the jet's needs.
FIXED_WING_JET = register(ClaimKind(
    "fixed-wing-jet", ("range", "distance", "flight_time", "speed", "cruise_speed", "top_speed",
                       "service_ceiling", "payload_mass", "warhead_mass", "max_payload"),
    "a stated engine thrust, the engine's static sea-level thrust (an engine_thrust input "
    "figure, e.g. '1.1 kN' "
    "or '250 lbf', as the engine maker states it; every claim also needs the take-off mass)",
    lambda run: _evaluate(run), 10.0, (KIND,),
    tuple((field, f"a jet's {what} is where its engine's thrust meets the drag, and the case "
                  "states no engine thrust; too few small jets state their thrust with their "
                  "mass for dronecalc to estimate one from the take-off mass")
          for field, what in (("top_speed", "top speed"), ("speed", "speed"),
                              ("cruise_speed", "cruise speed"),
                              ("service_ceiling", "ceiling")))))


def _evaluate(run):
    from .fixed_wing import _evaluate as evaluate      # the fixed-wing checks, shared
    return evaluate(run)
