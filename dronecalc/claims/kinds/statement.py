"""A feasible/infeasible assertion about a stated leg ("could not fly F4 at F3")."""
from __future__ import annotations

import numpy as np

from ...engine import uncertainty as unc
from ...intake.case import CaseFigure
from ...wording import num
from ..context import Context, prior_notes
from ..explain import effects, overturn_for
from ..phrases import band, share
from ..registry import ClaimKind, register
from ..results import Claimed, Finding
from ..values import is_void
from ..verdict import judge
from .leg import Leg, evaluate_leg, finite_value


def leg_of(ctx: Context, fig: CaseFigure) -> tuple[CaseFigure | None, CaseFigure | None]:
    """The distance and speed figures a statement refers to (None where it names none)."""
    refs = [ctx.case.figures[r] for r in fig.refers]
    dist = next((f for f in refs if f.field == "distance"), None)
    speed = next((f for f in refs if f.field == "speed"), None)
    return dist, speed


def evaluate(ctx: Context) -> list[Finding]:
    """Every statement claim that refers to a leg, or to several legs flown on one charge
    (:mod:`dronecalc.claims.mission`); others are left to the "not judged" list."""
    from ..mission import fly_mission, mission_legs
    out = []
    for fig in ctx.claims("statement"):
        dists = [r for r in fig.refers if ctx.case.figures[r].field == "distance"]
        if len(dists) > 1:
            legs = mission_legs(ctx, fig)
            if legs is not None and not any(is_void(leg.dist) for leg in legs):
                out.append(_statement_finding(ctx, fig, fly_mission(ctx, legs)))
            continue
        dist, speed = leg_of(ctx, fig)
        if dist is not None and speed is not None and not is_void(dist):
            out.append(_statement_finding(ctx, fig, evaluate_leg(ctx, dist, speed)))
    return out


def _statement_finding(ctx: Context, fig: CaseFigure, leg: Leg) -> Finding:
    """A feasible/infeasible assertion about a leg (or a mission of legs, which reads the
    same); "infeasible" holds where reserve < 0."""
    infeasible = fig.asserts == "infeasible"
    objective = leg.objective()
    worst = ctx.mc.best(leg.reserve, maximize=not infeasible)
    bound = unc.generous_bound(leg.inputs, objective, not infeasible,
                               [{**worst, **leg.point(worst)}], drivers=leg.sensitivity())
    holds = leg.reserve < 0 if infeasible else leg.reserve >= 0
    p = unc.probability(holds)
    reaches = bound.value < 0 if infeasible else bound.value >= 0
    verdict = judge(p, reaches)
    est, energy_left = leg.band()
    found = effects(leg.sensitivity(), 0.01, "%")
    which = "least capable" if infeasible else "most capable"
    left = (f"keeps {num(100 * bound.value)} %" if bound.value >= 0 else
            f"would fall {num(-100 * bound.value)} % short" if np.isfinite(bound.value) else
            "cannot fly it at all")
    energy = (f"with {band(est)} of the usable energy left" if np.isfinite(leg.reserve).all()
              else f"as the leg{'' if isinstance(leg, Leg) else 's'} {energy_left}")
    one = isinstance(leg, Leg)
    what = ("the leg is" if one else
            f"the {len(leg.legs)} legs ({', then '.join(x.dist.id for x in leg.legs)}) "
            "flown one after the other on one charge are")
    most = p >= 0.5         # the claim holds for most: "and"; else "but" ... "only"
    statement = (f"{fig.id} asserts {what} {fig.asserts} ({fig.text!r}), "
                 f"{'and' if most else 'but'} {share(1 - p if infeasible else p, ctx.mc.size)} "
                 f"fly {'it' if one else 'them all'}, {energy}; {'' if most else 'only '}"
                 f"the {which} combination of assumptions {left}.")
    return ctx.keep(Finding([fig.id] + [r for r in fig.refers], "statement", verdict,
                            statement, Claimed(fig.text, None, 0.0 if infeasible else None,
                                               "%", "at-most" if infeasible else "at-least"),
                            est, finite_value(100 * bound.value, "%"), p, found,
                            overturn_for(leg.inputs, objective, bound, 0.0, found, verdict,
                                         not infeasible),
                            leg.condition, prior_notes(ctx), with_payload=leg.with_payload),
                    leg.reserve, 0.01)


KIND = register(ClaimKind(
    "statement", ("statement",),
    "refers = [...] naming a distance figure and a speed figure (the leg it is about), or "
    "2-6 distance figures, each with its speed (legs flown one after the other on one "
    "charge)",
    evaluate, 40))
