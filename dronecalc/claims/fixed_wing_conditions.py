"""A fixed-wing or VTOL claim's own conditions (docs/case-format.md, *A claim's own
conditions*): the engine inputs a claim is flown on (:func:`claim_inputs`: its ``payload``,
``altitude``, ``reserve``, ``headwind``), the words of the flight it is judged on
(:func:`condition`), the not-judged reason of a plain fixed wing's hover time
(:func:`refused`) and the notes on a stated speed against the sampled machines' stall, in the
air they fly (:func:`too_slow`).
:mod:`dronecalc.claims.fixed_wing` runs one Monte Carlo per distinct set of conditions.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

import numpy as np

from ..engine import fixed_wing as eng
from ..errors import DroneCalcError
from ..intake.case import Case, CaseFigure
from ..intake.airspeed import is_indicated
from ..intake import payload_refers
from ..intake.figures import Figure
from ..physics import fixed_wing as fw
from ..priors.fixed_wing_mass import inferred_from, is_from_span, is_inferred
from ..wording import num as _num, percent as _percent
from .context import threshold, time_display
from .phrases import band as _band
from .results import NotJudged

if TYPE_CHECKING:                       # the run type, without an import cycle
    from .fixed_wing import _Run


def _ends(value: Any, unit: str) -> tuple[float, float]:
    if not isinstance(value, Figure):
        raise DroneCalcError("not a figure", value=value)
    ends = [e.m_as(unit) for e in (value.low, value.high) if e is not None]
    return float(min(ends)), float(max(ends))


def claim_inputs(run: "_Run", fig: CaseFigure) -> tuple[dict[str, eng.Input], tuple[str, ...]]:
    """The engine inputs a claim is flown on, and the words of its own conditions (none: the
    run's inputs as they are).

    * ``payload``: the claim's payload replaces the case's. A case that states its mass
      without payload (``[vehicle] mass``) or a take-off mass with a payload figure takes off
      at that mass less the case's payload plus the claim's, sample by sample
      (``claim_payload``); the fuel or battery (drawn as a share of the case's take-off mass)
      and a VTOL's lift rotors are the case airframe's and do not change with the payload.
      A take-off mass with no payload stated is the weight flown, the claim's payload inside
      it (the empty-mass constraint drops the draws it does not fit), unless another claim
      states a heavier payload: the mass then carries that one (:func:`heaviest_payload`)
      and this claim takes off lighter by the difference, as does a claim stated
      ``with_payload = false``.
    * ``altitude``: flown at it (ISA density) instead of the case's altitude or the prior.
    * ``reserve``: that share of the usable fuel or energy is left at landing (not burnt).
    * ``headwind``: a range is flown over the ground at the airspeed less it.
    """
    inputs = dict(run.inputs)
    words: list[str] = []
    if fig.payload is not None:
        lo, hi = _ends(fig.payload, "kg")
        tm, pay = run.inputs["takeoff_mass"], run.inputs["payload"]
        note = f"{fig.id}'s own payload {fig.payload.text}"
        own = (payload_refers.from_text(fig, run.case.figures)     # a referred figure's
               or f"{fig.id}'s own payload of {fig.payload.text}")
        if run.mass_without_payload or run.payload_stated:
            # the case's airframe (its fuel or battery, its lift rotors) carrying the claim's
            # payload instead of the case's (engine.fixed_wing.carrying), per sample
            inputs["claim_payload"] = eng.Input("claim_payload", lo, hi, "stated", note)
            low = max(tm.low - pay.high, 0.0) + lo
            high = max(tm.high - pay.low, 0.0) + hi
            words.append(f"with {own} aboard all the "
                         f"way (take-off mass {_num(low)}"
                         + (f"-{_num(high)}" if high != low else "") + " kg; the airframe's "
                         "fuel or battery as the case's)")
        elif (heavy := heaviest_payload(run)) is not None and hi < heavy[0]:
            # vtolclaims: the stated mass carries the heaviest payload a claim states; this
            # lighter one takes off lighter, on the same airframe (engine.fixed_wing.carrying)
            inputs["payload"] = _carried(heavy)
            inputs["claim_payload"] = eng.Input("claim_payload", lo, hi, "stated", note)
            words.append(f"with {fig.id}'s own payload of {fig.payload.text} aboard all the "
                         f"way: {_lighter(tm, heavy, lo, hi)}")
        else:
            inputs["payload"] = eng.Input("payload", lo, hi, "stated", note)
            mass = _num(tm.low) + (f"-{_num(tm.high)}" if tm.high != tm.low else "")
            # ux6: a spec sheet's "empty weight including battery" written as takeoff_mass
            # gave a payload claim the no-payload estimate, and nothing said why
            words.append(f"with {own} aboard all the "
                         + (f"way, inside the take-off mass inferred from "
                            f"{inferred_from(tm).replace('the payload', 'the maximum payload')}"
                            f", {mass} kg" if is_inferred(tm) else
                            f"way, inside the stated take-off mass of {mass} kg, which is flown "
                            "as stated (a mass without payload goes in [vehicle] mass, and the "
                            "payload then adds to it)"))
    elif fig.with_payload is False and not (run.mass_without_payload or run.payload_stated) \
            and (heavy := heaviest_payload(run)) is not None:
        # "110 km without payload" beside "75 km with 5 kg" on a stated take-off mass: flown
        # at that mass less the heaviest claim payload (engine.fixed_wing.without_payload)
        tm = run.inputs["takeoff_mass"]
        inputs["payload"] = _carried(heavy)
        # flown so both ways: as loaded (the run's notes) and without its payload (the check)
        inputs["claim_payload"] = eng.Input("claim_payload", 0.0, 0.0, "stated",
                                            f"{fig.id}: with_payload = false")
        words.append(f"without payload ({fig.id}): {_lighter(tm, heavy, 0.0, 0.0)}")
    if fig.altitude is not None:
        lo, hi = _ends(fig.altitude, "m")
        inputs["altitude"] = eng.Input("altitude", lo, hi, "stated",
                                       f"{fig.id}'s own altitude {fig.altitude.text}")
        words.append(f"at {fig.altitude.text} ({fig.id}'s own altitude, ISA)")
    if fig.reserve:
        inputs["reserve"] = eng.Input("reserve", float(fig.reserve), float(fig.reserve),
                                      "stated", f"{fig.id}'s own reserve")
        words.append(f"landing with {_num(100 * fig.reserve)} % of the usable fuel or energy "
                     f"in reserve ({fig.id})")
    if fig.headwind is not None and fig.field in ("range", "distance"):
        lo, hi = _ends(fig.headwind, "m/s")
        inputs["headwind"] = eng.Input("headwind", lo, hi, "stated",
                                       f"{fig.id}'s own headwind {fig.headwind.text}")
        words.append(f"into a headwind of {fig.headwind.text} ({fig.id}; ground speed = "
                     "airspeed less it)")
    return inputs, tuple(words)


def heaviest_payload(run: "_Run") -> tuple[float, CaseFigure] | None:
    """(high end [kg], the claim) of the heaviest own ``payload`` any claim of the run's
    case states (above 0), or None.

    On a case that states a take-off mass but no payload, that mass is read as carrying this
    payload: one airframe (empty mass, fuel or battery, lift rotors) cannot take off at the
    same mass with 5 kg aboard and with none, so a claim with a lighter payload (or
    ``with_payload = false``) takes off lighter by the difference (vtolclaims, issue 13: the
    W198's "75 km with 5 kg" and "110 km without payload" were flown at the same 25 kg). The
    heaviest claim keeps the stated mass, so no claim is flown above what the source states.
    None too where no machine of the run can carry that payload inside the take-off mass:
    that claim is then implausible as stated (``claims.fixed_wing._on_own``) and the reading
    fails, so the others are flown as before, each payload inside the stated mass."""
    heavy = [(_ends(f.payload, "kg")[1], f) for f in run.case.claims.values()
             if isinstance(f.payload, Figure)]
    heavy = [h for h in heavy if h[0] > 0.0]
    if not heavy:
        return None
    kg, fig = max(heavy, key=lambda h: h[0])
    drawn = dict(run.mc.values, payload=np.full(run.mc.size, kg))
    fits = np.min(np.stack(list(eng.margins(drawn, run.case.kind).values())), axis=0) > 0
    return (kg, fig) if fits.any() else None


def _carried(heavy: tuple[float, CaseFigure]) -> eng.Input:
    """The payload inside the stated take-off mass: the heaviest claim payload."""
    kg, fig = heavy
    return eng.Input("payload", kg, kg, "stated",
                     f"{fig.id}'s own payload {fig.payload.text}, the heaviest a claim states, "
                     "read as inside the stated take-off mass")


def _lighter(tm: eng.Input, heavy: tuple[float, CaseFigure], lo: float, hi: float) -> str:
    """The words of a claim flown lighter than the stated take-off mass (:func:`heaviest_payload`)."""
    kg, other = heavy
    mass = _num(tm.low) + (f"-{_num(tm.high)}" if tm.high != tm.low else "")
    low, high = max(tm.low - kg, 0.0) + lo, max(tm.high - kg, 0.0) + hi
    source = inferred_from(tm).replace("the payload", "the maximum payload")
    where = (f"the take-off mass inferred from {source}, {mass} kg," if is_inferred(tm)
             else f"the stated take-off mass of {mass} kg")
    return (f"{where} is read as carrying the heaviest payload a claim states ({other.id}'s "
            f"{other.payload.text}), so this claim takes off at {_num(low)}"
            + (f"-{_num(high)}" if high != low else "") + " kg, on the same airframe (its "
            "fuel or battery and any lift rotors as the case's)")


def unloaded_claim(inputs, fig) -> tuple[str, ...]:
    """The condition of a claim stated with payload (``with_payload = true``) on a case that
    states none, as the multirotor checks word it (ux7: the fixed wing said only "with no
    payload (the source states none)"); () otherwise, or with the take-off mass inferred from
    a maximum payload (the load is inside it)."""
    if fig.with_payload is not True or inputs["payload"].high > 0.0 or \
            is_inferred(inputs["takeoff_mass"]):
        return ()
    return ("with no payload: the claim is stated with payload, but the case states no "
            "payload",)


def condition(check_name: str, loaded: bool | None = True,
               conditions: tuple[str, ...] = (), inferred: bool | str = False) -> str:
    """The flight a claim is judged on: a range is one way; range and endurance use all of the
    fuel or energy the priors allow (no reserve) unless the claim states its own conditions
    (:func:`claim_inputs`), which are then the words used. ``inferred``: the take-off mass is
    inferred (with no payload stated: from the maximum payload, so it includes that load;
    ``"the wingspan"``: from the wingspan, fw17)."""
    own = [c for c in conditions if "payload" in c]
    text = (own[0] if own else
            "with the stated payload aboard all the way" if loaded else
            "at the take-off mass inferred from the wingspan, with no payload counted apart "
            "(the source states none)" if loaded is None and inferred == "the wingspan" else
            "at the take-off mass inferred from the maximum payload, the load inside it (no "
            "payload counted apart)" if loaded is None and inferred else
            "with no payload (the source states none)" if loaded is None else
            "without the payload (the take-off mass less the stated payload; the fuel or "
            "battery as loaded)")
    rest = [c for c in conditions if "payload" not in c]
    reserve = any("reserve" in c for c in rest)
    extra = "".join(f", {c}" for c in rest)
    if check_name == "hover-endurance":
        return text + extra + ", hovering on the lift rotors all the way" + (
            "" if reserve else ", with no reserve")
    if check_name.startswith("range"):
        return text + extra + "; a range is one way" + ("" if reserve else ", with no reserve")
    if check_name.startswith("endurance"):
        return text + extra + ("" if reserve else ", with no reserve")
    return text + extra


def refused(case: Case, entries: list[NotJudged], inputs=None) -> list[NotJudged]:
    """The not-judged entries, with the reason a plain fixed wing's hover time is refused: a
    fixed wing cannot hover (it has no lift rotors; VTOL kinds are judged on theirs); and, with
    the run's ``inputs``, the reason a payload claim is not judged on a take-off mass inferred
    from the case's payload (circular: the mass was made from a payload)."""
    mass = (inputs or {}).get("takeoff_mass")
    out = []
    for entry in entries:
        fig = case.figures.get(entry.claim)
        if fig is not None and mass is not None and is_inferred(mass) \
                and fig.field in ("payload_mass", "warhead_mass", "max_payload"):
            entry = NotJudged(fig.id, fig.field, fig.text,
                              ("the take-off mass is inferred from this case's wingspan, too "
                               f"wide ({_num(mass.low)}-{_num(mass.high)} kg) to say what "
                               "payload it carries" if is_from_span(mass) else
                               "the take-off mass is inferred from this case's payload "
                               f"({mass.note.rsplit('(', 1)[-1].rstrip(')')}), so judging a "
                               "payload claim on it would be circular"),
                              "a stated take-off mass (a takeoff_mass figure with role = "
                              "\"input\", or [vehicle] mass); an engine power does not help")
        if (fig is not None and fig.field == "service_ceiling" and {"engine_power", "thrust"}
                & set(inputs or {}) and threshold(fig, "m") > fw.CEILING_TOP):
            top = fw.CEILING_TOP
            entry = NotJudged(fig.id, fig.field, fig.text,
                              f"the claim is above {_num(top)} m, the top of the model's "
                              "atmosphere (the ISA to 20 km), and some sampled machines "
                              f"still climb there: their ceilings are known only to be at "
                              f"least {_num(top)} m, so the claim can be neither confirmed nor "
                              "ruled out", "")
        if fig is not None and fig.mode == "hover" and case.kind not in eng.VTOL_KINDS:
            entry = NotJudged(fig.id, fig.field, fig.text,
                              f"a {case.kind} cannot hover: a hover time (mode = \"hover\") "
                              "is judged only for a VTOL kind, on its lift rotors",
                              "the airframe named as a VTOL (quadplane or tailsitter) if it "
                              "has lift rotors; else the claim without mode = \"hover\" (a "
                              "flight time in forward flight)")
        out.append(entry)
    return out


def too_slow(perf: Mapping[str, np.ndarray], key: str, speed: float | None,
              stated: tuple[float, float, str] | None = None,
              indicated: bool = False) -> list[str]:
    """Notes on an at-speed claim's speed against the sampled machines' stall: the share that
    cannot fly it at all (below their stall speed, left out), and the share that fly it
    between the stall and ``STALL_MARGIN`` x stall, below the margin the best-speed checks
    keep (their at-speed figure can then exceed the best-speed one); with a stated stall speed
    ``stated`` (low, high [m/s], text), the speed as a multiple of it."""
    if key not in ("range_at_speed", "endurance_at_speed") or speed is None:
        return []
    margin = fw.STALL_MARGIN["value"]
    lowest = np.asarray(perf["lowest_speed"], dtype=float)
    slowest = np.asarray(perf["slowest_speed"], dtype=float)
    notes = []
    if indicated:
        true = eng.estimate(np.asarray(perf["flown_speed"], dtype=float), 1 / 3.6, "km/h")
        notes.append(f"{_num(speed * 3.6)} km/h is an indicated airspeed flown at no single "
                     "stated altitude: each sampled machine flies it as the true airspeed at its "
                     f"sampled altitude (TAS = IAS x sqrt(rho0/rho(h)), ISA), {_band(true)}.")
        # the stall is compared in the same air: true stall against true speed
        flown = np.asarray(perf["flown_speed"], dtype=float)
        lowest, slowest = lowest * speed / flown, slowest * speed / flown
    below = float(np.mean(lowest > speed))
    if below > 0.0:
        est = eng.estimate(lowest, 1 / 3.6, "km/h")
        notes.append(f"{_percent(below)} of the sampled machines cannot fly "
                     f"{_num(speed * 3.6)} km/h: it is below their stall speed, "
                     f"{_band(est)}; they are left out of the band and count as failing.")
    close = float(np.mean((lowest <= speed) & (slowest > speed)))
    if close > 0.0:
        est = eng.estimate(slowest, 1 / 3.6, "km/h")
        notes.append(f"{_percent(close)} of the sampled machines fly {_num(speed * 3.6)} km/h "
                     f"above their stall but below {_num(margin)} x stall ({_band(est)}), the "
                     "margin the model keeps for the speeds it picks itself: the source states "
                     "this speed, so it is flown, and its figure can exceed the best-speed "
                     "check's by the margin's effect (docs/theory.md section 10).")
    if stated is not None:
        lo, hi, text = stated
        ratio = (f"{_num(speed / hi)}" if lo == hi else
                 f"{_num(speed / hi)}-{_num(speed / lo)}")
        notes.append(f"The source states a stall speed of {text}: {_num(speed * 3.6)} km/h is "
                     f"{ratio} x it" + (f", below the usual {_num(margin)} x margin."
                                        if speed < margin * hi else "."))
    return notes


#: How many speeds across a claim's ``at_speed`` range :func:`flown_at` tries (both ends and
#: evenly between): enough to find the best part of a range, a few runs of the physics each.
AT_SPEED_POINTS = 5


#: How the at-speed notes name the speed a claim is flown at (:func:`flown_at`, else the
#: case's cruise speed, its low end: ``_Run.speed_of`` in :mod:`dronecalc.claims.fixed_wing`).
FLOWN_AT = ("Flown at the speed the statement names (the claim's own at_speed; for an at_speed "
            "range, the best of five speeds across it; else the low end of the stated cruise "
            "speed)")


def flown_at(mc, fig: CaseFigure, with_payload: bool) -> tuple[float, str, bool]:
    """(speed [m/s], its words, indicated) a range or flight-time claim with its own
    ``at_speed`` is judged at. A point (or an open bound) is flown at that speed. A range
    ("30-60 km/h") says the claim was flown somewhere in it, so the claim holds if some speed
    in it works, and the range's verdict is never worse than the best of the speeds tried
    inside it: it is flown at the one of :data:`AT_SPEED_POINTS` speeds across the range
    (above 0: no wing flies at no airspeed) where the largest share of the sampled machines
    reach the claim (a machine that cannot fly the speed, below its stall, fails), ties broken
    by the higher median result (0 where a machine cannot fly it), then by the larger share
    that can fly the speed at all (never a speed no machine flies when another is flown),
    and the finding names that speed."""
    ends = [e.m_as("m/s") for e in (fig.at_speed.low, fig.at_speed.high) if e is not None]
    indicated = is_indicated(fig.at_speed.text)
    named = f"{fig.at_speed.text} ({fig.id}'s at_speed)"
    if len(ends) == 1 or ends[0] == ends[1]:
        return float(ends[0]), named, indicated
    key, unit = (("range_at_speed", "m") if fig.field in ("range", "distance")
                 else ("endurance_at_speed", "s"))
    target = threshold(fig, unit)
    grid = [v for v in np.linspace(ends[0], ends[1], AT_SPEED_POINTS) if v > 0.0]

    def score(speed: float) -> tuple[float, float, float]:
        values = np.asarray(mc.at_speed(float(speed), with_payload, indicated)[key], dtype=float)
        flown = np.isfinite(values)
        return (float(np.mean(flown & (values >= target))),
                float(np.median(np.where(flown, values, 0.0))), float(np.mean(flown)))
    best = float(max(grid, key=score))      # the first of equal scores: the slowest
    return best, f"{_num(best * 3.6)} km/h, the best of {named}", indicated


#: Time units a flight-time finding is shown in: (SI seconds per unit, unit), by
#: :func:`dronecalc.claims.context.time_display` (minutes under two hours).
TIME_UNITS = {"minutes": (60.0, "min"), "hours": (3600.0, "h")}


def time_unit(fig: CaseFigure) -> tuple[float, str]:
    """The scale (s per unit) and unit a flight-time claim's finding is shown in, as on
    every vehicle kind (:func:`dronecalc.claims.context.time_display`): a claim in seconds or
    minutes in minutes, so that a three-minute hover is never answered in fractions of an
    hour; one in hours in minutes under two hours ("half an hour"), else in hours ("2.5 h").
    A claim with no readable unit: in hours."""
    value = fig.value
    ends = [e for e in (getattr(value, "low", None), getattr(value, "high", None))
            if e is not None]
    if not ends:
        return TIME_UNITS["hours"]
    try:                                # the multirotor's rule (issue 10): under 2 h in minutes
        return time_display(ends[0])
    except Exception:                   # not a pint quantity of time
        return TIME_UNITS["hours"]
