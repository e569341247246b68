"""Airframe classes from stated words and the nested leave-one-out choice of a class covariate
(priors.fixed_wing_class)."""
import pytest

from dronecalc.priors import fixed_wing as fwp
from dronecalc.priors import fixed_wing_class as fwc


@pytest.mark.parametrize("role, kind, warhead, expected", [
    ("tube-launched loitering munition", "fixed-wing-electric", False, "munition"),
    ("one-way attack, delta wing", "fixed-wing-piston", False, "munition"),
    ("hand-launched reconnaissance", "fixed-wing-electric", True, "munition"),   # a warhead
    ("VTOL quadplane (mapping / surveillance)", "fixed-wing", False, "vtol"),
    ("electric VTOL mapping and surveillance", "vtol-quadplane", False, "vtol"),
    ("mapping", "vtol-quadplane", False, "vtol"),                                # by its kind
    ("hand-launched reconnaissance", "fixed-wing-electric", False, "conventional"),
    ("", "fixed-wing-electric", False, "conventional"),
])
def test_class_from_stated_words(role, kind, warhead, expected):
    assert fwc.airframe_class(role, kind, warhead) == expected


def test_class_never_from_the_name():
    row = {"name": "Switchblade 300 loitering munition", "role": "reconnaissance",
           "kind": "fixed-wing-electric"}
    assert fwc.row_class(row) == "conventional"


def test_every_data_row_has_a_class():
    assert {fwc.row_class(r) for r in fwp.load_fixed_wing()} <= set(fwc.CLASSES)


def test_nested_choice_finds_a_real_class_effect_and_refuses_noise():
    split = [(f"a{i}", "munition", 2.0 + 0.01 * i) for i in range(4)] \
        + [(f"b{i}", "conventional", 0.0 - 0.01 * i) for i in range(4)]
    res = fwc.nested_choice(split)
    assert res["chosen"] == "by class"
    assert res["rms"] < 0.1
    assert all(pick == "by class" for *_, pick, _ in res["outer"])
    # the same values in both classes: a split only adds noise, and the pooled relation wins
    same = [(f"a{i}", cls, y) for i, (cls, y) in enumerate(
        (c, v) for c in ("munition", "conventional") for v in (0.0, 0.3, 0.6, 0.9, 1.2))]
    res = fwc.nested_choice(same)
    assert res["chosen"] == "pooled"
    assert res["inner"]["pooled"] < res["inner"]["by class"]
