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
from dronecalc.errors import InputValueError, UnitError
from dronecalc.intake.units import Q_

pytest.importorskip("matplotlib")

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT / "examples" / "cases" / "green-zone-2021.toml"


@pytest.fixture(scope="module")
def case():
    return dronecalc.load_case(CASE)


@pytest.fixture(scope="module")
def result(case):
    return checks.check(case, samples=1000, seed=0)


def legend_texts(fig) -> list[str]:
    """The texts of the figure's legend (it sits below the axes, outside every one)."""
    assert all(ax.get_legend() is None for ax in fig.axes)       # never over the data
    return [t.get_text() for legend in fig.legends for t in legend.get_texts()]


def test_kinematics_draws_the_claimed_speeds_and_the_claimed_point():
    fig = plots.plot_kinematics(speed="60-70 km/h", time="more than 120 min",
                                distance="40 km", implied_speed=20.0,
                                labels=("F3", "F11", "F10"), title="A case")
    (ax,) = fig.axes
    assert ax.get_xlabel() == "Time in the air [min]"
    assert ax.get_ylabel() == "Distance flown [km]"
    texts = legend_texts(fig)
    assert "claimed speed 60-70 km/h (F3)" in texts
    assert "claimed: 40 km (F10) in more than 120 min (F11)" in texts
    point = [l for l in ax.lines if l.get_label().startswith("claimed: ")][0]
    assert point.get_xydata().tolist() == [[120.0, 40.0]]
    notes = " ".join(t.get_text() for t in ax.texts)
    assert "= 120-140 km" in notes and "takes 34.3-40 min" in notes     # one formatter
    assert ax.get_ylim()[1] >= 140.0


def test_power_curve_draws_the_runs_band_best_speeds_and_claim(result, case):
    c = result.curves
    assert c.power.machines == result.run.kept                    # every kept machine
    fig = plots.plot_power_curve(c.power, best_endurance_speed=c.best_endurance_speed,
                                 best_range_speed=c.best_range_speed,
                                 claimed_speed="60-70 km/h", title=case.title)
    (ax,) = fig.axes
    assert ax.get_xlabel() == "Airspeed [km/h]"
    assert ax.get_ylabel() == "Electrical power drawn [W]"
    texts = legend_texts(fig)
    assert f"middle 90 % of {result.run.kept:,} simulated drones" in texts
    assert "median drone" in texts and "claimed speed 60-70 km/h" in texts
    assert any(t.startswith("speed for the longest range") for t in texts)
    assert ax.get_xlim()[1] < 1.5 * 70 and ax.get_xlim()[1] >= 70     # an axis that fits
    assert case.title in fig._dronecalc_title


def test_payload_curves_span_the_stated_payload_and_place_the_claims(result):
    c = result.curves
    assert c.endurance.x[-1] >= 1.5 * 3.0 - 1e-9                   # the case states 3 kg
    claims = [plots.ClaimPoint("F11 flight time", "endurance", "0 kg", "more than 120 min"),
              plots.ClaimPoint("F10 range", "range", Q_(3, "kg"), "40 km")]
    fig = plots.plot_payload_curves(c.endurance, c.range, claims=claims, stated_payload=3.0)
    endurance, distance = fig.axes
    assert endurance.get_xlabel() == distance.get_xlabel() == "Payload [kg]"
    assert endurance.get_xlim()[1] >= 4.5
    texts = legend_texts(fig)
    assert "F11 flight time: more than 120 min" in texts and "F10 range: 40 km" in texts
    assert f"middle 90 % of {c.endurance.machines:,} simulated drones" in texts
    marker = [l for l in distance.lines if l.get_label() == "F10 range: 40 km"][0]
    assert marker.get_xydata().tolist() == [[3.0, 40.0]]
    with pytest.raises(InputValueError):
        plots.plot_payload_curves(c.endurance, c.range,
                                  claims=[plots.ClaimPoint("x", "speed", "0 kg", "3 km")])


def test_distribution_shows_claim_bound_percentiles_and_thresholds(result):
    finding = next(f for f in result.findings if f.check == "endurance")
    samples = result.samples.values(finding)
    fig = plots.plot_distribution(samples, claimed="more than 120 min", bound=Q_(2.3, "h"),
                                  label="maximum endurance", title="A case")
    (ax,) = fig.axes
    assert ax.get_xlabel() == "Maximum endurance [min]"
    texts = legend_texts(fig)
    assert f"{samples.size:,} simulated drones" in texts          # the count the text uses
    assert "claimed more than 120 min" in texts
    assert "best case for the claim 138 min" in texts
    assert any(t.startswith("middle 90 %: ") for t in texts)
    assert ax.get_xlim()[1] > 138.0
    lift = next(f for f in result.findings if f.check == "lift")
    fig = plots.plot_distribution(result.samples.values(lift), unit="", thresholds=(1.5, 2.0),
                                  label="thrust-to-weight ratio")
    assert fig.axes[0].get_xlabel() == "Thrust-to-weight ratio"
    assert "threshold 1.5-2" in legend_texts(fig)


def test_distribution_needs_a_quantity_and_the_claim_a_matching_unit():
    with pytest.raises(InputValueError):
        plots.plot_distribution(np.array([1.0, 2.0]))
    with pytest.raises(UnitError):
        plots.plot_distribution(Q_(np.array([60.0, 70.0]), "min"), claimed=Q_(3, "kg"))


def test_sensitivity_rows_are_the_drivers_in_plain_names(result):
    from dronecalc.report.glossary import input_name
    finding = next(f for f in result.findings if f.check == "endurance")
    fig = plots.plot_sensitivity([("F11 endurance", finding.drivers, finding.claimed)])
    (ax,) = fig.axes
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert [" ".join(l.split("\n")[:-1]) for l in labels] == [input_name(d.assumption)
                                                                for d in finding.drivers]
    assert ax.get_xlabel() == "F11 endurance [min]"
    assert "the claim" in legend_texts(fig)
    with pytest.raises(InputValueError):
        plots.plot_sensitivity([])


def test_plots_compute_no_physics():
    import ast
    tree = ast.parse((ROOT / "dronecalc" / "report" / "plots.py").read_text())
    imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any("physics" in m or "engine" in m for m in imported), imported


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
assert "Pictures omitted: matplotlib is not installed" in open(path).read()
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


def test_a_distribution_of_one_repeated_value_is_one_bar_not_a_crash():
    """A capacity made from stated figures alone (MTOW - own mass) has no spread but rounding:
    numpy cannot cut a 1e-16 sliver into 50 bins (the Freefly Astro trial's report crashed)."""
    values = Q_(2.869 + np.array([0.0, 4.4e-16, 8.9e-16] * 100), "kg")
    fig = plots.plot_distribution(values, claimed=Q_(3.0, "kg"), label="maximum payload",
                                  unit="kg")
    (ax,) = fig.axes
    bars = [p for p in ax.patches if p.get_label().endswith("simulated drones")]
    assert len(bars) == 1
    low, high = ax.get_xlim()
    assert low < 2.869 < 3.0 < high
