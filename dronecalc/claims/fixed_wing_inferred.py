"""The inputs a fixed-wing case does not state but its other figures give (issue #13, seventh
review), added to :func:`dronecalc.claims.fixed_wing.describe_case`'s inputs:

* a take-off mass inferred from a stated payload or warhead (news stories of one-way attack
  drones state the warhead, rarely the mass), :func:`~dronecalc.priors.fixed_wing_mass.
  inferred_mass`, or from a stated maximum payload when no payload is stated, or (wide, fw17)
  from a stated wingspan when neither is, :func:`~dronecalc.priors.fixed_wing_span_mass.
  inferred_mass_from_span`;
* a piston engine's rated power inferred from the take-off mass (for the top speed, ceiling
  and the kinematic cross-check), :func:`~dronecalc.priors.fixed_wing_mass.inferred_power`,
  each machine's drawn at its own mass (``engine_power_percentile``, engine.fixed_wing_power);
* an electric fixed wing's motor power inferred from the take-off mass, where a claim is judged
  against the power available (top, cruise or plain speed, ceiling; fwmotor13),
  :func:`~dronecalc.priors.fixed_wing_motor.inferred_motor_power`, each machine's drawn at its
  own mass (``motor_power_percentile``);
* for a kind whose cruise calibration holds C_L,max at a centre (``priors.fixed_wing.
  CALIBRATION_HELD``), the C_L,max a stated stall speed and wing area give, instead of the held
  centre: the calibration is fitted so on the data rows that state both (the DeltaQuad's
  maker's 12-13 m/s are C_L,max 0.62-0.65, where the held 1.0 put the model's best-endurance
  speed below the maker's stall; docs/theory.md section 12).

Each is labelled in its input's origin and note; none replaces a stated figure.
"""
from __future__ import annotations

from typing import Mapping

from ..engine import fixed_wing as eng
from ..engine import fixed_wing_stall_wing as sw
from ..engine.fixed_wing_power import MOTOR_PERCENTILE, PERCENTILE
from ..errors import InputValueError
from ..intake.figures import Figure
from ..priors import fixed_wing as fwp, fixed_wing_mass as fwm, fixed_wing_span_mass as fws
from ..priors import fixed_wing_motor as fwmo
from . import fixed_wing_fuel as fuel_share
from .context import ends as stated_ends

#: The C_L,max a stated stall speed may give before it is refused as no wing's: a judgement,
#: from below the reflexed flying wing of the data (the DeltaQuad's maker figures: 0.62) to
#: above plain wings with simple flaps (about 1.5-2, Raymer 2018 ch. 12).
STALL_LIFT_COEFFICIENT = (0.4, 2.0)
#: How a C_L,max note says it is a stated stall's at an inferred take-off mass.
INFERRED_STALL = "its band rests on the inferred mass"


class StallConflict(InputValueError):
    """A stated stall speed whose C_L,max at the take-off mass and wing area no wing has:
    ``lift`` (its lowest and highest C_L,max over the inputs' ends) and ``where`` (the mass
    "stated", "stated maximum" or "inferred (...)"), for the conflict finding that sets the
    stall aside (claims.fixed_wing_conflict)."""

    def __init__(self, lift: tuple[float, float], where: str, message: str, **kw) -> None:
        super().__init__(message, **kw)
        self.lift, self.where = lift, where


def mass_from_payload(out: dict[str, eng.Input]) -> None:
    """A take-off mass inferred from the payload, where the inputs hold a payload and none.
    A payload of at most 0 kg infers nothing (the law is a log law); with a stated wingspan
    it is left to :func:`mass_from_span` rather than refused (review 15: "0 kg" and "3 m"
    exited 2 where the span alone was judged)."""
    if "takeoff_mass" in out or "payload" not in out:
        return
    if out["payload"].high <= 0.0 and "wingspan" in out:
        return
    out["takeoff_mass"] = eng.Input("takeoff_mass", *fwm.inferred_mass(out["payload"]))


def is_capacity(fig) -> bool:
    """Whether a case figure is this machine's stated maximum payload: a ``max_payload``
    claim or input (a context figure describes another machine: "Its rival, the Bayraktar
    TB2, carries up to 150 kg", review 9), read without a flag (a ``vague`` one, "about a
    hundred kilos", is read as written: intake.vague)."""
    return (fig.field == "max_payload" and fig.role in ("claim", "input")
            and (fig.flag is None or fig.flag.problem == "vague") and isinstance(fig.value, Figure))


def mass_from_capacity(out: dict[str, eng.Input], figures) -> None:
    """No take-off mass and no payload input, but a stated maximum payload (a claim or an
    input, :func:`is_capacity`: "an experimental vehicle capable of carrying up to 50
    kilograms", sputnikglobe.com on the Vezdelet tiltrotor): the take-off mass inferred from
    it, as from a payload, the law
    being fitted on makers' maximum payloads. A payload claim on that mass is not judged
    (circular), as on a mass inferred from a payload. ``figures``: the case's figures."""
    if "takeoff_mass" in out or "payload" in out:
        return
    fig = next((f for f in figures if is_capacity(f)), None)
    if fig is None:
        return
    capacity = eng.Input("payload", *stated_ends(fig, "kg"), "stated",
                         f"{fig.id}: the stated maximum payload {fig.text!r}")
    out["takeoff_mass"] = eng.Input("takeoff_mass", *fwm.inferred_mass(capacity))


def mass_from_span(out: dict[str, eng.Input]) -> None:
    """No take-off mass, payload or maximum payload, but a stated wingspan: the take-off mass
    inferred from it (:func:`~dronecalc.priors.fixed_wing_span_mass.inferred_mass_from_span`,
    fw17: wide, about x12 from p5 to p95, and far too light for a dense airframe), the span
    itself kept as stated. A payload claim on that mass is not judged, as on one inferred from
    the payload."""
    if "takeoff_mass" not in out and "wingspan" in out:
        out["takeoff_mass"] = eng.Input("takeoff_mass",
                                        *fws.inferred_mass_from_span(out["wingspan"]))


#: The claim fields judged against the power available (claims.fixed_wing: top speed and
#: ceiling; a cruise or plain speed claim is judged against the level-flight top speed, as on
#: the piston path): an electric wing with one of them and no stated motor power is given the
#: inferred one.
POWER_CLAIMS = ("speed", "cruise_speed", "top_speed", "service_ceiling")
#: The kinds whose motor power is inferred where a claim needs it: a plain electric wing (the
#: law is fitted on plain wings; a quadplane's or tailsitter's power available is
#: claims.fixed_wing_vtol_power's, vtolspeed).
MOTOR_KINDS = ("fixed-wing-electric",)


def complete(kind: str, out: dict[str, eng.Input],
             stall: tuple[float, float, str] | None, claims=()) -> None:
    """The inferred engine power of a piston kind without one, and the inferred motor power
    of an electric wing without one whose ``claims`` (the case's claim figures) hold one of
    :data:`POWER_CLAIMS` (only there: a range or flight-time case is flown as before, its
    draws unchanged); a held C_L,max replaced by the stated stall's (``stall``: low, high
    [m/s] and its text, as ``stated_stall``); a stated fuel's share bounds
    (:func:`dronecalc.claims.fixed_wing_fuel.condition`)."""
    fuel_share.condition(kind, out)
    if kind in MOTOR_KINDS and "engine_power" not in out and any(
            f.field in POWER_CLAIMS for f in claims):
        low, high, origin, note = fwmo.inferred_motor_power(out["takeoff_mass"])
        out["engine_power"] = eng.Input("engine_power", low, high, origin, note)
        out[MOTOR_PERCENTILE] = eng.Input(MOTOR_PERCENTILE, *fwm.MASS_PERCENTILES, origin,
                                          f"{fwm.INFERRED}: the motor power's percentile of "
                                          "the power-loading law's prediction interval at "
                                          "each sampled machine's own take-off mass "
                                          "(engine.fixed_wing_power)")
    if kind in eng.PISTON_KINDS and "engine_power" not in out:
        # the band the draws span, and the percentile each machine's power is drawn at, at
        # its own take-off mass (engine.fixed_wing_power): the percentile is the one drawn
        low, high, origin, note = fwm.inferred_power(out["takeoff_mass"])
        out["engine_power"] = eng.Input("engine_power", low, high, origin, note)
        out[PERCENTILE] = eng.Input(PERCENTILE, *fwm.MASS_PERCENTILES, origin,
                                    f"{fwm.INFERRED}: the engine power's percentile of the "
                                    "power law's prediction interval at each sampled "
                                    "machine's own take-off mass (engine.fixed_wing_power)")
    if stall is not None and "wing_area" not in out:
        wing_from_stall(out, stall)
    clmax = out.get("max_lift_coefficient")
    if stall is None or clmax is None or "wing_area" not in out or not clmax.exact \
            or kind not in fwp.KIND_CALIBRATION:
        return
    mass, area = out["takeoff_mass"], out["wing_area"]
    inferred = fwm.is_inferred(mass)
    lo = float(eng.stall_lift_coefficient(mass.low, stall[1], area.high))
    hi = float(eng.stall_lift_coefficient(mass.high, stall[0], area.low))
    low, high = STALL_LIFT_COEFFICIENT
    # a stated mass: the whole band must be a wing's; an inferred one spans a factor of about
    # 5, so its band is clipped to the wings' range (the stall constraint then keeps the
    # pairs of mass and C_L,max that give the stated stall) and refused only outside it
    if (hi < low or lo > high) if inferred else (lo < low or hi > high):
        where = (f"inferred (from {fwm.inferred_from(mass)})" if inferred else
                 "stated maximum" if "the stated maximum take-off mass" in mass.note
                 else "stated")
        raise StallConflict(
            (lo, hi), where,
            f"the stated stall speed {stall[2]} gives C_L,max {lo:.3g}-{hi:.3g} at the {where} "
            "take-off mass and the wing area, which no wing has", field="stall_speed",
            value=stall[2], expected=f"a stall speed whose C_L,max lies in {low}-{high} (check "
            "its unit and the mass it is stated at)")
    clipped = ""
    if inferred:
        clipped = (f"; {INFERRED_STALL}: at the take-off mass inferred from "
                   f"{fwm.inferred_from(mass)} it is "
                   f"{lo:.3g}-{hi:.3g}, clipped to the wings' {low}-{high} "
                   "(claims.fixed_wing_inferred.STALL_LIFT_COEFFICIENT), drawn with the mass, "
                   "the stall constraint keeping the pairs that give the stated stall")
        lo, hi = max(lo, low), min(hi, high)
    out["max_lift_coefficient"] = eng.Input(
        "max_lift_coefficient", lo, hi, "stated",
        f"from the stated stall speed {stall[2]}: 2 m g / (rho0 S V_s^2) at the take-off mass "
        f"(an indicated stall), instead of the {clmax.low:.3g} the {kind} cruise calibration "
        "holds where no stall is stated; the calibration is fitted so on the data rows that "
        f"state one (docs/theory.md section 12){clipped}")


#: The aspect ratios a wing from a stated stall may have before the stall is refused as no
#: wing's: a judgement, from below the delta prior's 2 to about the highest-aspect-ratio
#: sailplanes' 50.
STALL_ASPECT_RATIO = (1.0, 50.0)


def wing_from_stall(out: dict[str, eng.Input], stall: tuple[float, float, str]) -> None:
    """No wing area but a stated stall speed: the area follows from the stall at each machine's
    mass and C_L,max (:mod:`dronecalc.engine.fixed_wing_stall_wing`), not from the aspect-ratio
    prior, which is dropped (the aspect ratio is then span^2 / area). Refused when every
    machine's aspect ratio would lie outside :data:`STALL_ASPECT_RATIO`."""
    clmax, span, mass = (out.get(k) for k in ("max_lift_coefficient", "wingspan", "takeoff_mass"))
    if clmax is not None and span is not None and mass is not None:
        # AR = b^2 / S = b^2 rho0 V_s^2 C_L,max / (2 m g): its ends over the inputs' ends
        ends = [float(b * b / sw.area({"takeoff_mass": m, sw.SPEED: v,
                                       "max_lift_coefficient": c}))
                for b, m, v, c in ((span.low, mass.high, stall[0], clmax.low),
                                   (span.high, mass.low, stall[1], clmax.high))]
        low, high = STALL_ASPECT_RATIO
        if ends[1] < low or ends[0] > high:
            raise InputValueError(
                f"the stated stall speed {stall[2]} gives a wing of aspect ratio "
                f"{ends[0]:.3g}-{ends[1]:.3g} on the span at the take-off mass, which no wing "
                "has", field="stall_speed", value=stall[2],
                expected=f"a stall speed whose wing has an aspect ratio in {low:g}-{high:g} "
                "(check its unit, the mass and the span; or state the wing_area)")
    out.pop("aspect_ratio", None)
    out[sw.SPEED] = eng.Input(sw.SPEED, stall[0], stall[1], "stated",
                              f"the stated stall speed {stall[2]}: the wing area is 2 m g / "
                              "(rho0 V_s^2 C_L,max) at each machine's take-off mass and C_L,max "
                              "(no wing area stated; engine.fixed_wing_stall_wing)")


def notes(inputs: Mapping[str, eng.Input], key: str) -> list[str]:
    """The notes of the inferred inputs (:func:`~dronecalc.priors.fixed_wing_mass.
    inferred_notes`)."""
    out = fwm.inferred_notes(inputs, key)
    clmax = inputs.get("max_lift_coefficient")
    if clmax is not None and INFERRED_STALL in clmax.note:
        out.append(f"C_L,max {clmax.low:.3g}-{clmax.high:.3g} is from the stated stall speed and "
                   f"wing area, {INFERRED_STALL}{clmax.note.split(INFERRED_STALL)[1]}. A "
                   "stated take-off mass would narrow it.")
    out += fuel_share.notes(inputs)
    return out
