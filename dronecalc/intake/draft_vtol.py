"""The drafted airframe of an article's VTOL words (``dronecalc extract``).

"VTOL" beside a fixed-wing word ("a VTOL fixed-wing drone"): the wing's airframe input says
both, so that the case reader flags the kind (a quadplane or a tailsitter) and check asks for
vehicle_kind, where the wing alone ran as a plain fixed wing without its hover; a battery word
before "VTOL" ("an electric VTOL fixed-wing drone") goes with it (it had been dropped, and the
draft warned of no power plant).

"eVTOL" (vtolclaims, issue 13) names the power plant, a battery, and a VTOL: beside a wing-borne
airframe input whose words name no plant ("fixed-wing", "lift-and-cruise") it joins that input
("lift-and-cruise eVTOL": the battery quadplane; "fixed-wing eVTOL": a battery quadplane or
tailsitter, each judged), and with no such input but a stated wingspan or wing area (a wing:
no multirotor has one, :mod:`dronecalc.intake.draft_kind_hints`) the "eVTOL" word itself
becomes the airframe input, which check reads as a battery quadplane or tailsitter
(:mod:`dronecalc.intake.vtol_kinds`). Before, the draft kept "eVTOL" as context, and check
refused a battery wing with no airframe word.
"""
from __future__ import annotations

import re
from typing import Any

from .airframes import resolve
from .draft_kind_hints import WING_FIELDS, counts_rotors

#: Kind labels (``intake.unit_words.KIND_WORDS``) that name the VTOL layout themselves.
_LAYOUT_NAMED = {"quadplane", "tailsitter", "tilt-rotor", "lift-and-cruise"}
#: A battery word right before the VTOL word ("an electric VTOL fixed-wing drone"): the wing's
#: airframe input keeps it, as ``extract`` keeps one before a wing's own word.
_BATTERY_BEFORE = re.compile(r"(?i)\b((?:all[- ])?electric|battery[- ](?:powered|electric))"
                             r",?[ \t]+$")
#: Wing-borne layouts an "eVTOL" word may join.
_WING_BORNE = ("fixed-wing", "vtol-quadplane", "tailsitter")


def join_vtol(items: list[Any], kinds: list[str]) -> None:
    """Join the article's VTOL word to its wing's airframe input (module docstring), in
    place."""
    if "evtol" in kinds:
        _join_evtol(items)
        return
    if "vtol" not in kinds or _LAYOUT_NAMED & set(kinds):
        return
    power = next((m.group(1) for i in items if i.kind == "airframe" and i.role == "context"
                  and resolve(i.text).words == ("vtol",) and (m := _BATTERY_BEFORE.search(
                      i.quote[:max(i.quote.find(i.written), 0)]))), None)
    for item in items:
        if item.kind == "airframe" and item.role == "input" \
                and resolve(item.text).layout == "fixed-wing":
            item.text = f"{item.text} {power} VTOL" if power else f"{item.text} VTOL"
            item.notes.append("with the article's VTOL word: a quadplane or a tailsitter, "
                              "which the article does not say; set [case] vehicle_kind")
    if any(i.kind == "airframe" and i.role == "input" for i in items) or not any(
            i.field in WING_FIELDS and i.role == "input" for i in items) or counts_rotors(items):
        return
    for item in items:               # "the VTOL drone has a wingspan of 3 m" (issue 10, extract3)
        if item.kind == "airframe" and item.role == "context" \
                and resolve(item.text).words == ("vtol",):
            item.text = f"{power} VTOL quadplane" if power else "VTOL quadplane"
            item.role, item.why_role = "input", INFERRED
            # GUESS (labelled as one): no source found counts VTOL wing layouts (searched for a
            # survey of quadplane / tilt-rotor / tailsitter shares, 2026-12-06); the quadplane
            # reading is the default because it is one of the two VTOL wings check models, and
            # data/fixed_wing.toml's VTOL rows happen to be all quadplanes (12 of 12: what was
            # collected, not a count of what flies)
            item.notes.append("inferred, not stated: a VTOL word and a wingspan make a wing that "
                              "takes off on rotors, read as a quadplane by guess (no source counts "
                              "which VTOL layout is commonest); the article does not say (a "
                              "tailsitter is another); check it and fix the airframe")
            return


#: The role reason of an airframe input :func:`join_vtol` inferred, not read.
INFERRED = "the vehicle kind (inferred: VTOL and a wingspan)"


def inferred_warning(items: list[Any], no_plant: bool) -> str | None:
    """The draft's warning when :func:`join_vtol` inferred the airframe (a plain "VTOL" and a
    wingspan): the article names none, so a reader must see that the kind is a guess, not only
    in the airframe's note (issue 10, extract4); with ``no_plant``, what check then does (a
    quadplane of no stated plant is judged as each plant, ``claims.plants``). None otherwise."""
    frame = next((i for i in items if i.kind == "airframe" and i.why_role == INFERRED), None)
    if frame is None:
        return None
    spans = ", ".join(i.id for i in items if i.field in WING_FIELDS and i.role == "input")
    return (f"the article names no airframe: {frame.id} {frame.text!r} is inferred from its "
            f"VTOL word and the wingspan or wing area ({spans}), not stated; the quadplane is "
            "a guess and a tailsitter another reading: check it, and fix the airframe or set "
            "[case] vehicle_kind"
            + ("; it names no power plant either, so check judges each claim under each plant "
               "it models for a quadplane (battery-electric, piston-hybrid)" if no_plant else ""))


def _join_evtol(items: list[Any]) -> None:
    joined = False
    for item in items:
        words = resolve(item.text) if item.kind == "airframe" else None
        if words is not None and item.role == "input" and words.power is None \
                and set(words.layouts) & set(_WING_BORNE) and "multirotor" not in words.layouts:
            item.text = f"{item.text} eVTOL"
            item.notes.append("with the article's eVTOL word: an electric (battery) VTOL")
            joined = True
    if joined or not any(i.field in WING_FIELDS and i.role == "input" for i in items):
        return
    for item in items:
        if item.kind == "airframe" and item.role == "context" \
                and "evtol" in resolve(item.text).words:
            item.role = "input"
            item.why_role = ("the vehicle kind: an electric VTOL with a wing (the stated "
                             "wingspan or wing area), a quadplane or a tailsitter")
            item.notes.append("an eVTOL with a wingspan: check judges each claim as a battery "
                              "quadplane and as a tailsitter; set [case] vehicle_kind if the "
                              "article says which")
            return
