r"""The machine a set of sampled inputs describes, and whether anyone could build it.

:func:`vehicle` assembles one :class:`~dronecalc.physics.vehicle.Vehicle` of arrays from the
sampled inputs (SI), deriving what the description left out (pack voltage and energy, battery
and empty mass, drag area, rotor size from the calibrated disk-loading law);
:func:`derived` reports those derived values. :data:`CONSTRAINTS` and :func:`margins` say which
samples are machines no one could build or fly.

Which samples count
-------------------
A sample is a combination of assumptions, not yet a machine. Samples that no one could
build or fly are dropped before the physics runs (:data:`CONSTRAINTS`): a battery heavier
than a stated take-off mass; when the motor Kv is known, motors that cannot lift the machine
and its payload with a control margin, or propellers whose tips would run past Mach 0.7 on
that motor and pack. Model constants that only split what another input fixes (the induced
power factor splits the hover power set by the figure of merit) are held at the physics
modules' central values, so that the generous bound cannot combine them into a rotor with
no profile drag.
"""
from __future__ import annotations

import contextlib
import math
import threading
from typing import Iterator, Mapping

import numpy as np

from ..physics.airframe import _drag_area_from_mass
from ..physics.atmosphere import _air_density, _isa_temperature, _speed_of_sound
from ..physics.frame import max_rotor_diameter as _max_rotor_diameter
from ..physics.propulsion import TIP_MACH_LIMIT, _loaded_speed, _thrust_ceiling_kv, _tip_speed
from ..physics.rotor import _G
from ..physics.vehicle import Vehicle
from ..priors import conditioned as _conditioned
from ..priors.conditioned import cells_from_percentile, rotor_drag_from_percentile
from ..priors.describe import Input
from ..priors.tables import calibrated_diameter, disk_loading_law, efficiency_law


class _Shared(threading.local):
    """The batch whose machines :func:`shared_machines` shares, and those built so far."""

    values: Mapping[str, np.ndarray] | None = None
    machines: dict[bool, Vehicle] = {}


_SHARED = _Shared()


@contextlib.contextmanager
def shared_machines(values: Mapping[str, np.ndarray]) -> Iterator[Mapping[str, np.ndarray]]:
    """Within the block, :func:`vehicle` of this very ``values`` object is built once per
    payload condition and shared by every caller (an objective and :func:`margins` of the
    same batch of points); any other mapping is built as usual.

    For a caller that owns ``values`` and does not change it (nor its arrays) inside the
    block: the generous bound's probes (:mod:`dronecalc.engine.bound`). Per thread; blocks
    nest, the innermost applies.
    """
    saved = _SHARED.values, _SHARED.machines
    _SHARED.values, _SHARED.machines = values, {}
    try:
        yield values
    finally:
        _SHARED.values, _SHARED.machines = saved


def vehicle(values: Mapping[str, np.ndarray], with_payload: bool = True) -> Vehicle:
    """Build the :class:`Vehicle` of arrays from sampled inputs (SI); see :func:`_vehicle`."""
    if values is not _SHARED.values:
        return _vehicle(values, with_payload)
    key = bool(with_payload)
    if key not in _SHARED.machines:
        _SHARED.machines[key] = _vehicle(values, with_payload)
    return _SHARED.machines[key]


def constraint_machine(values: Mapping[str, np.ndarray]) -> Vehicle:
    """The :class:`Vehicle` (with payload) for results that read neither the figure of
    merit, the drive efficiency, the usable fraction nor the drag area: :data:`CONSTRAINTS`'
    margins, the full-throttle thrust and tip Mach (``claims.kinds.lift``, ``motor``).

    Within :func:`shared_machines` of ``values``: the shared machine, built once for these
    results and the objective alike. Elsewhere (the Monte Carlo's draws, a claim's samples)
    the calibrated efficiency law and the airframe's drag-area law are not evaluated and
    those fields are NaN where they would have given them: on 10^5 draws the efficiency law
    was most of the machine's cost (0.7 of ~1 ms per 16,384 samples), and its cached results
    ~5 MB of memory, for numbers these results never read.
    """
    if values is _SHARED.values:
        return vehicle(values, True)
    return _vehicle(values, True, efficiencies=False)


#: The in-plane rotor drag of a machine whose rotor size the disk-loading law gives (the
#: Vehicle's default; the efficiency law's companion is drawn only for a known rotor).
_DEFAULT_ROTOR_DRAG = Vehicle.__dataclass_fields__["rotor_drag_coefficient"].default
#: The efficiencies of a :func:`constraint_machine` built without the efficiency law.
_NO_EFFICIENCIES = {"figure_of_merit": math.nan, "drive_efficiency": math.nan,
                    "usable_fraction": math.nan}


def _vehicle(values: Mapping[str, np.ndarray], with_payload: bool = True,
             efficiencies: bool = True) -> Vehicle:
    r"""Build the :class:`Vehicle` of arrays from sampled inputs (SI).

    Parameters
    ----------
    values : mapping of str to array
        One array (or float) per input of :func:`describe`.
    with_payload : bool
        False drops the payload and its drag (the same machine flown empty).
    efficiencies : bool
        False: figure of merit, drive efficiency and usable fraction are NaN where the
        calibrated efficiency law would give them, and the drag area where the airframe law
        would (:func:`constraint_machine`).

    Returns
    -------
    Vehicle
        Every field an array of the samples' shape.

    Notes
    -----
    Pack voltage :math:`U` = stated, else cells x nominal cell voltage (NaN when only the
    energy is stated and no Kv: nothing uses it then). Energy stated (all
    packs), else capacity x :math:`U` x packs. Battery mass stated (all packs) or
    :math:`E / e_{spec}`. With neither energy nor capacity, the energy is
    :math:`m_{battery}\,e_{spec}`, the battery mass stated or the share
    ``battery_mass_fraction`` :math:`f` of the take-off mass without payload (:math:`f m`,
    or :math:`f/(1-f)\,m_{empty}`). Empty mass stated, else take-off mass minus battery (and
    payload, for a take-off mass with payload). Drag area stated, else the airframe scaling
    law :math:`f = c\,(m_{empty} + m_{battery})^{2/3}` (:mod:`dronecalc.airframe`; the
    payload's drag is separate). Rotor diameter stated, else the one that gives the
    calibrated effective disk loading :math:`DL` (``disk_loading_percentile`` of the law
    in ``data/calibrated.toml``) at :math:`m = m_{empty} + m_{battery}`:
    :math:`D = \sqrt{4 m / (\pi N\,DL)}` for :math:`N` rotors. With
    ``efficiency_percentile`` (rotor diameter stated), figure of merit, drive efficiency and
    usable fraction come from the calibrated efficiency law at :math:`m / N` (its covariate,
    :meth:`~dronecalc.priors.tables.EfficiencyLaw.size`); ``rotor_drag_coefficient`` when
    sampled, from ``rotor_drag_percentile`` and the drawn drag-area coefficient (the rotor-drag
    law, :func:`~dronecalc.priors.conditioned.rotor_drag_from_percentile`) when that is,
    else the Vehicle default; ``overlap_factor`` (the rotor layout's induced-power
    factor, :mod:`dronecalc.priors.layout`) when among the inputs, else 1 (flat). Air density
    from ISA pressure at the altitude and the air temperature (:mod:`dronecalc.atmosphere`).
    """
    v = values
    if "battery_voltage" in v:
        voltage = v["battery_voltage"]
    elif "cells" in v or "cells_percentile" in v:
        voltage = cells(v) * v["cell_voltage"]
    else:
        voltage = math.nan                        # energy stated, no motor data: not needed
    if "battery_energy" in v or "battery_capacity" in v:
        energy = v["battery_energy"] if "battery_energy" in v else (
            v["battery_capacity"] * voltage * v["packs"])
        battery_mass = (v["battery_mass"] if "battery_mass" in v
                        else energy / v["specific_energy"])
    else:                                         # no energy stated: from the pack's mass
        battery_mass = v["battery_mass"] if "battery_mass" in v else _battery_from_fraction(v)
        energy = battery_mass * v["specific_energy"]
    if "empty_mass" in v:
        empty = v["empty_mass"]
    elif "mass" in v:
        empty = v["mass"] - battery_mass
    else:
        empty = v["takeoff_mass"] - v["payload"] - battery_mass
    altitude = v["altitude"]
    keep = 1.0 if with_payload else 0.0
    if "drag_area" in v:
        drag_area = v["drag_area"]
    else:                                         # NaN in a constraint machine: unread
        drag_area = _drag_area_from_mass(empty + battery_mass, v["drag_area_coefficient"]) \
            if efficiencies else math.nan
    capped = None                   # the samples whose rotor a stated frame caps (review 23)
    if "rotor_diameter" in v:
        diameter = v["rotor_diameter"]
    else:
        diameter = calibrated_diameter(empty + battery_mass, v["rotors"],
                                       v["disk_loading_percentile"])
        if "frame_size" in v or "overall_size" in v:
            largest = _largest_rotor(v)
            capped = diameter > largest
            diameter = np.minimum(diameter, largest)
    if "efficiency_percentile" not in v:
        eff = v
    elif efficiencies:
        law = efficiency_law()      # its covariate: the mass, or the mass per rotor (issue 12)
        eff = law.efficiencies(law.size(empty + battery_mass, v["rotors"]),
                               v["efficiency_percentile"])
        if capped is not None:      # a capped rotor is a known one: the stated-rotor path
            eff = {k: np.where(capped, eff[k], v[k]) for k in _NO_EFFICIENCIES}
    else:
        eff = _NO_EFFICIENCIES
    extra = ({"rotor_drag_coefficient": v["rotor_drag_coefficient"]}
             if "rotor_drag_coefficient" in v else {})
    if capped is not None and extra:
        extra = {"rotor_drag_coefficient": np.where(capped, v["rotor_drag_coefficient"],
                                                    _DEFAULT_ROTOR_DRAG)}
    if "rotor_drag_percentile" in v and efficiencies:     # c given the drag area (issue 12)
        coefficient = (v["drag_area_coefficient"] if "drag_area_coefficient" in v
                       else drag_area / (empty + battery_mass) ** (2.0 / 3.0))
        extra = {"rotor_drag_coefficient": rotor_drag_from_percentile(
            coefficient, v["rotor_drag_percentile"])}
    return Vehicle(
        rotors=v["rotors"], rotor_diameter=diameter, empty_mass=empty,
        battery_mass=battery_mass, battery_energy=energy, payload_mass=v["payload"] * keep,
        figure_of_merit=eff["figure_of_merit"], drive_efficiency=eff["drive_efficiency"],
        usable_fraction=eff["usable_fraction"], drag_area=drag_area, **extra,
        payload_drag_area=v["payload_drag_area"] * keep,
        air_density=_air_density(altitude, v["air_temperature"] - _isa_temperature(altitude)),
        pack_voltage=voltage, motor_kv=v.get("motor_kv", math.nan),
        induced_power_factor=v["induced_power_factor"],
        overlap_factor=v["overlap_factor"] if "overlap_factor" in v else 1.0,
        thrust_coefficient=v["thrust_coefficient"],
        battery_voltage_drop_1c=v["battery_voltage_drop_1c"],
        avionics_power=v["avionics_power"], loaded_rpm_fraction=v["loaded_rpm_fraction"],
        **_conditioned.LOAD_DEPENDENT_LOSSES)     # issue 12: empty (off) as shipped


def _largest_rotor(v: Mapping[str, np.ndarray]) -> np.ndarray:
    """The largest rotor diameter [m] the stated frame fits (:mod:`dronecalc.physics.frame`),
    on the sample's rotor count and layout (an overlap factor above 1: coaxial pairs)."""
    coaxial = np.asarray(v.get("overlap_factor", 1.0)) > 1.0
    return _max_rotor_diameter(v["rotors"], coaxial, v.get("overall_size"), v.get("frame_size"))


def _frame_note(values: Mapping[str, np.ndarray], diameter: np.ndarray) -> str:
    """How a stated frame bounded the rotors drawn, or nothing without one."""
    if "frame_size" not in values and "overall_size" not in values:
        return ""
    largest = _largest_rotor(values)
    held = float(np.mean(diameter >= 0.999 * largest))
    low, high = (f"{float(f(largest)) / 0.0254:.3g}" for f in (np.min, np.max))
    return (f"; capped at the largest rotor the stated frame fits ("
            f"{low if low == high else f'{low}-{high}'} in on the rotor counts drawn, tips "
            f"not overlapping, physics.frame): {100 * held:.3g} % of the machines at that cap, "
            "their efficiencies from the efficiency law as for a stated rotor")


def _disk_note(machine: Mapping[str, np.ndarray]) -> str:
    """The share of machines whose disk loading lies outside the efficiency law's machines'
    (:mod:`dronecalc.priors.law_disk`, review 18), or nothing when none does."""
    from ..priors.law_disk import disk_loading, law_disk_loadings
    from .quantiles import percentile            # np.median would import numpy.ma
    low, high = law_disk_loadings()
    w = disk_loading(machine["empty_mass"] + machine["battery_mass"], machine["rotors"],
                     machine["rotor_diameter"])
    outside = float(np.mean((w < low) | (w > high)))
    return (f"; {100 * outside:.3g} % hover at a disk loading ({float(percentile(w, [50.0])[0]):.3g} N/m^2 median) "
            f"outside the {low:.3g}-{high:.3g} N/m^2 of its machines (extrapolated)"
            if outside > 0 else "")


def derived(inputs: Mapping[str, Input], values: Mapping[str, np.ndarray]
            ) -> dict[str, tuple[np.ndarray, str]]:
    """What :func:`vehicle` derived from priors because the description did not give it.

    Parameters
    ----------
    inputs : mapping of str to Input
        From :func:`describe`.
    values : mapping of str to array
        Samples of those inputs (SI), e.g. ``MonteCarlo.values``.

    Returns
    -------
    dict of str to (ndarray, str)
        ``rotor_diameter`` [m] when no diameter is stated (from the calibrated disk-loading
        law); ``battery_mass`` [kg] and ``battery_energy`` [J] when neither energy nor
        capacity is stated. Each with a note saying how, and for the rotor diameter which
        share of the samples lies outside the masses the law was fitted on.
    """
    if not values or not any(n in inputs for n in ("disk_loading_percentile",
                                                   "battery_mass_fraction", "battery_mass",
                                                   "cells_percentile", "efficiency_percentile")):
        return {}
    machine = vehicle(values).as_arrays()
    out = {}
    if "efficiency_percentile" in inputs:
        law = efficiency_law()                      # its covariate's span (issue 12)
        per = law.covariate == "mass_per_rotor"
        mass = law.size(machine["empty_mass"] + machine["battery_mass"], machine["rotors"])
        (low, high), unit = (law.sizes, "kg per rotor") if per else (law.masses, "kg")
        outside = float(np.mean((mass < low) | (mass > high)))
        where = (f"{100 * outside:.3g} % of the machines lie outside the {low:.3g}-{high:.3g} "
                 f"{unit} the law was fitted on (extrapolated)" if outside > 0 else
                 f"every machine within the {low:.3g}-{high:.3g} {unit} the law was fitted on")
        where += _disk_note(machine)
        frame = ("the machines whose rotor the stated frame caps (the others: held, the "
                 "disk-loading law's)" if "disk_loading_percentile" in inputs else
                 "rotor diameter stated")
        for name in ("figure_of_merit", "drive_efficiency", "usable_fraction"):
            out[name] = (machine[name], f"{frame}: from the take-off mass without "
                         f"payload{' per rotor' if per else ''} and the calibrated efficiency "
                         "law; " + where)
    if "cells_percentile" in inputs:
        out["cells"] = (cells(values), "from the take-off mass and the cell count fitted on "
                        "real machines")
    if "disk_loading_percentile" in inputs:
        mass = machine["empty_mass"] + machine["battery_mass"]
        low, high = disk_loading_law().masses
        outside = float(np.mean((mass < low) | (mass > high)))
        out["rotor_diameter"] = (machine["rotor_diameter"], (
            "from the take-off mass without payload, the rotor count and the calibrated "
            "effective disk loading; "
            + (f"{100 * outside:.3g} % of the machines weigh outside the {low:.3g}-{high:.3g} "
               "kg the law was fitted on (extrapolated)" if outside > 0 else
               f"every machine within the {low:.3g}-{high:.3g} kg the law was fitted on")
            + _frame_note(values, machine["rotor_diameter"])))
    if "battery_energy" not in inputs and "battery_capacity" not in inputs:
        share = ("battery_mass_fraction x take-off mass without payload"
                 if "battery_mass_fraction" in inputs else "stated battery mass")
        out["battery_mass"] = (machine["battery_mass"],
                               f"no battery energy or capacity stated: {share}")
        out["battery_energy"] = (machine["battery_energy"],
                                 f"no battery energy or capacity stated: {share} x "
                                 "specific_energy")
    return out


def reference_mass(v: Mapping[str, np.ndarray]) -> np.ndarray:
    """Take-off mass without payload [kg] as stated: ``mass``, or ``takeoff_mass`` less the
    payload, or ``empty_mass`` plus ``battery_mass`` (the mass the conditioned priors were
    fitted against; :func:`dronecalc.priors.describe.stated_mass`)."""
    if "mass" in v:
        return v["mass"]
    elif "takeoff_mass" in v:
        return v["takeoff_mass"] - v["payload"]
    return v["empty_mass"] + v["battery_mass"]


def cells(v: Mapping[str, np.ndarray]) -> np.ndarray:
    """Series cells per pack: stated, or the fitted relation at the stated take-off mass
    (``cells_percentile``, :func:`dronecalc.priors.conditioned.cells_from_percentile`)."""
    if "cells" in v:
        return v["cells"]
    charge = v["battery_capacity"] / 3.6 if "battery_capacity" in v else None    # C -> mAh
    # A sample whose stated payload is at or above its take-off mass has no positive mass
    # without payload: its cells are NaN and the constraint stage rejects it (``empty_mass``,
    # a conflict finding when no sample is left); the log of that mass is no warning to show.
    with np.errstate(invalid="ignore", divide="ignore"):
        return cells_from_percentile(reference_mass(v), v["cells_percentile"], charge)


def _battery_from_fraction(v: Mapping[str, np.ndarray]) -> np.ndarray:
    """Mass of all packs [kg] from ``battery_mass_fraction`` f of the take-off mass without
    payload: f m, f (m_takeoff - payload), or f / (1 - f) m_empty."""
    f = v["battery_mass_fraction"]
    if "mass" in v:
        return f * v["mass"]
    elif "takeoff_mass" in v:
        return f * (v["takeoff_mass"] - v["payload"])
    else:
        return f / (1.0 - f) * v["empty_mass"]


#: What makes a sampled combination of inputs a machine nobody could build or fly.
CONSTRAINTS = {
    "empty_mass": "the battery leaves some empty mass within a stated take-off mass",
    "thrust": "with its payload, full-throttle static thrust (propulsion 'kv' ceiling) reaches "
              "control_thrust_ratio x weight; only when the motor Kv is known",
    "tip_mach": "full-throttle tip Mach number at most propulsion.TIP_MACH_LIMIT (0.9): a "
                "designer fits a smaller propeller or a lower voltage rather than run the tip "
                "near sonic speed; a design filter (judgement) above the 0.62-0.84 FPV "
                "builders' recommended set-ups reach; only when the motor Kv is known",
    "battery_share": "the packs take at most max_battery_fraction of the take-off mass "
                     "without payload: the 98 % prediction bound of the battery share of real "
                     "machines at the stated mass (priors.conditioned; the coverage is a "
                     "judgement); only when the priors are conditioned on a stated mass, or "
                     "an empty mass is stated, and the battery mass follows from a stated "
                     "capacity or energy",
    "energy_per_mass": "the packs' energy per kg of take-off mass without payload at most "
                       "max_energy_per_mass, the highest of real machines of the size "
                       "(priors.pack_energy); only when no battery is stated and the specific "
                       "energy is drawn over the small machines' packs",
    "max_takeoff": "the machine drawn (empty mass and packs, without payload) weighs at most "
                   "the stated maximum take-off mass (max_takeoff_mass); only when a case "
                   "states one as an input and no mass or take-off mass (whose excess over it "
                   "is the cross-checks' finding) (review 20: six 14S 45 Ah packs on a 56.7 kg "
                   "machine were kept)",
    "specific_energy": "the packs' specific energy, stated capacity x voltage x packs / "
                       "stated battery mass, within the chemistry's range (min_specific_energy-"
                       "max_specific_energy, battery.CHEMISTRIES); only when a capacity and a "
                       "battery mass are stated and the voltage or the pack count is not",
}


#: Samples per block of :func:`margins` on a long batch (the Monte Carlo's draw): each block
#: runs through the machine assembly and every constraint while its arrays sit in cache
#: (10^5 samples: 14.2 -> 9.7 ms; 11.6 ms in blocks of 8192).
_BLOCK = 16384


def margins(values: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Relative margin of each of :data:`CONSTRAINTS` per sample: positive when it holds.

    Returns
    -------
    dict of str to ndarray
        ``empty_mass``: empty / take-off mass with payload [-]; ``thrust``: full-throttle
        thrust / (``control_thrust_ratio`` x weight with payload) - 1 [-]; ``tip_mach``:
        1 - tip Mach / limit [-]. The last two only when ``motor_kv`` is among the inputs;
        ``battery_share``: 1 - battery share / ``max_battery_fraction`` [-], only when that
        is among the inputs; ``energy_per_mass``: 1 - energy / (empty + battery mass) /
        ``max_energy_per_mass`` [-], only when that is among them; ``max_takeoff``: stated
        maximum take-off mass / (empty + battery mass) - 1 [-], only when
        ``max_takeoff_mass`` is among them; ``specific_energy``: the smaller of energy /
        battery mass over ``min_specific_energy`` and ``max_specific_energy`` over it, less 1
        [-], only when those are among the inputs.

    Each sample's margins depend on its own inputs only, so a long batch of samples is
    computed in blocks of :data:`_BLOCK` (the same numbers).
    """
    n = _rows(values)
    if n is None or n <= _BLOCK:
        return _margins(values)
    return _in_blocks(_margins, values, n)


def blockwise(func, values: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """``func(values)`` (a dict of per-sample arrays) computed in blocks of :data:`_BLOCK`
    samples on a long batch, as :func:`margins` is, and joined.

    For a ``func`` whose every result depends on its own sample alone (machine assembly and
    elementwise physics): the same numbers, from cache-sized temporaries instead of whole
    batch-length ones (on 10^5 drawn samples a fresh process faulted in ~10 MB for them; the
    blocks reuse freed memory), and the first blocks of :data:`CONSTRAINTS`' own pass over
    the same samples are answered from the efficiency law's cache
    (:mod:`dronecalc.priors.tables`).
    """
    n = _rows(values)
    if n is None or n <= _BLOCK:
        return func(values)
    return _in_blocks(func, values, n)


def _in_blocks(func, values: Mapping[str, np.ndarray], n: int) -> dict[str, np.ndarray]:
    """``func`` of each block of :data:`_BLOCK` samples, written into the outputs as it is
    computed (the same values ``np.concatenate`` of the blocks' results gives, for results
    of one dtype per name), so that a block's results are freed before the next: holding
    them all, the constraints of 10^5 draws kept ~4.5 MB more alive, ~1,100 page faults."""
    out: dict[str, np.ndarray] = {}
    for s in range(0, n, _BLOCK):
        part = func({k: v[s:s + _BLOCK] if np.ndim(v) else v for k, v in values.items()})
        for name, result in part.items():
            if name not in out:
                out[name] = np.empty(n, dtype=np.asarray(result).dtype)
            out[name][s:s + _BLOCK] = result
    return out


def _rows(values: Mapping[str, np.ndarray]) -> int | None:
    """The common length of a batch of one-dimensional samples (scalars aside), else None."""
    shapes = {np.shape(v) for v in values.values()} - {()}
    if len(shapes) != 1:
        return None
    shape = shapes.pop()
    return shape[0] if len(shape) == 1 else None


def _margins(values: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """:func:`margins` of one block."""
    a = constraint_machine(values).as_arrays()
    mass = a["empty_mass"] + a["battery_mass"] + a["payload_mass"]
    out = {"empty_mass": a["empty_mass"] / mass}
    dry = a["empty_mass"] + a["battery_mass"]          # the take-off mass without payload
    if "max_battery_fraction" in values:
        out["battery_share"] = 1.0 - a["battery_mass"] / dry / np.asarray(
            values["max_battery_fraction"])
    if "max_energy_per_mass" in values:
        out["energy_per_mass"] = 1.0 - a["battery_energy"] / dry / np.asarray(
            values["max_energy_per_mass"])
    if "max_takeoff_mass" in values:
        out["max_takeoff"] = np.asarray(values["max_takeoff_mass"]) / dry - 1.0
    if "max_specific_energy" in values:
        spec = a["battery_energy"] / a["battery_mass"]
        out["specific_energy"] = np.minimum(spec / np.asarray(values["min_specific_energy"]),
                                            np.asarray(values["max_specific_energy"]) / spec) - 1.0
    if "motor_kv" in values:
        thrust = _thrust_ceiling_kv(a["motor_kv"], a["pack_voltage"], a["rotor_diameter"],
                                    a["rotors"], a["air_density"], a["thrust_coefficient"],
                                    a["loaded_rpm_fraction"])
        out["thrust"] = thrust / (np.asarray(values["control_thrust_ratio"]) * mass * _G) - 1.0
        tip = _tip_speed(_loaded_speed(a["motor_kv"], a["pack_voltage"],
                                       a["loaded_rpm_fraction"]), a["rotor_diameter"])
        sound = _speed_of_sound(np.asarray(values["air_temperature"], dtype=float))
        out["tip_mach"] = 1.0 - tip / sound / TIP_MACH_LIMIT["value"]
    return out


def margin(values: Mapping[str, np.ndarray]) -> np.ndarray:
    """The smallest of :func:`margins`: a sample is a buildable machine where it is > 0."""
    return np.min(np.stack(list(margins(values).values())), axis=0)
