"""Airframe words of electric and lift-and-cruise VTOL aircraft (vtolclaims, issue 13), and the
kinds a refusal offers for the power plant a case states.

=====================  ==============================  ==========================================
word                   layouts                         why
=====================  ==============================  ==========================================
"eVTOL", "e-VTOL"      multirotor, quadplane or        "electric vertical take-off and landing":
                       tailsitter (ambiguous alone,    the word names the plant (a battery) but
                       as "VTOL"); plant: electric     not the layout (EHang's and Volocopter's
                                                       eVTOLs are multirotors, Wing's a
                                                       lift-and-cruise wing)
"lift-and-cruise",     quadplane                       separate lift rotors for the hover and
"lift and cruise",                                     cruise propellers on a wing: the
"lift+cruise"                                          quadplane layout (Wing's delivery
                                                       aircraft, Alphabet: 12 hover rotors,
                                                       2 cruise propellers)
=====================  ==============================  ==========================================

"eVTOL" used to match no word of the airframe table (an unknown airframe, exit 2), and "eVTOL
fixed-wing" ran as a plain fixed wing of unknown plant (each claim judged as electric and as
piston); "lift-and-cruise" was unknown too, and the drafts of ``dronecalc extract`` left both
out. With them, "eVTOL fixed-wing" is a battery quadplane or tailsitter (read as each,
:mod:`dronecalc.intake.vtol_kinds`), and a refusal of "eVTOL" or "electric VTOL" alone offers
only the battery kinds (:func:`choices`), never the hybrid quadplane.
"""
from __future__ import annotations

#: Where each word's meaning comes from.
EVTOL_SOURCE = ("'eVTOL': the usual abbreviation of electric vertical take-off and landing "
                "(usage, a judgement: makers call battery multirotors such as the EHang 216 "
                "and winged lift-and-cruise aircraft so); AMBIGUOUS layout alone, as 'VTOL'; "
                "the plant is a battery")
LIFT_CRUISE_SOURCE = ("lift-and-cruise: separate rotors for the hover and propellers for the "
                      "cruise on a wing, as Wing (Alphabet) describes its delivery aircraft "
                      "(12 hover rotors, 2 cruise propellers; issue 13's review): the "
                      "quadplane layout, whatever the number of lift rotors")
#: The words: (layouts, power, source).
WORDS = {
    **{w: (("multirotor", "vtol-quadplane", "tailsitter"), "electric", EVTOL_SOURCE)
       for w in ("evtol", "e-vtol", "e vtol")},
    **{w: (("vtol-quadplane",), None, LIFT_CRUISE_SOURCE)
       for w in ("lift-and-cruise", "lift and cruise", "lift+cruise", "lift + cruise",
                 "lift & cruise", "lift-cruise")},
}
#: The power plant each kind flies on (docs/case-format.md, *Vehicle kinds*).
PLANTS = {"multirotor": "electric", "fixed-wing-electric": "electric",
          "fixed-wing-piston": "piston", "fixed-wing-jet": "jet", "vtol-quadplane": "electric",
          "vtol-quadplane-piston": "piston", "tailsitter": "electric"}


def rows(word) -> dict:
    """The airframe table's rows of :data:`WORDS` (``word``: the row class,
    :class:`~dronecalc.intake.type_names.Word`)."""
    return {w: word(layouts, power=power, source=source)
            for w, (layouts, power, source) in WORDS.items()}


def choices(kinds, layouts, extra, powers=()) -> list[str]:
    """The kinds of ``kinds`` (in order) a choice among ``layouts`` offers, ``extra`` kinds
    beside them (the hybrid beside the quadplane), keeping only those of the one power plant
    ``powers`` names, if it names one and some kind has it: "electric VTOL" offers the
    multirotor, the battery quadplane and the tailsitter, not the hybrid quadplane."""
    out = [k for k in kinds if k in layouts or k in extra or (
        k.startswith("fixed-wing-") and "fixed-wing" in layouts)]
    plants = set(powers)
    kept = [k for k in out if {PLANTS.get(k)} == plants] if len(plants) == 1 else out
    return kept or out
