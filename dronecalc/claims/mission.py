"""A mission: several stated legs flown one after the other on one charge ("carried a 3 kg
missile 7 km, then flew back 7 km empty"), judged as the total energy of the legs against the
usable energy of the pack.

A ``statement`` claim whose ``refers`` names two or more distance figures (docs/case-format.md,
*A mission of several legs*) is about the legs together: each leg is the distance with its own
speed (:func:`dronecalc.claims.kinds.leg.leg_pairs`) and its own payload condition (its
``payload`` key, else ``with_payload``), flown on the same sampled machine, in the order the
statement names them, and the reserve is

.. math:: r = 1 - \\sum_k E_k / (E_{pack}\\,u),

:math:`E_k = P_e(V_k, m_k)\\,t_k / \\eta_b(P_e)` each leg's energy drawn from the packs
(:func:`dronecalc.physics.multirotor.leg`: cruise only, no climb, hover or manoeuvres, the
payload's mass constant on a leg), :math:`u` the usable fraction. Each leg's rate losses are
its own power's; the pack's lower voltage late in the flight is not modelled (a slight
overstatement of the later legs' reach). A leg whose power the packs cannot deliver makes the
mission impossible (-inf). Each leg is drawn as its own leg finding draws it (the same
samples), and its distance, speed and payload are inputs of the mission (``leg1_distance``,
``leg1_speed``, ``leg1_payload``, ...) for the generous bound and the drivers.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

import numpy as np

from ..engine import uncertainty as unc
from ..intake.case import CaseFigure
from ..physics import multirotor as flight
from ..priors.variables import MISSION_LEGS
from .context import Context
from .kinds.leg import Leg, evaluate_leg, leg_pairs, reserve_band

#: A leg's own inputs, renamed ``leg{k}_...`` in a mission.
LEG_INPUTS = ("distance", "speed", "payload")


def mission_legs(ctx: Context, fig: CaseFigure) -> list[Leg] | None:
    """The legs a statement names (two or more distance figures in its ``refers``, each with
    its speed), in order; None when it names fewer than two, more than
    :data:`~dronecalc.priors.variables.MISSION_LEGS`, or a distance with no speed to fly it."""
    dists = [ctx.case.figures[r] for r in fig.refers
             if ctx.case.figures[r].field == "distance"]
    if not 2 <= len(dists) <= MISSION_LEGS:
        return None
    speeds = {d.id: s for d, s in leg_pairs(ctx)}
    if any(d.id not in speeds for d in dists):
        return None
    return [evaluate_leg(ctx, d, speeds[d.id]) for d in dists]


def mission_reserve(flags: list[tuple[bool, bool]]) -> unc.Objective:
    """Objective: the share of the usable energy left after every leg, ``flags`` giving each
    leg's (with_payload, own payload) in order; its inputs ``leg{k}_distance``, ``_speed`` and
    (own payload) ``_payload``."""
    def reserve(values: Mapping[str, np.ndarray]) -> np.ndarray:
        total, available = 0.0, None
        for k, (with_payload, own) in enumerate(flags, 1):
            machine = unc.vehicle(values, with_payload or own)
            if own:
                machine = replace(machine, payload_mass=values[f"leg{k}_payload"])
            out = flight.leg(machine, values[f"leg{k}_distance"], values[f"leg{k}_speed"])
            total, available = total + out["energy"], out["energy_available"]
        return np.where(np.isfinite(total), 1.0 - np.where(np.isfinite(total), total, 0.0)
                        / available, -np.inf)
    reserve.elementwise = True       # each point's result is its own (engine.sensitivity)
    return reserve


@dataclass
class Mission:
    """Several legs on one charge, with the interface of :class:`~.kinds.leg.Leg` that a
    statement finding reads (inputs, values, reserve, sensitivity, band, point)."""

    legs: list[Leg]
    inputs: dict[str, unc.Input]
    values: dict[str, np.ndarray]
    reserve: np.ndarray
    condition: str
    swings: list[unc.Driver] | None = None

    @property
    def with_payload(self) -> bool:
        return any(leg.with_payload for leg in self.legs)

    def flags(self) -> list[tuple[bool, bool]]:
        return [(leg.with_payload, leg.own_payload) for leg in self.legs]

    def objective(self) -> unc.Objective:
        return mission_reserve(self.flags())

    def sensitivity(self) -> list[unc.Driver]:
        if self.swings is None:
            self.swings = unc.sensitivity(self.inputs, self.objective())
        return self.swings

    def band(self) -> tuple[unc.Estimate | None, str]:
        speeds = np.minimum.reduce([leg.values["leg_speed"] for leg in self.legs])
        return reserve_band(self.reserve, speeds)

    def point(self, best: Mapping[str, float]) -> dict[str, float]:
        names = [k for k in self.inputs if k.startswith("leg") and k[3:4].isdigit()]
        return {k: best.get(k, 0.5 * (self.inputs[k].low + self.inputs[k].high))
                for k in names}


def fly_mission(ctx: Context, legs: list[Leg]) -> Mission:
    """The legs flown one after the other by every kept sample (each leg's own draws)."""
    inputs, values = dict(ctx.inputs), dict(ctx.mc.values)
    for k, leg in enumerate(legs, 1):
        for name in LEG_INPUTS:
            own = leg.inputs.get(f"leg_{name}")
            if own is not None:
                inputs[f"leg{k}_{name}"] = replace(own, name=f"leg{k}_{name}",
                                                   note=f"{own.note}, leg {k}")
                values[f"leg{k}_{name}"] = leg.values[f"leg_{name}"]
    reserve = mission_reserve([(leg.with_payload, leg.own_payload) for leg in legs])(values)
    return Mission(legs, inputs, values, reserve, summed(legs))


def summed(legs: list[Leg]) -> str:
    """The condition line: which legs were summed, each with its speed and payload."""
    parts = [f"{leg.dist.id} ({leg.dist.text} at {leg.speed.text}, "
             f"{leg.condition.split(':')[0].split(' (')[0].split(', as')[0]})" for leg in legs]
    return ("the energy of the legs summed, flown one after the other on one charge: "
            + ", then ".join(parts))
