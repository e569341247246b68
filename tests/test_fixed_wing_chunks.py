"""The fixed-wing chain on chunks (and a forked second process) gives every sample the very
result one call on all the arrays gives (engine.fixed_wing.performance vs physics_of)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dronecalc.claims.fixed_wing import describe_case
from dronecalc.engine import fixed_wing as eng
from dronecalc.intake.case import load_case
from dronecalc.physics import workers

CASES = Path(__file__).resolve().parents[1] / "examples" / "cases"


@pytest.mark.parametrize("name", ["shahed-136", "deltaquad", "cas-dual-wing-vtol"])
@pytest.mark.parametrize("fork", [False, True])
def test_chunks_and_fork_change_no_sample(name, fork, monkeypatch):
    case = load_case(CASES / f"{name}.toml")
    v = eng.sample(describe_case(case), 5_017, 3)
    monkeypatch.setattr(eng, "CHUNK", 1_000)
    monkeypatch.setattr(workers, "FORK_MIN", 1_000 if fork else 10 ** 12)
    speed = np.linspace(30.0, 60.0, 5_017)                  # a per-sample cruise speed too
    for cruise in (None, 45.0, speed):
        whole = eng.physics_of(v, case.kind, cruise)
        chunked = eng.performance(v, case.kind, cruise)
        assert chunked.keys() == whole.keys()
        for key in whole:
            assert np.shape(chunked[key]) == (5_017,)
            np.testing.assert_array_equal(chunked[key], whole[key], err_msg=key)
