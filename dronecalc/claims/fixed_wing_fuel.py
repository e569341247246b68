"""A stated fuel against the take-off mass it is carried in (review 19, issue #13).

The fuel kinds' one mass constraint was that fuel plus payload leave *some* empty mass
(:data:`dronecalc.engine.fixed_wing.CONSTRAINTS` ``empty_mass``): a 340 kg take-off mass with
450 L of petrol (324-349 kg) kept the draws whose airframe weighed a few kilograms and gave
them a range of 37,900 km. Two bounds on the fuel share ``fuel / take-off mass`` now condition
the draws (``fuel_fraction``, exact inputs ``fuel_fraction_low`` and ``fuel_fraction_high``):

* at a stated (or maximum) take-off mass, physics: at most
  :data:`~dronecalc.engine.fixed_wing.MAX_FUEL_FRACTION`, the largest fuel share any aircraft
  has flown with (the GlobalFlyer's 83 %), set only where the stated figures reach it (the
  other cases' draws are unchanged). When no draw is under it the stated fuel is set aside
  with a conflict finding (:mod:`dronecalc.claims.fixed_wing_conflict`);
* at a take-off mass inferred from the payload, the maximum payload or the wingspan, the
  kind's fuel-fraction prior (0.1-0.4 on the piston and jet kinds, the band an unstated fuel
  is drawn from): the mass was inferred without the fuel, so a 438 kg draw under 336 kg of
  fuel (a share of 0.77) flew 14,700 km in review 19's Mohajer-10. The draws keep the masses
  both the payload law and the fuel share allow.
"""
from __future__ import annotations

from ..engine import fixed_wing as eng
from ..priors import fixed_wing as fwp, fixed_wing_jet as fwjp, fixed_wing_mass as fwm

#: The kinds whose fuel share has a prior of fuel alone (the hybrid's is of its fuel and lift
#: battery together, so only the physical bound is set on it).
FUEL_ALONE = ("fixed-wing-piston", "fixed-wing-jet")


def condition(kind: str, out: dict[str, eng.Input]) -> None:
    """Add the fuel-share bounds of a stated fuel to ``out`` (the module's docstring)."""
    fuel, mass = out.get("fuel_mass"), out.get("takeoff_mass")
    if kind not in eng.FUEL_KINDS or fuel is None or mass is None:
        return
    if fwm.is_inferred(mass):
        if kind not in FUEL_ALONE:
            return
        prior = (fwjp.FUEL_FRACTION if kind == "fixed-wing-jet"
                 else fwp.prior_set(kind)["fuel_fraction"])
        why = (f"the {kind} fuel-fraction prior ({prior.source}), which the take-off mass "
               f"{fwm.INFERRED} from {fwm.inferred_from(mass)}, must give with the stated fuel")
        out["fuel_fraction_low"] = eng.Input("fuel_fraction_low", prior.low, prior.low,
                                             "prior", why)
        out["fuel_fraction_high"] = eng.Input("fuel_fraction_high", prior.high, prior.high,
                                              "prior", why)
    elif fuel.high > eng.MAX_FUEL_FRACTION * mass.low:
        out["fuel_fraction_high"] = eng.Input(
            "fuel_fraction_high", eng.MAX_FUEL_FRACTION, eng.MAX_FUEL_FRACTION, "prior",
            "the largest fuel share any aircraft has flown with (the Virgin Atlantic "
            "GlobalFlyer's, 2005)")


def share(inputs) -> tuple[float, float]:
    """The stated fuel's share of the take-off mass, lowest and highest over their ends."""
    fuel, mass = inputs["fuel_mass"], inputs["takeoff_mass"]
    return fuel.low / mass.high, fuel.high / mass.low


def notes(inputs) -> list[str]:
    """The finding note of a run the fuel-share bounds condition."""
    high = inputs.get("fuel_fraction_high")
    if high is None:
        return []
    lo, hi = share(inputs)
    low = inputs.get("fuel_fraction_low")
    band = f"{low.low:.3g}-{high.high:.3g}" if low is not None else f"at most {high.high:.3g}"
    return [f"The stated fuel is {lo:.3g}-{hi:.3g} of the take-off mass over their ends; only "
            f"the machines whose fuel share is {band} are kept ({high.note})."]
