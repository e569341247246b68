"""A piston fixed wing's engine at altitude and the weight its ceiling is flown at: the
inputs :func:`dronecalc.claims.fixed_wing.case_inputs` adds for them, and the ceiling
finding's notes on them (split from claims/fixed_wing.py, at its line cap).

* **Turbocharged or not.** An engine_type that names a turbocharger (``"Rotax 914"``,
  ``"turbocharged"``) draws the critical altitude of a turbocharged engine
  (priors.fixed_wing.TURBO_CRITICAL_ALTITUDE_PRIOR); one that says normally aspirated
  (``"Rotax 912"``) has none (the Gagg-Ferrar lapse from sea level). Where the source does not
  say and the engine is in the class where turbocharged engines are made
  (priors.engines.TURBO_POSSIBLE_POWER, 50 kW), the critical altitude is drawn from 0 m
  (0 m is the normally aspirated lapse exactly: physics.fixed_wing.turbo_power_lapse at
  sigma_cr = 1) to the turbocharged end, so a MALE drone's "Rotax gasoline engine" is not
  judged as an aspirated engine alone. Until 2026-12 a bare "Rotax" was taken as aspirated:
  the IAI Heron's published 30,000 ft ceiling was judged implausible (its Heron 1 flies the
  turbocharged Rotax 914).
* **The weight of a ceiling.** A service ceiling is that of a stated weight (Raymer 2018,
  ch. 17, *Aircraft Design*: the altitude where the best climb rate falls to 100 ft/min "at a
  given weight"; Gudmundsson 2014, ch. 18); makers and reports give the ceiling of a drone
  without its weight, and a long-endurance drone climbs as it burns its fuel. The share of
  the fuel burnt when the ceiling is reached is therefore drawn from 0 (at the take-off mass)
  to 1 (the tanks empty; the payload aboard): :data:`CEILING_FUEL_BURNT`, for the piston and
  the jet kinds. For a battery kind the mass does not change and this input is absent.
"""
from __future__ import annotations

from typing import Mapping

from ..engine import fixed_wing as eng
from ..physics import fixed_wing as fw
from ..priors import fixed_wing as fwp
from ..priors.engines import TURBO_POSSIBLE_POWER, aspiration_unknown_possible
from ..wording import num as _num
from .fixed_wing_pack import unused_battery

#: Share of the fuel burnt when a stated ceiling is reached (module docstring): unknown,
#: so the whole of 0-1 (judgement on the definition's "given weight", which sources omit).
CEILING_FUEL_BURNT = eng.Input(
    "ceiling_fuel_burnt", 0.0, 1.0, "prior",
    "a ceiling is that of a given weight (Raymer 2018 ch. 17; Gudmundsson 2014 ch. 18), which "
    "the source does not state: the share of the fuel burnt when it is reached, from none "
    "(take-off mass) to all (judgement)")


def _engine_text(described: Mapping) -> str | None:
    engine = described.get("engine_type")
    return None if engine is None else str(engine.value)


def turbo_stated(kind: str, described: Mapping) -> bool:
    """A piston case whose engine_type names a turbocharger."""
    return kind in eng.PISTON_KINDS and \
        fwp.engine_aspiration(_engine_text(described)) == "turbocharged"


def complete(kind: str, out: dict[str, eng.Input], described: Mapping,
             figures=()) -> None:
    """The critical altitude of an engine whose aspiration is not stated (0 m to the
    turbocharged end) and, where ``figures`` (the case's) hold a ceiling claim, the ceiling's
    fuel burnt, appended after every other input (the draws of the others stay as they
    were). A turbocharged engine's critical altitude is added by case_inputs
    (:func:`turbo_stated`)."""
    if kind not in eng.FUEL_KINDS:
        return
    power = out.get("engine_power")
    if kind in eng.PISTON_KINDS and power is not None and "critical_altitude" not in out \
            and aspiration_unknown_possible(_engine_text(described),
                                            0.5 * (power.low + power.high)):
        crit = fwp.TURBO_CRITICAL_ALTITUDE_PRIOR
        out["critical_altitude"] = eng.Input(
            "critical_altitude", 0.0, crit.high, "prior",
            f"the source does not say whether the engine is turbocharged, and at "
            f"{_num(0.5 * (power.low + power.high) / 1e3)} kW it may be (turbocharged "
            f"engines from {_num(TURBO_POSSIBLE_POWER / 1e3)} kW, priors.engines."
            f"TURBO_POSSIBLE_POWER): from 0 m (normally aspirated) to {_num(crit.high)} m, "
            f"the high end of the turbocharged engines' ({crit.source})")
    judged = power is not None or "thrust" in out        # what a ceiling is judged with
    if judged and any(f.field == "service_ceiling" and f.role == "claim" for f in figures):
        out["ceiling_fuel_burnt"] = CEILING_FUEL_BURNT


def ceiling_notes(run, key: str) -> list[str]:
    """The ceiling finding's notes on the engine's aspiration and the ceiling's weight."""
    inputs = run.inputs
    if key != "ceiling":
        return []
    notes = []
    crit = inputs.get("critical_altitude")
    if run.case.kind not in eng.PISTON_KINDS or "engine_power" not in inputs:
        pass
    elif crit is None:
        top = fw.TURBO_CRITICAL_ALTITUDE["value"]
        point = {**eng.central_point(inputs), "critical_altitude": top}
        alt = float(eng.performance(point, run.case.kind)["ceiling"])
        notes.append("The engine is taken as normally aspirated (Gagg-Ferrar lapse): "
                     + ("the source says so" if fwp.engine_aspiration(
                         _engine_text(run.case.described())) == "normally aspirated" else
                        "the source names no turbocharger and the engine is below "
                        f"{_num(TURBO_POSSIBLE_POWER / 1e3)} kW")
                     + f". At the central assumptions a turbocharged engine (full power to "
                     f"{_num(top)} m) would reach {_num(alt)} m; state the engine_type as "
                     "turbocharged (e.g. 'Rotax 914') to judge it so.")
    elif crit.low == 0.0:
        notes.append("The source does not say whether the engine is turbocharged: its "
                     "critical altitude (full power held to it) is drawn from 0 m, a "
                     f"normally aspirated engine, to {_num(crit.high)} m.")
    if "ceiling_fuel_burnt" in inputs:
        notes.append("The source gives no weight for its ceiling: it is reached with none "
                     "to all of the fuel burnt (the payload aboard).")
    return notes


def hybrid_notes(run) -> list[str]:
    """The hybrid quadplane's notes: how its lift battery and fuel are taken."""
    if run.case.kind != "vtol-quadplane-piston":
        return []
    origins = {n: i.origin for n, i in run.inputs.items()}
    notes = []
    if origins.get("battery_sizing") == "prior":
        lo, hi, _ = run.inputs["battery_sizing"].display()
        unused = unused_battery(run)     # set aside, or a charge without its voltage
        notes.append((f"{unused}: " if isinstance(unused, str) else "The source states no "
                      "battery: ") + f"the lift battery is taken as {_num(lo)}-"
                     f"{_num(hi)} x the energy of the vertical phases (a guess: it pays for the "
                     "hover only; physics.vtol.BATTERY_SIZING).")
    if "fuel_mass" not in run.inputs:
        notes.append("Hybrid quadplane: the lift battery is paid for in fuel (the fuel is the "
                     "energy stores' share of the take-off mass less the battery's mass), and "
                     "the battery and stopped lift system are carried through the cruise; the "
                     "fuel, battery, lift system and payload must fit in the take-off mass.")
    return notes
