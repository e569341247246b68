"""Review round 2, findings 3 and 4: a stated maximum take-off mass (MTOW) below the take-off
mass is a cross-check finding (never a claim's verdict), a stated MTOW bounds the capacity on
the Kv path too (capacity <= MTOW - take-off mass without payload, the maker's own full
load), and the payload note never asks for the MTOW it was given."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from dronecalc import check, load_case
from dronecalc.claims.context import Context
from dronecalc.claims.kinds.payload import capacity
from dronecalc.engine import uncertainty as unc

CASE = """
[case]
title = "mtow"
source = "tests"
[figures.F1]
field = "airframe"
text = "quadcopter"
role = "input"
[figures.F2]
field = "takeoff_mass"
text = "{takeoff}"
role = "input"
[figures.F3]
field = "max_takeoff_mass"
text = "{mtow}"
role = "input"
[figures.F4]
field = "max_payload"
text = "2 kg"
role = "claim"
{extra}
"""
KV = '[figures.F5]\nfield = "motor_kv"\ntext = "400 KV"\nrole = "input"\n'


def _check(tmp_path, takeoff="6 kg", mtow="4 kg", extra=""):
    path = tmp_path / "case.toml"
    path.write_text(CASE.format(takeoff=takeoff, mtow=mtow, extra=extra))
    return check(load_case(path), samples=2000, seed=0)


@pytest.mark.parametrize("extra", ["", KV])
def test_a_take_off_mass_above_the_mtow_is_a_cross_check_by_its_excess(tmp_path, extra):
    """6 kg take-off, 4 kg MTOW (review2 b_mtow2.toml / b_mtow.toml): 50 % over."""
    result = _check(tmp_path, extra=extra)
    cross = [f for f in result.findings if f.check == "cross-check" and "F3" in f.claims]
    assert len(cross) == 1 and cross[0].claims == ["F2", "F3"]
    assert cross[0].verdict == "implausible"
    assert "exceeds the stated maximum take-off mass" in cross[0].statement
    assert "by 50 %" in cross[0].statement
    payload = next(f for f in result.findings if f.check == "payload")
    assert payload.claims == ["F4"]              # the claim keeps its own verdict


def test_a_slight_excess_needs_checking_and_none_within(tmp_path):
    cross = [f for f in _check(tmp_path, "4.2 kg", "4 kg").findings
             if f.check == "cross-check" and "F3" in f.claims]
    assert [f.verdict for f in cross] == ["needs-checking"]
    assert not [f for f in _check(tmp_path, "4 kg", "6 kg").findings
                if f.check == "cross-check" and "F3" in f.claims]


def test_with_a_kv_the_stated_mtow_bounds_the_capacity(tmp_path):
    """b_mtow.toml: with 400 Kv the 4 kg MTOW was ignored (median 27.3 kg on a 6 kg quad);
    with an MTOW of 8 kg the capacity is at most 8 - 6 = 2 kg (no payload stated)."""
    found = next(f for f in _check(tmp_path, "6 kg", "8 kg", KV).findings
                 if f.check == "payload")
    assert found.estimate.p95 <= 2.0 + 1e-9 and found.generous_bound.value <= 2.0 + 1e-9
    assert any("maximum take-off mass of 8 kg" in n for n in found.notes)


@pytest.fixture(scope="module")
def kv_values(tmp_path_factory):
    path = tmp_path_factory.mktemp("kv") / "case.toml"
    path.write_text(CASE.format(takeoff="3-9 kg", mtow="10 kg", extra=KV))
    return Context.build(load_case(path), 400, 3).drawn_except("thrust")


@settings(max_examples=30, deadline=None)
@given(st.floats(0.5, 150.0))
def test_a_stated_mtow_never_raises_the_kv_capacity_above_mtow_less_own_mass(kv_values, mtow):
    take = unc.vehicle(kv_values, True)
    dry = np.asarray(take.empty_mass + take.battery_mass)
    loaded = dry + take.payload_mass
    capped = capacity(kv_values, max_takeoff=mtow)
    assert np.all(capped <= capacity(kv_values) + 1e-9)
    # the maker's full load, never below the mass the case flies (as without a Kv)
    assert np.all(capped <= np.maximum(mtow, loaded) - dry + 1e-9)


def test_the_note_asks_only_for_what_is_missing_and_the_overturn_has_no_double_space(
        tmp_path):
    """b_mtow2.toml: the note asked for "a stated maximum take-off mass" it was given, and the
    overturn began with two spaces (an empty first part)."""
    for result in (_check(tmp_path), _check(tmp_path, "6 kg", "8 kg")):
        found = next(f for f in result.findings if f.check == "payload")
        assert not any("A stated maximum take-off mass" in n for n in found.notes)
        assert "  " not in found.overturn and found.overturn == found.overturn.strip()
