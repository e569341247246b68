"""Distributions, Monte Carlo, generous bounds and sensitivity: one name space for them all.

The work is done in one module per responsibility; this module re-exports their names so that
``from dronecalc.engine import uncertainty as unc; unc.X`` keeps working:

- :mod:`dronecalc.priors.variables`: :class:`Variable`, :data:`VARIABLES`, :func:`display_value`
- :mod:`dronecalc.priors.tables`: :class:`Prior`, :data:`PRIOR_SETS`, the calibrated
  disk-loading law (:func:`disk_loading_law`, :func:`calibrated_diameter`) and efficiency
  law (:func:`efficiency_law`)
- :mod:`dronecalc.priors.describe`: :class:`Input`, :func:`describe`
- :mod:`dronecalc.engine.machine`: :func:`vehicle`, :func:`derived`, :data:`CONSTRAINTS`,
  :func:`margins`, :func:`margin`
- :mod:`dronecalc.engine.points`: :data:`Objective`, points and boxes of inputs
- :mod:`dronecalc.engine.montecarlo`: :func:`sample`, :class:`MonteCarlo`,
  :func:`monte_carlo`, :func:`percentiles`, :func:`probability`, :func:`outcome`
- :mod:`dronecalc.engine.bound`: :class:`Bound`, :func:`generous_bound`
- :mod:`dronecalc.engine.sensitivity`: :class:`Driver`, :func:`solve_for`; :func:`sensitivity` is
  :func:`dronecalc.engine.bound.buildable_sensitivity` (swings among buildable machines)
- :mod:`dronecalc.engine.quantiles`: :func:`percentile` (``numpy.percentile``'s value)

New code may import from those modules directly.
"""
from __future__ import annotations

from ..priors.describe import Input, choose_priors, class_of, describe, stated_mass
from ..priors.tables import (DEFAULT_CHEMISTRY, DISK_LOADING_PERCENTILES,
                             EFFICIENCY_PERCENTILES, PRIOR_SETS, DiskLoadingLaw, EfficiencyLaw,
                             Prior, calibrated_diameter, disk_loading_law, efficiency_law,
                             prior_set, prior_sets)
from ..priors.variables import VARIABLES, Variable, display_value
from .bound import Bound, generous_bound
from .bound import buildable_sensitivity as sensitivity
from .machine import CONSTRAINTS, cells, derived, margin, margins, reference_mass, vehicle
from .montecarlo import (DEFAULT_SAMPLES, MC_SPEEDS, PERCENTILES, SEARCH_SPEEDS, Estimate,
                         MonteCarlo, monte_carlo, outcome, percentiles, probability,
                         quick_outcome, sample)
from .points import Objective, batch, best_row, central_point, free_names, row, stack
from .quantiles import percentile
from .sensitivity import Driver, solve_for

#: Old private name of :func:`disk_loading_law`, kept for one release.
_disk_loading_law = disk_loading_law

__all__ = [
    "Input", "describe", "choose_priors", "class_of", "stated_mass", "DEFAULT_CHEMISTRY",
    "DISK_LOADING_PERCENTILES", "PRIOR_SETS", "DiskLoadingLaw", "Prior", "calibrated_diameter",
    "disk_loading_law", "EFFICIENCY_PERCENTILES", "EfficiencyLaw", "efficiency_law", "prior_set", "prior_sets", "VARIABLES", "Variable", "display_value",
    "Bound", "generous_bound", "CONSTRAINTS", "cells", "reference_mass", "derived", "margin",
    "margins", "vehicle", "DEFAULT_SAMPLES", "MC_SPEEDS", "PERCENTILES", "SEARCH_SPEEDS",
    "Estimate", "MonteCarlo", "monte_carlo", "outcome", "percentiles", "probability",
    "quick_outcome", "sample", "Objective", "batch", "best_row", "central_point", "free_names",
    "row", "stack",
    "Driver", "sensitivity", "solve_for", "percentile",
]
