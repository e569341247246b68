"""The jet data set (data/fixed_wing_jet.toml) and the priors fitted on it (issue #13)."""
import math

import pytest

from dronecalc.errors import DroneCalcError
from dronecalc.priors import fixed_wing_jet as fwj


def test_every_row_is_sourced_and_the_set_is_as_documented():
    data = fwj.load_jet()
    jets = [r for r in data["aircraft"] if r["kind"] == "fixed-wing-jet"]
    assert len(jets) >= 6 and len(data["engines"]) >= 5
    for row in data["engines"] + data["aircraft"]:
        figures = [v for v in row.values() if isinstance(v, fwj.fwp.DataFigure)]
        assert figures, row["name"]
        assert all(f.source.startswith("http") and f.basis in fwj.fwp.BASES for f in figures)


def test_tsfc_of_the_rows_is_what_their_sources_state():
    engines = {e["name"]: e for e in fwj.load_jet()["engines"]}
    # TJ100: "< 128 kg/hr" at "100 daN"; TJ42: 66.4 kg/h at 42 kgf; Palas 0.117 kg/(N h)
    assert fwj.static_tsfc(engines["PBS TJ100"]) == pytest.approx(0.128)
    assert fwj.static_tsfc(engines["M&D Flugzeugbau TJ42"]) == pytest.approx(
        66.4 / (42 * 9.80665))
    assert fwj.static_tsfc(engines["Turbomeca Palas"]) == pytest.approx(0.117)
    # AMT Olympus: "640 g/min @230 N"
    assert fwj.static_tsfc(engines["AMT Olympus"]) == pytest.approx(0.640 * 60 / 230)
    # 0.47 lb/(lbf h) is the same number in kg/(kgf h): 0.47 / 9.80665 kg/(N h)
    assert fwj.static_tsfc(engines["Williams WR19-9"]) == pytest.approx(0.47 / 9.80665, rel=1e-4)


def _turbojet_tsfcs():
    return [fwj.static_tsfc(e) for e in fwj.load_jet()["engines"]
            if e["kind"] == "turbojet" and fwj.static_tsfc(e) is not None]


def test_the_tsfc_prior_holds_every_turbojet_and_leaves_out_the_turbofan():
    prior = fwj.tsfc_prior()
    for e in fwj.load_jet()["engines"]:
        c = fwj.static_tsfc(e)
        if c is None:
            continue
        inside = prior.low * 3600 <= c <= prior.high * 3600
        assert inside == (e["kind"] == "turbojet"), e["name"]   # a turbofan burns less
    assert f"{len(_turbojet_tsfcs())} turbojets" in prior.source


def test_the_tsfc_prior_is_the_predictive_interval_of_its_rows(monkeypatch):
    from scipy.special import stdtrit
    values = _turbojet_tsfcs()
    n = len(values)
    logs = [math.log(v) for v in values]
    mu = sum(logs) / n
    s = math.sqrt(sum((x - mu) ** 2 for x in logs) / (n - 1))
    hi = math.exp(mu + stdtrit(n - 1, 0.95) * s * math.sqrt(1 + 1 / n))
    assert fwj.tsfc_prior().high * 3600 == pytest.approx(hi)
    engines, aircraft = fwj._load()
    monkeypatch.setattr(fwj, "_load", lambda: (engines[:2], aircraft))
    with pytest.raises(DroneCalcError, match="too few turbojets"):
        fwj.tsfc_prior.__wrapped__()                      # two rows: no fit


def test_a_malformed_row_is_refused_with_its_name():
    with pytest.raises(DroneCalcError, match="X.fuel_flow"):
        fwj.parse_jet('[[engine]]\nname = "X"\nkind = "turbojet"\n'
                      'fuel_flow = { value = "3 kg", basis = "maker", source = "http://x" }\n')
    with pytest.raises(DroneCalcError, match="unknown engine kind"):
        fwj.parse_jet('[[engine]]\nname = "X"\nkind = "ramjet"\n')
    with pytest.raises(DroneCalcError, match="jet or of unsourced power"):
        fwj.parse_jet('[[aircraft]]\nname = "X"\nkind = "fixed-wing-piston"\n')


def test_the_jet_prior_set_has_no_propeller_and_borrows_the_polar():
    priors = fwj.prior_set()
    assert "propeller_efficiency" not in priors and "tsfc" in priors
    assert priors["fuel_fraction"].low == 0.10 and "no jet" in priors["fuel_fraction"].source
    delta = fwj.prior_set(delta=True)
    assert "oswald_efficiency" in delta and "oswald_offset" not in delta
    with pytest.raises(DroneCalcError):
        fwj.prior_set("fixed-wing-piston")


def test_the_jet_span_prior_holds_its_rows_and_the_fleet_law_would_not():
    from dronecalc.priors.fixed_wing import fitted_relations
    c = fwj.span_coefficient()
    law = fitted_relations()["span"]
    rows = [r for r in fwj.load_jet()["aircraft"] if "wingspan" in r and "takeoff_mass" in r]
    assert len(rows) == 2
    for r in rows:
        m, b = r["takeoff_mass"].mid, r["wingspan"].mid
        assert c.low * m ** (1 / 3) < b < c.high * m ** (1 / 3)
        assert float(law(m)) > 1.5 * b             # the propeller fleet's span is 2-3x theirs
