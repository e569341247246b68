"""A multirotor's ceiling claim is judged against its hover ceiling (review 17 item 10), and a
case with no mass says which verdicts rest on the class prior's machine and why its payload
claim is not judged (item 11)."""
from __future__ import annotations

import numpy as np
import pytest

import dronecalc

HEAD = ('[case]\ntitle = "t"\nsource = "s"\nvehicle_kind = "multirotor"\n\n'
        '[figures.F0]\nfield = "rotors"\ntext = "4"\nrole = "input"\n\n')
MASS = '[figures.M]\nfield = "takeoff_mass"\ntext = "2 kg"\nrole = "input"\n\n'


def _claim(ident: str, text: str, field: str = "service_ceiling") -> str:
    return f'[figures.{ident}]\nfield = "{field}"\ntext = "{text}"\nrole = "claim"\n\n'


def _check(tmp_path, text: str, samples: int = 2000):
    path = tmp_path / "c.toml"
    path.write_text(text)
    return dronecalc.check(dronecalc.load_case(path), samples=samples, seed=0)


def test_hover_ceiling_physics():
    from dronecalc.physics.atmosphere import _air_density_to_20km
    from dronecalc.physics import hover_ceiling as hc
    h = np.array([0.0, 2500.0, 9000.0, 11000.0, 14000.0, 19500.0])
    assert np.allclose(hc.density_altitude(_air_density_to_20km(h)), h, atol=0.01)
    sigma = np.linspace(0.1, 1.0, 10)
    assert np.allclose(hc.thrust_lapse(sigma, 1.0), sigma)       # a stiff motor: T ~ rho
    soft = hc.thrust_lapse(sigma, 0.85)
    assert np.all(soft >= sigma - 1e-12) and np.all(np.diff(soft) > 0)
    r = np.array([1.2, 2.0, 3.0, 5.0])
    star = hc.ceiling_density_ratio(r, 0.85)
    assert np.allclose(r * hc.thrust_lapse(star, 0.85), 1.0)     # the closed form's root
    assert np.allclose(hc.ceiling_density_ratio(r, 1.0), 1 / r)
    ceilings = hc.hover_ceiling(r, 0.85)
    assert np.all(np.diff(ceilings) > 0)
    assert hc.hover_ceiling(0.9, 0.85) == 0.0                    # cannot hover at sea level
    # a T/W of 2 at a stiff motor: sigma 0.5, the ISA's 6,663 m
    assert hc.hover_ceiling(2.0, 1.0) == pytest.approx(6663, abs=2)


def test_multirotor_ceiling_claims_get_verdicts(tmp_path):
    result = _check(tmp_path, HEAD + MASS + _claim("C1", "3000 m") + _claim("C2", "19,500 m"))
    found = {f.claims[0]: f for f in result.findings if f.check == "ceiling"}
    assert set(found) == {"C1", "C2"} and not result.not_judged
    assert found["C1"].verdict == "consistent"
    assert found["C2"].verdict == "implausible"
    assert found["C2"].generous_bound.value < 19500


def test_ceiling_claim_in_feet_answered_in_feet(tmp_path):
    result = _check(tmp_path, HEAD + MASS + _claim("C1", "16,000 ft"))
    (finding,) = [f for f in result.findings if f.check == "ceiling"]
    assert finding.estimate.unit == "ft" and finding.verdict == "consistent"


def test_stated_kv_gives_the_ceiling_from_the_motors(tmp_path):
    kv = ('[figures.K]\nfield = "motor_kv"\ntext = "920 Kv"\nrole = "input"\n\n'
          '[figures.S]\nfield = "cell_count"\ntext = "4S"\nrole = "input"\n\n'
          '[figures.D]\nfield = "rotor_diameter"\ntext = "10 in"\nrole = "input"\n\n')
    plain = _check(tmp_path, HEAD + MASS + _claim("C1", "3000 m"))
    stated = _check(tmp_path, HEAD + MASS + kv + _claim("C1", "3000 m"))
    (a,) = [f for f in plain.findings if f.check == "ceiling"]
    (b,) = [f for f in stated.findings if f.check == "ceiling"]
    assert any("kv" in n.lower() and "ceiling" in n for n in b.notes)
    assert a.estimate.p50 != b.estimate.p50


def test_unsized_case_says_its_verdicts_are_on_the_class_prior(tmp_path):
    result = _check(tmp_path, HEAD + _claim("R", "10 km", "range")
                    + _claim("P", "1 kg", "max_payload") + _claim("C", "3000 m"))
    verdicts = [f for f in result.findings if f.check in ("range", "ceiling")]
    assert {f.check for f in verdicts} == {"range", "ceiling"}
    for f in verdicts:
        assert any("class prior's" in n and "take-off mass" in n for n in f.notes)
    (entry,) = [e for e in result.not_judged if e.claim == "P"]
    assert "ceiling" in entry.reason and "rotor size" in entry.reason
    sized = _check(tmp_path, HEAD + MASS + _claim("R", "10 km", "range"))
    assert not any("class prior's" in n for f in sized.findings for n in f.notes)
