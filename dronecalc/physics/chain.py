"""The vectorised search behind ``multirotor.performance``: power on a speed grid, the optima.

SI arrays in and out, no pint. :func:`performance_into` evaluates one machine per sample in
chunks that fit a core's cache, writing into preallocated outputs:

1. per-sample constants of level-flight power (:func:`dronecalc.physics.rotor._flight_constants`,
   trig-free: cos a = W/H, sin a = D/H), drive and pack terms (:func:`_constants`);
2. electrical power on the speed grid, speeds on the leading axis, in :data:`SEARCH_DTYPE`;
3. best endurance = least power, best range = most (V - w) t(V): the parabola through the best
   grid point and its neighbours, then :data:`NEWTON_STEPS` Newton steps on the derivative
   (central differences), the last in float64; golden section on :func:`_range_score` where
   the range refinement meets a zero range or fails;
4. every reported figure evaluated again in float64 at the speeds found, with flags for an
   optimum at the top of the grid, an unconverged inflow and a tilt beyond 45 degrees.

References
----------
.. [Kiefer1953] Kiefer, J. (1953). Sequential minimax search for a maximum. Proc. AMS 4(3),
   502-506. doi:10.1090/S0002-9939-1953-0055639-3 (golden-section search).
.. [Press2007] Press, W. H. et al. (2007). *Numerical Recipes*, 3rd ed., Cambridge University
   Press. Sec. 10.3 (parabolic interpolation), 5.7 (central differences: step size against
   rounding).
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .battery import _WH
from .propulsion import _thrust_ceiling_kv, _thrust_to_weight
from .rotor import (_G, GLAUERT_STEPS, TILT_VALIDITY, _disk_area, _flight_constants,
                    _hover_tip_speed, _shaft_power)


#: Default airspeed grid [m/s] for the coarse search of best speeds: 0 to 45 m/s
#: (162 km/h) every 5 m/s. Each optimum is then refined off the grid (a parabola through
#: the best three grid points and Newton steps on the derivative, golden section where that
#: fails), so the grid only has to bracket it; ``performance`` flags an optimum at the top
#: edge (``best_range_at_grid_edge``, ``best_endurance_at_grid_edge``).
DEFAULT_SPEEDS = np.linspace(0.0, 45.0, 10)
#: Samples per chunk: about 2k samples x 10 speeds keep the few live temporaries of one
#: power evaluation (160 kB each) inside a core's L2 cache (1 MiB here).
CHUNK = 2048
#: Threads evaluating chunks at once (results do not depend on it: each chunk is pure and
#: writes its own slice of the preallocated outputs). One: on this 2-core machine, idle,
#: two threads ran 10^6 samples at 0.57-0.78 M/s against 0.96 M/s for one
#: (benchmarks/speed.py, 2026-12-01); the chunks are too small for numpy's released GIL
#: to pay for the hand-offs. Set it higher where a measurement says so.
WORKERS = 1
#: Newton steps of Glauert's quartic on the grid and in the float32 Newton steps, which only
#: bracket the optima and approach them (2 steps: inflow within ~1e-3 relative at worst,
#: ~1e-6 typically); the float64 step and the reported figures use rotor.GLAUERT_STEPS.
GRID_GLAUERT_STEPS = 2
#: Newton steps on the derivative of the objective after the parabola through the grid.
NEWTON_STEPS = 3
#: Floating-point type of the grid and of all but the last Newton step. float32 would cut
#: the search time by ~14 %, but with the in-plane rotor drag a flat best-endurance optimum
#: then moves by up to 5.5e-4 relative (benchmarks/speed.py, 10^5 samples), past the 1e-4
#: the issue allows for float32 (maxima and powers stay within 5e-7): float64 by default.
SEARCH_DTYPE = np.float64
#: Half-width [m/s] of the central differences giving that derivative, by dtype: it
#: balances truncation ~ h^2 f'''/6 against rounding ~ eps f / h (float32: ~2e-4 m/s in
#: the speed found; float64: ~1e-7 m/s).
_FD_STEP = {"f": 0.05, "d": 1e-3}
#: Golden-section iterations of the fallback (samples whose smooth refinement failed, e.g.
#: a range optimum at the pack's power cutoff or a flyable window between grid points):
#: a bracket of two grid steps (10 m/s) shrinks by 0.618^40 to ~1e-7 m/s.
GOLDEN_ITERATIONS = 40
#: Speed scale [m/s] of the penalty that ranks speeds where no range is possible by how
#: far they are from the flyable window (only its sign and monotony matter).
_PENALTY_SPEED = 10.0

_INV_PHI = (np.sqrt(5.0) - 1.0) / 2.0


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


def _power(c, speed, steps=GLAUERT_STEPS, check=True):
    """Electrical power [W] and inflow convergence at ``speed`` (broadcast against ``c``)."""
    shaft, converged = _shaft_power(c, speed, steps, check=check)
    return shaft * c["inv_eta"] + c["avionics"], converged


def _endurance(c, power):
    """Time aloft [s] at constant electrical ``power`` [W]: E u eta(P) / P (0 if undeliverable)."""
    disc = 1.0 - c["loss"] * power
    eta = np.where(disc >= 0.0, 0.5 * (1.0 + np.sqrt(np.maximum(disc, 0.0))), 0.0)
    return c["usable"] * eta / power


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


def _vertex(speeds, f, i):
    """Abscissa of the parabola through the grid points i-1, i, i+1 (clamped inside the grid)."""
    k = len(speeds)
    if k < 3:
        return speeds[i]
    j = np.clip(i, 1, k - 2)
    x0, x1, x2 = speeds[j - 1], speeds[j], speeds[j + 1]
    cols = np.arange(f.shape[1])
    f0, f1, f2 = f[j - 1, cols], f[j, cols], f[j + 1, cols]
    a, b = x1 - x0, x1 - x2
    num = a * a * (f1 - f2) - b * b * (f1 - f0)
    den = a * (f1 - f2) - b * (f1 - f0)
    with np.errstate(divide="ignore", invalid="ignore"):
        x = x1 - 0.5 * num / den
    return np.where(np.isfinite(x), x, speeds[i])


def _newton_step(f, centre, h, low, high):
    """One Newton step towards the maximum of f from ``f`` = f(centre + (-h, 0, h)).

    Returns ``(x, ok)``, ``x`` kept in [low, high]; ``ok`` False where the curvature was
    not negative (then ``x`` stays at ``centre``).
    """
    d1 = (f[2] - f[0]) * (0.5 / h)
    d2 = (f[2] - 2.0 * f[1] + f[0]) * (1.0 / (h * h))
    ok = d2 < 0.0
    x = np.where(ok, centre - d1 / np.where(ok, d2, -1.0), centre)
    return np.clip(x, low, high), ok


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


def _subset(c, mask):
    return {key: (val[mask] if np.ndim(val) else val) for key, val in c.items()}


def _performance_chunk(a, speeds, out, sl):
    """``performance`` of one chunk of 1-D arrays ``a``, written into ``out[key][sl]``.

    Best endurance is least electrical power (endurance falls strictly with power, rate
    losses included); best range maximises (V - w) t(V). Both start from the grid: the
    parabola through the best grid point and its neighbours, then ``NEWTON_STEPS`` Newton
    steps on the derivative (central differences), both objectives in one evaluation per
    step, each kept between the best point's grid neighbours. The grid and the first steps
    run in :data:`SEARCH_DTYPE`, the last step in float64; every reported figure is
    evaluated once more in float64 at the speeds found. Range samples whose refinement met a zero range (a flyable window
    narrower than the grid, an optimum at the pack's power cutoff) or failed are redone by
    golden section on :func:`_range_score` in float64.
    """
    n = sl.stop - sl.start
    c = _constants(a)
    c["w2"] = np.broadcast_to(c["w2"], (n,))        # every result has the chunk's length
    dtype = np.dtype(SEARCH_DTYPE)
    cs = {key: np.asarray(val, dtype=dtype) for key, val in c.items()}
    w = np.asarray(a["headwind"], dtype=float)
    ws = w.astype(dtype)
    k = len(speeds)
    grid = speeds.astype(dtype)[:, None]
    p_grid, _ = _power(cs, grid, GRID_GLAUERT_STEPS, check=False)   # (k, n)
    cols = np.arange(n)
    lo_of = speeds[np.maximum(np.arange(k) - 1, 0)]
    hi_of = speeds[np.minimum(np.arange(k) + 1, k - 1)]

    r_grid = _range_from(grid, _endurance(cs, p_grid), ws)
    i_e = np.argmin(p_grid, axis=0)
    i_r = np.argmax(r_grid, axis=0)
    none = r_grid[i_r, cols] <= 0.0                 # no grid point flies: rank by the score
    if np.any(none):
        wn = ws[none] if ws.ndim else ws
        loss = cs["loss"][none] if np.ndim(cs["loss"]) else cs["loss"]
        short = (np.maximum(wn - grid, 0.0)
                 + _PENALTY_SPEED * np.maximum(loss * p_grid[:, none] - 1.0, 0.0))
        i_r[none] = np.argmax(-short, axis=0)
    low_e, high_e, low_r, high_r = lo_of[i_e], hi_of[i_e], lo_of[i_r], hi_of[i_r]
    smooth = ((r_grid[np.maximum(i_r - 1, 0), cols] > 0.0) & (r_grid[i_r, cols] > 0.0)
              & (r_grid[np.minimum(i_r + 1, k - 1), cols] > 0.0))
    x_e = _vertex(speeds, p_grid, i_e).clip(low_e, high_e)
    x_r = _vertex(speeds, r_grid, i_r).clip(low_r, high_r)
    for step in range(NEWTON_STEPS):
        # the last step in float64: a flat optimum is only located to ~sqrt(eps) of the
        # objective's rounding, 2e-4 relative in float32 against 1e-8 in float64
        last = step == NEWTON_STEPS - 1
        dt, cv, wv = (np.dtype(float), c, w) if last else (dtype, cs, ws)
        h = _FD_STEP[dt.char]
        c_e, c_r = np.maximum(x_e, h), np.maximum(x_r, h)
        v = np.empty((6, n), dtype=dt)
        v[:3], v[3:] = c_e, c_r
        v += np.array([-h, 0.0, h, -h, 0.0, h], dtype=dt)[:, None]
        p, _ = _power(cv, v, GLAUERT_STEPS if last else GRID_GLAUERT_STEPS, check=False)
        r = _range_from(v[3:], _endurance(cv, p[3:]), wv)
        x_e, _ = _newton_step(-p[:3], c_e, h, low_e, high_e)
        x_r, ok = _newton_step(r, c_r, h, low_r, high_r)
        smooth &= ok & np.all(r > 0.0, axis=0)
    # the figures, in float64: best endurance, best range, and hover (where Glauert's
    # inflow is v_h: P = kappa_eff k_ov W v_h + P0)
    p_final, ok_final = _power(c, np.stack([x_e, x_r]))
    v_e, p_e, ok_e = x_e, p_final[0], ok_final[0]
    v_r, p_r, ok_r = x_r, p_final[1], ok_final[1]
    weight = a["weight"]
    p_hover = ((c["k_induced"] * weight * np.sqrt(weight * c["vh2_per_h"]) + c["p0"])
               * c["inv_eta"] + c["avionics"])

    worse = p_e > p_grid[i_e, cols] * (1.0 + 1e-6)     # the grid's point was better
    if np.any(worse):
        v_e = np.where(worse, speeds[i_e], v_e)
        p_at, ok_at = _power(c, v_e)
        p_e, ok_e = np.where(worse, p_at, p_e), np.where(worse, ok_at, ok_e)
    at_hover = p_hover < p_e        # hovering is a candidate too (a curve rising from V = 0)
    if np.any(at_hover):
        v_e, p_e = np.where(at_hover, 0.0, v_e), np.where(at_hover, p_hover, p_e)
        ok_e = np.where(at_hover, True, ok_e)            # hover inflow is exact (v_h)
    t_e = _endurance(c, p_e)

    r_r = _range_from(v_r, _endurance(c, p_r), w)
    fallback = ~smooth | (r_r < r_grid[i_r, cols] * (1.0 - 1e-6))
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
    # the best-endurance point lies in the flyable window whenever that holds any range
    r_at_e = _range_from(v_e, t_e, w)
    use_e = r_at_e > r_r
    if np.any(use_e):
        v_r = np.where(use_e, v_e, v_r)
        r_r = np.where(use_e, r_at_e, r_r)
        p_r = np.where(use_e, p_e, p_r)
        ok_r = np.where(use_e, ok_e, ok_r)

    t_hover = _endurance(c, p_hover)
    area = _disk_area(a["rotor_diameter"])
    thrust_hover = weight / a["rotors"]
    max_thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                    a["rotors"], a["air_density"], a["thrust_coefficient"],
                                    a["loaded_rpm_fraction"])
    values = {
        "takeoff_mass": weight / _G,
        "hover_power": p_hover,
        "hover_shaft_power": (p_hover - a["avionics_power"]) * a["drive_efficiency"],
        "hover_endurance": t_hover,
        "max_endurance": t_e,
        "best_endurance_speed": v_e,
        "power_at_best_endurance": p_e,
        "max_range": r_r,
        "best_range_speed": v_r,
        "power_at_best_range": p_r,
        "endurance_at_best_range": _endurance(c, p_r),
        "best_range_at_grid_edge": i_r == k - 1,
        "best_endurance_at_grid_edge": i_e == k - 1,
        "inflow_unconverged": ~(ok_e & ok_r),
        "tilt_beyond_validity": c["q"] * v_r * v_r > np.tan(TILT_VALIDITY) * weight,
        "feasible": t_hover > 0.0,
        "energy_available": c["usable"],
        "disk_loading": thrust_hover / area,
        "hover_tip_speed": np.where(np.isnan(a["tip_speed"]),
                                    _hover_tip_speed(thrust_hover, a["air_density"], area,
                                                     a["thrust_coefficient"]), a["tip_speed"]),
        "thrust_to_weight": _thrust_to_weight(max_thrust, weight / _G),
    }
    for key, val in values.items():
        out[key][sl] = val


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


def _run_chunks(work, size):
    """Call ``work(start, stop)`` on every chunk; each thread takes a contiguous run."""
    starts = list(range(0, size, CHUNK))
    workers = max(1, min(WORKERS, len(starts)))
    if workers == 1:
        for s in starts:
            work(s, min(s + CHUNK, size))
        return
    per = -(-len(starts) // workers)

    def run(group):
        for s in group:
            work(s, min(s + CHUNK, size))
    # numpy releases the GIL in array arithmetic: the runs of chunks share the cores
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(run, [starts[g:g + per] for g in range(0, len(starts), per)]))
