"""Claim values no kind can judge, set aside before any run, for every vehicle kind.

A flight-time (or hover-time), range or distance claim of zero, or an open bound at zero ("up to 0 h"),
says nothing a check could judge: a flight of no time or no distance is reached by every
machine, and a range flown in no time would need an infinite speed (the kinematics and
range-in-time cross-checks divide by the time). It is almost always a misread figure. The
claim contract (:mod:`dronecalc.claims.contract`) still holds: such a claim is one "not
judged" entry saying why and what would fix it (:func:`void_claims`), and the rest of the
case is judged without it (:func:`set_aside`: the claim is read as context by the checks).
A zero *input* is the field layer's to refuse or use, as before.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..intake.case import Case
from ..intake.figures import Figure
from ..wording import a_or_an
from .results import NotJudged
from . import stated_plant

#: Claim fields whose value of zero (or at most zero) judges nothing -> (SI unit, what a
#: claim of zero says, an example of a figure that can be judged).
VOID_FIELDS = {"flight_time": ("s", "no flight", '"45 min"'),
               "range": ("m", "no distance flown", '"40 km"'),
               "distance": ("m", "no distance flown", '"7 km"'),
               # a wing's cruise at no speed: the level-flight power divides by the speed
               # (a RuntimeWarning reached the terminal, issue 13; multirotors state no cruise)
               "cruise_speed": ("m/s", "no speed", '"150 km/h"')}


def void_claims(case: Case) -> list[NotJudged]:
    """One "not judged" entry per claim of ``case`` whose value is at most zero, in file order.

    A hover time (``mode = "hover"``) is a flight time: the same rule holds. A range of
    values with a positive upper end ("0-30 min") is a claim and is judged.
    """
    out = []
    for fig in case.claims.values():
        if not is_void(fig):
            continue
        unit, says, example = VOID_FIELDS[fig.field]
        what = "hover-time" if fig.mode == "hover" else fig.field.replace("_", "-")
        out.append(NotJudged(
            fig.id, fig.field, fig.text,
            f"{a_or_an(what)} claim of {says} ({fig.text!r}) says nothing a check could judge: "
            + ("" if fig.field == "cruise_speed" else "every machine reaches it, and ")
            + "a figure of zero is almost always a misread one; the rest of the case is judged "
            "without it",
            f"the figure as the source writes it, above 0 (e.g. {example}), in "
            f"figures.{fig.id}.text; or role = \"context\" if the source states no such claim"))
    return out


def is_void(fig) -> bool:
    """Whether figure ``fig`` is of a :data:`VOID_FIELDS` field with a value of at most zero
    (whatever its role: a statement about a leg of no distance judges nothing either)."""
    if fig.field not in VOID_FIELDS or not isinstance(fig.value, Figure):
        return False
    ends = [e.m_as(VOID_FIELDS[fig.field][0]) for e in (fig.value.low, fig.value.high)
            if e is not None]
    return bool(ends) and max(ends) <= 0.0


#: Claim fields a piston wing judges on its fuel burn (Breguet range and endurance with the
#: BSFC prior): without a BSFC for the stated fuel they are not judged (:func:`no_bsfc`); the
#: same claims an unmodelled stated plant leaves not judged (claims.stated_plant).
FUEL_BURN_FIELDS = stated_plant.ENERGY_FIELDS
#: An engine_type naming a methanol engine by its kind ("glow engine", "nitro engine").
_GLOW = re.compile(r"(?i)\b(?:glow|nitro)")


def no_bsfc(case: Case) -> list[NotJudged]:
    """One "not judged" entry per range, distance or flight-time claim of a piston fixed wing
    whose stated fuel or engine is hydrogen, methanol (glow fuel, nitromethane) or ethanol.

    The fuel or engine is read from ``fuel_type``, ``engine_type`` and the airframe words
    (:func:`airframe_fuel`). Such a case reaches the piston model through ``[case]
    vehicle_kind = "fixed-wing-piston"`` (which overrides the airframe words that would refuse
    it by name, :mod:`dronecalc.intake.airframes`), or through a fixed-wing word or class with
    a piston engine_type or fuel figures that the kind inference reads as a piston wing, the
    methanol or ethanol word only in the airframe text. Neither can make the model's
    brake-specific fuel consumption true for that fuel: the BSFC prior
    is fitted on petrol and heavy-fuel engines (``data/fixed_wing.toml``), and dronecalc has no
    sourced BSFC for the others (methanol carries 8,637 BTU/lb against petrol's 18,676,
    :data:`dronecalc.intake.refusals.UNMODELLED_FUEL`). Claims that need no fuel burn (speeds,
    ceiling, payload) are judged as usual.
    """
    from ..intake.refusals import PLANT_FIX, UNMODELLED_FUEL, plant_name
    if case.kind not in ("fixed-wing-piston", "vtol-quadplane-piston"):    # piston cruise
        return []
    described = case.described()
    named = [(name, described[name].value, described[name].source)
             for name in ("fuel_type", "engine_type")
             if name in described and isinstance(described[name].value, str)
             and (UNMODELLED_FUEL.search(described[name].value)
                  or (name == "engine_type" and _GLOW.search(described[name].value)))]
    named += [("airframe", fig.text, f"figure {fig.id}") for fig in case.inputs.values()
              if fig.field == "airframe" and isinstance(fig.text, str)
              and airframe_fuel(fig.text)]
    if not named:
        return []
    name, text, source = named[0]
    where = source.replace("figure ", "") if source.startswith("figure") else \
        f"{'assumptions' if source == 'assumption' else source}.{name}"   # the TOML key
    fix = PLANT_FIX["airframe"] if name == "airframe" else f"a {name} saying so"
    fuel = plant_name(text).replace(" fuel-cell", "").replace("-fuelled engine", "")
    a_fuel = ("an " if fuel[:1].lower() in "aeiou" else "a ") + fuel
    out = []
    for fig in case.claims.values():
        if fig.field in FUEL_BURN_FIELDS:
            out.append(NotJudged(
                fig.id, fig.field, fig.text,
                f"dronecalc has no sourced brake-specific fuel consumption for {a_fuel} "
                f"engine ({where}: {text!r}): the piston model's BSFC is that of petrol "
                "and heavy-fuel engines, and reading the aircraft as 'fixed-wing-piston' "
                f"cannot make it true for {fuel}, so a {fig.field.replace('_', ' ')} flown on "
                "it is not judged",
                f"a sourced BSFC for {fuel} engines, which dronecalc does not have yet; or, if "
                f"the aircraft burns petrol, AVGAS, diesel or jet fuel after all, {fix}"))
    return out


def airframe_fuel(text: str) -> bool:
    """Whether an airframe text names a fuel the piston model has no BSFC for as the machine's
    own: a methanol or ethanol word of :data:`~dronecalc.intake.refusals.UNMODELLED_FUEL`
    ("methanol-fuelled delta wing"), or hydrogen only where the refusal path reads it as the
    power plant (:func:`~dronecalc.intake.airframes.airframe_plant`: "hydrogen-powered", not
    "a hydrogen sensor")."""
    from ..intake.airframes import airframe_plant
    from ..intake.refusals import UNMODELLED_FUEL
    found = [m.group(0).lower() for m in UNMODELLED_FUEL.finditer(text)]
    if any(word not in ("hydrogen", "h2", "lh2") for word in found):
        return True
    return bool(found) and airframe_plant(text)


def flies(fig) -> bool:
    """False for a claim with an ``at_speed`` of at most zero, which the wing-borne kinds
    never fly (:func:`zero_speed` says why); True otherwise."""
    speed = getattr(fig, "at_speed", None)
    if not isinstance(speed, Figure):
        return True
    found = [e.m_as("m/s") for e in (speed.low, speed.high) if e is not None]
    return not found or max(found) > 0.0


def zero_speed(case: Case) -> list[NotJudged]:
    """One "not judged" entry per claim of a wing-borne case flown at an ``at_speed`` of at
    most zero ("2 h at 0 km/h"): no wing flies at no airspeed (the lift and drag of
    :mod:`dronecalc.physics.fixed_wing` divide by it), so the claim says nothing the fuel or
    energy model could judge, and the figure is almost always a misread one. A multirotor's
    speed of 0 is a hover and is judged."""
    if case.kind in (None, "multirotor"):
        return []
    out = []
    for fig in case.claims.values():
        if flies(fig):
            continue
        speed = fig.at_speed
        out.append(NotJudged(
            fig.id, fig.field, fig.text,
            f"a {fig.field.replace('_', ' ')} flown at {speed.text!r} (its at_speed): no wing "
            "flies at no airspeed, so the claim says nothing a check could judge, and a speed "
            "of zero is almost always a misread figure; the cross-checks still compare it",
            f"the speed as the source writes it, above 0, in figures.{fig.id}.at_speed; or no "
            "at_speed (the claim then judged as a maximum)"))
    return out


def set_aside(case: Case) -> tuple[Case, list[NotJudged]]:
    """``case`` with its void claims (:func:`void_claims`) read as context, and their entries
    with those of the fuel-burn claims of a fuel the piston model has no BSFC for
    (:func:`no_bsfc`).

    The case is returned unchanged (the same object) when it has no void claim. A void claim
    keeps its figure (a statement may refer to it); only its role changes, so that no check
    judges or divides by it. A no-BSFC claim, or a wing-borne claim at an at_speed of zero
    (:func:`zero_speed`, which the wing kinds skip: :func:`flies`), stays a claim: the cross-checks that need no fuel
    model (a range flown in a time against the top speed) still compare it, and
    :func:`restore` removes only its fuel-burn verdict. The result's ``figures`` and
    ``not_judged`` must come from the original case (:func:`restore`).
    """
    void = void_claims(case)
    ids = {entry.claim for entry in void}
    fuel = [entry for entry in no_bsfc(case) if entry.claim not in ids]
    fuel += [entry for entry in stated_plant.entries(case)   # a plant the kind does not model
             if entry.claim not in ids | {e.claim for e in fuel}]
    taken = ids | {entry.claim for entry in fuel}
    fuel += [entry for entry in zero_speed(case) if entry.claim not in taken]
    if not ids:
        return case, fuel
    figures = {k: replace(f, role="context") if k in ids else f
               for k, f in case.figures.items()}
    return replace(case, figures=figures), void + fuel


def restore(result, case: Case, void: list[NotJudged]):
    """A check result of the set-aside case with ``case``'s figures and every not-judged entry
    (the void ones among the others, in file order), without the verdict findings of the
    entries' claims (a no-BSFC claim's fuel-burn verdict; its cross-checks stay). A claim
    whose only verdict went with them gets the contract's entry."""
    if not void:
        return result
    from .contract import judged_by, not_judged
    from .sources import figure_key
    ids = {entry.claim for entry in void}
    findings = [f for f in result.findings if not set(judged_by(f, case.claims)) & ids]
    others = [e for e in result.not_judged if e.claim not in ids]
    if len(findings) != len(result.findings):
        listed = ids | {e.claim for e in others}
        others = others + [e for e in not_judged(case, findings) if e.claim not in listed]
    order = {ident: i for i, ident in enumerate(case.figures)}
    entries = sorted([*others, *void], key=lambda e: order.get(e.claim, len(order)))
    return replace(result, findings=findings, not_judged=entries, figures=figure_key(case))
