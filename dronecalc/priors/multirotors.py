"""Calibration set of real multirotors: makers' published figures, loaded as Quantities.

The data live in ``dronecalc/data/multirotors.toml`` (format documented at the top of that
file). Every figure there is a maker's published figure with its source; a figure that could not
be sourced is simply absent. This module reads and validates the file; the fits are in
:mod:`.disk_fit` and :mod:`.efficiency_fit`, the public facade is :mod:`.calibration`.

Examples
--------
>>> from dronecalc.priors.multirotors import load_multirotors
>>> drones = load_multirotors()
>>> len(drones) >= 20
True
"""
from __future__ import annotations

import os
import tomllib
from importlib import resources

import pint

from ..errors import DroneCalcError
from ..intake.units import Q_
from ..physics.battery import CHEMISTRIES, full_charge_nominal


#: Quantity fields of a drone: key -> (unit its value must convert to, what it means).
QUANTITY_FIELDS: dict[str, tuple[str, str]] = {
    "rotor_diameter": ("m", "rotor (propeller) diameter"),
    "empty_mass": ("kg", "mass without batteries and without payload, as the maker defines it"),
    "takeoff_mass": ("kg", "mass with batteries, no payload (see takeoff_mass_condition)"),
    "max_takeoff_mass": ("kg", "maker's maximum take-off mass"),
    "battery_capacity_per_pack": ("A*h", "charge capacity of one pack"),
    "battery_voltage_per_pack": ("V", "pack voltage exactly as the maker labels it"),
    "battery_energy_per_pack": ("W*h", "stored energy of one pack"),
    "battery_mass_per_pack": ("kg", "mass of one pack"),
    "battery_mass_total": ("kg", "mass of all packs together"),
    "max_payload": ("kg", "maker's maximum payload"),
    "max_speed": ("m/s", "maker's maximum horizontal speed"),
    "range": ("m", "maker's maximum flight distance"),
}

#: Integer (count) fields of a drone.
INTEGER_FIELDS: tuple[str, ...] = ("rotors", "battery_cells", "battery_packs")

#: Text fields of a drone; the first four are required.
TEXT_FIELDS: tuple[str, ...] = ("name", "maker", "class", "source", "retrieval",
                                "takeoff_mass_condition", "propeller_model", "rotor_layout",
                                "notes", "held_back", "battery_voltage_label")
REQUIRED_FIELDS: tuple[str, ...] = ("name", "maker", "class", "source")

#: Allowed values of ``battery_voltage_label``: what the stated ``battery_voltage_per_pack`` is.
#: "charge" marks a maker's full-charge voltage (4.2 V per LiPo cell, e.g. "6S 25.2V"), which
#: :func:`nominal_pack_voltage` replaces by the nominal one before any energy is derived.
VOLTAGE_LABELS: tuple[str, ...] = ("nominal", "charge")

#: Allowed values of ``class``.
CLASSES: tuple[str, ...] = ("small-camera", "professional-camera", "enterprise-lift",
                            "heavy-lift", "agricultural", "cargo")

#: Fields of one ``flight_time`` entry: key -> unit (None for text, int for a count).
#: ``battery_packs`` and ``battery_energy_per_pack`` describe the packs of that case when
#: they differ from the drone's own ``battery_packs`` / ``battery_energy_per_pack``;
#: ``speed`` is the airspeed the maker states the figure was flown at (e.g. "25 km/h").
FLIGHT_TIME_FIELDS: dict[str, str | type | None] = {
    "value": "s", "payload": "kg", "takeoff_mass": "kg",
    "battery_packs": int, "battery_energy_per_pack": "W*h", "speed": "m/s",
    "mode": None, "battery": None, "condition": None, "source": None,
}
FLIGHT_TIME_REQUIRED: tuple[str, ...] = ("value", "mode", "payload", "condition", "source")
FLIGHT_TIME_MODES: tuple[str, ...] = ("hover", "flight")

_DATA_FILE = "multirotors.toml"

#: Environment variable that puts the rows marked ``held_back`` into :func:`load_multirotors`
#: (and so into every fit that reads it): for benchmarks measuring whether sourced rows may
#: join the fits (``DRONECALC_INCLUDE_HELD_BACK=1 python benchmarks/accuracy.py``). Unset, a
#: held-back row is parsed and validated but feeds no fit.
HELD_BACK_ENV = "DRONECALC_INCLUDE_HELD_BACK"


def load_multirotors() -> list[dict]:
    """Load the shipped calibration set of real multirotors.

    Returns
    -------
    list of dict
        One dict per drone. Quantity fields (see :data:`QUANTITY_FIELDS`) are pint Quantities
        from :data:`dronecalc.units.ureg` in the units written in the file; counts are ints;
        ``figure_sources`` is a dict (empty when every figure comes from ``source``);
        ``flight_time`` is a list of dicts whose ``value``, ``payload`` and optional
        ``takeoff_mass`` are Quantities. Figures that could not be sourced are absent.

    Raises
    ------
    DroneCalcError
        If the shipped file is malformed (wrong dimension, unknown key, missing source, ...);
        the message names the drone, the key and the value.

    Notes
    -----
    The file is read with :mod:`importlib.resources`, so it works from an installed wheel.
    A drone with a ``held_back`` reason (sourced rows whose effect on the fits did not pass the
    benchmarks) is left out unless the environment variable :data:`HELD_BACK_ENV` is ``1``.
    """
    text = resources.files("dronecalc").joinpath("data", _DATA_FILE).read_text(encoding="utf-8")
    drones = parse_multirotors(text, origin=f"dronecalc/data/{_DATA_FILE}")
    if os.environ.get(HELD_BACK_ENV) == "1":
        return drones
    return [d for d in drones if "held_back" not in d]


def parse_multirotors(text: str, origin: str = "<string>") -> list[dict]:
    """Parse and validate calibration data in the ``multirotors.toml`` format.

    Parameters
    ----------
    text : str
        TOML text with one ``[[drone]]`` table per machine.
    origin : str
        Where the text came from, quoted in error messages.

    Returns
    -------
    list of dict
        As :func:`load_multirotors`.

    Raises
    ------
    DroneCalcError
        Invalid TOML, no drones, an unknown key, a missing required key, a value of the wrong
        dimension or type, a non-positive figure, a duplicate name, or a ``figure_sources``
        entry for a key the drone does not have.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DroneCalcError(f"invalid TOML in {origin}: {exc}", field=origin) from exc
    raw = data.get("drone")
    if not isinstance(raw, list) or not raw:
        raise DroneCalcError("no [[drone]] tables", field=origin,
                             expected="at least one [[drone]] table")
    drones, seen = [], set()
    for index, entry in enumerate(raw):
        drone = _parse_drone(entry, index)
        if drone["name"] in seen:
            raise DroneCalcError("duplicate drone name", field=f"drone[{index}].name",
                                 value=drone["name"], expected="unique names")
        seen.add(drone["name"])
        drones.append(drone)
    return drones


def _parse_drone(entry: dict, index: int) -> dict:
    label = entry.get("name", f"drone[{index}]") if isinstance(entry, dict) else f"drone[{index}]"
    if not isinstance(entry, dict):
        raise DroneCalcError("not a table", field=label, value=entry, expected="a [[drone]] table")
    known = set(QUANTITY_FIELDS) | set(INTEGER_FIELDS) | set(TEXT_FIELDS) | {
        "figure_sources", "flight_time"}
    out: dict = {}
    for key, value in entry.items():
        where = f"{label}.{key}"
        if key not in known:
            raise DroneCalcError("unknown key", field=where, value=value,
                                 expected=f"one of {sorted(known)}")
        if key in QUANTITY_FIELDS:
            out[key] = _quantity(value, QUANTITY_FIELDS[key][0], where)
        elif key in INTEGER_FIELDS:
            out[key] = _count(value, where)
        elif key in TEXT_FIELDS:
            out[key] = _text(value, where)
        elif key == "figure_sources":
            out[key] = _figure_sources(value, entry, where)
        else:
            out[key] = _flight_times(value, where)
    for key in REQUIRED_FIELDS:
        if key not in out:
            raise DroneCalcError("missing required key", field=f"{label}.{key}",
                                 expected="a non-empty text")
    if out.get("battery_voltage_label", "nominal") not in VOLTAGE_LABELS:
        raise DroneCalcError("unknown voltage label", field=f"{label}.battery_voltage_label",
                             value=out["battery_voltage_label"],
                             expected=f"one of {list(VOLTAGE_LABELS)}")
    if out.get("battery_voltage_label") == "charge" and "battery_cells" not in out:
        raise DroneCalcError("a charge voltage needs the cell count",
                             field=f"{label}.battery_voltage_label", value="charge",
                             expected="battery_cells stated too (the nominal voltage is cells x "
                                      "the cell's nominal voltage)")
    if out["class"] not in CLASSES:
        raise DroneCalcError("unknown class", field=f"{label}.class", value=out["class"],
                             expected=f"one of {list(CLASSES)}")
    out.setdefault("figure_sources", {})
    out.setdefault("flight_time", [])
    return out


def _quantity(value, unit: str, where: str) -> pint.Quantity:
    if not isinstance(value, str):
        raise DroneCalcError("needs a figure string with a unit", field=where, value=value,
                             expected=f"a string such as '1 {unit}'")
    try:
        q = Q_(value)
    except Exception as exc:  # pint raises several unrelated types for bad text
        raise DroneCalcError("unreadable figure", field=where, value=value,
                             expected=f"a number with a unit convertible to {unit}") from exc
    if not isinstance(q, pint.Quantity) or not q.is_compatible_with(unit):
        raise DroneCalcError("wrong dimension", field=where, value=value,
                             expected=f"a quantity convertible to {unit}")
    if not q.m_as(unit) > 0:
        raise DroneCalcError("must be positive", field=where, value=value, expected="> 0")
    return q


def _count(value, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise DroneCalcError("must be a positive integer", field=where, value=value,
                             expected="an integer count > 0")
    return value


def _text(value, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DroneCalcError("must be a non-empty text", field=where, value=value,
                             expected="a non-empty string")
    return value


def _figure_sources(value, entry: dict, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise DroneCalcError("must be a table", field=where, value=value,
                             expected="an inline table key = 'source'")
    for key, src in value.items():
        if key not in entry or key in ("figure_sources", "flight_time"):
            raise DroneCalcError("source given for a figure the drone does not have",
                                 field=f"{where}.{key}", value=src,
                                 expected="a key present in the same [[drone]] table")
        _text(src, f"{where}.{key}")
    return dict(value)


def _flight_times(value, where: str) -> list[dict]:
    if not isinstance(value, list):
        raise DroneCalcError("must be an array of tables", field=where, value=value,
                             expected="[[drone.flight_time]] tables")
    entries = []
    for i, item in enumerate(value):
        here = f"{where}[{i}]"
        if not isinstance(item, dict):
            raise DroneCalcError("not a table", field=here, value=item,
                                 expected="a [[drone.flight_time]] table")
        out = {}
        for key, val in item.items():
            if key not in FLIGHT_TIME_FIELDS:
                raise DroneCalcError("unknown key", field=f"{here}.{key}", value=val,
                                     expected=f"one of {sorted(FLIGHT_TIME_FIELDS)}")
            unit = FLIGHT_TIME_FIELDS[key]
            if unit is None:
                out[key] = _text(val, f"{here}.{key}")
            elif unit is int:
                out[key] = _count(val, f"{here}.{key}")
            elif key == "payload":
                out[key] = _payload(val, f"{here}.{key}")
            else:
                out[key] = _quantity(val, unit, f"{here}.{key}")
        for key in FLIGHT_TIME_REQUIRED:
            if key not in out:
                raise DroneCalcError("missing required key", field=f"{here}.{key}",
                                     expected=f"keys {list(FLIGHT_TIME_REQUIRED)}")
        if out["mode"] not in FLIGHT_TIME_MODES:
            raise DroneCalcError("unknown mode", field=f"{here}.mode", value=out["mode"],
                                 expected=f"one of {list(FLIGHT_TIME_MODES)}")
        entries.append(out)
    return entries


def _payload(value, where: str) -> pint.Quantity:
    """A payload may be zero ("0 kg"); otherwise like :func:`_quantity`."""
    if isinstance(value, str):
        try:
            q = Q_(value)
        except Exception:
            q = None
        if isinstance(q, pint.Quantity) and q.is_compatible_with("kg") and q.m_as("kg") == 0:
            return q
    return _quantity(value, "kg", where)


def nominal_pack_voltage(drone: dict) -> pint.Quantity | None:
    """The nominal voltage of one pack of ``drone`` (a :func:`load_multirotors` dict), or None.

    The stated ``battery_voltage_per_pack`` unless the row labels it a charge voltage
    (``battery_voltage_label = "charge"``); then cells x the nominal cell voltage
    :func:`dronecalc.physics.battery.full_charge_nominal` gives (LiPo's 3.7 V for 4.2 V per
    cell, LiHV's 3.8 V for 4.35-4.40 V; LiPo's for a labelled voltage outside that window):
    a pack's energy is its charge times its *nominal* voltage, and the charge voltage (4.2 V
    per cell) overstates it by 4.2 / 3.7 - 1 = 13.5 %. Used by every fit that derives a pack
    energy as capacity x voltage.
    """
    if "battery_voltage_per_pack" not in drone:
        return None
    if drone.get("battery_voltage_label") != "charge":
        return drone["battery_voltage_per_pack"]
    cells, volts = drone["battery_cells"], drone["battery_voltage_per_pack"].m_as("V")
    cell = full_charge_nominal(volts, cells) or CHEMISTRIES["lipo"]["cell_voltage"]
    return Q_(cells * cell, "V")
