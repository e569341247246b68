"""A multirotor's stated size against its rotors (issues 10/12, review 23 #1).

The sizes a case states (:mod:`dronecalc.intake.frame_fields`): ``frame_size``, the
motor-to-motor size (wheelbase), and ``length``/``width``, the overall extent with the rotors.
:func:`stated_sizes` turns them into the model inputs ``frame_size`` and ``overall_size``
(the high ends, in m): the engine then caps the rotor the disk-loading law gives at the
largest that fits (:func:`dronecalc.physics.frame.max_rotor_diameter`), and a capped
machine's efficiencies come from the efficiency law, as a stated rotor's do
(:func:`frame_inputs`). A stated rotor diameter
(or an assumed one) is the source's, so it is not cut: :func:`frame_fit` says, as a
cross-check finding, when it does not fit the stated frame (never an error).
"""
from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, Mapping

from ..intake.case import Case, Described
from ..intake.figures import Figure
from ..intake.units import Q_
from ..physics.frame import max_rotor_diameter
from ..priors.describe import Input, describe
from ..priors.variables import VARIABLES
from ..wording import num, percent
from .results import Claimed, Finding
from .set_aside import ident_of

#: Case parameter -> the model input its high end bounds (overall: the largest of them).
SIZES = {"frame_size": "frame_size", "length": "overall_size", "width": "overall_size"}


def _ends(value: Any) -> tuple[float, float] | None:
    if not isinstance(value, Figure) or value.low is None and value.high is None:
        return None
    low = value.low if value.low is not None else value.high
    high = value.high if value.high is not None else value.low
    return float(low.m_as("m")), float(high.m_as("m"))


def stated_sizes(parameters: Mapping[str, Described]) -> dict[str, tuple[float, str]]:
    """``{"frame_size": (m, note), "overall_size": (m, note)}`` of the sizes stated (each
    its high end; the overall size the largest stated length or width: any extent of the
    layout bounds the rotors, the largest most generously), empty when none is."""
    out: dict[str, tuple[float, str]] = {}
    for name, target in SIZES.items():
        described = parameters.get(name)
        ends = _ends(described.value) if described is not None else None
        if ends is None or ends[1] <= 0 or (target in out and out[target][0] >= ends[1]):
            continue
        kind = ("motor-to-motor size (wheelbase)" if target == "frame_size"
                else f"overall {name}, rotors included")
        out[target] = (ends[1], f"{ident_of(described, name)}: the stated {kind} bounds the "
                       "rotor diameter drawn (engine constraint 'frame', physics.frame)")
    return out


def frame_inputs(parameters: Mapping[str, Described], values: Mapping[str, Any],
                 args: tuple, inputs: Mapping[str, Input]) -> dict[str, Input]:
    """The inputs a stated frame adds when the rotor size comes from the disk-loading law:
    ``frame_size`` and ``overall_size`` (:func:`stated_sizes`, the engine's cap and
    constraint ``frame``) and, for the machines whose rotor the frame caps (a known rotor
    then: the frame's largest), the efficiency law's inputs that a stated rotor diameter
    gets (``efficiency_percentile`` and its rotor-drag companion; from
    :func:`~dronecalc.priors.describe.describe` of the same ``values`` and ``args`` with a
    rotor diameter, the frame's largest on the highest rotor count of ``inputs``, the case's
    inputs). Empty without a size."""
    sizes = stated_sizes(parameters)
    if not sizes:
        return {}
    out = {name: Input(name, high, high, "stated", note) for name, (high, note) in sizes.items()}
    largest = float(max_rotor_diameter(inputs["rotors"].high, False,
                                       sizes.get("overall_size", (None,))[0],
                                       sizes.get("frame_size", (None,))[0]))
    low, high = VARIABLES["rotor_diameter"].limits      # a probe the model's limits accept
    largest = min(max(largest, low), high) if math.isfinite(largest) else high
    known = describe({**values, "rotor_diameter": Q_(largest, "m")}, *args)
    for name in ("efficiency_percentile", "rotor_drag_coefficient", "rotor_drag_percentile"):
        if name in known:
            out[name] = replace(known[name], note=(
                "only for the machines whose rotor the stated frame caps (a known rotor: the "
                "efficiency law, as for a stated rotor diameter); " + known[name].note))
    return out


def _count(value: Any) -> float | None:
    """The smallest rotor count a stated figure allows (the most generous bound)."""
    if isinstance(value, Figure) and value.low is not None:
        return float(value.low.magnitude)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def frame_fit(case: Case, described: Mapping[str, Described], out: list[Finding]) -> None:
    """A stated (or assumed) rotor diameter wider than the largest rotor the stated frame
    size fits, with the stated rotor count on the layout the model uses (coaxial: pairs
    stacked): a cross-check finding, needs-checking. Nothing without a rotor count, a size or
    a diameter, or when it fits."""
    rotor = described.get("rotor_diameter")
    ends = _ends(rotor.value) if rotor is not None else None
    rotors = _count(described["rotors"].value) if "rotors" in described else None
    sizes = stated_sizes(described)
    if ends is None or rotors is None or not sizes:
        return
    coaxial = str(getattr(described.get("rotor_layout"), "value", "")).lower() == "coaxial"
    largest = float(max_rotor_diameter(rotors, coaxial, sizes.get("overall_size", (None,))[0],
                                       sizes.get("frame_size", (None,))[0]))
    if ends[0] <= largest:
        return
    ids = [ident_of(rotor, "rotor_diameter")] + [
        ident_of(described[n], n) for n in SIZES if n in described and _ends(described[n].value)]
    count = ident_of(described["rotors"], "rotors")
    layout = f"{int(rotors)} rotors" + (" in coaxial pairs" if coaxial else " on a flat layout")
    shown = (f"{num(ends[0] / 0.0254)} in" if ends[0] == ends[1] else
             f"{num(ends[0] / 0.0254)}-{num(ends[1] / 0.0254)} in")
    out.append(Finding(
        [i for i in ids + [count] if not i.startswith(("vehicle.", "assumptions."))] or ids,
        "cross-check", "needs-checking",
        f"The report's figures disagree: the stated rotor diameter ({shown}, {ids[0]}) is "
        f"{percent(ends[0] / largest - 1.0)} wider than the largest rotor of {layout} that "
        f"fits the stated frame ({num(largest / 0.0254)} in, {num(largest)} m, with tips not "
        f"overlapping; {', '.join(ids[1:])}; rotors {count}).",
        Claimed(f"rotor diameter {shown}", ends[0], ends[1], "m",
                "point" if ends[0] == ends[1] else "range"),
        None, None, None, [],
        "A reading under which the rotors fit: the size is motor-to-motor rather than overall "
        "(frame_size), another rotor count or a coaxial layout, or rotors that overlap by "
        "design.",
        "figures compared with each other (physics.frame: the largest rotor a frame fits); "
        "both kept, the model flies the stated rotor diameter", []))
