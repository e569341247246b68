"""Plots: each figure carries its elements (units on the axes, the claim, the band), saves to the
same bytes twice, and the core works without matplotlib (the optional 'plot' extra)."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import dronecalc
from dronecalc.claims import checks
from dronecalc.report import plots
from dronecalc.engine import uncertainty as unc
from dronecalc.errors import InputValueError, UnitError
from dronecalc.intake.units import Q_

pytest.importorskip("matplotlib")

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "examples" / "cases" / "green-zone-2021.toml"


@pytest.fixture(scope="module")
def case():
    return dronecalc.load_case(CASE)


@pytest.fixture(scope="module")
def mc(case):
    return unc.monte_carlo(checks.describe_case(case), 1000, 0)


@pytest.fixture(scope="module")
def machines(mc):
    return unc.vehicle(mc.values, True)


def legend_texts(ax) -> list[str]:
    legend = ax.get_legend()
    return [t.get_text() for t in legend.get_texts()] if legend else []


def test_power_curve_has_units_band_best_speeds_and_claim(case, machines):
    fig = plots.plot_power_curve(machines, claimed_speed="60-70 km/h", title=case.title,
                                 max_samples=300)
    (ax,) = fig.axes
    assert ax.get_xlabel() == "Airspeed [km/h]" and ax.get_ylabel() == "Electrical power [W]"
    texts = legend_texts(ax)
    assert any(t.startswith("p5-p95 across 300") for t in texts)          # the band
    assert "median power" in texts
    assert any(t.startswith("best-endurance speed") for t in texts)
    assert any(t.startswith("best-range speed") for t in texts)
    assert "claimed speed 60-70 km/h" in texts
    assert case.title in " ".join(fig._suptitle.get_text().split())   # wrapped, never cut
    band = [c for c in ax.collections if c.get_label().startswith("p5-p95")]
    assert len(band) == 1 and band[0].get_paths()


def test_power_curve_of_one_machine_has_no_band():
    one = dronecalc.Vehicle(rotors=4, rotor_diameter=0.5, empty_mass=4.0, battery_mass=2.0,
                            battery_energy=350 * 3600.0)
    fig = plots.plot_power_curve(one)
    assert not any(t.startswith("p5-p95") for t in legend_texts(fig.axes[0]))


def test_payload_curves_place_the_claims(machines):
    claims = [plots.ClaimPoint("F11 flight time", "endurance", "0 kg", "more than 120 min"),
              plots.ClaimPoint("F10 range", "range", Q_(3, "kg"), "40 km")]
    fig = plots.plot_payload_curves(machines, claims=claims, max_samples=100)
    endurance, distance = fig.axes
    assert endurance.get_xlabel() == distance.get_xlabel() == "Payload [kg]"
    assert endurance.get_ylabel() == "Maximum endurance [min]"
    assert distance.get_ylabel() == "Maximum range [km]"
    assert "F11 flight time: more than 120 min" in legend_texts(endurance)
    assert "F10 range: 40 km" in legend_texts(distance)
    assert any(t.startswith("p5-p95") for t in legend_texts(distance))
    marker = [l for l in distance.lines if l.get_label() == "F10 range: 40 km"][0]
    assert marker.get_xydata().tolist() == [[3.0, 40.0]]


def test_payload_claim_quantity_is_checked(machines):
    with pytest.raises(InputValueError):
        plots.plot_payload_curves(machines, claims=[plots.ClaimPoint("x", "speed", "0 kg",
                                                                     "3 km")])


def test_distribution_shows_claim_bound_and_percentiles(mc):
    samples = Q_(mc.performance(False)["max_endurance"], "s")
    fig = plots.plot_distribution(samples, claimed="more than 120 min", bound=Q_(2.3, "h"),
                                  label="maximum endurance", title="A case")
    (ax,) = fig.axes
    assert ax.get_xlabel() == "Maximum endurance [min]"
    assert ax.get_ylabel() == "Sampled machines [count]"
    texts = legend_texts(ax)
    assert "claimed more than 120 min" in texts
    assert "generous bound 138 min" in texts
    assert any(t.startswith("p5 ") and "/ p95" in t for t in texts)
    claim = [l for l in ax.lines if l.get_label() == "claimed more than 120 min"][0]
    assert claim.get_xdata()[0] == pytest.approx(120.0)
    assert ax.get_xlim()[1] > 138.0                          # the bound is on the plot


def test_distribution_needs_a_quantity_and_the_claim_a_matching_unit():
    with pytest.raises(InputValueError):
        plots.plot_distribution(np.array([1.0, 2.0]))
    with pytest.raises(UnitError):
        plots.plot_distribution(Q_(np.array([60.0, 70.0]), "min"), claimed=Q_(3, "kg"))


def test_sensitivity_rows_are_the_drivers(case):
    result = checks.check(case, samples=300, seed=0)
    finding = next(f for f in result.findings if f.check == "endurance")
    fig = plots.plot_sensitivity([("F11 endurance", finding.drivers, finding.claimed)])
    (ax,) = fig.axes
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert [l.split("\n")[0] for l in labels] == \
        [d.assumption.replace("_", " ") for d in finding.drivers]
    assert ax.get_xlabel() == "F11 endurance [min]"
    assert "claimed more than 120 minutes" in legend_texts(ax)
    fig_si = plots.plot_sensitivity(unc.sensitivity(
        checks.describe_case(case), unc.outcome("max_endurance", False))[:3])
    assert fig_si.axes[0].get_xlabel() == "Result [SI units]"
    with pytest.raises(InputValueError):
        plots.plot_sensitivity([])


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_saving_twice_gives_the_same_bytes(fmt, tmp_path):
    samples = Q_(np.linspace(20.0, 50.0, 200), "min")
    first, second = (plots.save(plots.plot_distribution(samples, claimed="40 min"),
                                tmp_path / f"{name}.{fmt}") for name in ("a", "b"))
    assert first.read_bytes() == second.read_bytes()
    assert b"Software" not in first.read_bytes() and b"Date" not in first.read_bytes()
    with pytest.raises(InputValueError):
        plots.save(plots.plot_distribution(samples), tmp_path / "x.gif")


def test_figures_can_be_saved_from_the_plot_call(tmp_path):
    path = tmp_path / "d.png"
    plots.plot_distribution(Q_(np.linspace(1.0, 2.0, 50), "km"), path=path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


BLOCKED = """
import sys
sys.modules["matplotlib"] = None            # as if the 'plot' extra were not installed
import numpy as np
import dronecalc
from dronecalc.claims import checks
from dronecalc.report import document
from dronecalc.report import plots
from dronecalc.errors import MissingDependencyError
from dronecalc.intake.units import Q_
try:
    plots.plot_distribution(Q_(np.ones(3), "min"))
except MissingDependencyError as exc:
    assert "pip install 'dronecalc[plot]'" in str(exc), exc
    print("plots raise")
result = checks.check(dronecalc.load_case(sys.argv[1]), samples=100, seed=0)
path = document.write_report(result, sys.argv[2])[0]
assert "Figures omitted: matplotlib is not installed" in open(path).read()
try:
    document.write_report(result, sys.argv[2], plots=True)
except MissingDependencyError as exc:
    print("report raises", "dronecalc[plot]" in str(exc))
"""


def test_core_works_and_plots_raise_a_clear_error_without_matplotlib(tmp_path):
    out = subprocess.run([sys.executable, "-c", BLOCKED, str(CASE), str(tmp_path / "r.md")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["plots raise", "report raises True"]
