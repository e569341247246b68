"""The claim-kind registry: one module per kind, registered once, looked up by name."""
from __future__ import annotations

from pathlib import Path

import pytest

from dronecalc.claims import registry
from dronecalc.errors import DroneCalcError

ROOT = Path(__file__).resolve().parents[1]


def test_every_kind_module_registers_and_runs_in_order():
    kinds = registry.load_kinds()
    names = [k.name for k in kinds]
    assert names[:8] == ["kinematics", "endurance", "range", "leg", "statement", "lift",
                         "motor", "radio"]
    assert [k.order for k in kinds] == sorted(k.order for k in kinds)


def test_a_kind_registered_twice_is_refused():
    kind = registry.lookup("endurance")
    with pytest.raises(ValueError, match="registered twice"):
        registry.register(kind)


def test_an_unknown_kind_names_the_known_ones():
    with pytest.raises(DroneCalcError, match="unknown claim kind") as exc:
        registry.lookup("teleport")
    assert "endurance" in str(exc.value) and "teleport" in str(exc.value)


def test_no_claims_module_is_over_700_lines():
    for path in (ROOT / "dronecalc" / "claims").rglob("*.py"):
        assert len(path.read_text().splitlines()) <= 700, path
