"""The energy claims of a case whose stated kind does not model its stated power plant.

A case that states ``[case] vehicle_kind = "fixed-wing-electric"`` and an ``engine_type``
"fuel cell" (or a ``fuel_type`` "hydrogen", a "solar" or "turboprop" plant) keeps its kind,
flagged (:mod:`dronecalc.intake.stated_plant`). Its range, distance and flight-time claims
would be flown on the kind's battery (or petrol burn), which is not the aircraft's energy: a
fuel cell's hydrogen holds several times a pack's energy per kilogram, so the battery model
judged the AeroVironment Puma's real 9-hour fuel-cell flight implausible (review 17). They are
"not judged", with the plant, why, and what would let them be judged: the same claims, and for
the same reason, as :func:`dronecalc.claims.values.no_bsfc` sets aside for a piston kind
burning a fuel it has no BSFC for. The other claims (speed, ceiling, payload, stall) are judged
on the stated kind as usual, and the cross-checks that need no energy model still compare
the set-aside claims (:func:`dronecalc.claims.values.set_aside`).
"""
from __future__ import annotations

from ..intake import stated_plant
from ..intake.case import Case
from ..intake.refusals import Refusal
from .results import NotJudged

#: Claims flown on the energy on board (also :data:`dronecalc.claims.values.FUEL_BURN_FIELDS`).
ENERGY_FIELDS = ("range", "distance", "flight_time")
#: What would model each plant (completes "a model of ...").
MODEL_OF = {"hydrogen fuel-cell": "a fuel cell (its stack efficiency and the hydrogen and tank "
                                  "mass it flies on)",
            "fuel-cell": "a fuel cell (its stack efficiency and the hydrogen and tank mass it "
                         "flies on)",
            "hydrogen": "a fuel cell or hydrogen engine (its efficiency and the hydrogen and "
                        "tank mass it flies on)",
            "solar": "solar power (the cells' area, efficiency and the sunlight of the flight)"}


def stated(case: Case) -> list[tuple[str, str, str]]:
    """``(where, field, text)`` of the engine_type, fuel_type and airframe texts ``case``
    states of its machine: input figures, then ``[vehicle]``."""
    out = [(fig.id, fig.field, fig.text) for fig in case.inputs.values()
           if fig.field in ("engine_type", "fuel_type", "airframe")]
    out += [(f"vehicle.{key}", key, value) for key, value in case.vehicle.items()
            if key in ("engine_type", "fuel_type")]
    return [item for item in out if isinstance(item[2], str)]


def entries(case: Case) -> list[NotJudged]:
    """One "not judged" entry per range, distance or flight-time claim of ``case`` when its
    kind does not model a power plant it states ([] otherwise, and for a case of no kind)."""
    if case.kind is None:
        return []
    found = stated_plant.find(case.kind, stated(case))
    if found is None:
        return []
    where, field, text, name = found
    label = where if "." in where else f"{field} {where}"
    flown = stated_plant.FLOWN_ON.get(case.kind, "another plant")
    model = MODEL_OF.get(name, f"a {name} power plant")
    out = []
    for fig in case.claims.values():
        if fig.field in ENERGY_FIELDS:
            what = fig.field.replace("_", " ")
            out.append(NotJudged(
                fig.id, fig.field, fig.text,
                f"dronecalc has no model for a {name} power plant ({label}: "
                f"{text!r}): the stated vehicle_kind {case.kind!r} would fly this {what} on "
                f"{flown}, which is not the aircraft's energy, so it is not judged",
                f"a model of {model}, which dronecalc does not have yet; or, if the aircraft "
                f"flies on {flown} after all, {stated_plant.fix(case.kind, field)}"))
    return out


def refusal(case: Case) -> Refusal | None:
    """Why :func:`dronecalc.estimate` of ``case`` is refused when its kind does not model a
    power plant it states: its endurance and range would be the kind's battery's (or petrol
    burn's), the very figures :func:`entries` leaves not judged; None otherwise."""
    found = stated_plant.find(case.kind, stated(case)) if case.kind else None
    if found is None:
        return None
    where, field, text, name = found
    flown = stated_plant.FLOWN_ON.get(case.kind, "another plant")
    return Refusal("no-model", f"dronecalc has no model for a {name} power plant ({where}: "
                   f"{text!r}): the stated vehicle_kind {case.kind!r} would estimate its "
                   f"endurance and range on {flown}",
                   f"a model of {MODEL_OF.get(name, f'a {name} power plant')}, which dronecalc "
                   f"does not have yet; or, if the aircraft flies on {flown} after all, "
                   + stated_plant.fix(case.kind, field))
