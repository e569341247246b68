r"""The standard normal quantile (inverse CDF) in numpy, without importing :mod:`scipy.special`.

The calibrated laws of :mod:`.tables` turn a percentile drawn for every Monte Carlo sample into
a standard normal deviate. ``scipy.special.ndtri`` does that, but importing
:mod:`scipy.special` costs 0.10-0.13 s (it builds scipy's array-API layer, which imports
numpy.f2py, numpy.ma and numpy.testing), a quarter of a whole ``dronecalc check``.
:func:`ndtri` evaluates the same rational approximations as scipy's (Cephes ``ndtri``,
Moshier 1989) in the same order, vectorised.

Accuracy: Cephes states a peak relative error of 7.2e-16 on (0.125, 1) and 4.6e-16 on
(3e-308, 0.135) against the exact quantile. Against ``scipy.special.ndtri`` (scipy 1.17,
measured on 4 million uniform points in (0.05, 0.95)): identical between exp(-2) and
1 - exp(-2), where no logarithm is taken; in the tails about 1 point in 20,000 differs by at
most 8e-16 relative (1 ULP), because numpy's vectorised ``log`` may round differently from
the C library's. tests/test_check_time.py compares the two.

References
----------
.. [Moshier1989] Moshier, S. L. (1989). *Methods and Programs for Mathematical Functions*.
   Ellis Horwood; the Cephes Math Library, release 2.1, ``ndtri.c`` (the coefficients below),
   https://www.netlib.org/cephes/
"""
from __future__ import annotations

import numpy as np

_EXP_M2 = 0.13533528323661269189          # exp(-2): the central branch is exp(-2) < y < 1 - exp(-2)
_SQRT_2PI = 2.50662827463100050242

# x / sqrt(2 pi) = w + w^3 P0(w^2) / Q0(w^2), w = y - 0.5, for |w| <= 3/8
_P0 = (-5.99633501014107895267e1, 9.80010754185999661536e1, -5.66762857469070293439e1,
       1.39312609387279679503e1, -1.23916583867381258016e0)
_Q0 = (1.95448858338141759834e0, 4.67627912898881538453e0, 8.63602421390890590575e1,
       -2.25462687854119370527e2, 2.00260212380060660359e2, -8.20372256168333339912e1,
       1.59056225126211695515e1, -1.18331621121330003142e0)
# tails, z = sqrt(-2 ln y): x = z - ln(z) / z - P(1/z) / (z Q(1/z)); P1/Q1 for 2 <= z < 8
_P1 = (4.05544892305962419923e0, 3.15251094599893866154e1, 5.71628192246421288162e1,
       4.40805073893200834700e1, 1.46849561928858024014e1, 2.18663306850790267539e0,
       -1.40256079171354495875e-1, -3.50424626827848203418e-2, -8.57456785154685413611e-4)
_Q1 = (1.57799883256466749731e1, 4.53907635128879210584e1, 4.13172038254672030440e1,
       1.50425385692907503408e1, 2.50464946208309415979e0, -1.42182922854787788574e-1,
       -3.80806407691578277194e-2, -9.33259480895457427372e-4)
# P2/Q2 for 8 <= z <= 64 (y below exp(-32) = 1.3e-14)
_P2 = (3.23774891776946035970e0, 6.91522889068984211695e0, 3.93881025292474443415e0,
       1.33303460815807542389e0, 2.01485389549179081538e-1, 1.23716634817820021358e-2,
       3.01581553508235416007e-4, 2.65806974686737550832e-6, 6.23974539184983293730e-9)
_Q2 = (6.02427039364742014255e0, 3.67983563856160859403e0, 1.37702099489081330271e0,
       2.16236993594496635890e-1, 1.34204006088543189037e-2, 3.28014464682127739104e-4,
       2.89247864745380683936e-6, 6.79019408009981274425e-9)


def _horner(x: np.ndarray, coefficients: tuple, monic: bool = False) -> np.ndarray:
    """Polynomial in ``x``, highest power first; ``monic``: a leading 1 not listed."""
    acc = x + coefficients[0] if monic else np.full_like(x, coefficients[0])
    for c in coefficients[1:]:
        acc *= x
        acc += c
    return acc


def ndtri(p) -> np.ndarray:
    """Standard normal quantile: the ``x`` with ``Phi(x) = p`` [-], any array shape.

    ``p`` = 0 and 1 give -inf and inf; ``p`` outside [0, 1] or NaN gives NaN (as scipy).

    Examples
    --------
    >>> float(ndtri(0.975))
    1.959963984540054

    Notes
    -----
    Evaluated in blocks of :data:`_BLOCK` entries, each through every step while it sits in
    the processor's cache: on 10^5 entries the ~40 passes of the branch polynomials over
    whole arrays were memory-bound (8.1 against 3.3 ms). Each entry's arithmetic is the same,
    so the result is too (numpy's elementwise functions give an entry the same result
    wherever it sits in an array; tests/test_check_time.py checks blocked against whole).
    """
    p = np.asarray(p, dtype=float)
    if p.size <= _BLOCK:
        return _ndtri(p)
    out = np.empty(p.shape)
    flat, into = p.reshape(-1), out.reshape(-1)
    for start in range(0, flat.size, _BLOCK):
        into[start:start + _BLOCK] = _ndtri(flat[start:start + _BLOCK])
    return out


#: Entries per block of :func:`ndtri` (128 KiB of float64; measured on 10^5 entries: 3.3 ms,
#: against 3.5 at 8192, 5.0 at 4096 (each block's ~40 numpy calls cost ~0.1 ms) and 8.1 ms
#: unblocked).
_BLOCK = 16384


def _ndtri(p: np.ndarray) -> np.ndarray:
    """:func:`ndtri` of one block."""
    upper = p > 1.0 - _EXP_M2
    y = np.where(upper, 1.0 - p, p)            # y = min(p, 1 - p) where it matters
    tail = ~(y > _EXP_M2)
    if tail.all():                             # e.g. a bound's probes at a box corner
        out = np.empty(p.shape)
    else:
        w = y - 0.5                            # central branch on every entry: no gather
        w2 = w * w
        with np.errstate(all="ignore"):        # the tails' entries are replaced below
            out = _horner(w2, _P0)
            out *= w2
            out /= _horner(w2, _Q0, True)
            out *= w
            out += w
            out *= _SQRT_2PI
    if tail.any():
        rows = np.flatnonzero(tail)            # gathered and put back by index: ~3x a mask
        with np.errstate(divide="ignore", invalid="ignore"):     # y = 0 and NaN: set below
            x = np.sqrt(-2.0 * np.log(y.take(rows)))
            z = 1.0 / x
            x1 = z * _horner(z, _P1) / _horner(z, _Q1, True)
            far = x >= 8.0
            if far.any():
                x1[far] = z[far] * _horner(z[far], _P2) / _horner(z[far], _Q2, True)
            x = (x - np.log(x) / x) - x1
        out.put(rows, np.where(upper.take(rows), x, -x))
        edge = ~(y > 0.0)
        if edge.any():
            out[edge] = np.where(p[edge] == 0.0, -np.inf,
                                 np.where(p[edge] == 1.0, np.inf, np.nan))
    return out[()] if out.ndim == 0 else out
