"""An airframe word that could be a quadplane or a tailsitter ("VTOL fixed-wing drone"): which
kinds ``check`` reads it as (issue #13: a word that could mean two kinds is flagged, never
guessed).

Nothing in "VTOL fixed-wing" tells a quadplane (separate lift rotors) from a tailsitter (it
hovers on its cruise propellers): the intake flags the word ``ambiguous`` and leaves the kind
unknown (:func:`dronecalc.intake.airframes.case_kind`). Where both kinds are modelled for the
power plant the case states, the note says so (:class:`OpenKind`) and
:mod:`dronecalc.claims.plants` judges every claim under each kind and folds the readings, as it
does for a fixed wing or a quadplane whose power plant is not stated:

==============================================  ==========================================
what the case states of the power plant          the readings (:func:`kinds`)
==============================================  ==========================================
a battery (a battery figure, engine_type         the battery quadplane and the tailsitter
"electric", an airframe word "electric")
nothing (no engine_type, battery or fuel         the battery quadplane, the hybrid quadplane
figure)                                          (battery lift, piston cruise) and the
                                                 tailsitter (its only modelled plant)
a piston engine or fuel                          none: the piston tailsitter (Aerovel
                                                 Flexrotor) is not modelled, so one of the
                                                 two kinds has no reading; refused as before
a plant no kind models, an engine_type that      none: refused as before
names no plant
==============================================  ==========================================

The figures are read with the wing ranges (every kind here is wing-borne), as before.
"""
from __future__ import annotations

from dataclasses import replace

from .refusals import KindNote, Refusal
from .vtol_power import HYBRID, open_plant, read

#: The two layouts the word leaves open, in reading order.
LAYOUTS = ("vtol-quadplane", "tailsitter")


class OpenKind(KindNote):
    """``Case.kind_note`` of an airframe that could be a quadplane or a tailsitter, both of
    which are modelled for the plant stated: the note and :class:`Refusal` as before (the kind
    stays None; ``estimate`` refuses with it) and ``kinds``, the kinds ``check`` judges each
    claim as (:func:`kinds`)."""

    kinds: tuple[str, ...]

    def __new__(cls, text: str, refusal: Refusal, ranges: str | None,
                kinds: tuple[str, ...]) -> "OpenKind":
        out = super().__new__(cls, text, refusal, ranges)
        out.kinds = tuple(kinds)
        return out

    def __reduce__(self):               # copy and pickle keep the refusal and the kinds
        return OpenKind, (str(self), self.refusal, self.ranges, self.kinds)


def kinds(layouts, powers: set, stated_names: set) -> tuple[str, ...]:
    """The kinds an airframe that could be any of ``layouts`` is judged as, given the plants
    its words and engine_type name (``powers``) and the parameters it states: the table of
    the module docstring; () when it is not read (other layouts, or a piston plant)."""
    from .airframes import BATTERY_PARAMETERS       # airframes imports this module
    if set(layouts) != set(LAYOUTS) and not winged(layouts, stated_names):
        return ()
    quad, sitter = (read(x, powers, stated_names).kind for x in LAYOUTS)
    if quad != LAYOUTS[0] or sitter != LAYOUTS[1]:  # a fuel: hybrid, or unmodelled tailsitter
        return ()
    hybrid = open_plant(quad, powers, stated_names & set(BATTERY_PARAMETERS))
    return (quad,) + ((HYBRID,) if hybrid else ()) + (sitter,)


#: The figures only a wing has (intake.wing_inference.WING_EVIDENCE): no multirotor has one.
WING_FIGURES = ("wingspan", "wing_area")


def winged(layouts, stated_names: set) -> bool:
    """Whether ``layouts`` are a multirotor, a quadplane or a tailsitter ("VTOL", "eVTOL"
    alone) and the case states a wingspan or wing area, which rules the multirotor out
    (vtolclaims: a drafted "eVTOL" with its 2 m wingspan was refused)."""
    return set(layouts) == {"multirotor", *LAYOUTS} and bool(set(stated_names)
                                                            & set(WING_FIGURES))


def both(layouts, powers: set, stated_names: set, unread: list, result: tuple) -> tuple:
    """``result`` of ``airframes.case_kind`` for an airframe that could be any of ``layouts``
    (``(None, KindNote, problems, flags)``), with an :class:`OpenKind` note and the flag
    saying what check does, where both kinds are read (:func:`kinds`; ``unread``: a plant no
    kind models or an engine_type naming none, then never); else ``result`` as it is."""
    kind, note, problems, flags = result
    read_as = () if unread or kind is not None else kinds(layouts, powers, stated_names)
    if not read_as or not isinstance(note, KindNote) or not flags:
        return result
    said = ", as ".join(read_as[:-1]) + " and as " + read_as[-1]
    wing = " (its stated wingspan or wing area rules out a multirotor)" if winged(
        layouts, stated_names) else ""
    flag = replace(flags[-1], message=flags[-1].message + wing
                   + f"; check judges each claim as {said}"
                   " (readings of the ambiguous airframe word) and a claim whose readings "
                   "disagree needs checking")
    text, refusal, ranges = str(note), note.refusal, note.ranges
    if wing:            # read as the two wing-borne kinds, with the wing's plausible ranges
        text = text.replace("a multirotor or ", "") + wing
        refusal = replace(refusal, reason=refusal.reason.replace("a multirotor or ", "") + wing,
                          needs=refusal.needs.replace("'multirotor' or ", ""))
        ranges = "fixed-wing-electric"
    return (kind, OpenKind(text, refusal, ranges, read_as), problems, flags[:-1] + [flag])
