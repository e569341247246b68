"""A fixed wing's ``payload`` check (:mod:`dronecalc.claims.fixed_wing`): a payload or
warhead claim against the payload fractions of the real aircraft of ``data/fixed_wing.toml``
at the sampled take-off masses (a fleet comparison, not physics: it says how unusual the
claim is; makers' payloads are their maxima).

Split out of :mod:`dronecalc.claims.fixed_wing` (issue #13, vtolspeed) to keep it within the
700-line cap; ``fixed_wing`` re-exports :func:`_payload`.
"""
from __future__ import annotations

import math

import numpy as np

from ..engine import fixed_wing as eng
from ..intake.case import CaseFigure
from ..priors import fixed_wing as fwp
from ..wording import num as _num, percent as _percent
from . import fixed_wing_fuel as fwu, fixed_wing_overturn as fwo
from .context import claimed as _claimed, own_unit, threshold as _threshold
from .phrases import band as _band
from .results import Finding, Value
from .verdict import judge


def _payload(run: _Run, fig: CaseFigure) -> Finding:
    """A payload/warhead claim against the fleet's payload fraction at that take-off mass."""
    law = fwp.fitted_relations()["payload_fraction"]
    m = run.mc.values["takeoff_mass"]
    claimed_kg = _threshold(fig, "kg")
    z = np.random.default_rng([run.seed, 7]).standard_normal(m.size)
    fleet, bound, room = fwu.payload_room(run, law(m) * np.exp(z * law.sigma_ln) * m,
                                          float(np.max(law(m, 2.326) * m)))   # p99; fuel's room
    p = float(np.mean(fleet >= claimed_kg))
    verdict = judge(p, bound >= claimed_kg)
    scale, unit = own_unit(fig, "kg", (1.0, "kg"))       # "10 lb": answered in lb (ux7)
    est = eng.estimate(fleet, scale, unit)
    statement = (f"A payload of {fig.text} ({fig.id}) compared with the payload fractions of "
                 f"{law.n} real aircraft of data/fixed_wing.toml ({_num(law.x_range[0])}-"
                 f"{_num(law.x_range[1])} kg): at this take-off mass they carry {_band(est)}; "
                 f"{_percent(p)} of draws carry at least the claim. A fleet comparison, not "
                 "physics: it says how unusual the claim is.")
    return run.keep(Finding([fig.id], "payload", verdict, statement, _claimed(fig, unit), est,
                            Value(bound / scale, unit), p, [],
                            fwo.fleet(fleet / scale, bound / scale, verdict, unit),
                            "fleet comparison",
                            [f"The fleet's payload share of the take-off mass m [kg] is "
                             f"fitted as {law.coefficient:.3g} x m^{law.exponent:.3g}, "
                             f"scattered by a factor of {math.exp(law.sigma_ln):.2f} for one "
                             "standard deviation."] + room,
                            with_payload=None), fleet, scale)

