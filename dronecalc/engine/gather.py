"""The Monte Carlo's machines reused: joined from blocks, gathered by sample, flown empty.

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


def join(blocks: list[Vehicle]) -> Vehicle:
    """The Vehicle of the samples whose consecutive blocks ``blocks`` are (one-dimensional
    fields, as :func:`~dronecalc.engine.machine.margins` builds them)."""
    if len(blocks) == 1:
        return blocks[0]
    sizes = [max((np.shape(getattr(b, n))[0] for n in _NAMES if np.ndim(getattr(b, n))),
                 default=1) for b in blocks]
    out = {}
    for name in _NAMES:
        parts = [getattr(b, name) for b in blocks]
        if all(np.ndim(p) == 0 for p in parts):
            out[name] = parts[0]
        elif all(_one_value(p) for p in parts):
            out[name] = np.broadcast_to(parts[0][:1], (sum(sizes),))
        elif _tiles(parts):                  # an input passed on: the blocks' own array
            out[name] = parts[0].base
        else:
            out[name] = np.concatenate([np.broadcast_to(p, (k,)) for p, k in zip(parts, sizes)])
    return Vehicle(**out)


def _tiles(parts: list) -> bool:
    """Whether ``parts`` are consecutive slices that make up the whole of one array."""
    base = parts[0].base
    if not isinstance(base, np.ndarray) or base.ndim != 1 or base.strides != (base.itemsize,):
        return False
    start = base.__array_interface__["data"][0]
    for p in parts:
        if (p.base is not base or p.ndim != 1 or p.strides != base.strides
                or p.__array_interface__["data"][0] != start):
            return False
        start += p.nbytes
    return start == base.__array_interface__["data"][0] + base.nbytes


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
