"""The rotor layout of a description (flat or coaxial) and the overlap factor it sets.

A report says "8 props on 4 arms", "X8", "coaxial", or nothing. :func:`from_counts` reads
the layout from stated rotor and arm counts (:func:`dronecalc.physics.rotor_terms.
layout_from_counts`); :func:`overlap_input` turns a layout into the ``overlap_factor`` input
of the model: the induced-power interference factor of
:data:`~dronecalc.physics.rotor_terms.COAXIAL_FACTORS` (Leishman 2006 sec. 4.4), drawn over
its range for a coaxial machine, 1 for a flat one. An unstated layout stays flat, as before
this module, and the input's note says what a coaxial machine would cost; a machine of fewer
than 6 rotors is flat by the field table (stacked pairs need 3 arms or more), and gets no
input at all (the Vehicle's default 1).
"""
from __future__ import annotations

from typing import Any

from ..errors import InputValueError, ModelError
from ..intake.airframes import layout_name, layout_words_text
from ..physics.rotor_terms import COAXIAL_FACTORS, layout_from_counts
from .tables import Prior

#: Fewest rotors a coaxial layout can have: stacked pairs on the 3 arms a multirotor needs
#: at least (the ``arms`` field's plausible range starts at 3).
MIN_COAXIAL_ROTORS = 6


def point_count(value: Any) -> int | None:
    """A point count (a Figure, a Quantity, a number) as an int; None for a range or text."""
    low = getattr(value, "low", None)
    if low is not None:
        high = getattr(value, "high", None)
        if high is None or low.magnitude != high.magnitude:
            return None
        value = low.magnitude
    value = getattr(value, "magnitude", value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number == int(number) else None


def from_counts(rotors: Any, arms: Any) -> tuple[str | None, str]:
    """The layout stated rotor and arm counts imply, and why (or why none).

    Returns ``("coaxial", "8 rotors on 4 arms")``, ``("flat", "6 rotors on 6 arms")``, or
    ``(None, reason)`` when a count is a range or the counts fit no layout (6 rotors on 4
    arms; :func:`~dronecalc.physics.rotor_terms.layout_from_counts` raises on those).
    """
    r, a = point_count(rotors), point_count(arms)
    if r is None or a is None:
        return None, "the rotor or arm count is not one number"
    try:
        return layout_from_counts(r, a), f"{r} rotors on {a} arms"
    except InputValueError:
        return None, (f"{r} rotors on {a} arms fit no known layout (rotors = arms: flat; "
                      "rotors = 2 x arms: coaxial)")


def coaxial_prior() -> Prior:
    """The coaxial overlap factor's range with its source (``COAXIAL_FACTORS``)."""
    entry = COAXIAL_FACTORS["coaxial"]
    return Prior(*entry["range"], entry["source"], judgement=False)


def overlap_input(layout: str | None, note: str, rotors_high: float):
    """The ``overlap_factor`` input for a layout, or None (fewer than 6 rotors, unstated).

    Parameters
    ----------
    layout : {"flat", "coaxial"} or None
        The stated or inferred layout (any word of
        :func:`~dronecalc.intake.airframes.layout_name`); None: not stated. An unknown word
        raises :class:`~dronecalc.errors.ModelError` listing the words.
    note : str
        Where the layout comes from (a figure id, "8 rotors on 4 arms").
    rotors_high : float
        The largest rotor count of the description (stated or from the priors).

    Returns
    -------
    tuple or None
        ``(low, high, origin, note)`` of the input, or None when the Vehicle's default 1
        stands without comment.
    """
    if layout is not None:
        named = layout_name(str(layout))            # "Coaxial", "X8" from the Python API
        if named is None:
            raise ModelError("unknown rotor layout", field="rotor_layout", value=layout,
                             expected=layout_words_text())
        layout = named
    where = f" ({note})" if note else ""
    if layout == "coaxial":
        prior = coaxial_prior()
        return (prior.low, prior.high, "prior", f"rotor layout coaxial{where}: {prior.source}")
    if layout == "flat":
        return (1.0, 1.0, "prior",
                f"rotor layout flat{where}: {COAXIAL_FACTORS['flat']['source']}")
    if rotors_high < MIN_COAXIAL_ROTORS:
        return None
    low, high = COAXIAL_FACTORS["coaxial"]["range"]
    return (1.0, 1.0, "prior",
            "rotor layout not stated: flat assumed (isolated rotors, as every unstated "
            f"layout); a coaxial machine (stacked pairs, e.g. 8 props on 4 arms) would use "
            f"about {100 * (low - 1):.0f}-{100 * (high - 1):.0f} % more induced power "
            "(physics.rotor_terms.COAXIAL_FACTORS, Leishman 2006 sec. 4.4): state "
            "rotor_layout, or arms with the rotors, to settle it (judgement)")


def layout_note(overlap) -> list[str]:
    """One sentence for a finding's notes on the layout an ``overlap_factor`` Input encodes
    (``[]`` for None: fewer than 6 rotors and no layout stated)."""
    if overlap is None:
        return []
    sources = [f": {entry['source']}" for entry in COAXIAL_FACTORS.values()]
    where = next((overlap.note[:-len(s)] for s in sources if overlap.note.endswith(s)),
                 overlap.note.split(": ", 1)[0])
    if overlap.low == overlap.high == 1.0 and where.startswith("rotor layout not stated"):
        low, high = COAXIAL_FACTORS["coaxial"]["range"]
        return [f"Rotor layout not stated: flat assumed; a coaxial machine (stacked pairs) "
                f"would use {100 * (low - 1):.0f}-{100 * (high - 1):.0f} % more induced power "
                "(Leishman 2006 sec. 4.4) and fly shorter."]
    if overlap.low == overlap.high:
        return [f"{where[0].upper()}{where[1:]}: induced power of isolated rotors "
                f"(overlap factor {overlap.low:g})."]
    return [f"{where[0].upper()}{where[1:]}: induced power x {overlap.low:g}-{overlap.high:g} "
            "(stacked pairs, the lower rotor in the upper's wake; Leishman 2006 sec. 4.4)."]
