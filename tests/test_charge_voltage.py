"""A pack stated by its full-charge voltage ("6S 25.2V") is flown on its nominal voltage.

A lithium pack's energy is its charge times its nominal voltage (3.7 V per LiPo cell,
physics.battery.CHEMISTRIES); 25.2 V is 6 x 4.2 V, the top of LiPo's 3.0-4.2 V window, and
taken as the pack's voltage it adds 4.2 / 3.7 - 1 = 13.5 % to the energy (the RobSenseTech
i800's maker states '22000mAh 6S 25.2V'; review 11).
"""
import pytest

from dronecalc import check, load_case


def _case(tmp_path, volts, chemistry=None):
    figs = [("airframe", "quadcopter", "input"), ("takeoff_mass", "5.8 kg", "input"),
            ("battery_charge", "22000 mAh", "input"), ("battery_voltage", volts, "input"),
            ("cell_count", "6", "input"), ("flight_time", "30 min", "claim")]
    if chemistry:
        figs.append(("chemistry", chemistry, "input"))
    text = '[case]\ntitle = "t"\nsource = "s"\n\n' + "".join(
        f'[figures.F{i}]\nfield = "{f}"\ntext = "{t}"\nquote = "{t}"\nrole = "{r}"\n\n'
        for i, (f, t, r) in enumerate(figs, 1))
    path = tmp_path / "c.toml"
    path.write_text(text)
    return check(load_case(path))


def _by_kind(result):
    return {f.check: f for f in result.findings}


def test_full_charge_voltage_is_flown_at_nominal(tmp_path):
    charge = _by_kind(_case(tmp_path, "25.2 V"))
    nominal = _by_kind(_case(tmp_path, "22.2 V"))
    assert "full-charge" in charge["cross-check"].statement
    assert "22.2 V" in charge["cross-check"].statement
    # the same machine as one stated at its nominal 22.2 V: the same endurance band
    assert charge["endurance"].estimate.p50 == pytest.approx(nominal["endurance"].estimate.p50,
                                                             rel=1e-9)


def test_lihv_full_charge_uses_lihv_nominal(tmp_path):
    found = _by_kind(_case(tmp_path, "26.1 V", chemistry="LiHV"))["cross-check"].statement
    assert "4.35 V" in found and "22.8 V" in found


@pytest.mark.parametrize("volts", ["22.2 V", "23.1 V", "24 V"])
def test_nominal_voltages_stay_as_stated(tmp_path, volts):
    found = _by_kind(_case(tmp_path, volts))["cross-check"]
    assert "full-charge" not in found.statement
    assert "uses the stated voltage" in found.condition


def _wing(tmp_path, volts, airframe):
    figs = [("airframe", airframe, "input"), ("engine_type", "electric", "input"),
            ("takeoff_mass", "8 kg", "input"), ("battery_charge", "22000 mAh", "input"),
            ("battery_voltage", volts, "input"), ("cell_count", "6", "input"),
            ("flight_time", "70 min", "claim")]
    text = '[case]\ntitle = "t"\nsource = "s"\n\n' + "".join(
        f'[figures.F{i}]\nfield = "{f}"\ntext = "{t}"\nquote = "{t}"\nrole = "{r}"\n\n'
        for i, (f, t, r) in enumerate(figs, 1))
    path = tmp_path / f"{airframe.replace(' ', '_')}_{volts.replace(' ', '')}.toml"
    path.write_text(text)
    return _by_kind(check(load_case(path)))


@pytest.mark.parametrize("airframe", ["fixed-wing", "VTOL quadplane"])
def test_wings_fly_a_full_charge_pack_at_nominal_too(tmp_path, airframe):
    # review 12 (G1): the wing models read the case's own figures, not the cross-check's
    charge = _wing(tmp_path, "25.2 V", airframe)["endurance"].estimate.p50
    nominal = _wing(tmp_path, "22.2 V", airframe)["endurance"].estimate.p50
    assert charge == pytest.approx(nominal, rel=1e-9)


def test_lihv_charge_with_no_chemistry_is_flown_as_lihv(tmp_path):
    # review 12 (G3): 4.35 V per cell is LiHV's full charge; its nominal is 3.8 V, not 3.7
    found = _by_kind(_case(tmp_path, "26.1 V"))
    assert "3.8 V (LiHV's" in found["cross-check"].statement
    at_nominal = _by_kind(_case(tmp_path, "22.8 V"))["endurance"].estimate.p50   # 6 x 3.8 V
    assert found["endurance"].estimate.p50 == pytest.approx(at_nominal, rel=1e-9)


def test_a_stated_energy_is_what_is_flown(tmp_path):
    # review 12 (G2): with an energy stated the finding must not say the voltage is flown
    figs = [("airframe", "quadcopter", "input"), ("takeoff_mass", "5.8 kg", "input"),
            ("battery_charge", "22000 mAh", "input"), ("battery_voltage", "25.2 V", "input"),
            ("cell_count", "6", "input"), ("battery_energy", "488 Wh", "input"),
            ("flight_time", "30 min", "claim")]
    text = '[case]\ntitle = "t"\nsource = "s"\n\n' + "".join(
        f'[figures.F{i}]\nfield = "{f}"\ntext = "{t}"\nquote = "{t}"\nrole = "{r}"\n\n'
        for i, (f, t, r) in enumerate(figs, 1))
    path = tmp_path / "energy.toml"
    path.write_text(text)
    findings = [f for f in check(load_case(path)).findings if f.check == "cross-check"]
    statements = " ".join(f.statement for f in findings)
    assert "flies the stated energy" in statements
    assert any(f.verdict == "consistent" and "488" in f.statement for f in findings)
