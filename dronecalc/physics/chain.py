"""The vectorised search behind ``multirotor.performance``: power on a speed grid, the optima.

SI arrays in and out, no pint. :func:`_performance_chunk` evaluates one machine per sample,
chunk by chunk, writing into preallocated outputs (a large call runs its chunks in two
processes, :mod:`dronecalc.physics.workers`):

1. per-sample constants of level-flight power (:func:`dronecalc.physics.rotor._flight_constants`,
   trig-free: cos a = W/H, sin a = D/H), drive and pack terms (:func:`_constants`), folded
   for :func:`_fast_power`, which evaluates the same equations in place on reused arrays;
2. electrical power on the speed grid, speeds on the leading axis, in :data:`SEARCH_DTYPE`;
3. best endurance = least power, best range = most (V - w) t(V): the parabola through the best
   grid point and its neighbours (for endurance, half a grid step apart), then
   :data:`SEARCH_STEPS` Newton steps on the derivative (central differences) in
   SEARCH_DTYPE and float64 ones until a step is below
   :data:`STEP_TOLERANCE`; golden section on :func:`_range_score` where the range
   refinement meets a zero range or fails;
4. every reported figure in float64 at the speeds found (the parabola through the last
   float64 step's evaluations), with flags for an optimum at the top of the grid, an inflow
   still unconverged after a second solve, and a tilt beyond 45 degrees.

References
----------
.. [Kiefer1953] Kiefer, J. (1953). Sequential minimax search for a maximum. Proc. AMS 4(3),
   502-506. doi:10.1090/S0002-9939-1953-0055639-3 (golden-section search).
.. [Press2007] Press, W. H. et al. (2007). *Numerical Recipes*, 3rd ed., Cambridge University
   Press. Sec. 10.3 (parabolic interpolation), 5.7 (central differences: step size against
   rounding), 3.2 (Lagrange interpolation and its remainder).
"""
from __future__ import annotations

import numpy as np

from .battery import _WH
from .load_losses import _load_adjusted
from .propulsion import _thrust_ceiling_kv, _thrust_to_weight
from .rotor import (_G, CONVERGED_STEPS, GLAUERT_STEPS, TILT_VALIDITY,
                    _disk_area, _flight_constants, _hover_tip_speed, _shaft_power)
from . import fused
from .fused import (_best_row, _fast_constants, _fast_power, _fast_power_centred,
                    _fast_range, _scratch)
from .vertex import _columns, _half_step_vertex, _subset, _vertex
from .workers import chunk_bounds, keep_heap, run_chunks


#: Default airspeed grid [m/s] for the coarse search of best speeds: 0 to 45 m/s
#: (162 km/h) every 5 m/s. Each optimum is then refined off the grid (a parabola through
#: the best three grid points and Newton steps on the derivative, golden section where that
#: fails), so the grid only has to bracket it; ``performance`` flags an optimum at the top
#: edge (``best_range_at_grid_edge``, ``best_endurance_at_grid_edge``).
DEFAULT_SPEEDS = np.linspace(0.0, 45.0, 10)
#: Samples per chunk. A chunk costs ~0.8 ms of Python and numpy call overhead (~1,000
#: calls) whatever its length, and its power evaluations want their scratch arrays near
#: the cache: measured on this machine (benchmarks/speed.py's inputs, CPU time), 2k-4k
#: samples ran 20-30 % slower than 8k-32k. 16,384 rather than 32,768 (2026-12-01, load
#: 5-7, CPU time in one process, calls interleaved in one interpreter): 555 against 555
#: ns per sample at 10^6 samples, 559 against 585 (minimum of 30 calls) at 10^5 (fewer
#: short chunks at the ends of the fine middle); forked at 10^6, the two processes' page
#: faults 8,300-9,000 against 13,500 per call (a chunk's ~10 MB of temporaries instead of
#: ~20 MB: pages of the heap that both processes share copy-on-write after the fork and
#: each copies on its first write; the CPU time of the two processes, 671-704 against
#: 742-793 ms in two of three interleaved runs, was too noisy at that load to decide), and
#: ~20 B less peak memory per sample in each process.
CHUNK = 16384
#: Samples per chunk in the middle of a call, where the two processes meet
#: (:func:`dronecalc.physics.workers.chunk_bounds`): at most ~10 ms of waiting at the end.
#: A chunk's fixed cost is ~1.2-1.4 ms (measured: 8.0, 12.3 and 23.2 ms CPU for calls of
#: 8,192, 16,384 and 32,768 samples), so at 10^6 samples chunks of 16,384 here instead of
#: 8,192 (39 chunks instead of 59) save ~25 ms of CPU, more than the longer wait costs.
#: Equal to CHUNK, every chunk has this length.
FINE_CHUNK = 16384
#: Longest chunk [samples] of a call that stays in one process (calls below
#: workers.FORK_MIN, or where no fork is possible), cut into equal chunks
#: (:func:`dronecalc.physics.workers.even_bounds`): there the fork's page faults do not
#: arise, and longer chunks cost less Python per sample (~0.8 ms a chunk). Measured in one
#: interpreter, calls interleaved (load 3-4, CPU ns per sample, minimum of 6-30 calls): at
#: 10^6 samples 481 at 65,536, 507 at 32,768, 524 at 16,384 (131,072: no better than
#: 65,536); at 10^5 (two chunks of 50,000) 462 against 468 and 479.
SOLO_CHUNK = 65536
#: Smallest call [samples] that applies ``workers.keep_heap`` (also in one chunk: glibc's
#: default mmap threshold serves its temporaries afresh). CPU ns per sample, fresh processes,
#: load 1-2: 10,000 samples 886-1,004 without, 749-763 with; 16,384 1,011-1,058, 670-709.
HEAP_MIN = 4096
#: Threads evaluating chunks at once (results do not depend on it: each chunk is pure and
#: writes its own slice of the preallocated outputs). One: on this 2-core machine two
#: threads ran slower than one (benchmarks/speed.py, 2026-12-01), the Python between the
#: ufunc calls holding the GIL; large calls use a forked process instead
#: (:mod:`dronecalc.physics.workers`). Set it higher where a measurement says so.
WORKERS = 1
#: Newton steps of Glauert's quartic in the float32 search's later Newton steps on the
#: optima, whose result is where the float64 steps start (2 steps: inflow within ~1e-3
#: relative at worst, ~1e-6 typically, from above); the float64 steps and the reported
#: figures use rotor.GLAUERT_STEPS.
GRID_GLAUERT_STEPS = 2
#: Newton steps of Glauert's quartic in the first float32 Newton step on the optima, which
#: takes them from the grid's parabola (~0.5 m/s off) to ~0.03 m/s: the one-step inflow's
#: error varies slowly with speed, so it moves the optimum that step finds by far less.
FIRST_GLAUERT_STEPS = 1
#: Newton steps of Glauert's quartic on the speed grid itself, which only ranks its points
#: and places the first parabola (~0.5 m/s off the optimum on the 5 m/s grid): one step
#: from the upper-bound seed leaves the power within 8e-4 relative above the converged one
#: on benchmarks/speed.py's machines (1.4e-2 on its random ones, tilts up to 70 deg),
#: never below it, against 1.2e-6 (4.7e-4) with two. Measured with the float64 steps as
#: they are (REFINE_STEPS, _FD_STEP): float64 steps per sample 1.059 against 1.056, and
#: every output of ``speed.py --random`` still within 1e-6 of a converged search.
#: (With the float32 difference step of 0.05 m/s and four float64 steps it had made the
#: random set worse: maximum endurances more than 1e-6 off 490 against 406 in 100,000.)
SPEED_GRID_GLAUERT_STEPS = 1
#: Newton steps on the derivative of the objectives in SEARCH_DTYPE after the parabola
#: through the grid, each on every sample (float32 rounding locates a flat optimum to
#: about 1e-3 m/s; the float64 steps take it from there).
SEARCH_STEPS = 2
#: Place the best-endurance search's start by the power at the two half-step points beside
#: the best grid point too (:func:`_half_step_vertex`; float32, SPEED_GRID_GLAUERT_STEPS).
#: The power curve between hover and the minimum is far from a parabola over a 5 m/s grid
#: step (induced power falling fast): the reference case's vertex lay 0.66 m/s (median) to
#: 2.2 m/s (p99) from the optimum, the first float32 Newton step often overshot to the
#: grid neighbour, and a third of the samples needed 2-5 float64 steps (1.47 per sample).
#: Measured (/tmp scripts, 2026-12-02, one process): float64 steps per sample 1.059 ->
#: 1.000 on benchmarks/speed.py's machines, 1.75 -> 1.28 on its random ones with wind,
#: 1.47 -> 1.001 on the reference case's 77,884 machines; every output as close to a
#: converged search as before (best-endurance speeds 2.3e-8 -> 1.7e-8 at worst).
HALF_STEP_POINTS = True
#: Floating-point type of the grid and the first Newton steps. float32 halves the memory
#: traffic and doubles the SIMD width; float64 Newton steps always follow (see
#: STEP_TOLERANCE) and every reported figure is evaluated in float64, so float32 only
#: changes where the float64 steps start (benchmarks/speed.py measures the outputs against
#: an all-float64 search).
SEARCH_DTYPE = np.float32
#: A best speed is taken once a float64 Newton step moved it by less than this [m/s]:
#: Newton's error after that step is about (f'''/2f'') x step^2 (measured: best speeds within
#: 2.3e-8 relative of a converged search, benchmarks/speed.py). At most the float64
#: difference step, so the new speed lies within the last step's three evaluations, from
#: which the reported figures are interpolated.
STEP_TOLERANCE = 1e-3
#: Newton steps of Glauert's quartic at a float64 step's side points (``x -+ h``), started
#: from the inflow at ``x`` (:func:`dronecalc.physics.fused._fast_power_centred`): its
#: error there is ~1e-4 relative, rounding after two steps.
SIDE_GLAUERT_STEPS = 2
#: At most this many float64 Newton steps (the first on every sample, the others only on
#: samples whose last step was still above STEP_TOLERANCE). Eight: on power curves nearly
#: flat from hover to the optimum (minimum power 0.2 % below hover: machines far heavier
#: than their rotors), where float32 leaves the optimum far off, four steps left 1,992
#: optima still moving and 920 best-endurance speeds more than 1e-6 off a converged search
#: in 100,000 random machines with wind (benchmarks/speed.py --random), eight 3 and 0; on
#: benchmarks/speed.py's machines no sample needs more than two (1.056 steps per sample).
REFINE_STEPS = 8
#: Half-width [m/s] of the central differences giving that derivative, by dtype: it
#: balances truncation ~ h^2 f'''/6 against rounding ~ eps f / h (float32: ~2e-4 m/s in
#: the speed found; float64: ~1e-7 m/s). float32 at 0.1 rather than 0.05 (measured on
#: 200,000 of benchmarks/speed.py's machines: float64 steps per sample 1.112 at 0.05, 1.064
#: at 0.08, 1.056 at 0.1, 1.051 at 0.12, 1.106 at 0.15, 2.0 at 0.2, best speeds within
#: 2.4e-8 of a converged search at each; on 100,000 random machines with wind, whose flat
#: power curves float32 rounds worst, maximum endurances more than 1e-6 off 69 at 0.1
#: against 406 at 0.05).
_FD_STEP = {"f": 0.1, "d": 1e-3}
#: Golden-section iterations of the fallback (samples whose smooth refinement failed, e.g.
#: a range optimum at the pack's power cutoff or a flyable window between grid points):
#: a bracket of two grid steps (10 m/s) shrinks by 0.618^40 to ~1e-7 m/s.
GOLDEN_ITERATIONS = 40
#: Speed scale [m/s] of the penalty that ranks speeds where no range is possible by how
#: far they are from the flyable window (only its sign and monotony matter).
_PENALTY_SPEED = 10.0

_INV_PHI = (np.sqrt(5.0) - 1.0) / 2.0


def _derived(a):
    """``a`` with the take-off weight [N] and the total drag area [m^2] added."""
    a = dict(a)
    a["weight"] = (a["empty_mass"] + a["battery_mass"] + a["payload_mass"]) * _G
    a["total_drag_area"] = a["drag_area"] + a["payload_drag_area"]
    return _load_adjusted(a)        # load-dependent drive and pack losses (off by default)


def _constants(a):
    """Speed-independent constants of the chain for arrays ``a`` (floats or same-shape arrays).

    The flight constants of :func:`dronecalc.physics.rotor._flight_constants` plus the drive
    and pack terms: ``inv_eta`` 1/eta_drive, ``avionics`` [W], ``usable`` E u [J] and
    ``loss`` = 4 d 3600 / E [1/W], the internal-resistance term of
    :func:`dronecalc.physics.battery._rate_efficiency` (eta = (1 + sqrt(1 - loss P)) / 2).
    """
    c = _flight_constants(a["weight"], a["air_density"], a["rotor_diameter"], a["rotors"],
                          a["total_drag_area"], a["figure_of_merit"],
                          a["induced_power_factor"], a["profile_power_factor"],
                          a["tip_speed"], a["thrust_coefficient"], a["overlap_factor"],
                          a.get("rotor_drag_coefficient", 0.0))
    energy = np.asarray(a["battery_energy"], dtype=float)
    c["inv_eta"] = 1.0 / np.asarray(a["drive_efficiency"], dtype=float)
    c["avionics"] = np.asarray(a["avionics_power"], dtype=float)
    c["usable"] = energy * a["usable_fraction"]
    c["loss"] = 4.0 * (_WH / energy) * a["battery_voltage_drop_1c"]
    return c


def _chunk_constants(a):
    """:func:`_constants` for the chunks of :func:`_performance_chunk`, with fewer passes.

    The same equations as :func:`dronecalc.physics.rotor._flight_constants`, rearranged:
    with v_h = sqrt(W / (2 rho A n)) of one rotor carrying W/n, its hover profile power
    n share T^1.5 / sqrt(2 rho A) is share W v_h, and the tip speed squared from C_T is
    T / (rho A C_T), so no power function and one square root (they cost ~40 % of the
    original's time at 32k samples); ``tests/test_workers.py`` holds the two to 1e-14.
    """
    W = a["weight"]
    rho_a = (0.25 * np.pi) * np.square(a["rotor_diameter"])
    rho_a *= a["air_density"]                            # rho A
    n = a["rotors"]
    inv_fm = np.divide(1.0, a["figure_of_merit"])
    kappa = np.minimum(a["induced_power_factor"], inv_fm)
    vh2_per_h = np.divide(0.5, rho_a * n)
    w2 = np.square(W)
    p0 = np.sqrt(W * vh2_per_h)                          # v_h
    p0 *= W
    p0 *= inv_fm - kappa                                 # share W v_h
    tip = a["tip_speed"]
    if np.ndim(tip) or not np.isnan(tip):
        tip2 = np.square(tip)
        if np.ndim(tip):
            tip2 = np.where(np.isnan(tip), W / (n * rho_a * a["thrust_coefficient"]), tip2)
    else:
        tip2 = W / (n * rho_a * a["thrust_coefficient"])  # T / (rho A C_T)
    p0_mu = p0 * a["profile_power_factor"]
    p0_mu *= w2
    p0_mu /= tip2
    energy = a["battery_energy"]
    return {"w2": w2, "q": 0.5 * a["air_density"] * np.asarray(a["total_drag_area"]),
            "vh2_per_h": vh2_per_h, "k_induced": kappa * a["overlap_factor"], "p0": p0,
            "p0_mu": p0_mu, "c_rd": np.asarray(a.get("rotor_drag_coefficient", 0.0),
                                               dtype=float),
            "inv_eta": np.divide(1.0, a["drive_efficiency"]),
            "avionics": np.asarray(a["avionics_power"], dtype=float),
            "usable": np.multiply(energy, a["usable_fraction"]),
            "loss": np.divide(4.0 * _WH * a["battery_voltage_drop_1c"], energy)}


def _cast(f, dtype):
    """:func:`_fast_constants`' dict ``f`` (float64) in ``dtype``: the values
    ``_fast_constants(c, dtype)`` gives (it computes in float64 and rounds each once), without
    computing them again."""
    return {key: (None if val is None else val.astype(dtype, copy=False))
            for key, val in f.items()}


def _power(c, speed, steps=GLAUERT_STEPS, check=True):
    """Electrical power [W] and inflow convergence at ``speed`` (broadcast against ``c``)."""
    shaft, converged = _shaft_power(c, speed, steps, check=check)
    return shaft * c["inv_eta"] + c["avionics"], converged


def _endurance(c, power, out=None):
    """Time aloft [s] at constant electrical ``power`` [W]: E u eta(P) / P (0 if undeliverable),
    into ``out`` if given."""
    eta = np.asarray(np.multiply(c["loss"], power, out=out))   # an array even for one machine
    np.subtract(1.0, eta, out=eta)
    with np.errstate(invalid="ignore"):
        np.sqrt(eta, out=eta)                             # NaN where P is undeliverable
    eta += 1.0
    eta *= c["usable"]
    eta *= 0.5                                            # exact: usable (1 + sqrt) / 2
    eta /= power
    return np.fmax(eta, 0.0, out=eta)                     # NaN -> 0


def _endurance_at(c, power, where):
    """:func:`_endurance` of the samples ``where`` (indices or a mask) of ``power``: the same
    figures as ``_endurance(c, power)[where]``, element by element the same arithmetic."""
    part = {key: (c[key][where] if np.ndim(c[key]) else c[key]) for key in ("loss", "usable")}
    return _endurance(part, power[where])


def _range_from(speed, endurance, headwind):
    """Ground distance [m] = (V - headwind) t, zero when the ground speed is not positive."""
    ground = speed - headwind
    return np.where(ground > 0.0, ground * endurance, 0.0)


def _range_score(c, speed, headwind, steps=GLAUERT_STEPS):
    """Range [m] at ``speed`` and a score for the search; also power and convergence.

    The score is the range where that is positive and, where no range is possible, minus
    the distance to the flyable window (ground speed > 0 and power within the pack's limit
    1/loss): it rises towards the window from either side, so a search over it cannot stall
    on a plateau of zeros.
    """
    power, converged = _power(c, speed, steps)
    rng = _range_from(speed, _endurance(c, power), headwind)
    short = (np.maximum(headwind - speed, 0.0)
             + _PENALTY_SPEED * np.maximum(c["loss"] * power - 1.0, 0.0))
    return rng, np.where(rng > 0.0, rng, -short), power, converged


def _pick(f, i):
    """``f[i[j], j]`` for every column j of a ``(rows, n)`` array (a flat ``take``)."""
    n = f.shape[1]
    at = i * n
    at += _columns(n)
    return f.reshape(-1).take(at)


def _newton_step(f, centre, h, low, high, largest=True):
    """One Newton step towards the maximum (or, not ``largest``, the minimum) of f from
    ``f`` = f(centre + (-h, 0, h)): ``x = centre - (h/2) (f2 - f0) / (f2 - 2 f1 + f0)``.

    Returns ``(x, ok)``, ``x`` kept in [low, high]; ``ok`` False where the curvature had
    not the optimum's sign (then ``x`` stays at ``centre``). The step is ``(d1 ok) / (d2 +-
    ~ok)``: d1 / d2 where ok, 0 elsewhere (there d2 has the other sign or is 0, so the
    denominator is at least 1 in size), in plain arithmetic, where ``divide(...,
    where=ok)`` costs ~2 ns per element in the masked loop (numpy 2.4, ~10x a division).
    """
    d1 = np.subtract(f[2], f[0])
    d2 = np.add(f[2], f[0])
    d2 -= f[1]
    d2 -= f[1]                                             # f2 - 2 f1 + f0
    ok = np.less(d2, 0.0) if largest else np.greater(d2, 0.0)
    away = ~ok
    den = np.add(d2, away, dtype=d2.dtype) if largest else np.subtract(d2, away, dtype=d2.dtype)
    step = np.multiply(d1, ok, dtype=d1.dtype)
    step /= den
    # d2 NaN, or d1 infinite: no step unless ok (a NaN entry makes the sum NaN: one
    # reduction instead of a NaN mask and its test where, as nearly always, there is none)
    if np.isnan(np.add.reduce(step)):
        step[np.isnan(step) & away] = 0.0
    step *= 0.5 * h
    x = np.subtract(centre, step)
    np.maximum(x, low, out=x)
    np.minimum(x, high, out=x)
    return x, ok


def _golden_max(objective, low, high, iterations=GOLDEN_ITERATIONS):
    """Maximise ``objective(x)`` on per-sample brackets [low, high], all samples at once.

    Golden-section search (Kiefer 1953) on arrays: each sweep evaluates ``objective`` once
    on an array of new points, one per sample. Assumes unimodality inside each bracket.
    Returns the better of the last two interior points and its value.
    """
    a, b = np.array(low, dtype=float), np.array(high, dtype=float)
    c = b - _INV_PHI * (b - a)
    d = a + _INV_PHI * (b - a)
    fc, fd = objective(c), objective(d)
    for _ in range(iterations):
        left = fc >= fd                          # maximum lies in [a, d]
        b = np.where(left, d, b)
        a = np.where(left, a, c)
        x_new = np.where(left, b - _INV_PHI * (b - a), a + _INV_PHI * (b - a))
        f_new = objective(x_new)
        c, d, fc, fd = (np.where(left, x_new, d), np.where(left, c, x_new),
                        np.where(left, f_new, fd), np.where(left, fc, f_new))
    return np.where(fc >= fd, c, d), np.maximum(fc, fd)


def _search_step(f, x_e, x_r, w, h, lows, steps, bufs, check=False):
    """One Newton step towards both optima, all samples at once, in ``x_e``'s dtype.

    Power at ``x - h, x, x + h`` around each current speed, least power for endurance and
    most range for range (:func:`_newton_step`). Returns the new speeds, whether the range
    step was smooth (negative curvature, every point flyable), both step lengths, and the
    evaluations ``(c_e, c_r, power (6, n), converged (2, n) at the two centres or None)``.
    """
    low_e, high_e, low_r, high_r = lows
    dt = x_e.dtype
    n = x_e.shape[0]
    v = np.empty((6, n), dtype=dt)
    hh = dt.type(h)
    for x, row in ((x_e, 1), (x_r, 4)):           # centre max(x, h), then centre -+ h
        np.maximum(x, hh, out=v[row])
        np.subtract(v[row], hh, out=v[row - 1])
        np.add(v[row], hh, out=v[row + 1])
    c_e, c_r = v[1], v[4]
    p = np.empty((6, n), dtype=dt)
    if check:                    # float64: the side points' inflow from their centre's
        converged = _fast_power_centred(f, v, steps, SIDE_GLAUERT_STEPS, bufs, p)
    else:
        converged = _fast_power(f, v, steps, bufs, p)
    r = np.empty((3, n), dtype=dt)
    _fast_range(f, v[3:], w, p[3:], r)
    new_e, _ = _newton_step(p[:3], c_e, h, low_e, high_e, largest=False)
    new_r, ok = _newton_step(r, c_r, h, low_r, high_r)
    ok &= np.all(r > 0.0, axis=0)
    return (new_e, new_r, ok, np.abs(new_e - c_e), np.abs(new_r - c_r),
            (c_e, c_r, p, converged))


def _refine(f, x_e, x_r, w, h, lows, glauert, bufs, tolerance, steps, smooth, check=False,
            keep_last=True):
    """Newton steps (:func:`_search_step`) on both optima until each step is below
    ``tolerance`` [m/s], at most ``steps`` (all ``steps`` on every sample if ``tolerance`` is
    None): the first on every sample, each later one on the samples whose last step was
    larger, either by evaluating every sample and keeping the
    new values only for those (while most still move: no gathering) or on the gathered
    few. Either way a sample's steps depend only on the sample, not on the others of its
    chunk. ``smooth`` (range refinement trusted) is updated in place. Returns the new
    ``x_e``, ``x_r`` (in their dtype), each sample's last evaluations (as
    :func:`_search_step`'s; with ``keep_last`` False, those of the first step only) and the
    samples still moving. ``glauert``: Glauert steps of every power evaluation, or a pair
    (the first Newton step's, the later ones').
    """
    n = x_e.shape[0]
    first, glauert = (glauert, glauert) if isinstance(glauert, int) else glauert
    x_e, x_r, ok, d_e, d_r, last = _search_step(f, x_e, x_r, w, h, lows, first, bufs, check)
    smooth &= ok
    moving = (d_e > (tolerance or 0.0)) | ((d_r > (tolerance or 0.0)) & ok)
    for _ in range(steps - 1):
        count = np.count_nonzero(moving)
        if not count:
            break
        if tolerance is None:                     # every step on every sample
            x_e, x_r, ok, d_e, d_r, last = _search_step(f, x_e, x_r, w, h, lows, glauert,
                                                        bufs, check)
            smooth &= ok
            continue
        if 2 * count > n:                         # most still move: every sample, no gathering
            e_n, r_n, ok, d_e, d_r, last_n = _search_step(f, x_e, x_r, w, h, lows, glauert,
                                                          bufs, check)
            np.copyto(x_e, e_n, where=moving)
            np.copyto(x_r, r_n, where=moving)
            smooth &= ok | ~moving
            if keep_last:
                for whole, part in zip(last, last_n):
                    if whole is not None:
                        np.copyto(whole, part, where=moving)
            moving &= (d_e > tolerance) | ((d_r > tolerance) & ok)
            continue
        todo = np.flatnonzero(moving)
        e_t, r_t, ok, d_e, d_r, last_t = _search_step(
            _subset(f, todo), x_e[todo], x_r[todo], w[todo] if w.ndim else w, h,
            tuple(x[todo] for x in lows), glauert, bufs, check)
        x_e[todo], x_r[todo] = e_t, r_t
        if keep_last:
            for whole, part in zip(last, last_t):
                if whole is not None:
                    whole[..., todo] = part
        smooth[todo] &= ok
        moving[todo] = (d_e > tolerance) | ((d_r > tolerance) & ok)
    return x_e, x_r, last, np.flatnonzero(moving)


def _interpolate(p, centre, x, h):
    """The parabola through ``p`` = f(centre - h, centre, centre + h), evaluated at ``x``.

    Exact for a quadratic; for a smooth f and |x - centre| <= h the Lagrange remainder is
    below |f'''| h^3 / 15, about 1e-10 |f'''| at h = 1e-3 m/s.
    """
    u = (x - centre) * (1.0 / h)
    return p[1] + 0.5 * u * ((p[2] - p[0]) + u * (p[2] - 2.0 * p[1] + p[0]))


def _performance_chunk(a, speeds, out, sl):
    """``performance`` of one chunk of 1-D arrays ``a``, written into ``out[key][sl]``.

    Best endurance is least electrical power (endurance falls strictly with power, rate
    losses included); best range maximises (V - w) t(V). Both start from the grid, in
    :data:`SEARCH_DTYPE`: the parabola through the best grid point and its neighbours
    (for endurance, through the best of those and the two half-step points between them,
    :data:`HALF_STEP_POINTS`), then :data:`SEARCH_STEPS` Newton steps on the derivative
    (central differences), both objectives in one evaluation per step, each kept between
    the best point's grid neighbours; then float64 Newton steps until a step is below
    :data:`STEP_TOLERANCE`
    (:func:`_refine`: all samples while most move, then only those). The reported powers
    are the parabola through the last float64 step's three evaluations at the speed found
    (:func:`_interpolate`), evaluated afresh where a sample is still moving, and solved
    again with ``CONVERGED_STEPS`` where the inflow had not converged. Range samples whose
    refinement met a zero range (a flyable window narrower than the grid, an optimum at
    the pack's power cutoff) or failed are redone by golden section on
    :func:`_range_score` in float64.
    """
    n = sl.stop - sl.start
    if "weight" not in a:
        a = _derived(a)
    c = _chunk_constants(a)
    c["w2"] = np.broadcast_to(c["w2"], (n,))        # every result has the chunk's length
    dtype = np.dtype(SEARCH_DTYPE)
    f64 = _fast_constants(c, np.float64)
    fs = _cast(f64, dtype)         # the same float64 figures rounded once, as computed twice
    w = np.asarray(a["headwind"], dtype=float)
    ws = w.astype(dtype)
    k = len(speeds)
    bufs = _scratch(dtype, max(k, 6) * min(n, fused.POWER_BLOCK))
    grid = speeds.astype(dtype)[:, None]
    p_grid = np.empty((k, n), dtype=dtype)
    r_grid = np.empty((k, n), dtype=dtype)
    _fast_power(fs, grid, SPEED_GRID_GLAUERT_STEPS, bufs, p_grid)
    _fast_range(fs, grid, ws, p_grid, r_grid)
    lo_of = speeds[np.maximum(np.arange(k) - 1, 0)]
    hi_of = speeds[np.minimum(np.arange(k) + 1, k - 1)]

    i_e, p_best = _best_row(p_grid, False)
    i_r, r_best = _best_row(r_grid, True)
    none = r_best <= 0.0                # no grid point flies: rank by the score
    if np.any(none):
        wn = ws[none] if ws.ndim else ws
        loss = fs["loss"][none] if np.ndim(fs["loss"]) else fs["loss"]
        short = (np.maximum(wn - grid, 0.0)
                 + _PENALTY_SPEED * np.maximum(loss * p_grid[:, none] - 1.0, 0.0))
        i_r[none] = np.argmax(-short, axis=0)
    low_e, high_e = lo_of.take(i_e), hi_of.take(i_e)       # take: ~0.6 against 0.8 ns
    low_r, high_r = lo_of.take(i_r), hi_of.take(i_r)       # an element for x[index]
    if np.any(none):
        r_best = _pick(r_grid, i_r)
    smooth = ((_pick(r_grid, np.maximum(i_r - 1, 0)) > 0.0) & (r_best > 0.0)
              & (_pick(r_grid, np.minimum(i_r + 1, k - 1)) > 0.0))
    lows = (low_e, high_e, low_r, high_r)
    lows32 = tuple(x.astype(dtype) for x in lows)
    taken = {}                          # the grid's powers beside i_e, taken once for both
    x_e = _vertex(speeds, p_grid, i_e, lows32[0], lows32[1], taken)
    if HALF_STEP_POINTS:
        _half_step_vertex(fs, speeds, p_grid, i_e, bufs, x_e, lows32[0], lows32[1],
                          SPEED_GRID_GLAUERT_STEPS, taken.get("points"))
    x_r = _vertex(speeds, r_grid, i_r, lows32[2], lows32[3])
    x_e, x_r, _, _ = _refine(fs, x_e, x_r, ws, _FD_STEP[dtype.char], lows32,
                             (FIRST_GLAUERT_STEPS, GRID_GLAUERT_STEPS), bufs, None,
                             SEARCH_STEPS, smooth,
                             keep_last=False)
    # Newton in float64 until the step is below STEP_TOLERANCE (a flat optimum is located
    # to ~sqrt(eps) of the objective's rounding: 2e-4 relative in float32, 1e-8 in float64)
    bufs64 = _scratch(np.dtype(float), max(k, 6) * min(n, fused.POWER_BLOCK))
    h = _FD_STEP["d"]
    x_e, x_r, (c_e, c_r, p6, conv6), moving = _refine(
        f64, x_e.astype(float), x_r.astype(float), w, h, lows, GLAUERT_STEPS, bufs64,
        STEP_TOLERANCE, REFINE_STEPS, smooth, check=True)
    # the figures in float64 at the speeds found: the parabola through the last step's
    # three evaluations (the new speed lies within h of their centre once the step is
    # below STEP_TOLERANCE = h: error ~1e-10 |P'''|, below rounding), a fresh evaluation
    # for any sample still moving; and hover (Glauert's inflow is v_h there:
    # P = kappa_eff k_ov W v_h + P0)
    p_final = np.stack([_interpolate(p6[:3], c_e, x_e, h), _interpolate(p6[3:], c_r, x_r, h)])
    ok_final = conv6.copy()
    if moving.size:
        p_m = np.empty((2, moving.size))
        ok_final[:, moving] = _fast_power(_subset(f64, moving),
                                          np.stack([x_e[moving], x_r[moving]]),
                                          GLAUERT_STEPS, bufs64, p_m, check=True)
        p_final[:, moving] = p_m
    v_e, p_e, ok_e = x_e, p_final[0], ok_final[0]
    v_r, p_r, ok_r = x_r, p_final[1], ok_final[1]
    weight = a["weight"]
    p_hover = out["hover_power"][sl]          # (k W) sqrt(W vh2_per_h) + P0) / eta + P_av
    np.multiply(weight, c["vh2_per_h"], out=p_hover)
    np.sqrt(p_hover, out=p_hover)
    p_hover *= c["k_induced"] * weight
    p_hover += c["p0"]
    p_hover *= c["inv_eta"]
    p_hover += c["avionics"]

    worse = p_e > p_best * (1.0 + 1e-6)     # the grid's point was better
    # (the few samples a branch concerns are changed in place: v_e, p_e, ok_e are this
    # chunk's own arrays or rows of them)
    if np.any(worse):
        idx = np.flatnonzero(worse)
        v_e[idx] = speeds[i_e[idx]]
        p_e[idx], ok_e[idx] = _power(_subset(c, idx), v_e[idx])
    at_hover = p_hover < p_e        # hovering is a candidate too (a curve rising from V = 0)
    if np.any(at_hover):
        v_e[at_hover] = 0.0
        p_e[at_hover] = p_hover[at_hover] if np.ndim(p_hover) else p_hover
        ok_e[at_hover] = True                            # hover inflow is exact (v_h)
    t_e = _endurance(c, p_e, out["max_endurance"][sl])       # straight into the outputs

    t_r = _endurance(c, p_r, out["endurance_at_best_range"][sl])
    r_r = _range_from(v_r, t_r, w)
    fallback = ~smooth | (r_r < r_best * (1.0 - 1e-6))
    if np.any(fallback):
        sub = _subset(c, fallback)
        w_sub = w[fallback] if w.ndim else w
        v_g, _ = _golden_max(lambda x: _range_score(sub, x, w_sub)[1],
                             low_r[fallback], high_r[fallback])
        grid_v = speeds[i_r[fallback]]
        r_g, _, p_g, ok_g = _range_score(sub, np.stack([v_g, grid_v]), w_sub)
        best = np.argmax(r_g, axis=0)[None]                # golden's point or the grid's
        v_r[fallback] = np.where(best[0] == 1, grid_v, v_g)
        r_r[fallback] = np.take_along_axis(r_g, best, 0)[0]
        p_r[fallback] = np.take_along_axis(p_g, best, 0)[0]
        ok_r[fallback] = np.take_along_axis(ok_g, best, 0)[0]
        t_r[fallback] = _endurance_at(c, p_r, fallback)
    # the best-endurance point lies in the flyable window whenever that holds any range
    r_at_e = _range_from(v_e, t_e, w)
    use_e = r_at_e > r_r
    if np.any(use_e):
        for whole, part in ((v_r, v_e), (r_r, r_at_e), (p_r, p_e), (ok_r, ok_e), (t_r, t_e)):
            whole[use_e] = part[use_e]
    # where the inflow at a best speed had not converged after GLAUERT_STEPS (near V = v_h
    # at a tilt, error ~1e-9), CONVERGED_STEPS more reach rounding; the flag is what is left
    # (the endurance and range of the samples redone only: elsewhere the same figures)
    for v_x, p_x, ok_x, t_x in ((v_e, p_e, ok_e, t_e), (v_r, p_r, ok_r, t_r)):
        redo = np.flatnonzero(~ok_x)
        if redo.size:
            p_m = np.empty((1, redo.size))
            ok_x[redo] = _fast_power(_subset(f64, redo), v_x[redo][None], CONVERGED_STEPS,
                                     bufs64, p_m, check=True)[0]
            p_x[redo] = p_m[0]
            t_x[redo] = _endurance_at(c, p_x, redo)
            if t_x is t_r:
                r_r[redo] = _range_from(v_r[redo], t_r[redo], w[redo] if w.ndim else w)

    t_hover = _endurance(c, p_hover, out["hover_endurance"][sl])
    shaft = np.subtract(p_hover, a["avionics_power"], out=out["hover_shaft_power"][sl])
    shaft *= a["drive_efficiency"]
    area = _disk_area(a["rotor_diameter"])
    thrust_hover = weight / a["rotors"]
    kv, volts, tip = a["motor_kv"], a["pack_voltage"], a["tip_speed"]
    tip_hover = lambda: _hover_tip_speed(thrust_hover, a["air_density"], area,  # noqa: E731
                                         a["thrust_coefficient"])
    values = {
        "best_endurance_speed": v_e,
        "power_at_best_endurance": p_e,
        "max_range": r_r,
        "best_range_speed": v_r,
        "power_at_best_range": p_r,
        "inflow_unconverged": ~(ok_e & ok_r),
        "tilt_beyond_validity": c["q"] * v_r * v_r > np.tan(TILT_VALIDITY) * weight,
        "energy_available": c["usable"],
        # one value of tip speed, motor kV or pack voltage (NaN: not known): no pass for
        # the branch it rules out (the same values as the array formulas)
        "hover_tip_speed": (np.where(np.isnan(tip), tip_hover(), tip) if np.ndim(tip)
                            else tip_hover() if np.isnan(tip) else tip),
        "thrust_to_weight": (np.nan if not (np.ndim(kv) or np.ndim(volts)) and np.isnan(kv * volts)
                             else _thrust_to_weight(_thrust_ceiling_kv(
                                 kv, volts, a["rotor_diameter"], a["rotors"], a["air_density"],
                                 a["thrust_coefficient"], a["loaded_rpm_fraction"]), weight / _G)),
    }
    for key, val in values.items():
        out[key][sl] = val
    np.divide(weight, _G, out=out["takeoff_mass"][sl])      # straight into the outputs
    np.equal(i_r, k - 1, out=out["best_range_at_grid_edge"][sl])
    np.equal(i_e, k - 1, out=out["best_endurance_at_grid_edge"][sl])
    np.greater(t_hover, 0.0, out=out["feasible"][sl])
    np.divide(thrust_hover, area, out=out["disk_loading"][sl])


#: Output keys of :func:`performance` that are flags (bool); the others are floats.
FLAGS = ("best_range_at_grid_edge", "best_endurance_at_grid_edge", "inflow_unconverged",
         "tilt_beyond_validity", "feasible")
#: Output keys of :func:`performance`.
KEYS = ("takeoff_mass", "hover_power", "hover_shaft_power", "hover_endurance",
        "max_endurance", "best_endurance_speed", "power_at_best_endurance", "max_range",
        "best_range_speed", "power_at_best_range", "endurance_at_best_range", *FLAGS,
        "energy_available", "disk_loading", "hover_tip_speed", "thrust_to_weight")


def _flat_inputs(a, shape):
    """Every array of ``a`` flat over ``shape``, or a float where it is one value.

    A field given as a scalar, or as a broadcast view of one (``np.broadcast_to(x, n)``),
    stays a scalar (no copy to full length); a full-shape contiguous array is a view; only a
    partly broadcast array (e.g. ``(n, 1)`` against ``(1, k)``) is copied.
    """
    size = int(np.prod(shape, dtype=np.int64))
    flat = {}
    for key, val in a.items():
        val = np.asarray(val, dtype=float)
        if val.size == 1 or (val.size and not any(val.strides)):  # one value, or a view of one
            flat[key] = float(val.flat[0])
        elif val.shape == shape:
            flat[key] = np.ascontiguousarray(val).reshape(size)
        else:
            flat[key] = np.broadcast_to(val, shape).reshape(size)
    return flat, size


def _chunk_of(flat, start, stop):
    return {key: (val[start:stop] if isinstance(val, np.ndarray) else val)
            for key, val in flat.items()}


def _run_chunks(work, size, shared=None):
    """Call ``work(start, stop)`` on every chunk: ``workers.chunk_bounds`` (:data:`CHUNK`
    samples, :data:`FINE_CHUNK` in the middle) when forked or threaded, equal chunks of at
    most :data:`SOLO_CHUNK` in one process (a sample's result is the same either way).

    With ``shared`` (the dict of outputs ``work`` writes into), a large call forks a
    process for the second core (:func:`dronecalc.physics.workers.run_chunks`); otherwise,
    with :data:`WORKERS` > 1, each thread takes a contiguous run of chunks.
    """
    bounds = chunk_bounds(size, CHUNK, FINE_CHUNK)
    if size >= HEAP_MIN:
        keep_heap()                        # a chunk's temporaries without fresh page faults
    workers = max(1, min(WORKERS, len(bounds)))
    if workers == 1:
        run_chunks(work, size, CHUNK, shared, fine=FINE_CHUNK, solo=SOLO_CHUNK)
        return
    per = -(-len(bounds) // workers)
    from concurrent.futures import ThreadPoolExecutor   # only here: ~3 ms of imports (queue)

    def run(group):
        for start, stop in group:
            work(start, stop)
    # numpy releases the GIL in array arithmetic: the runs of chunks share the cores
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(run, [bounds[g:g + per] for g in range(0, len(bounds), per)]))
