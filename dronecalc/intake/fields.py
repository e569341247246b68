"""What each stated figure speaks to, what it may plausibly be, and how reports garble it.

:data:`FIELDS` is the field table of ``docs/case-format.md``: for each field its kind, the
unit whose dimension it must have, a plausible range for multirotors with the reason for
that range, and a hard physical minimum.

:func:`read_figure` reads a figure string for a field and returns a :class:`ReadFigure`:
the figure as written, a :class:`Flag` when something is wrong with it, and ``value``, the
figure to compute with (the best reinterpretation when the figure is garbled, else the
figure itself). A figure of the wrong dimension, or far outside its plausible range, is *not*
an error when a well-known garbling explains it ("320 kilovolts" for a motor's Kv rating);
it is flagged, with reinterpretations ranked by score, each with its reason. A figure outside
the plausible range with no garbling to explain it is kept and flagged ``out-of-range``: a claim
such as a 500 km range is exactly what the checks are for. Errors are reserved for what
cannot be read at all: an unknown field, a text field, a wrong dimension that no known
garbling explains, a missing unit, NaN, a value below the field's physical minimum
(a negative mass), or a fractional count.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field as dc_field, replace
from typing import Literal

import pint

from ..errors import AmbiguousUnitError, DroneCalcError, InputValueError, ParseError, UnitError
from .figures import Figure, parse, readings
from .frame_fields import frame_fields
from .registry import Q_, ureg

Problem = Literal["garbled", "underspecified", "out-of-range", "ambiguous", "inferred", "vague"]
Kind = Literal["quantity", "count", "text"]
ROLES = ("input", "claim", "context")


@dataclass(frozen=True)
class FieldSpec:
    """One row of the field table.

    Attributes
    ----------
    kind : {"quantity", "count", "text"}
    unit : canonical unit; its dimension is the field's (None for text fields)
    low, high : plausible range for multirotors, in ``unit``
    minimum : physical minimum in ``unit``; below it is an error, not a flag
    source : why the plausible range is what it is
    maps_to : the machine parameter the field states (``"payload"``), or None
    roles : roles a figure of this field may take
    far : a value beyond ``high * far`` or below ``low / far`` is *far* out of range, which
        a unit slip must explain (flag ``garbled``); nearer excursions are ``out-of-range``.
        None: any excursion is far (the range is already the physical extreme)
    """

    kind: Kind
    unit: str | None
    low: float | None
    high: float | None
    minimum: float | None
    source: str
    maps_to: str | None
    roles: tuple[str, ...] = ROLES
    far: float | None = 10.0


_ANY = "no plausible range: free text"
#: The field table (docs/case-format.md). Ranges are generous on purpose: they catch slips
#: of a factor 10-1000, not unusual machines.
FIELDS: dict[str, FieldSpec] = {
    "airframe": FieldSpec("text", None, None, None, None, _ANY, "rotors"),
    "rotors": FieldSpec("count", "dimensionless", 3, 16, 1,
                        "tricopters (3) to large octo-quads (16)", "rotors"),
    "arms": FieldSpec("count", "dimensionless", 3, 16, 1,
                      "arms carrying the rotors: a tricopter's 3 to the 16 of the largest "
                      "flat octo-quads; with rotors it gives the rotor layout (8 rotors on 4 "
                      "arms: coaxial, physics.rotor_terms.layout_from_counts)", "arms",
                      ("input", "context")),
    "rotor_layout": FieldSpec("text", None, None, None, None,
                              "flat or coaxial (also coax, stacked, X8, Y6, octo-quad): the "
                              "layout of the rotors; sets the coaxial induced-power factor",
                              "rotor_layout", ("input", "context")),
    "rotor_diameter": FieldSpec("quantity", "m", 0.05, 2.0, 0.0,
                                "2 in micro props to the ~80 in props of heavy-lift agricultural "
                                "machines (T-Motor MF80 line)", "rotor_diameter"),
    "takeoff_mass": FieldSpec("quantity", "kg", 0.05, 150.0, 0.0,
                              "micro quads to heavy-lift spraying drones (DJI Agras T40: 101 kg "
                              "max take-off)", "takeoff_mass"),
    "empty_mass": FieldSpec("quantity", "kg", 0.05, 100.0, 0.0,
                            "micro quads to large agricultural airframes (Agras T40: 38 kg "
                            "without battery)", "empty_mass"),
    "payload_mass": FieldSpec("quantity", "kg", 0.0, 60.0, 0.0,
                              "nothing to the 50 kg spray tank of the largest commercial "
                              "multirotors (Agras T40)", "payload"),
    "max_takeoff_mass": FieldSpec("quantity", "kg", 0.05, 150.0, 0.0,
                                  "a maker's maximum take-off mass (MTOW), as takeoff_mass; "
                                  "no flight's mass: it sets the design full load of a "
                                  "payload claim judged without a Kv", None,
                                  ("input", "context")),
    "max_payload": FieldSpec("quantity", "kg", 0.01, 60.0, 0.0,
                             "a maker's maximum payload: grams for small quads to the 50 kg "
                             "tank of the largest (as payload_mass)", None),
    "battery_charge": FieldSpec("quantity", "Ah", 0.3, 60.0, 0.0,
                                "300 mAh micro packs to 30-60 Ah agricultural smart batteries, "
                                "per pack", "capacity"),
    "battery_energy": FieldSpec("quantity", "Wh", 5.0, 10000.0, 0.0,
                                "a 1S micro pack to several large 14S packs together", "energy"),
    "battery_voltage": FieldSpec("quantity", "V", 3.7, 100.0, 0.0,
                                 "one Li-ion/LiPo cell (3.7 V) to 24S LiHV (~100 V charged)",
                                 "voltage"),
    "cell_count": FieldSpec("count", "cell", 1, 24, 1,
                            "1S to 24S, the highest series count of common multirotor ESCs",
                            "cells"),
    "pack_count": FieldSpec("count", "dimensionless", 1, 8, 1,
                            "one pack to eight in parallel on heavy lifters", "packs"),
    "battery_mass": FieldSpec("quantity", "kg", 0.02, 60.0, 0.0,
                              "a micro pack to several large agricultural packs", "battery_mass"),
    "chemistry": FieldSpec("text", None, None, None, None, "LiPo, Li-ion or LiHV", "chemistry"),
    "battery_specific_energy": FieldSpec("quantity", "W*h/kg", 60.0, 550.0, 0.0, (
        "LiFePO4 packs (~90 Wh/kg) to silicon-anode cells: Amprius 450 (FutureFlight 2022-02-11)"
        " and 500 Wh/kg (IEEE Spectrum, lab-verified); semi-solid ~380"), "specific_energy"),
    "motor_kv": FieldSpec("quantity", "Kv", 20.0, 5000.0, 0.0,
                          "heavy-lift motors of ~60-100 Kv (T-Motor U15) to ~4000 Kv "
                          "micro/racing motors; the lower end 20 Kv is a judgement (makers "
                          "state heavy-lift motors below 50 Kv, e.g. 48 Kv, issue #10)",
                          "motor_kv"),
    "speed": FieldSpec("quantity", "m/s", 0.0, 45.0, 0.0,
                       "hover to ~160 km/h, beyond all but racing quads", None),
    "top_speed": FieldSpec("quantity", "m/s", 1.0, 45.0, 0.0,
                           "walking pace to ~160 km/h, beyond all but racing quads (as speed)",
                           None, ("claim", "context")),
    # a dive's speed (gravity adds to the thrust): a claim the source makes, which no model
    # of this version judges, so check lists it as "not judged" (review 11 F15, issue 10)
    "dive_speed": FieldSpec("quantity", "m/s", 1.0, 150.0, 0.0,
                            "walking pace to ~540 km/h; loitering munitions are reported "
                            "diving at 300-400 km/h (judgement, as the wing ranges' speed)",
                            None, ("claim", "context")),
    "max_tilt": FieldSpec("quantity", "deg", 15.0, 60.0, 0.0,
                          "a maker's maximum tilt angle (DJI sheets: 'Max Tilt Angle 35°'; "
                          "sport modes to ~45 deg); 15-60 deg is a judgement. The top-speed "
                          "kind's tilt limit, capped at the forward-flight model's 45 deg",
                          None, ("input", "context")),
    "distance": FieldSpec("quantity", "km", 0.0, 100.0, 0.0,
                          "a flown leg; 100 km is beyond any battery multirotor's reach", None),
    "range": FieldSpec("quantity", "km", 0.1, 100.0, 0.0,
                       "claimed range; even long-range battery multirotors stay below "
                       "~100 km (fixed wings are judged on their own ranges)", None),
    "flight_time": FieldSpec("quantity", "min", 1.0, 180.0, 0.0,
                             "1 min to 3 h; battery multirotors rarely pass 1 h (DJI M350 RTK: "
                             "55 min without payload)", None),
    "air_temperature": FieldSpec("quantity", "degC", -40.0, 55.0, -273.15,
                                 "the common LiPo operating window and the hottest populated "
                                 "places (record: 56.7 degC)", "air_temperature", far=None),
    "altitude": FieldSpec("quantity", "m", 0.0, 5000.0, -500.0,
                          "sea level to high plateaus; minimum allows the Dead Sea shore",
                          "altitude"),
    "radio": FieldSpec("text", None, None, None, None, _ANY, None, ("input", "context")),
    "radio_range": FieldSpec("quantity", "km", 0.1, 200.0, 0.0,
                             "toy radios to long-range telemetry modems with directional "
                             "antennas", "radio_range"),
    "flight_controller": FieldSpec("text", None, None, None, None, _ANY, None,
                                   ("input", "context")),
    "context": FieldSpec("text", None, None, None, None, _ANY, None, ("context",)),
    "statement": FieldSpec("text", None, None, None, None, _ANY, None, ("claim",)),
}

_WING = "fixed wings only; "
#: Fixed-wing fields (issue #13). Their ``low``/``high`` are the fixed-wing ranges.
FIELDS.update({
    "wingspan": FieldSpec("quantity", "m", 0.3, 25.0, 0.0,
                          _WING + "hand-launched micro drones (~0.3 m) to MALE drones (Bayraktar "
                          "TB2 12 m, data/fixed_wing.toml; MQ-9 20 m)", "wingspan"),
    "wing_area": FieldSpec("quantity", "m^2", 0.02, 50.0, 0.0,
                           _WING + "micro drones to MALE drones (judgement from the spans)",
                           "wing_area"),
    "length": FieldSpec("quantity", "m", 0.2, 15.0, 0.0, "overall length, micro drones to MALE "
                        "drones; a multirotor's (rotors in) bounds its rotors", "length"),
    "engine_power": FieldSpec("quantity", "kW", 0.05, 200.0, 0.0,
                              _WING + "small electric motors to the ~75 kW Rotax 912 of the "
                              "Bayraktar TB2 (data/fixed_wing.toml), with margin",
                              "engine_power"),
    "engine_thrust": FieldSpec("quantity", "N", 20.0, 20000.0, 0.0,
                               _WING + "a jet's static sea-level thrust: the AMT Mercury's 88 N to "
                               "the 4.4 kN of a TR 60-5 (data/fixed_wing_jet.toml), with margin",
                               "engine_thrust"),
    "engine_type": FieldSpec("text", None, None, None, None,
                             "e.g. 'two-stroke piston', 'four-stroke', 'electric', 'turbojet'",
                             "engine_type"),
    "fuel_volume": FieldSpec("quantity", "L", 0.05, 500.0, 0.0,
                             _WING + "a small gasoline tank to a MALE drone's tanks",
                             "fuel_volume"),
    "fuel_mass": FieldSpec("quantity", "kg", 0.05, 400.0, 0.0,
                           _WING + "as fuel_volume, at 0.7-0.85 kg/L", "fuel_mass"),
    "fuel_type": FieldSpec("text", None, None, None, None,
                           "gasoline (petrol), AVGAS, diesel, JP-8/Jet A (heavy fuel)",
                           "fuel_type"),
    "warhead_mass": FieldSpec("quantity", "kg", 0.0, 300.0, 0.0,
                              "a warhead is a payload carried to the end of a one-way flight; "
                              "up to the ~150 kg payload class of MALE drones, with margin",
                              "payload"),
    "cruise_speed": FieldSpec("quantity", "km/h", 20.0, 550.0, 0.0,
                              _WING + "small electric drones (~40 km/h) to small-turbojet "
                              "drones (judgement)", None),
    "stall_speed": FieldSpec("quantity", "m/s", 5.0, 80.0, 0.0,
                             _WING + "a maker's stall speed (indicated, at take-off mass); "
                             "hand-launched micro wings stall near 5-8 m/s, MALE drones "
                             "(TB2-class) and light aircraft at 25-35 m/s; 80 m/s is margin "
                             "for small jets (judgement). It conditions the Monte Carlo",
                             None, ("input", "context")),
    "service_ceiling": FieldSpec("quantity", "m", 100.0, 15000.0, 0.0,
                                 "micro drones to MALE drones (TB2: 7,600 m, data/fixed_wing"
                                 ".toml); a multirotor's: its hover ceiling", None),
})
FIELDS.update(frame_fields(FieldSpec))      # a multirotor's size: intake.frame_fields
#: Plausible ranges for wing-borne kinds where the multirotor range of :data:`FIELDS` would
#: misjudge them (``fixed-wing-*``, ``vtol-quadplane``, ``tailsitter``): field -> (low, high,
#: source), in the field's unit. A multirotor range never judges a fixed-wing figure.
WING_RANGES: dict[str, tuple[float, float, str]] = {
    # MALE drones weigh over a tonne: IAI Heron 1,250 kg take-off (Flight Global, 2013),
    # Heron TP a "4.6 ton aircraft" with "a one ton payload" (strategypage.com, 2007); a
    # 1,000 kg bound flagged the Heron's 1,250 kg as a slip for 1.25 kg
    "takeoff_mass": (0.1, 6000.0, "hand-launched RQ-11 Raven (1.9 kg) to the Heron TP "
                                  "(4.6 t, strategypage.com 2007), with margin"),
    "empty_mass": (0.05, 5000.0, "as takeoff_mass"),
    "max_takeoff_mass": (0.1, 6000.0, "as takeoff_mass"),
    "payload_mass": (0.0, 1500.0, "none to the one-ton payload of the Heron TP "
                                  "(strategypage.com 2007), with margin"),
    "max_payload": (0.0, 1500.0, "as payload_mass"),
    "battery_energy": (5.0, 50000.0, "micro packs to the packs of large electric VTOL drones"),
    "battery_mass": (0.02, 200.0, "as battery_energy"),
    "speed": (0.0, 150.0, "stall to ~540 km/h, beyond piston drones (Shahed-136 ~185 km/h "
                          "reported); judgement"),
    "distance": (0.0, 20000.0, "a flown leg; the flight_time bound (80 h) at a MALE drone's "
                               "150-250 km/h (judgement; 5,000 km flagged TB-001's 7,500 km)"),
    "range": (0.5, 20000.0, "as distance"),
    "top_speed": (0.0, 150.0, "as speed"),
    "flight_time": (1.0, 4800.0, "1 min to 80 h; the Bayraktar TB2 is rated 27 h "
                                 "(data/fixed_wing.toml), the Heron flew 51 h and the Heron "
                                 "TP is estimated at more than 70 h (Flight International)"),
    "altitude": (0.0, 10000.0, "sea level to above MALE ceilings (TB2 7,600 m)"),
    "rotors": (1, 12, "lift rotors of a quadplane or propellers of a fixed wing"),
    "rotor_diameter": (0.05, 3.0, "propellers of small drones to those of MALE drones"),
}
#: Layout families whose figures the wing ranges judge.
WING_KINDS = ("fixed-wing-electric", "fixed-wing-piston", "fixed-wing-jet", "vtol-quadplane",
              "vtol-quadplane-piston", "tailsitter")

#: Plausible ranges of the jet kind where the wing ranges would flag an ordinary jet figure:
#: field -> (low, high, source), in the field's unit (issue #13, jet drones).
JET_RANGES: dict[str, tuple[float, float, str]] = {
    "speed": (0.0, 340.0, "stall to Mach 1 at sea level: jet target drones reach 900 km/h "
                          "(BQM-74E) and 600 kn (BQM-167A), data/fixed_wing_jet.toml"),
    "top_speed": (0.0, 340.0, "as speed"), "cruise_speed": (20.0, 1200.0, "as speed, in km/h"),
    "service_ceiling": (100.0, 20000.0, "to the 50,000 ft of the BQM-167A "
                                        "(data/fixed_wing_jet.toml), with margin"),
}

#: The ranges of a case that names no vehicle kind (``refusals.no_kind``): the widest of every
#: kind's, so that its figures are flagged only where no kind would state them (trials_new9:
#: the Orlan-10's "16 h" was offered as a slip for 16 min, the V-BAT's "over 13 hours" for 13).
ANY_KIND = "any-kind"


def spec_for(field: str, kind: str | None = None) -> FieldSpec:
    """The row of :data:`FIELDS` for ``field`` with the plausible range of vehicle ``kind``.

    ``kind`` None or ``"multirotor"``: the multirotor row as is; a wing-borne kind
    (:data:`WING_KINDS`): the range of :data:`WING_RANGES` where it has one; :data:`ANY_KIND`:
    the widest of the multirotor, wing and jet ranges.
    """
    spec = field_spec(field)
    if kind == ANY_KIND and spec.low is not None:
        rows = [(spec.low, spec.high)] + [t[field][:2] for t in (WING_RANGES, JET_RANGES)
                                          if field in t]
        low, high = min(r[0] for r in rows), max(r[1] for r in rows)
        return spec if (low, high) == (spec.low, spec.high) else replace(
            spec, low=low, high=high, source=f"{low:g}-{high:g} {spec.unit}, the widest range "
            "of any vehicle kind: the case names none")
    if kind == "fixed-wing-jet" and field in JET_RANGES:
        low, high, source = JET_RANGES[field]
        return replace(spec, low=low, high=high, source=source + " (jet kind)")
    if kind in WING_KINDS and field in WING_RANGES:
        low, high, source = WING_RANGES[field]
        return replace(spec, low=low, high=high, source=source + " (wing-borne kinds)")
    return spec


@dataclass(frozen=True)
class Reinterpretation:
    """What a flagged figure probably meant.

    Attributes
    ----------
    figure : Figure
        The figure as reinterpreted, in the field's dimension.
    reason : str
        Why this reading is plausible.
    score : float
        Confidence in [0, 1]; reinterpretations are ranked by it.
    """

    figure: Figure
    reason: str
    score: float


@dataclass(frozen=True)
class Flag:
    """Something wrong with a stated figure, and what it probably meant.

    Attributes
    ----------
    id : str or None
        The figure id (``"F6"``) or key path (``"battery.capacity"``); set by the case layer.
    field : str
    text : str
        The figure as written.
    problem : {"garbled", "underspecified", "out-of-range", "ambiguous", "inferred", "vague"}
        (``inferred``: the kind read from a wing figure, :mod:`~dronecalc.intake.wing_inference`;
        ``vague``: a claim in hedged spoken words, :mod:`dronecalc.intake.vague`)
    message : str
    reinterpretations : tuple of Reinterpretation, best first (may be empty)
    """

    id: str | None
    field: str
    text: str
    problem: Problem
    message: str
    reinterpretations: tuple[Reinterpretation, ...] = ()

    @property
    def best(self) -> Reinterpretation | None:
        """The highest-ranked reinterpretation, or None."""
        return self.reinterpretations[0] if self.reinterpretations else None


@dataclass(frozen=True)
class ReadFigure:
    """A figure read for a field.

    Attributes
    ----------
    figure : Figure
        The figure as written (possibly in the wrong dimension when flagged garbled).
    flag : Flag or None
    value : Figure
        What to compute with: the best reinterpretation of a ``garbled`` or ``ambiguous``
        figure, else ``figure`` as written (an ``out-of-range`` figure is kept as stated; its
        reinterpretations are alternatives for the report).
    """

    figure: Figure
    flag: Flag | None = None
    value: Figure = dc_field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.value is None:
            trusted = self.flag is None or self.flag.problem not in ("garbled", "ambiguous")
            best = None if trusted else self.flag.best
            object.__setattr__(self, "value", best.figure if best else self.figure)


def field_spec(field: str, text: str | None = None) -> FieldSpec:
    """The row of :data:`FIELDS` for ``field``; DroneCalcError naming the known fields if none."""
    try:
        return FIELDS[field]
    except (KeyError, TypeError):
        raise DroneCalcError("unknown field", field=str(field), value=text,
                             expected="one of " + ", ".join(FIELDS)) from None


def read_figure(text: str, field: str, kind: str | None = None) -> ReadFigure:
    """Read ``text`` as a figure for ``field``, flagging garbled or underspecified figures.

    Parameters
    ----------
    text : str
        The figure as written (``"320 kilovolts"``); a count field also accepts a bare number.
    field : str
        A key of :data:`FIELDS` (not a text field).
    kind : str, optional
        The vehicle kind whose plausible ranges judge the figure (:func:`spec_for`);
        default the multirotor ranges.

    Returns
    -------
    ReadFigure
        ``.figure`` as written, ``.flag`` (or None), ``.value`` to compute with.

    Raises
    ------
    DroneCalcError
        Unknown field or a text field.
    ParseError, UnitError, InputValueError
        Unreadable text; wrong dimension with no known garbling or a missing unit; NaN,
        below the field's physical minimum, or a fractional count.

    Examples
    --------
    >>> read = read_figure("320 kilovolts", "motor_kv")
    >>> read.flag.problem, str(read.value.unit)
    ('garbled', 'Kv')
    """
    spec = field_spec(field, text) if kind is None else spec_for(field, kind)
    if spec.kind == "text":
        raise DroneCalcError("a text field has no figure to read", field=field, value=text,
                             expected="a quantity or count field")
    try:
        return _read(text, field, spec)
    except DroneCalcError:
        raise
    except (pint.PintError, ArithmeticError) as exc:
        # Every known path raises a library error itself; this keeps an unforeseen corner of
        # pint's unit algebra from escaping as a traceback.
        raise UnitError(f"cannot be read as a {field} (unforeseen {type(exc).__name__})",
                        field=field, value=text,
                        expected=f"a figure in {spec.unit} or a compatible unit") from exc


#: Machine inputs that are sizes, masses, energies, powers or ratings: a stated 0 describes no
#: machine, and the physics divides by them (fuzz8: a wing_area input of "0 m^2" gave a
#: piston wing ranges of 1,510-10,300 km, flagged only out of range; a 0 N jet thrust, 0 L of
#: fuel, verdicts). A claim of 0 stays a claim, judged as written.
POSITIVE_INPUTS = frozenset({
    "takeoff_mass", "empty_mass", "max_takeoff_mass", "rotor_diameter", "battery_charge",
    "battery_energy", "battery_voltage", "battery_mass", "motor_kv", "wingspan", "wing_area",
    "length", "engine_power", "engine_thrust", "fuel_volume", "fuel_mass", "width", "frame_size"})


def zero_input(field: str, read: ReadFigure) -> tuple[str, str, str] | None:
    """(message, value, expected) when an input of ``field`` starts at 0, else None."""
    low = read.value.low if field in POSITIVE_INPUTS else None
    if low is None or low.magnitude > 0:
        return None
    return (f"a machine's {field} of 0 describes no machine", read.figure.text,
            f"the {field} the source states, above 0 {FIELDS[field].unit} (a claim of 0 takes "
            'role = "claim"; a figure of another machine role = "context")')


def _read(text: str, field: str, spec: FieldSpec) -> ReadFigure:
    try:
        figure = _parse_for(text, field)
    except AmbiguousUnitError as exc:
        return _ambiguous_unit(text, field, spec, exc)
    if spec.kind == "count" and figure.unit.dimensionless:
        if figure.unit != ureg.dimensionless:   # "400 %", "4 rad": a scale, not a count
            raise UnitError(f"a count takes no unit but its own, not {figure.unit:~P}",
                            field=field, value=text,
                            expected=f"a whole number such as 4 (or in {spec.unit})")
        figure = _with_unit(figure, spec.unit, figure.text)
    target = ureg.Unit(spec.unit)
    if figure.unit.dimensionality != target.dimensionality:
        return _wrong_dimension(figure, field, spec)
    if spec.kind == "quantity" and target.dimensionless and ureg.get_root_units(target)[1] \
            != ureg.get_root_units(figure.unit)[1]:  # an angle: "35 %" was 0.35 rad, "35" 35 rad
        raise UnitError(f"an angle needs an angle unit, not {f'{figure.unit:~P}' or 'none'}",
                        field=field, value=text, expected=f'a figure in {spec.unit} or rad, '
                        f'e.g. "35 {spec.unit}"')
    _check_hard(figure, field, spec)
    flag = _range_flag(figure, field, spec) or _underspecified(figure, field)
    return ReadFigure(figure, flag)


def _parse_for(text: str, field: str) -> Figure:
    try:
        return parse(text)
    except AmbiguousUnitError as exc:
        exc.field = field
        raise
    except (ParseError, UnitError) as exc:
        from .unit_hints import reversed_without_unit as unitless   # "10-5" for a mass
        raise (unitless(text, field, exc) or type(exc)(str(exc), field=field)) from None



def _ambiguous_unit(text: str, field: str, spec: FieldSpec,
                    exc: AmbiguousUnitError) -> ReadFigure:
    """A unit whose lost letter case decides it ("5000 MAH"): flag ``ambiguous`` with the
    readings plausible for the field (best first); none plausible is an error, never a guess."""
    target = ureg.Unit(spec.unit)
    options = []
    for reading in readings(text):
        if reading.unit.dimensionality != target.dimensionality:
            continue
        _check_hard(reading, field, spec)
        if _in_range(reading, spec):
            options.append(Reinterpretation(
                reading.to(spec.unit), f"read as {reading.unit:~P}, the only reading of the "
                f"letters in the plausible {spec.low:g}-{spec.high:g} {spec.unit}", 0.8))
    if len(options) != 1:
        raise UnitError(str(exc), field=field) from None
    written = readings(text)[0]
    message = (f"{text!r}: the unit's letter case decides what it means and was lost; "
               f"{options[0].reason}. Write the unit with its case to settle it.")
    return ReadFigure(written, Flag(None, field, text, "ambiguous", message, tuple(options)))


def _with_unit(figure: Figure, unit: str, text: str) -> Figure:
    ends = (None if e is None else Q_(e.magnitude, unit) for e in (figure.low, figure.high))
    return Figure(text, *ends, figure.kind, figure.approximate)


def _ends(figure: Figure, unit: str) -> list[float]:
    """The figure's ends in ``unit``; a library error when they do not convert or overflow."""
    try:
        values = [e.m_as(unit) for e in (figure.low, figure.high) if e is not None]
        si = [e.to_base_units().magnitude for e in (figure.low, figure.high) if e is not None]
    except (pint.PintError, ArithmeticError) as exc:
        raise UnitError(f"cannot be converted to {unit}", value=figure.text,
                        expected=f"a figure in {unit} or a compatible unit (a temperature "
                                 "difference such as delta_degC is not a temperature)"
                        if unit == "degC" else f"a figure in {unit} or a compatible unit") \
            from exc
    if not all(math.isfinite(v) for v in values + si):
        raise InputValueError(f"too large to compute with once in {unit} or SI units",
                              value=figure.text, expected="a finite figure")
    return values


def _check_hard(figure: Figure, field: str, spec: FieldSpec) -> None:
    try:
        values = _ends(figure, spec.unit)
    except DroneCalcError as exc:
        exc.field = field
        raise type(exc)(str(exc), field=field) from None
    if spec.minimum is not None and min(values) < spec.minimum:
        raise InputValueError("below the physical minimum", field=field, value=figure.text,
                              expected=f">= {spec.minimum:g} {spec.unit}")
    if spec.kind == "count" and any(v != int(v) for v in values):
        raise InputValueError("a count must be a whole number", field=field, value=figure.text,
                              expected="e.g. 4, 6S or 1-2")


def _in_range(figure: Figure, spec: FieldSpec) -> bool:
    return all(spec.low <= v <= spec.high for v in _ends(figure, spec.unit))


def _is_far(figure: Figure, spec: FieldSpec) -> bool:
    if spec.far is None:
        return True
    return any(v > spec.high * spec.far or v < spec.low / spec.far
               for v in _ends(figure, spec.unit))


def _range_flag(figure: Figure, field: str, spec: FieldSpec) -> Flag | None:
    if _in_range(figure, spec):
        return None
    options = _slips(figure, spec)
    plausible = f"{spec.low:g} to {spec.high:g} {spec.unit} ({spec.source})"
    if options and _is_far(figure, spec):
        return Flag(None, field, figure.text, "garbled",
                    f"{figure.text!r} is far outside the plausible {plausible}; most likely a "
                    f"unit slip: {options[0].reason}", options)
    return Flag(None, field, figure.text, "out-of-range",
                f"{figure.text!r} lies outside the plausible {plausible}; kept as stated",
                options)


# Same-dimension slips: (stated unit, meant unit, score, why the slip happens).
_SLIPS: dict[str, tuple[tuple[str, str, float, str], ...]] = {
    "[mass]": (("kg", "g", 0.8, "grams written as kilograms (a factor 1000)"),
               ("g", "kg", 0.8, "kilograms written as grams (a factor 1000)"),
               ("lb", "kg", 0.4, "kilograms written as pounds (a factor 2.2)")),
    "[length]": (("m", "km", 0.7, "kilometres written as metres (a factor 1000)"),
                 ("km", "m", 0.7, "metres written as kilometres (a factor 1000)"),
                 ("mm", "inch", 0.6, "inches written as millimetres (propeller sizes are "
                                     "quoted in inches)"),
                 ("cm", "inch", 0.4, "inches written as centimetres"),
                 ("inch", "cm", 0.4, "centimetres written as inches")),
    "[length] / [time]": (("mph", "km/h", 0.6, "km/h written as mph (a factor 1.6)"),
                          ("km/h", "mph", 0.5, "mph written as km/h (a factor 1.6)"),
                          ("m/s", "km/h", 0.6, "km/h written as m/s (a factor 3.6)"),
                          ("knot", "km/h", 0.4, "km/h written as knots (a factor 1.85)")),
    "[current] * [time]": (("mAh", "Ah", 0.7, "Ah written as mAh (a factor 1000)"),
                           ("Ah", "mAh", 0.8, "mAh written as Ah (a factor 1000)"),
                           ("MAh", "mAh", 0.7, "mAh written with a capital M (MAh is "
                                               "megaampere-hours, a factor 10^9)")),
    "[mass] * [length] ** 2 / [time] ** 2": (
        ("Wh", "kWh", 0.5, "kWh written as Wh"), ("kWh", "Wh", 0.7, "Wh written as kWh"),
        ("mWh", "Wh", 0.6, "Wh written as mWh")),
    "[mass] * [length] ** 2 / [time] ** 3 / [current]": (
        ("kV", "V", 0.7, "volts written as kilovolts"), ("mV", "V", 0.6, "volts written as mV")),
    "[time]": (("h", "min", 0.7, "minutes written as hours"),
               ("min", "s", 0.5, "seconds written as minutes"),
               ("s", "min", 0.6, "minutes written as seconds")),
    "[temperature]": (("degC", "degF", 0.6, "degrees Fahrenheit written as Celsius"),
                      ("degF", "degC", 0.6, "degrees Celsius written as Fahrenheit"),
                      ("K", "degC", 0.5, "degrees Celsius written as kelvin")),
}


def _same_unit(unit: pint.Unit, name: str) -> bool:
    """``mile/hour`` is ``mph``: same dimension, same scale and same offset."""
    other = ureg.Unit(name)
    if unit.dimensionality != other.dimensionality:
        return False
    try:
        return all(math.isclose(Q_(x, unit).m_as(other), x, rel_tol=1e-9, abs_tol=1e-12)
                   for x in (0.0, 1.0))
    except pint.PintError:          # delta_degC vs degC: same dimension, no conversion
        return False


def _slips(figure: Figure, spec: FieldSpec) -> tuple[Reinterpretation, ...]:
    options = []
    for stated, meant, score, reason in _SLIPS.get(str(figure.unit.dimensionality), ()):
        if _same_unit(figure.unit, stated):
            candidate = _with_unit(figure, meant, figure.text)
            if _in_range(candidate, spec):
                options.append(Reinterpretation(candidate.to(spec.unit), reason, score))
    return tuple(sorted(options, key=lambda r: -r.score))


# Cross-dimension garblings: (field, units as written) -> (meant unit, problem, score,
# reason). The reinterpretation keeps the number as written and replaces the unit.
_GARBLINGS: dict[tuple[str, tuple[str, ...]], tuple[str, Problem, float, str]] = {
    ("motor_kv", ("kV", "V", "MV")): (
        "Kv", "garbled", 0.9,
        "the motor constant 'KV' (rpm per volt) misread as a voltage: no multirotor motor "
        "runs at such a voltage (packs are 3.7-100 V), while {n} Kv is an ordinary motor "
        "rating (about 100-400 Kv for large multirotors, e.g. T-Motor MN/U series)"),
    ("motor_kv", ("rpm",)): ("Kv", "garbled", 0.6, "a Kv rating (rpm per volt) written as rpm"),
    ("cell_count", ("s",)): (
        "cell", "ambiguous", 0.9,
        "'{n}s' in battery talk is {n} cells in series (as in '6s LiPo'), not {n} seconds"),
    ("cell_count", ("S",)): ("cell", "garbled", 0.9, "{n} S means {n} cells in series, not siemens"),
    # "Fuel Capacity: 42 oz" (a model aircraft's spec page): a tank is sized in fluid ounces
    ("fuel_volume", ("oz",)): ("fluid_ounce", "garbled", 0.9,
                              "a tank's '{n} oz' is {n} US fluid ounces (a volume), not a "
                              "mass; write '{n} fl oz'"),
}


def _wrong_dimension(figure: Figure, field: str, spec: FieldSpec) -> ReadFigure:
    for (name, stated), (meant, problem, score, reason) in _GARBLINGS.items():
        if name == field and any(_same_unit(figure.unit, u) for u in stated):
            candidate = _with_unit(figure, meant, figure.text)
            _check_hard(candidate, field, spec)
            n = f"{candidate.nominal.magnitude:g}"
            option = Reinterpretation(candidate, reason.format(n=n), score)
            message = (f"{figure.text!r} is in {figure.unit:~P}, not a {field} ({spec.unit}); "
                       f"read as {candidate.nominal:~P}: {option.reason}")
            return ReadFigure(figure, Flag(None, field, figure.text, problem, message, (option,)))
    from .unit_hints import bare_hint, wrong_dimension_hint    # "1655", "35 C" (issue 10)
    if figure.unit.dimensionless:
        raise UnitError("needs a unit", field=field, value=figure.text,
                        expected=f"a figure in {spec.unit} or a compatible unit"
                                 f"{bare_hint(figure.text, field)}")
    raise UnitError("wrong dimension", field=field, value=figure.text,
                    expected=f"a figure convertible to {spec.unit}"
                             f"{wrong_dimension_hint(figure, field)}")


def _underspecified(figure: Figure, field: str) -> Flag | None:
    if field != "battery_charge":
        return None
    return Flag(None, field, figure.text, "underspecified",
                f"{figure.text!r} is a charge, not an energy: the pack's energy also needs its "
                "voltage (cell count) and chemistry, and the number of packs")


#: The unit a user's bare number is most likely in, where the canonical unit would mislead
#: (3850 for a capacity is mAh, never Ah; 21 for a rotor is inches, never metres).
_EXAMPLE_UNITS = {"battery_charge": "mAh", "rotor_diameter": "in", "flight_time": "min",
                  "range": "km", "distance": "km", "speed": "km/h", "top_speed": "km/h"}


def example_unit(field: str) -> str | None:
    """The unit a figure of ``field`` is written in, for an example ("in" for rotor_diameter)."""
    return _EXAMPLE_UNITS.get(field) or (FIELDS[field].unit if field in FIELDS else None)


def quoted_example(field: str, number) -> str:
    """The case-file line a bare number of ``field`` should be: 'text = "21 in"' for
    rotor_diameter, 'text = "4"' for a count."""
    unit = example_unit(field)
    return f'text = "{number}"' if unit in (None, "dimensionless") else f'text = "{number} {unit}"'


def example(field: str, number) -> str:
    """How a bare number for ``field`` is written: 'e.g. "3850 mAh" for battery_charge'."""
    unit = example_unit(field)
    return f'e.g. "{number:g} {unit}" for {field}' if unit and isinstance(number, (int, float)) \
        else f'e.g. "3 kg" for {field}'


#: Refined fields -> the field they refine (written instead while the table lacks them; moved
#: here from :mod:`dronecalc.intake.spotting`, which re-exports both, for its line count).
REFINES = {"hover_time": "flight_time", "top_speed": "speed", "max_payload": "payload_mass",
           "service_ceiling": "altitude", "cruise_speed": "speed"}


def written_field(guess: str) -> str:
    """The field a guess is written as: itself, the field it refines (``hover_time`` ->
    ``flight_time``, the claim then says ``mode = "hover"``), or ``context``."""
    if guess in FIELDS:
        return guess
    if guess in REFINES and REFINES[guess] in FIELDS:
        return REFINES[guess]
    return "context"
