r"""The largest rotor a multirotor frame of a stated size can carry (SI floats or numpy arrays).

A report gives a multirotor's size in one of two ways, and they are not the same length:

* the **motor-to-motor** size: "wheelbase", "diagonal", "frame size" (a "450 mm frame"), the
  largest distance between two motor axes. It leaves the rotors out.
* the **overall** size: the machine's length, width or span, rotors included.

**Geometry** (elementary plane geometry; judgement only in reading the words). A flat
layout of :math:`m` rotor positions sits on a circle of radius :math:`R` at equal angles
(the usual multirotor: quad, hexa, octo; a coaxial machine of :math:`n` rotors has
:math:`m = n/2` positions, its pairs stacked). Neighbouring motor axes are the side of the
regular :math:`m`-gon, :math:`2 R \sin(\pi/m)` apart, so rotors of diameter :math:`D` whose
tips do not overlap need

.. math::  D \le 2 R \sin(\pi / m).

*Motor-to-motor size* :math:`d`: the longest diagonal of the :math:`m`-gon, :math:`d = 2R`
for even :math:`m` and :math:`2R\cos(\pi/(2m))` for odd :math:`m`, hence

.. math::  D_{max} = d\,\frac{\sin(\pi/m)}{c_m}, \quad c_m = 1 \text{ (even } m),
           \; \cos\frac{\pi}{2m} \text{ (odd } m).

(a 450 mm quad: 318 mm, 12.5 in; DJI's F450 frame of that wheelbase flies 10 in
propellers, Flame Wheel F450 user manual).

*Overall size* :math:`w` measured across the rotors' tips through the hub (the diameter of
the circle that encloses them), :math:`w = 2R + D`, would give
:math:`D_{max} = w \sin(\pi/m) / (1 + \sin(\pi/m))`. But a report's length or width is the
machine's extent along *some* direction, and a quad-X's side-to-side width is less than its
tip-to-tip diagonal, so that bound would be too strict for a "1.7 m wide" quad (0.70 m
where 0.85 m rotors fit a 1.7 m square). Any extent of the layout is at least its smallest
width, that of the :math:`m`-gon (:math:`2R\cos(\pi/m)` for even :math:`m`; more for odd)
plus one rotor diameter: :math:`w \ge 2R\cos(\pi/m) + D`. With :math:`t = \tan(\pi/m)`:

.. math::  D \le (w - D)\,t \;\Rightarrow\; D_{max} = w\,\frac{t}{1 + t},

valid whatever direction :math:`w` was measured in (quad: :math:`w/2`; hexa
:math:`0.366\,w`; octo :math:`0.293\,w`; a 2050 mm octo 0.60 m, 23.6 in). Fewer than three
positions (a coaxial pair, a bicopter): :math:`D_{max} = w` and, motor-to-motor, :math:`d`.

What it leaves out, each making the bound generous: the arms, the body and any clearance
between tips (real machines keep some), and layouts whose rotors overlap on purpose (some
racing "stretch" frames, tandem helicopters): those are outside this bound, which then
says a stated rotor does not fit (a cross-check finding, never an error). Four rotors in two
rows (an "H" frame) fit :math:`D \le \min(L, W)/2`, within the quad's :math:`w/2` of the
larger side, which is the one used (:func:`max_rotor_diameter`'s callers take the largest
stated extent).
"""
from __future__ import annotations

import numpy as np


def _positions(rotors, coaxial=False):
    """Rotor positions on the frame: the rotor count, half of it for a coaxial layout."""
    rotors = np.asarray(rotors, dtype=float)
    return np.where(coaxial, rotors / 2.0, rotors)


def _max_rotor_overall(size, positions):
    r"""Largest rotor diameter [m] on a frame of overall extent ``size`` [m] (rotors
    included, any direction): :math:`w\,t/(1+t)`, :math:`t = \tan(\pi/m)`; ``size`` for
    :math:`m < 3`. Arrays broadcast."""
    m = np.asarray(positions, dtype=float)
    size = np.asarray(size, dtype=float)
    t = np.tan(np.pi / np.maximum(m, 3.0))
    return np.where(m < 3.0, size, size * t / (1.0 + t))


def _max_rotor_wheelbase(wheelbase, positions):
    r"""Largest rotor diameter [m] on a frame whose largest motor-to-motor distance is
    ``wheelbase`` [m]: :math:`d \sin(\pi/m) / c_m` (:math:`c_m = 1` for even :math:`m`,
    :math:`\cos(\pi/2m)` for odd); ``wheelbase`` for :math:`m \le 2`; unbounded (inf) for
    one position. Arrays broadcast."""
    m = np.asarray(positions, dtype=float)
    d = np.asarray(wheelbase, dtype=float)
    safe = np.maximum(m, 2.0)
    odd = np.mod(np.round(safe), 2.0) == 1.0
    c = np.where(odd, np.cos(np.pi / (2.0 * safe)), 1.0)
    return np.where(m < 2.0, np.inf, d * np.sin(np.pi / safe) / c)


def max_rotor_diameter(rotors, coaxial=False, overall=None, wheelbase=None):
    """The largest rotor diameter [m] a frame fits: the smaller of the overall-size and the
    motor-to-motor bounds given (inf when neither is). SI arrays in and out; ``coaxial``
    a bool or bool array (pairs stacked: half the positions)."""
    m = _positions(rotors, coaxial)
    out = np.full(np.shape(m), np.inf)
    if overall is not None:
        out = np.minimum(out, _max_rotor_overall(overall, m))
    if wheelbase is not None:
        out = np.minimum(out, _max_rotor_wheelbase(wheelbase, m))
    return out
