"""The fields of a multirotor's size (issues 10/12, review 23 #1): registered into
:data:`dronecalc.intake.fields.FIELDS` (which is at its line limit) by :func:`frame_fields`.

Two sizes, and they are not the same length (:mod:`dronecalc.physics.frame`):

* ``frame_size``: the **motor-to-motor** size, the largest distance between two motor axes
  ("wheelbase", "diagonal wheelbase", "a 450 mm frame"); the rotors are not in it.
* ``width`` (and ``length``, a field the fixed wings share): the machine's **overall**
  extent, rotors included ("1.3 m long, 1.7 m wide").

On a multirotor either bounds the rotor diameter the model draws; a stated rotor diameter
that does not fit is a cross-check finding (:mod:`dronecalc.claims.frame_fit`).
"""
from __future__ import annotations

#: Words a report uses for each size (the extractor's cues and the docs name them).
MOTOR_TO_MOTOR_WORDS = ("wheelbase", "diagonal", "frame size", "motor-to-motor")
OVERALL_WORDS = ("length", "width", "span", "long", "wide")

#: field -> FieldSpec arguments (kind, unit, low, high, minimum, source, maps_to, roles): a
#: size is a build fact, never a claim of performance.
_ROWS = {
    "frame_size": ("quantity", "m", 0.05, 3.0, 0.0,
                   "a multirotor's motor-to-motor size (wheelbase, diagonal): ~65 mm whoops "
                   "to the ~2.2 m of the largest agricultural machines (DJI Agras T40 2184 mm, "
                   "data/multirotors.toml); it bounds the rotor diameter drawn", "frame_size",
                   ("input", "context")),
    "width": ("quantity", "m", 0.05, 5.0, 0.0,
              "a multirotor's overall width, rotors included: micro drones to ~4 m cargo "
              "machines (judgement); it bounds the rotor diameter drawn", "width",
              ("input", "context")),
}


def frame_fields(spec) -> dict:
    """The size fields as rows of the field table, ``spec`` being its FieldSpec class."""
    return {name: spec(*row) for name, row in _ROWS.items()}
