"""A claim's own conditions and claims kept as written (docs/case-format.md, issue #10).

A flight-time, range, top-speed or distance (a leg's) claim may state the condition it was made under, instead of
the case's: ``mode`` (``"hover"`` or ``"max"``), ``at_speed``, ``payload``, ``reserve``,
``altitude``, ``headwind``. :func:`read_conditions` validates them for the case reader, adding
each problem to its list; :func:`claim_as_written` keeps a claim's figure as the source wrote
it when only a same-dimension unit slip would change it. No physics here.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..errors import DroneCalcError
from .fields import ReadFigure

#: Condition key -> fields whose claims take it.
CONDITION_FIELDS = {"at_speed": ("flight_time", "range"), "mode": ("flight_time",),
                    "payload": ("flight_time", "range", "top_speed", "distance"),
                    "reserve": ("flight_time", "range"),
                    "altitude": ("flight_time", "range"), "headwind": ("range",)}
#: The field a condition figure is read as.
_CONDITION_READ = {"at_speed": "speed", "payload": "payload_mass", "altitude": "altitude",
                   "headwind": "speed"}
MODES = ("hover", "max")
#: How spec sheets and users write the modes ("Hovering time", "Max flight time").
MODE_WORDS = {"hover": "hover", "hovering": "hover", "hover time": "hover",
              "hovering time": "hover", "max": "max", "maximum": "max"}


def read_conditions(reader: Any, path: str, entry: dict, field: str,
                    role: str | None) -> dict:
    """A claim's conditions from its figure table ``entry`` (keys of :data:`CONDITION_FIELDS`).

    ``reader`` is the case reader: its ``add(path, message, value, expected)`` records a
    problem and its ``read(path, text, field)`` reads a figure for a field.
    """
    out: dict[str, Any] = {}
    for key, fields in CONDITION_FIELDS.items():
        raw = entry.get(key)
        if raw is None:
            continue
        where = f"{path}.{key}"
        if role != "claim" or field not in fields:
            reader.add(where, f"only a claim of {', '.join(fields)} takes {key}", raw,
                       f"{key} on a {' or '.join(fields)} claim")
        elif key == "mode":
            mode = MODE_WORDS.get(raw.strip().lower(), raw) if isinstance(raw, str) else raw
            if mode not in MODES:
                reader.add(where, "unknown mode", raw, " or ".join(f'"{m}"' for m in MODES))
            out[key] = mode
        elif key == "reserve":
            out[key] = _reserve(reader, where, raw)
        else:
            read = reader.read(where, raw, _CONDITION_READ[key])
            if isinstance(read, ReadFigure):
                if read.flag is not None or read.value.kind not in ("point", "range"):
                    why = (flag_reason(read.flag) if read.flag is not None else
                           f"an open bound ({read.value.kind}) is no condition to fly at")
                    reader.add(where, f"a condition must be a plausible value or range: {why}",
                               raw, 'one value or a range inside the plausible one, e.g. '
                               '"25 km/h" or "0.5-1 kg"')
                out[key] = read.value
    if out.get("mode") == "hover" and "at_speed" in out:
        reader.add(f"{path}.mode", "a hover time has no airspeed", "hover",
                   "either mode = \"hover\" or at_speed")
    if "payload" in out and entry.get("with_payload") is False:
        reader.add(f"{path}.payload", "a claim with its own payload cannot be without payload",
                   entry.get("payload"), "payload or with_payload = false, not both")
    return out


def flag_reason(flag) -> str:
    """A flag's message as the reason of an error: without the "kept as stated" that says
    what a flagged *figure* becomes (a refused entry is not kept)."""
    message = flag.message
    for tail in ("; kept as stated", ", kept as stated"):
        if message.endswith(tail):
            return message[: -len(tail)]
    return message


def _reserve(reader: Any, path: str, raw: Any) -> float | None:
    """One share, in % or as a bare fraction: "10-20 %" was read as its low end, 10 %, and
    "20 %%" (percent squared) as 0.2 %, "20 deg" as 35 % (fuzz8)."""
    from .figures import parse
    from .registry import ureg
    try:
        figure = parse(raw) if isinstance(raw, str) else None
    except DroneCalcError:
        figure = None
    value = None
    if figure is not None and figure.kind == "point" and figure.unit in (ureg.percent,
                                                                          ureg.dimensionless):
        value = figure.low.m_as("")
    if value is None or not 0.0 <= value < 1.0:
        reader.add(path, "not a share of the energy", raw,
                   'one share in %, e.g. "20 %" (0 % to 99 %; no range or bound)')
        return None
    return float(value)


#: A unit written out as a word ("340 hours", "20 kilometers", "2 kilograms"): the writer chose
#: the word, so a claim in it is offered no same-dimension unit slip (review 23: a soaring
#: glider's "around 340 hours" had been offered "340 min" as the alternative reading).
SPELT_OUT = re.compile(r"(?i)\b(?:hours?|minutes?|seconds?|days?|weeks?|(?:kilo|centi|"
                       r"milli)?(?:met(?:er|re)s?|grams?|grammes?)|miles?|pounds?|ounces?|feet|"
                       r"foot|inch(?:es)?|tonnes?|tons?|(?:kilo|mega)?watt[- ]?hours?|"
                       r"(?:kilo)?watts?|lit(?:re|er)s?)\b")


def claim_as_written(read: ReadFigure) -> ReadFigure:
    """A claim is judged as the source states it (issue #10): a same-dimension unit slip
    ("2000-2500 km" for 2-2.5 km) is not read into the claim. The flag becomes
    ``out-of-range`` (kept as stated) with the slip as an alternative reading; a garbling
    across dimensions (a figure not even of the field's dimension) keeps its reading. A unit
    spelt out as a word (:data:`SPELT_OUT`) is offered no slip at all."""
    flag = read.flag
    if flag is not None and flag.problem in ("garbled", "out-of-range") and flag.best is not None \
            and flag.best.figure.unit.dimensionality == read.figure.unit.dimensionality \
            and SPELT_OUT.search(read.figure.text):
        message = (flag.message.split("; most likely", 1)[0].split("; kept as", 1)[0]
                   + "; kept as stated (its unit is spelt out as a word, so no unit slip is "
                   "offered)")
        return ReadFigure(read.figure, replace(flag, problem="out-of-range", message=message,
                                               reinterpretations=()))
    if flag is None or flag.problem != "garbled" or flag.best is None \
            or flag.best.figure.unit.dimensionality != read.figure.unit.dimensionality:
        return read
    message = (flag.message.split("; most likely", 1)[0] + "; a claim is judged as written, "
               f"and the unit-slip reading ({flag.best.reason}) is offered only as an "
               "alternative")
    return ReadFigure(read.figure, replace(flag, problem="out-of-range", message=message))
