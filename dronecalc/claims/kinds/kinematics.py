"""Range, flight time and speed claims that cannot describe one flight (no physics)."""
from __future__ import annotations

from ...engine import uncertainty as unc
from ...intake.case import CaseFigure
from ...intake.vague import typical_words
from ...wording import num, percent, span
from ..context import Context, claimed, ends, own_unit, scaler, stated, threshold
from ..crosscheck import _conditions as conditions, agreement
from ..phrases import band
from ..registry import ClaimKind, register
from ..results import Finding, Value
from ..verdict import judge


def evaluate(ctx: Context) -> list[Finding]:
    """Every (range claim, flight-time claim) pair that can describe one flight, against the
    case's first speed figure.

    A pair describes one flight only like with like (:func:`one_flight`): a hover time
    covers no distance, a claim stated at its own ``at_speed`` is flown at that speed and not
    at the speed figure, and a range and a time with different conditions (payload, reserve,
    altitude, headwind) are different flights.
    """
    ranges, times = ctx.claims("range"), ctx.claims("flight_time")
    speeds = ctx.figures("speed")
    if not (ranges and times and speeds):
        return []
    return [_kinematic(ctx, r, t, speeds[0]) for r in ranges for t in times
            if one_flight(r, t)]


def one_flight(rng_fig: CaseFigure, time_fig: CaseFigure) -> bool:
    """Whether a range claim and a flight-time claim can be one flight at the speed figure:
    not a hover time, neither at its own ``at_speed``, the same conditions (a
    ``with_payload`` one of them leaves unsaid may be either)."""
    if time_fig.mode == "hover" or rng_fig.at_speed is not None \
            or time_fig.at_speed is not None:
        return False
    (load_a, with_a, *rest_a), (load_b, with_b, *rest_b) = (conditions(rng_fig),
                                                            conditions(time_fig))
    return (load_a == load_b and rest_a == rest_b
            and (with_a is None or with_b is None or with_a == with_b))


def _kinematic(ctx: Context, rng_fig: CaseFigure, time_fig: CaseFigure,
               speed_fig: CaseFigure) -> Finding:
    gen = ctx.rng(1)
    r_low, r_high = ends(rng_fig, "m")
    t_low, t_high = threshold(time_fig, "s"), ends(time_fig, "s")[1]
    v_low, v_high = ends(speed_fig, "m/s")
    n = ctx.mc.size
    average = gen.uniform(r_low, r_high, n) / gen.uniform(t_low, max(t_low, t_high), n)
    speed = gen.uniform(v_low, v_high, n)
    best = r_high / t_low
    units = _units(rng_fig, speed_fig)
    vs, vu, vf, ls, lu = units
    flight = (f"A range of {rng_fig.text} ({rng_fig.id}) flown in {time_fig.text} "
              f"({time_fig.id}) averages at most {num(best * vf)} {vu}")    # "A up to 40 km
    # range" read wrongly (review 6): the figure's own words after "of" read for any text
    est = unc.percentiles(average, scaler(vs), vu)
    reason = _open_reason(rng_fig, time_fig, speed_fig, units)
    if reason is not None:
        return _open_finding(rng_fig, time_fig, speed_fig, reason, units)
    if stated(speed_fig).kind == "at-most":
        return _within_top_speed(ctx, rng_fig, time_fig, speed_fig, average, flight, est,
                                 units)
    p = unc.probability(speed <= average)
    verdict = judge(p, best >= v_low)
    verdict, rounding = _rounded(verdict, max(v_low * t_low - r_high, 0.0) / r_high
                                 if r_high > 0 else 0.0, rng_fig, time_fig)
    if verdict == "consistent":
        statement = (f"{flight}, which the {speed_fig.text} of {speed_fig.id} does not exceed "
                     f"in {percent(p)} of the sampled combinations" + (rounding or "")
                     + ": the three figures can describe one flight.")
        overturn = ("A speed held above the implied average for the whole flight would "
                    "overturn it.")
    else:
        covered = span(v_low * t_low / ls, v_high * t_low / ls)
        statement = (f"{flight}, against the {speed_fig.text} of {speed_fig.id}: at that speed "
                     f"{_duration(time_fig, t_low)} would cover {covered} {lu}, and "
                     f"{num(r_high / ls)} {lu} would take "
                     f"{span(r_high / v_high / 60, r_high / v_low / 60)} min"
                     + (rounding or "") + ".")
        overturn = ("The three figures would have to describe different flights, e.g. the "
                    f"{time_fig.text} spent mostly hovering or loitering below "
                    f"{num(best * vf)} {vu}, which the source does not say.")
    return ctx.keep(Finding([rng_fig.id, time_fig.id, speed_fig.id], "kinematics", verdict,
                            statement, claimed(speed_fig, vu), est,
                            Value(best * vf, vu), p, [], overturn,
                            "claims compared with each other; no physics",
                            _endurance_speed_note(ctx, t_low, units, time_fig)), average, vs)


def _rounded(verdict: str, mismatch: float, *figures: CaseFigure) -> tuple[str, str | None]:
    """An approximate range or time ("about 3 minutes") is judged to its rounding: the
    verdict is at most as severe as the cross-checks' stated convention gives for the
    relative ``mismatch`` of the figures (:data:`dronecalc.claims.crosscheck.TOLERANCE`,
    within 10 % they agree, beyond 25 % they cannot), with the words saying so; exact
    figures keep ``verdict`` (None for the words)."""
    hedged = [f for f in figures if stated(f).approximate]
    if not hedged or verdict == "consistent":
        return verdict, None
    order = ("consistent", "needs-checking", "implausible")
    rounded = min(verdict, agreement(mismatch)[0], key=order.index)
    return rounded, (f"; {hedged[0].text} ({hedged[0].id}) is approximate, and the figures "
                     f"are {percent(mismatch)} apart (within 10 % they agree to its rounding, "
                     "beyond 25 % they cannot)")


def _open_reason(rng_fig: CaseFigure, time_fig: CaseFigure, speed_fig: CaseFigure,
                 units: tuple) -> str | None:
    """Why the three figures cannot disagree, or None when they are judged as one flight.

    With a maximum speed the range's flight needs R / T <= V_top: a range stated as a bound
    ("up to 10 km") may be flown shorter, a time stated as a lower bound longer, and a
    typical or average time ("deliveries take on average 3 minutes",
    :func:`~dronecalc.intake.vague.typical_words`) is no one flight's time, so none of them
    can contradict it. With a speed held, V x T <= R (the range a maximum): a range stated
    as a lower bound may be longer, and a time stated as an upper bound shorter. A bound on
    the other side ("up to 10 km" against V x T, "more than 30 min" against R / T) is
    judged at its end, as before (:func:`_kinematic`)."""
    _, _, _, ls, lu = units
    rng, time = stated(rng_fig), stated(time_fig)
    t_high = ends(time_fig, "s")[1]
    if stated(speed_fig).kind == "at-most":
        covers = f"{num(ends(speed_fig, 'm/s')[1] * t_high / ls)} {lu}"
        if rng.kind == "at-most":
            return (f"the range is a bound, so a flight may be shorter: in {time_fig.text} the "
                    f"{speed_fig.text} covers at most {covers}, a flight within the bound")
        if time.kind == "at-least":
            return ("the time is a lower bound, so a flight may take longer and cover the "
                    "range at a lower average")
        words = typical_words(time_fig.text, time_fig.quote, time_fig.note)
        if words is not None:
            return (f"the time is a typical or average one ('{words}'), no one flight's: a "
                    "flight of the whole range may take longer, and in that time the "
                    f"{speed_fig.text} covers at most {covers}, a flight shorter than the range")
        return None
    covers = f"{num(ends(speed_fig, 'm/s')[0] * threshold(time_fig, 's') / ls)} {lu}"
    if rng.kind == "at-least":
        return (f"the range is a lower bound, so it may be longer than the {covers} the "
                f"{speed_fig.text} covers in {time_fig.text}")
    if time.kind == "at-most":
        return ("the time is an upper bound, so a shorter flight at that speed covers no "
                "more than the range")
    return None


def _open_finding(rng_fig: CaseFigure, time_fig: CaseFigure, speed_fig: CaseFigure,
                  reason: str, units: tuple) -> Finding:
    """The consistent finding of three figures that a bound or an average keeps from
    describing one exact flight (:func:`_open_reason`): no estimate, no probability."""
    statement = (f"A range of {rng_fig.text} ({rng_fig.id}) flown in {time_fig.text} "
                 f"({time_fig.id}) with the {speed_fig.text} of {speed_fig.id} is no one exact "
                 f"flight: {reason}. A bound or an average cannot contradict a speed x time "
                 "that fits within it, so the three figures can describe one flight.")
    return Finding([rng_fig.id, time_fig.id, speed_fig.id], "kinematics", "consistent",
                   statement, claimed(speed_fig, units[1]), None, None, None, [],
                   "One flight's exact distance and time (no bound, no average) could "
                   "disagree with the speed.", "claims compared with each other; no physics",
                   [])


def _duration(time_fig: CaseFigure, seconds: float) -> str:
    """A time in the flight-time claim's own unit: "120 min", or "2 h" for a claim in hours."""
    scale, unit = own_unit(time_fig, "s", (60.0, "min"))
    return f"{num(seconds / 60)} min" if unit == "min" else f"{num(seconds / scale)} {unit}"


def _units(rng_fig: CaseFigure, speed_fig: CaseFigure) -> tuple:
    """(SI per speed unit, speed unit, the factor from m/s, SI per length unit, length unit):
    the speed claim's and the range claim's own units (a "40 mph" against "12 miles" is
    answered in mph and miles, ux6), else km/h and km (3.6 kept as the factor from m/s, so a
    case in km/h reads as it always has)."""
    vs, vu = own_unit(speed_fig, "m/s", (1 / 3.6, "km/h"))
    ls, lu = own_unit(rng_fig, "m", (1000.0, "km"))
    return vs, vu, 3.6 if vu == "km/h" else 1 / vs, ls, lu


def _within_top_speed(ctx, rng_fig, time_fig, speed_fig, average, flight, est,
                      units) -> Finding:
    """An "up to" speed ("flying at up to 65 km/h") is a maximum, not the speed held: the
    figures describe one flight when the average they imply does not exceed it."""
    vs, vu, vf, ls, lu = units
    top = ends(speed_fig, "m/s")[1]
    slowest = ends(rng_fig, "m")[0] / ends(time_fig, "s")[1]   # the least average they allow
    p = unc.probability(average <= top)
    verdict = judge(p, slowest <= top)
    low_range = ends(rng_fig, "m")[0]
    gap = max(low_range - top * ends(time_fig, "s")[1], 0.0)
    verdict, rounding = _rounded(verdict, gap / low_range if low_range > 0 else 0.0,
                                 rng_fig, time_fig)
    if verdict == "consistent":
        statement = (f"{flight}, within the {speed_fig.text} of {speed_fig.id} (a maximum) in "
                     f"{percent(p)} of the sampled combinations" + (rounding or "")
                     + ": the three figures can describe one flight.")
        overturn = "An average above the stated maximum speed would overturn it."
    else:
        statement = (f"{flight}, above the {speed_fig.text} of {speed_fig.id}: at that "
                     f"maximum {time_fig.text} cover at most "
                     f"{num(top * ends(time_fig, 's')[1] / ls)} {lu}" + (rounding or "") + ".")
        overturn = ("The figures would have to describe different flights, or the maximum "
                    "speed be higher than stated.")
    return ctx.keep(Finding([rng_fig.id, time_fig.id, speed_fig.id], "kinematics", verdict,
                            statement, claimed(speed_fig, vu), est,
                            Value(slowest * vf, vu), p, [], overturn,
                            "claims compared with each other; no physics", []), average, vs)


def _endurance_speed_note(ctx: Context, t_low: float, units: tuple,
                          time_fig: CaseFigure) -> list[str]:
    """The model's own best-endurance speed and the distance it implies in ``t_low``, in
    the claims' own units."""
    vs, vu, _, ls, lu = units
    speed = ctx.mc.performance(False)["best_endurance_speed"]
    est = unc.percentiles(speed, scaler(vs), vu)
    covers = (est.p5 * t_low / 3600 if (vu, lu) == ("km/h", "km")
              else est.p5 * vs * t_low / ls)
    return [f"The model's own best-endurance speed is {band(est)} without payload: "
            f"{_duration(time_fig, t_low)} aloft at even its p5 covers {num(covers)} {lu}."]


KIND = register(ClaimKind(
    "kinematics", ("range", "flight_time", "speed"),
    "a range claim, a flight-time claim and a speed figure together", evaluate, 10))
