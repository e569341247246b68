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

A stated fuel is also compared with what real aircraft carry (vtolclaims, issue 13): the
``fuel-share`` cross-check (:func:`share_finding`) puts the stated fuel's share of a stated
take-off mass beside the fuel shares of the fuel-burning aircraft of ``data/fixed_wing.toml``
(a Mugin-5-like 45 kg wing with 48 L of petrol, 77 %, had passed silently with a median
endurance of 207 h), and a payload claim is judged within what the stated fuel leaves of the
take-off mass (:func:`payload_room`: payload + fuel + empty mass <= take-off mass).
"""
from __future__ import annotations

import numpy as np

from ..engine import fixed_wing as eng
from ..priors import fixed_wing as fwp, fixed_wing_jet as fwjp, fixed_wing_mass as fwm
from ..wording import num, percent, span
from .crosscheck import OVERTURN, _ends, agreement
from .registry import ClaimKind, register
from .results import Claimed, Finding
from .set_aside import ident_of

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


#: The fleet band a stated fuel share is compared with: the p5-p95 of the log-normal spread
#: fitted on the fuel rows of data/fixed_wing.toml (priors.fixed_wing.fit_excluding), z = 1.645.
BAND_Z = 1.645


def fleet_band() -> tuple[float, float, object]:
    """(p5, p95, the :class:`~dronecalc.priors.fixed_wing.Spread`) of the fuel shares of the
    fuel-burning aircraft of data/fixed_wing.toml."""
    spread = fwp.fit_excluding(None)["fuel_fraction"]
    return (spread.median * np.exp(-BAND_Z * spread.sigma_ln),
            spread.median * np.exp(BAND_Z * spread.sigma_ln), spread)


def _stated_fuel(run) -> tuple | None:
    """(fuel input, take-off mass input, fuel id, mass id) of a piston run whose fuel and
    take-off mass are both stated (not inferred, not set aside), else None."""
    fuel, mass = run.inputs.get("fuel_mass"), run.inputs.get("takeoff_mass")
    if run.case.kind not in eng.PISTON_KINDS or fuel is None or mass is None \
            or fuel.origin != "stated" or mass.origin != "stated" or fwm.is_inferred(mass):
        return None
    d = run.case.described()
    fuel_id = next((ident_of(d[n], n) for n in ("fuel_mass", "fuel_volume") if n in d), None)
    mass_id = next((ident_of(d[n], n) for n in ("takeoff_mass", "mass") if n in d), None) or \
        next((f.id for f in run.case.figures.values() if f.field == "max_takeoff_mass"
              and f.role == "input"), None)
    return (fuel, mass, fuel_id, mass_id) if fuel_id and mass_id else None


def share_finding(run) -> list[Finding]:
    """The ``fuel-share`` cross-check of a piston run (fixed wing or hybrid quadplane) that
    states its fuel and take-off mass: the stated fuel's share of the take-off mass against
    the fleet's band (:func:`fleet_band`). Inside it: consistent; outside it but within the
    largest fuel share any aircraft has flown with (``MAX_FUEL_FRACTION``, 83 %): needs
    checking; above that: implausible (the run then sets the fuel aside,
    :mod:`dronecalc.claims.fixed_wing_conflict`). A cross-check, never a claim's verdict."""
    stated = _stated_fuel(run)
    if stated is None:
        return []
    fuel, mass, fuel_id, mass_id = stated
    lo, hi = share(run.inputs)
    p5, p95, spread = fleet_band()
    verdict = ("consistent" if hi >= p5 and lo <= p95 else
               "needs-checking" if lo <= eng.MAX_FUEL_FRACTION else "implausible")
    shares = f"{span(100 * lo, 100 * hi)} %"
    rest = span(max(mass.low - fuel.high, 0.0), mass.high - fuel.low)
    left = f"{span(100 * (1 - hi), 100 * (1 - lo))} % ({rest} kg)"
    statement = (f"The stated fuel ({fuel_id}, {span(fuel.low, fuel.high)} kg) is {shares} of "
                 f"the take-off mass ({mass_id}, {span(mass.low, mass.high)} kg), leaving "
                 f"{left} for the airframe, engine and payload; the {spread.n} fuel-burning "
                 "aircraft of data/fixed_wing.toml that state their fuel carry "
                 f"{span(100 * min(spread.values), 100 * max(spread.values))} % of theirs "
                 f"(median {percent(spread.median)}; {span(100 * p5, 100 * p95)} % is the "
                 "p5-p95 of their spread)" + ("." if verdict == "consistent" else
                                             ": every range and endurance here rests on a fuel "
                                             "share outside what real aircraft of the kind "
                                             "carry."))
    return [Finding([fuel_id, mass_id], "cross-check", verdict, statement,
                    Claimed(f"fuel share {shares}", 100 * lo, 100 * hi, "%",
                            "point" if lo == hi else "range"),
                    None, None, None, [], "" if verdict == "consistent" else
                    "A reading under which the fuel is the share real aircraft carry: the "
                    "tank's volume rather than the fuel carried, a take-off mass of a heavier "
                    "version, or an empty mass written as the take-off mass.",
                    "the stated fuel's share of the take-off mass against the fuel-burning "
                    "aircraft of data/fixed_wing.toml; no physics", [])]


def budget_finding(run) -> list[Finding]:
    """A fuel run that states its empty mass, fuel and take-off mass: empty + fuel (+ a stated
    payload and a hybrid's stated lift battery) against the take-off mass, one-sided (a
    take-off mass above the parts is a lighter load, never a disagreement; beyond it, the
    mismatch by :data:`dronecalc.claims.crosscheck.TOLERANCE`). The multirotor mass budget
    (``crosscheck._masses``) counts a battery there, not the fuel: where its empty mass and
    payload alone already exceed the take-off mass it says so itself, and this check is not
    repeated."""
    d = run.case.described()
    fuel, mass = run.inputs.get("fuel_mass"), run.inputs.get("takeoff_mass")
    empty = _ends(d["empty_mass"].value, "kg") if "empty_mass" in d else None
    if run.case.kind not in eng.FUEL_KINDS or empty is None or fuel is None or mass is None \
            or fuel.origin != "stated" or mass.origin != "stated" or fwm.is_inferred(mass):
        return []
    parts = [("empty mass", ident_of(d["empty_mass"], "empty_mass"), empty)]
    for name in ("payload", "battery_mass"):
        ends = _ends(d[name].value, "kg") if name in d else None
        if ends is not None and (name == "payload" or run.case.kind == "vtol-quadplane-piston"):
            parts.append((name.replace("_", " "), ident_of(d[name], name), ends))
    fuel_id = next((ident_of(d[n], n) for n in ("fuel_mass", "fuel_volume") if n in d), None)
    mass_id = next((ident_of(d[n], n) for n in ("takeoff_mass", "mass") if n in d), None) or \
        next((f.id for f in run.case.figures.values() if f.field == "max_takeoff_mass"
              and f.role == "input"), None)
    if fuel_id is None or mass_id is None:
        return []
    rest = [p for p in parts if p[0] != "empty mass"]
    if mass.high <= empty[0] + sum(p[2][0] for p in rest):
        return []                               # crosscheck._masses' finding already
    low = empty[0] + fuel.low + sum(p[2][0] for p in rest)
    high = empty[1] + fuel.high + sum(p[2][1] for p in rest)
    mismatch = max(low - mass.high, 0.0) / (0.5 * (mass.low + mass.high))
    verdict, agree = agreement(mismatch)
    names = " + ".join(["empty mass", "fuel"] + [p[0] for p in rest])
    ids = [mass_id, parts[0][1], fuel_id] + [p[1] for p in rest]
    statement = (f"The report's figures {agree}: the {names} ({', '.join(ids[1:])}) come to "
                 f"{span(low, high)} kg against the take-off mass of {span(mass.low, mass.high)}"
                 f" kg ({mass_id}); payload + fuel + empty mass cannot exceed it.")
    return [Finding(ids, "cross-check", verdict, statement,
                    Claimed(f"take-off mass {span(mass.low, mass.high)} kg", mass.low,
                            mass.high, "kg", "point" if mass.low == mass.high else "range"),
                    None, None, None, [], "" if verdict == "consistent" else OVERTURN["mass"],
                    "figures compared with each other (at most the take-off mass); the model "
                    "uses the take-off mass and the fuel", [])]


def payload_room(run, fleet: np.ndarray, bound: float) -> tuple[np.ndarray, float, list[str]]:
    """The fleet's payload draws ``fleet`` [kg] (and their ``bound``) of a fuel run capped at
    what the stated fuel leaves of each sampled machine's take-off mass, with the note
    saying so: payload + fuel + empty mass <= take-off mass, the empty mass the stated one
    (its low end) where the case states it, else 0 (the fixed-wing model has no empty-mass
    prior: a weightless airframe, the most the payload can be); a hybrid's lift battery and
    lift system are carried too (engine.fixed_wing.margins). Unchanged, with no note, where
    no fuel is stated or the cap binds on no draw."""
    kind = run.case.kind
    if kind not in eng.FUEL_KINDS or getattr(run.inputs.get("fuel_mass"), "origin",
                                             None) != "stated":
        return fleet, bound, []
    v = run.mc.values
    m = np.asarray(v["takeoff_mass"], dtype=float)
    room = m * eng.margins(v, kind)["empty_mass"] + np.asarray(v.get("payload", 0.0))
    empty = run.case.described().get("empty_mass")
    empty_kg = float(empty.value.low.m_as("kg")) if empty is not None and getattr(
        empty.value, "low", None) is not None else 0.0
    room = np.maximum(room - empty_kg, 0.0)
    if not np.any(fleet > room):
        return fleet, bound, []
    est = eng.estimate(room, 1.0, "kg")
    capped = float(np.mean(fleet > room))
    less = f" less the stated empty mass ({num(empty_kg)} kg)" if empty_kg else (
        ", the airframe counted as weightless (no empty mass stated)")
    return np.minimum(fleet, room), min(bound, float(np.max(room))), [
        f"The stated fuel leaves at most {num(est.p5)}-{num(est.p95)} kg (p5-p95; median "
        f"{num(est.p50)}) of the take-off mass for the payload{less}: payload + fuel + "
        f"empty mass cannot exceed the take-off mass, so {percent(capped)} of the fleet's "
        "payload draws are capped at it."]


#: The fuel-share cross-check in the claim registry, for the piston kinds' runs.
FUEL_SHARE = register(ClaimKind("fuel-share", (), "a stated fuel and take-off mass",
                                lambda run: share_finding(run) + budget_finding(run), 6.0,
                                eng.FUEL_KINDS))
