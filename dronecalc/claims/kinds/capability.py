"""Endurance and range claims against the Monte Carlo and the generous bound."""
from __future__ import annotations

from ...engine import uncertainty as unc
from ...intake.case import CaseFigure
from ...wording import num
from ..context import Context, alternative_note, claimed, condition, prior_notes, scaler, \
    threshold
from ..explain import effects, overturn_for
from ..phrases import band, share
from ..registry import ClaimKind, register
from ..results import Finding, Value
from ..verdict import assess

#: Capability claims: field -> (performance key, SI unit, display scale, display unit, noun,
#: check name).
CAPABILITIES = {
    "flight_time": ("max_endurance", "s", 60.0, "min", "flight time", "endurance"),
    "range": ("max_range", "m", 1000.0, "km", "range", "range"),
}


def capability(ctx: Context, fig: CaseFigure) -> Finding:
    """An endurance or range claim against the Monte Carlo and the generous bound."""
    key, si_unit, scale, unit, noun, check = CAPABILITIES[fig.field]
    with_payload, cond = condition(ctx, fig)
    target = threshold(fig, si_unit)
    values = ctx.mc.performance(with_payload)[key]
    exact, quick = unc.outcome(key, with_payload), unc.quick_outcome(key, with_payload)
    swings = unc.sensitivity(ctx.inputs, quick)
    bound = unc.generous_bound(ctx.inputs, exact, True, [ctx.mc.best(values)], search=quick,
                               drivers=swings)
    p, verdict = assess(values, bound.value, target)
    est = unc.percentiles(values, scaler(scale), unit)
    found = effects(swings, scale, unit)
    statement = sentence(fig, noun, est, p, ctx.mc.size, bound.value / scale,
                         target / scale, verdict, cond)
    return ctx.keep(Finding(
        [fig.id], check, verdict, statement,
        claimed(fig, unit), est, Value(bound.value / scale, unit), p, found,
        overturn_for(ctx.inputs, quick, bound, target, found, verdict, True), cond,
        alternative_note(fig, values, bound.value, si_unit, scale, unit) + prior_notes(ctx),
        with_payload=with_payload), values, scale)


def sentence(fig: CaseFigure, noun: str, est: unc.Estimate, p: float, kept: int,
             bound: float, target: float, verdict: str, cond: str) -> str:
    """The finding's statement for a capability claim."""
    claim = f"A {noun} of {fig.text} ({fig.id})"
    model = f"the model gives {band(est)} {cond.split(':')[0]}"
    generous = f"{num(bound)} {est.unit}"
    if verdict == "implausible" and bound < target:
        return (f"{claim} is out of reach: {model}, and even the most generous assumptions "
                f"give at most {generous}.")
    if verdict == "implausible":
        return (f"{claim} is out of reach: {model}; {share(p, kept)} reach it, and only "
                f"every assumption at its favourable end at once does ({generous}).")
    if verdict == "needs-checking":
        return (f"{claim} is possible only near the edge of the assumptions: {model}; "
                f"{share(p, kept)} reach it (at most {generous}).")
    return f"{claim} is within reach: {model}; {share(p, kept)} reach it."


def _endurance(ctx: Context) -> list[Finding]:
    return [capability(ctx, fig) for fig in ctx.claims("flight_time")]


def _range(ctx: Context) -> list[Finding]:
    return [capability(ctx, fig) for fig in ctx.claims("range")]


ENDURANCE = register(ClaimKind("endurance", ("flight_time",),
                               "a battery or mass figure (always judged)", _endurance, 20))
RANGE = register(ClaimKind("range", ("range",), "a battery or mass figure (always judged)",
                           _range, 21))
