"""Review 16: every leg drew its distance, speed and payload from one stream, so a mission's two
legs of the same stated range ("2-12 km" out, "2-12 km" back) had identical draws in every
sample, and the mission's band was too wide. Each distance now has its own stream."""
from __future__ import annotations

from pathlib import Path

import numpy as np

import dronecalc
from dronecalc.claims.kinds import leg
from dronecalc.claims.context import Context

CASE = Path(__file__).resolve().parent / "fixtures" / "cases" / "review16" / \
    "mission-two-ranges.toml"


def test_two_legs_of_the_same_range_draw_apart():
    case = dronecalc.load_case(CASE)
    result = dronecalc.check(case, samples=4000, seed=0)
    ctx = result.samples.context if hasattr(result.samples, "context") else None
    if ctx is None:        # rebuild the legs from the run's own inputs and machines
        ctx = Context(case, result.samples.inputs, result.samples.monte_carlo, 0)
    (d1, s1), (d2, s2) = leg.leg_pairs(ctx)
    a = leg.evaluate_leg(ctx, d1, s1).values["leg_distance"]
    b = leg.evaluate_leg(ctx, d2, s2).values["leg_distance"]
    assert a.shape == b.shape and not np.allclose(a, b)
    assert abs(np.corrcoef(a, b)[0, 1]) < 0.1          # independent, not the same draws
