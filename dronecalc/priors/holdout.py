"""Priors fitted without some machines: leave-one-out for the validation benchmarks.

``benchmarks/verdicts.py`` judges each real machine's published flight time. Priors fitted on
data that include that machine would judge it partly with its own figures (its cells, battery
share, rotor size and efficiency are in the fits), an in-sample score that says nothing about
the next report. :func:`held_out` refits, without the named machines, everything the checks
take from the real-machine data and swaps it in for the duration of a ``with`` block:

* the conditioned relations (:mod:`.conditioned`: cells, battery share, maximum payload,
  packs), on the rows of ``data/multirotors.toml`` + ``data/multirotors_priors.toml`` less
  those machines;
* the effective disk-loading law (:func:`.disk_fit.fit_parameters` with ``exclude``), the
  rotor size of a case that states none;
* the efficiency law (:func:`.efficiency_fit.fit_efficiency` with ``exclude``, on the rows with
  a stated rotor size, under the checks' own draws of what the rows do not state: how
  ``calibrated.toml [efficiency_law]`` is made, :func:`.calibrated_file.calibrate`).

The rotor-drag coefficient is fitted on measured power curves of machines outside the
maker data (``data/power_curves.toml``), so no hold-out changes it. Only the fitted numbers
(coefficients, covariance, scatter, machines used) are replaced; text built from the shipped
file's held-out statistics is left as it is.

Not thread-safe: it swaps module state (one benchmark process, one hold-out at a time).
"""
from __future__ import annotations

import contextlib
import copy
import math
from typing import Iterable, Iterator

import numpy as np

from . import calibration, conditioned, tables


def refitted(names: Iterable[str]) -> dict:
    """The content of ``calibrated.toml`` with both laws refitted without ``names``.

    Returns
    -------
    dict
        As :func:`.calibration.load_calibrated`; ``[fit]``, ``[parameters.disk_loading_1kg]``,
        ``[parameters.disk_loading_exponent]``, ``[meta] drones`` and ``[efficiency_law]``
        hold the refitted values.
    """
    from .disk_fit import fit_parameters
    from .efficiency_fit import fit_efficiency, sized_rows
    exclude = tuple(sorted(set(names)))
    data = copy.deepcopy(calibration.load_calibrated())
    drones = calibration.load_multirotors()
    disk = fit_parameters(drones, exclude=exclude)
    theta, cov = np.asarray(disk["theta"]), np.asarray(disk["covariance"])
    z95 = 1.6448536269514722
    data["fit"].update(theta=[float(x) for x in theta],
                       covariance=[[float(x) for x in row] for row in cov],
                       scatter_log_time=float(disk["scatter"]),
                       scatter_log_disk_loading=float(disk["scatter_log_disk_loading"]))
    data["meta"]["drones"] = list(disk["drones"])
    params = data["parameters"]
    for key, index, back in (("disk_loading_1kg", 0, math.exp),
                             ("disk_loading_exponent", 1, float)):
        sd = math.sqrt(max(float(cov[index, index]), 0.0))
        params[key].update(value=back(float(theta[index])),
                           low=back(float(theta[index]) - z95 * sd),
                           high=back(float(theta[index]) + z95 * sd),
                           n_drones=int(disk["n_drones"]), n_rows=int(disk["n_rows"]))
    rows = [r for r in sized_rows(drones)
            if np.isfinite(r["rotor_diameter"]) and np.isfinite(r["rotors"])]
    from . import size_terms
    eff = fit_efficiency(rows, exclude=exclude,      # on the shipped law's own covariate
                         covariate=data["efficiency_law"].get("covariate", "mass"),
                         avionics=size_terms.fit_avionics_argument(),
                         exponent=size_terms.fit_exponent_argument())
    if size_terms.LAW_AVIONICS:                                 # issue 12, eleventh round (off)
        data["efficiency_law"]["avionics_power"] = float(eff["avionics_power"])
    data["efficiency_law"].update(
        theta=[float(x) for x in eff["theta"]],
        covariance=[[float(x) for x in row] for row in eff["covariance"]],
        scatter_log=float(eff["scatter"]), drones=list(eff["drones"]))
    return data


@contextlib.contextmanager
def held_out(names: Iterable[str]) -> Iterator[None]:
    """Within the block, every prior fitted on real machines leaves ``names`` out.

    Examples
    --------
    >>> with held_out(["DJI Mavic 3 Enterprise"]):
    ...     "DJI Mavic 3 Enterprise" in calibration.load_calibrated()["efficiency_law"]["drones"]
    False
    >>> "DJI Mavic 3 Enterprise" in calibration.load_calibrated()["efficiency_law"]["drones"]
    True
    """
    names = frozenset(names)
    data = refitted(names)
    loader = calibration.load_calibrated
    caches = (tables.disk_loading_law, tables.efficiency_law, tables.prior_sets)
    calibration.load_calibrated = lambda: data
    conditioned._HELD_OUT = names
    for cached in caches:
        cached.cache_clear()
    try:
        yield
    finally:
        calibration.load_calibrated = loader
        conditioned._HELD_OUT = frozenset()
        for cached in caches:
            cached.cache_clear()
