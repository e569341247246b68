"""The fused power evaluation of the performance chain, on reused scratch arrays.

:func:`_fast_power` evaluates the electrical power of :mod:`dronecalc.physics.rotor`'s
level-flight model (trig-free trim, Glauert's quartic by Newton's method from the exact
upper-bound seed, the profile, parasite and rotor-drag terms, drive efficiency and
avionics) in place, with no temporaries, for :mod:`dronecalc.physics.chain`'s search;
``tests/test_workers.py`` checks it against ``rotor._shaft_power`` to 1e-13.
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

_SCRATCH = threading.local()
#: Scratch arrays one power evaluation needs (see :func:`_fast_power`).
_BUFFERS = 11


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
    return bufs


def _drop_scratch():
    """Forget the scratch arrays (in a forked child: their mapping was not inherited)."""
    _SCRATCH.__dict__.pop("buffers", None)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_scratch)


def _fast_constants(c, dtype):
    """The chain's per-sample constants folded for :func:`_fast_power`, in ``dtype``.

    ``P_e = P_shaft / eta + P_av`` with the shaft power of
    :func:`dronecalc.physics.rotor._shaft_power` is, term by term,
    ``H (k_induced v_i + c_rd V^2) / eta + (P0 / eta + P_av) + (P0_mu / eta) V^2 / H^2
    + D V / eta``: the same equations with 1/eta folded into the coefficients, and
    Glauert's ``v_h^4 = (H vh2_per_h)^2 = vh2_per_h^2 H^2``. ``ue`` is half the usable
    energy (the 1/2 of the rate efficiency (1 + sqrt(1 - loss P)) / 2).
    """
    inv_eta = c["inv_eta"]
    c_rd = np.asarray(c["c_rd"], dtype=float)
    f = {"q": c["q"], "w2": c["w2"], "a2": c["vh2_per_h"] * c["vh2_per_h"],
         "kk": c["k_induced"] * inv_eta, "p0e": c["p0"] * inv_eta + c["avionics"],
         "pmu": c["p0_mu"] * inv_eta, "inv_eta": inv_eta, "loss": c["loss"],
         "ue": 0.5 * c["usable"], "crd": c_rd * inv_eta if np.any(c_rd) else None}
    return {key: (None if val is None else np.asarray(val, dtype=dtype))
            for key, val in f.items()}


def _fast_power(f, V, steps, bufs, out, check=False):
    """Electrical power [W] at speeds ``V`` into ``out`` (see :func:`_fast_power_block`), in
    blocks of at most :data:`POWER_BLOCK` samples, so that the scratch arrays stay near
    the cache however long the chunk; element by element the same arithmetic."""
    n = out.shape[1]
    if n <= POWER_BLOCK:
        return _fast_power_block(f, V, steps, bufs, out, check)
    converged = np.empty(out.shape, dtype=bool) if check and steps else None
    for s in range(0, n, POWER_BLOCK):
        e = min(s + POWER_BLOCK, n)
        part = {key: (val[s:e] if isinstance(val, np.ndarray) and val.ndim else val)
                for key, val in f.items()}
        ok = _fast_power_block(part, V[:, s:e] if V.shape[1] == n else V, steps, bufs,
                               out[:, s:e], check)
        if converged is not None:
            converged[:, s:e] = ok
    return converged


def _fast_power_block(f, V, steps, bufs, out, check=False):
    """Electrical power [W] at speeds ``V`` into ``out``, with no temporaries.

    ``V`` has shape ``(rows, n)`` or ``(rows, 1)`` against the ``n`` samples of ``f``
    (:func:`_fast_constants`); ``bufs`` are :func:`_scratch` arrays of ``out``'s dtype.
    The equations and the inflow solution are those of
    :func:`dronecalc.physics.rotor._shaft_power` and
    :func:`dronecalc.physics.rotor._glauert_solve` (trig-free trim; Newton's method on
    Glauert's quartic from the exact upper-bound seed, ``steps`` steps, each
    ``v <- v - g/g'`` with ``g = ((v + 2 vz) v + V^2) v^2 - v_h^4``), computed in place.
    Returns ``converged`` as ``_glauert_solve`` does (None unless ``check``).
    """
    shape = out.shape
    m = shape[0] * shape[1]
    V2f, D, H2, H, vh4, vz2, vz6, v, num, den, V2x2 = (b[:m].reshape(shape) for b in bufs)
    if V.shape == shape:
        V2 = np.multiply(V, V, out=V2f)
        V2x2 = np.add(V2, V2, out=V2x2)
    else:
        V2 = V * V
        V2x2 = V2 + V2
    np.multiply(f["q"], V2, out=D)                   # drag D = q V^2
    np.multiply(D, D, out=H2)
    H2 += f["w2"]                                    # H^2 = W^2 + D^2
    np.multiply(H2, f["a2"], out=vh4)                # v_h^4 of one rotor carrying H / n
    np.sqrt(H2, out=H)
    np.divide(D, H, out=vz2)                         # sin(a) = D / H
    vz2 *= V
    vz2 *= 2.0                                       # 2 V sin(a)
    np.multiply(vz2, 3.0, out=vz6)
    np.multiply(vh4, 4.0, out=den)                   # seed: 2 vh4 / (V^2 + sqrt(V^4 + 4 vh4))
    np.multiply(V2, V2, out=num)
    den += num
    np.sqrt(den, out=den)
    den += V2
    np.divide(vh4, den, out=num)
    num *= 2.0
    np.sqrt(num, out=v)
    for _ in range(steps):
        np.add(v, vz2, out=num)                      # g
        num *= v
        num += V2
        num *= v
        num *= v
        num -= vh4
        np.multiply(v, 4.0, out=den)                 # g' = ((4 v + 6 vz) v + 2 V^2) v
        den += vz6
        den *= v
        den += V2x2
        den *= v
        num /= den
        v -= num
    converged = None
    if check and steps:                              # the last step, num, against v
        np.abs(num, out=den)
        np.multiply(v, _GLAUERT_STEP_TOL, out=vz2)
        converged = np.less_equal(den, vz2)
        np.multiply(v, -1e-12, out=vz6)
        converged &= num >= vz6
    np.multiply(v, f["kk"], out=num)                 # induced k H v_i (+ rotor drag c H V^2)
    if f["crd"] is not None:
        np.multiply(V2, f["crd"], out=den)
        num += den
    num *= H
    np.divide(V2, H2, out=den)                       # profile P0 (1 + K mu^2)
    den *= f["pmu"]
    num += den
    num += f["p0e"]
    D *= V                                           # parasite D V
    D *= f["inv_eta"]
    np.add(num, D, out=out)
    return converged
