"""The fused power evaluation of the performance chain, on reused scratch arrays.

:func:`_fast_power` evaluates the electrical power of :mod:`dronecalc.physics.rotor`'s
level-flight model (trig-free trim, Glauert's quartic by Newton's method from the exact
upper-bound seed, the profile, parasite and rotor-drag terms, drive efficiency and
avionics) in place, with no temporaries, for :mod:`dronecalc.physics.chain`'s search;
``tests/test_workers.py`` checks it against ``rotor._shaft_power`` to 1e-13.
:func:`_fast_range` turns such powers into ranges in place, and :func:`_best_row` finds the
best grid row of every sample, both in few array passes.
"""
from __future__ import annotations

import mmap
import os
import threading

import numpy as np

from .rotor import _GLAUERT_STEP_TOL

#: Largest number of samples one fused power evaluation works on at once (a longer chunk
#: is evaluated in blocks of this many; its one-row steps run on the whole chunk):
#: interleaved at a 32k chunk, 583-613 ns per sample at 8k against 598 at 16k, 613 unblocked
#: and 680-716 at 4k and 2k.
POWER_BLOCK = 8192
#: Rows of a search step's evaluation (6); an evaluation of fewer rows (the best-endurance
#: search's two half-step points, a few samples' powers) takes blocks of up to
#: POWER_BLOCK x (BLOCK_ROWS // rows) samples, where its scratch arrays hold them: the
#: same elements a block, fewer numpy calls (two rows of float32 at 65,536 samples,
#: measured here: 14.1 ns per sample in blocks of 8,192, 11.2 at 16,384, 10.2 at 32,768;
#: element by element the same arithmetic).
BLOCK_ROWS = 6

_SCRATCH = threading.local()
#: Scratch arrays one power evaluation needs (see :func:`_fast_power`).
_BUFFERS = 11
#: Newton steps of Glauert's quartic at a search step's centres beyond the ``steps`` asked
#: (:func:`_fast_power_centred`): the side points, started from the centre's inflow, reach
#: rounding, and the centre must too, or the difference of their errors (up to ~1e-10 after
#: three steps from the upper bound at a tilt) swamps the curvature over h = 1e-3 m/s
#: (measured: on 100,000 random machines with wind, best-range speeds up to 0.13 off a
#: converged search with three steps at the centre, 3.7e-8 with four, 1.9e-7 before).
CENTRE_EXTRA = 1


def _scratch(dtype, size):
    """:data:`_BUFFERS` flat scratch arrays of ``dtype``, at least ``size`` long, per thread.

    Reused from chunk to chunk (no allocation, no fresh pages to fault in); a larger
    request replaces them. They live in one private mapping that a forked child does not
    inherit (``MADV_DONTFORK``; the child drops them and makes its own, see
    :func:`_drop_scratch`): an inherited copy-on-write one would make both processes copy
    every page of it on their first write after the fork.
    """
    cache = _SCRATCH.__dict__.setdefault("buffers", {})
    bufs = cache.get(dtype.char)
    if bufs is None or bufs[0].size < size:
        step = -(-size * dtype.itemsize // 64) * 64            # each buffer 64-B aligned
        try:
            block = mmap.mmap(-1, step * _BUFFERS, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
            block.madvise(mmap.MADV_DONTFORK)
            if hasattr(mmap, "MADV_HUGEPAGE"):                 # 2 MB pages: fewer faults
                block.madvise(mmap.MADV_HUGEPAGE)
        except (AttributeError, OSError, ValueError):          # not Linux: ordinary memory
            block = bytearray(step * _BUFFERS)
        bufs = [np.frombuffer(block, dtype=dtype, count=size, offset=step * i)
                for i in range(_BUFFERS)]
        cache[dtype.char] = bufs
        _SCRATCH.__dict__.pop("views", None)       # (they would hold the old mapping)
    return bufs


#: The scratch arrays' views of each shape asked, per thread (a chunk asks the same few
#: shapes ~50 times: 11 slices and reshapes each time cost ~4 us a call).
_VIEWS_HELD = 64


def _views(bufs, shape):
    """The :func:`_scratch` arrays ``bufs`` as arrays of ``shape`` (their first elements)."""
    views = _SCRATCH.__dict__.setdefault("views", {})
    key = (id(bufs), shape)
    held = views.get(key)
    if held is None or held[0] is not bufs:
        if len(views) >= _VIEWS_HELD:
            views.clear()
        m = int(np.prod(shape))
        held = (bufs, tuple(b[:m].reshape(shape) for b in bufs))
        views[key] = held
    return held[1]


def _drop_scratch():
    """Forget the scratch arrays (in a forked child: their mapping was not inherited)."""
    _SCRATCH.__dict__.pop("buffers", None)
    _SCRATCH.__dict__.pop("views", None)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_scratch)


def _fast_constants(c, dtype):
    """The chain's per-sample constants folded for :func:`_fast_power`, in ``dtype``.

    ``P_e = P_shaft / eta + P_av`` with the shaft power of
    :func:`dronecalc.physics.rotor._shaft_power` is, term by term,
    ``H (k_induced v_i + c_rd V^2) / eta + (P0 / eta + P_av) + (P0_mu / eta) V^2 / H^2
    + D V / eta``: the same equations with 1/eta folded into the coefficients, and
    Glauert's ``v_h^4 = (H vh2_per_h)^2 = vh2_per_h^2 H^2``. Per sample, so that the
    evaluation at many speeds does not repeat them: ``qq`` = q^2 (D^2 = q^2 V^4), ``q2`` = 2q
    (2 D V = 2 q V^3, twice Glauert's V sin a times H) and ``ieh`` = 1/(2 eta) (the parasite
    D V / eta from 2 D V). ``ue`` is half the usable energy (the 1/2 of the rate efficiency
    (1 + sqrt(1 - loss P)) / 2).
    """
    inv_eta = c["inv_eta"]
    c_rd = np.asarray(c["c_rd"], dtype=float)
    q = np.asarray(c["q"], dtype=float)
    f = {"q": q, "qq": q * q, "q2": q + q, "w2": c["w2"], "a2": c["vh2_per_h"] * c["vh2_per_h"],
         "kk": c["k_induced"] * inv_eta, "p0e": c["p0"] * inv_eta + c["avionics"],
         "pmu": c["p0_mu"] * inv_eta, "inv_eta": inv_eta, "ieh": 0.5 * inv_eta,
         "loss": c["loss"], "ue": 0.5 * c["usable"],
         "crd": c_rd * inv_eta if np.any(c_rd) else None}
    return {key: (None if val is None else np.asarray(val, dtype=dtype))
            for key, val in f.items()}


def _rows(check, rows):
    """The rows of an evaluation whose inflow convergence is asked (see :func:`_fast_power`)."""
    if check is True:
        return slice(None)
    return check if isinstance(check, slice) else None


def _fast_power(f, V, steps, bufs, out, check=False):
    """Electrical power [W] at speeds ``V`` into ``out`` (see :func:`_fast_power_block`), in
    blocks of at most :data:`POWER_BLOCK` samples (more for fewer rows, :data:`BLOCK_ROWS`),
    so that the scratch arrays stay near the cache however long the chunk; element by
    element the same arithmetic."""
    n = out.shape[1]
    block = POWER_BLOCK
    if out.shape[0] < BLOCK_ROWS:        # fewer rows: as many elements a block, if they fit
        block = max(block, min(block * (BLOCK_ROWS // out.shape[0]),
                               bufs[0].size // out.shape[0]))
    if n <= block:
        return _fast_power_block(f, V, steps, bufs, out, check)
    rows = _rows(check, out.shape[0]) if steps else None
    converged = (None if rows is None else
                 np.empty((len(range(out.shape[0])[rows]), n), dtype=bool))
    for s in range(0, n, block):
        e = min(s + block, n)
        part = {key: (val[s:e] if isinstance(val, np.ndarray) and val.ndim else val)
                for key, val in f.items()}
        ok = _fast_power_block(part, V[:, s:e] if V.shape[1] == n else V, steps, bufs,
                               out[:, s:e], check)
        if converged is not None:
            converged[:, s:e] = ok
    return converged


def _fast_power_centred(f, V, steps, side_steps, bufs, out):
    """Electrical power [W] at the ``(6, n)`` speeds ``V`` of a search step (two groups of
    ``x - h, x, x + h``) into ``out``, the two centres as :func:`_fast_power` does (``steps``
    Newton steps from the upper-bound seed), the four side points with ``side_steps`` from
    their centre's inflow, in blocks of :data:`POWER_BLOCK` samples (the centres with
    :data:`CENTRE_EXTRA` more). Returns the centres' ``converged`` ``(2, n)``.

    A side point lies ``h`` from its centre, so its inflow differs from the centre's by
    ~|dv/dV| h, ~1e-4 relative at h = 1e-3 m/s; Newton's quadratic convergence takes that to
    ~1e-8 in one step and to rounding in two, where the upper bound's seed needs three or
    more, and the seed's two square roots and division are not computed: 2 x 4 + 4 x 2
    Newton steps of Glauert's quartic instead of 6 x 3, and two seeds instead of six.
    """
    n = out.shape[1]
    V3, o3 = V.reshape(2, 3, n), out.reshape(2, 3, n)
    converged = np.empty((2, n), dtype=bool)
    inflow = np.empty((2, min(n, POWER_BLOCK)), dtype=out.dtype)
    for s in range(0, n, POWER_BLOCK):
        e = min(s + POWER_BLOCK, n)
        part = {key: (val[s:e] if isinstance(val, np.ndarray) and val.ndim else val)
                for key, val in f.items()}
        v_c = inflow[:, :e - s]
        converged[:, s:e] = _fast_power_block(part, V3[:, 1, s:e], steps + CENTRE_EXTRA, bufs,
                                              o3[:, 1, s:e], True, inflow=v_c)
        _fast_power_block(part, V3[:, ::2, s:e], side_steps, bufs, o3[:, ::2, s:e],
                          seed=v_c[:, None, :])
    return converged


def _fast_power_block(f, V, steps, bufs, out, check=False, seed=None, inflow=None):
    """Electrical power [W] at speeds ``V`` into ``out``, with no temporaries.

    ``V`` has shape ``(rows, n)`` or ``(rows, 1)`` against the ``n`` samples of ``f``
    (:func:`_fast_constants`); ``bufs`` are :func:`_scratch` arrays of ``out``'s dtype.
    The equations and the inflow solution are those of
    :func:`dronecalc.physics.rotor._shaft_power` and
    :func:`dronecalc.physics.rotor._glauert_solve` (trig-free trim; Newton's method on
    Glauert's quartic from the exact upper-bound seed, ``steps`` steps), computed in place
    and arranged for few array passes: with ``s2 = 2 V sin a = 2 D V / H`` and
    ``Q = (v + s2) v + V^2``, ``g = Q v^2 - v_h^4`` and ``g' = 4 v^3 + 3 s2 v^2 + 2 V^2 v
    = (3 Q + v^2 - V^2) v``, each step ``v <- v - g/g'`` twelve passes.
    ``check``: True for every row's convergence, a slice for those rows', as
    ``_glauert_solve`` returns it (None when False). ``seed``: the starting inflow instead
    of the upper bound (broadcast to ``out``'s shape); ``inflow``: an array of ``out``'s
    shape that receives the inflow solved.
    """
    shape = out.shape
    V2, V4, H2, H, vh4, s2, DV2, v, num, den, v2 = _views(bufs, shape)
    if V.shape == shape:
        np.multiply(V, V, out=V2)
        np.multiply(V2, V2, out=V4)
        np.multiply(V2, V, out=v)
        np.multiply(f["q2"], v, out=DV2)             # 2 D V = 2 q V^3
    else:                                            # one speed per row: (rows, 1)
        V2 = V * V
        V4 = V2 * V2
        np.multiply(f["q2"], V2 * V, out=DV2)
    np.multiply(f["qq"], V4, out=H2)                 # D^2 = q^2 V^4
    H2 += f["w2"]                                    # H^2 = W^2 + D^2
    np.multiply(H2, f["a2"], out=vh4)                # v_h^4 of one rotor carrying H / n
    np.sqrt(H2, out=H)
    np.divide(DV2, H, out=s2)                        # 2 V sin(a) = 2 D V / H
    if seed is not None:
        np.copyto(v, seed)
    else:
        np.multiply(vh4, 4.0, out=den)               # seed: 2 vh4 / (V^2 + sqrt(V^4 + 4 vh4))
        den += V4
        np.sqrt(den, out=den)
        den += V2
        np.divide(vh4, den, out=num)
        num *= 2.0
        np.sqrt(num, out=v)
    for _ in range(steps):
        np.add(v, s2, out=num)                       # Q = (v + s2) v + V^2
        num *= v
        num += V2
        np.multiply(v, v, out=v2)
        np.multiply(num, 3.0, out=den)               # g' = (3 Q + v^2 - V^2) v
        den += v2
        den -= V2
        den *= v
        num *= v2                                    # g = Q v^2 - v_h^4
        num -= vh4
        num /= den
        v -= num
    if inflow is not None:
        np.copyto(inflow, v)
    converged = None
    rows = _rows(check, shape[0]) if steps else None
    if rows is not None:                             # the last step, num, against v
        last, at = num[rows], v[rows]
        size, tol = den[rows], s2[rows]
        np.abs(last, out=size)
        np.multiply(at, _GLAUERT_STEP_TOL, out=tol)
        converged = np.less_equal(size, tol)
        np.multiply(at, -1e-12, out=tol)
        converged &= last >= tol
    np.multiply(v, f["kk"], out=num)                 # induced k H v_i (+ rotor drag c H V^2)
    if f["crd"] is not None:
        np.multiply(V2, f["crd"], out=den)
        num += den
    num *= H
    np.divide(V2, H2, out=den)                       # profile P0 (1 + K mu^2)
    den *= f["pmu"]
    num += den
    num += f["p0e"]
    DV2 *= f["ieh"]                                  # parasite D V
    np.add(num, DV2, out=out)
    return converged


def _fast_range(f, V, w, power, out):
    """Range (V - w) t(P) [m] at ``power`` into ``out``; 0 where not flyable.

    t = E u (1 + sqrt(1 - loss P)) / (2 P) as :func:`dronecalc.physics.chain._endurance`; where the pack cannot
    deliver P the square root is NaN and ``fmax`` makes the range 0, as it makes the
    product with a negative ground speed 0.
    """
    np.multiply(power, f["loss"], out=out)
    np.subtract(1.0, out, out=out)
    with np.errstate(invalid="ignore"):
        np.sqrt(out, out=out)
    out += 1.0
    out *= f["ue"]
    out /= power
    out *= V if np.ndim(w) == 0 and w == 0.0 else np.subtract(V, w)   # the ground speed
    np.fmax(out, 0.0, out=out)


def _best_row(f, largest):
    """Row index of the least (or largest) entry of every column and that entry.

    The first row wins ties, as with ``argmin``/``argmax``, and NaN entries are passed
    over unless the first row's is NaN (then that column's answer is row 0 and NaN, as a
    running strict comparison from row 0 gives). The entry is ``fmin``/``fmax`` reduced
    over the rows (contiguous passes); the index counts the rows before the first that
    equals it, with comparisons and additions only: ``argmin(axis=0)`` on a C-ordered
    array walks it across the cache lines, and a running comparison that updates the best
    entry and its index with ``copyto(..., where=)`` spends ~2 ns per element and row in
    the masked copies (measured with numpy 2.4 on a grid's powers, 10 x 32,768 float32:
    6.6 ns per column against 33 for the running comparison; results bitwise equal).
    """
    k, n = f.shape
    best = (np.fmax if largest else np.fmin).reduce(f, axis=0)
    if 1 < k <= 256:
        # index = rows before the first equal to best = (k - 1) - the rows j < k - 1 at or
        # after it: one comparison of those rows, then a running OR and a sum row by row
        # on their bytes (3.1 against 6.6 ns per column for 10 x 65,536 float32; the
        # same indices)
        seen = np.equal(f[:k - 1], best).view(np.uint8)
        for j in range(1, k - 1):
            np.bitwise_or(seen[j], seen[j - 1], out=seen[j])
        for j in range(1, k - 1):
            seen[0] += seen[j]                     # at most k - 1 <= 255: no overflow
        index = np.subtract(k - 1, seen[0], dtype=np.intp)
    else:
        index = np.zeros(n, dtype=np.intp)
        seen = np.zeros(n, dtype=bool)
        hit = np.empty(n, dtype=bool)
        for j in range(k - 1):              # index = rows before the first equal to best
            np.equal(f[j], best, out=hit)
            seen |= hit
            index += ~seen
    first_nan = np.isnan(f[0])
    if first_nan.any():
        best[first_nan] = f[0][first_nan]
        index[first_nan] = 0
    return index, best
