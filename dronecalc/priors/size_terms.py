"""Size terms of the efficiency law tested in issue 12's eleventh round (left off as shipped).

Two hypotheses for why small machines are credited with less efficiency, each a physics term
with a source, fitted on the data and measured held out (``benchmarks/accuracy.py`` section F):

* **Reynolds number** (:func:`fit_reynolds_exponent`): a propeller's figure of merit rises with
  its blade Reynolds number, FM ~ Re^k (UIUC static data, ``data/propeller_static.toml``). In
  hover a fixed-pitch rotor of given geometry runs at its own C_T, so its tip speed is
  sqrt(T / (C_T rho A)) and, with the chord c = (c/R) R, Re = rho V_tip c / mu =
  (c/R) sqrt(rho T / (pi C_T)) / mu: **independent of the diameter** at a given thrust per
  rotor. So FM ~ (rho T)^(k/2), a law in the mass per rotor with the slope k/2
  (:func:`reynolds_law_exponent`), and no Reynolds term can tell two machines of the same
  mass per rotor apart by their rotor size.
* **A constant avionics load** (``efficiency_fit.fit_efficiency(avionics=None)``): camera,
  gimbal, video link and flight computer draw a power that does not scale with the thrust,
  a larger share of a 249 g machine's 25-35 W than of a 20 kg machine's kilowatts.
"""
from __future__ import annotations

import tomllib
from importlib import resources

import numpy as np

from ..errors import DroneCalcError

_STATIC_FILE = "propeller_static.toml"
#: Switch for the checks (issue 12, eleventh round; off as shipped, like
#: ``conditioned.LOAD_DEPENDENT_LOSSES``): True fits a constant avionics load [W] with the
#: efficiency law (``calibrate`` writes it to ``calibrated.toml [efficiency_law]
#: avionics_power``, ``holdout.refitted`` refits it) and the checks carry the law's value as
#: ``avionics_power`` wherever the efficiency law sets the efficiencies.
LAW_AVIONICS = False
#: Switch (off as shipped): True holds the efficiency law's slope on ln(mass per rotor) at
#: the Reynolds-number value :func:`reynolds_law_exponent` instead of fitting it.
LAW_REYNOLDS = False
#: sqrt(2 / pi): FM = sqrt(2/pi) C_T^1.5 / C_P in the UIUC coefficients (T = C_T rho n^2 D^4,
#: P = C_P rho n^3 D^5, actuator-disk ideal power T^1.5 / sqrt(2 rho pi D^2 / 4)).
_FM_CONSTANT = float(np.sqrt(2.0 / np.pi))


def load_propeller_static() -> list[dict]:
    """The static propeller tests of ``data/propeller_static.toml``: ``name``, ``source``,
    ``retrieval`` and float arrays ``rpm``, ``ct``, ``cp``, ``figure_of_merit``."""
    text = resources.files("dronecalc").joinpath("data", _STATIC_FILE).read_text(
        encoding="utf-8")
    out = []
    for i, p in enumerate(tomllib.loads(text).get("propeller", [])):
        where = f"propeller_static.toml propeller[{i}]"
        for key in ("name", "source", "retrieval", "rpm", "ct", "cp"):
            if key not in p:
                raise DroneCalcError("missing key", field=f"{where}.{key}",
                                     expected="see the RULES at the top of the file")
        rpm, ct, cp = (np.asarray(p[k], dtype=float) for k in ("rpm", "ct", "cp"))
        if not rpm.shape == ct.shape == cp.shape or rpm.size < 3:
            raise DroneCalcError("rpm, ct and cp differ in length or are too short",
                                 field=where, value=(rpm.size, ct.size, cp.size),
                                 expected=">= 3 points of each")
        out.append({"name": p["name"], "source": p["source"], "retrieval": p["retrieval"],
                    "rpm": rpm, "ct": ct, "cp": cp,
                    "figure_of_merit": _FM_CONSTANT * ct ** 1.5 / cp})
    return out


def fit_reynolds_exponent(tests: list[dict] | None = None) -> dict:
    """Least-squares slope k of ln FM on ln rpm (at fixed geometry Re ~ rpm), one line per
    test with its own intercept, pooled slope. Returns ``exponent`` k, ``sd`` (its standard
    error), ``residual_sd``, ``n_points``, the FM range ``fm_low`` / ``fm_high`` and
    ``names``."""
    tests = load_propeller_static() if tests is None else tests
    x = np.concatenate([np.log(t["rpm"]) - np.log(t["rpm"]).mean() for t in tests])
    y = np.concatenate([np.log(t["figure_of_merit"]) - np.log(t["figure_of_merit"]).mean()
                        for t in tests])
    k = float(x @ y / (x @ x))
    resid = y - k * x
    dof = max(x.size - 1 - len(tests), 1)
    s = float(np.sqrt(resid @ resid / dof))
    fm = np.concatenate([t["figure_of_merit"] for t in tests])
    return {"exponent": k, "sd": s / float(np.sqrt(x @ x)), "residual_sd": s,
            "n_points": int(x.size), "fm_low": float(fm.min()), "fm_high": float(fm.max()),
            "names": [t["name"] for t in tests]}


def reynolds_law_exponent(tests: list[dict] | None = None) -> float:
    """The efficiency law's slope on ln(mass per rotor) that FM ~ Re^k gives: k / 2, since in
    hover at a fixed C_T and chord ratio Re ~ sqrt(rho T) whatever the diameter (module
    docstring)."""
    return 0.5 * fit_reynolds_exponent(tests)["exponent"]


def law_avionics_power(law: dict) -> float:
    """The constant avionics load [W] the efficiency law ``law`` (``calibrated.toml
    [efficiency_law]``) was fitted with: its ``avionics_power`` when :data:`LAW_AVIONICS` is
    on, else 0 (the shipped law carries none)."""
    return float(law.get("avionics_power", 0.0)) if LAW_AVIONICS else 0.0


def fit_avionics_argument() -> float | None:
    """``avionics`` for ``efficiency_fit.fit_efficiency``: None (fitted) when
    :data:`LAW_AVIONICS` is on, else 0.0 (held at none, as shipped)."""
    return None if LAW_AVIONICS else 0.0


def fit_exponent_argument() -> float | None:
    """``exponent`` for ``efficiency_fit.fit_efficiency``: the Reynolds-number slope when
    :data:`LAW_REYNOLDS` is on, else None (fitted, as shipped)."""
    return reynolds_law_exponent() if LAW_REYNOLDS else None
