r"""The power available of a VTOL fixed wing whose source states no motor power (issue #13,
vtolspeed), added to :func:`dronecalc.claims.fixed_wing.describe_case`'s inputs where a claim
is judged against it (a top, cruise or plain speed, a ceiling:
:data:`dronecalc.claims.fixed_wing_inferred.POWER_CLAIMS`). Until then a quadplane's or a
tailsitter's speed claims were "not judged" (or only compared with each other): nothing said
how fast the power lets it fly.

* **Battery quadplane** (``vtol-quadplane``): its cruise motor's maximum power from the
  power-loading law of the electric fixed wings, :func:`dronecalc.priors.fixed_wing_motor.
  inferred_motor_power` (p5-p95 about 60-777 W/kg on seven sourced rows), at the whole take-off
  mass, each machine's drawn at its own mass as for a plain electric wing
  (``motor_power_percentile``). No quadplane's cruise-motor power is sourced in the data, so
  that a quadplane's cruise motor follows the plain wings' law is a **judgement**
  (:data:`QUADPLANE_JUDGEMENT`, said in the input's note and every finding that uses it): the
  lift system is extra mass the cruise motor pulls, which the law at the whole mass includes.
* **Piston quadplane** (``vtol-quadplane-piston``): nothing here. It is a piston kind, so its
  stated engine power is used, or, where none is stated, the power inferred from the take-off
  mass as for the piston fixed wings (:func:`dronecalc.claims.fixed_wing_inferred.complete`).
* **Tailsitter**: it flies its cruise on the rotors it hovers on, so the most power its motors
  give is that of those rotors at full static thrust,

  .. math:: P = \frac{r^{3/2}\, m g}{FM} \sqrt{\frac{DL}{2 \rho_0}}

  (momentum theory with a figure of merit, Leishman 2006 ch. 2;
  :func:`dronecalc.physics.vtol.full_thrust_power`), with :math:`r` the full-throttle
  thrust-to-weight drawn over the multirotors' sourced range (``data/thrust_to_weight.toml``,
  :func:`dronecalc.priors.drive.thrust_to_weight`, 1.5-3: a tailsitter takes off and lands on
  those rotors and needs their control margin; that its rotors are sized like a multirotor's
  is a **judgement**, no tailsitter's figure being sourced) and the disk loading DL and figure
  of merit FM those of its hover draws, at each machine's own take-off mass
  (``rotor_thrust_to_weight``, :mod:`dronecalc.engine.fixed_wing_power`).

The speed and ceiling checks then compare the claim with the level-flight top speed and the
service ceiling that power gives (:mod:`dronecalc.physics.fixed_wing`), by the verdict rules
of :mod:`dronecalc.claims.verdict` (a ceiling on an inferred power: also
:mod:`dronecalc.claims.fixed_wing_ceiling`). A stated ``engine_power`` replaces all of this.
"""
from __future__ import annotations

from typing import Mapping

from ..engine import fixed_wing as eng
from ..engine.fixed_wing_power import MOTOR_PERCENTILE, PERCENTILE, ROTOR_RATIO
from ..physics import vtol
from ..physics.atmosphere import _air_density
from ..physics.rotor import _G
from ..priors import drive, fixed_wing_mass as fwm, fixed_wing_motor as fwmo
from ..wording import num as _num
from .fixed_wing_inferred import POWER_CLAIMS

#: The kinds whose power available this module infers (the piston quadplane is a piston kind:
#: claims.fixed_wing_inferred).
KINDS = ("vtol-quadplane", "tailsitter")
#: Sea-level density [kg/m^3] (ISA) the tailsitter's rotor power is taken at.
RHO0 = float(_air_density(0.0))
#: What a battery quadplane's inferred cruise-motor power rests on, beyond the law's own note.
QUADPLANE_JUDGEMENT = ("a battery quadplane's cruise motor is taken to follow the plain "
                       "electric wings' power loading at the whole take-off mass, lift system "
                       "included: no quadplane's cruise-motor power is sourced (a judgement)")
#: The note of a tailsitter's inferred rotor power: how the power is found (a judgement).
TAILSITTER_BASIS = ("a tailsitter flies its cruise on the rotors it hovers on, so the power "
                    "available is theirs at full static thrust, P = r^1.5 m g sqrt(DL / (2 "
                    "rho0)) / FM (momentum theory with a figure of merit, Leishman 2006 ch. 2), "
                    "with r the full-throttle thrust-to-weight at the take-off mass drawn over "
                    "the multirotors' sourced range (data/thrust_to_weight.toml: a tailsitter "
                    "takes off on those rotors and needs their control margin; no tailsitter's "
                    "figure is sourced, a judgement) and the lift disk loading DL and figure of "
                    "merit FM of its hover draws")
#: The result keys whose findings rest on the power available (as priors.fixed_wing_mass).
_POWER_KEYS = ("top_speed", "ceiling", "max_range", "max_endurance", "range_at",
               "endurance_at")


def complete(kind: str, out: dict[str, eng.Input], claims=()) -> None:
    """A battery quadplane's or a tailsitter's inferred power available, where the inputs
    ``out`` hold no ``engine_power`` and the case's ``claims`` (its claim figures) hold one
    of :data:`~dronecalc.claims.fixed_wing_inferred.POWER_CLAIMS` (only there: a range or
    flight-time case is flown as before, its draws unchanged)."""
    if kind not in KINDS or "engine_power" in out or not any(
            f.field in POWER_CLAIMS for f in claims):
        return
    if kind == "vtol-quadplane":
        low, high, origin, note = fwmo.inferred_motor_power(out["takeoff_mass"])
        out["engine_power"] = eng.Input("engine_power", low, high, origin,
                                        f"{note}; {QUADPLANE_JUDGEMENT}")
        out[MOTOR_PERCENTILE] = eng.Input(MOTOR_PERCENTILE, *fwm.MASS_PERCENTILES, origin,
                                          f"{fwm.INFERRED}: the cruise motor power's "
                                          "percentile of the power-loading law's prediction "
                                          "interval at each sampled machine's own take-off "
                                          "mass (engine.fixed_wing_power)")
        return
    ratio = drive.thrust_to_weight()
    out[ROTOR_RATIO] = eng.Input(ROTOR_RATIO, ratio.low, ratio.high, "prior",
                                 "judgement: the multirotors' " + ratio.describe()
                                 + ", for the rotors a tailsitter hovers and cruises on")
    low, high = rotor_power_band(out)
    out["engine_power"] = eng.Input("engine_power", low, high, "prior",
                                    f"{_num(low)}-{_num(high)} W over the inputs' ends, not "
                                    f"stated: {TAILSITTER_BASIS} (drawn per machine, "
                                    "engine.fixed_wing_power)")


def rotor_power_band(inputs: Mapping[str, eng.Input]) -> tuple[float, float]:
    """The least and the most full-thrust rotor power [W] over the ends of the take-off mass,
    thrust-to-weight, lift disk loading and figure of merit (the band a tailsitter's draws
    span; P rises with each but the figure of merit)."""
    m, r, dl, fm = (inputs[k] for k in ("takeoff_mass", ROTOR_RATIO, "lift_disk_loading",
                                        "figure_of_merit"))
    ends = [float(vtol.full_thrust_power(mass, ratio, mass * _G / loading, merit, RHO0))
            for mass, ratio, loading, merit in ((m.low, r.low, dl.low, fm.high),
                                                (m.high, r.high, dl.high, fm.low))]
    return min(ends), max(ends)


def inferred(inputs: Mapping[str, eng.Input]) -> bool:
    """Whether the inputs' ``engine_power`` is inferred, not stated: drawn from the piston
    power law, the electric motor power-loading law, or a tailsitter's rotors."""
    return "engine_power" in inputs and any(
        k in inputs for k in (PERCENTILE, MOTOR_PERCENTILE, ROTOR_RATIO))


def notes(inputs: Mapping[str, eng.Input], key: str) -> list[str]:
    """The note of a finding resting on a tailsitter's inferred rotor power (the motor and
    engine laws' notes are :func:`dronecalc.priors.fixed_wing_mass.inferred_notes`')."""
    if ROTOR_RATIO not in inputs or not key.startswith(_POWER_KEYS):
        return []
    power = inputs["engine_power"]
    return [f"The source states no motor power: {TAILSITTER_BASIS}; here "
            f"{power.low / 1e3:.3g}-{power.high / 1e3:.3g} kW, each machine's at its own draws. "
            "The speed and ceiling rest on it, and so does which machines can hold level "
            "flight; a stated engine_power replaces it."]
