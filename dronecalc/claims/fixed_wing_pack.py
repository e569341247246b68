"""The battery a wing-borne case states, as the fixed-wing model takes it (review 16).

A stated input is used, or named as not used and why; never "the source states no battery"
(review 16: a hybrid quadplane's, an electric quadplane's and an electric fixed wing's stated
``battery_mass`` was ignored, as was a stated ``empty_mass``, and the notes said "no battery"):

* **Charge x voltage.** A charge with a voltage or cell count is the pack's energy
  (:func:`dronecalc.priors.fixed_wing_battery.charge_energy_of`, moved here from
  claims/fixed_wing.py). A charge with neither is not used, and the note says so and why:
  there is no fixed-wing cell-count prior to draw the voltage from (data/fixed_wing.toml
  states the cells of five packs, 3S to 6S: too few to fit one).
* **A stated battery mass** (any battery kind) is the packs' mass: in the mass budget (the
  empty-mass constraint, the hybrid's fuel left beside its battery) and, when no energy is
  stated, the energy: that mass x the kind's specific-energy prior, in place of the
  battery-share prior (electric kinds) or the hover-sized lift battery (the hybrid).
* **A stated empty mass** (electric kinds; docs/case-format.md reads it as without battery and
  payload) with no battery mass or energy gives the battery by the mass budget, the take-off
  mass less the empty mass and payload (claims.crosscheck's own budget, reused), x the
  specific-energy prior. Where a stated battery sets the pack, or on a fuel kind (whose
  remainder is fuel and, on the hybrid, a lift battery and system that no figure splits), it
  is not used and the note says why; the mass budget cross-check compares it where it can.
"""
from __future__ import annotations

from typing import Mapping

from ..engine import fixed_wing as eng
from ..intake.case import PARAMETERS
from ..intake.figures import Figure
from ..priors.fixed_wing_battery import charge_energy_of
from ..wording import num as _num
from .set_aside import stated_where

#: The priors of a battery that a stated battery energy replaces (the hybrid's sizing too);
#: a stated battery mass replaces all but the specific energy, which turns it into energy.
BATTERY_PRIORS = ("battery_fraction", "specific_energy", "battery_sizing")


def replaced(name: str, out: Mapping[str, eng.Input]) -> bool:
    """Whether prior ``name`` of a battery kind is replaced by a stated battery in ``out``."""
    return name in BATTERY_PRIORS and ("battery_energy" in out or (
        "battery_mass" in out and name != "specific_energy"))


def _kg(d) -> tuple[float, float]:
    ends = [e.m_as("kg") for e in (d.value.low, d.value.high) if e is not None]
    return float(min(ends)), float(max(ends))


def complete(case, out: dict[str, eng.Input], described: Mapping) -> None:
    """Add the battery inputs a battery kind's case states to ``out`` (before the priors):
    the energy of a stated charge x voltage, a stated battery mass, or the mass budget's."""
    from .context import closed_bound
    from .crosscheck import reconcile
    kind = case.kind
    if kind not in eng.BATTERY_KINDS:
        return
    charged = charge_energy_of(described)
    if isinstance(charged, tuple) and "battery_energy" not in out:     # charge x voltage
        out["battery_energy"] = eng.Input("battery_energy", *charged[:2], "stated", charged[2])
    mass = described.get("battery_mass")
    if mass is not None and isinstance(mass.value, Figure):
        value, opened = closed_bound("battery_mass", mass.value, kind)
        lo, hi = _kg(mass._replace(value=value))
        origin = "assumption" if mass.source == "assumption" else "stated"
        out["battery_mass"] = eng.Input(
            "battery_mass", lo, hi, origin,
            (mass.source if not mass.reason else f"assumption: {mass.reason}") + opened)
    elif kind in eng.ELECTRIC_KINDS and "battery_energy" not in out \
            and "empty_mass" in described:
        budget = reconcile(case, "fixed-wing")[0].get("battery_mass")
        if budget is not None and budget.source.startswith("the mass budget"):
            lo, hi = _kg(budget)
            out["battery_mass"] = eng.Input("battery_mass", lo, hi, "stated", budget.source)


def _stated_text(name: str, d) -> str:
    return f"{getattr(d.value, 'text', d.value)} ({stated_where(name, d.source)})"


def notes(run) -> list[str]:
    """How the stated battery mass, the mass budget's battery and a stated empty mass are
    taken, or why they are not used."""
    kind, inputs = run.case.kind, run.inputs
    described = run.case.described()
    out = []
    mass = inputs.get("battery_mass")
    spec = inputs.get("specific_energy")
    energy = ("its energy is the stated battery energy" if "battery_energy" in inputs else
              f"its energy is that mass x the specific energy, {_num(spec.low / 3600)}-"
              f"{_num(spec.high / 3600)} Wh/kg (prior)" if spec is not None else "")
    if mass is not None and "battery_mass" in described:
        stated = _stated_text("battery_mass", described["battery_mass"])
        out.append(f"The stated battery mass {stated} is the packs' mass in the mass budget"
                   + (" (with the fuel beside it in the take-off mass)"
                      if kind in eng.FUEL_KINDS else "") + f"; {energy}.")
    elif mass is not None:
        out.append(f"No battery mass or energy is stated: the battery is the mass "
                   f"budget's, {_num(mass.low)}"
                   + (f"-{_num(mass.high)}" if mass.high > mass.low else "")
                   + f" kg ({mass.note}); {energy}.")
    empty = described.get("empty_mass")
    if empty is None or (mass is not None and "battery_mass" not in described):
        return out
    if kind in eng.FUEL_KINDS:
        why = ("on a kind that flies on fuel, what the take-off mass holds beyond it is fuel"
               + (", lift battery and lift system, which no stated figure splits"
                  if kind in eng.BATTERY_KINDS else "")
               + ", and the model takes the fuel as stated or as its share of the take-off "
               "mass (prior)")
    elif mass is not None or "battery_energy" in inputs:
        why = ("the stated battery sets the pack, so the empty mass enters only the mass "
               "budget cross-check")
    else:
        why = ("the mass budget gives no battery from it (the take-off mass less it and the "
               "payload is not positive, see the mass budget cross-check, or no take-off mass "
               "is stated), so the battery is taken from its share prior")
    out.append(f"Not used by the fixed-wing model: empty_mass "
               f"{_stated_text('empty_mass', empty)}; {why}.")
    return out


def unused_battery(run) -> str | None:
    """Why a stated battery is not the run's: set aside by a conflict (see its finding), or a
    charge with no voltage or cell count; None when the source states no battery."""
    from .fixed_wing_conflict import BATTERY
    if getattr(run, "set_aside", None) in BATTERY:
        d = run.case.described()[run.set_aside]
        return (f"The stated {PARAMETERS[run.set_aside][0].replace('_', ' ')} "
                f"{_stated_text(run.set_aside, d)} is set aside (see the conflict finding)")
    unused = charge_energy_of(run.case.described())
    return unused if isinstance(unused, str) else None
