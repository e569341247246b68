"""The Monte Carlo's machines reused: put together from blocks, gathered by sample, flown empty.

A ``check`` assembles the :class:`~dronecalc.physics.vehicle.Vehicle` of the same drawn
samples several times: for the constraints (:func:`~dronecalc.engine.machine.margins`, in
blocks), for the kept machines' physics with and without payload, for the legs, and for the
lift and motor claims (all drawn samples but those a claim tests). Each assembly of 10^5
samples costs ~8-13 ms (the calibrated laws' logarithms, exponentials and normal quantiles);
gathering the rows of an assembled machine costs ~1-2 ms.

Every field of a Vehicle is computed elementwise from its own sample's inputs, so the
machine of a subset of samples is the subset of the machine, number for number; these
functions also keep each field's form as :func:`~dronecalc.engine.machine.vehicle` gives it
for the subset (a float stays a float, a broadcast view of one value stays one, which the
performance chain treats as a scalar), so that the physics computed on it is the same.
tests/test_check_speed.py checks the gathered machines against assembled ones field by field,
bit for bit.
"""
from __future__ import annotations

from dataclasses import fields, replace
from typing import Mapping

import numpy as np

from ..physics.vehicle import Vehicle

_NAMES = tuple(f.name for f in fields(Vehicle))


def _one_value(x) -> bool:
    """A float, or an array view of one value (stride 0) as :func:`machine.vehicle` passes
    on an exact input."""
    return np.ndim(x) == 0 or (isinstance(x, np.ndarray) and x.size > 0 and not any(x.strides))


class Blocks:
    """The Vehicle of ``size`` samples, put together from consecutive blocks as
    :func:`~dronecalc.engine.machine.margins` builds them (pass it as ``machines``).

    Each block is taken in as it comes and let go: a field computed per sample is copied
    into one full-length array (no list of blocks held, no second copy when joined), an
    input the machine passes on is the drawn array itself, a float or a view of one value
    stays one. :meth:`machine` is None unless blocks of exactly ``size`` samples came in.
    """

    def __init__(self, size: int) -> None:
        self.size, self.filled = int(size), 0
        self.whole: Vehicle | None = None            # the machine, once it is complete
        self.forms: dict[str, tuple[str, object]] = {}

    def append(self, machine: Vehicle) -> None:
        s = self.filled
        k = max((np.shape(getattr(machine, n))[0] for n in _NAMES
                 if np.ndim(getattr(machine, n))), default=1)
        self.filled += k
        self.whole = machine if s == 0 and k == self.size else None
        if self.whole is not None:
            return
        for name in _NAMES:
            x = getattr(machine, name)
            form = self.forms.get(name)
            if form is None:                          # the first block sets the form
                form = (("scalar", x) if np.ndim(x) == 0 else
                        ("one", x[:1]) if _one_value(x) else
                        ("tile", x.base) if _starts(x, self.size) else ("copy", None))
            kind, held = form
            fits = (np.ndim(x) == 0 if kind == "scalar" else
                    _one_value(x) and np.ndim(x) == 1 if kind == "one" else
                    _at(x, held, s) if kind == "tile" else True)
            if not fits or kind == "copy":
                if kind != "copy":                    # earlier blocks, as they were
                    full = np.empty(self.size, dtype=np.result_type(x, held))
                    full[:s] = held[:s] if kind == "tile" else np.broadcast_to(held, (s,))
                    form = ("copy", full)
                elif held is None:
                    form = ("copy", np.empty(self.size, dtype=np.result_type(x)))
                form[1][s:s + k] = np.broadcast_to(x, (k,))
            self.forms[name] = form

    def machine(self) -> Vehicle | None:
        """The Vehicle of all ``size`` samples (None: not every sample came in)."""
        if self.filled != self.size:
            return None
        if self.whole is None:
            self.whole = Vehicle(**{name: np.broadcast_to(held, (self.size,)) if kind == "one"
                                    else held for name, (kind, held) in self.forms.items()})
        return self.whole


def _starts(x, size: int) -> bool:
    """Whether ``x`` is the first slice of a contiguous one-dimensional array of ``size``."""
    base = getattr(x, "base", None)
    return (isinstance(base, np.ndarray) and base.ndim == 1 and base.size == size
            and base.strides == (base.itemsize,) and _at(x, base, 0))


def _at(x, base, start: int) -> bool:
    """Whether ``x`` is ``base[start:start + len(x)]`` (a view, not a copy)."""
    return (isinstance(x, np.ndarray) and x.base is base and x.ndim == 1
            and x.strides == base.strides
            and x.__array_interface__["data"][0]
            == base.__array_interface__["data"][0] + start * base.itemsize)


def take(machine: Vehicle, rows: np.ndarray | None,
         taken: Mapping[int, np.ndarray] | None = None) -> Vehicle:
    """The Vehicle of the samples ``rows`` (indices) of ``machine`` (None: all of them).

    ``taken``: arrays already gathered by ``rows``, by the ``id`` of the array they were
    taken from (the Monte Carlo's kept inputs, which a machine passes on as fields).
    """
    if rows is None:
        return machine
    out = {}
    for name in _NAMES:
        x = getattr(machine, name)
        if np.ndim(x) == 0:
            out[name] = x
        elif _one_value(x):
            out[name] = np.broadcast_to(x[:1], rows.shape)
        elif taken and id(x) in taken:
            out[name] = taken[id(x)]
        else:
            out[name] = x.take(rows)
    return Vehicle(**out)


def unloaded(machine: Vehicle) -> Vehicle:
    """``machine`` flown without its payload, as ``vehicle(values, with_payload=False)``
    builds it: the payload's mass and drag area times 0 (the loaded machine carries them
    times 1, which leaves every float as it is)."""
    return replace(machine, payload_mass=machine.payload_mass * 0.0,
                   payload_drag_area=machine.payload_drag_area * 0.0)
