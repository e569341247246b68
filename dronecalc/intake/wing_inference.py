"""A wing stated without an airframe word: the kind a wingspan or wing area implies with the
power plant the case states (docs/case-format.md, *Vehicle kinds*, step 4).

A wingspan or a wing area is evidence of a wing: no multirotor has one. When no airframe word,
``[case] vehicle_class`` or ``vehicle_kind`` names the kind (:func:`dronecalc.intake.airframes.
case_kind`), a case that states one (an input figure, ``[vehicle]`` or an assumption) is read
by :func:`infer` with the power plant it states:

=====================================  =======================================================
power plant stated                     kind
=====================================  =======================================================
piston (engine_type, or fuel figures)  ``fixed-wing-piston``, *inferred*: a fuel-burning wing
                                       is the piston fixed wing (a flag says it was inferred,
                                       and that the hybrid quadplane needs its airframe word,
                                       ``vtol-quadplane-piston``)
jet                                    ``fixed-wing-jet``, inferred (modelled: docs/theory.md 13)
electric (battery figures or an        refused: a battery fixed wing, quadplane or tailsitter
electric engine_type)                  all have wings
none (an engine power at most)         refused ``not-enough``: what powers the wing is not said
                                       (an ``engine_power`` is an electric motor's as often as
                                       an engine's: review 3, finding 2)
both (a piston or jet engine and a     refused ``ambiguous``, naming what is stated: with a
battery, an electric engine_type and   battery beside an engine, a hybrid VTOL whose airframe
fuel figures)                          word is missing ("quadplane") or a piston wing (review 3,
                                       findings 3 and 7)
rotor figures beside it                refused: a quadplane or tailsitter (lift rotors and a
                                       wing), or a multirotor whose size was written as a span
=====================================  =======================================================

Never silent: an inferred kind carries a flag (problem ``inferred``) naming the wing figure and
the power plant; a refusal names the fix (an airframe figure or ``[case] vehicle_kind``).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .fields import FIELDS, Flag

#: The machine parameters that only a wing has.
WING_EVIDENCE = ("wingspan", "wing_area")
#: Power figures that say nothing of the plant: an electric motor's power is an
#: ``engine_power`` too (``fields.FIELDS``: "small electric motors to the ~75 kW Rotax"; the
#: article spotter reads "a 1.2 kW motor" as one), so alone it is no evidence of combustion.
POWER_ONLY = ("engine_power",)


class WingReading(NamedTuple):
    """What :func:`infer` makes of a stated wing: a ``kind`` with its ``note`` and ``flag``,
    or no kind and the ``refusal`` arguments ``(message, value, expected, cause, reason,
    needs)`` for ``case_kind``'s ``unresolved``; ``path`` is the wing figure's key path."""

    kind: str | None
    note: str
    flag: Flag | None
    path: str
    refusal: tuple | None = None


#: An engine power written in horsepower ("50 hp", "a 100hp Rotax", "50-horsepower"): the
#: rating of a combustion engine. Every horsepower figure of dronecalc/data/fixed_wing.toml is
#: a piston engine's (Shahed-136 50 hp, Bayraktar TB2 100 hp Rotax 912, ScanEagle 2.5 hp
#: two-stroke, Aerosonde 1.6 hp), every electric one's in W or kW (a 430 W motor); drone motor
#: power "is typically measured in watts (W) or, more commonly, in kilowatts (kW)"
#: (wingflyingtech.com/newss/how-to-calculate-the-power-of-a-drone-motor.html). Shaft
#: horsepower ("shp") is a turboprop's or turboshaft's: no piston, not read.
HORSEPOWER = re.compile(r"(?i)\d\s*-?\s*(?:b?hp|horse-?powers?)\b")
HORSEPOWER_NOTE = ("an engine power in horsepower ({text!r}) is a combustion engine's rating "
                   "(electric motors are rated in watts): read as a piston engine (inferred); "
                   "an engine_type figure saying what it is removes this flag")


def horsepower_engine(data: dict) -> tuple[str, str] | None:
    """``(id, text)`` of the first stated engine power written in horsepower (an input
    figure, or ``[vehicle] engine_power``), or None."""
    for ident, entry in _table(data, "figures").items():
        if isinstance(entry, dict) and entry.get("field") == "engine_power" and entry.get(
                "role") == "input" and HORSEPOWER.search(str(entry.get("text", ""))):
            return ident, str(entry["text"])
    value = _table(data, "vehicle").get("engine_power")
    value = value.get("value") if isinstance(value, dict) else value
    return ("vehicle.engine_power", value) if isinstance(value, str) and HORSEPOWER.search(
        value) else None


def stated_parameters(data: dict, section_keys: dict) -> set[str]:
    """Parameters the raw case states anywhere (to tell rotors from wings, fuel from
    battery)."""
    out = set()
    for section in ("vehicle", "battery"):
        table = data.get(section)
        if isinstance(table, dict):
            out |= {section_keys[section].get(k, k) for k in table}
    table = data.get("assumptions")
    if isinstance(table, dict):
        out |= set(table)
    table = data.get("figures")
    if isinstance(table, dict):
        for entry in table.values():
            if isinstance(entry, dict) and entry.get("role") == "input":
                field = entry.get("field")
                name = FIELDS[field].maps_to if isinstance(field, str) and field in FIELDS \
                    else None
                if name:
                    out.add(name)
    return out


def wing_figure(data: dict) -> tuple[str, str, str] | None:
    """``(key path, field, text)`` of the first wingspan or wing area the raw case states (an
    input figure, then ``[vehicle]``, then an assumption), or None."""
    figures = data.get("figures") if isinstance(data.get("figures"), dict) else {}
    for ident, entry in figures.items():
        if isinstance(entry, dict) and entry.get("role") == "input" \
                and entry.get("field") in WING_EVIDENCE:
            return f"figures.{ident}.text", entry["field"], str(entry.get("text"))
    for section in ("vehicle", "assumptions"):
        table = data.get(section) if isinstance(data.get(section), dict) else {}
        for name in WING_EVIDENCE:
            if name in table:
                value = table[name]
                value = value.get("value") if isinstance(value, dict) else value
                return f"{section}.{name}", name, str(value)
    return None


def infer(data: dict, stated: set[str], powers: set[str], fuel: set[str], battery: set[str],
          rotor: set[str], choose: str) -> WingReading | None:
    """The kind a case with no airframe word reads from its wing (module docstring), or None
    when it states no wingspan or wing area.

    Parameters
    ----------
    data : dict
        The raw case (TOML tables).
    stated : set of str
        :func:`stated_parameters` of the case.
    powers : set of str
        The power plants its ``engine_type`` texts name (``"piston"``, ``"electric"``,
        ``"jet"``).
    fuel, battery, rotor : set of str
        The parameters that say fuel (an engine power among them counts only beside another:
        :data:`POWER_ONLY`), battery, and rotors.
    choose : str
        What to state to name the kind (``airframes._choose`` of the wing layouts).
    """
    found = wing_figure(data)
    if found is None:
        return None
    path, field, text = found
    ident = path.split(".")[1] if path.startswith("figures.") else path
    wing = f"a {field.replace('_', ' ')} ({_named(path)}: {text!r})"
    if stated & rotor:
        return WingReading(None, "", None, path, (
            "rotor figures and a wing, and no airframe word: cannot tell the vehicle kind",
            text, choose, "ambiguous",
            f"the case states {wing} and rotor figures ({', '.join(sorted(stated & rotor))}) "
            "but no airframe word: a quadplane or tailsitter (lift rotors and a wing), or a "
            "multirotor whose size was written as a wingspan", choose))
    fuel_named = stated & fuel - set(POWER_ONLY)       # fuel figures, not a bare power
    plants = set(powers)
    if fuel_named and not plants & {"piston", "jet"}:
        plants.add("piston")            # fuel with no engine named: a piston engine's
    if stated & battery:
        plants.add("electric")
    said = _evidence(data, powers, fuel_named, stated & battery)
    if plants in ({"piston"}, {"jet"}):
        plant = plants.pop()
        kind = f"fixed-wing-{plant}"
        what = "a piston engine" if plant == "piston" else "a jet engine"
        message = (f"No airframe word names the kind: {wing} says the machine has a wing, and "
                   f"the case states {what} ({said}), so it is read as {kind} (inferred; the "
                   "hybrid quadplane, battery lift rotors and a piston cruise, needs its airframe "
                   "word, 'quadplane'). An airframe figure or [case] vehicle_kind saying so removes this "
                   "flag")
        return WingReading(kind, f"inferred: {wing} and {what}, no airframe word",
                           Flag(ident, field, text, "inferred", message), path)
    if plants == {"electric"}:
        return WingReading(None, "", None, path, (
            "a battery-powered wing and no airframe word: cannot tell the vehicle kind", text,
            choose, "ambiguous",
            f"the case states {wing} and an electric power plant ({said}) but no airframe "
            "word: a battery fixed wing, a quadplane and a tailsitter all have wings", choose))
    both = " and ".join(sorted(plants))
    power_only = stated & set(POWER_ONLY)
    hybrid = "electric" in plants and stated & battery and plants & {"piston", "jet"}
    return WingReading(None, "", None, path, (
        "a wing whose power plant the case does not say, and no airframe word" if not plants
        else f"a wing with more than one power plant ({both}), and no airframe word", text,
        choose, "not-enough" if not plants else "ambiguous",
        f"the case states {wing} but no airframe word, and "
        + (("its engine power alone (an electric motor's as often as an engine's) does not "
            "say what powers it: no engine_type, battery or fuel figure does" if power_only
            else "no engine_type, battery or fuel figure says what powers it") if not plants
           else f"{said}: more than one power plant ({both})"
           + (": a hybrid VTOL (an engine for cruise, battery lift rotors: the airframe word "
              "'quadplane' names it), or a fuel-burning wing with a battery beside its engine"
              if hybrid else "")),
        "an engine_type figure ('two-stroke piston', 'electric', 'turbojet') or a fuel or "
        "battery figure, and an airframe figure or " + choose if not plants else
        "an airframe figure naming the machine ('quadplane' for the hybrid), or "
        + choose if hybrid else "the figures of one power plant, or " + choose))


def _evidence(data: dict, powers: set[str], fuel: set[str], battery: set[str]) -> str:
    """What the case states of its power plant, as a refusal or flag says it: its
    ``engine_type`` texts (or the power its words name), then its fuel and battery figures:
    ``"engine_type 'electric' (vehicle.engine_type), fuel figures (fuel_type)"``."""
    texts = [(f"figures.{k}", e.get("text")) for k, e in _table(data, "figures").items()
             if isinstance(e, dict) and e.get("field") == "engine_type"
             and e.get("role") != "context"]
    texts += [(f"{s}.engine_type", _table(data, s).get("engine_type"))
              for s in ("vehicle", "assumptions")]
    out = [f"engine_type {t!r} ({_named(w)})" for w, t in texts if isinstance(t, str)]
    if powers and not out:
        out.append("words naming a " + " / ".join(sorted(powers)) + " power plant")
    out += [f"{what} figures ({', '.join(sorted(names))})"
            for what, names in (("fuel", fuel), ("battery", battery)) if names]
    return ", ".join(out)


def _table(data: dict, key: str) -> dict:
    """``data[key]`` when it is a table, else an empty one."""
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _named(path: str) -> str:
    """``figures.F4.text`` -> ``F4``; a key path as it is."""
    return path.split(".")[1] if path.startswith("figures.") else path
